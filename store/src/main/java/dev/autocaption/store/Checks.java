package dev.autocaption.store;

import java.util.List;
import java.util.Objects;

/** Argument checks shared by the stored records; messages name the field and the value seen. */
final class Checks {
    private Checks() {
    }

    static String notBlank(String value, String field) {
        Objects.requireNonNull(value, field);
        if (value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
        return value;
    }

    static long positive(long value, String field) {
        if (value <= 0) {
            throw new IllegalArgumentException(field + " must be > 0, was " + value);
        }
        return value;
    }

    static int atLeast(int value, int min, String field) {
        if (value < min) {
            throw new IllegalArgumentException(field + " must be >= " + min + ", was " + value);
        }
        return value;
    }

    static double finite(double value, String field) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(field + " must be a finite number, was " + value);
        }
        return value;
    }

    /** Copies a list whose elements are stored one per line, so none may be null or contain a line break. */
    static List<String> lineList(List<String> values, String field) {
        Objects.requireNonNull(values, field);
        for (String value : values) {
            if (value == null || value.contains("\n") || value.contains("\r")) {
                throw new IllegalArgumentException(field + " elements must be non-null single-line strings, was "
                        + values);
            }
        }
        return List.copyOf(values);
    }
}
