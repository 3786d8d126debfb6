package dev.autocaption.config;

import java.util.List;
import java.util.Objects;

/**
 * The kind of value one of a platform's own account keys ({@link PlatformSpec#ownKeyKinds()}) holds, so that the
 * config loader can read and check it without knowing the platform: the problem line says what was seen and what
 * was expected, and the value lands in {@link AccountConfig#settings()} already typed.
 *
 * @param kind    how the value is read
 * @param choices for {@link Kind#CHOICE}, the allowed spellings in the order problems list them; else empty
 */
public record SettingKind(Kind kind, List<String> choices) {
    /** {@code [A-Za-z0-9._-]+}, read as text (e.g. a Facebook {@code page-id}). */
    public static final SettingKind IDENTIFIER = new SettingKind(Kind.IDENTIFIER, List.of());
    /** Any text. */
    public static final SettingKind TEXT = new SettingKind(Kind.TEXT, List.of());
    /** A directory that must exist when the config is loaded; relative paths are resolved against the file's. */
    public static final SettingKind DIRECTORY = new SettingKind(Kind.DIRECTORY, List.of());
    /** A list of {@code java.nio} globs, each checked for syntax. */
    public static final SettingKind GLOBS = new SettingKind(Kind.GLOBS, List.of());
    /** {@code true} or {@code false}. */
    public static final SettingKind BOOLEAN = new SettingKind(Kind.BOOLEAN, List.of());

    /** How a value is read; {@link AccountSettings} returns it as the Java type named here. */
    public enum Kind {
        /** a {@code String} */
        IDENTIFIER,
        /** a {@code String} */
        TEXT,
        /** a {@code String}, one of {@link SettingKind#choices()} */
        CHOICE,
        /** an absolute, normalised {@code Path} */
        DIRECTORY,
        /** a {@code List<String>} */
        GLOBS,
        /** a {@code Boolean} */
        BOOLEAN
    }

    public SettingKind {
        Objects.requireNonNull(kind, "kind");
        choices = List.copyOf(Objects.requireNonNull(choices, "choices"));
        if ((kind == Kind.CHOICE) == choices.isEmpty()) {
            throw new IllegalArgumentException("choices must be given for CHOICE and only for it, was " + kind + " "
                    + choices);
        }
    }

    /** One of the given spellings. */
    public static SettingKind choice(String... choices) {
        return new SettingKind(Kind.CHOICE, List.of(choices));
    }
}
