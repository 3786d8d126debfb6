package dev.autocaption.simulator.flickr;

import dev.autocaption.simulator.SimImages;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A photo held by the simulator; mutable, guarded by the {@link FlickrState} lock. */
final class StoredPhoto {

    /** One tag as Flickr stores it: full id, raw form, normalised form. */
    record StoredTag(String id, String raw, String value) {
        boolean machine() {
            return FlickrTags.isMachine(raw);
        }
    }

    final String id;
    final String secret;
    final boolean isPublic;
    final String media;
    final Instant uploadedAt;
    final int width;
    final int height;
    private final long seed;
    private final byte[] image;
    final List<StoredTag> tags = new ArrayList<>();
    String title;
    String description;
    Instant lastUpdate;

    StoredPhoto(String id, String secret, FlickrPhotoSeed seed, long imageSeed) {
        this.id = id;
        this.secret = secret;
        this.isPublic = seed.isPublic();
        this.media = seed.media();
        this.uploadedAt = Instant.ofEpochSecond(seed.uploadedAt().getEpochSecond());
        this.width = seed.width();
        this.height = seed.height();
        this.image = seed.image();
        this.seed = imageSeed;
        this.title = seed.title();
        this.description = seed.description();
        this.lastUpdate = this.uploadedAt;
    }

    /**
     * One rendition: the seeded bytes scaled down, or (for generated pictures) a JPEG drawn directly at that size,
     * which is much cheaper than drawing the full original and scaling it.
     */
    byte[] rendition(int renditionWidth, int renditionHeight) {
        if (image == null) {
            return SimImages.jpeg(renditionWidth, renditionHeight, seed);
        }
        boolean original = renditionWidth == width && renditionHeight == height;
        return original ? image : SimImages.scaled(image, Math.max(renditionWidth, renditionHeight));
    }

    /** The snapshot tests read. */
    FlickrSimulator.PhotoState snapshot() {
        return new FlickrSimulator.PhotoState(id, title, description,
                tags.stream().map(StoredTag::raw).toList(), tags.stream().map(StoredTag::value).toList(),
                isPublic, media, uploadedAt);
    }
}
