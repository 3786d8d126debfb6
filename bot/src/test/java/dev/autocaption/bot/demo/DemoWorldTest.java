package dev.autocaption.bot.demo;

import dev.autocaption.bot.Toolkit;
import static org.assertj.core.api.Assertions.assertThat;

import dev.autocaption.store.Database;
import dev.autocaption.testing.FileModes;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

@DisabledOnOs(OS.WINDOWS)
class DemoWorldTest {
    @TempDir
    Path dir;

    @Test
    void demoRunDirectoryItsConfigAndItsStoreAreOwnerOnly() throws Exception {
        Path run = dir.resolve("autocaption-demo/run-1");
        try (DemoWorld world = DemoWorld.start(List.of(), Clock.systemUTC())) {
            Path config = world.writeConfig(run, dir.resolve("models/demo"));
            try (Database store = Database.open(Toolkit.configLoader(Map.of(), dir).load(config).config().store())) {
                assertThat(store.url()).startsWith("jdbc:h2:file:" + run.resolve("data/autocaption"));
                assertThat(FileModes.under(dir.resolve("autocaption-demo"))).containsOnly(
                        Map.entry("", "rwx------"),
                        Map.entry("run-1", "rwx------"),
                        Map.entry("run-1/autocaption-demo.yaml", "rw-------"),
                        Map.entry("run-1/data", "rwx------"),
                        Map.entry("run-1/data/autocaption.mv.db", "rw-------"),
                        Map.entry("run-1/data/autocaption.lock.db", "rw-------"),
                        Map.entry("run-1/data/autocaption.login", "rw-------"),
                        Map.entry("run-1/photos", "rwx------"));
            }
        }
    }
}
