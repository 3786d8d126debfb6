package dev.autocaption.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.autocaption.config.AccountType;
import dev.autocaption.config.StoreConfig;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {
    private static final List<String> TABLES = List.of("ACCOUNTS", "CAPTION_CANDIDATES", "DECISIONS", "EVENTS",
            "PHOTOS", "POLL_CURSORS", "POSTS", "RUNS", "flyway_schema_history");

    @TempDir
    Path dir;

    @Test
    void openMigratesNewFileDatabase() {
        try (Database database = Database.open(fileStore("new"))) {
            assertThat(database.openingMigration()).isEqualTo(new MigrationResult(1, "1"));
            assertThat(database.schemaVersion()).contains("1");
        }
        assertThat(dir.resolve("new.mv.db")).exists();
    }

    @Test
    void reopeningExistingFileDatabaseAppliesNothingAndKeepsRows() {
        MutableClock clock = new MutableClock();
        try (Database database = Database.open(fileStore("old"), clock)) {
            database.useTransaction(tx -> tx.accounts().upsert("flickr-main", AccountType.FLICKR));
        }
        try (Database database = Database.open(fileStore("old"), clock)) {
            assertThat(database.openingMigration()).isEqualTo(new MigrationResult(0, "1"));
            assertThat(database.migrate()).isEqualTo(new MigrationResult(0, "1"));
            Optional<Account> account = database.inTransaction(tx -> tx.accounts().find("flickr-main"));
            assertThat(account).isPresent();
        }
    }

    @Test
    void migrationCreatesTheWholeSchema() {
        try (Database database = Database.open(memoryStore())) {
            List<String> tables = database.inTransaction(tx -> tables(tx.connection()));
            assertThat(tables).containsExactlyInAnyOrderElementsOf(TABLES);
        }
    }

    @Test
    void infoListsTheAppliedMigrationWithItsInstallTime() {
        try (Database database = Database.open(memoryStore())) {
            List<SchemaMigration> info = database.info();

            assertThat(info).hasSize(1);
            assertThat(info.get(0).version()).isEqualTo("1");
            assertThat(info.get(0).description()).isEqualTo("photo lifecycle");
            assertThat(info.get(0).state()).isEqualTo("Success");
            assertThat(info.get(0).installedOn()).isNotNull();
        }
    }

    @Test
    void fileUrlGetsAutoServer() {
        try (Database database = Database.open(fileStore("auto"))) {
            assertThat(database.url()).endsWith(";AUTO_SERVER=TRUE");
        }
    }

    @Test
    void failedWorkRollsBackTheWholeTransaction() {
        try (Database database = Database.open(memoryStore())) {
            assertThatThrownBy(() -> database.useTransaction(tx -> {
                tx.accounts().upsert("flickr-main", AccountType.FLICKR);
                throw new IllegalStateException("boom");
            })).isInstanceOf(IllegalStateException.class).hasMessage("boom");

            List<Account> accounts = database.inTransaction(tx -> tx.accounts().list());
            assertThat(accounts).isEmpty();
        }
    }

    @Test
    void sqlFailureBecomesStoreExceptionNamingTheUrl() {
        try (Database database = Database.open(memoryStore())) {
            assertThatThrownBy(() -> database.useTransaction(tx -> {
                try (Statement statement = tx.connection().createStatement()) {
                    statement.execute("SELECT * FROM no_such_table");
                }
            })).isInstanceOf(StoreException.class)
                    .hasMessageStartingWith("transaction on " + database.url() + " failed: ")
                    .hasMessageContaining("NO_SUCH_TABLE");
        }
    }

    @Test
    void closedDatabaseRefusesWork() {
        Database database = Database.open(memoryStore());
        database.close();

        assertThatThrownBy(() -> database.inTransaction(tx -> tx.accounts().list()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("database " + database.url() + " is closed");
    }

    @Test
    void unreachableStoreFailsWithTheMaskedUrl() {
        StoreConfig config = new StoreConfig("jdbc:h2:tcp://127.0.0.1:1/nothing;PASSWORD=hunter2");

        assertThatThrownBy(() -> Database.open(config))
                .isInstanceOf(StoreException.class)
                .hasMessageStartingWith("opening jdbc:h2:tcp://127.0.0.1:1/nothing;PASSWORD=*** failed: ")
                .hasMessageNotContaining("hunter2");
    }

    private StoreConfig fileStore(String name) {
        return new StoreConfig("jdbc:h2:file:" + dir.resolve(name).toAbsolutePath());
    }

    private static StoreConfig memoryStore() {
        return new StoreConfig("jdbc:h2:mem:" + UUID.randomUUID());
    }

    private static List<String> tables(Connection connection) throws java.sql.SQLException {
        List<String> names = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(
                     "SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC'")) {
            while (rows.next()) {
                names.add(rows.getString(1));
            }
        }
        return names;
    }
}
