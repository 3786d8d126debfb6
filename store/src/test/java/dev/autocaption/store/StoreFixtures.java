package dev.autocaption.store;

import dev.autocaption.testing.TestPlatforms;
import dev.autocaption.config.Engine;
import dev.autocaption.config.WriteMode;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

/** Valid defaults for stored records, so each test states only what it is about. */
final class StoreFixtures {
    /** Where the tests' clocks start. */
    static final Instant START = Instant.parse("2026-03-01T10:00:00Z");

    static final String FLICKR = "flickr-main";
    static final String PAGE = "page-news";
    static final String MODEL = "im2txt-demo-1";
    static final String DETECTOR = "nanodet-m-416";

    private StoreFixtures() {
    }

    static void accounts(Transaction tx) throws SQLException {
        tx.accounts().upsert(FLICKR, TestPlatforms.FLICKR);
        tx.accounts().upsert(PAGE, TestPlatforms.FACEBOOK_PAGE);
    }

    static DiscoveredPhoto discovered(String accountId, String remoteId) {
        return new DiscoveredPhoto(accountId, remoteId, "https://live.example/" + remoteId + ".jpg",
                Instant.parse("2026-02-27T08:00:00Z"), "IMG_" + remoteId, null, List.of("holiday", "beach"));
    }

    static Photo photo(Transaction tx, String accountId, String remoteId) throws SQLException {
        return tx.photos().insertIfAbsent(discovered(accountId, remoteId)).photo();
    }

    static CaptionCandidate candidate(int rank, String text, double score) {
        return new CaptionCandidate(rank, text, List.of(text.split(" ")), -1.5 * rank, Math.exp(-1.5 * rank), score,
                MODEL, Engine.SHOW_AND_TELL);
    }

    static CaptionCandidate detectorCandidate(String text, double score) {
        return new CaptionCandidate(1, text, List.of(text.split(" ")), Math.log(score), score, score, DETECTOR,
                Engine.DETECTOR);
    }

    static DetectedObject cat() {
        return new DetectedObject("cat", 0.58, 4.5, 3.25, 441, 293);
    }

    static DetectedObject dog() {
        return new DetectedObject("dog", 0.31, 120, 80, 60.5, 40);
    }

    static NewPost post(String key, long photoId, Long runId) {
        return new NewPost(key, photoId, runId, null, null, MODEL, 0.8, WriteMode.FILL_EMPTY, "a dog on a beach");
    }
}
