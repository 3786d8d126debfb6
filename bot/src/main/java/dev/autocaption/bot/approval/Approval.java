package dev.autocaption.bot.approval;

import java.util.Objects;

/**
 * One decision the person wrote about one queued photo.
 *
 * @param accountId the account id part of the key {@code <account>/<photo>}
 * @param photoId   the remote photo id part of the key
 * @param action    approve (top or numbered candidate), reject, or edit (post this text)
 * @param rank      for {@link Action#APPROVE}: the 1-based candidate to post (1 = the top one); else 0
 * @param text      for {@link Action#EDIT}: the text to post; else null
 */
public record Approval(String accountId, String photoId, Action action, int rank, String text) {
    /** What the person decided. */
    public enum Action { APPROVE, REJECT, EDIT }

    public Approval {
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(photoId, "photoId");
        Objects.requireNonNull(action, "action");
        if (action == Action.APPROVE && rank < 1) {
            throw new IllegalArgumentException("an approval names candidate 1 or later, was " + rank);
        }
        if (action == Action.EDIT && (text == null || text.isBlank())) {
            throw new IllegalArgumentException("an edit needs text, photo " + accountId + "/" + photoId);
        }
    }

    public static Approval approve(String accountId, String photoId, int rank) {
        return new Approval(accountId, photoId, Action.APPROVE, rank, null);
    }

    public static Approval reject(String accountId, String photoId) {
        return new Approval(accountId, photoId, Action.REJECT, 0, null);
    }

    public static Approval edit(String accountId, String photoId, String text) {
        return new Approval(accountId, photoId, Action.EDIT, 0, text.strip());
    }

    /** The key as written in the approvals file. */
    public String key() {
        return accountId + "/" + photoId;
    }
}
