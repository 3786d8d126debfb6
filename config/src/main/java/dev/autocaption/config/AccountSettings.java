package dev.autocaption.config;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The values of a platform's own account keys ({@link PlatformSpec#ownKeys()}) that the file gave, typed by their
 * {@link SettingKind}: {@code String} (identifier, text, choice), {@code Path} (directory), {@code List<String>}
 * (globs) or {@code Boolean}. Keys that were not given are absent; their defaults are the platform's business.
 * Holds no secrets (those are {@link Credentials}).
 *
 * @param values key → value, in the order the spec lists the keys
 */
public record AccountSettings(Map<String, Object> values) {
    private static final AccountSettings NONE = new AccountSettings(Map.of());

    public AccountSettings {
        Objects.requireNonNull(values, "values");
        Map<String, Object> copy = new LinkedHashMap<>();
        values.forEach((key, value) -> copy.put(Objects.requireNonNull(key, "key"), immutable(key, value)));
        values = java.util.Collections.unmodifiableMap(copy);
    }

    public static AccountSettings none() {
        return NONE;
    }

    /** The same settings with one more (or another) value. */
    public AccountSettings with(String key, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(values);
        copy.put(key, value);
        return new AccountSettings(copy);
    }

    public boolean has(String key) {
        return values.containsKey(key);
    }

    /** A text, identifier or choice value, or null when not given. */
    public String text(String key) {
        return typed(key, String.class);
    }

    /** A directory value, or null when not given. */
    public Path path(String key) {
        return typed(key, Path.class);
    }

    /** A list value, or the empty list when not given. */
    @SuppressWarnings("unchecked")
    public List<String> list(String key) {
        List<String> value = typed(key, List.class);
        return value == null ? List.of() : value;
    }

    /** A boolean value, or {@code fallback} when not given. */
    public boolean bool(String key, boolean fallback) {
        Boolean value = typed(key, Boolean.class);
        return value == null ? fallback : value;
    }

    private <T> T typed(String key, Class<T> type) {
        Object value = values.get(key);
        if (value != null && !type.isInstance(value)) {
            throw new IllegalArgumentException("setting " + key + " is a " + value.getClass().getSimpleName()
                    + ", not a " + type.getSimpleName());
        }
        return type.cast(value);
    }

    private static Object immutable(String key, Object value) {
        Objects.requireNonNull(value, () -> "value of " + key);
        if (value instanceof List<?> list) {
            return List.copyOf(list.stream().map(String.class::cast).toList());
        }
        if (value instanceof String || value instanceof Path || value instanceof Boolean) {
            return value;
        }
        throw new IllegalArgumentException("setting " + key + " must be a String, Path, List<String> or Boolean, was "
                + value.getClass().getSimpleName());
    }
}
