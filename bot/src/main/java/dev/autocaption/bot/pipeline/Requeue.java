package dev.autocaption.bot.pipeline;

import dev.autocaption.store.Database;
import dev.autocaption.store.Photo;
import dev.autocaption.store.PhotoState;
import dev.autocaption.store.Post;
import dev.autocaption.store.PostState;
import dev.autocaption.store.Transaction;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Puts photos back in line after a person fixed what made them fail ({@code autocaption retry}): a photo whose
 * write failed gets its outbox entry back (same text, same idempotency key, so still at most one write) and is
 * approved again; any other failed photo, and one skipped as a bad image, is discovered again, its attempts reset,
 * and the next cycle downloads and captions it. Each photo in its own transaction.
 */
public final class Requeue {
    /** Failed photos taken per call of {@link #failed}. */
    static final int MAX_PHOTOS = 100_000;

    private final Database database;

    public Requeue(Database database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    /** What happened to one photo. */
    public record Outcome(String key, boolean requeued, String message) {
    }

    /** Puts one photo back in line; refused (with the reason) unless it is failed or skipped as a bad image. */
    public Outcome photo(String accountId, String remoteId) {
        return database.inTransaction(tx -> {
            Optional<Photo> photo = tx.photos().find(accountId, remoteId);
            if (photo.isEmpty()) {
                return new Outcome(accountId + "/" + remoteId, false, accountId + "/" + remoteId
                        + ": no such photo in the store");
            }
            return requeue(tx, photo.get());
        });
    }

    /** Puts every failed photo back in line, of one account or (null) of all. */
    public List<Outcome> failed(String accountId) {
        List<Photo> failed = database.inTransaction(tx -> tx.photos().inState(accountId, PhotoState.FAILED,
                MAX_PHOTOS));
        List<Outcome> outcomes = new ArrayList<>();
        for (Photo photo : failed) {
            outcomes.add(database.inTransaction(tx -> requeue(tx, photo)));
        }
        return outcomes;
    }

    private static Outcome requeue(Transaction tx, Photo photo) throws SQLException {
        boolean badImage = photo.state() == PhotoState.SKIPPED && photo.reason() != null
                && photo.reason().startsWith("bad image");
        if (photo.state() != PhotoState.FAILED && !badImage) {
            return new Outcome(photo.key(), false, photo.key() + " is " + photo.state().code()
                    + (photo.reason() == null ? "" : " (" + photo.reason() + ")")
                    + "; only failed photos and photos skipped as a bad image can be retried");
        }
        Optional<Post> failedPost = tx.posts().forPhoto(photo.id()).stream()
                .max(Comparator.comparingLong(Post::id)).filter(post -> post.state() == PostState.FAILED);
        if (photo.state() == PhotoState.FAILED && failedPost.isPresent()) {
            tx.posts().requeue(failedPost.get().id());
            tx.photos().transition(photo.id(), PhotoState.FAILED, PhotoState.APPROVED, "retry requested");
            return new Outcome(photo.key(), true, photo.key() + ": approved again; its caption is written in the "
                    + "next cycle (was: " + photo.reason() + ")");
        }
        tx.photos().transition(photo.id(), photo.state(), PhotoState.DISCOVERED, "retry requested");
        return new Outcome(photo.key(), true, photo.key() + ": back in line; the next cycle downloads and captions "
                + "it again (was: " + photo.reason() + ")");
    }
}
