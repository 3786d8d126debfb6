package dev.autocaption.bot.connector;

import dev.autocaption.config.AccountConfig;

/**
 * One watched account on one platform: the only thing the daemon knows about Flickr or Facebook.
 *
 * <p>Everything crossing this interface is one of our records; SDK types never leave the implementing class.
 * Every remote failure is a {@link ConnectorException} that says what to do next. Implementations are
 * thread-safe, but the daemon polls one account from one thread at a time.
 *
 * <p>The order the daemon uses: {@link #poll} → {@link #openImage} → caption → {@link #refresh} just before
 * writing → {@link #write} with the refreshed photo → {@link #markProcessed}. {@link #undo} reverses a receipt.
 */
public interface PhotoSource {

    /** The account this source reads and writes. */
    AccountConfig account();

    /** The platform's name as its errors and meters give it ({@code flickr}, {@code facebook}). */
    String platform();

    /**
     * Lists photos uploaded after the cursor, oldest first, with the text they already carry, and the skips
     * (with reasons) of photos that must not be captioned. A backfill walks at most a few pages per call and
     * says so with {@link PollResult#more()}; call again with {@link PollResult#next()}.
     */
    PollResult poll(PollCursor cursor) throws ConnectorException;

    /** Downloads the photo's image ({@link RemotePhoto#imageUri()}, already the largest size within the limit). */
    byte[] openImage(RemotePhoto photo) throws ConnectorException;

    /** Re-reads the photo's current title, text, tags and marker state, e.g. just before writing. */
    RemotePhoto refresh(RemotePhoto photo) throws ConnectorException;

    /**
     * Writes a text according to the account's write mode. Pass the result of {@link #refresh}:
     * the decision "is the field empty?" and the rollback text are taken from it. A photo already carrying our
     * marker is not written again ({@link WriteAction#ALREADY_DONE}).
     *
     * @param caption what to write, as the outbox holds it ({@link CaptionWrite#text()}: a machine caption already
     *                wrapped in the account's {@code write-template}, a person's own text as they wrote it), with
     *                the model and score behind it for sources whose marker keeps them
     * @return what was done, with the previous text and the remote ids needed by {@link #undo}
     */
    WriteReceipt write(RemotePhoto photo, CaptionWrite caption) throws ConnectorException;

    /** {@link #write(RemotePhoto, CaptionWrite)} of a text with no model or score behind it. */
    default WriteReceipt write(RemotePhoto photo, String text) throws ConnectorException {
        return write(photo, CaptionWrite.of(text));
    }

    /**
     * Marks the photo as processed on the platform, where it can be (Flickr machine tags
     * {@code autocaption:status=captioned} and {@code autocaption:model=<model id>}). On platforms without such a
     * place it returns {@link WriteAction#NO_REMOTE_MARKER} without calling anything: the store is the record.
     *
     * @param caption what was written; its {@link CaptionWrite#author()} is the model the marker names
     */
    WriteReceipt markProcessed(RemotePhoto photo, CaptionWrite caption) throws ConnectorException;

    /** {@link #markProcessed(RemotePhoto, CaptionWrite)} naming only the model. */
    default WriteReceipt markProcessed(RemotePhoto photo, String modelId) throws ConnectorException {
        return markProcessed(photo, CaptionWrite.marker(modelId));
    }

    /**
     * Reverses what a receipt from this source did: restores the previous description or post message, deletes
     * our comment, or removes our marker tags. Receipts that changed nothing need no call.
     *
     * @throws ConnectorException with {@link ConnectorException.Action#GIVE_UP} when the text was changed by
     *         someone else since we wrote it (we never overwrite a human's edit)
     */
    void undo(WriteReceipt receipt) throws ConnectorException;

    /**
     * The receipt {@link #write} must have returned for a write that reached the platform but whose receipt was
     * lost (a crash between the write and recording it). Makes no call.
     *
     * @param current      the refreshed photo, which already carries our text or marker
     * @param previousText what the field held before, as the outbox recorded it; "" when unknown
     */
    WriteReceipt reconciledReceipt(RemotePhoto current, String previousText);

    /** The account's rate-limit headroom as this source last saw it; makes no call. */
    default Headroom headroom() {
        return Headroom.UNKNOWN;
    }
}
