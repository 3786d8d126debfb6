package dev.autocaption.bot.web;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One request and its answer, over the JDK's {@link HttpExchange}: the path, query and form parameters (URL-encoded,
 * at most {@link #MAX_BODY} bytes), cookies, and answers that always carry the page's security headers (a strict
 * content security policy: scripts, styles and images from this server only; no framing; no sniffing; no caching).
 * Not thread-safe: one per request.
 */
final class Exchange {
    /** The largest request body read; a bigger one is refused with 413. */
    static final int MAX_BODY = 256 * 1024;
    private static final String CSP = "default-src 'none'; img-src 'self'; style-src 'self'; script-src 'self'; "
            + "form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    private final HttpExchange exchange;
    private final Map<String, List<String>> query;
    private Map<String, List<String>> form;

    Exchange(HttpExchange exchange) {
        this.exchange = exchange;
        this.query = decode(exchange.getRequestURI().getRawQuery());
    }

    String method() {
        return exchange.getRequestMethod();
    }

    String path() {
        return exchange.getRequestURI().getPath();
    }

    URI uri() {
        return exchange.getRequestURI();
    }

    /** A request header, or null. */
    String header(String name) {
        return exchange.getRequestHeaders().getFirst(name);
    }

    /** The first value of a query parameter; null when absent or blank. */
    String query(String name) {
        return first(query, name);
    }

    /** Every value of a form field, in order (POST bodies); empty when absent. */
    List<String> formValues(String name) throws IOException {
        return form().getOrDefault(name, List.of());
    }

    /** The first value of a form field; null when absent or blank. */
    String form(String name) throws IOException {
        return first(form(), name);
    }

    /** A cookie's value, or null. */
    String cookie(String name) {
        for (String header : exchange.getRequestHeaders().getOrDefault("Cookie", List.of())) {
            for (String pair : header.split(";")) {
                int eq = pair.indexOf('=');
                if (eq > 0 && pair.substring(0, eq).trim().equals(name)) {
                    return pair.substring(eq + 1).trim();
                }
            }
        }
        return null;
    }

    void setHeader(String name, String value) {
        exchange.getResponseHeaders().set(name, value);
    }

    void html(int status, String page) throws IOException {
        send(status, "text/html; charset=utf-8", page.getBytes(StandardCharsets.UTF_8));
    }

    void text(int status, String body) throws IOException {
        send(status, "text/plain; charset=utf-8", body.getBytes(StandardCharsets.UTF_8));
    }

    /** 303 See Other: the answer to a form, so that reloading the page does not post it again. */
    void redirect(String location) throws IOException {
        setHeader("Location", location);
        send(303, "text/plain; charset=utf-8", new byte[0]);
    }

    void send(int status, String contentType, byte[] body) throws IOException {
        setHeader("Content-Type", contentType);
        setHeader("Content-Security-Policy", CSP);
        setHeader("X-Content-Type-Options", "nosniff");
        setHeader("X-Frame-Options", "DENY");
        setHeader("Referrer-Policy", "no-referrer");
        if (!exchange.getResponseHeaders().containsKey("Cache-Control")) {
            setHeader("Cache-Control", "no-store");
        }
        boolean head = method().equals("HEAD");
        exchange.sendResponseHeaders(status, head || body.length == 0 ? -1 : body.length);
        if (!head && body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private Map<String, List<String>> form() throws IOException {
        if (form == null) {
            try (InputStream in = exchange.getRequestBody()) {
                byte[] body = in.readNBytes(MAX_BODY + 1);
                if (body.length > MAX_BODY) {
                    throw new BadRequest(413, "the form is larger than " + MAX_BODY + " bytes");
                }
                form = decode(new String(body, StandardCharsets.UTF_8));
            }
        }
        return form;
    }

    private static String first(Map<String, List<String>> values, String name) {
        List<String> all = values.get(name);
        if (all == null || all.isEmpty() || all.get(0).isBlank()) {
            return null;
        }
        return all.get(0);
    }

    /** {@code a=1&b=2&a=3} → {a: [1, 3], b: [2]}. */
    static Map<String, List<String>> decode(String encoded) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        if (encoded == null || encoded.isEmpty()) {
            return values;
        }
        for (String pair : encoded.split("&")) {
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            try {
                values.computeIfAbsent(URLDecoder.decode(name, StandardCharsets.UTF_8), k -> new ArrayList<>())
                        .add(URLDecoder.decode(value, StandardCharsets.UTF_8));
            } catch (IllegalArgumentException e) {
                throw new BadRequest(400, "malformed form or query parameter " + name + ": " + e.getMessage());
            }
        }
        return values;
    }
}
