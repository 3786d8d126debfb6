package dev.autocaption.bot.approval;

import dev.autocaption.store.Decision;
import dev.autocaption.store.Photo;
import dev.autocaption.store.PhotoState;
import dev.autocaption.store.Transaction;
import java.sql.SQLException;
import java.util.Objects;
import java.util.Optional;

/**
 * What a person saw of a photo when they decided on a page: its state, when that state began, and the newest
 * decision about it. A decision made on what is no longer there (the approvals file, the CLI or another tab
 * decided meanwhile, or the photo was captioned again) is refused by {@link ApprovalWorkflow#apply(Approval,
 * dev.autocaption.store.DecisionSource, SeenState)} instead of being applied on top.
 *
 * @param state          the state shown
 * @param stateChangedAt when that state began, in epoch milliseconds
 * @param decisionId     the newest decision's id; 0 when there was none
 */
public record SeenState(PhotoState state, long stateChangedAt, long decisionId) {
    public SeenState {
        Objects.requireNonNull(state, "state");
        if (decisionId < 0) {
            throw new IllegalArgumentException("decisionId must not be negative, was " + decisionId);
        }
    }

    /** What the photo looks like now, in the caller's transaction. */
    public static SeenState of(Transaction tx, Photo photo) throws SQLException {
        Optional<Decision> latest = tx.decisions().latest(photo.id());
        return new SeenState(photo.state(), photo.stateChangedAt().toEpochMilli(), latest.map(Decision::id)
                .orElse(0L));
    }

    /** The form a page carries: {@code queued.1767225600000.0}. */
    public String token() {
        return state.code() + "." + stateChangedAt + "." + decisionId;
    }

    /**
     * Reads {@link #token()} back.
     *
     * @throws IllegalArgumentException naming the value when it is not such a token
     */
    public static SeenState parse(String token) {
        String[] parts = token == null ? new String[0] : token.split("\\.", -1);
        try {
            if (parts.length == 3) {
                return new SeenState(PhotoState.fromCode(parts[0]), Long.parseLong(parts[1]),
                        Long.parseLong(parts[2]));
            }
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not a seen-state token (state.millis.decision): " + token, e);
        }
        throw new IllegalArgumentException("not a seen-state token (state.millis.decision): " + token);
    }
}
