package dev.autocaption.bot.connector;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * What every connector gets from the composition root besides its account: time, waiting and network timeouts.
 *
 * @param clock          the time source (tests move it by hand)
 * @param sleeper        how to pause when a platform asks us to slow down
 * @param connectTimeout TCP connect timeout for API calls and image downloads
 * @param readTimeout    read timeout for API calls and image downloads
 * @param imageDeadline  the longest one image download may take in all, however the server trickles its body
 *                       ({@code retry.photo-timeout}); past it the download is cut off as a transient failure
 */
public record ConnectorRuntime(Clock clock, Sleeper sleeper, Duration connectTimeout, Duration readTimeout,
                               Duration imageDeadline) {
    /** The image deadline when none is configured: {@code retry.photo-timeout}'s default. */
    public static final Duration DEFAULT_IMAGE_DEADLINE = Duration.ofMinutes(2);

    public ConnectorRuntime {
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(sleeper, "sleeper");
        requirePositive(connectTimeout, "connectTimeout");
        requirePositive(readTimeout, "readTimeout");
        requirePositive(imageDeadline, "imageDeadline");
    }

    /** With the default image deadline. */
    public ConnectorRuntime(Clock clock, Sleeper sleeper, Duration connectTimeout, Duration readTimeout) {
        this(clock, sleeper, connectTimeout, readTimeout, DEFAULT_IMAGE_DEADLINE);
    }

    /** The same runtime with another image deadline. */
    public ConnectorRuntime withImageDeadline(Duration deadline) {
        return new ConnectorRuntime(clock, sleeper, connectTimeout, readTimeout, deadline);
    }

    /** Production defaults: system clock, real sleeps, 10 s connect, 30 s read. */
    public static ConnectorRuntime system() {
        return new ConnectorRuntime(Clock.systemUTC(), Sleeper.SYSTEM, Duration.ofSeconds(10), Duration.ofSeconds(30));
    }

    private static void requirePositive(Duration value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(name + " must be positive, was " + value);
        }
    }
}
