package dev.autocaption.bot.pipeline;

import dev.autocaption.store.Photo;
import dev.autocaption.store.PhotoState;
import dev.autocaption.store.Post;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Work claimed by one cluster instance ({@code SELECT ... FOR UPDATE SKIP LOCKED} plus a claim lease on the row):
 * two instances never take the same photo or entry at once, and a claim held by an instance that died is taken
 * over once its lease ran out. An entry taken over goes through the publisher's re-read, so a write the dead
 * instance had already made is reconciled, not repeated.
 *
 * @param owner this instance's id
 * @param lease how long a claim lasts unless renewed
 */
public record ClusterClaims(String owner, Duration lease) implements WorkClaims {
    public ClusterClaims {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(lease, "lease");
    }

    @Override
    public List<Photo> photosToCaption(Cycle cycle, int limit) {
        return cycle.database().inTransaction(tx -> tx.claims().claimPhotosToCaption(owner, cycle.accountId(),
                lease, limit));
    }

    @Override
    public void renewPhotos(Cycle cycle, List<Photo> photos) {
        if (!photos.isEmpty()) {
            cycle.database().useTransaction(tx -> tx.claims().renewPhotos(owner, ids(photos), lease));
        }
    }

    @Override
    public void releasePhotos(Cycle cycle, List<Photo> photos) {
        if (!photos.isEmpty()) {
            cycle.database().useTransaction(tx -> tx.claims().releasePhotos(owner, ids(photos)));
        }
    }

    @Override
    public Optional<Post> nextPost(Cycle cycle) {
        return cycle.database().inTransaction(tx -> {
            Optional<Post> post = tx.claims().claimPostToWrite(owner, cycle.accountId(), lease);
            if (post.isPresent()) {
                tx.photos().transition(post.get().photoId(), PhotoState.APPROVED, PhotoState.POSTING, null);
            }
            return post;
        });
    }

    @Override
    public List<Post> abandonedPosts(Cycle cycle) {
        return cycle.database().inTransaction(tx -> tx.claims().takeOverAbandonedPosts(owner, cycle.accountId(),
                lease));
    }

    @Override
    public void releasePost(Cycle cycle, Post post) {
        cycle.database().useTransaction(tx -> tx.claims().releasePost(owner, post.id()));
    }

    private static List<Long> ids(List<Photo> photos) {
        return photos.stream().map(Photo::id).toList();
    }
}
