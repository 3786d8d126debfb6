package dev.autocaption.simulator.facebook;

import dev.autocaption.simulator.FaultScript;
import dev.autocaption.simulator.Json;
import dev.autocaption.simulator.LoopbackServer;
import dev.autocaption.simulator.RecordedRequest;
import dev.autocaption.simulator.SimRequest;
import dev.autocaption.simulator.SimResponse;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A local, stateful imitation of the Graph API subset autocaption uses, for tests and {@code autocaption demo}:
 * {@code /{page-id}/photos?type=uploaded} (and {@code /me/photos} for profiles) with fields and cursor paging,
 * photo nodes (whose update is refused with 100/33, as on the real API), Page post read/edit, photo comments
 * create/list/delete, {@code /me}, {@code /me/permissions}, {@code /debug_token}, and images under {@code /img/}.
 *
 * <p>Every call needs an access token granted with {@link #grantPageToken} or {@link #grantUserToken}; edits need
 * {@code pages_manage_posts}, comments {@code pages_manage_engagement}. Each response carries
 * {@code x-app-usage} and {@code x-business-use-case-usage} at the levels set by {@link #setUsage}. Faults are
 * scripted per operation ({@code photos.list}, {@code photo.get}, {@code photo.update}, {@code post.get},
 * {@code post.update}, {@code comment.create}, {@code comment.delete}, {@code me}, {@code permissions},
 * {@code debug_token}, {@code image}). Binds to 127.0.0.1 only. Thread-safe; close it to stop.
 */
public final class GraphSimulator implements AutoCloseable {

    /** The operation key of image downloads. */
    public static final String IMAGE = "image";
    /** Every permission a Page token for autocaption needs. */
    public static final Set<String> PAGE_PERMISSIONS = Set.of("pages_show_list", "pages_read_engagement",
            "pages_manage_posts", "pages_manage_engagement");

    /** A photo as the simulator holds it now. */
    public record PhotoState(String id, String ownerId, String caption, Instant createdAt, String storyId,
                             String storyMessage, List<String> comments) {
    }

    private final String pageId;
    private final GraphState state = new GraphState();
    private final AtomicReference<String> base = new AtomicReference<>();
    private final GraphApi api;
    private final Map<String, byte[]> renditions = new ConcurrentHashMap<>();
    private final LoopbackServer server;

    private GraphSimulator(String pageId) {
        this.pageId = pageId;
        this.api = new GraphApi(state, new GraphJson(state, base::get));
        this.server = LoopbackServer.start("graph-sim", new LoopbackServer.Handler() {
            @Override
            public String operation(SimRequest request) {
                return request.path().startsWith("/img/") ? IMAGE : GraphApi.operation(request, state);
            }

            @Override
            public SimResponse handle(SimRequest request) {
                return route(request);
            }

            @Override
            public String subject(SimRequest request) {
                List<String> parts = GraphJson.segments(request.path());
                return request.path().startsWith("/img/") ? parts.get(1).split("_", 2)[0]
                        : parts.isEmpty() ? null : parts.get(0);
            }

            @Override
            public Map<String, String> commonHeaders(SimRequest request) {
                return request.path().startsWith("/img/") ? Map.of() : usageHeaders();
            }
        });
        base.set(server.baseUri().toString());
    }

    /** Starts a simulator hosting one Page. */
    public static GraphSimulator start(String pageId) {
        return new GraphSimulator(Objects.requireNonNull(pageId, "pageId"));
    }

    /** {@code http://127.0.0.1:<port>}: use as the account's api-base-url. */
    public URI baseUri() {
        return server.baseUri();
    }

    public String pageId() {
        return pageId;
    }

    /** Accepts a Page access token with these permissions. */
    public void grantPageToken(String token, Set<String> permissions) {
        grant(token, new GraphState.Grant(pageId, "Autocaption Demo Page", true, Set.copyOf(permissions), false));
    }

    /** Accepts a user access token (for read-only profile accounts). */
    public void grantUserToken(String token, String userId, Set<String> permissions) {
        grant(token, new GraphState.Grant(userId, "Demo User", false, Set.copyOf(permissions), false));
    }

    /** Makes a token expired: calls get 190 with subcode 463. */
    public void expireToken(String token) {
        synchronized (state) {
            GraphState.Grant g = state.grants.get(token);
            state.grants.put(token, new GraphState.Grant(g.ownerId(), g.ownerName(), g.page(), g.permissions(), true));
        }
    }

    private void grant(String token, GraphState.Grant grant) {
        synchronized (state) {
            state.grants.put(Objects.requireNonNull(token, "token"), grant);
        }
    }

    /** Adds a photo to the Page; returns its id. */
    public String addPhoto(GraphPhotoSeed seed) {
        return state.add(pageId, seed);
    }

    /** Adds a photo to a user's profile; returns its id. */
    public String addUserPhoto(String userId, GraphPhotoSeed seed) {
        return state.add(userId, seed);
    }

    /**
     * Sets the usage the response headers report, in percent of the limits: {@code x-app-usage} call_count and
     * the Page's {@code x-business-use-case-usage} call_count with {@code estimated_time_to_regain_access}.
     */
    public void setUsage(int appPercent, int pagePercent, int regainMinutes) {
        synchronized (state) {
            state.appUsage = appPercent;
            state.bucUsage = pagePercent;
            state.regainMinutes = regainMinutes;
        }
    }

    /** Adds a comment by someone (a visitor's id, or the Page's) to a photo, as if made elsewhere; returns its id. */
    public String addComment(String photoId, String fromId, String message) {
        synchronized (state) {
            if (!state.photos.containsKey(photoId)) {
                throw new IllegalArgumentException("no photo " + photoId + "; have " + state.photos.keySet());
            }
            String id = photoId + "_" + state.nextId();
            state.comments.put(id, new GraphState.Comment(id, photoId, fromId, message));
            return id;
        }
    }

    /**
     * Whether a second comment by the same author with the same text on the same photo is refused with Graph's
     * 506 "duplicate" (the default) or accepted; Facebook does not refuse duplicate comments reliably.
     */
    public void rejectDuplicateComments(boolean reject) {
        synchronized (state) {
            state.rejectDuplicateComments = reject;
        }
    }

    /** The photo's current state, with its post message and comment texts. */
    public PhotoState photo(String id) {
        synchronized (state) {
            GraphState.Photo p = state.photos.get(id);
            if (p == null) {
                throw new IllegalArgumentException("no photo " + id + "; have " + state.photos.keySet());
            }
            List<String> comments = state.comments.values().stream().filter(c -> c.photoId().equals(id))
                    .map(GraphState.Comment::message).toList();
            return new PhotoState(p.id, p.ownerId, p.name, p.createdAt, p.storyId,
                    p.storyId == null ? null : state.posts.get(p.storyId), comments);
        }
    }

    /**
     * The URL of the photo's largest image, e.g. for a hand-written list body served with {@link
     * dev.autocaption.simulator.Fault.Malformed}. Faults aimed at a photo ({@code FaultScript.subject(IMAGE,
     * id)}, or {@code subject("photo.get", id)} for its node) apply to that photo only.
     */
    public String imageUrl(String id) {
        synchronized (state) {
            GraphState.Photo photo = state.photos.get(id);
            if (photo == null) {
                throw new IllegalArgumentException("no photo " + id + "; have " + state.photos.keySet());
            }
            return server.baseUri() + "/img/" + id + "_" + Math.min(2048, Math.max(photo.width, photo.height))
                    + ".jpg";
        }
    }

    public FaultScript faults() {
        return server.faults();
    }

    public List<RecordedRequest> requests() {
        return server.requests();
    }

    /** The requests of one operation, e.g. {@code post.update}. */
    public List<RecordedRequest> requests(String operation) {
        return server.requests(operation);
    }

    public void clearRequests() {
        server.clearRequests();
    }

    private SimResponse route(SimRequest request) {
        if (request.path().startsWith("/img/")) {
            return image(request.path());
        }
        String operation = GraphApi.operation(request, state);
        return api.handle(operation, request);
    }

    private Map<String, String> usageHeaders() {
        synchronized (state) {
            String app = Json.write(Map.of("call_count", state.appUsage, "total_time", state.appUsage / 2,
                    "total_cputime", state.appUsage / 2));
            String buc = Json.write(Map.of(pageId, List.of(Map.of("type", "pages", "call_count", state.bucUsage,
                    "total_cputime", state.bucUsage / 2, "total_time", state.bucUsage / 2,
                    "estimated_time_to_regain_access", state.regainMinutes))));
            return Map.of("x-app-usage", app, "x-business-use-case-usage", buc, "facebook-api-version", "v22.0",
                    "x-fb-trace-id", "SimTrace");
        }
    }

    /** {@code /img/<photo id>_<long edge>.jpg}. */
    private SimResponse image(String path) {
        String[] parts = path.substring("/img/".length()).replace(".jpg", "").split("_");
        GraphState.Photo photo;
        synchronized (state) {
            photo = parts.length == 2 ? state.photos.get(parts[0]) : null;
        }
        if (photo == null || !parts[1].matches("\\d{1,5}")) {
            return SimResponse.text(404, "text/plain", "no such image: " + path);
        }
        int edge = Integer.parseInt(parts[1]);
        byte[] bytes = renditions.computeIfAbsent(path, key -> photo.rendition(edge));
        return SimResponse.bytes("image/jpeg", bytes);
    }

    @Override
    public void close() {
        server.close();
    }
}
