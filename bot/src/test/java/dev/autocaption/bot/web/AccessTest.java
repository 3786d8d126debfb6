package dev.autocaption.bot.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autocaption.config.Secret;
import dev.autocaption.config.WebConfig;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AccessTest {
    private static final String TOKEN = "a-token-of-at-least-sixteen-characters";

    @TempDir
    Path dir;

    private WebFixture withToken() {
        return new WebFixture(dir, new WebConfig("127.0.0.1", 0, true, Secret.of(TOKEN), null));
    }

    @Test
    void withATokenThePagesNeedItButHealthDoesNot() {
        try (WebFixture web = withToken()) {
            HttpResponse<String> queue = web.get("/queue");

            assertThat(queue.statusCode()).isEqualTo(401);
            assertThat(queue.body()).contains("This page needs the access token (web.token).",
                    "action=\"/login\"");
            assertThat(web.get("/health").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void signingInWithTheTokenGivesASessionCookieThatOpensThePages() {
        try (WebFixture web = withToken()) {
            HttpResponse<String> login = web.post("/login", "token", TOKEN);
            String cookie = login.headers().firstValue("Set-Cookie").orElseThrow();

            HttpResponse<String> queue = web.send(HttpRequest.newBuilder(web.uri("/queue"))
                    .header("Cookie", cookie.substring(0, cookie.indexOf(';'))));

            assertThat(login.statusCode()).isEqualTo(303);
            assertThat(cookie).contains("HttpOnly", "SameSite=Strict").doesNotContain(TOKEN);
            assertThat(queue.statusCode()).isEqualTo(200);
            assertThat(queue.body()).doesNotContain(TOKEN);
        }
    }

    @Test
    void aWrongTokenIsRefusedWithoutEchoingIt() {
        try (WebFixture web = withToken()) {
            HttpResponse<String> login = web.post("/login", "token", "not-the-token-at-all");

            assertThat(login.statusCode()).isEqualTo(401);
            assertThat(login.headers().firstValue("Set-Cookie")).isEmpty();
            assertThat(login.body()).contains("That is not the access token").doesNotContain("not-the-token-at-all");
        }
    }

    @Test
    void prometheusReadsMetricsWithTheBearerToken() {
        try (WebFixture web = withToken()) {
            HttpResponse<String> without = web.send(HttpRequest.newBuilder(web.uri("/metrics")));
            HttpResponse<String> with = web.send(HttpRequest.newBuilder(web.uri("/metrics"))
                    .header("Authorization", "Bearer " + TOKEN));

            assertThat(without.statusCode()).isEqualTo(401);
            assertThat(without.headers().firstValue("WWW-Authenticate")).hasValue("Bearer realm=\"autocaption\"");
            assertThat(with.statusCode()).isEqualTo(200);
        }
    }

    @Test
    void withoutATokenARequestForAnotherHostIsRefused() throws Exception {
        try (WebFixture web = new WebFixture(dir)) {
            int port = web.server.uri().getPort();

            assertThat(rawGet(port, "attacker.example:" + port)).startsWith("HTTP/1.1 421");
            assertThat(rawGet(port, "localhost:" + port)).startsWith("HTTP/1.1 303");
        }
    }

    /** A GET of / with this Host header (the JDK's client will not send another Host). */
    private static String rawGet(int port, String host) throws Exception {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET / HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        }
    }
}
