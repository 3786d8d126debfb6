package dev.autocaption.bot.connector;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A photo as the platform reports it.
 *
 * @param account         our account id
 * @param remoteId        the platform's photo id
 * @param imageUri        the image to download: the largest size whose long edge is within the account's limit
 *                        (the smallest one when none is)
 * @param uploadedAt      when it was uploaded (Flickr {@code dateupload}, Facebook {@code created_time})
 * @param title           Flickr title; empty on Facebook, which has none
 * @param existingText    the text the write target holds now: Flickr description, Facebook photo caption
 *                        ({@code name}) or, after {@link PhotoSource#refresh}, the Page post's message; never null
 * @param tags            normalised tags (Flickr), empty on Facebook
 * @param markedProcessed whether our {@code autocaption:status=captioned} marker is already on the photo
 * @param postId          Facebook {@code page_story_id} (the Page post carrying the photo); null on Flickr or none
 */
public record RemotePhoto(
        String account,
        String remoteId,
        URI imageUri,
        Instant uploadedAt,
        String title,
        String existingText,
        List<String> tags,
        boolean markedProcessed,
        String postId) {

    public RemotePhoto {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(remoteId, "remoteId");
        Objects.requireNonNull(imageUri, "imageUri");
        Objects.requireNonNull(uploadedAt, "uploadedAt");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(existingText, "existingText");
        tags = List.copyOf(Objects.requireNonNull(tags, "tags"));
        if (remoteId.isBlank()) {
            throw new IllegalArgumentException("remoteId must not be blank");
        }
    }

    /** The same photo with fresh text, tags and marker state. */
    public RemotePhoto withCurrent(String newTitle, String newText, List<String> newTags, boolean marked) {
        return new RemotePhoto(account, remoteId, imageUri, uploadedAt, newTitle, newText, newTags, marked, postId);
    }

    /** True when the write target holds no text (blank counts as empty). */
    public boolean hasText() {
        return !existingText.isBlank();
    }
}
