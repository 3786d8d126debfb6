package dev.autocaption.store;

import dev.autocaption.config.WriteMode;
import java.util.Objects;

/**
 * An outbox entry to enqueue: the text to write to one photo, and what it is based on.
 *
 * @param idempotencyKey unique per write, e.g. {@code <account>/<photo>/<generation>}; enqueueing the same key again
 *                       returns the existing entry instead of a second write
 * @param photoId        the photo's id
 * @param runId          the run that enqueued it; null outside a run
 * @param captionId      the caption candidate it writes; null for a person's edited text
 * @param decisionId     the decision that approved it; null for automatic approval
 * @param modelId        the model that wrote the caption; null for a person's edited text
 * @param score          the caption's score; null for a person's edited text
 * @param writeMode      how the text reaches the photo
 * @param text           the exact text to write (the write template already applied)
 */
public record NewPost(String idempotencyKey, long photoId, Long runId, Long captionId, Long decisionId,
                      String modelId, Double score, WriteMode writeMode, String text) {
    public NewPost {
        Checks.notBlank(idempotencyKey, "idempotencyKey");
        Checks.positive(photoId, "photoId");
        Objects.requireNonNull(writeMode, "writeMode");
        Checks.notBlank(text, "text");
        if (score != null) {
            Checks.finite(score, "score");
        }
    }
}
