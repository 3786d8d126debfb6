package dev.autocaption.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The {@link Converter}s for every value type the config file holds. Stateless. */
final class Values {
    private Values() {
    }

    /** Like the given converter, but YAML null, or an empty {@code ${...}} substitution, reads as null. */
    static <T> Converter<T> nullable(Converter<T> converter) {
        return value -> value.isNull() || (value.replaced() && value.text().isEmpty()) ? null
                : converter.convert(value);
    }

    static Converter<Integer> integer(int min, int max) {
        return value -> (int) integral(value, min, max);
    }

    static Converter<Long> longInteger(long min, long max) {
        return value -> integral(value, min, max);
    }

    private static long integral(Value value, long min, long max) throws InvalidValueException {
        Long number = null;
        if (value.node().isIntegralNumber()) {
            if (!value.node().canConvertToLong()) {
                throw new InvalidValueException(range(min, max) + ", was " + value.describe());
            }
            number = value.node().longValue();
        } else if (value.replaced()) {
            number = parseOrNull(value.text().strip(), Long::valueOf);
        }
        if (number == null) {
            throw new InvalidValueException("must be an integer, was " + value.describe());
        }
        if (number < min || number > max) {
            throw new InvalidValueException(range(min, max) + ", was " + value.describe());
        }
        return number;
    }

    static Converter<Double> decimal(double min, double max) {
        return value -> {
            Double number = value.node().isNumber() ? Double.valueOf(value.node().doubleValue())
                    : value.replaced() ? parseOrNull(value.text().strip(), Double::valueOf) : null;
            if (number == null || number.isNaN()) {
                throw new InvalidValueException("must be a number, was " + value.describe());
            }
            if (number < min || number > max) {
                throw new InvalidValueException(
                        "must be in [" + plain(min) + ", " + plain(max) + "], was " + value.describe());
            }
            return number;
        };
    }

    static Converter<Boolean> bool() {
        return value -> {
            if (value.node().isBoolean()) {
                return value.node().booleanValue();
            }
            if (value.replaced() && (value.text().equals("true") || value.text().equals("false"))) {
                return Boolean.valueOf(value.text());
            }
            throw new InvalidValueException("must be true or false, was " + value.describe());
        };
    }

    /** A string; blank strings are refused. */
    static Converter<String> text() {
        return value -> {
            if (!value.isText()) {
                throw new InvalidValueException("must be a string, was " + value.describe());
            }
            if (value.text().isBlank()) {
                throw new InvalidValueException("must not be empty");
            }
            return value.text();
        };
    }

    /** A remote id: a string, or an unquoted whole number (Facebook ids and Flickr set ids are digits). */
    static Converter<String> identifier() {
        return value -> value.node().isIntegralNumber() ? value.node().asText() : text().convert(value);
    }

    static <E extends Enum<E>> Converter<E> choice(E[] choices, Function<E, String> configName) {
        return value -> {
            for (E choice : choices) {
                if (value.isText() && configName.apply(choice).equals(value.text())) {
                    return choice;
                }
            }
            throw new InvalidValueException("must be one of " + names(choices, configName) + ", was "
                    + value.describe());
        };
    }

    static <E extends Enum<E>> String names(E[] choices, Function<E, String> configName) {
        return Arrays.stream(choices).map(configName).collect(Collectors.joining(", "));
    }

    static Converter<Duration> duration() {
        return value -> {
            try {
                if (value.isText()) {
                    return DurationFormat.parse(value.text());
                }
            } catch (IllegalArgumentException e) {
                // reported below, with the value as this class describes it
            }
            throw new InvalidValueException("must be a duration such as " + DurationFormat.EXAMPLES + ", was "
                    + value.describe());
        };
    }

    /** An instant: {@code 2026-01-01T00:00:00Z}, with an offset instead of Z, or a date (midnight UTC). */
    static Converter<Instant> instant() {
        return value -> {
            String text = value.isText() ? value.text().strip() : "";
            Instant instant = parseOrNull(text, s -> OffsetDateTime.parse(s).toInstant());
            if (instant == null) {
                instant = parseOrNull(text, s -> LocalDate.parse(s).atStartOfDay().toInstant(ZoneOffset.UTC));
            }
            if (instant == null) {
                throw new InvalidValueException(
                        "must be a date-time such as 2026-01-01T00:00:00Z or a date such as 2026-01-01, was "
                                + value.describe());
            }
            return instant;
        };
    }

    static Converter<URI> httpUrl() {
        return value -> {
            URI uri = value.isText() ? parseOrNull(value.text().strip(), Values::uri) : null;
            boolean http = uri != null && ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()));
            if (!http || uri.getHost() == null) {
                throw new InvalidValueException("must be an absolute http or https URL, was " + value.describe());
            }
            return uri;
        };
    }

    /** A file path; relative paths are resolved against the given directory. */
    static Converter<Path> path(Path baseDirectory) {
        return value -> {
            String text = text().convert(value);
            Path path = parseOrNull(text, Path::of);
            if (path == null) {
                throw new InvalidValueException("must be a file path, was " + value.describe());
            }
            return baseDirectory.resolve(path).normalize();
        };
    }

    static Converter<Secret> secret() {
        return value -> Secret.of(text().convert(value));
    }

    private static URI uri(String text) {
        try {
            return new URI(text);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static <T> T parseOrNull(String text, Function<String, T> parser) {
        try {
            return parser.apply(text);
        } catch (IllegalArgumentException | DateTimeParseException e) {
            return null;
        }
    }

    static String range(long min, long max) {
        return max == Long.MAX_VALUE ? "must be at least " + min : "must be in [" + min + ", " + max + "]";
    }

    /** 1.0 as "1", 0.6 as "0.6". */
    static String plain(double number) {
        return number == Math.rint(number) && Math.abs(number) < 1e15 ? Long.toString((long) number)
                : Double.toString(number);
    }
}
