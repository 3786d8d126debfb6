package dev.autocaption.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autocaption.config.PrivateFiles;
import dev.autocaption.config.StoreConfig;
import dev.autocaption.testing.FileModes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** Who may read the store on disk: its owner only, from the first byte H2 writes. */
@DisabledOnOs(OS.WINDOWS)
class StorePermissionsTest {
    @TempDir
    Path dir;

    @Test
    void newStoreDirectoriesAndEveryFileInThemAreOwnerOnlyWhileTheStoreIsOpen() {
        Path data = dir.resolve("home/data");
        try (Database database = Database.open(new StoreConfig("jdbc:h2:file:" + data.resolve("autocaption")))) {
            Map<String, String> modes = FileModes.under(dir.resolve("home"));

            assertThat(modes).containsOnly(
                    Map.entry("", "rwx------"),
                    Map.entry("data", "rwx------"),
                    Map.entry("data/autocaption.mv.db", "rw-------"),
                    Map.entry("data/autocaption.lock.db", "rw-------"),
                    Map.entry("data/autocaption.login", "rw-------"));
        }
    }

    @Test
    void filesOfAStoreMadeByAnEarlierVersionAreMadeOwnerOnlyAtItsNextOpen() throws Exception {
        Path data = Files.createDirectories(dir.resolve("data"));
        Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwxr-xr-x"));
        String url = "jdbc:h2:file:" + data.resolve("autocaption");
        DriverManager.getConnection(url, "", "").close();
        Files.setPosixFilePermissions(data.resolve("autocaption.mv.db"), PosixFilePermissions.fromString("rw-r--r--"));

        try (Database database = Database.open(new StoreConfig(url))) {
            assertThat(PrivateFiles.mode(data.resolve("autocaption.mv.db"))).isEqualTo("rw-------");
            assertThat(PrivateFiles.mode(data.resolve("autocaption.lock.db"))).isEqualTo("rw-------");
            assertThat(PrivateFiles.mode(data.resolve("autocaption.login"))).isEqualTo("rw-------");
        }
        assertThat(PrivateFiles.mode(data)).as("an existing directory is left as it was").isEqualTo("rwxr-xr-x");
    }

}
