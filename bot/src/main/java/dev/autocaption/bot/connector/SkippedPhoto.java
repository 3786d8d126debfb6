package dev.autocaption.bot.connector;

import java.util.Objects;

/**
 * A photo the poll saw but must not caption.
 *
 * @param remoteId the platform's photo id
 * @param reason   why
 * @param detail   what was seen, e.g. {@code "media=video"} or {@code "tag nocaption"}
 */
public record SkippedPhoto(String remoteId, SkipReason reason, String detail) {

    public SkippedPhoto {
        Objects.requireNonNull(remoteId, "remoteId");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(detail, "detail");
    }

    /** Why a photo is not captioned. */
    public enum SkipReason {
        /** A video, not a photo. */
        VIDEO,
        /** Not public, and the account does not set {@code include-private: true}. */
        NOT_PUBLIC,
        /** Carries the account's opt-out tag (Facebook: the hashtag in its caption). */
        OPT_OUT_TAG,
        /** In one of the account's {@code exclude-albums}. */
        EXCLUDED_ALBUM,
        /** Already carries our {@code autocaption:status=captioned} marker. */
        ALREADY_CAPTIONED,
        /** The platform offered no downloadable image size. */
        NO_IMAGE,
        /** A folder account's file in a format we cannot read (a RAW file without a preview, no ImageIO reader). */
        UNSUPPORTED_FORMAT,
        /** A folder account's file or folder that could not be read, or vanished between listing and reading. */
        UNREADABLE
    }
}
