package dev.autocaption.bot.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autocaption.store.PhotoState;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HistoryRoutesTest {
    @TempDir
    Path dir;
    WebFixture web;
    String posted;
    String queued;

    @BeforeEach
    void postOneAndQueueOne() {
        web = new WebFixture(dir);
        web.captioner.say(301, "A red kite over a hill.", 0.9).say(302, "A cat on a wall.", 0.5);
        posted = web.addPhoto(301, "kite");
        queued = web.addPhoto(302, "cat");
        web.runCycle();
    }

    @AfterEach
    void stop() {
        web.close();
    }

    @Test
    void theHistoryShowsTheCaptionAsWrittenWithStateScoreModelAndRollback() {
        assertThat(web.photo(posted).state()).isEqualTo(PhotoState.POSTED);

        String page = web.get("/history").body();

        assertThat(page).contains("count\">2<", "flickr-main/" + posted, "A red kite over a hill. (auto-generated)",
                "class=\"state posted\"", "0.900", "fake-model-1", "show-and-tell",
                "href=\"/history/rollback?photo=flickr-main%2F" + posted + "\"",
                "title=\"not written\">A cat on a wall.");
    }

    @Test
    void theHistoryFiltersByStateAndText() {
        String byState = web.get("/history?state=queued").body();
        String byText = web.get("/history?text=kite").body();

        assertThat(byState).contains("flickr-main/" + queued).doesNotContain("flickr-main/" + posted + "<");
        assertThat(byText).contains("flickr-main/" + posted).doesNotContain("A cat on a wall.");
    }

    @Test
    void theDownloadsCarryTheCurrentFilter() {
        HttpResponse<String> csv = web.get("/history.csv?state=queued");
        HttpResponse<String> json = web.get("/history.json?state=posted");

        assertThat(csv.body()).isEqualTo("photo,state\r\nflickr-main/" + queued + ",queued\r\n");
        assertThat(csv.headers().firstValue("Content-Disposition")).hasValue(
                "attachment; filename=\"autocaption-history.csv\"");
        assertThat(json.body()).isEqualTo("[\"flickr-main/" + posted + "\"]");
        assertThat(web.get("/history?state=queued").body()).contains("href=\"/history.csv?state=queued\"");
    }

    @Test
    void aDateThatIsNoDateIsRefusedNamingTheFieldAndTheValue() {
        HttpResponse<String> refused = web.get("/history?from=yesterday");

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("from: must be a date (YYYY-MM-DD), was yesterday");
    }

    @Test
    void aDateRangeKeepsTheDaysBothEndsIncluded() {
        assertThat(web.get("/history?from=2026-01-01&to=2026-01-01").body()).contains("flickr-main/" + posted);
        assertThat(web.get("/history?from=2026-01-02").body()).contains("No photos match.");
    }

    @Test
    void rollbackShowsWhatWouldBeRestoredBeforeDoingIt() {
        HttpResponse<String> confirm = web.get("/history/rollback?photo=flickr-main/" + posted);

        assertThat(confirm.body()).contains("Roll back flickr-main/" + posted + "?",
                "The photo shows <q class=\"caption\">A red kite over a hill. (auto-generated)</q>",
                "restores <q class=\"restored\">(empty)</q>", "name=\"confirm\" value=\"yes\"");
        assertThat(web.photo(posted).state()).isEqualTo(PhotoState.POSTED);
        assertThat(web.sims.flickr.photo(posted).description()).isEqualTo("A red kite over a hill. (auto-generated)");
    }

    @Test
    void confirmedRollbackRestoresThePreviousTextOnThePlatform() {
        String csrf = web.csrf();
        HttpResponse<String> done = web.post("/history/rollback", "csrf", csrf, "photo", "flickr-main/" + posted,
                "confirm", "yes");

        assertThat(web.photo(posted).state()).isEqualTo(PhotoState.ROLLED_BACK);
        assertThat(web.sims.flickr.photo(posted).description()).isEmpty();
        assertThat(web.follow(done).body()).contains("flickr-main/" + posted + ": restored &quot;&quot; (was "
                + "&quot;A red kite over a hill. (auto-generated)&quot;)");
    }

    @Test
    void anUnconfirmedRollbackDoesNothing() {
        HttpResponse<String> refused = web.post("/history/rollback", "csrf", web.csrf(), "photo",
                "flickr-main/" + posted);

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(web.photo(posted).state()).isEqualTo(PhotoState.POSTED);
    }
}
