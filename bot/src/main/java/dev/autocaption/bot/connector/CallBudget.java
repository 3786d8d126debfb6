package dev.autocaption.bot.connector;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A token bucket: at most {@code capacity} calls per {@code period}, refilled continuously. One instance is
 * shared by every account that uses the same API key (Flickr allows 3,600 calls per hour per key). Thread-safe.
 */
public final class CallBudget {

    private final Clock clock;
    private final int capacity;
    private final double perNano;
    private double tokens;
    private Instant last;

    public CallBudget(int capacity, Duration period, Clock clock) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1, was " + capacity);
        }
        if (period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException("period must be positive, was " + period);
        }
        this.clock = Objects.requireNonNull(clock, "clock");
        this.capacity = capacity;
        this.perNano = capacity / (double) period.toNanos();
        this.tokens = capacity;
        this.last = clock.instant();
    }

    /** Flickr's published limit: 3,600 calls per hour per API key. */
    public static CallBudget flickrDefault(Clock clock) {
        return new CallBudget(3600, Duration.ofHours(1), clock);
    }

    /**
     * Takes one call if one is available.
     *
     * @return zero when the call may go ahead, else how long until one is available (nothing was taken)
     */
    public synchronized Duration tryTake() {
        refill();
        if (tokens >= 1) {
            tokens -= 1;
            return Duration.ZERO;
        }
        return Duration.ofNanos((long) Math.ceil((1 - tokens) / perNano));
    }

    /** Calls available now (rounded down). */
    public synchronized int available() {
        refill();
        return (int) tokens;
    }

    /** Calls per period when full. */
    public int capacity() {
        return capacity;
    }

    private void refill() {
        Instant now = clock.instant();
        long elapsed = Duration.between(last, now).toNanos();
        if (elapsed > 0) {
            tokens = Math.min(capacity, tokens + elapsed * perNano);
            last = now;
        }
    }

    @Override
    public synchronized String toString() {
        return "CallBudget[capacity=" + capacity + ", available=" + (int) tokens + "]";
    }
}
