package dev.autocaption.bot.web;

import java.io.IOException;

/**
 * {@code /login}: the form that exchanges the access token for a session cookie (HttpOnly, SameSite=Strict), and
 * the answer to a request without one. The token is never echoed.
 */
final class LoginRoutes {
    private final Access access;

    LoginRoutes(Access access) {
        this.access = access;
    }

    void register(Router router) {
        router.get("/login", exchange -> exchange.html(200, form(null)));
        router.post("/login", this::login);
    }

    private void login(Exchange exchange) throws IOException {
        String session = access.login(exchange.form("token"));
        if (session == null) {
            exchange.html(401, form(access.tokenRequired() ? "That is not the access token (web.token)."
                    : "This page needs no token."));
            return;
        }
        exchange.setHeader("Set-Cookie", Access.SESSION_COOKIE + "=" + session
                + "; Path=/; HttpOnly; SameSite=Strict");
        exchange.redirect("/queue");
    }

    /** 401: the login form for a browser, one line for anything else (Prometheus, curl). */
    static void unauthorised(Exchange exchange) throws IOException {
        String accept = exchange.header("Accept");
        if (exchange.method().equals("GET") && accept != null && accept.contains("text/html")) {
            exchange.html(401, form("This page needs the access token (web.token)."));
        } else {
            exchange.setHeader("WWW-Authenticate", "Bearer realm=\"autocaption\"");
            exchange.text(401, "the access token is required: a session from /login, or Authorization: Bearer\n");
        }
    }

    private static String form(String message) {
        return Layout.page("Sign in", "", null, "<h1>Sign in</h1>"
                + (message == null ? "" : "<p class=\"problem\">" + Html.text(message) + "</p>")
                + "<form method=\"post\" action=\"/login\" class=\"login\"><label>Access token "
                + "<input type=\"password\" name=\"token\" autocomplete=\"current-password\" autofocus></label>"
                + "<button type=\"submit\">Sign in</button></form>");
    }
}
