package dev.autocaption.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class FaultScriptTest {

    private final Fault first = new Fault.HttpStatus(503, null);
    private final Fault second = new Fault.FlickrError(105, "Service currently unavailable");
    private final Fault always = new Fault.HttpStatus(500, null);

    @Test
    void queuedFaultsAreUsedOnceInOrderForTheirOperation() {
        FaultScript script = new FaultScript().once("a", first).once("a", second);

        assertThat(script.next("b")).isEmpty();
        assertThat(script.next("a")).contains(first);
        assertThat(script.next("a")).contains(second);
        assertThat(script.next("a")).isEmpty();
    }

    @Test
    void permanentFaultsApplyUntilClearedAndQueuedOnesGoFirst() {
        FaultScript script = new FaultScript().always(FaultScript.ANY, always).once("a", first);

        assertThat(script.next("a")).contains(first);
        assertThat(script.next("a")).contains(always);
        assertThat(script.next("z")).contains(always);
        script.clear();
        assertThat(script.next("a")).isEmpty();
    }

    @Test
    void recordedRequestsMaskTokensSignaturesAndAuthorization() {
        SimRequest request = new SimRequest("POST", "/v22.0/1/comments",
                Map.of("access_token", "EAAsecret", "message", "hi", "oauth_signature", "sig"),
                Map.of("authorization", "OAuth oauth_token=\"secret\"", "cookie", "c=1", "user-agent", "x"));

        RecordedRequest recorded = RecordedRequest.of("comment.create", request);

        assertThat(recorded.params()).containsEntry("access_token", RecordedRequest.MASK)
                .containsEntry("oauth_signature", RecordedRequest.MASK).containsEntry("message", "hi");
        assertThat(recorded.headers()).containsEntry("authorization", "OAuth " + RecordedRequest.MASK)
                .doesNotContainKey("cookie");
        assertThat(recorded.toString()).doesNotContain("EAAsecret").doesNotContain("\"secret\"");
    }
}
