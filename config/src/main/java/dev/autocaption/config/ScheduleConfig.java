package dev.autocaption.config;

import java.time.Duration;
import java.util.Objects;

/**
 * When accounts are polled ({@code schedule:} section, overridable per account). Exactly one of the two is set.
 *
 * @param interval the time between cycles (at least one minute), or null when {@code cron} is set
 * @param cron     a Quartz cron expression (seconds first), or null when {@code interval} is set
 */
public record ScheduleConfig(Duration interval, String cron) {
    /** Flickr and Facebook are polled, not pushed: faster than this only burns the API budget. */
    public static final Duration MIN_INTERVAL = Duration.ofMinutes(1);

    public ScheduleConfig {
        if ((interval == null) == (cron == null)) {
            throw new IllegalArgumentException("exactly one of interval and cron must be set, was interval="
                    + interval + ", cron=" + cron);
        }
        if (interval != null && interval.compareTo(MIN_INTERVAL) < 0) {
            throw new IllegalArgumentException("interval must be at least 1m, was " + interval);
        }
    }

    public static ScheduleConfig every(Duration interval) {
        return new ScheduleConfig(Objects.requireNonNull(interval, "interval"), null);
    }

    public static ScheduleConfig cron(String expression) {
        return new ScheduleConfig(null, Objects.requireNonNull(expression, "expression"));
    }

    public static ScheduleConfig defaults() {
        return every(Duration.ofMinutes(15));
    }
}
