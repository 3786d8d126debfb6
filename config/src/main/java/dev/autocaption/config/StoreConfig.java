package dev.autocaption.config;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Where the bot keeps its state.
 *
 * <p>A password given in the URL ({@code ;PASSWORD=…} for H2, {@code password=…} for most other drivers) is never
 * printed: {@link #toString()} and {@link #maskedUrl()} replace it with {@code ***}. Without one, an embedded H2
 * store gets a generated login kept beside its files (see the store module).
 *
 * @param url a JDBC URL; by default an embedded H2 file ({@code jdbc:h2:file:./data/autocaption})
 */
public record StoreConfig(String url) {
    /** The default: an H2 file under {@code ./data}. */
    public static final String DEFAULT_URL = "jdbc:h2:file:./data/autocaption";

    private static final Pattern PASSWORD = Pattern.compile("(?i)(password=)[^;&]*");

    public StoreConfig {
        Objects.requireNonNull(url, "url");
        if (!url.startsWith("jdbc:")) {
            throw new IllegalArgumentException("url must start with jdbc:, was " + mask(url));
        }
    }

    public static StoreConfig defaults() {
        return new StoreConfig(DEFAULT_URL);
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
        return "StoreConfig[url=" + maskedUrl() + "]";
    }
}
