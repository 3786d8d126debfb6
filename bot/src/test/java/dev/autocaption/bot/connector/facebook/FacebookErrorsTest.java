package dev.autocaption.bot.connector.facebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.autocaption.bot.connector.ConnectorException;
import dev.autocaption.bot.connector.ConnectorException.Action;
import dev.autocaption.bot.connector.ConnectorException.Operation;
import dev.autocaption.bot.connector.ConnectorRuntime;
import dev.autocaption.bot.connector.PollCursor;
import dev.autocaption.bot.connector.RecordingSleeper;
import dev.autocaption.bot.connector.RemotePhoto;
import dev.autocaption.bot.connector.TestAccounts;
import dev.autocaption.simulator.Fault;
import dev.autocaption.simulator.facebook.GraphPhotoSeed;
import dev.autocaption.config.WriteMode;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FacebookErrorsTest {

    private static final Instant T0 = Instant.parse("2025-06-01T18:00:00Z");
    private final GraphHarness h = new GraphHarness();
    private FacebookPhotoSource source;
    private RemotePhoto photo;

    @BeforeEach
    void seed() throws Exception {
        h.sim.addPhoto(GraphPhotoSeed.of(T0).withSize(1024, 768));
        source = h.source(h.page(WriteMode.POST_MESSAGE));
        photo = source.refresh(source.poll(PollCursor.startingAt(T0)).photos().get(0));
    }

    @AfterEach
    void stop() {
        h.close();
    }

    private ConnectorException pollFails() {
        return catchThrowableOfType(ConnectorException.class, () -> source.poll(PollCursor.startingAt(T0)));
    }

    private ConnectorException writeFails() {
        return catchThrowableOfType(ConnectorException.class, () -> source.write(photo, "a cat"));
    }

    private static Fault.GraphError graph(int status, int code, Integer subcode) {
        return new Fault.GraphError(status, "OAuthException", code, subcode, "(#" + code + ") simulated", false);
    }

    @Test
    void expiredTokenPausesTheAccountAndSaysHowToGetANewOne() {
        h.sim.expireToken(TestAccounts.PAGE_TOKEN);

        ConnectorException e = pollFails();

        assertThat(e.action()).isEqualTo(Action.PAUSE_ACCOUNT);
        assertThat(e.getMessage()).isEqualTo("facebook account fb-test: poll failed (PAUSE_ACCOUNT): Graph error"
                + " 190/463 (OAuthException) Error validating access token: Session has expired: the token expired;"
                + " get a new Page access token and run `autocaption auth facebook --account fb-test`");
        assertThat(e.getMessage()).doesNotContain(TestAccounts.PAGE_TOKEN);
    }

    @Test
    void missingPermissionPausesTheAccount() {
        h.sim.grantPageToken(TestAccounts.PAGE_TOKEN, Set.of("pages_show_list", "pages_read_engagement"));

        ConnectorException e = writeFails();

        assertThat(e.action()).isEqualTo(Action.PAUSE_ACCOUNT);
        assertThat(e.getMessage()).contains("Graph error 200").contains("pages_manage_posts");
    }

    @Test
    void rateLimitCodesBackOffForTheRegainTimeAndRefuseCallsUntilThen() {
        for (int code : new int[] {4, 17, 32, 613, 80001}) {
            h.sim.setUsage(100, 100, 7);
            h.sim.faults().once("post.update", graph(403, code, null));

            ConnectorException e = writeFails();
            ConnectorException refused = catchThrowableOfType(ConnectorException.class,
                    () -> source.refresh(photo));

            assertThat(e.action()).as("code %d", code).isEqualTo(Action.RETRY_LATER);
            assertThat(e.retryAfter()).isEqualTo(Duration.ofMinutes(7));
            assertThat(refused.action()).isEqualTo(Action.RETRY_LATER);
            h.sim.setUsage(0, 0, 0);
            h.clock.advance(Duration.ofMinutes(8));
        }
    }

    @Test
    void rateLimitWithoutRegainTimeBacksOffByTheDefault() {
        h.sim.faults().once("photos.list", graph(400, 4, null));

        ConnectorException e = pollFails();

        assertThat(e.retryAfter()).isEqualTo(GraphUsage.DEFAULT_BLOCK);
        assertThat(h.sim.requests("photos.list")).hasSize(2);
        h.clock.advance(GraphUsage.DEFAULT_BLOCK);
        assertThat(pollFails()).isNull();
    }

    @Test
    void usageNear75PercentSlowsDownAndAt100PercentStopsWithoutCalling() throws Exception {
        h.sim.setUsage(80, 10, 0);
        source.poll(PollCursor.startingAt(T0));
        source.poll(PollCursor.startingAt(T0));
        h.sim.setUsage(60, 100, 12);
        source.poll(PollCursor.startingAt(T0));
        int calls = h.sim.requests().size();

        ConnectorException e = pollFails();

        assertThat(h.sleeper.sleeps()).hasSize(2).allSatisfy(d -> assertThat(d).isPositive());
        assertThat(e.action()).isEqualTo(Action.RETRY_LATER);
        assertThat(e.retryAfter()).isEqualTo(Duration.ofMinutes(12));
        assertThat(h.sim.requests()).hasSize(calls);
    }

    @Test
    void unsupportedOperationGivesUpOnThePhoto() {
        h.sim.faults().once("post.update", new Fault.GraphError(400, "GraphMethodException", 100, 33,
                "Unsupported post request", false));

        ConnectorException e = writeFails();

        assertThat(e.action()).isEqualTo(Action.GIVE_UP);
        assertThat(e.operation()).isEqualTo(Operation.WRITE);
        assertThat(e.remoteId()).isEqualTo(photo.remoteId());
    }

    @Test
    void duplicatePostCountsAsAlreadyDone() throws Exception {
        h.sim.faults().once("post.update", graph(400, 506, null));

        assertThat(source.write(photo, "a cat").action())
                .isEqualTo(dev.autocaption.bot.connector.WriteAction.ALREADY_DONE);
    }

    @Test
    void transientGraphErrorsAndHttpFailuresAreRetryable() {
        h.sim.faults().once("post.update", graph(500, 2, null))
                .once("post.update", new Fault.HttpStatus(429, "60"))
                .once("post.update", new Fault.HttpStatus(500, null))
                .once("post.update", new Fault.HttpStatus(503, null));

        for (int i = 0; i < 4; i++) {
            assertThat(writeFails().action()).isEqualTo(Action.RETRY_LATER);
        }
        assertThat(h.sim.photo(photo.remoteId()).storyMessage()).isEmpty();
    }

    @Test
    void anUnreachableServerIsNamedWithItsHostAndPortAndTheCause() {
        int port = h.sim.baseUri().getPort();
        h.sim.close();

        ConnectorException e = pollFails();

        assertThat(e.action()).isEqualTo(Action.RETRY_LATER);
        assertThat(e.getMessage()).contains("network error: cannot reach 127.0.0.1:" + port + " (ConnectException");
    }

    @Test
    void malformedBodyIsRetryable() {
        h.sim.faults().once("photos.list", Fault.Malformed.text("application/json", "{\"data\": [ {\"id\""));

        assertThat(pollFails().action()).isEqualTo(Action.RETRY_LATER);
    }

    @Test
    void slowResponsesTimeOut() {
        ConnectorRuntime impatient = new ConnectorRuntime(h.clock, new RecordingSleeper(h.clock),
                Duration.ofMillis(500), Duration.ofMillis(200));
        FacebookPhotoSource quick = h.source(h.page(WriteMode.POST_MESSAGE), FacebookSettings.defaults(), impatient);
        h.sim.faults().once("photos.list", new Fault.Delay(Duration.ofMillis(1500)));

        ConnectorException e = catchThrowableOfType(ConnectorException.class,
                () -> quick.poll(PollCursor.startingAt(T0)));

        assertThat(e.action()).isEqualTo(Action.RETRY_LATER);
    }

    @Test
    void truncatedImageIsRetryable() {
        h.sim.faults().once("image", new Fault.Truncate(50));

        ConnectorException e = catchThrowableOfType(ConnectorException.class, () -> source.openImage(photo));

        assertThat(e.action()).isEqualTo(Action.RETRY_LATER);
        assertThat(e.getMessage()).startsWith("facebook account fb-test: open image of photo " + photo.remoteId());
    }
}
