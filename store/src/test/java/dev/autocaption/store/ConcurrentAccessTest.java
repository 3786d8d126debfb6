package dev.autocaption.store;

import static dev.autocaption.store.StoreFixtures.FLICKR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.autocaption.config.StoreConfig;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The daemon and a CLI command use one store file at the same time, from two JVMs (H2 AUTO_SERVER on loopback), both
 * started with {@code -Dh2.bindAddress=127.0.0.1} as the launcher starts them, the second with the login the first
 * generated.
 */
class ConcurrentAccessTest {
    @TempDir
    Path dir;

    @Test
    void secondProcessReadsAndWritesWhileTheFirstHoldsTheStore() {
        assertTimeoutPreemptively(Duration.ofMinutes(3), this::runBothProcesses);
    }

    private void runBothProcesses() throws Exception {
        assertThat(H2BindAddress.ofThisJvm().isLoopback()).as("the test JVM runs with -D%s=%s (surefire's argLine)",
                H2BindAddress.PROPERTY, H2BindAddress.LOOPBACK).isTrue();
        String url = "jdbc:h2:file:" + dir.resolve("shared").toAbsolutePath();
        Path childErrors = dir.resolve("child.err");
        try (Database daemon = Database.open(new StoreConfig(url))) {
            daemon.useTransaction(tx -> {
                StoreFixtures.accounts(tx);
                StoreFixtures.photo(tx, FLICKR, "daemon-1");
            });
            Process child = startChild(url, childErrors);
            try (BufferedReader out = new BufferedReader(
                    new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
                 Writer in = child.outputWriter(StandardCharsets.UTF_8)) {
                assertThat(out.readLine()).as(errors(childErrors)).isEqualTo("read 1");
                assertThat(out.readLine()).as(errors(childErrors)).isEqualTo("wrote");

                Optional<Photo> childPhoto = daemon.inTransaction(tx -> tx.photos().find(FLICKR, "child-1"));
                assertThat(childPhoto).isPresent();
                daemon.useTransaction(tx -> StoreFixtures.photo(tx, FLICKR, "daemon-2"));
                in.write("check\n");
                in.flush();

                assertThat(out.readLine()).as(errors(childErrors)).isEqualTo("read 3");
                assertThat(out.readLine()).as(errors(childErrors)).isEqualTo("closed");
                assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
                assertThat(child.exitValue()).as(errors(childErrors)).isZero();
            } finally {
                child.destroyForcibly();
            }
            List<Photo> photos = daemon.inTransaction(tx -> tx.photos().inState(FLICKR, PhotoState.DISCOVERED, 10));
            assertThat(photos).extracting(Photo::remoteId).containsExactly("daemon-1", "child-1", "daemon-2");
        }
    }

    private static Process startChild(String url, Path errors) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        return new ProcessBuilder(java, "-D" + H2BindAddress.PROPERTY + "=" + H2BindAddress.LOOPBACK, "-cp", classPath,
                StoreClientMain.class.getName(), url, FLICKR)
                .redirectError(errors.toFile())
                .start();
    }

    private static String errors(Path file) {
        try {
            return "child stderr:\n" + (Files.exists(file) ? Files.readString(file) : "(none)");
        } catch (java.io.IOException e) {
            return "child stderr unreadable: " + e;
        }
    }
}
