package dev.autocaption.store;

import java.time.Instant;

/**
 * Which written posts to select, e.g. for rollback. Every non-null field must match; all null selects every post.
 *
 * @param runId     the run that enqueued them
 * @param modelId   the model that wrote the caption
 * @param accountId the photo's account
 * @param photoId   one photo
 * @param since     posted at or after this time
 */
public record PostSelection(Long runId, String modelId, String accountId, Long photoId, Instant since) {
    /** Every post. */
    public static PostSelection all() {
        return new PostSelection(null, null, null, null, null);
    }

    /** Posts enqueued by one run. */
    public static PostSelection ofRun(long runId) {
        return new PostSelection(runId, null, null, null, null);
    }

    /** Posts of captions written by one model. */
    public static PostSelection ofModel(String modelId) {
        return new PostSelection(null, Checks.notBlank(modelId, "modelId"), null, null, null);
    }

    /** Posts to one account, at or after {@code since} (null for all). */
    public static PostSelection ofAccount(String accountId, Instant since) {
        return new PostSelection(null, null, Checks.notBlank(accountId, "accountId"), null, since);
    }

    /** Posts to one photo. */
    public static PostSelection ofPhoto(long photoId) {
        return new PostSelection(null, null, null, photoId, null);
    }
}
