package dev.autocaption.config;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The duration syntax of the config file: {@code 30s}, {@code 15m}, {@code 1h}, {@code 1h30m}, {@code 2d}
 * (units in the order d, h, m, s, each at most once), or ISO-8601 such as {@code PT15M}. Stateless.
 */
public final class DurationFormat {
    /** Shown in error messages. */
    public static final String EXAMPLES = "30s, 15m, 1h30m, 2d or PT15M";

    private static final Pattern SHORT = Pattern.compile("(?:(\\d+)d)?(?:(\\d+)h)?(?:(\\d+)m)?(?:(\\d+)s)?");

    private DurationFormat() {
    }

    /**
     * Parses a duration.
     *
     * @throws IllegalArgumentException when the text is not a duration; the message contains the text
     */
    public static Duration parse(String text) {
        String trimmed = text.strip();
        try {
            if (trimmed.startsWith("P") || trimmed.startsWith("p")) {
                return Duration.parse(trimmed.toUpperCase(Locale.ROOT));
            }
            Matcher matcher = SHORT.matcher(trimmed);
            if (trimmed.isEmpty() || !matcher.matches()) {
                throw new IllegalArgumentException("expected a duration such as " + EXAMPLES + ", was " + text);
            }
            return Duration.ofDays(number(matcher.group(1)))
                    .plusHours(number(matcher.group(2)))
                    .plusMinutes(number(matcher.group(3)))
                    .plusSeconds(number(matcher.group(4)));
        } catch (DateTimeParseException | ArithmeticException | NumberFormatException e) {
            throw new IllegalArgumentException("expected a duration such as " + EXAMPLES + ", was " + text, e);
        }
    }

    /** The shortest form {@link #parse} reads back, e.g. {@code 1h30m}; ISO-8601 for negative or sub-second values. */
    public static String format(Duration duration) {
        if (duration.isNegative() || duration.getNano() != 0) {
            return duration.toString();
        }
        if (duration.isZero()) {
            return "0s";
        }
        long seconds = duration.getSeconds();
        StringBuilder out = new StringBuilder();
        append(out, seconds / 86_400, 'd');
        append(out, seconds % 86_400 / 3_600, 'h');
        append(out, seconds % 3_600 / 60, 'm');
        append(out, seconds % 60, 's');
        return out.toString();
    }

    private static long number(String digits) {
        return digits == null ? 0 : Long.parseLong(digits);
    }

    private static void append(StringBuilder out, long amount, char unit) {
        if (amount != 0) {
            out.append(amount).append(unit);
        }
    }
}
