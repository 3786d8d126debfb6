package dev.autocaption.config;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * How the daemon retries one photo whose download, decoding or write failed transiently ({@code retry:} section).
 * Such a failure stays on the photo: it keeps its state, counts the attempt and waits for its own next try, growing
 * {@code 1m, 5m, 30m, 2h, 12h}; the account goes on with its other photos. After {@code photoAttempts} attempts the
 * photo ends {@code failed} with the last reason ({@code autocaption retry} puts it back in line).
 *
 * @param photoAttempts attempts of one photo before it ends failed, 1..100
 * @param photoTimeout  the longest a cycle spends downloading one photo, whatever the server does (a stalled or
 *                      trickling body is cut off), 1s..1h
 */
public record RetryConfig(int photoAttempts, Duration photoTimeout) {
    /** The wait after the first, second, … failed attempt; the last one repeats. */
    public static final List<Duration> PHOTO_BACKOFF = List.of(Duration.ofMinutes(1), Duration.ofMinutes(5),
            Duration.ofMinutes(30), Duration.ofHours(2), Duration.ofHours(12));

    public RetryConfig {
        if (photoAttempts < 1 || photoAttempts > 100) {
            throw new IllegalArgumentException("photoAttempts must be in [1, 100], was " + photoAttempts);
        }
        Objects.requireNonNull(photoTimeout, "photoTimeout");
        if (photoTimeout.compareTo(Duration.ofSeconds(1)) < 0 || photoTimeout.compareTo(Duration.ofHours(1)) > 0) {
            throw new IllegalArgumentException("photoTimeout must be in [1s, 1h], was " + photoTimeout);
        }
    }

    public static RetryConfig defaults() {
        return new RetryConfig(5, Duration.ofMinutes(2));
    }

    /** How long a photo waits after its {@code attempt}th failed attempt (1 for the first). */
    public Duration backoffAfter(int attempt) {
        if (attempt < 1) {
            throw new IllegalArgumentException("attempt must be at least 1, was " + attempt);
        }
        return PHOTO_BACKOFF.get(Math.min(attempt, PHOTO_BACKOFF.size()) - 1);
    }
}
