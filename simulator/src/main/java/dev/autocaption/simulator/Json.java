package dev.autocaption.simulator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** JSON writing for the Graph simulator (Jackson, which the bot already carries). */
public final class Json {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {
    }

    /** Any map/list/scalar tree as JSON text. */
    public static String write(Object tree) {
        try {
            return MAPPER.writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write as JSON: " + tree.getClass().getName(), e);
        }
    }

    /** A JSON string literal. */
    public static String quote(String text) {
        return write(text);
    }
}
