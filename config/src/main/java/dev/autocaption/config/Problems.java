package dev.autocaption.config;

import java.util.ArrayList;
import java.util.List;

/** The problems found while reading one file, in the order found. Not thread-safe; one per parse. */
final class Problems {
    /** Stands for the key path of the document itself. */
    static final String TOP_LEVEL = "(top level)";

    private final List<String> lines = new ArrayList<>();

    void add(String path, String message) {
        lines.add((path.isEmpty() ? TOP_LEVEL : path) + ": " + message);
    }

    int size() {
        return lines.size();
    }

    boolean isEmpty() {
        return lines.isEmpty();
    }

    List<String> lines() {
        return List.copyOf(lines);
    }
}
