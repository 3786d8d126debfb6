package dev.autocaption.bot.connector;

import java.util.Objects;

/**
 * How much of a platform's rate limit an account has left, as its connector last knew it.
 *
 * @param remaining the share of the limit still available, 0 to 1; null when the connector does not know
 * @param detail    what the figure is, for a person ({@code 3,412 of 3,600 calls per hour left on this API key})
 */
public record Headroom(Double remaining, String detail) {
    /** A connector that keeps no account of its calls. */
    public static final Headroom UNKNOWN = new Headroom(null, "not measured by this connector");

    public Headroom {
        Objects.requireNonNull(detail, "detail");
        if (remaining != null && !(remaining >= 0 && remaining <= 1)) {
            throw new IllegalArgumentException("remaining must be in [0, 1], was " + remaining);
        }
    }
}
