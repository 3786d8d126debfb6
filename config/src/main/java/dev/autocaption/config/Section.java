package dev.autocaption.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * One YAML mapping at a key path ({@code accounts[0].schedule}). Reads typed values from it, and records every
 * problem against the path of the key it concerns, then carries on with the fallback value, so that one parse
 * finds all problems. Callers must not use a result once {@link Problems} is non-empty.
 */
final class Section {
    private final JsonNode node;
    private final String path;
    private final ReadContext context;
    private final boolean secret;

    private Section(JsonNode node, String path, ReadContext context, boolean secret) {
        this.node = node;
        this.path = path;
        this.context = context;
        this.secret = secret;
    }

    /** The document itself; an empty document is an empty mapping. */
    static Section root(JsonNode root, ReadContext context) {
        if (root == null || root.isMissingNode() || root.isNull() || root.isObject()) {
            return new Section(root != null && root.isObject() ? root : null, "", context, false);
        }
        context.problems().add("", "must be a mapping of sections, was " + new Value(root, null, false, false)
                .describe());
        return new Section(null, "", context, false);
    }

    String path() {
        return path;
    }

    String pathOf(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    ReadContext context() {
        return context;
    }

    /** The keys present in this mapping, in file order. */
    List<String> keys() {
        List<String> keys = new ArrayList<>();
        if (node != null) {
            node.fieldNames().forEachRemaining(keys::add);
        }
        return keys;
    }

    /** Whether the key is present with a non-null value. */
    boolean isSet(String key) {
        return node != null && node.hasNonNull(key);
    }

    /** Reports every key not in {@code allowed} as unknown, with a "did you mean" hint; never echoes the value. */
    void allowOnly(Collection<String> allowed) {
        allowOnly(allowed, List.of());
    }

    /** Like {@link #allowOnly(Collection)}, but leaves the keys in {@code reportedByCaller} to the caller. */
    void allowOnly(Collection<String> allowed, Collection<String> reportedByCaller) {
        for (String key : keys()) {
            if (!allowed.contains(key) && !reportedByCaller.contains(key)) {
                String closest = ClosestKey.among(key, allowed);
                problem(key, closest != null ? "unknown key (did you mean " + closest + "?)"
                        : "unknown key (allowed: " + String.join(", ", allowed) + ")");
            }
        }
    }

    /** Reports a problem with this section as a whole, such as two keys that exclude each other. */
    void problemHere(String message) {
        context.problems().add(path, message);
    }

    void problem(String key, String message) {
        context.problems().add(pathOf(key), message);
    }

    /** The mapping under the key; absent or null reads as an empty mapping. */
    Section section(String key) {
        return child(key, secret);
    }

    /** Like {@link #section}, but values below it are never shown in messages. */
    Section secretSection(String key) {
        return child(key, true);
    }

    private Section child(String key, boolean secretChild) {
        JsonNode child = node == null ? null : node.get(key);
        if (child != null && !child.isNull() && !child.isObject()) {
            problem(key, "must be a mapping, was " + new Value(child, null, false, secretChild).describe());
        }
        return new Section(child != null && child.isObject() ? child : null, pathOf(key), context, secretChild);
    }

    /** The mappings in the list under the key; absent or null reads as an empty list. */
    List<Section> sections(String key) {
        List<Section> sections = new ArrayList<>();
        List<JsonNode> elements = elements(key);
        for (int i = 0; i < elements.size(); i++) {
            String elementPath = pathOf(key) + "[" + i + "]";
            JsonNode element = elements.get(i);
            if (element.isObject()) {
                sections.add(new Section(element, elementPath, context, secret));
            } else {
                context.problems().add(elementPath, "must be a mapping, was " + value(element).describe());
            }
        }
        return sections;
    }

    /** The values in the list under the key, or the fallback when the key is absent; null reads as empty. */
    <T> List<T> list(String key, List<T> fallback, Converter<T> converter) {
        if (node == null || !node.has(key)) {
            return fallback;
        }
        List<T> values = new ArrayList<>();
        List<JsonNode> elements = elements(key);
        for (int i = 0; i < elements.size(); i++) {
            T converted = convert(pathOf(key) + "[" + i + "]", elements.get(i), null, converter);
            if (converted != null) {
                values.add(converted);
            }
        }
        return values;
    }

    private List<JsonNode> elements(String key) {
        JsonNode list = node == null ? null : node.get(key);
        List<JsonNode> elements = new ArrayList<>();
        if (list != null && list.isArray()) {
            list.elements().forEachRemaining(elements::add);
        } else if (list != null && !list.isNull()) {
            problem(key, "must be a list, was " + value(list).describe());
        }
        return elements;
    }

    /** The value under the key, or the fallback when the key is absent (or its value is wrong, reported). */
    <T> T read(String key, T fallback, Converter<T> converter) {
        JsonNode raw = node == null ? null : node.get(key);
        return raw == null ? fallback : convert(pathOf(key), raw, fallback, converter);
    }

    /** Like {@link #read}, but the value is never shown in messages: a token among plain values. */
    <T> T readSecret(String key, T fallback, Converter<T> converter) {
        return new Section(node, path, context, true).read(key, fallback, converter);
    }

    /** The value under the key, which must be present: absence is reported with the allowed values. */
    <T> T require(String key, String allowed, Converter<T> converter) {
        if (node == null || !node.has(key)) {
            problem(key, "is required" + (allowed.isEmpty() ? "" : " (" + allowed + ")"));
            return null;
        }
        return read(key, null, converter);
    }

    private <T> T convert(String valuePath, JsonNode raw, T fallback, Converter<T> converter) {
        try {
            return converter.convert(substituted(raw));
        } catch (InvalidValueException e) {
            context.problems().add(valuePath, e.getMessage());
            return fallback;
        }
    }

    private Value substituted(JsonNode raw) throws InvalidValueException {
        if (!raw.isTextual()) {
            return value(raw);
        }
        EnvironmentSubstitution.Result result = context.substitution().apply(raw.textValue());
        return new Value(raw, result.text(), result.replaced(), secret);
    }

    private Value value(JsonNode raw) {
        return new Value(raw, raw.isTextual() ? raw.textValue() : null, false, secret);
    }
}
