package dev.autocaption.bot.cluster;

import dev.autocaption.bot.connector.TestAccounts;
import dev.autocaption.bot.connector.flickr.FlickrPlatform;
import dev.autocaption.config.AccountConfig;
import dev.autocaption.config.BotConfig;
import dev.autocaption.config.ClusterConfig;
import dev.autocaption.config.ClusterRole;
import dev.autocaption.config.Credentials;
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
import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/**
 * What the cluster tests share: a PostgreSQL schema of their own in {@value #PG_URL_VARIABLE} (skipped without
 * it, failed under {@code CI=true}), and cluster instances' configurations for Flickr accounts at simulators.
 */
public final class ClusterWorld {
    /** The JDBC URL of the PostgreSQL the tests may create schemas in (as the store's tests use it). */
    public static final String PG_URL_VARIABLE = "AUTOCAPTION_TEST_PG_URL";
    /** Short, so that a dead instance's work is taken over within seconds. */
    public static final Duration CHECK_IN = Duration.ofSeconds(2);

    private ClusterWorld() {
    }

    /** A new schema; returns the URL of a store in it. */
    public static String newStore(String name) {
        String base = serverUrl();
        execute(base, "CREATE SCHEMA " + name);
        return base + (base.contains("?") ? "&" : "?") + "currentSchema=" + name;
    }

    /** Drops the schema {@link #newStore} made. */
    public static void dropStore(String name) {
        execute(serverUrl(), "DROP SCHEMA " + name + " CASCADE");
    }

    /** A schema name no other test uses. */
    public static String uniqueName() {
        return "c_" + UUID.randomUUID().toString().replace("-", "").toLowerCase(Locale.ROOT);
    }

    /** A Flickr account at the simulator, automatic review, one attempt per photo, polled every 15 minutes. */
    public static AccountConfig flickr(String id, URI simulator, Path dir) {
        return flickr(id, simulator, dir, ScheduleConfig.defaults());
    }

    /** A Flickr account at the simulator, automatic review, one attempt per photo, polled on {@code schedule}. */
    public static AccountConfig flickr(String id, URI simulator, Path dir, ScheduleConfig schedule) {
        Credentials credentials = FlickrPlatform.credentials(Secret.of(TestAccounts.FLICKR_KEY),
                Secret.of(TestAccounts.FLICKR_SECRET), Secret.of(TestAccounts.FLICKR_TOKEN),
                Secret.of(TestAccounts.FLICKR_TOKEN_SECRET));
        ReviewConfig review = new ReviewConfig(ReviewMode.AUTO, dir.resolve(id + "-approvals.yaml"));
        return new AccountConfig(id, FlickrPlatform.TYPE, simulator, Instant.EPOCH, false, WriteMode.FILL_EMPTY,
                "{caption} (auto-generated)", null, false, "nocaption", List.of(), 1600, false, credentials,
                dir.resolve(id + ".token"), schedule, FilterConfig.defaults(), review, null);
    }

    /** One instance's configuration. */
    public static BotConfig instance(String storeUrl, String instanceId, Set<ClusterRole> roles,
                                     List<AccountConfig> accounts, Path dir) {
        return new BotConfig(new StoreConfig(storeUrl, null, null, 6), ModelConfig.defaults(), FilterConfig.defaults(),
                new ReviewConfig(ReviewMode.AUTO, dir.resolve("approvals.yaml")), ScheduleConfig.defaults(),
                WebConfig.defaults(), new RetryConfig(1, Duration.ofSeconds(30)),
                new ClusterConfig(true, CHECK_IN, instanceId, roles), accounts);
    }

    /** The PostgreSQL the tests use; skips the test without one, or fails it under {@code CI=true}. */
    public static String serverUrl() {
        String url = System.getenv(PG_URL_VARIABLE);
        if (url == null || url.isBlank()) {
            if ("true".equals(System.getenv("CI"))) {
                throw new IllegalStateException(PG_URL_VARIABLE + " is not set, but CI=true: the cluster tests must"
                        + " run on PostgreSQL in CI (.ci/run starts one with .ci/postgres and exports its URL)");
            }
            Assumptions.abort(PG_URL_VARIABLE + " is not set (a jdbc:postgresql: URL): cluster mode needs"
                    + " PostgreSQL, so the cluster tests are skipped");
        }
        return url;
    }

    private static void execute(String url, String sql) {
        try (Connection connection = DriverManager.getConnection(url);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + " failed: " + e.getMessage(), e);
        }
    }
}
