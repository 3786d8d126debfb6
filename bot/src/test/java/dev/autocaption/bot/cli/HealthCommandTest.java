package dev.autocaption.bot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.autocaption.config.WebConfig;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HealthCommandTest {
    @TempDir
    Path dir;

    @Test
    void aPageThatAnswersOnHealthIsAlive() throws Exception {
        HttpServer page = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        page.createContext("/health", exchange -> {
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        page.start();
        try {
            int port = page.getAddress().getPort();
            CliRun run = CliRun.of(dir, "--config", config(port).toString(), "health");

            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(run.out()).isEqualTo("alive: http://127.0.0.1:" + port + "/health answered ok\n");
        } finally {
            page.stop(0);
        }
    }

    @Test
    void nothingListeningIsNotAlive() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = free.getLocalPort();
        }

        CliRun run = CliRun.of(dir, "--config", config(port).toString(), "health");

        assertThat(run.exitCode()).isEqualTo(ExitCode.PARTIAL_FAILURE);
        assertThat(run.out()).startsWith("not alive: nothing answers at http://127.0.0.1:" + port + "/health (");
    }

    @Test
    void withoutThePageTheDaemonsHeartbeatIsRead() throws Exception {
        Path config = Files.writeString(dir.resolve("autocaption.yaml"), "store: { url: \"jdbc:h2:file:"
                + dir.resolve("data/autocaption") + "\" }\n");
        CliRun.of(dir, "--config", config.toString(), "db", "migrate");

        CliRun run = CliRun.of(dir, "--config", config.toString(), "health");

        assertThat(run.exitCode()).isEqualTo(ExitCode.PARTIAL_FAILURE);
        assertThat(run.out()).isEqualTo("not alive: no daemon holds the store (web.enabled is false, so the "
                + "heartbeat was read)\n");
    }

    @Test
    void aPageBoundToEveryAddressIsAskedOnLoopback() {
        assertThat(HealthCommand.healthUri(new WebConfig("0.0.0.0", 9000, true,
                dev.autocaption.config.Secret.of("a-token-of-sixteen-chars"), null)))
                .isEqualTo(URI.create("http://127.0.0.1:9000/health"));
    }

    private Path config(int port) throws Exception {
        return Files.writeString(dir.resolve("autocaption.yaml"), "web: { enabled: true, port: " + port + " }\n");
    }
}
