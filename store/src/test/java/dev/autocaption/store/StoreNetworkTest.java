package dev.autocaption.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.autocaption.config.StoreConfig;
import dev.autocaption.testing.ListeningSockets;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.Writer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** What of the store can be reached over the network: nothing beyond loopback, whichever way the JVM was started. */
@EnabledOnOs(OS.LINUX)
class StoreNetworkTest {
    private static final int CONNECT_TIMEOUT_MILLIS = 2000;

    @TempDir
    Path dir;

    @Test
    void sharedStoreListensOnLoopbackOnlyAndRefusesTheMachinesOtherAddresses() throws Exception {
        StoreConfig store = new StoreConfig("jdbc:h2:file:" + dir.resolve("data/autocaption"));
        try (Database database = Database.open(store)) {
            int port = serverPort(dir.resolve("data/autocaption.lock.db"));
            List<InetSocketAddress> listening = ListeningSockets.ofThisProcess();

            assertThat(database.url()).endsWith(";AUTO_SERVER=TRUE");
            assertThat(listening).extracting(InetSocketAddress::getPort).contains(port);
            assertThat(ListeningSockets.beyondLoopback(listening)).isEmpty();
            for (InetAddress address : otherAddressesOfThisMachine()) {
                assertThat(connects(address, port)).as("connect to %s port %d", address, port).isFalse();
            }
            assertThat(connects(InetAddress.getLoopbackAddress(), port)).isTrue();
        }
    }

    @Test
    void jvmWithoutALoopbackBindAddressHoldsTheStoreAloneAndListensNowhere() {
        assertTimeoutPreemptively(Duration.ofMinutes(2), () -> {
            String url = "jdbc:h2:file:" + dir.resolve("data/autocaption");
            Process holder = startHolder(url);
            try (BufferedReader out = reader(holder); Writer in = holder.outputWriter(StandardCharsets.UTF_8)) {
                assertThat(out.readLine()).as(errors()).isEqualTo("open " + url);
                assertThat(ListeningSockets.of(holder.pid())).isEmpty();

                assertThatThrownBy(() -> Database.open(new StoreConfig(url)))
                        .isInstanceOf(StoreException.class)
                        .hasMessage("the store " + url + ";AUTO_SERVER=TRUE is open in another process that does"
                                + " not share it (H2 shares a store only between JVMs started with"
                                + " -Dh2.bindAddress=127.0.0.1; this one binds to 127.0.0.1): stop that process, or"
                                + " start both with that option, as the autocaption launcher does");
                in.write("close\n");
                in.flush();
                assertThat(out.readLine()).as(errors()).isEqualTo("closed");
                assertThat(holder.waitFor(60, TimeUnit.SECONDS)).isTrue();
            } finally {
                holder.destroyForcibly();
            }
        });
    }

    private Process startHolder(String url) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        return new ProcessBuilder(java, "-cp", classPath, StoreHolderMain.class.getName(), url)
                .redirectError(dir.resolve("holder.err").toFile())
                .start();
    }

    private static BufferedReader reader(Process process) {
        return new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    }

    private String errors() throws IOException {
        Path file = dir.resolve("holder.err");
        return "holder stderr:\n" + (Files.exists(file) ? Files.readString(file) : "(none)");
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

    private static List<InetAddress> otherAddressesOfThisMachine() throws SocketException {
        return NetworkInterface.networkInterfaces()
                .filter(network -> !isLoopback(network))
                .flatMap(NetworkInterface::inetAddresses)
                .filter(address -> !address.isLoopbackAddress())
                .toList();
    }

    private static boolean isLoopback(NetworkInterface network) {
        try {
            return network.isLoopback() || !network.isUp();
        } catch (SocketException e) {
            return true;
        }
    }

    private static boolean connects(InetAddress address, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address, port), CONNECT_TIMEOUT_MILLIS);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
