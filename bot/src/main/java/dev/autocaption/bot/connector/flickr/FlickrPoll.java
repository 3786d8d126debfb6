package dev.autocaption.bot.connector.flickr;

import com.flickr4java.flickr.photos.Photo;
import dev.autocaption.bot.connector.ConnectorException;
import dev.autocaption.bot.connector.ImageSize;
import dev.autocaption.bot.connector.PollCursor;
import dev.autocaption.bot.connector.PollResult;
import dev.autocaption.bot.connector.RemotePhoto;
import dev.autocaption.bot.connector.SkippedPhoto;
import dev.autocaption.bot.connector.SkippedPhoto.SkipReason;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The state of one oldest-first poll: drops ids seen before (the overlap window re-lists them), sorts the rest
 * into photos and skips, and computes the next cursor (newest upload seen, ids within the overlap of it).
 */
final class FlickrPoll {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(FlickrPoll.class);

    /** Chooses the image size of a photo (may call {@code getSizes}). */
    @FunctionalInterface
    interface SizeChooser {
        Optional<ImageSize> choose(Photo photo) throws ConnectorException;
    }

    private final PollCursor cursor;
    private final Duration overlap;
    private final FlickrPhotos photos;
    private final Set<String> excludedIds;
    private final Set<String> seen;
    private final Map<String, Instant> listed = new LinkedHashMap<>();
    private final List<RemotePhoto> accepted = new ArrayList<>();
    private final List<SkippedPhoto> skipped = new ArrayList<>();
    private Instant newest;
    private int withoutId;

    FlickrPoll(PollCursor cursor, Duration overlap, FlickrPhotos photos, Set<String> excludedIds) {
        this.cursor = cursor;
        this.overlap = overlap;
        this.photos = photos;
        this.excludedIds = excludedIds;
        this.seen = new HashSet<>(cursor.recentIds());
        this.newest = cursor.highWaterMark();
    }

    /** {@code min_upload_date} (inclusive): the high-water mark minus the overlap; empty for the whole history. */
    Optional<Instant> minUploadDate() {
        if (cursor.highWaterMark().equals(Instant.EPOCH)) {
            return Optional.empty();
        }
        Instant min = cursor.highWaterMark().minus(overlap);
        return Optional.of(min.isBefore(Instant.EPOCH) ? Instant.EPOCH : min);
    }

    void accept(Photo photo, SizeChooser sizes) throws ConnectorException {
        if (photo.getId() == null || photo.getId().isBlank()) {
            withoutId++;
            return;
        }
        Instant uploaded = photo.getDatePosted() == null ? cursor.highWaterMark() : photo.getDatePosted().toInstant();
        if (listed.put(photo.getId(), uploaded) != null || seen.contains(photo.getId())) {
            return;
        }
        if (uploaded.isAfter(newest)) {
            newest = uploaded;
        }
        Optional<SkippedPhoto> skip = photos.skipReason(photo, excludedIds);
        if (skip.isPresent()) {
            skipped.add(skip.get());
            return;
        }
        Optional<ImageSize> size = sizes.choose(photo);
        if (size.isEmpty()) {
            skipped.add(new SkippedPhoto(photo.getId(), SkipReason.NO_IMAGE, "no url_* extra and no getSizes entry"));
            return;
        }
        accepted.add(photos.toRemote(photo, size.get(), uploaded));
    }

    PollResult result(boolean more) {
        warnWithoutId(withoutId);
        Instant keepFrom = newest.minus(overlap);
        List<String> recent = new ArrayList<>();
        listed.forEach((id, uploaded) -> {
            if (!uploaded.isBefore(keepFrom)) {
                recent.add(id);
            }
        });
        return new PollResult(accepted, skipped, new PollCursor(newest, recent, null, null), more);
    }

    /** Entries without an id cannot be recorded under anything; they are left out, and said so once per poll. */
    private static void warnWithoutId(int count) {
        if (count > 0) {
            LOG.warn("{} listed entr{} without an id left out: nothing to record them under", count,
                    count == 1 ? "y" : "ies");
        }
    }
}
