package dev.autocaption.config;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A configuration and where it came from, as {@link ConfigLoader#load} found it.
 *
 * @param config the resolved configuration
 * @param source the file it was read from, or null when no file was found and the built-in defaults apply
 */
public record LoadedConfig(BotConfig config, Path source) {
    /** What {@link #describeSource()} says when no file was found. */
    public static final String DEFAULTS_DESCRIPTION = "built-in defaults (no autocaption.yaml found)";

    public LoadedConfig {
        Objects.requireNonNull(config, "config");
    }

    /** For messages such as "configuration from ...": the file, or that the built-in defaults apply. */
    public String describeSource() {
        return source == null ? DEFAULTS_DESCRIPTION : source.toString();
    }
}
