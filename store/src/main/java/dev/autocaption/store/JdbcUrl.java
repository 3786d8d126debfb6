package dev.autocaption.store;

import dev.autocaption.config.StoreConfig;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A JDBC URL and the H2-specific knowledge about it: whether to add {@code AUTO_SERVER}, where an embedded store's
 * files are, whether it names its own login, how to print it safely.
 */
record JdbcUrl(String value) {
    private static final String H2 = "jdbc:h2:";
    /** A file-system prefix of H2 ({@code nio:}, {@code split:}, {@code memFS:} ...), but not a drive letter. */
    private static final Pattern FILE_SYSTEM_PREFIX = Pattern.compile("^[a-zA-Z][a-zA-Z0-9]+:.*");

    JdbcUrl {
        Objects.requireNonNull(value, "value");
    }

    boolean isH2() {
        return lower().startsWith(H2);
    }

    /**
     * True for an embedded H2 database kept in files ({@code jdbc:h2:file:}, {@code jdbc:h2:./x}, {@code jdbc:h2:~/x});
     * false for in-memory, server ({@code tcp:}, {@code ssl:}) and read-only archive ({@code zip:}) URLs.
     */
    boolean isH2File() {
        if (!isH2()) {
            return false;
        }
        String rest = lower().substring(H2.length());
        return !(rest.startsWith("mem:") || rest.startsWith("tcp:") || rest.startsWith("ssl:")
                || rest.startsWith("zip:"));
    }

    /**
     * Adds {@code ;AUTO_SERVER=TRUE} to an embedded H2 file URL when this JVM's H2 serves on loopback only, so that a
     * second process (a CLI command next to the daemon) can open the same file through the first one. Without a
     * loopback bind address H2 would listen on every address of the machine, so the URL is left exclusive: one
     * process at a time. URLs that already say {@code AUTO_SERVER} are left alone (the user chose).
     */
    JdbcUrl shared(H2BindAddress bindAddress) {
        if (!isH2File() || setsAutoServer() || !bindAddress.isLoopback()) {
            return this;
        }
        return new JdbcUrl(value + ";AUTO_SERVER=TRUE");
    }

    /** True when the URL itself sets {@code AUTO_SERVER} (to either value). */
    boolean setsAutoServer() {
        return lower().contains(";auto_server=");
    }

    /** True for an embedded file URL with {@code AUTO_SERVER=TRUE}: the process that opens it first listens on a port. */
    boolean servesOtherProcesses() {
        return isH2File() && lower().contains(";auto_server=true");
    }

    /** True when the URL names the login itself ({@code ;USER=} or {@code ;PASSWORD=}): it is used as given. */
    boolean namesLogin() {
        String lower = lower();
        return lower.contains(";user=") || lower.contains(";password=");
    }

    /**
     * The path of an embedded H2 store without H2's file extensions ({@code ./data/autocaption} for
     * {@code jdbc:h2:file:./data/autocaption;MODE=X}), absolute; {@code ~} is the user's home directory, as for H2.
     * Empty for anything but a plain file URL, including H2's other file systems ({@code nio:}, {@code split:}).
     */
    Optional<Path> h2FilePath() {
        if (!isH2File()) {
            return Optional.empty();
        }
        String rest = value.substring(H2.length());
        if (rest.toLowerCase(Locale.ROOT).startsWith("file:")) {
            rest = rest.substring("file:".length());
        }
        int settings = rest.indexOf(';');
        String path = settings < 0 ? rest : rest.substring(0, settings);
        if (path.isEmpty() || (FILE_SYSTEM_PREFIX.matcher(path).matches())) {
            return Optional.empty();
        }
        if (path.equals("~") || path.startsWith("~/") || path.startsWith("~\\")) {
            path = System.getProperty("user.home") + path.substring(1);
        }
        return Optional.of(Path.of(path).toAbsolutePath().normalize());
    }

    /** The URL with any password parameter masked, for messages and logs. */
    String masked() {
        return StoreConfig.mask(value);
    }

    @Override
    public String toString() {
        return masked();
    }

    private String lower() {
        return value.toLowerCase(Locale.ROOT);
    }
}
