package dev.autocaption.config;

import java.util.Objects;

/**
 * Where the bot keeps its state.
 *
 * @param url a JDBC URL; by default an embedded H2 file ({@code jdbc:h2:file:./data/autocaption})
 */
public record StoreConfig(String url) {
    /** The default: an H2 file under {@code ./data}. */
    public static final String DEFAULT_URL = "jdbc:h2:file:./data/autocaption";

    public StoreConfig {
        Objects.requireNonNull(url, "url");
        if (!url.startsWith("jdbc:")) {
            throw new IllegalArgumentException("url must start with jdbc:, was " + url);
        }
    }

    public static StoreConfig defaults() {
        return new StoreConfig(DEFAULT_URL);
    }
}
