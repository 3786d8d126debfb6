package dev.autocaption.simulator.flickr;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/** Everything the Flickr simulator remembers. All access holds this object's monitor. */
final class FlickrState {

    /** An OAuth access token the simulator accepts. */
    record Grant(String secret, String perms) {
        boolean canWrite() {
            return perms.equals("write") || perms.equals("delete");
        }
    }

    /** A request token of the OAuth dance. */
    record Pending(String secret, String verifier, String perms) {
    }

    final String apiKey;
    final String apiSecret;
    final String nsid = "12345678@N00";
    final String username = "autocaption-demo";
    final Clock clock;
    final Map<String, StoredPhoto> photos = new LinkedHashMap<>();
    final Map<String, List<String>> albums = new HashMap<>();
    final Map<String, Grant> grants = new HashMap<>();
    final Map<String, Pending> pending = new HashMap<>();
    /** Whether lists honour url_* extras (Flickr sometimes returns none; clients then call getSizes). */
    boolean urlExtras = true;
    private final AtomicLong ids = new AtomicLong(53_684_749_000L);

    FlickrState(String apiKey, String apiSecret, Clock clock) {
        this.apiKey = apiKey;
        this.apiSecret = apiSecret;
        this.clock = clock;
    }

    synchronized String add(FlickrPhotoSeed seed) {
        String id = Long.toString(ids.incrementAndGet());
        StoredPhoto photo = new StoredPhoto(id, Long.toHexString(ids.get() * 7919L), seed, ids.get());
        for (String raw : seed.tags()) {
            addTag(photo, raw);
        }
        photos.put(id, photo);
        for (String album : seed.albums()) {
            albums.computeIfAbsent(album, key -> new ArrayList<>()).add(id);
        }
        return id;
    }

    /** Adds a tag unless the photo already has its normalised form; returns the stored tag. */
    synchronized StoredPhoto.StoredTag addTag(StoredPhoto photo, String raw) {
        String value = FlickrTags.normalise(raw);
        for (StoredPhoto.StoredTag tag : photo.tags) {
            if (tag.value().equals(value)) {
                return tag;
            }
        }
        StoredPhoto.StoredTag tag = new StoredPhoto.StoredTag("24541304-" + photo.id + "-" + ids.incrementAndGet(),
                raw, value);
        photo.tags.add(tag);
        return tag;
    }

    synchronized String nextId() {
        return Long.toString(ids.incrementAndGet());
    }
}
