package dev.autocaption.config;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Where the bot keeps its state. Knows the one thing about H2 URLs the rest of the bot needs: which of them name
 * an embedded database file, and where that file is.
 *
 * <p>A password given in the URL ({@code ;PASSWORD=…} for H2, {@code password=…} for most other drivers) is never
 * printed: {@link #toString()} and {@link #maskedUrl()} replace it with {@code ***}. Without one, an embedded H2
 * store gets a generated login kept beside its files (see the store module).
 *
 * <p>A PostgreSQL URL ({@code jdbc:postgresql://host:5432/db}) is reached through a connection pool of at most
 * {@code poolSize} connections; its login is {@code user}/{@code password} (or what the URL itself says).
 *
 * @param url      a JDBC URL; by default an embedded H2 file ({@code jdbc:h2:file:./data/autocaption})
 * @param user     the database user; null for what the URL says (or, for an embedded H2 file, the generated login)
 * @param password that user's password; null for none beyond what the URL says. Printed as {@link Secret#MASK}
 * @param poolSize at most this many connections to a server database (PostgreSQL), 1 to {@value #MAX_POOL_SIZE}
 */
public record StoreConfig(String url, String user, Secret password, int poolSize) {
    /** The default: an H2 file under {@code ./data}. */
    public static final String DEFAULT_URL = "jdbc:h2:file:./data/autocaption";
    /** Connections to a server database unless {@code store.pool-size} says otherwise. */
    public static final int DEFAULT_POOL_SIZE = 10;
    /** The largest {@code store.pool-size}. */
    public static final int MAX_POOL_SIZE = 200;
    private static final String POSTGRESQL = "jdbc:postgresql:";
    private static final String H2 = "jdbc:h2:";
    private static final String FILE = "file:";

    private static final Pattern PASSWORD = Pattern.compile("(?i)(password=)[^;&]*");

    public StoreConfig {
        Objects.requireNonNull(url, "url");
        if (!url.startsWith("jdbc:")) {
            throw new IllegalArgumentException("url must start with jdbc:, was " + mask(url));
        }
        if (user != null && user.isBlank()) {
            throw new IllegalArgumentException("user must be null or not blank");
        }
        if (poolSize < 1 || poolSize > MAX_POOL_SIZE) {
            throw new IllegalArgumentException("poolSize must be 1 to " + MAX_POOL_SIZE + ", was " + poolSize);
        }
    }

    /** A store at {@code url} with the URL's own login and the default pool size. */
    public StoreConfig(String url) {
        this(url, null, null, DEFAULT_POOL_SIZE);
    }

    public static StoreConfig defaults() {
        return new StoreConfig(DEFAULT_URL);
    }

    /** True for a PostgreSQL URL ({@code jdbc:postgresql:...}). */
    public boolean isPostgreSql() {
        return url.toLowerCase(Locale.ROOT).startsWith(POSTGRESQL);
    }

    /** The URL with any password in it replaced by {@code ***}, for messages, logs and printed config. */
    public String maskedUrl() {
        return mask(url);
    }

    /** {@code url} with any {@code password=} value replaced by {@code ***}. */
    public static String mask(String url) {
        return PASSWORD.matcher(url).replaceAll("$1***");
    }

    @Override
    public String toString() {
        return "StoreConfig[url=" + maskedUrl() + ", user=" + user + ", password=" + (password == null ? null : Secret.MASK)
                + ", poolSize=" + poolSize + "]";
    }

    /**
     * The embedded H2 database this URL names, as H2 spells it (without the {@code .mv.db} suffix); null for every
     * other URL: in-memory, server ({@code tcp:}, {@code ssl:}), archive ({@code zip:}) and non-H2 ones. A
     * {@code ~} means the user's home directory, as in H2; a relative path is returned as it is.
     */
    public Path h2File() {
        String name = h2Name();
        if (name == null) {
            return null;
        }
        try {
            return name.startsWith("~") ? Path.of(System.getProperty("user.home"), name.substring(1)) : Path.of(name);
        } catch (InvalidPathException e) {
            return null;
        }
    }

    /** The file an embedded H2 database keeps its data in ({@link #h2File()} + {@code .mv.db}); null as there. */
    public Path h2DataFile() {
        Path file = h2File();
        return file == null ? null : file.resolveSibling(file.getFileName() + ".mv.db");
    }

    /**
     * The directory the embedded H2 database lives in, where the bot keeps its other files of this machine (such
     * as the {@code model.precision: auto} decision); null for every store that is not an embedded H2 file.
     */
    public Path dataDirectory() {
        Path file = h2File();
        return file == null ? null : file.toAbsolutePath().normalize().getParent();
    }

    /**
     * This store with a relative embedded H2 file path made absolute against {@code directory} (H2 itself would
     * take it relative to the process's working directory); other URLs are returned unchanged.
     */
    public StoreConfig resolvedAgainst(Path directory) {
        Path file = h2File();
        if (file == null || file.isAbsolute() || h2Name().startsWith("~")) {
            return this;
        }
        String rest = url.substring(H2.length());
        String settings = rest.contains(";") ? rest.substring(rest.indexOf(';')) : "";
        return new StoreConfig(H2 + FILE + directory.resolve(file).normalize() + settings, user, password, poolSize);
    }

    /** The database name part of an embedded H2 file URL, or null. */
    private String h2Name() {
        if (!url.toLowerCase(Locale.ROOT).startsWith(H2)) {
            return null;
        }
        String rest = url.substring(H2.length());
        String lower = rest.toLowerCase(Locale.ROOT);
        if (lower.startsWith("mem:") || lower.startsWith("tcp:") || lower.startsWith("ssl:")
                || lower.startsWith("zip:")) {
            return null;
        }
        String name = lower.startsWith(FILE) ? rest.substring(FILE.length()) : rest;
        int settings = name.indexOf(';');
        name = settings < 0 ? name : name.substring(0, settings);
        return name.isBlank() ? null : name;
    }
}
