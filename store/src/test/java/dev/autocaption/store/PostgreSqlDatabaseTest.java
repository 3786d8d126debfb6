package dev.autocaption.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.autocaption.config.Secret;
import dev.autocaption.config.StoreConfig;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/**
 * What only a PostgreSQL store does: its pool, its login from {@code store.user}/{@code store.password}, and never a
 * password in what it prints. Runs against {@value StoreBackend#PG_URL_VARIABLE} (skipped without it, failing under
 * {@code CI=true}).
 */
class PostgreSqlDatabaseTest {
    @Test
    void aPostgreSqlStoreIsMigratedToTheSameSchemaVersionAsH2() {
        String schema = StoreBackend.uniqueName();
        try (Database postgres = Database.open(StoreBackend.POSTGRESQL.create(schema));
             Database h2 = Database.open(StoreBackend.H2.create(StoreBackend.uniqueName()))) {
            assertThat(postgres.schemaVersion()).isPresent().isEqualTo(h2.schemaVersion());
            assertThat(postgres.info()).extracting(SchemaMigration::state).containsOnly("Success");
        } finally {
            StoreBackend.POSTGRESQL.discard(schema);
        }
    }

    @Test
    void theLoginCanComeFromStoreUserAndPasswordInsteadOfTheUrl() throws SQLException {
        String url = StoreBackend.serverUrl();
        String user = queryParameter(url, "user");
        String password = queryParameter(url, "password");
        String withoutLogin = url.substring(0, url.indexOf('?'));

        try (Database database = Database.open(new StoreConfig(withoutLogin, user, Secret.of(password), 2));
             Connection connection = database.dataSource().getConnection();
             Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT current_user")) {
            row.next();
            assertThat(row.getString(1)).isEqualTo(user);
        }
    }

    @Test
    void aWrongPasswordFailsAtOpenWithoutShowingEitherPassword() {
        String url = StoreBackend.serverUrl();
        String withoutLogin = url.substring(0, url.indexOf('?'));
        StoreConfig wrong = new StoreConfig(withoutLogin + "?password=inTheUrl", queryParameter(url, "user"),
                Secret.of("not-the-password"), 1);

        assertThatThrownBy(() -> Database.open(wrong)).isInstanceOf(StoreException.class)
                .hasMessageStartingWith("opening " + withoutLogin + "?password=*** failed: ")
                .hasMessageContaining("password authentication failed")
                .hasMessageNotContaining("inTheUrl").hasMessageNotContaining("not-the-password");
    }

    @Test
    void theUrlAStoreReportsHasItsPasswordMasked() {
        String schema = StoreBackend.uniqueName();
        try (Database database = Database.open(StoreBackend.POSTGRESQL.create(schema))) {
            assertThat(database.url()).contains("password=***").doesNotContain(queryParameter(StoreBackend.serverUrl(),
                    "password"));
            assertThat(database.toString()).doesNotContain(queryParameter(StoreBackend.serverUrl(), "password"));
        } finally {
            StoreBackend.POSTGRESQL.discard(schema);
        }
    }

    @Test
    void closingTheStoreClosesItsPool() throws SQLException {
        String schema = StoreBackend.uniqueName();
        Database database = Database.open(StoreBackend.POSTGRESQL.create(schema));
        database.close();
        try {
            assertThatThrownBy(() -> database.dataSource().getConnection()).isInstanceOf(SQLException.class)
                    .hasMessageContaining("has been closed");
        } finally {
            StoreBackend.POSTGRESQL.discard(schema);
        }
        try (Connection connection = DriverManager.getConnection(StoreBackend.serverUrl())) {
            assertThat(connection.isValid(5)).isTrue();
        }
    }

    private static String queryParameter(String url, String name) {
        for (String pair : url.substring(url.indexOf('?') + 1).split("&")) {
            if (pair.startsWith(name + "=")) {
                return pair.substring(name.length() + 1);
            }
        }
        throw new IllegalStateException(StoreBackend.PG_URL_VARIABLE + " names no " + name + " parameter");
    }
}
