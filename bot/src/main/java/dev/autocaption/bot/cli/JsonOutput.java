package dev.autocaption.bot.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;

/** Prints the {@code --format json} output of list commands: maps and lists, indented. Thread-safe. */
final class JsonOutput {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private JsonOutput() {
    }

    /** Writes {@code value} (maps, lists, strings, numbers, booleans, nulls) and flushes. */
    static void print(PrintWriter out, Object value) {
        try {
            out.println(JSON.writeValueAsString(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("output could not be written as JSON: " + e.getOriginalMessage(), e);
        }
        out.flush();
    }
}
