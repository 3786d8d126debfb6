package dev.autocaption.bot.approval;

import dev.autocaption.bot.pipeline.Outbox;
import dev.autocaption.config.AccountConfig;
import dev.autocaption.store.Database;
import dev.autocaption.store.Decision;
import dev.autocaption.store.DecisionAction;
import dev.autocaption.store.DecisionSource;
import dev.autocaption.store.Photo;
import dev.autocaption.store.PhotoState;
import dev.autocaption.store.Post;
import dev.autocaption.store.PostState;
import dev.autocaption.store.StoredCaption;
import dev.autocaption.store.Transaction;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The one place where a person's decision moves a photo: approve (a candidate) or edit → {@code approved} with an
 * outbox entry; reject → {@code dropped}. Queued and dropped photos can be decided; so can an approved photo not
 * written yet: its pending outbox entry is withdrawn first (a new decision replaces it, a reject drops the photo),
 * unless the decision is the one already pending. A photo not captioned yet waits; photos being written, posted,
 * skipped and failed are refused with the reason. Each decision is one transaction.
 */
public final class ApprovalWorkflow {
    /** What happened to one decision. */
    public enum Result {
        /** Recorded and applied. */
        APPLIED,
        /** The photo is not captioned yet; try again later. */
        NOT_YET,
        /** Not applied, for the reason in the message; applying it again will not help. */
        REFUSED
    }

    /** The result with a sentence for the person. */
    public record Outcome(Result result, String message) {
        public Outcome {
            Objects.requireNonNull(result, "result");
            Objects.requireNonNull(message, "message");
        }
    }

    private final Database database;
    private final Function<String, AccountConfig> accounts;

    /** @param accounts the account config by id; returns null for an id the config does not have */
    public ApprovalWorkflow(Database database, Function<String, AccountConfig> accounts) {
        this.database = Objects.requireNonNull(database, "database");
        this.accounts = Objects.requireNonNull(accounts, "accounts");
    }

    /** Applies one decision from {@code source}. */
    public Outcome apply(Approval approval, DecisionSource source) {
        return apply(approval, source, null);
    }

    /**
     * Applies one decision a person made on a page showing the photo as {@code seen}: refused, with what happened
     * meanwhile, when the photo is no longer as seen (decided from the approvals file, the CLI or another tab, or
     * captioned again), so that nothing is decided twice or on candidates the person did not see.
     *
     * @param seen what the page showed; null applies the decision to whatever the photo is now
     */
    public Outcome apply(Approval approval, DecisionSource source, SeenState seen) {
        AccountConfig account = accounts.apply(approval.accountId());
        if (account == null) {
            return new Outcome(Result.REFUSED, approval.key() + ": no account " + approval.accountId()
                    + " in the config");
        }
        return database.inTransaction(tx -> {
            Optional<Photo> photo = tx.photos().find(approval.accountId(), approval.photoId());
            if (photo.isEmpty()) {
                return new Outcome(Result.NOT_YET, approval.key() + ": no such photo has been seen on "
                        + approval.accountId() + " (yet)");
            }
            if (seen != null && !seen.equals(SeenState.of(tx, photo.get()))) {
                return changedMeanwhile(tx, photo.get());
            }
            return decide(tx, account, photo.get(), approval, source);
        });
    }

    private static Outcome changedMeanwhile(Transaction tx, Photo photo) throws SQLException {
        String last = tx.decisions().latest(photo.id()).map(d -> "; last decision: " + d.action().code() + " from "
                + d.source().code() + " at " + d.decidedAt()).orElse("");
        return new Outcome(Result.REFUSED, photo.key() + ": changed since the page showed it: now "
                + photo.state().code() + (photo.reason() == null ? "" : " (" + photo.reason() + ")") + last
                + "; your decision was not applied (reload to see the photo as it is now)");
    }

