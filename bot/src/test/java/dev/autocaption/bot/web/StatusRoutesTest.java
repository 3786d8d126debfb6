package dev.autocaption.bot.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StatusRoutesTest {
    @TempDir
    Path dir;
    WebFixture web;

    @BeforeEach
    void start() {
        web = new WebFixture(dir);
        web.addPhoto(301, "dog");
        web.runCycle();
    }

    @AfterEach
    void stop() {
        web.close();
    }

    @Test
    void healthAnswersOk() {
        HttpResponse<String> health = web.get("/health");

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).isEqualTo("ok\n");
    }

    @Test
    void readyReportsTheModelTheStoreAndPausedAccounts() {
        web.database.useTransaction(tx -> tx.accounts().pause("flickr-main", "Flickr error 98: token revoked"));

        HttpResponse<String> ready = web.get("/ready");

        assertThat(ready.statusCode()).isEqualTo(200);
        assertThat(ready.body()).contains("\"ready\" : true", "\"model\" : \"loaded: fake-model-1 (show-and-tell)\"",
                "\"database\" : \"open\"", "\"account\" : \"flickr-main\"",
                "\"reason\" : \"Flickr error 98: token revoked\"");
    }

    @Test
    void readyFailsWhileTheDaemonStops() {
        web.stopping.set(true);

        HttpResponse<String> ready = web.get("/ready");

        assertThat(ready.statusCode()).isEqualTo(503);
        assertThat(ready.body()).contains("\"ready\" : false", "\"stopping\" : true");
    }

    @Test
    void metricsAreServedInPrometheusFormat() {
        HttpResponse<String> metrics = web.get("/metrics");

        assertThat(metrics.headers().firstValue("Content-Type")).hasValue("text/plain; version=0.0.4; charset=utf-8");
        assertThat(metrics.body()).contains("autocaption_photos_total{account=\"flickr-main\",event=\"captioned\"} 1.0",
                "jvm_memory_used_bytes", "process_memory_resident_bytes");
    }

    @Test
    void theAccountsPageShowsStatusQueueAndHeadroom() {
        String page = web.get("/accounts").body();

        assertThat(page).contains("flickr-main", "class=\"status ok\"", "href=\"/queue?account=flickr-main\">1<",
                "75 %", "2700 of 3600 calls per hour left on this API key");
    }

    @Test
    void anUnknownPathIsNotFound() {
        HttpResponse<String> missing = web.get("/nowhere");

        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("no page at /nowhere");
    }

    @Test
    void aGetOfAFormsAddressIsNotAllowed() {
        assertThat(web.get("/queue/decide").statusCode()).isEqualTo(405);
    }
}
