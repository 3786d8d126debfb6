package dev.autocaption.bot.cli;

import dev.autocaption.config.DurationFormat;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * Parses the times people type for {@code --since}/{@code --until}: an instant ({@code 2026-11-01T10:00:00Z}),
 * a date ({@code 2026-11-01}, midnight UTC) or an age ({@code 7d}, {@code 12h}: that long before now).
 */
final class TimeArgument {
    private TimeArgument() {
    }

    static Instant parse(String option, String text, Clock clock) {
        if (text == null) {
            return null;
        }
        try {
            if (text.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            if (text.contains("T")) {
                return Instant.parse(text);
            }
            Duration age = DurationFormat.parse(text);
            return clock.instant().minus(age);
        } catch (DateTimeParseException | IllegalArgumentException e) {
            throw new CommandFailure(ExitCode.USAGE, option + ": expected a date (2026-11-01), an instant "
                    + "(2026-11-01T10:00:00Z) or an age (" + DurationFormat.EXAMPLES + "), was " + text);
        }
    }
}
