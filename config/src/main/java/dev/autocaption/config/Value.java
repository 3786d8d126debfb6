package dev.autocaption.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;

/**
 * One value from the YAML tree, with environment references already replaced in strings.
 *
 * @param node     the parsed node (never null; YAML {@code null} is a null node)
 * @param text     the string after substitution, or null when the node is not a string
 * @param replaced whether {@code text} came from a {@code ${...}} reference, in which case numbers and booleans
 *                 may be read from it as from an unquoted scalar
 * @param secret   whether the value is under {@code credentials}: {@link #describe()} then never shows it
 */
record Value(JsonNode node, String text, boolean replaced, boolean secret) {
    private static final int MAX_ECHO = 80;

    boolean isText() {
        return text != null;
    }

    boolean isNull() {
        return node.isNull();
    }

    /** How the value appears in an error message after "was". */
    String describe() {
        if (node.isObject()) {
            return "a mapping";
        }
        if (node.isArray()) {
            return "a list";
        }
        if (node.isNull()) {
            return "null";
        }
        if (secret) {
            return isText() ? "a string" : node.isNumber() ? "a number" : "a " + node.getNodeType().name().toLowerCase(Locale.ROOT);
        }
        String shown = isText() ? text : node.asText();
        if (shown.isEmpty()) {
            return "\"\"";
        }
        return shown.length() <= MAX_ECHO ? shown : shown.substring(0, MAX_ECHO) + "...";
    }
}
