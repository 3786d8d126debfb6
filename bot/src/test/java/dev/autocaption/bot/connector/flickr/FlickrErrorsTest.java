package dev.autocaption.bot.connector.flickr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.flickr4java.flickr.RequestContext;
import dev.autocaption.bot.connector.CallBudget;
import dev.autocaption.bot.connector.ConnectorException;
import dev.autocaption.bot.connector.ConnectorException.Action;
import dev.autocaption.bot.connector.ConnectorException.Operation;
import dev.autocaption.bot.connector.ConnectorRuntime;
import dev.autocaption.bot.connector.Connectors;
import dev.autocaption.bot.connector.PollCursor;
import dev.autocaption.bot.connector.PollResult;
import dev.autocaption.bot.connector.RecordingSleeper;
import dev.autocaption.bot.connector.RemotePhoto;
import dev.autocaption.bot.connector.TestAccounts;
import dev.autocaption.simulator.Fault;
import dev.autocaption.simulator.flickr.FlickrPhotoSeed;
import dev.autocaption.config.Credentials;
import dev.autocaption.config.Secret;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FlickrErrorsTest {

    private static final Instant T0 = Instant.parse("2025-05-01T10:00:00Z");

    @TempDir
    Path dir;
    private FlickrHarness h;
    private FlickrPhotoSource source;
    private RemotePhoto photo;

    @BeforeEach
    void start() throws Exception {
        h = new FlickrHarness(dir);
        h.sim.addPhoto(FlickrPhotoSeed.of("t", T0).withSize(1024, 768));
        source = h.source(h.account());
        photo = source.poll(PollCursor.startingAt(T0)).photos().get(0);
    }

    @AfterEach
    void stop() {
        h.close();
    }

    private ConnectorException writeFails() {
        return catchThrowableOfType(ConnectorException.class, () -> source.write(photo, "a cat"));
    }

    @Test
    void revokedTokenPausesTheAccountAndSaysHowToReauthorise() {
        h.sim.revoke(TestAccounts.FLICKR_TOKEN);

        ConnectorException e = catchThrowableOfType(ConnectorException.class,
                () -> source.poll(PollCursor.startingAt(T0)));

        assertThat(e.action()).isEqualTo(Action.PAUSE_ACCOUNT);
        assertThat(e.operation()).isEqualTo(Operation.POLL);
        assertThat(e.getMessage()).isEqualTo("flickr account flickr-test: poll failed (PAUSE_ACCOUNT): Flickr error"
                + " 98 Invalid auth token: the token was revoked or is invalid; run `autocaption auth flickr"
                + " --account flickr-test`");
        assertThat(RequestContext.getRequestContext().getAuth()).isNull();
    }

    @Test
    void readOnlyTokenPausesTheAccountOnWrite() {
        h.sim.grant(TestAccounts.FLICKR_TOKEN, TestAccounts.FLICKR_TOKEN_SECRET, "read");

        ConnectorException e = writeFails();

        assertThat(e.action()).isEqualTo(Action.PAUSE_ACCOUNT);
        assertThat(e.remoteId()).isEqualTo(photo.remoteId());
        assertThat(e.getMessage()).contains("Flickr error 99").contains("perms=write");
    }

    @Test
    void scriptedAuthErrorsPauseTheAccount() {
        h.sim.faults().once("flickr.photos.setMeta", new Fault.FlickrError(98, "Invalid auth token"));

        assertThat(writeFails().action()).isEqualTo(Action.PAUSE_ACCOUNT);
    }

    @Test
    void serviceUnavailableAndWriteFailedAreRetryable() {
        h.sim.faults().once("flickr.photos.setMeta", new Fault.FlickrError(105, "Service currently unavailable"))
                .once("flickr.photos.setMeta", new Fault.FlickrError(106, "Write operation failed"));

        assertThat(writeFails().action()).isEqualTo(Action.RETRY_LATER);
        assertThat(writeFails().action()).isEqualTo(Action.RETRY_LATER);
        assertThat(h.sim.photo(photo.remoteId()).description()).isEmpty();
    }

    @Test
    void httpErrorsAreRetryable() {
        for (int status : new int[] {429, 500, 503}) {
            h.sim.faults().once("flickr.photos.setMeta", new Fault.HttpStatus(status, "30"));

            ConnectorException e = writeFails();

            assertThat(e.action()).isEqualTo(Action.RETRY_LATER);
            assertThat(e.getMessage()).contains("Flickr error 105").contains("status " + status);
        }
    }

    @Test
    void photoNotFoundGivesUpOnThePhoto() {
        h.sim.faults().once("flickr.photos.getInfo", new Fault.FlickrError(1, "Photo not found"));

        ConnectorException e = catchThrowableOfType(ConnectorException.class, () -> source.refresh(photo));

        assertThat(e.action()).isEqualTo(Action.GIVE_UP);
        assertThat(e.operation()).isEqualTo(Operation.REFRESH);
    }

    @Test
    void tooManyTagsGivesUpOnThePhoto() {
        h.sim.faults().once("flickr.photos.addTags", new Fault.FlickrError(2, "Maximum number of tags reached"));

        ConnectorException e = catchThrowableOfType(ConnectorException.class,
                () -> source.markProcessed(photo, "m1"));

        assertThat(e.action()).isEqualTo(Action.GIVE_UP);
        assertThat(e.operation()).isEqualTo(Operation.MARK);
    }

    @Test
    void malformedBodyIsRetryable() {
        h.sim.faults().once("flickr.photos.search", Fault.Malformed.text("text/html", "<html><body>oops"));

        ConnectorException e = catchThrowableOfType(ConnectorException.class,
                () -> source.poll(PollCursor.startingAt(T0)));

        assertThat(e.action()).isEqualTo(Action.RETRY_LATER);
        assertThat(e.getMessage()).contains("unreadable response");
    }

    @Test
    void slowResponsesTimeOutAndAreRetryable() {
        ConnectorRuntime impatient = new ConnectorRuntime(h.clock, new RecordingSleeper(h.clock),
                Duration.ofMillis(500), Duration.ofMillis(200));
        FlickrPhotoSource quick = h.source(h.account(), FlickrSettings.defaults(), CallBudget.flickrDefault(h.clock),
                impatient);
        h.sim.faults().once("flickr.photos.search", new Fault.Delay(Duration.ofMillis(1500)));

        ConnectorException e = catchThrowableOfType(ConnectorException.class,
                () -> quick.poll(PollCursor.startingAt(T0)));

        assertThat(e.action()).isEqualTo(Action.RETRY_LATER);
        assertThat(e.getMessage()).contains("timed out");
    }

    @Test
    void unreachableServerIsRetryable() {
        h.sim.close();

        ConnectorException e = catchThrowableOfType(ConnectorException.class,
                () -> source.poll(PollCursor.startingAt(T0)));

        assertThat(e.action()).isEqualTo(Action.RETRY_LATER);
        assertThat(e.getMessage()).contains("network error: cannot reach 127.0.0.1:" + h.sim.baseUri().getPort()
                + " (ConnectException: Connection refused)");
    }

    @Test
    void truncatedImageIsRetryable() {
        h.sim.faults().once("image", new Fault.Truncate(100));

        ConnectorException e = catchThrowableOfType(ConnectorException.class, () -> source.openImage(photo));

        assertThat(e.action()).isEqualTo(Action.RETRY_LATER);
        assertThat(e.operation()).isEqualTo(Operation.OPEN_IMAGE);
    }

    @Test
    void imageCutOffWithAHonestLengthIsDetectedByTheMissingJpegEndMarker() {
        byte[] whole = dev.autocaption.simulator.SimImages.jpeg(64, 48, 1);
        byte[] cut = java.util.Arrays.copyOf(whole, whole.length / 2);
        h.sim.faults().once("image", new Fault.Malformed("image/jpeg", cut));

        ConnectorException e = catchThrowableOfType(ConnectorException.class, () -> source.openImage(photo));

        assertThat(e.action()).isEqualTo(Action.RETRY_LATER);
        assertThat(e.getMessage()).contains("truncated JPEG");
    }

    @Test
    void missingImageGivesUp() {
        h.sim.faults().once("image", new Fault.HttpStatus(404, null));

        assertThat(catchThrowableOfType(ConnectorException.class, () -> source.openImage(photo)).action())
                .isEqualTo(Action.GIVE_UP);
    }

    @Test
    void missingTokenPausesTheAccountWithoutCallingFlickr() {
        var account = TestAccounts.withCredentials(h.account(), FlickrPlatform.credentials(Secret.of(TestAccounts.FLICKR_KEY),
                Secret.of(TestAccounts.FLICKR_SECRET), null, null));
        h.sim.clearRequests();

        ConnectorException e = catchThrowableOfType(ConnectorException.class,
                () -> h.source(account).poll(PollCursor.startingAt(T0)));

        assertThat(e.action()).isEqualTo(Action.PAUSE_ACCOUNT);
        assertThat(e.getMessage()).contains("autocaption auth flickr --account flickr-test");
        assertThat(h.sim.requests()).isEmpty();
    }

    @Test
    void tokenFileWrittenByAuthIsOwnerOnlyAndUsedWhenTheConfigHasNoToken() throws Exception {
        FlickrTokenFile.write(h.tokenFile, Secret.of(TestAccounts.FLICKR_TOKEN),
                Secret.of(TestAccounts.FLICKR_TOKEN_SECRET));
        var account = TestAccounts.withCredentials(h.account(), FlickrPlatform.credentials(Secret.of(TestAccounts.FLICKR_KEY),
                Secret.of(TestAccounts.FLICKR_SECRET), null, null));

        PollResult result = h.source(account).poll(PollCursor.startingAt(T0));

        assertThat(result.photos()).hasSize(1);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(h.tokenFile))).isEqualTo("rw-------");
    }

    @Test
    void callBudgetIsSharedPerApiKeyAndRefillsWithTime() throws Exception {
        Connectors connectors = Connectors.standard(h.runtime, 2);
        CallBudget budget = connectors.budgetFor(Secret.of(TestAccounts.FLICKR_KEY));
        FlickrPhotoSource a = h.source(h.account(), FlickrSettings.defaults(), budget, h.runtime);
        FlickrPhotoSource b = h.source(h.account(), FlickrSettings.defaults(), budget, h.runtime);

        a.poll(PollCursor.startingAt(T0));
        b.poll(PollCursor.startingAt(T0));
        ConnectorException e = catchThrowableOfType(ConnectorException.class, () -> a.write(photo, "x"));
        h.clock.advance(Duration.ofMinutes(30));

        assertThat(connectors.budgetFor(Secret.of(TestAccounts.FLICKR_KEY))).isSameAs(budget);
        assertThat(e.action()).isEqualTo(Action.RETRY_LATER);
        assertThat(e.retryAfter()).isEqualTo(Duration.ofMinutes(30));
        assertThat(a.write(photo, "x").writtenText()).isEqualTo("x");
    }

    @Test
    void aBackfillStopsWhenTheBudgetRunsOutAndResumesLater() throws Exception {
        for (int i = 1; i < 6; i++) {
            h.sim.addPhoto(FlickrPhotoSeed.of("p" + i, T0.plusSeconds(i * 7200L)));
        }
        CallBudget budget = new CallBudget(2, Duration.ofHours(1), h.clock);
        FlickrPhotoSource throttled = h.source(h.account(), new FlickrSettings(Duration.ofHours(1), 2, 10), budget,
                h.runtime);

        PollResult first = throttled.poll(PollCursor.startingAt(T0));
        h.clock.advance(Duration.ofHours(1));
        PollResult second = throttled.poll(first.next());

        assertThat(first.more()).isTrue();
        assertThat(first.photos()).extracting(RemotePhoto::title).containsExactly("t", "p1", "p2", "p3");
        assertThat(second.photos()).extracting(RemotePhoto::title).containsExactly("p4", "p5");
        assertThat(second.more()).isFalse();
    }
}
