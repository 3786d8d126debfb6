package dev.autocaption.bot.connector.facebook;

import com.restfb.types.Photo;
import dev.autocaption.bot.connector.PollCursor;
import dev.autocaption.bot.connector.PollResult;
import dev.autocaption.bot.connector.RemotePhoto;
import dev.autocaption.bot.connector.SkippedPhoto;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The state of one newest-first walk down a Page's photos: stops at the stored high-water mark, drops ids seen
 * before, and, when the page budget ends the walk early, remembers where to resume and which mark to adopt
 * once the walk reaches the old one.
 */
final class FacebookPoll {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(FacebookPoll.class);

    private final PollCursor cursor;
    private final FacebookPhotos photos;
    private final Set<String> seen;
    private final List<String> listed = new ArrayList<>();
    private final List<RemotePhoto> accepted = new ArrayList<>();
    private final List<SkippedPhoto> skipped = new ArrayList<>();
    private Instant newest;
    private int withoutId;

    FacebookPoll(PollCursor cursor, FacebookPhotos photos) {
        this.cursor = cursor;
        this.photos = photos;
        this.seen = new HashSet<>(cursor.recentIds());
    }

    /** Takes one page; true when the walk reached photos older than the high-water mark. */
    boolean accept(List<Photo> page) {
        for (Photo photo : page) {
            if (photo.getId() == null || photo.getId().isBlank()) {
                withoutId++;
                continue;
            }
            // an entry without a (readable) date neither ends the walk nor moves the mark
            Instant created = photo.getCreatedTime() == null ? null : photo.getCreatedTime().toInstant();
            if (created != null && created.isBefore(cursor.highWaterMark())) {
                return true;
            }
            if (!seen.add(photo.getId())) {
                continue;
            }
            listed.add(photo.getId());
            newest = created == null || (newest != null && !created.isAfter(newest)) ? newest : created;
            Optional<SkippedPhoto> skip = photos.skipReason(photo);
            if (skip.isPresent()) {
                skipped.add(skip.get());
            } else {
                accepted.add(photos.toRemote(photo, created == null ? cursor.highWaterMark() : created));
            }
        }
        return false;
    }

    /** The walk reached the mark (or the end): adopt the newest time seen during the whole walk. */
    PollResult complete() {
        warnWithoutId(withoutId);
        Instant mark = latest(latest(cursor.highWaterMark(), cursor.pendingMark()), newest);
        PollCursor next = new PollCursor(mark, List.of(), null, null).remembering(cursor.recentIds())
                .remembering(listed);
        return new PollResult(oldestFirst(), oldestFirst(skipped), next, false);
    }

    /** The page budget ran out: keep the old mark, resume after {@code afterCursor} next time. */
    PollResult partial(String afterCursor) {
        warnWithoutId(withoutId);
        Instant pending = latest(cursor.pendingMark(), newest);
        PollCursor next = new PollCursor(cursor.highWaterMark(), cursor.recentIds(), afterCursor, pending)
                .remembering(listed);
        return new PollResult(oldestFirst(), oldestFirst(skipped), next, true);
    }

    private List<RemotePhoto> oldestFirst() {
        List<RemotePhoto> list = new ArrayList<>(accepted);
        Collections.reverse(list);
        return list;
    }

    private static List<SkippedPhoto> oldestFirst(List<SkippedPhoto> newestFirst) {
        List<SkippedPhoto> list = new ArrayList<>(newestFirst);
        Collections.reverse(list);
        return list;
    }

    private static Instant latest(Instant a, Instant b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isAfter(b) ? a : b;
    }

    /** Entries without an id cannot be recorded under anything; they are left out, and said so once per poll. */
    private static void warnWithoutId(int count) {
        if (count > 0) {
            LOG.warn("{} listed entr{} without an id left out: nothing to record them under", count,
                    count == 1 ? "y" : "ies");
        }
    }
}
