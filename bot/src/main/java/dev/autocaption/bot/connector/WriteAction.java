package dev.autocaption.bot.connector;

/** What a {@link PhotoSource#write} or {@link PhotoSource#markProcessed} call did. */
public enum WriteAction {
    /** Flickr description set (fill-empty, append or replace). */
    DESCRIPTION_SET(true),
    /** Facebook Page post message set. */
    POST_MESSAGE_SET(true),
    /** Comment added on the Facebook photo as the Page. */
    COMMENT_ADDED(true),
    /**
     * The Page's comment with this exact text was already on the photo (an earlier write whose receipt was lost):
     * adopted, not posted again; undo deletes it like an added one.
     */
    COMMENT_ADOPTED(true),
    /** Marker tags added (Flickr). */
    MARKER_ADDED(true),
    /** Nothing written: the field already holds text and the write mode only fills empty fields. */
    TEXT_PRESENT(false),
    /** Nothing written: the photo already carries our marker, or the platform said it is a duplicate. */
    ALREADY_DONE(false),
    /** Nothing written: read-only account (write mode none, or a Facebook profile). */
    READ_ONLY(false),
    /** Nothing to do: the platform has no place for a marker; the store is the record. */
    NO_REMOTE_MARKER(false);

    private final boolean changedRemote;

    WriteAction(boolean changedRemote) {
        this.changedRemote = changedRemote;
    }

    /** Whether the platform was changed, i.e. whether {@link PhotoSource#undo} has something to reverse. */
    public boolean changedRemote() {
        return changedRemote;
    }
}
