package dev.autocaption.bot.connector.folder;

import static dev.autocaption.bot.connector.folder.PhotoFiles.image;
import static dev.autocaption.bot.connector.folder.PhotoFiles.write;
import static org.assertj.core.api.Assertions.assertThat;

import dev.autocaption.bot.StoreFileIndexes;
import dev.autocaption.bot.connector.CaptionWrite;
import dev.autocaption.bot.connector.PollCursor;
import dev.autocaption.bot.connector.PollResult;
import dev.autocaption.bot.connector.RemotePhoto;
import dev.autocaption.bot.connector.SkippedPhoto.SkipReason;
import dev.autocaption.bot.connector.SkippedPhoto;
import dev.autocaption.bot.connector.TestAccounts;
import dev.autocaption.bot.connector.files.MemoryFileIndex;
import dev.autocaption.bot.connector.folder.FolderConfig.SidecarName;
import dev.autocaption.config.AccountConfig;
import dev.autocaption.config.StoreConfig;
import dev.autocaption.store.Database;
import dev.autocaption.store.DiscoveredPhoto;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.apache.commons.imaging.formats.jpeg.xmp.JpegXmpRewriter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A restarted daemon: a fresh source (new scanner, new in-memory state) over the same store and the same folder.
 * The file index kept in the store means no file is hashed again; our own embedded marker means a file we wrote
 * into is ours, not a new photo with a person's text.
 */
class FolderRestartTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-04T12:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path root;
    Database database;

    @BeforeEach
    void open() {
        database = Database.open(new StoreConfig("jdbc:h2:mem:" + UUID.randomUUID()), CLOCK);
        database.useTransaction(tx -> tx.accounts().upsert("photos", FolderPlatform.TYPE));
    }

    @AfterEach
    void close() {
        database.close();
    }

    private FolderPhotoSource restarted(boolean embed, FileContents contents) {
        AccountConfig account = TestAccounts.folder(root, SidecarName.BESIDE_EXTENSION, embed);
        return new FolderPhotoSource(account, CLOCK, contents, new StoreFileIndexes(database).open(account.id()));
    }

    private static PollResult poll(FolderPhotoSource source) throws Exception {
        return source.poll(PollCursor.startingAt(Instant.EPOCH));
    }

    /** What Discovery commits for a poll: its photos and skips in the store. */
    private void commit(PollResult result) {
        database.useTransaction(tx -> {
            for (RemotePhoto photo : result.photos()) {
                tx.photos().insertIfAbsent(new DiscoveredPhoto("photos", photo.remoteId(), null, null, null, null,
                        List.of()));
            }
            for (SkippedPhoto skip : result.skipped()) {
                tx.photos().insertIfAbsent(new DiscoveredPhoto("photos", skip.remoteId(), null, null, null, null,
                        List.of()));
            }
        });
    }

    private void tree(int files) throws Exception {
        byte[] jpeg = image("jpg", 1);
        for (int i = 0; i < files; i++) {
            write(root, "d" + (i / 10) + "/IMG_" + i + ".jpg", ByteBuffer.allocate(jpeg.length + 4).put(jpeg)
                    .putInt(i).array());
        }
    }

    @Test
    void aRestartedPollOverTheSameStoreOpensNoFileContentsOfAnUnchangedTree() throws Exception {
        tree(30);
        PollResult first = poll(restarted(false, FileContents.DISK));
        commit(first);
        PhotoFiles.CountingContents counting = new PhotoFiles.CountingContents();

        PollResult second = poll(restarted(false, counting));

        assertThat(first.photos()).hasSize(30);
        assertThat(second.photos()).isEmpty();
        assertThat(second.skipped()).isEmpty();
        assertThat(counting.opens.get()).isZero();
        assertThat(counting.bytes.get()).isZero();
    }

    @Test
    void photosOfAPollThatWasNeverCommittedAreReportedAgainAfterARestart() throws Exception {
        tree(5);
        PollResult crashed = poll(restarted(false, FileContents.DISK));

        PollResult again = poll(restarted(false, FileContents.DISK));

        assertThat(again.photos()).extracting(RemotePhoto::remoteId)
                .hasSize(5)
                .containsExactlyInAnyOrderElementsOf(crashed.photos().stream().map(RemotePhoto::remoteId).toList());
    }

    @Test
    void aChangedFileIsHashedAgainAfterARestartAndIsANewPhoto() throws Exception {
        tree(3);
        commit(poll(restarted(false, FileContents.DISK)));
        write(root, "d0/IMG_1.jpg", image("jpg", 9));
        PhotoFiles.CountingContents counting = new PhotoFiles.CountingContents();

        PollResult second = poll(restarted(false, counting));

        assertThat(second.photos()).singleElement().satisfies(photo -> assertThat(photo.title())
                .isEqualTo("d0/IMG_1.jpg"));
        assertThat(counting.opens.get()).isPositive();
    }

    @Test
    void anEmbeddedCaptionIsNoNewPhotoAfterARestartOverTheStore() throws Exception {
        write(root, "beach.jpg", image("jpg", 7, 64));
        FolderPhotoSource before = restarted(true, FileContents.DISK);
        PollResult first = poll(before);
        commit(first);
        before.write(before.refresh(first.photos().get(0)), new CaptionWrite("A dog on a beach.", "m-1", 0.8));

        PollResult after = poll(restarted(true, FileContents.DISK));

        assertThat(after.photos()).isEmpty();
        assertThat(after.skipped()).isEmpty();
    }

    @Test
    void anEmbeddedCaptionIsRecognisedByOurMarkerWhenTheIndexForgotTheFile() throws Exception {
        Path file = write(root, "beach.jpg", image("jpg", 7, 64));
        FolderPhotoSource before = new FolderPhotoSource(TestAccounts.folder(root, SidecarName.BESIDE_EXTENSION,
                true), CLOCK, FileContents.DISK, new MemoryFileIndex());
        RemotePhoto photo = before.refresh(poll(before).photos().get(0));
        before.write(photo, new CaptionWrite("A dog on a beach.", "m-1", 0.8));
        FolderPhotoSource forgetful = new FolderPhotoSource(TestAccounts.folder(root, SidecarName.BESIDE_EXTENSION,
                true), CLOCK, FileContents.DISK, new MemoryFileIndex());

        PollResult after = poll(forgetful);

        assertThat(EmbeddedText.read(file, FileContents.DISK)).isEqualTo("A dog on a beach.");
        assertThat(after.photos()).isEmpty();
        assertThat(after.skipped()).singleElement().satisfies(skip -> {
            assertThat(skip.remoteId()).isEqualTo(photo.remoteId());
            assertThat(skip.reason()).isEqualTo(SkipReason.ALREADY_CAPTIONED);
            assertThat(skip.detail()).contains("beach.jpg", "our autocaption marker");
        });
    }

    @Test
    void aPersonsEmbeddedDescriptionWithoutOurMarkerIsStillTheirText() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new JpegXmpRewriter().updateXmpXml(image("jpg", 7, 64), out, PhotoFiles.darktable("Rex at Brighton"));
        write(root, "rex.jpg", out.toByteArray());

        PollResult result = poll(new FolderPhotoSource(TestAccounts.folder(root, SidecarName.BESIDE_EXTENSION,
                true), CLOCK, FileContents.DISK, new MemoryFileIndex()));

        assertThat(result.skipped()).isEmpty();
        assertThat(result.photos()).singleElement().satisfies(photo -> assertThat(photo.existingText())
                .isEqualTo("Rex at Brighton"));
    }
}
