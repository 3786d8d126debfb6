package dev.autocaption.bot.cli;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Times as a person reads them in tables: a past time as an age ("3 min ago"), a future one as local time with
 * how far off it is ("14:05, in 12 min"). JSON output keeps ISO-8601 instants instead. Stateless.
 */
final class TimeText {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private TimeText() {
    }

    /** "just now", "42 s ago", "3 min ago", "5 h ago", "2 d ago"; null for null. */
    static String age(Instant then, Instant now) {
        if (then == null) {
            return null;
        }
        Duration age = Duration.between(then, now);
        return age.isNegative() ? "in " + span(age.negated()) : age.toSeconds() < 10 ? "just now" : span(age) + " ago";
    }

    /** "14:05 (in 12 min)" today, "2026-12-04 14:05 (in 2 d)" later; "now" once it has passed; null for null. */
    static String upcoming(Instant when, Instant now, ZoneId zone) {
        if (when == null) {
            return null;
        }
        if (!when.isAfter(now)) {
            return "now";
        }
        return local(when, now, zone) + " (in " + span(Duration.between(now, when)) + ")";
    }

    /** The local time, with the date unless it is today; null for null. */
    static String local(Instant when, Instant now, ZoneId zone) {
        if (when == null) {
            return null;
        }
        ZonedDateTime local = when.atZone(zone);
        boolean today = local.toLocalDate().equals(now.atZone(zone).toLocalDate());
        return local.format(today ? TIME : DATE_TIME);
    }

    private static String span(Duration duration) {
        long seconds = duration.toSeconds();
        if (seconds < 60) {
            return seconds + " s";
        }
        if (seconds < 3600) {
            return seconds / 60 + " min";
        }
        return seconds < 48 * 3600 ? seconds / 3600 + " h" : seconds / 86_400 + " d";
    }
}
