package dev.autocaption.bot.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.autocaption.testing.FileModes;
import dev.autocaption.testing.ListeningSockets;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.Writer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The daemon as the launcher starts it ({@code -Dh2.bindAddress=127.0.0.1}), in its own JVM: what it listens on,
 * and what it leaves on disk, while a CLI command in this JVM uses the store beside it.
 */
@EnabledOnOs(OS.LINUX)
class DaemonNetworkTest {
    @TempDir
    Path dir;
    private DaemonCli cli;
    private Process daemon;
    private BufferedReader daemonOut;
    private Writer daemonIn;

    @BeforeEach
    void startDaemon() throws IOException {
        cli = new DaemonCli(dir, "review");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        daemon = new ProcessBuilder(java, "-Dh2.bindAddress=127.0.0.1", "-Xmx256m", "-cp", classPath,
                DaemonProcessMain.class.getName(), cli.config.toString())
                .redirectError(dir.resolve("daemon.err").toFile())
                .start();
        daemonOut = new BufferedReader(new InputStreamReader(daemon.getInputStream(), StandardCharsets.UTF_8));
        daemonIn = daemon.outputWriter(StandardCharsets.UTF_8);
    }

    @AfterEach
    void stopDaemon() throws Exception {
        try {
            daemonIn.write("stop\n");
            daemonIn.flush();
            daemon.waitFor(60, TimeUnit.SECONDS);
        } finally {
            daemon.destroyForcibly();
            cli.close();
        }
    }

    @Test
    void runningDaemonListensOnLoopbackOnlyWhileACommandBesideItReadsTheStore() {
        assertTimeoutPreemptively(Duration.ofMinutes(2), () -> {
            assertThat(daemonOut.readLine()).as(errors()).isEqualTo("ready");
            List<InetSocketAddress> listening = ListeningSockets.of(daemon.pid());

            CliRun history = cli.run("history", "--format", "csv");

            assertThat(listening).extracting(InetSocketAddress::getPort).as("the daemon serves the store on the port"
                    + " in its lock file").contains(serverPort(dir.resolve("db/autocaption.lock.db")));
            assertThat(ListeningSockets.beyondLoopback(listening)).isEmpty();
            assertThat(history.exitCode()).as(history.err()).isEqualTo(ExitCode.OK);
            assertThat(history.out()).startsWith(String.join(",", HistoryCommand.COLUMNS));
        });
    }

    @Test
    void runningDaemonKeepsItsStoreDirectoryAndFilesOwnerOnly() {
        assertTimeoutPreemptively(Duration.ofMinutes(2), () -> {
            assertThat(daemonOut.readLine()).as(errors()).isEqualTo("ready");

            assertThat(FileModes.under(dir.resolve("db"))).containsOnly(
                    Map.entry("", "rwx------"),
                    Map.entry("autocaption.mv.db", "rw-------"),
                    Map.entry("autocaption.lock.db", "rw-------"),
                    Map.entry("autocaption.login", "rw-------"));
        });
    }

    /** The port H2's AUTO_SERVER wrote into the lock file ({@code server=localhost:PORT}). */
    private static int serverPort(Path lockFile) throws IOException {
        Properties lock = new Properties();
        try (Reader in = Files.newBufferedReader(lockFile, StandardCharsets.ISO_8859_1)) {
            lock.load(in);
        }
        String server = lock.getProperty("server");
        return Integer.parseInt(server.substring(server.lastIndexOf(':') + 1));
    }

    private String errors() throws IOException {
        Path file = dir.resolve("daemon.err");
        return "daemon stderr:\n" + (Files.exists(file) ? Files.readString(file) : "(none)");
    }
}
