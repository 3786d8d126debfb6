package dev.autocaption.bot.web;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Times as the pages show them: local date and time to the second, and how long ago or until. Stateless. */
final class Times {
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss z");

    private Times() {
    }

    /** {@code 2026-01-01 12:00:03 UTC (5 min ago)}; {@code —} for null. */
    static String at(Instant instant, Instant now, ZoneId zone) {
        if (instant == null) {
            return "—";
        }
        return FORMAT.format(instant.atZone(zone)) + " (" + relative(instant, now) + ")";
    }

    static String relative(Instant instant, Instant now) {
        Duration d = Duration.between(instant, now);
        boolean past = !d.isNegative();
        long s = Math.abs(d.toSeconds());
        String span = s < 60 ? s + " s" : s < 3600 ? s / 60 + " min" : s < 86_400 ? s / 3600 + " h" : s / 86_400 + " d";
        return past ? span + " ago" : "in " + span;
    }
}
