package dev.autocaption.bot.pipeline;

import dev.autocaption.config.RetryConfig;
import dev.autocaption.store.Photo;
import dev.autocaption.store.PhotoState;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Records a failure that concerns one photo, as {@link FailureScope} decided: a transient one keeps the photo in
 * its state with the attempt counted and its own next-try time (1 min, 5 min, 30 min, …), until the photo's
 * {@link RetryConfig#photoAttempts()}th attempt, which ends it failed with the last reason; a permanent one ends it
 * failed (or skipped, for an unreadable image) at once. Each in its own transaction; the cycle goes on.
 */
final class PhotoFailures {
    private final RetryConfig retry;

    PhotoFailures(RetryConfig retry) {
        this.retry = Objects.requireNonNull(retry, "retry");
    }

    /** Records the failure of {@code photo}, which the caller found in {@code state}. */
    void record(Cycle cycle, Photo photo, PhotoState state, FailureScope scope, String reason) {
        switch (scope) {
            case PHOTO_RETRY_LATER -> retryOrFail(cycle, photo, state, reason);
            case PHOTO_FAILED -> fail(cycle, photo, state, reason);
            case PHOTO_SKIPPED -> skip(cycle, photo, state, reason);
            default -> throw new IllegalArgumentException("a failure of scope " + scope + " concerns the account, "
                    + "not photo " + photo.key());
        }
    }

    private void retryOrFail(Cycle cycle, Photo photo, PhotoState state, String reason) {
        int attempt = photo.attempts() + 1;
        if (attempt >= retry.photoAttempts()) {
            fail(cycle, photo, state, "after " + attempt + (attempt == 1 ? " attempt: " : " attempts: ") + reason);
            return;
        }
        Duration wait = retry.backoffAfter(attempt);
        Instant next = cycle.database().inTransaction(tx -> tx.photos().retryLater(photo.id(), state, reason,
                tx.clock().instant().plus(wait), cycle.runId()).nextAttemptAt());
        cycle.emit(PipelineEvent.Kind.RETRY, photo.key(), "attempt " + attempt + " of " + retry.photoAttempts()
                + " failed, next try in " + minutes(wait) + " (" + next + "): " + reason);
    }

    private static void fail(Cycle cycle, Photo photo, PhotoState state, String reason) {
        cycle.database().useTransaction(tx -> tx.photos().transition(photo.id(), state, PhotoState.FAILED, reason));
        cycle.counts().failed();
        cycle.emit(PipelineEvent.Kind.FAILED, photo.key(), reason);
    }

    private static void skip(Cycle cycle, Photo photo, PhotoState state, String reason) {
        cycle.database().useTransaction(tx -> tx.photos().transition(photo.id(), state, PhotoState.SKIPPED, reason));
        cycle.counts().skipped();
        cycle.emit(PipelineEvent.Kind.SKIPPED, photo.key(), reason);
    }

    private static String minutes(Duration wait) {
        return wait.toHours() >= 1 ? wait.toHours() + " h" : wait.toMinutes() + " min";
    }
}
