package dev.autocaption.config;

/**
 * One value is wrong. The message says what is allowed and what was found, without the key path, which the
 * {@link Section} that read the value adds. Internal: it never leaves the package, every one becomes a line of a
 * {@link ConfigException}.
 */
final class InvalidValueException extends Exception {
    InvalidValueException(String message) {
        super(message);
    }
}
