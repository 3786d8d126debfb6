package dev.autocaption.bot.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autocaption.bot.approval.Approval;
import dev.autocaption.store.Decision;
import dev.autocaption.store.DecisionSource;
import dev.autocaption.store.PhotoState;
import dev.autocaption.store.Post;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QueueRoutesTest {
    @TempDir
    Path dir;
    WebFixture web;
    String first;
    String second;

    @BeforeEach
    void queueTwoPhotos() {
        web = new WebFixture(dir);
        web.captioner.say(301, "A dog on a beach.", 0.5).say(302, "Two boats at sea.", 0.45);
        first = web.addPhoto(301, "dog");
        second = web.addPhoto(302, "boats");
        web.runCycle();
    }

    @AfterEach
    void stop() {
        web.close();
    }

    @Test
    void theQueueShowsEachWaitingPhotoWithItsThumbnailCandidateAndScore() {
        HttpResponse<String> page = web.get("/queue");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("2 waiting", "flickr-main/" + first, "A dog on a beach.", "0.50",
                "Two boats at sea.", "0.45", "src=\"/thumbnails/" + web.photo(first).id() + ".jpg\"",
                "Approve 1", "Post my text", "Reject");
    }

    @Test
    void approvingACandidateRecordsAWebDecisionAndRunsTheAccountsCycle() {
        HttpResponse<String> done = web.post("/queue/decide", "csrf", web.csrf(), "photo", "flickr-main/" + first,
                "seen", web.seen(first), "action", "approve", "rank", "1");

        assertThat(done.statusCode()).isEqualTo(303);
        assertThat(web.photo(first).state()).isEqualTo(PhotoState.APPROVED);
        assertThat(decisions(first)).extracting(Decision::source).containsExactly(DecisionSource.WEB);
        assertThat(web.runSoon).containsExactly("flickr-main");
        assertThat(web.follow(done).body()).contains("flickr-main/" + first + ": approved candidate 1 "
                + "&quot;A dog on a beach.&quot;; posting it in a cycle of flickr-main that starts now");
    }

    @Test
    void editingApprovesThePersonsOwnText() {
        web.post("/queue/decide", "csrf", web.csrf(), "photo", "flickr-main/" + first, "seen", web.seen(first),
                "action", "edit", "text", "Our dog Rex at the sea.");

        Post post = web.database.inTransaction(tx -> tx.posts().forPhoto(web.photo(first).id())).get(0);
        assertThat(post.request().text()).isEqualTo("Our dog Rex at the sea.");
        assertThat(decisions(first)).extracting(Decision::editedText).containsExactly("Our dog Rex at the sea.");
    }

    @Test
    void rejectingDropsThePhotoWithoutRunningACycle() {
        web.post("/queue/decide", "csrf", web.csrf(), "photo", "flickr-main/" + first, "seen", web.seen(first),
                "action", "reject");

        assertThat(web.photo(first).state()).isEqualTo(PhotoState.DROPPED);
        assertThat(web.runSoon).isEmpty();
    }

    @Test
    void aDecisionOnAPhotoDecidedMeanwhileIsRefusedWithWhatHappened() {
        String seen = web.seen(first);
        String csrf = web.csrf();
        new dev.autocaption.bot.approval.ApprovalWorkflow(web.database, id -> web.flickr.config())
                .apply(Approval.reject("flickr-main", first), DecisionSource.CLI);

        HttpResponse<String> done = web.post("/queue/decide", "csrf", csrf, "photo", "flickr-main/" + first,
                "seen", seen, "action", "approve", "rank", "1");

        assertThat(decisions(first)).extracting(Decision::source).containsExactly(DecisionSource.CLI);
        assertThat(web.photo(first).state()).isEqualTo(PhotoState.DROPPED);
        assertThat(web.follow(done).body()).contains("class=\"notice trouble\"", "refused: flickr-main/" + first
                + ": changed since the page showed it: now dropped (rejected (cli)); last decision: reject from "
                + "cli at ", "your decision was not applied");
    }

    @Test
    void aFormWithoutThePagesCsrfTokenIsRefusedAndDecidesNothing() {
        HttpResponse<String> refused = web.post("/queue/decide", "csrf", "forged", "photo", "flickr-main/" + first,
                "seen", web.seen(first), "action", "reject");

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("CSRF token is missing or stale");
        assertThat(web.photo(first).state()).isEqualTo(PhotoState.QUEUED);
    }

    @Test
    void bulkApprovalApprovesCandidateOneOfEverySelectedPhoto() {
        String csrf = web.csrf();
        HttpResponse<String> done = web.post("/queue/bulk", "csrf", csrf, "action", "approve",
                "item", "flickr-main/" + first + " " + web.seen(first),
                "item", "flickr-main/" + second + " " + web.seen(second));

        assertThat(web.photo(first).state()).isEqualTo(PhotoState.APPROVED);
        assertThat(web.photo(second).state()).isEqualTo(PhotoState.APPROVED);
        assertThat(web.follow(done).body()).contains("approved candidate 1 &quot;A dog on a beach.&quot;",
                "approved candidate 1 &quot;Two boats at sea.&quot;");
    }

    @Test
    void bulkRejectionRejectsEverySelectedPhoto() {
        web.post("/queue/bulk", "csrf", web.csrf(), "action", "reject",
                "item", "flickr-main/" + first + " " + web.seen(first),
                "item", "flickr-main/" + second + " " + web.seen(second));

        assertThat(web.queued()).isEmpty();
    }

    @Test
    void aDecisionWordAsEditTextIsRefusedAndNothingIsDecided() {
        HttpResponse<String> refused = web.post("/queue/decide", "csrf", web.csrf(), "photo",
                "flickr-main/" + first, "seen", web.seen(first), "action", "edit", "text", "aprove");

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("flickr-main/" + first + ": &#39;aprove&#39; is not a caption but a "
                + "misspelt decision: did you mean approve?; nothing was decided");
        assertThat(decisions(first)).isEmpty();
    }

    @Test
    void theQueueOfOneAccountCanBeShownAlone() {
        assertThat(web.get("/queue?account=fb-shop").body()).contains("0 waiting", "Nothing waits");
    }

    private List<Decision> decisions(String remoteId) {
        return web.database.inTransaction(tx -> tx.decisions().forPhoto(web.photo(remoteId).id()));
    }
}
