package dev.autocaption.bot.crash;

import dev.autocaption.bot.connector.flickr.FlickrPlatform;
import dev.autocaption.bot.Bot;
import dev.autocaption.bot.Engines;
import dev.autocaption.bot.FakeCaptioner;
import dev.autocaption.bot.connector.ConnectorRuntime;
import dev.autocaption.bot.connector.Connectors;
import dev.autocaption.bot.connector.TestAccounts;
import dev.autocaption.bot.pipeline.PipelineEvent;
import dev.autocaption.config.AccountConfig;
import dev.autocaption.config.BotConfig;
import dev.autocaption.config.Credentials;
import dev.autocaption.config.Engine;
import dev.autocaption.config.FilterConfig;
import dev.autocaption.config.ModelConfig;
import dev.autocaption.config.RetryConfig;
import dev.autocaption.config.ReviewConfig;
import dev.autocaption.config.ReviewMode;
import dev.autocaption.config.ScheduleConfig;
import dev.autocaption.config.Secret;
import dev.autocaption.config.StoreConfig;
import dev.autocaption.config.WebConfig;
import dev.autocaption.config.WriteMode;
import dev.autocaption.store.Database;
import dev.autocaption.store.PhotoState;
import dev.autocaption.store.PostState;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The daemon of the crash test, in its own JVM: the real {@link Bot} (store, lock, connectors, pipeline) against the
 * parent's Flickr simulator, cycling back to back until nothing is left to do, then exiting 0. The parent kills it
 * with SIGKILL at random moments. Args: store url, simulator base uri, work directory.
 */
public final class CrashDaemonMain {
    private CrashDaemonMain() {
    }

    public static void main(String[] args) throws Exception {
        BotConfig config = config(args[0], URI.create(args[1]), Path.of(args[2]));
        Engines engines = Engines.standard().register(Engine.SHOW_AND_TELL, model -> new FakeCaptioner());
        Connectors connectors = Connectors.standard(ConnectorRuntime.system(), 3600);
        try (Bot bot = Bot.open(config, Clock.systemUTC(), engines, connectors, CrashDaemonMain::print, false)) {
            System.out.println("ready");
            System.out.flush();
            while (!idle(bot.database(), bot.runOnce().get(0).counts().discovered())) {
                System.out.println("cycle");
            }
        }
        System.out.println("idle");
    }

    private static void print(PipelineEvent event) {
        System.out.println(event.line());
    }

    private static boolean idle(Database database, int discovered) {
        return discovered == 0 && database.inTransaction(tx -> {
            Map<PhotoState, Integer> counts = tx.photos().countByState(null);
            boolean busy = List.of(PhotoState.DISCOVERED, PhotoState.CAPTIONED, PhotoState.APPROVED,
                    PhotoState.POSTING).stream().anyMatch(counts::containsKey);
            return !busy && tx.posts().inState(PostState.PENDING).isEmpty()
                    && tx.posts().inState(PostState.CLAIMED).isEmpty();
        });
    }

    static BotConfig config(String storeUrl, URI flickr, Path dir) {
        Credentials credentials = FlickrPlatform.credentials(Secret.of(TestAccounts.FLICKR_KEY),
                Secret.of(TestAccounts.FLICKR_SECRET), Secret.of(TestAccounts.FLICKR_TOKEN),
                Secret.of(TestAccounts.FLICKR_TOKEN_SECRET));
        ReviewConfig review = new ReviewConfig(ReviewMode.AUTO, dir.resolve("approvals.yaml"));
        AccountConfig account = new AccountConfig("flickr-main", FlickrPlatform.TYPE, flickr, Instant.EPOCH, false,
                WriteMode.FILL_EMPTY, "{caption} (auto-generated)", null, false, "nocaption", List.of(), 1600, false,
                credentials, dir.resolve("flickr.token"), ScheduleConfig.defaults(), FilterConfig.defaults(), review,
                null);
        // One attempt per photo: the test runs on the wall clock, so a broken photo must end failed at once rather
        // than wait minutes for its next try; the retry path itself is covered by PhotoFailureScopeTest.
        return new BotConfig(new StoreConfig(storeUrl), ModelConfig.defaults(), FilterConfig.defaults(), review,
                ScheduleConfig.defaults(), WebConfig.defaults(), new RetryConfig(1, Duration.ofSeconds(30)),
                List.of(account));
    }
}
