package dev.autocaption.bot.connector;

import dev.autocaption.bot.connector.facebook.FacebookPlatform;
import dev.autocaption.bot.connector.flickr.FlickrPlatform;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.autocaption.bot.connector.flickr.FlickrPhotoSource;
import dev.autocaption.config.AccountConfig;
import dev.autocaption.config.Secret;
import dev.autocaption.config.WriteMode;
import dev.autocaption.testing.MutableClock;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConnectorsTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2025-01-01T00:00:00Z"));
    private final ConnectorRuntime runtime = new ConnectorRuntime(clock, new RecordingSleeper(clock),
            Duration.ofSeconds(1), Duration.ofSeconds(1));

    @Test
    void unknownTypeListsTheKnownOnes() {
        Connectors flickrOnly = Connectors.empty(runtime).register(FlickrPlatform.TYPE, FlickrPhotoSource::create);
        AccountConfig page = TestAccounts.facebook(FacebookPlatform.PAGE, URI.create("http://127.0.0.1:9"),
                WriteMode.COMMENT, List.of());

        assertThatThrownBy(() -> flickrOnly.create(page)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no connector for account fb-test of type facebook-page; known types: flickr");
    }

    @Test
    void eachStandardPlatformNamesAPhotosPage() {
        Connectors connectors = Connectors.standard(runtime);

        assertThat(connectors.pageUrl(FlickrPlatform.TYPE, "53684749845"))
                .isEqualTo(URI.create("https://www.flickr.com/photo.gne?id=53684749845"));
        assertThat(connectors.pageUrl(FacebookPlatform.PAGE, "10160000000000002"))
                .isEqualTo(URI.create("https://www.facebook.com/10160000000000002"));
        assertThat(Connectors.empty(runtime).pageUrl(FlickrPlatform.TYPE, "1")).isNull();
    }

    @Test
    void standardListBuildsEachPlatformWithoutCallingIt() {
        Connectors connectors = Connectors.standard(runtime, 3600);
        AccountConfig flickr = TestAccounts.flickr(URI.create("http://127.0.0.1:9"), Path.of("/nonexistent/token"));
        AccountConfig page = TestAccounts.facebook(FacebookPlatform.PAGE, URI.create("http://127.0.0.1:9"),
                WriteMode.COMMENT, List.of());

        assertThat(connectors.create(flickr).account()).isSameAs(flickr);
        assertThat(connectors.create(page).account()).isSameAs(page);
    }

    @Test
    void accountsWithTheSameApiKeyShareOneBudget() {
        Connectors connectors = Connectors.standard(runtime, 10);

        assertThat(connectors.budgetFor(Secret.of("k1"))).isSameAs(connectors.budgetFor(Secret.of("k1")))
                .isNotSameAs(connectors.budgetFor(Secret.of("k2")));
        assertThat(connectors.budgetFor(Secret.of("k1")).available()).isEqualTo(10);
    }

    @Test
    void budgetRefillsContinuouslyAndSaysHowLongToWait() {
        CallBudget budget = new CallBudget(2, Duration.ofHours(1), clock);

        assertThat(budget.tryTake()).isZero();
        assertThat(budget.tryTake()).isZero();
        Duration wait = budget.tryTake();
        clock.advance(Duration.ofMinutes(30));

        assertThat(wait).isEqualTo(Duration.ofMinutes(30));
        assertThat(budget.tryTake()).isZero();
        assertThat(budget.tryTake()).isPositive();
    }

    @Test
    void cursorSurvivesItsTextForm() {
        PollCursor cursor = new PollCursor(Instant.ofEpochSecond(1714000000), List.of("1", "2"), "QVFIUnh5",
                Instant.ofEpochSecond(1714003600));

        assertThat(PollCursor.parse(cursor.toToken())).isEqualTo(cursor);
        assertThat(cursor.toToken()).isEqualTo("v1|1714000000|1714003600|QVFIUnh5|1,2");
        assertThat(PollCursor.parse(PollCursor.startingAt(Instant.EPOCH).toToken()).recentIds()).isEmpty();
    }

    @Test
    void badCursorTextIsRejectedWithWhatWasSeen() {
        assertThatThrownBy(() -> PollCursor.parse("1714000000")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("poll cursor must look like v1|<epoch>|<pending>|<resume>|<ids>, was 1714000000");
    }

    @Test
    void cursorKeepsOnlyTheNewestRememberedIds() {
        List<String> many = java.util.stream.IntStream.range(0, 600).mapToObj(Integer::toString).toList();

        PollCursor cursor = PollCursor.startingAt(Instant.EPOCH).remembering(many);

        assertThat(cursor.recentIds()).hasSize(PollCursor.MAX_RECENT_IDS).startsWith("100").endsWith("599");
    }

    @Test
    void firstCursorFollowsBackfillSinceAndTheTimeTheAccountWasAdded() {
        AccountConfig account = TestAccounts.flickr(URI.create("http://127.0.0.1:9"), Path.of("t"));
        AccountConfig noSince = TestAccounts.flickr(URI.create("http://127.0.0.1:9"), Path.of("t"),
                WriteMode.FILL_EMPTY, null, false, List.of());
        Instant added = Instant.parse("2025-03-01T00:00:00Z");

        assertThat(PollCursor.initial(account, added).highWaterMark()).isEqualTo(Instant.EPOCH);
        assertThat(PollCursor.initial(noSince, added).highWaterMark()).isEqualTo(added);
        assertThat(PollCursor.initial(TestAccounts.with(noSince, true, "{caption}", 1600), added).highWaterMark())
                .isEqualTo(Instant.EPOCH);
    }

    @Test
    void sizeChoiceTakesTheLargestWithinTheLimitElseTheSmallest() {
        ImageSize small = new ImageSize(URI.create("http://h/s"), 320, 240);
        ImageSize mid = new ImageSize(URI.create("http://h/m"), 1024, 768);
        ImageSize big = new ImageSize(URI.create("http://h/b"), 4000, 3000);

        assertThat(ImageSize.choose(List.of(big, small, mid), 1600)).contains(mid);
        assertThat(ImageSize.choose(List.of(big, mid), 500)).contains(mid);
        assertThat(ImageSize.choose(List.of(), 500)).isEmpty();
    }

    @Test
    void exceptionMessageNamesPlatformAccountOperationPhotoAndAction() {
        ConnectorException e = new ConnectorException("flickr", "me", ConnectorException.Operation.OPEN_IMAGE, "42",
                ConnectorException.Action.RETRY_LATER, Duration.ofMinutes(5), "HTTP 503", null);

        assertThat(e.getMessage())
                .isEqualTo("flickr account me: open image of photo 42 failed (RETRY_LATER, retry after PT5M): HTTP 503");
    }
}
