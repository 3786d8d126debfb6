package dev.autocaption.simulator;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;

/**
 * What a simulator answers.
 *
 * @param status      HTTP status
 * @param contentType Content-Type header
 * @param body        the body bytes
 * @param headers     extra headers
 */
public record SimResponse(int status, String contentType, byte[] body, Map<String, String> headers) {

    public SimResponse {
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(body, "body");
        headers = Map.copyOf(headers);
    }

    public static SimResponse text(int status, String contentType, String body) {
        return new SimResponse(status, contentType, body.getBytes(StandardCharsets.UTF_8), Map.of());
    }

    public static SimResponse bytes(String contentType, byte[] body) {
        return new SimResponse(200, contentType, body, Map.of());
    }

    /** The same response with more headers. */
    public SimResponse withHeaders(Map<String, String> more) {
        Map<String, String> merged = new java.util.HashMap<>(headers);
        merged.putAll(more);
        return new SimResponse(status, contentType, body, merged);
    }
}
