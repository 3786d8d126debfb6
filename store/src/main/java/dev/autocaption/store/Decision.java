package dev.autocaption.store;

import java.time.Instant;
import java.util.Objects;

/**
 * A person's decision about a photo's caption.
 *
 * @param id            the store's id (0 is never stored)
 * @param photoId       the photo's id
 * @param action        approve, reject or edit
 * @param source        config, cli or web
 * @param decidedAt     when it was recorded
 * @param editedText    the person's text; required for edit, null otherwise
 * @param candidateRank which candidate was approved; null means the best one (and for reject and edit)
 */
public record Decision(long id, long photoId, DecisionAction action, DecisionSource source, Instant decidedAt,
                       String editedText, Integer candidateRank) {
    public Decision {
        Checks.positive(id, "id");
        Checks.positive(photoId, "photoId");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(decidedAt, "decidedAt");
        checkShape(action, editedText, candidateRank);
    }

    static void checkShape(DecisionAction action, String editedText, Integer candidateRank) {
        if (action == DecisionAction.EDIT && (editedText == null || editedText.isBlank())) {
            throw new IllegalArgumentException("editedText is required for an edit decision, was " + editedText);
        }
        if (action != DecisionAction.EDIT && editedText != null) {
            throw new IllegalArgumentException("editedText is only for edit decisions, was given for " + action.code());
        }
        if (candidateRank != null && (action != DecisionAction.APPROVE || candidateRank < 1)) {
            throw new IllegalArgumentException("candidateRank must be >= 1 and only given to approve, was "
                    + candidateRank + " for " + action.code());
        }
    }
}
