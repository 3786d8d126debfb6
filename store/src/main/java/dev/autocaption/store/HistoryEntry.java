package dev.autocaption.store;

import dev.autocaption.config.AccountType;
import dev.autocaption.config.Engine;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One photo in the history.
 *
 * @param photoId        the store's id
 * @param accountId      the account's config id
 * @param remoteId       the platform's photo id
 * @param state          the current state
 * @param reason         why it is in that state; may be null
 * @param captionText    the best caption of the newest captioning; null before captioning
 * @param score          the written caption's score, else the best caption's; may be null
 * @param decisionSource where the newest decision came from; null when nobody decided
 * @param modelId        the model of the written caption, else of the newest captioning; may be null
 * @param engine         the engine of the written caption, else of the newest captioning; null before captioning
 * @param detections     what a detector engine saw in the newest captioning, highest score first; empty for
 *                       other engines and before captioning
 * @param postedText     the text of the newest successful write that was not rolled back; null if none
 * @param postedAt       when that write happened; null if none
 * @param updatedAt      the time of the last transition
 * @param accountType    the account's platform, as the store recorded it
 * @param runId          the run that enqueued that write ({@code rollback --run} undoes it); null when there is
 *                       no such write or a person's decision enqueued it outside a run
 */
public record HistoryEntry(long photoId, String accountId, String remoteId, PhotoState state, String reason,
                           String captionText, Double score, DecisionSource decisionSource, String modelId,
                           Engine engine, List<DetectedObject> detections, String postedText, Instant postedAt,
                           Instant updatedAt, AccountType accountType, Long runId) {
    public HistoryEntry {
        Checks.positive(photoId, "photoId");
        Checks.notBlank(accountId, "accountId");
        Checks.notBlank(remoteId, "remoteId");
        Objects.requireNonNull(state, "state");
        detections = List.copyOf(Objects.requireNonNull(detections, "detections"));
        Objects.requireNonNull(updatedAt, "updatedAt");
        Objects.requireNonNull(accountType, "accountType");
    }

    /** {@code <account>/<remote id>}. */
    public String key() {
        return accountId + "/" + remoteId;
    }
}
