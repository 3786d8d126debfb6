package dev.autocaption.bot.hostile;

import dev.autocaption.store.HistoryEntry;
import dev.autocaption.store.Photo;
import dev.autocaption.store.PhotoState;
import java.util.EnumSet;
import java.util.Set;

/** Where a photo may rightly end after a hostile input, and what must then hold of it. */
enum Expected {
    /** Captioned, then posted, queued or dropped by the filter; its caption is in the history. */
    CAPTIONED,
    /** Written exactly once. */
    POSTED,
    /** Skipped as an image the decoder cannot read. */
    BAD_IMAGE,
    /** Skipped for another reason (a person's text, a field too long to keep, ...). */
    SKIPPED,
    /** Failed, with the reason. */
    FAILED,
    /** Still discovered, waiting for its own next try after a transient failure. */
    RETRYING,
    /** Never discovered: outside what the account watches (e.g. uploaded before its {@code since}). */
    NOT_DISCOVERED;

    private static final Set<PhotoState> CAPTION_PATH = EnumSet.of(PhotoState.POSTED, PhotoState.QUEUED,
            PhotoState.DROPPED);

    /** Whether the photo is where this expectation says. */
    boolean matches(Photo photo, HistoryEntry history) {
        return switch (this) {
            case CAPTIONED -> CAPTION_PATH.contains(photo.state()) && history.captionText() != null;
            case POSTED -> photo.state() == PhotoState.POSTED && history.postedText() != null;
            case BAD_IMAGE -> photo.state() == PhotoState.SKIPPED && reason(photo).startsWith("bad image: ");
            case SKIPPED -> photo.state() == PhotoState.SKIPPED;
            case FAILED -> photo.state() == PhotoState.FAILED;
            case RETRYING -> photo.state() == PhotoState.DISCOVERED && photo.attempts() > 0
                    && photo.nextAttemptAt() != null && !reason(photo).isBlank();
            case NOT_DISCOVERED -> false;
        };
    }

    private static String reason(Photo photo) {
        return photo.reason() == null ? "" : photo.reason();
    }
}
