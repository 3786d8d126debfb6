package dev.autocaption.store;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A stored outbox entry.
 *
 * @param id               the store's id
 * @param request          what was enqueued
 * @param state            where the entry is
 * @param attempts         how many times it was claimed
 * @param nextAttemptAt    when it may be claimed (again)
 * @param lastError        the last failure; null if none
 * @param previousText     what the remote field held just before our write, for rollback; null until recorded
 * @param createdRemoteIds ids of what the write created on the remote side, e.g. a comment id; empty if none
 * @param createdAt        when it was enqueued
 * @param updatedAt        when it last changed
 * @param postedAt         when the write succeeded; null until then
 * @param rolledBackAt     when the write was undone; null unless rolled back
 */
public record Post(long id, NewPost request, PostState state, int attempts, Instant nextAttemptAt, String lastError,
                   String previousText, List<String> createdRemoteIds, Instant createdAt, Instant updatedAt,
                   Instant postedAt, Instant rolledBackAt) {
    public Post {
        Checks.positive(id, "id");
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(state, "state");
        Checks.atLeast(attempts, 0, "attempts");
        Objects.requireNonNull(nextAttemptAt, "nextAttemptAt");
        createdRemoteIds = Checks.lineList(createdRemoteIds, "createdRemoteIds");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /** The idempotency key. */
    public String idempotencyKey() {
        return request.idempotencyKey();
    }

    /** The photo's id. */
    public long photoId() {
        return request.photoId();
    }
}
