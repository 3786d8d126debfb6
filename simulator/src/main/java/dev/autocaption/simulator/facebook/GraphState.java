package dev.autocaption.simulator.facebook;

import dev.autocaption.simulator.SimImages;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/** Everything the Graph simulator remembers. All access holds this object's monitor. */
final class GraphState {

    /** An access token: whose it is (a Page or a user), its permissions, whether it expired. */
    record Grant(String ownerId, String ownerName, boolean page, Set<String> permissions, boolean expired) {
    }

    /** A photo; {@code name} is mutable state. */
    static final class Photo {
        final String id;
        final String ownerId;
        final Instant createdAt;
        final int width;
        final int height;
        final String albumId;
        final String storyId;
        private final long seed;
        private final byte[] image;
        String name;

        Photo(String id, String ownerId, GraphPhotoSeed seed, String storyId, long imageSeed) {
            this.id = id;
            this.ownerId = ownerId;
            this.createdAt = Instant.ofEpochSecond(seed.createdAt().getEpochSecond());
            this.width = seed.width();
            this.height = seed.height();
            this.albumId = seed.albumId();
            this.storyId = storyId;
            this.seed = imageSeed;
            this.image = seed.image();
            this.name = seed.caption();
        }

        /**
         * The rendition whose long edge is {@code edge}: the seeded bytes themselves at the original's size (never
         * decoded, so hostile bytes reach the client as seeded), seeded bytes scaled, or a JPEG drawn at that size.
         */
        byte[] rendition(int edge) {
            if (image != null && edge >= Math.max(width, height)) {
                return image;
            }
            if (image == null) {
                double factor = Math.min(1.0, edge / (double) Math.max(width, height));
                return SimImages.jpeg(Math.max(1, (int) Math.round(width * factor)),
                        Math.max(1, (int) Math.round(height * factor)), seed);
            }
            return SimImages.scaled(image, edge);
        }
    }

    /** A comment on a photo. */
    record Comment(String id, String photoId, String fromId, String message) {
    }

    final Map<String, Grant> grants = new HashMap<>();
    final Map<String, Photo> photos = new LinkedHashMap<>();
    final Map<String, String> posts = new HashMap<>();
    final Map<String, Comment> comments = new LinkedHashMap<>();
    boolean rejectDuplicateComments = true;
    int appUsage;
    int bucUsage;
    int regainMinutes;
    private final AtomicLong ids = new AtomicLong(10_160_000_000_000_000L);

    synchronized String add(String ownerId, GraphPhotoSeed seed) {
        String id = Long.toString(ids.incrementAndGet());
        String storyId = seed.withStory() ? ownerId + "_" + ids.incrementAndGet() : null;
        photos.put(id, new Photo(id, ownerId, seed, storyId, ids.get()));
        if (storyId != null) {
            posts.put(storyId, seed.storyMessage());
        }
        return id;
    }

    synchronized String nextId() {
        return Long.toString(ids.incrementAndGet());
    }

    /** The owner's photos, newest first. */
    synchronized List<Photo> photosOf(String ownerId) {
        List<Photo> list = new ArrayList<>(photos.values().stream().filter(p -> p.ownerId.equals(ownerId)).toList());
        list.sort((a, b) -> b.createdAt.compareTo(a.createdAt) != 0 ? b.createdAt.compareTo(a.createdAt)
                : b.id.compareTo(a.id));
        return list;
    }
}
