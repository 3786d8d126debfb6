package dev.autocaption.simulator.flickr;

import dev.autocaption.simulator.FaultScript;
import dev.autocaption.simulator.LoopbackServer;
import dev.autocaption.simulator.RecordedRequest;
import dev.autocaption.simulator.SimRequest;
import dev.autocaption.simulator.SimResponse;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A local, stateful imitation of the Flickr REST API subset autocaption uses, for tests and {@code autocaption
 * demo}. Serves {@code /services/rest/} (photos.search, getInfo, getSizes, setMeta, addTags, removeTag,
 * photosets.getPhotos, test.login, auth.oauth.checkToken), the OAuth 1.0a endpoints
 * {@code /services/oauth/request_token|authorize|access_token}, and images under {@code /img/}.
 *
 * <p>Requests must carry an OAuth header with the simulator's API key and a token granted with
 * {@link #grant}; setMeta/addTags/removeTag need {@code write}. Faults are scripted per operation (the Flickr
 * method name, {@code oauth.*} or {@code image}) through {@link #faults()}; every request is recorded
 * ({@link #requests()}). Binds to 127.0.0.1 only. Thread-safe; close it to stop.
 */
public final class FlickrSimulator implements AutoCloseable {

    /** A photo as the simulator holds it now. */
    public record PhotoState(String id, String title, String description, List<String> rawTags,
                             List<String> tags, boolean isPublic, String media, Instant uploadedAt) {
    }

    private final FlickrState state;
    private final AtomicReference<String> base = new AtomicReference<>();
    private final FlickrRest rest;
    private final FlickrOAuth oauth;
    private final Map<String, byte[]> renditions = new ConcurrentHashMap<>();
    private final LoopbackServer server;

    private FlickrSimulator(String apiKey, String apiSecret, Clock clock) {
        this.state = new FlickrState(apiKey, apiSecret, clock);
        this.rest = new FlickrRest(state, new FlickrXml(state, base::get));
        this.oauth = new FlickrOAuth(state);
        this.server = LoopbackServer.start("flickr-sim", new LoopbackServer.Handler() {
            @Override
            public String operation(SimRequest request) {
                return operationOf(request);
            }

            @Override
            public SimResponse handle(SimRequest request) {
                return route(request);
            }

            @Override
            public String subject(SimRequest request) {
                return subjectOf(request);
            }
        });
        base.set(server.baseUri().toString());
    }

    /** Starts a simulator that accepts this API key and secret. */
    public static FlickrSimulator start(String apiKey, String apiSecret, Clock clock) {
        return new FlickrSimulator(Objects.requireNonNull(apiKey, "apiKey"), Objects.requireNonNull(apiSecret,
                "apiSecret"), Objects.requireNonNull(clock, "clock"));
    }

    /** {@code http://127.0.0.1:<port>}: use as the account's api-base-url. */
    public URI baseUri() {
        return server.baseUri();
    }

    /** Accepts an OAuth access token with {@code perms} read, write or delete. */
    public void grant(String token, String tokenSecret, String perms) {
        if (!List.of("read", "write", "delete").contains(perms)) {
            throw new IllegalArgumentException("perms must be read, write or delete, was " + perms);
        }
        synchronized (state) {
            state.grants.put(token, new FlickrState.Grant(tokenSecret, perms));
        }
    }

    /** Revokes a token: later calls with it get error 98. */
    public void revoke(String token) {
        synchronized (state) {
            state.grants.remove(token);
        }
    }

    /** When false, lists leave out the url_* extras, as Flickr sometimes does; clients must call getSizes. */
    public void setUrlExtras(boolean enabled) {
        synchronized (state) {
            state.urlExtras = enabled;
        }
    }

    /** Adds a photo; returns its id. Ids grow with each call. */
    public String addPhoto(FlickrPhotoSeed seed) {
        return state.add(seed);
    }

    /** The photo's current state. */
    public PhotoState photo(String id) {
        synchronized (state) {
            StoredPhoto photo = state.photos.get(id);
            if (photo == null) {
                throw new IllegalArgumentException("no photo " + id + "; have " + state.photos.keySet());
            }
            return photo.snapshot();
        }
    }

    /**
     * The URL of the photo's original image, e.g. for a hand-written list body served with {@link
     * dev.autocaption.simulator.Fault.Malformed}. Faults aimed at the photo ({@code
     * FaultScript.subject(IMAGE, id)}) apply to every size of its image.
     */
    public String originalUrl(String id) {
        synchronized (state) {
            StoredPhoto photo = state.photos.get(id);
            if (photo == null) {
                throw new IllegalArgumentException("no photo " + id + "; have " + state.photos.keySet());
            }
            return server.baseUri() + "/img/" + photo.id + "_" + photo.secret + "_o.jpg";
        }
    }

    /** The operation key faults and records use for an image download. */
    public static final String IMAGE = "image";

    public FaultScript faults() {
        return server.faults();
    }

    public List<RecordedRequest> requests() {
        return server.requests();
    }

    /** The requests of one operation, e.g. {@code flickr.photos.setMeta}. */
    public List<RecordedRequest> requests(String operation) {
        return server.requests(operation);
    }

    public void clearRequests() {
        server.clearRequests();
    }

    private static String operationOf(SimRequest request) {
        String path = request.path();
        if (path.endsWith("/services/rest/") || path.endsWith("/services/rest")) {
            return String.valueOf(request.param("method"));
        }
        if (path.contains("/services/oauth/")) {
            return "oauth." + path.substring(path.lastIndexOf('/') + 1);
        }
        return path.startsWith("/img/") ? IMAGE : "unknown";
    }

    /** A call's photo: the image's photo id, or the {@code photo_id} of a REST call. */
    private static String subjectOf(SimRequest request) {
        if (request.path().startsWith("/img/")) {
            return request.path().substring("/img/".length()).split("_", 2)[0];
        }
        return request.param("photo_id");
    }

    private SimResponse route(SimRequest request) {
        String operation = operationOf(request);
        if (operation.startsWith("oauth.")) {
            return oauth.handle(operation, request);
        }
        if (operation.equals(IMAGE)) {
            return image(request.path());
        }
        if (operation.equals("unknown")) {
            return SimResponse.text(404, "text/plain", "not found: " + request.path());
        }
        return rest.handle(request);
    }

    /** {@code /img/<id>_<secret>_<size key>.jpg}. */
    private SimResponse image(String path) {
        String[] parts = path.substring("/img/".length()).replace(".jpg", "").split("_");
        StoredPhoto photo;
        synchronized (state) {
            photo = parts.length == 3 ? state.photos.get(parts[0]) : null;
        }
        FlickrSizes.Rendition size = photo == null ? null : FlickrSizes.find(photo.width, photo.height, parts[2]);
        if (size == null || !photo.secret.equals(parts[1])) {
            return SimResponse.text(404, "text/plain", "no such image: " + path);
        }
        byte[] bytes = renditions.computeIfAbsent(path, key -> photo.rendition(size.width(), size.height()));
        return SimResponse.bytes("image/jpeg", bytes);
    }

    @Override
    public void close() {
        server.close();
    }
}
