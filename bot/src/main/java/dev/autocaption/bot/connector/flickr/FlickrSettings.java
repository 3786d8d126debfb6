package dev.autocaption.bot.connector.flickr;

import java.time.Duration;
import java.util.Objects;

/**
 * Tuning of the Flickr poll.
 *
 * @param overlap         how far before the high-water mark each poll looks again, for photos that reach the
 *                        search index late; duplicates are dropped by id
 * @param perPage         photos per search page, 1..500 (Flickr's maximum)
 * @param maxPagesPerPoll pages one poll may fetch; a backfill continues on the next poll
 */
public record FlickrSettings(Duration overlap, int perPage, int maxPagesPerPoll) {

    public FlickrSettings {
        Objects.requireNonNull(overlap, "overlap");
        if (overlap.isNegative()) {
            throw new IllegalArgumentException("overlap must not be negative, was " + overlap);
        }
        if (perPage < 1 || perPage > 500) {
            throw new IllegalArgumentException("perPage must be in [1, 500], was " + perPage);
        }
        if (maxPagesPerPoll < 1) {
            throw new IllegalArgumentException("maxPagesPerPoll must be at least 1, was " + maxPagesPerPoll);
        }
    }

    /** One hour of overlap, 500 per page, 4 pages (2,000 photos) per poll. */
    public static FlickrSettings defaults() {
        return new FlickrSettings(Duration.ofHours(1), 500, 4);
    }
}
