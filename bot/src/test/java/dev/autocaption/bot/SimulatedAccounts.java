package dev.autocaption.bot;

import dev.autocaption.bot.connector.facebook.FacebookPlatform;
import dev.autocaption.bot.connector.flickr.FlickrPlatform;
import dev.autocaption.bot.connector.ConnectorRuntime;
import dev.autocaption.bot.connector.Connectors;
import dev.autocaption.testing.MutableClock;
import dev.autocaption.bot.connector.RecordingSleeper;
import dev.autocaption.bot.connector.TestAccounts;
import dev.autocaption.bot.filter.CaptionFilter;
import dev.autocaption.bot.pipeline.WatchedAccount;
import dev.autocaption.simulator.facebook.GraphSimulator;
import dev.autocaption.simulator.flickr.FlickrSimulator;
import dev.autocaption.config.AccountConfig;
import dev.autocaption.config.AccountType;
import dev.autocaption.config.Credentials;
import dev.autocaption.config.FilterConfig;
import dev.autocaption.config.ReviewConfig;
import dev.autocaption.config.ReviewMode;
import dev.autocaption.config.ScheduleConfig;
import dev.autocaption.config.Secret;
import dev.autocaption.config.WriteMode;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** A Flickr and a Graph simulator on loopback, with granted tokens, and accounts pointing at them. */
public final class SimulatedAccounts implements AutoCloseable {
    public static final String FLICKR_ID = "flickr-main";
    public static final String PAGE_ID = "fb-shop";
    public static final String TEMPLATE = "{caption} (auto-generated)";

    public final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
    public final RecordingSleeper sleeper = new RecordingSleeper(clock);
    public final ConnectorRuntime runtime = new ConnectorRuntime(clock, sleeper, Duration.ofSeconds(2),
            Duration.ofSeconds(5));
    public final FlickrSimulator flickr = FlickrSimulator.start(TestAccounts.FLICKR_KEY, TestAccounts.FLICKR_SECRET,
            clock);
    public final GraphSimulator graph = GraphSimulator.start(TestAccounts.PAGE_ID);
    public final Connectors connectors = Connectors.standard(runtime, 3600);
    private final Path dir;

    public SimulatedAccounts(Path dir) {
        this.dir = dir;
        flickr.grant(TestAccounts.FLICKR_TOKEN, TestAccounts.FLICKR_TOKEN_SECRET, "write");
        graph.grantPageToken(TestAccounts.PAGE_TOKEN, GraphSimulator.PAGE_PERMISSIONS);
    }

    public AccountConfig flickrAccount(ReviewMode mode, WriteMode write) {
        Credentials credentials = FlickrPlatform.credentials(Secret.of(TestAccounts.FLICKR_KEY),
                Secret.of(TestAccounts.FLICKR_SECRET), Secret.of(TestAccounts.FLICKR_TOKEN),
                Secret.of(TestAccounts.FLICKR_TOKEN_SECRET));
        return account(FLICKR_ID, FlickrPlatform.TYPE, flickr.baseUri(), write, null, credentials,
                dir.resolve("flickr.token"), mode);
    }

    public AccountConfig pageAccount(ReviewMode mode) {
        return pageAccount(mode, WriteMode.POST_MESSAGE);
    }

    public AccountConfig pageAccount(ReviewMode mode, WriteMode write) {
        return account(PAGE_ID, FacebookPlatform.PAGE, graph.baseUri(), write, TestAccounts.PAGE_ID,
                FacebookPlatform.credentials(Secret.of(TestAccounts.PAGE_TOKEN)), null, mode);
    }

    /** The account with another filter and review section. */
    public static AccountConfig with(AccountConfig a, FilterConfig filter, ReviewConfig review) {
        return new AccountConfig(a.id(), a.type(), a.apiBaseUrl(), a.since(), a.backfill(), a.write(),
                a.writeTemplate(), a.pageId(), a.includePrivate(), a.optOutTag(), a.excludeAlbums(), a.maxImageSize(),
                a.allowDemoModel(), a.credentials(), a.credentialsFile(), a.schedule(), filter, review,
                a.maxPostsPerDay());
    }

    private AccountConfig account(String id, AccountType type, java.net.URI base, WriteMode write, String pageId,
                                  Credentials credentials, Path credentialsFile, ReviewMode mode) {
        return new AccountConfig(id, type, base, Instant.EPOCH, false, write, TEMPLATE, pageId, false, "nocaption",
                List.of(), 1600, false, credentials, credentialsFile, ScheduleConfig.defaults(),
                new FilterConfig(0.6, 0.3, 3, List.of(), false), new ReviewConfig(mode, dir.resolve("approvals.yaml")),
                null);
    }

    /** The account with the real connector and a filter that may auto-post (simulator accounts may). */
    public WatchedAccount watch(AccountConfig account) {
        return new WatchedAccount(account, connectors.create(account),
                new CaptionFilter(account.filter(), account.review(), true));
    }

    public Path approvalsFile() {
        return dir.resolve("approvals.yaml");
    }

    @Override
    public void close() {
        flickr.close();
        graph.close();
    }
}
