package dev.autocaption.store;

import dev.autocaption.config.StoreConfig;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/** A JDBC URL and the H2-specific knowledge about it: whether to add {@code AUTO_SERVER}, how to print it safely. */
record JdbcUrl(String value) {
    private static final Pattern PASSWORD = Pattern.compile("(?i)(password=)[^;&]*");

    JdbcUrl {
        Objects.requireNonNull(value, "value");
    }

    boolean isH2() {
        return lower().startsWith("jdbc:h2:");
    }

    /**
     * True for an embedded H2 database kept in files ({@code jdbc:h2:file:}, {@code jdbc:h2:./x}, {@code jdbc:h2:~/x});
     * false for in-memory, server ({@code tcp:}, {@code ssl:}) and read-only archive ({@code zip:}) URLs.
     */
    boolean isH2File() {
        return new StoreConfig(value).h2File() != null;
    }

    /**
     * Adds {@code ;AUTO_SERVER=TRUE} to embedded H2 file URLs, so that a second process (a CLI command next to the
     * daemon) can open the same file: the first process serves it over loopback TCP. URLs that already say
     * {@code AUTO_SERVER} are left alone.
     */
    JdbcUrl withAutoServer() {
        if (!isH2File() || lower().contains(";auto_server=")) {
            return this;
        }
        return new JdbcUrl(value + ";AUTO_SERVER=TRUE");
    }

    /** The URL with any password parameter masked, for messages and logs. */
    String masked() {
        return PASSWORD.matcher(value).replaceAll("$1***");
    }

    @Override
    public String toString() {
        return masked();
    }

    private String lower() {
        return value.toLowerCase(Locale.ROOT);
    }
}
