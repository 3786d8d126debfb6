package dev.autocaption.config;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * Replaces {@code ${NAME}} and {@code ${NAME:-default}} in a string value with environment variables, and
 * {@code $$} with a literal {@code $}. As in a shell, the default applies when the variable is unset or empty.
 * A {@code $} followed by anything else stays as it is. Defaults are literal text up to the first {@code }}.
 *
 * <p>Immutable and thread-safe. Error messages name the variable but never contain the rest of the value, so they
 * are safe for values under {@code credentials}.
 */
final class EnvironmentSubstitution {
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final String DEFAULT_SEPARATOR = ":-";

    private final Map<String, String> environment;

    EnvironmentSubstitution(Map<String, String> environment) {
        this.environment = Map.copyOf(environment);
    }

    /**
     * The text with every reference replaced.
     *
     * @param text a scalar string value from the YAML file
     * @return the result, and whether any {@code ${...}} reference was replaced
     * @throws InvalidValueException for an unset variable without default, a bad name or an unclosed {@code ${}
     */
    Result apply(String text) throws InvalidValueException {
        StringBuilder out = new StringBuilder(text.length());
        boolean replaced = false;
        int i = 0;
        while (i < text.length()) {
            char next = i + 1 < text.length() ? text.charAt(i + 1) : 0;
            if (text.charAt(i) == '$' && next == '$') {
                out.append('$');
                i += 2;
            } else if (text.charAt(i) == '$' && next == '{') {
                i = reference(text, i, out);
                replaced = true;
            } else {
                out.append(text.charAt(i));
                i++;
            }
        }
        return new Result(out.toString(), replaced);
    }

    private int reference(String text, int start, StringBuilder out) throws InvalidValueException {
        int end = text.indexOf('}', start + 2);
        if (end < 0) {
            throw new InvalidValueException("unclosed ${ (write $$ for a literal $)");
        }
        String body = text.substring(start + 2, end);
        int separator = body.indexOf(DEFAULT_SEPARATOR);
        String name = separator < 0 ? body : body.substring(0, separator);
        if (!NAME.matcher(name).matches()) {
            throw new InvalidValueException(
                    "invalid environment variable name in ${...} (letters, digits and _, not starting with a digit)");
        }
        String value = environment.get(name);
        if (separator >= 0 && (value == null || value.isEmpty())) {
            value = body.substring(separator + DEFAULT_SEPARATOR.length());
        }
        if (value == null) {
            throw new InvalidValueException("environment variable " + name + " is not set");
        }
        out.append(value);
        return end + 1;
    }

    /**
     * @param text     the value after substitution
     * @param replaced whether it held a {@code ${...}} reference; such values are read like unquoted YAML scalars,
     *                 so {@code port: ${PORT}} is a number when {@code PORT=8080}
     */
    record Result(String text, boolean replaced) {
    }
}
