package dev.autocaption.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The TCP sockets a process listens on, as Linux reports them: the listening entries of {@code /proc/PID/net/tcp}
 * and {@code tcp6} whose inode is one of the process's open files ({@code /proc/PID/fd/* -> socket:[inode]}), so
 * sockets of other processes in the same network namespace are not counted. Linux only.
 */
public final class ListeningSockets {
    private static final String LISTEN = "0A";
    private static final Pattern SOCKET = Pattern.compile("socket:\\[(\\d+)]");

    private ListeningSockets() {
    }

    /** The sockets this JVM listens on. */
    public static List<InetSocketAddress> ofThisProcess() {
        return of(ProcessHandle.current().pid());
    }

    /** The sockets process {@code pid} listens on (it must belong to the same user). */
    public static List<InetSocketAddress> of(long pid) {
        Path proc = Path.of("/proc", Long.toString(pid));
        Set<String> inodes = socketInodes(proc.resolve("fd"));
        List<InetSocketAddress> listening = new ArrayList<>();
        for (String table : List.of("tcp", "tcp6")) {
            for (String line : lines(proc.resolve("net").resolve(table))) {
                String[] fields = line.trim().split("\\s+");
                if (fields.length > 9 && LISTEN.equals(fields[3]) && inodes.contains(fields[9])) {
                    listening.add(address(fields[1]));
                }
            }
        }
        return listening;
    }

    /** Those of {@code sockets} whose address is not a loopback address (0.0.0.0 and :: included). */
    public static List<InetSocketAddress> beyondLoopback(List<InetSocketAddress> sockets) {
        return sockets.stream().filter(socket -> !socket.getAddress().isLoopbackAddress()).toList();
    }

    private static Set<String> socketInodes(Path fds) {
        Set<String> inodes = new HashSet<>();
        try (Stream<Path> links = Files.list(fds)) {
            for (Path link : links.toList()) {
                try {
                    Matcher socket = SOCKET.matcher(Files.readSymbolicLink(link).toString());
                    if (socket.matches()) {
                        inodes.add(socket.group(1));
                    }
                } catch (IOException closedMeanwhile) {
                    // a file closed while we list them is not a listening socket
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + fds, e);
        }
        return inodes;
    }

    private static List<String> lines(Path table) {
        try {
            return Files.exists(table) ? Files.readAllLines(table).stream().skip(1).toList() : List.of();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + table, e);
        }
    }

    /** {@code 0100007F:1F90} (IPv4) or 32 hex digits (IPv6), each 32-bit word in host (little-endian) order. */
    private static InetSocketAddress address(String field) {
        String[] parts = field.split(":");
        String hex = parts[0];
        byte[] bytes = new byte[hex.length() / 2];
        for (int word = 0; word < bytes.length / 4; word++) {
            for (int i = 0; i < 4; i++) {
                int at = word * 8 + (3 - i) * 2;
                bytes[word * 4 + i] = (byte) Integer.parseInt(hex.substring(at, at + 2), 16);
            }
        }
        try {
            return new InetSocketAddress(InetAddress.getByAddress(bytes), Integer.parseInt(parts[1], 16));
        } catch (UnknownHostException e) {
            throw new IllegalStateException("not an address in a /proc/net table: " + field, e);
        }
    }
}
