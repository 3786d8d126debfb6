package dev.autocaption.bot.pipeline;

import dev.autocaption.config.AccountConfig;
import dev.autocaption.store.Decision;
import dev.autocaption.store.NewPost;
import dev.autocaption.store.Photo;
import dev.autocaption.store.Post;
import dev.autocaption.store.PostEnqueue;
import dev.autocaption.store.StoredCaption;
import dev.autocaption.store.Transaction;
import java.sql.SQLException;

/**
 * Puts an approved caption into the post outbox. The idempotency key names the photo, the caption generation and
 * the decision ({@code flickr-main/5368/g1/auto}, {@code .../g2/d17}), so the same approval never posts twice,
 * while a new decision after a rollback does post again.
 */
public final class Outbox {
    private Outbox() {
    }

    /**
     * Enqueues the write in the caller's transaction (which also moves the photo to approved).
     *
     * @param caption  the candidate written; null for a person's own text
     * @param decision the decision behind it; null for an automatic approval
     * @param text     the caption before the account's write template, which wraps machine captions only: a
     *                 person's own text ({@code caption} null) is written as they wrote it
     */
    public static Post enqueue(Transaction tx, AccountConfig account, Photo photo, StoredCaption caption,
                               Decision decision, String text, Long runId) throws SQLException {
        String key = photo.key() + "/" + (caption == null ? "edit" : "g" + caption.generation()) + "/"
                + (decision == null ? "auto" : "d" + decision.id());
        NewPost post = new NewPost(key, photo.id(), runId, caption == null ? null : caption.id(),
                decision == null ? null : decision.id(), caption == null ? null : caption.candidate().modelId(),
                caption == null ? null : caption.candidate().score(), account.write(), caption == null ? text : account.render(text));
        PostEnqueue enqueued = tx.posts().enqueue(post);
        if (enqueued.created()) {
            PipelineRows.setCaptionText(tx, enqueued.post().id(), text);
        }
        return enqueued.post();
    }
}
