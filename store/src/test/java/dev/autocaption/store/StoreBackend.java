package dev.autocaption.store;

import dev.autocaption.config.StoreConfig;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/**
 * The databases the store's tests run on, each giving every test a store of its own that no other test sees:
 * <ul>
 *   <li>{@link #H2}: {@code jdbc:h2:mem:<uuid>};</li>
 *   <li>{@link #POSTGRESQL}: a new schema {@code t_<uuid>} in the database that {@value #PG_URL_VARIABLE} names (a
 *       {@code jdbc:postgresql:} URL with a login that may create schemas), dropped after the test. Without that
 *       variable the PostgreSQL runs are skipped, except under {@code CI=true}, where they fail: CI starts a
 *       PostgreSQL ({@code .ci/postgres}) and must not pass without having run them.</li>
 * </ul>
 */
enum StoreBackend {
    H2("H2") {
        @Override
        StoreConfig create(String name) {
            return new StoreConfig("jdbc:h2:mem:" + name);
        }

        @Override
        void discard(String name) {
            // The in-memory database is gone with its last connection.
        }
    },
    POSTGRESQL("PostgreSQL") {
        @Override
        StoreConfig create(String name) {
            String base = serverUrl();
            execute(base, "CREATE SCHEMA " + name);
            return new StoreConfig(base + (base.contains("?") ? "&" : "?") + "currentSchema=" + name, null, null, 4);
        }

        @Override
        void discard(String name) {
            execute(serverUrl(), "DROP SCHEMA " + name + " CASCADE");
        }
    };

    /** The environment variable with the JDBC URL of the PostgreSQL database the tests may create schemas in. */
    static final String PG_URL_VARIABLE = "AUTOCAPTION_TEST_PG_URL";

    private final String displayName;

    StoreBackend(String displayName) {
        this.displayName = displayName;
    }

    String displayName() {
        return displayName;
    }

    /** A new, empty store for one test; {@code name} is unique to that test. */
    abstract StoreConfig create(String name);

    /** Removes what {@link #create} made, after the test closed its database. */
    abstract void discard(String name);

    /** A name no other test uses, valid as an H2 database and a PostgreSQL schema name. */
    static String uniqueName() {
        return "t_" + UUID.randomUUID().toString().replace("-", "").toLowerCase(Locale.ROOT);
    }

    /** The PostgreSQL the tests use; skips the test without one, or fails it under {@code CI=true}. */
    static String serverUrl() {
        String url = System.getenv(PG_URL_VARIABLE);
        if (url == null || url.isBlank()) {
            if ("true".equals(System.getenv("CI"))) {
                throw new IllegalStateException(PG_URL_VARIABLE + " is not set, but CI=true: the store's tests must run"
                        + " on PostgreSQL in CI (.ci/run starts one with .ci/postgres and exports its URL)");
            }
            Assumptions.abort(PG_URL_VARIABLE + " is not set (a jdbc:postgresql: URL): PostgreSQL runs skipped");
        }
        if (!url.startsWith("jdbc:postgresql:")) {
            throw new IllegalStateException(PG_URL_VARIABLE + " must be a jdbc:postgresql: URL, was "
                    + StoreConfig.mask(url));
        }
        return url;
    }

    private static void execute(String url, String sql) {
        try (Connection connection = DriverManager.getConnection(url);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + " on " + StoreConfig.mask(url) + " failed: " + e.getMessage(), e);
        }
    }
}
