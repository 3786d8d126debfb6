package dev.autocaption.config;

import java.util.Objects;

/**
 * A credential value (API key, token, secret) that never shows itself in {@link #toString()}, so that records
 * holding it can be logged, printed and put into exception messages safely.
 *
 * <p>Immutable and thread-safe. The value is never null or blank; absent credentials are represented by a null
 * {@code Secret} reference in the owning record.
 */
public final class Secret {
    /** What {@link #toString()} prints instead of the value. */
    public static final String MASK = "********";

    private final String value;

    private Secret(String value) {
        this.value = value;
    }

    /**
     * Wraps a credential value.
     *
     * @throws IllegalArgumentException if the value is null or blank (the message never contains the value)
     */
    public static Secret of(String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("a secret must not be null or blank");
        }
        return new Secret(value);
    }

    /** The real value: pass it straight to the SDK that needs it, never to a logger. */
    public String reveal() {
        return value;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Secret secret && secret.value.equals(value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(value);
    }

    @Override
    public String toString() {
        return MASK;
    }
}
