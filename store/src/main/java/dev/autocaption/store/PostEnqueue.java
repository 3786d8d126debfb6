package dev.autocaption.store;

import java.util.Objects;

/**
 * The result of {@link PostRepository#enqueue}.
 *
 * @param post    the entry with that idempotency key
 * @param created false when the key was already in the outbox, so nothing new was enqueued
 */
public record PostEnqueue(Post post, boolean created) {
    public PostEnqueue {
        Objects.requireNonNull(post, "post");
    }
}
