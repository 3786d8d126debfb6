package dev.autocaption.store;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A stored photo and where it is in its life.
 *
 * @param id             the store's id
 * @param accountId      the account's config id
 * @param remoteId       the platform's photo id
 * @param imageUrl       where to download the image; may be null
 * @param uploadedAt     when it was uploaded; may be null
 * @param title          may be null
 * @param humanText      the text the person already had; may be null
 * @param tags           the photo's tags
 * @param state          the current state
 * @param reason         why it is in this state (required for failed and skipped); may be null otherwise
 * @param discoveredAt   when the store first saw it
 * @param stateChangedAt when the last transition happened
 * @param attempts       failed attempts of the current step (a transient download, decoding or write failure);
 *                       0 once the photo moves on. A failed photo keeps the count it failed with.
 * @param nextAttemptAt  when the daemon may try the current step again; null means now
 */
public record Photo(long id, String accountId, String remoteId, String imageUrl, Instant uploadedAt, String title,
                    String humanText, List<String> tags, PhotoState state, String reason, Instant discoveredAt,
                    Instant stateChangedAt, int attempts, Instant nextAttemptAt) {
    public Photo {
        Checks.positive(id, "id");
        Checks.notBlank(accountId, "accountId");
        Checks.notBlank(remoteId, "remoteId");
        tags = Checks.lineList(tags, "tags");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(discoveredAt, "discoveredAt");
        Objects.requireNonNull(stateChangedAt, "stateChangedAt");
        if (attempts < 0) {
            throw new IllegalArgumentException("attempts must not be negative, was " + attempts);
        }
    }

    /** True when the current step may run at {@code now} (it has no retry time, or that time has come). */
    public boolean dueAt(Instant now) {
        return nextAttemptAt == null || !nextAttemptAt.isAfter(now);
    }

    /** {@code <account>/<remote id>}, the key people use in the approvals file and the CLI. */
    public String key() {
        return accountId + "/" + remoteId;
    }
}
