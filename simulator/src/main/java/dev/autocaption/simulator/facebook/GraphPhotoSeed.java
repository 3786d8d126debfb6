package dev.autocaption.simulator.facebook;

import java.time.Instant;
import java.util.Objects;

/**
 * A photo to put into the {@link GraphSimulator}. Start with {@link #of} and change fields with {@code with*}.
 *
 * @param caption       the photo's {@code name} (empty for none)
 * @param createdAt     {@code created_time}
 * @param width         original width
 * @param height        original height
 * @param image         original image bytes; null to generate a JPEG
 * @param albumId       the album id, or null
 * @param withStory     whether a Page post carries the photo ({@code page_story_id})
 * @param storyMessage  that post's message (empty for none)
 */
public record GraphPhotoSeed(String caption, Instant createdAt, int width, int height, byte[] image, String albumId,
                             boolean withStory, String storyMessage) {

    public GraphPhotoSeed {
        Objects.requireNonNull(caption, "caption");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(storyMessage, "storyMessage");
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("size must be positive, was " + width + "x" + height);
        }
    }

    /** A 2048×1536 photo without caption, carried by a Page post without message. */
    public static GraphPhotoSeed of(Instant createdAt) {
        return new GraphPhotoSeed("", createdAt, 2048, 1536, null, null, true, "");
    }

    public GraphPhotoSeed withCaption(String text) {
        return new GraphPhotoSeed(text, createdAt, width, height, image, albumId, withStory, storyMessage);
    }

    public GraphPhotoSeed withSize(int w, int h) {
        return new GraphPhotoSeed(caption, createdAt, w, h, image, albumId, withStory, storyMessage);
    }

    public GraphPhotoSeed withImage(byte[] bytes) {
        return new GraphPhotoSeed(caption, createdAt, width, height, bytes, albumId, withStory, storyMessage);
    }

    public GraphPhotoSeed inAlbum(String id) {
        return new GraphPhotoSeed(caption, createdAt, width, height, image, id, withStory, storyMessage);
    }

    public GraphPhotoSeed withoutStory() {
        return new GraphPhotoSeed(caption, createdAt, width, height, image, albumId, false, "");
    }

    public GraphPhotoSeed withStoryMessage(String message) {
        return new GraphPhotoSeed(caption, createdAt, width, height, image, albumId, true, message);
    }
}
