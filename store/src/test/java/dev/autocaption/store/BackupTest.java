package dev.autocaption.store;

import dev.autocaption.testing.TestPlatforms;
import static dev.autocaption.store.StoreFixtures.FLICKR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.autocaption.config.PrivateFiles;
import dev.autocaption.config.StoreConfig;
import dev.autocaption.testing.MutableClock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupTest {
    @TempDir
    Path dir;

    @Test
    void backupRestoresSchemaHistoryAndRows() throws Exception {
        Path backup = dir.resolve("backup.sql");
        try (Database source = Database.open(store("source"), new MutableClock(StoreFixtures.START))) {
            source.useTransaction(tx -> {
                StoreFixtures.accounts(tx);
                StoreFixtures.photo(tx, FLICKR, "123");
            });
            source.backup(backup);
        }

        Database.restore(backup, store("restored"));

        try (Database restored = Database.open(store("restored"))) {
            Optional<Photo> photo = restored.inTransaction(tx -> tx.photos().find(FLICKR, "123"));
            assertThat(restored.openingMigration()).isEqualTo(new MigrationResult(0, "7"));
            assertThat(photo).map(Photo::state).contains(PhotoState.DISCOVERED);
        }
    }

    @Test
    void backupLeavesOutWorkNotYetCommitted() throws Exception {
        Path backup = dir.resolve("backup.sql");
        try (Database source = Database.open(store("busy"));
             Connection other = source.dataSource().getConnection();
             Statement statement = other.createStatement()) {
            source.useTransaction(tx -> tx.accounts().upsert("committed", TestPlatforms.FLICKR));
            other.setAutoCommit(false);
            statement.executeUpdate("INSERT INTO accounts (id, type, status, created_at, updated_at)"
                    + " VALUES ('in-flight', 'flickr', 'ok', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");

            source.backup(backup);
            other.rollback();
        }

        Database.restore(backup, store("copy"));
        try (Database copy = Database.open(store("copy"))) {
            List<Account> accounts = copy.inTransaction(tx -> tx.accounts().list());
            assertThat(accounts).extracting(Account::id).containsExactly("committed");
        }
    }

    @Test
    void backupRefusesToOverwriteAnExistingFile() throws Exception {
        Path backup = Files.writeString(dir.resolve("backup.sql"), "keep me");
        try (Database source = Database.open(store("source"))) {
            assertThatThrownBy(() -> source.backup(backup))
                    .isInstanceOf(StoreException.class)
                    .hasMessage("backup file " + backup.toAbsolutePath()
                            + " already exists; choose a new name or allow overwrite");
        }
        assertThat(backup).hasContent("keep me");
    }

    @Test
    void backupOverwritesWhenAllowed() throws Exception {
        Path backup = Files.writeString(dir.resolve("backup.sql"), "old");
        try (Database source = Database.open(store("source"))) {
            source.backup(backup, true);
        }
        assertThat(Files.readString(backup)).contains("CREATE CACHED TABLE \"PUBLIC\".\"PHOTOS\"");
        assertThat(dir.resolve("backup.sql.partial")).doesNotExist();
    }

    @Test
    void backupIsOwnerOnlyAndHoldsNoLoginOfTheStore() throws Exception {
        Path backup = dir.resolve("backup.sql");
        try (Database source = Database.open(store("source"))) {
            source.backup(backup);
        }

        assertThat(PrivateFiles.mode(backup)).isEqualTo("rw-------");
        assertThat(Files.readString(backup)).contains("CREATE CACHED TABLE \"PUBLIC\".\"PHOTOS\"")
                .doesNotContain("CREATE USER", " HASH ");
    }

    @Test
    void restoreDropsTheUsersThatAnOlderBackupBringsAlong() throws Exception {
        Path backup = dir.resolve("older.sql");
        try (Database source = Database.open(store("source"))) {
            source.backup(backup);
        }
        Files.writeString(backup, "CREATE USER IF NOT EXISTS \"\" PASSWORD '' ADMIN;\n" + Files.readString(backup));

        Database.restore(backup, store("restored"));

        try (Database restored = Database.open(store("restored"))) {
            List<String> users = restored.inTransaction(tx -> {
                try (Statement statement = tx.connection().createStatement();
                     ResultSet rows = statement.executeQuery("SELECT USER_NAME FROM INFORMATION_SCHEMA.USERS")) {
                    List<String> names = new ArrayList<>();
                    while (rows.next()) {
                        names.add(rows.getString(1));
                    }
                    return names;
                }
            });
            assertThat(users).containsExactly(StoreLogin.USER);
        }
    }

    @Test
    void restoreRefusesATargetThatHoldsTables() throws Exception {
        Path backup = dir.resolve("backup.sql");
        try (Database source = Database.open(store("source"))) {
            source.backup(backup);
        }
        Database.open(store("target")).close();

        assertThatThrownBy(() -> Database.restore(backup, store("target")))
                .isInstanceOf(StoreException.class)
                .hasMessageStartingWith("restore target jdbc:h2:file:" + dir.resolve("target"))
                .hasMessageEndingWith(" is not empty: it holds 17 tables; restore into a new database");
    }

    @Test
    void restoreOfAMissingFileSaysSo() {
        Path missing = dir.resolve("missing.sql");

        assertThatThrownBy(() -> Database.restore(missing, store("target")))
                .isInstanceOf(StoreException.class)
                .hasMessage("backup file " + missing.toAbsolutePath() + " does not exist or is not a file");
    }

    private StoreConfig store(String name) {
        return new StoreConfig("jdbc:h2:file:" + dir.resolve(name).toAbsolutePath());
    }
}
