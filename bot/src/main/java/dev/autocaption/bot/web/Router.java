package dev.autocaption.bot.web;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends each request to its route by method and exact path, or by a path prefix ({@link #getUnder}), after
 * the {@link Access} checks. The boundary of every request: a {@link BadRequest} is answered with its status, any
 * other failure with 500 and logged once; neither stops the server.
 */
final class Router implements HttpHandler {
    private static final Logger LOG = LoggerFactory.getLogger(Router.class);

    private final Access access;
    private final Map<String, Route> routes = new LinkedHashMap<>();
    private final Map<String, Route> prefixes = new LinkedHashMap<>();

    Router(Access access) {
        this.access = access;
    }

    Router get(String path, Route route) {
        routes.put("GET " + path, route);
        return this;
    }

    /** A GET route for every path below {@code prefix} (which ends in {@code /}). */
    Router getUnder(String prefix, Route route) {
        prefixes.put("GET " + prefix, route);
        return this;
    }

    Router post(String path, Route route) {
        routes.put("POST " + path, route);
        return this;
    }

    @Override
    public void handle(HttpExchange http) throws IOException {
        Exchange exchange = new Exchange(http);
        try {
            dispatch(exchange);
        } catch (BadRequest e) {
            exchange.html(e.status(), Layout.problem("Not done", e.getMessage()));
        } catch (IOException e) {
            LOG.debug("the browser went away during {} {}: {}", exchange.method(), exchange.path(), e.toString());
        } catch (RuntimeException e) {
            LOG.error("web: {} {} failed: {}", exchange.method(), exchange.path(), e.toString(), e);
            exchange.html(500, Layout.problem("Something went wrong", e.toString()));
        } finally {
            http.close();
        }
    }

    private void dispatch(Exchange exchange) throws IOException {
        if (!access.hostAllowed(exchange)) {
            throw new BadRequest(421, "this server answers only to its loopback address (Host "
                    + exchange.header("Host") + " is not one)");
        }
        if (!access.allowed(exchange)) {
            LoginRoutes.unauthorised(exchange);
            return;
        }
        String method = exchange.method().equals("HEAD") ? "GET" : exchange.method();
        Route route = find(method + " " + exchange.path());
        if (route == null) {
            boolean other = find((method.equals("GET") ? "POST " : "GET ") + exchange.path()) != null;
            throw new BadRequest(other ? 405 : 404, (other ? "method " + exchange.method() + " not allowed for "
                    : "no page at ") + exchange.path());
        }
        if (method.equals("POST") && !exchange.path().equals("/login")) {
            access.checkCsrf(exchange);
        }
        route.handle(exchange);
    }

    private Route find(String key) {
        Route exact = routes.get(key);
        if (exact != null) {
            return exact;
        }
        for (Map.Entry<String, Route> entry : prefixes.entrySet()) {
            if (key.startsWith(entry.getKey()) && key.length() > entry.getKey().length()) {
                return entry.getValue();
            }
        }
        return null;
    }
}
