package dev.autocaption.bot.connector.flickr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.autocaption.bot.connector.ConnectorException;
import dev.autocaption.bot.connector.PollCursor;
import dev.autocaption.bot.connector.PollResult;
import dev.autocaption.bot.connector.RemotePhoto;
import dev.autocaption.bot.connector.SkippedPhoto.SkipReason;
import dev.autocaption.bot.connector.TestAccounts;
import dev.autocaption.bot.connector.WriteAction;
import dev.autocaption.bot.connector.WriteReceipt;
import dev.autocaption.simulator.RecordedRequest;
import dev.autocaption.simulator.flickr.FlickrPhotoSeed;
import dev.autocaption.config.AccountConfig;
import dev.autocaption.config.WriteMode;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FlickrWriteBackTest {

    private static final Instant T0 = Instant.parse("2025-05-01T10:00:00Z");

    @TempDir
    Path dir;
    private FlickrHarness h;

    @BeforeEach
    void start() {
        h = new FlickrHarness(dir);
    }

    @AfterEach
    void stop() {
        h.close();
    }

    private FlickrPhotoSource source(WriteMode mode) {
        return h.source(TestAccounts.flickr(h.sim.baseUri(), h.tokenFile, mode, T0, false, List.of()));
    }

    private RemotePhoto seeded(FlickrPhotoSource source, FlickrPhotoSeed seed) throws ConnectorException {
        String id = h.sim.addPhoto(seed);
        return source.refresh(source.poll(PollCursor.startingAt(T0)).photos().stream()
                .filter(p -> p.remoteId().equals(id)).findFirst().orElseThrow());
    }

    @Test
    void fillEmptyWritesTheDescriptionAndPassesTheTitleBack() throws Exception {
        FlickrPhotoSource source = source(WriteMode.FILL_EMPTY);
        RemotePhoto photo = seeded(source, FlickrPhotoSeed.of("Beach day", T0));

        WriteReceipt receipt = source.write(photo, "a dog running on a beach");

        RecordedRequest setMeta = h.sim.requests("flickr.photos.setMeta").get(0);
        assertThat(setMeta.method()).isEqualTo("POST");
        assertThat(setMeta.param("title")).isEqualTo("Beach day");
        assertThat(setMeta.param("description")).isEqualTo("a dog running on a beach");
        assertThat(h.sim.photo(photo.remoteId()).description()).isEqualTo("a dog running on a beach");
        assertThat(receipt.action()).isEqualTo(WriteAction.DESCRIPTION_SET);
        assertThat(receipt.previousText()).isEmpty();
    }

    @Test
    void fillEmptyLeavesAnExistingDescriptionAlone() throws Exception {
        FlickrPhotoSource source = source(WriteMode.FILL_EMPTY);
        RemotePhoto photo = seeded(source, FlickrPhotoSeed.of("t", T0).withDescription("Mine"));

        WriteReceipt receipt = source.write(photo, "a cat");

        assertThat(receipt.action()).isEqualTo(WriteAction.TEXT_PRESENT);
        assertThat(h.sim.requests("flickr.photos.setMeta")).isEmpty();
        assertThat(h.sim.photo(photo.remoteId()).description()).isEqualTo("Mine");
    }

    @Test
    void appendAddsAfterTheExistingDescriptionWithTheTemplate() throws Exception {
        AccountConfig account = TestAccounts.with(TestAccounts.flickr(h.sim.baseUri(), h.tokenFile,
                WriteMode.APPEND, T0, false, List.of()), false, "{caption} (auto-generated)", 1600);
        FlickrPhotoSource source = h.source(account);
        RemotePhoto photo = seeded(source, FlickrPhotoSeed.of("t", T0).withDescription("Mine"));

        WriteReceipt receipt = source.write(photo, account.render("a cat"));

        assertThat(h.sim.photo(photo.remoteId()).description()).isEqualTo("Mine\n\na cat (auto-generated)");
        assertThat(receipt.previousText()).isEqualTo("Mine");
        assertThat(receipt.writtenText()).isEqualTo("Mine\n\na cat (auto-generated)");
    }

    @Test
    void replaceOverwritesTheDescriptionAndUndoRestoresIt() throws Exception {
        FlickrPhotoSource source = source(WriteMode.REPLACE);
        RemotePhoto photo = seeded(source, FlickrPhotoSeed.of("t", T0).withDescription("Mine"));

        WriteReceipt receipt = source.write(photo, "a cat");
        String written = h.sim.photo(photo.remoteId()).description();
        source.undo(receipt);

        assertThat(written).isEqualTo("a cat");
        assertThat(h.sim.photo(photo.remoteId()).description()).isEqualTo("Mine");
        assertThat(h.sim.requests("flickr.photos.setMeta").get(1).param("title")).isEqualTo("t");
    }

    @Test
    void undoRefusesToOverwriteAHumanEdit() throws Exception {
        FlickrPhotoSource source = source(WriteMode.REPLACE);
        RemotePhoto photo = seeded(source, FlickrPhotoSeed.of("t", T0));
        WriteReceipt receipt = source.write(photo, "a cat");
        WriteReceipt edited = source.write(source.refresh(photo), "someone else");

        assertThatThrownBy(() -> source.undo(receipt)).isInstanceOf(ConnectorException.class)
                .hasMessageContaining("changed since we wrote")
                .satisfies(e -> assertThat(((ConnectorException) e).action())
                        .isEqualTo(ConnectorException.Action.GIVE_UP));
        assertThat(h.sim.photo(photo.remoteId()).description()).isEqualTo(edited.writtenText());
    }

    @Test
    void markAddsMachineTagsWithAddTagsAndTheyReadBackNormalised() throws Exception {
        FlickrPhotoSource source = source(WriteMode.FILL_EMPTY);
        RemotePhoto photo = seeded(source, FlickrPhotoSeed.of("t", T0).withTags("holiday"));

        WriteReceipt receipt = source.markProcessed(photo, "Im2Txt-v1.2");
        RemotePhoto after = source.refresh(photo);

        RecordedRequest addTags = h.sim.requests("flickr.photos.addTags").get(0);
        assertThat(addTags.param("tags"))
                .isEqualTo("\"autocaption:status=captioned\" \"autocaption:model=im2txtv12\"");
        assertThat(h.sim.requests("flickr.photos.setTags")).isEmpty();
        assertThat(h.sim.photo(photo.remoteId()).tags())
                .containsExactly("holiday", "autocaption:status=captioned", "autocaption:model=im2txtv12");
        assertThat(after.markedProcessed()).isTrue();
        assertThat(receipt.action()).isEqualTo(WriteAction.MARKER_ADDED);
        assertThat(source.markProcessed(after, "im2txt-v1.2").action()).isEqualTo(WriteAction.ALREADY_DONE);
    }

    @Test
    void aMarkedPhotoIsNeverWrittenAgainAndIsSkippedByTheNextPoll() throws Exception {
        FlickrPhotoSource source = source(WriteMode.REPLACE);
        RemotePhoto photo = seeded(source, FlickrPhotoSeed.of("t", T0));
        source.markProcessed(photo, "m1");

        WriteReceipt again = source.write(source.refresh(photo), "a cat");
        PollResult poll = source.poll(PollCursor.startingAt(T0));

        assertThat(again.action()).isEqualTo(WriteAction.ALREADY_DONE);
        assertThat(h.sim.requests("flickr.photos.setMeta")).isEmpty();
        assertThat(poll.skipped()).extracting(s -> s.reason()).containsExactly(SkipReason.ALREADY_CAPTIONED);
    }

    @Test
    void undoOfTheMarkerRemovesOnlyOurTags() throws Exception {
        FlickrPhotoSource source = source(WriteMode.FILL_EMPTY);
        RemotePhoto photo = seeded(source, FlickrPhotoSeed.of("t", T0).withTags("holiday"));
        WriteReceipt receipt = source.markProcessed(photo, "m1");

        source.undo(receipt);

        assertThat(h.sim.photo(photo.remoteId()).tags()).containsExactly("holiday");
        assertThat(h.sim.requests("flickr.photos.removeTag")).hasSize(2);
    }
}
