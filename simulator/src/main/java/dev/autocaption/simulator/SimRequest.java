package dev.autocaption.simulator;

import java.util.Map;
import java.util.Objects;

/**
 * A request as a simulator sees it, secrets included (for token checks); never logged or recorded as is.
 *
 * @param method  HTTP method
 * @param path    the path, without the query
 * @param params  query and form parameters merged (first value wins)
 * @param headers headers, names lowercase, first value
 */
public record SimRequest(String method, String path, Map<String, String> params, Map<String, String> headers) {

    public SimRequest {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        params = Map.copyOf(params);
        headers = Map.copyOf(headers);
    }

    /** A parameter, or null. */
    public String param(String name) {
        return params.get(name);
    }

    /** A header (name in any case), or null. */
    public String header(String name) {
        return headers.get(name.toLowerCase(java.util.Locale.ROOT));
    }
}
