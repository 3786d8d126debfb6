package dev.autocaption.bot.pipeline;

import dev.autocaption.bot.connector.ConnectorException;
import dev.autocaption.bot.connector.PhotoSource;
import dev.autocaption.config.RetryConfig;
import dev.autocaption.inference.CaptionResult;
import dev.autocaption.inference.CaptioningException;
import dev.autocaption.inference.ImageCaptioner;
import dev.autocaption.inference.ImageInput;
import dev.autocaption.store.Database;
import dev.autocaption.store.Photo;
import dev.autocaption.store.PhotoState;
import dev.autocaption.store.StoredCaption;
import java.util.List;
import java.util.Objects;

/**
 * Captions one stored photo again and queues the new candidates for review, whatever the filter would say: a person
 * asked for it. A posted photo must be rolled back first (we never write over our own post silently).
 */
public final class Recaption {
    /** Not approved or posting: their outbox entry would still write the old caption. */
    private static final java.util.Set<PhotoState> RECAPTIONABLE = java.util.EnumSet.of(PhotoState.DISCOVERED,
            PhotoState.QUEUED, PhotoState.DROPPED, PhotoState.FAILED, PhotoState.SKIPPED, PhotoState.ROLLED_BACK);

    private final Database database;
    private final ImageCaptioner captioner;

    public Recaption(Database database, ImageCaptioner captioner) {
        this.database = Objects.requireNonNull(database, "database");
        this.captioner = Objects.requireNonNull(captioner, "captioner");
    }

    /**
     * The photo, when it can be captioned again now; cheap, so callers check before they load a model.
     *
     * @throws IllegalStateException naming the photo and why not (unknown, posted, approved, ...)
     */
    public static Photo check(Database database, String accountId, String remoteId) {
        Photo photo = database.inTransaction(tx -> tx.photos().find(accountId, remoteId)).orElseThrow(
                () -> new IllegalStateException("no photo " + accountId + "/" + remoteId + " in the store"));
        if (!RECAPTIONABLE.contains(photo.state()) || photo.imageUrl() == null) {
            throw new IllegalStateException("photo " + photo.key() + " is " + photo.state().code()
                    + (photo.state() == PhotoState.POSTED ? "; roll it back first (autocaption rollback --photo "
                    + photo.key() + ")" : "; it cannot be captioned again now"));
        }
        return photo;
    }

    /** @return the new candidates, best first */
    public List<StoredCaption> run(PhotoSource source, String remoteId) throws ConnectorException, CaptioningException {
        Photo photo = check(database, source.account().id(), remoteId);
        String postId = database.inTransaction(tx -> PipelineRows.remotePostId(tx, photo.id())).orElse(null);
        byte[] image = source.openImage(RemotePhotos.of(photo, postId));
        CaptionResult result = captioner.caption(List.of(new ImageInput(photo.key(), image))).get(0);
        if (result.failed() || result.captions().isEmpty()) {
            throw new IllegalStateException("photo " + photo.key() + ": " + (result.failed() ? result.error()
                    : "the model recognised nothing"));
        }
        Captioning captioning = new Captioning(captioner, 1, RetryConfig.defaults());
        return database.inTransaction(tx -> {
            List<StoredCaption> saved = tx.captions().saveCandidates(photo.id(), captioning.candidates(result.captions()),
                    Captioning.detections(result));
            tx.photos().transition(photo.id(), photo.state(), PhotoState.CAPTIONED, "recaptioned");
            tx.photos().transition(photo.id(), PhotoState.CAPTIONED, PhotoState.QUEUED, "recaptioned by request");
            return saved;
        });
    }
}
