package dev.autocaption.bot.pipeline;

import dev.autocaption.bot.connector.ConnectorException;
import dev.autocaption.bot.connector.RemotePhoto;
import dev.autocaption.bot.connector.WriteReceipt;
import dev.autocaption.config.RetryConfig;
import dev.autocaption.store.Photo;
import dev.autocaption.store.PhotoState;
import dev.autocaption.store.Post;
import dev.autocaption.store.PostState;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Writes the account's due outbox entries exactly once. For each entry: claim it (photo {@code posting}), re-read
 * the photo, reconcile when our text or marker is already there, refuse to overwrite a person's new text (photo
 * {@code skipped: human text}, unless the write mode appends or replaces), record the field's current text, write,
 * mark, then record the receipts and {@code posted} in one transaction. An entry still claimed after a crash goes
 * through the same steps from the re-read, so it is reconciled instead of written again. New entries are written
 * only while the account's {@link PostingCap} allows; the rest wait, pending, for a later cycle.
 *
 * <p>A failed write has the scope {@link FailureScope} gives it: one refused for this photo ends the photo failed
 * and the cycle goes on with the next entry; the API's own rate limit or 5xx, or a revoked token, returns the entry
 * to the outbox with its retry time and stops the step, so that the account backs off or pauses.
 */
public final class Publisher {
    /** Attempts before an entry whose writes keep failing on the account's side (5xx, timeouts) is given up. */
    static final int MAX_ATTEMPTS = 10;
    /** Entries written per cycle and account. */
    static final int MAX_PER_CYCLE = 200;

    private final RemoteWrite remoteWrite = new RemoteWrite();
    private final RetryConfig retry;
    private final WorkClaims claims;

    public Publisher(RetryConfig retry) {
        this(retry, WorkClaims.ALONE);
    }

    /** @param claims how entries are taken: alone, or claimed among cluster instances */
    public Publisher(RetryConfig retry, WorkClaims claims) {
        this.retry = Objects.requireNonNull(retry, "retry");
        this.claims = Objects.requireNonNull(claims, "claims");
    }

    /** Finishes entries a crashed process left claimed, then writes the due ones. */
    public void run(Cycle cycle) throws ConnectorException {
        for (Post post : claims.abandonedPosts(cycle)) {
            finishClaimed(cycle, post);
        }
        if (cycle.dryRun()) {
            preview(cycle);
            return;
        }
        for (int written = 0; written < MAX_PER_CYCLE && !cycle.stopping().getAsBoolean(); written++) {
            if (capped(cycle)) {
                return;
            }
            Optional<Post> claimed = claims.nextPost(cycle);
            if (claimed.isEmpty()) {
                return;
            }
            finishClaimed(cycle, claimed.get());
        }
    }

    /** True when the account's max-posts-per-day allows no write now; what waits is reported. */
    private static boolean capped(Cycle cycle) {
        PostingCap.Reached cap = cycle.database().inTransaction(tx -> PostingCap.check(tx, cycle.account().config(),
                tx.clock().instant()));
        if (cap != null && cap.waiting() > 0) {
            cycle.emit(PipelineEvent.Kind.ACCOUNT, cycle.accountId(), cap.describe(cap.freeAt().toString()));
        }
        return cap != null;
    }

    private void finishClaimed(Cycle cycle, Post post) throws ConnectorException {
        try {
            finish(cycle, post);
        } finally {
            claims.releasePost(cycle, post);
        }
    }

    private void preview(Cycle cycle) throws ConnectorException {
        List<Post> pending = cycle.database().inTransaction(tx -> tx.posts().inState(PostState.PENDING));
        for (Post post : pending) {
            Photo photo = cycle.database().inTransaction(tx -> tx.photos().find(post.photoId())).orElseThrow();
            if (photo.accountId().equals(cycle.accountId())) {
                RemotePhoto remote = cycle.account().source().refresh(remote(cycle, photo));
                String verdict = remoteWrite.blockedByHumanText(cycle.account().config(), remote, post)
                        ? "would skip, the field now holds a person's text" : "would write \""
                        + post.request().text() + "\"";
                cycle.emit(PipelineEvent.Kind.WOULD_POST, photo.key(), verdict);
            }
        }
    }