    private Outcome decide(Transaction tx, AccountConfig account, Photo photo, Approval approval,
                           DecisionSource source) throws SQLException {
        PhotoState state = photo.state();
        if (state == PhotoState.DISCOVERED || state == PhotoState.CAPTIONED) {
            return new Outcome(Result.NOT_YET, photo.key() + ": not captioned yet");
        }
        if (state != PhotoState.QUEUED && state != PhotoState.DROPPED && state != PhotoState.APPROVED) {
            return new Outcome(Result.REFUSED, photo.key() + ": already " + state.code()
                    + (photo.reason() == null ? "" : " (" + photo.reason() + ")") + "; decision ignored");
        }
        String withdrawn = "";
        if (state == PhotoState.APPROVED) {
            Optional<Post> pending = tx.posts().forPhoto(photo.id()).stream()
                    .filter(post -> post.state() == PostState.PENDING).findFirst();
            if (pending.isEmpty() || alreadyPending(tx, photo, pending.get(), approval)) {
                return new Outcome(Result.REFUSED, photo.key() + ": already approved with "
                        + (pending.isEmpty() ? "a write in progress" : "this decision") + "; nothing changed");
            }
            photo = withdraw(tx, photo, pending.get(), source);
            withdrawn = "approval withdrawn, ";
        }
        Outcome outcome = switch (approval.action()) {
            case REJECT -> reject(tx, photo, source);
            case APPROVE -> approve(tx, account, photo, approval.rank(), source);
            case EDIT -> edit(tx, account, photo, approval.text(), source);
        };
        return new Outcome(outcome.result(), outcome.message().replaceFirst(": ", ": " + withdrawn));
    }

    /** True when the pending write is exactly what {@code approval} asks for. */
    private static boolean alreadyPending(Transaction tx, Photo photo, Post pending, Approval approval)
            throws SQLException {
        Long captionId = pending.request().captionId();
        return switch (approval.action()) {
            case REJECT -> false;
            case EDIT -> captionId == null && pending.request().text().equals(approval.text());
            case APPROVE -> {
                List<StoredCaption> candidates = tx.captions().latest(photo.id());
                yield captionId != null && approval.rank() <= candidates.size()
                        && candidates.get(approval.rank() - 1).id() == captionId;
            }
        };
    }

    /** Takes back the pending write of an approved photo, which goes back to queued for the new decision. */
    private static Photo withdraw(Transaction tx, Photo photo, Post pending, DecisionSource source)
            throws SQLException {
        tx.posts().withdraw(pending.id(), "approval withdrawn (" + source.code() + ")");
        return tx.photos().transition(photo.id(), PhotoState.APPROVED, PhotoState.QUEUED,
                "approval withdrawn (" + source.code() + ")");
    }

    private static Outcome reject(Transaction tx, Photo photo, DecisionSource source) throws SQLException {
        tx.decisions().record(photo.id(), DecisionAction.REJECT, source, null, null);
        if (photo.state() == PhotoState.QUEUED) {
            tx.photos().transition(photo.id(), PhotoState.QUEUED, PhotoState.DROPPED, "rejected (" + source.code()
                    + ")");
        }
        return new Outcome(Result.APPLIED, photo.key() + ": rejected");
    }

    private static Outcome approve(Transaction tx, AccountConfig account, Photo photo, int rank,
                                   DecisionSource source) throws SQLException {
        List<StoredCaption> candidates = tx.captions().latest(photo.id());
        if (rank > candidates.size()) {
            return new Outcome(Result.REFUSED, photo.key() + ": candidate " + rank + " does not exist, the photo has "
                    + candidates.size());
        }
        StoredCaption caption = candidates.get(rank - 1);
        Decision decision = tx.decisions().record(photo.id(), DecisionAction.APPROVE, source, null, rank);
        Photo approved = tx.photos().transition(photo.id(), photo.state(), PhotoState.APPROVED,
                "approved (" + source.code() + ")");
        Outbox.enqueue(tx, account, approved, caption, decision, caption.text(), null);
        return new Outcome(Result.APPLIED, photo.key() + ": approved candidate " + rank + " \"" + caption.text()
                + "\"");
    }

    private static Outcome edit(Transaction tx, AccountConfig account, Photo photo, String text,
                                DecisionSource source) throws SQLException {
        Decision decision = tx.decisions().record(photo.id(), DecisionAction.EDIT, source, text, null);
        Photo approved = tx.photos().transition(photo.id(), photo.state(), PhotoState.APPROVED,
                "edited (" + source.code() + ")");
        Outbox.enqueue(tx, account, approved, null, decision, text, null);
        return new Outcome(Result.APPLIED, photo.key() + ": approved with the text \"" + text + "\"");
    }
}
