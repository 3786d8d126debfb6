package dev.autocaption.config;

import java.util.List;

/**
 * The configuration could not be loaded. Carries every problem found, each as one line of the form
 * {@code key.path: what is wrong, was <value>}; secret values are never part of a line.
 */
public final class ConfigException extends Exception {
    private final List<String> problems;

    public ConfigException(String source, List<String> problems) {
        super(message(source, problems));
        this.problems = List.copyOf(problems);
    }

    public ConfigException(String source, List<String> problems, Throwable cause) {
        super(message(source, problems), cause);
        this.problems = List.copyOf(problems);
    }

    /** One line per problem, in the order found. */
    public List<String> problems() {
        return problems;
    }

    private static String message(String source, List<String> problems) {
        String count = problems.size() == 1 ? "1 problem" : problems.size() + " problems";
        return source + ": " + count + System.lineSeparator() + "  " + String.join(System.lineSeparator() + "  ",
                problems);
    }
}