    private void finish(Cycle cycle, Post post) throws ConnectorException {
        Photo photo = cycle.database().inTransaction(tx -> tx.photos().find(post.photoId())).orElseThrow();
        try {
            RemoteWrite.Outcome outcome = remoteWrite.write(cycle, post, remote(cycle, photo));
            complete(cycle, post, photo, outcome);
        } catch (ConnectorException e) {
            failed(cycle, post, photo, e);
        }
    }

    private static RemotePhoto remote(Cycle cycle, Photo photo) {
        String postId = cycle.database().inTransaction(tx -> PipelineRows.remotePostId(tx, photo.id())).orElse(null);
        return RemotePhotos.of(photo, postId);
    }

    private static void complete(Cycle cycle, Post post, Photo photo, RemoteWrite.Outcome outcome) {
        if (outcome.skipReason() != null) {
            cycle.database().useTransaction(tx -> {
                tx.posts().markFailed(post.id(), outcome.skipReason());
                tx.photos().transition(photo.id(), PhotoState.POSTING, PhotoState.SKIPPED, outcome.skipReason());
            });
            cycle.counts().skipped();
            cycle.emit(PipelineEvent.Kind.SKIPPED, photo.key(), outcome.skipReason());
            return;
        }
        cycle.database().useTransaction(tx -> {
            List<String> refs = new java.util.ArrayList<>();
            for (WriteReceipt receipt : List.of(outcome.write(), outcome.mark())) {
                if (receipt != null && receipt.action().changedRemote()) {
                    PipelineRows.saveReceipt(tx, post.id(), receipt == outcome.write() ? PipelineRows.WRITE
                            : PipelineRows.MARK, receipt);
                    refs.addAll(receipt.remoteRefs());
                }
            }
            tx.posts().markDone(post.id(), refs);
            tx.photos().transition(photo.id(), PhotoState.POSTING, PhotoState.POSTED, outcome.reconciled()
                    ? "reconciled from the remote state" : null);
        });
        cycle.counts().posted();
        cycle.emit(outcome.reconciled() ? PipelineEvent.Kind.RECONCILED : PipelineEvent.Kind.POSTED, photo.key(),
                "\"" + (outcome.write() == null ? post.request().text() : outcome.write().writtenText()) + "\"");
    }

    private void failed(Cycle cycle, Post post, Photo photo, ConnectorException e) throws ConnectorException {
        FailureScope scope = FailureScope.of(e);
        boolean giveUp = scope == FailureScope.PHOTO_FAILED || (scope != FailureScope.ACCOUNT_PAUSED
                && post.attempts() >= (scope.concernsAccount() ? MAX_ATTEMPTS : retry.photoAttempts()));
        String reason = "post: " + (giveUp && scope != FailureScope.PHOTO_FAILED ? "after " + post.attempts()
                + " attempts: " : "") + e.getMessage();
        cycle.database().useTransaction(tx -> {
            if (giveUp) {
                tx.posts().markFailed(post.id(), e.getMessage());
                tx.photos().transition(photo.id(), PhotoState.POSTING, PhotoState.FAILED, reason);
            } else if (scope == FailureScope.ACCOUNT_PAUSED) {
                tx.posts().release(post.id(), e.getMessage(), tx.clock().instant());
                tx.photos().transition(photo.id(), PhotoState.POSTING, PhotoState.APPROVED, null);
            } else {
                tx.posts().markRetry(post.id(), e.getMessage(), retryAt(tx.clock().instant(), post, e));
                tx.photos().transition(photo.id(), PhotoState.POSTING, PhotoState.APPROVED, null);
            }
        });
        if (giveUp) {
            cycle.counts().failed();
            cycle.emit(PipelineEvent.Kind.FAILED, photo.key(), reason);
        } else if (scope.concernsAccount()) {
            throw e;
        } else {
            cycle.emit(PipelineEvent.Kind.RETRY, photo.key(), "post attempt " + post.attempts() + " failed: "
                    + e.getMessage());
        }
    }

    static Instant retryAt(Instant now, Post post, ConnectorException e) {
        Duration backoff = Duration.ofMinutes(1L << Math.min(6, Math.max(0, post.attempts() - 1)));
        if (e.retryAfter() != null && e.retryAfter().compareTo(backoff) > 0) {
            backoff = e.retryAfter();
        }
        return now.plus(backoff);
    }
}
