package dev.autocaption.bot.web;

import dev.autocaption.config.Secret;
import dev.autocaption.config.WebConfig;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Who may use the page, and that a form was sent by the page itself.
 * <ul>
 *   <li>Without a token (loopback only): the {@code Host} header must name this server on loopback, so that a web
 *       page elsewhere cannot reach it by pointing its own name at 127.0.0.1 (DNS rebinding).</li>
 *   <li>With {@code web.token}: every path but {@code /health}, {@code /login} and {@code /assets/} needs a session
 *       cookie, given by {@code /login} for the token, or {@code Authorization: Bearer <token>} (Prometheus). The
 *       token itself never reaches the browser's storage, a log or a page.</li>
 *   <li>Every POST carries this server's CSRF token (a random value made at start, in every form).</li>
 * </ul>
 * Thread-safe.
 */
final class Access {
    static final String SESSION_COOKIE = "autocaption_session";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Secret token;
    private final boolean checkHost;
    private final String csrf = random();
    private final Set<String> sessions = ConcurrentHashMap.newKeySet();
    private volatile int port;

    Access(WebConfig web) {
        this.token = web.token();
        this.checkHost = web.token() == null;
    }

    /** The port actually bound (the configured one may be 0). */
    void boundTo(int boundPort) {
        this.port = boundPort;
    }

    boolean tokenRequired() {
        return token != null;
    }

    String csrf() {
        return csrf;
    }

    /** Whether the request's Host names this server on loopback (always true with a token: it guards instead). */
    boolean hostAllowed(Exchange exchange) {
        if (!checkHost) {
            return true;
        }
        String host = exchange.header("Host");
        int colon = host == null ? -1 : host.lastIndexOf(':');
        if (colon < 0 || host.endsWith("]")) {
            return false;
        }
        return host.substring(colon + 1).equals(Integer.toString(port)) && WebConfig.isLoopback(host.substring(0,
                colon));
    }

    /** Whether the request may see {@code path}: open paths, no token configured, a session or the bearer token. */
    boolean allowed(Exchange exchange) {
        String path = exchange.path();
        if (token == null || path.equals("/health") || path.equals("/login") || path.startsWith("/assets/")) {
            return true;
        }
        String session = exchange.cookie(SESSION_COOKIE);
        if (session != null && sessions.contains(session)) {
            return true;
        }
        String authorization = exchange.header("Authorization");
        return authorization != null && authorization.startsWith("Bearer ")
                && same(authorization.substring("Bearer ".length()).trim(), token.reveal());
    }

    /** Checks a POST's CSRF field. */
    void checkCsrf(Exchange exchange) throws IOException {
        String sent = exchange.form("csrf");
        if (sent == null || !same(sent, csrf)) {
            throw new BadRequest(403, "this form did not come from this page (its CSRF token is missing or stale); "
                    + "reload the page and try again");
        }
    }

    /** A new session for the right token; null for a wrong one. */
    String login(String offered) {
        if (token == null || offered == null || !same(offered.strip(), token.reveal())) {
            return null;
        }
        String session = random();
        sessions.add(session);
        return session;
    }

    private static boolean same(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }

    private static String random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    @Override
    public String toString() {
        return "Access[token " + (token == null ? "none" : "required") + "]";
    }
}
