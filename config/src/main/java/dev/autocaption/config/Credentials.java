package dev.autocaption.config;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * An account's credentials ({@code accounts[].credentials}): the values by key, each a {@link Secret}. Which keys
 * a type takes is its {@link PlatformSpec#credentialKeys()}; a key not given (or not authorised yet) is absent.
 *
 * @param values the given values by credential key, in the order read; never null values
 */
public record Credentials(Map<String, Secret> values) {

    public Credentials {
        Objects.requireNonNull(values, "values");
        values.forEach((key, value) -> Objects.requireNonNull(value, "values[" + key + "]"));
        values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    public static Credentials none() {
        return new Credentials(Map.of());
    }

    /**
     * @param keysAndValues key, value, key, value, ...; a null value leaves its key out
     */
    public static Credentials of(Object... keysAndValues) {
        if (keysAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("keysAndValues must come in pairs, was " + keysAndValues.length
                    + " items");
        }
        Map<String, Secret> values = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            if (keysAndValues[i + 1] != null) {
                values.put((String) keysAndValues[i], (Secret) keysAndValues[i + 1]);
            }
        }
        return new Credentials(values);
    }

    /** The value of a key; null when it was not given. */
    public Secret get(String key) {
        return values.get(key);
    }

    /** These credentials with one key set (or removed, for a null value). */
    public Credentials with(String key, Secret value) {
        Map<String, Secret> changed = new LinkedHashMap<>(values);
        if (value == null) {
            changed.remove(key);
        } else {
            changed.put(key, value);
        }
        return new Credentials(changed);
    }
}
