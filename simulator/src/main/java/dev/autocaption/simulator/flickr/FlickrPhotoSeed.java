package dev.autocaption.simulator.flickr;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A photo to put into the {@link FlickrSimulator}. Start with {@link #of} and change fields with the
 * {@code with*} methods.
 *
 * @param title       title (may be empty)
 * @param description description (may be empty)
 * @param tags        raw tags as the user typed them; the simulator normalises them as Flickr does
 * @param isPublic    visible to everyone
 * @param media       {@code photo} or {@code video}
 * @param uploadedAt  upload time (Flickr keeps whole seconds)
 * @param width       original width in pixels
 * @param height      original height in pixels
 * @param image       original image bytes; null to generate a JPEG of width × height
 * @param albums      photoset ids the photo is in
 */
public record FlickrPhotoSeed(String title, String description, List<String> tags, boolean isPublic, String media,
                              Instant uploadedAt, int width, int height, byte[] image, List<String> albums) {

    public FlickrPhotoSeed {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        tags = List.copyOf(Objects.requireNonNull(tags, "tags"));
        Objects.requireNonNull(media, "media");
        Objects.requireNonNull(uploadedAt, "uploadedAt");
        albums = List.copyOf(Objects.requireNonNull(albums, "albums"));
        if (!media.equals("photo") && !media.equals("video")) {
            throw new IllegalArgumentException("media must be photo or video, was " + media);
        }
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("size must be positive, was " + width + "x" + height);
        }
    }

    /** A public 2048×1536 photo without description or tags. */
    public static FlickrPhotoSeed of(String title, Instant uploadedAt) {
        return new FlickrPhotoSeed(title, "", List.of(), true, "photo", uploadedAt, 2048, 1536, null, List.of());
    }

    public FlickrPhotoSeed withDescription(String text) {
        return new FlickrPhotoSeed(title, text, tags, isPublic, media, uploadedAt, width, height, image, albums);
    }

    public FlickrPhotoSeed withTags(String... raw) {
        return new FlickrPhotoSeed(title, description, List.of(raw), isPublic, media, uploadedAt, width, height,
                image, albums);
    }

    public FlickrPhotoSeed withPublic(boolean visible) {
        return new FlickrPhotoSeed(title, description, tags, visible, media, uploadedAt, width, height, image, albums);
    }

    public FlickrPhotoSeed asVideo() {
        return new FlickrPhotoSeed(title, description, tags, isPublic, "video", uploadedAt, width, height, image,
                albums);
    }

    public FlickrPhotoSeed withSize(int w, int h) {
        return new FlickrPhotoSeed(title, description, tags, isPublic, media, uploadedAt, w, h, image, albums);
    }

    public FlickrPhotoSeed withImage(byte[] bytes) {
        return new FlickrPhotoSeed(title, description, tags, isPublic, media, uploadedAt, width, height, bytes, albums);
    }

    public FlickrPhotoSeed inAlbums(String... ids) {
        return new FlickrPhotoSeed(title, description, tags, isPublic, media, uploadedAt, width, height, image,
                List.of(ids));
    }
}
