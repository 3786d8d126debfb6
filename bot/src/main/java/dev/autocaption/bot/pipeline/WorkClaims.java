package dev.autocaption.bot.pipeline;

import dev.autocaption.store.Photo;
import dev.autocaption.store.PhotoState;
import dev.autocaption.store.Post;
import dev.autocaption.store.PostState;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How a cycle takes its work. {@link #ALONE}: a single daemon owns the store (the daemon lock says so), so it
 * takes what is due and finishes any entry left claimed. {@link ClusterClaims}: several instances share the store,
 * so photos and entries are claimed row by row with a lease, and only expired claims are taken over.
 */
public interface WorkClaims {
    /** A single daemon: today's path, no claim columns. */
    WorkClaims ALONE = new Alone();

    /** The account's due {@code discovered} photos this cycle may caption, at most {@code limit}. */
    List<Photo> photosToCaption(Cycle cycle, int limit);

    /** Still working on these photos (a long captioning): keeps them this instance's. */
    void renewPhotos(Cycle cycle, List<Photo> photos);

    /** Done with these photos, whatever became of them. */
    void releasePhotos(Cycle cycle, List<Photo> photos);

    /** The next due pending entry of the account, claimed (and its photo moved to {@code posting}); empty if none. */
    Optional<Post> nextPost(Cycle cycle);

    /** Entries of the account left claimed by a process that stopped before finishing them. */
    List<Post> abandonedPosts(Cycle cycle);

    /** Done with this entry. */
    void releasePost(Cycle cycle, Post post);

    /** The single daemon's way. */
    final class Alone implements WorkClaims {
        private Alone() {
        }

        @Override
        public List<Photo> photosToCaption(Cycle cycle, int limit) {
            return cycle.database().inTransaction(tx -> tx.photos().due(cycle.accountId(), PhotoState.DISCOVERED,
                    tx.clock().instant(), limit));
        }

        @Override
        public void renewPhotos(Cycle cycle, List<Photo> photos) {
            // nobody else takes them
        }

        @Override
        public void releasePhotos(Cycle cycle, List<Photo> photos) {
            // nothing was claimed
        }

        @Override
        public Optional<Post> nextPost(Cycle cycle) {
            return cycle.database().inTransaction(tx -> {
                Optional<Post> post = tx.posts().claimNext(cycle.accountId());
                if (post.isPresent()) {
                    tx.photos().transition(post.get().photoId(), PhotoState.APPROVED, PhotoState.POSTING, null);
                }
                return post;
            });
        }

        @Override
        public List<Post> abandonedPosts(Cycle cycle) {
            return cycle.database().inTransaction(tx -> {
                List<Post> mine = new ArrayList<>();
                for (Post post : tx.posts().inState(PostState.CLAIMED)) {
                    if (tx.photos().find(post.photoId()).map(p -> p.accountId().equals(cycle.accountId()))
                            .orElse(false)) {
                        mine.add(post);
                    }
                }
                return mine;
            });
        }

        @Override
        public void releasePost(Cycle cycle, Post post) {
            // nothing was claimed
        }
    }
}
