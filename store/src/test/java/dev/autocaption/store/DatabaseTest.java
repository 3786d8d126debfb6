package dev.autocaption.store;

import dev.autocaption.testing.TestPlatforms;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.autocaption.config.Engine;
import dev.autocaption.config.StoreConfig;
import dev.autocaption.testing.MutableClock;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {
    private static final List<String> TABLES = List.of("ACCOUNTS", "CAPTION_CANDIDATES", "DECISIONS", "EVENTS",
            "PHOTOS", "POLL_CURSORS", "POSTS", "RUNS", "DAEMON_LOCK", "WRITE_RECEIPTS", "APPLIED_APPROVALS",
            "CAPTION_GENERATIONS", "DETECTIONS", "FOLDER_FILE_INDEX", "ACCOUNT_LEASES", "CLUSTER_INSTANCES",
            "flyway_schema_history");

    @TempDir
    Path dir;

    @Test
    void openMigratesNewFileDatabase() {
        try (Database database = Database.open(fileStore("new"))) {
            assertThat(database.openingMigration()).isEqualTo(new MigrationResult(6, "7"));
            assertThat(database.schemaVersion()).contains("7");
        }
        assertThat(dir.resolve("new.mv.db")).exists();
    }

    @Test
    void reopeningExistingFileDatabaseAppliesNothingAndKeepsRows() {
        MutableClock clock = new MutableClock(StoreFixtures.START);
        try (Database database = Database.open(fileStore("old"), clock)) {
            database.useTransaction(tx -> tx.accounts().upsert("flickr-main", TestPlatforms.FLICKR));
        }
        try (Database database = Database.open(fileStore("old"), clock)) {
            assertThat(database.openingMigration()).isEqualTo(new MigrationResult(0, "7"));
            assertThat(database.migrate()).isEqualTo(new MigrationResult(0, "7"));
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

            // V6 (Quartz's job store) is PostgreSQL's only: cluster mode refuses H2
            assertThat(info).hasSize(6);
            assertThat(info.get(5).version()).isEqualTo("7");
            assertThat(info.get(5).description()).isEqualTo("cluster claims and leases");
            assertThat(info.get(4).version()).isEqualTo("5");
            assertThat(info.get(4).description()).isEqualTo("folder file index");
            assertThat(info.get(3).version()).isEqualTo("4");
            assertThat(info.get(3).description()).isEqualTo("photo retry");
            assertThat(info.get(2).version()).isEqualTo("3");
            assertThat(info.get(1).version()).isEqualTo("2");
            assertThat(info.get(0).version()).isEqualTo("1");
            assertThat(info.get(0).description()).isEqualTo("photo lifecycle");
            assertThat(info.get(0).state()).isEqualTo("Success");
            assertThat(info.get(0).installedOn()).isNotNull();
        }
    }

    @Test
    void migrationToV3RecordsTheEngineAndModelOfEveryEarlierCaptioning() throws Exception {
        StoreConfig store = fileStore("v2");
        Flyway.configure(Database.class.getClassLoader()).dataSource(store.url(), "", "")
                .locations("classpath:db/migration").target("2").load().migrate();
        try (Connection connection = DriverManager.getConnection(store.url());
             Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO accounts VALUES ('flickr-main', 'flickr', 'ok', NULL, NULL, NULL,"
                    + " TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+00',"
                    + " TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+00')");
            statement.execute("INSERT INTO photos (id, account_id, remote_id, state, discovered_at, state_changed_at)"
                    + " VALUES (7, 'flickr-main', '123', 'queued', TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+00',"
                    + " TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+00')");
            for (int rank = 1; rank <= 2; rank++) {
                statement.execute("INSERT INTO caption_candidates (photo_id, generation, candidate_rank, caption_text,"
                        + " tokens, log_probability, probability, score, model_id, engine, created_at) VALUES (7, 1, "
                        + rank + ", 'a dog', 'a\ndog', -1, 0.3, 0.7, 'im2txt-demo-1', 'show-and-tell',"
                        + " TIMESTAMP WITH TIME ZONE '2026-01-02 00:00:00+00')");
            }
        }

        try (Database database = Database.open(store)) {
            List<CaptionGeneration> generations = database.inTransaction(tx -> tx.captions().generations(7));

            Photo photo = database.inTransaction(tx -> tx.photos().find(7)).orElseThrow();
            assertThat(database.openingMigration()).isEqualTo(new MigrationResult(4, "7"));
            assertThat(photo.attempts()).isZero();
            assertThat(photo.nextAttemptAt()).isNull();
            assertThat(generations).singleElement().satisfies(generation -> {
                assertThat(generation.generation()).isEqualTo(1);
                assertThat(generation.engine()).isEqualTo(Engine.SHOW_AND_TELL);
                assertThat(generation.modelId()).isEqualTo("im2txt-demo-1");
                assertThat(generation.detections()).isEmpty();
                assertThat(generation.createdAt()).isEqualTo(Instant.parse("2026-01-02T00:00:00Z"));
            });
            List<StoredCaption> latest = database.inTransaction(tx -> tx.captions().latest(7));
            assertThat(latest).hasSize(2);
        }
    }

    @Test
    void fileUrlIsSharedWhenTheJvmBindsH2ToLoopback() {
        try (Database database = Database.open(fileStore("auto"))) {
            assertThat(database.url()).endsWith(";AUTO_SERVER=TRUE");
        }
    }

    @Test
    void failedWorkRollsBackTheWholeTransaction() {
        try (Database database = Database.open(memoryStore())) {
            assertThatThrownBy(() -> database.useTransaction(tx -> {
                tx.accounts().upsert("flickr-main", TestPlatforms.FLICKR);
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
