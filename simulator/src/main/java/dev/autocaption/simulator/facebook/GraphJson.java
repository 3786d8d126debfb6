package dev.autocaption.simulator.facebook;

import dev.autocaption.simulator.SimRequest;
import dev.autocaption.simulator.SimResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** The read endpoints of the Graph simulator, shaped like the recorded fixtures. Callers hold the state lock. */
final class GraphJson {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssZ")
            .withZone(ZoneOffset.UTC);
    private static final int[] EDGES = {2048, 1440, 960, 720, 480, 320, 130};

    private final GraphState state;
    private final Supplier<String> base;

    GraphJson(GraphState state, Supplier<String> base) {
        this.state = state;
        this.base = base;
    }

    /** Path segments without the leading version ({@code /v22.0/123/photos} → [123, photos]). */
    static List<String> segments(String path) {
        List<String> parts = new ArrayList<>(Arrays.stream(path.split("/")).filter(s -> !s.isEmpty()).toList());
        if (!parts.isEmpty() && parts.get(0).matches("v\\d+\\.\\d+")) {
            parts.remove(0);
        }
        return parts;
    }

    /** {@code /{owner}/photos?type=uploaded&fields=&limit=&after=}: newest first, cursor paging. */
    SimResponse photoList(String ownerId, SimRequest request, String token) {
        List<GraphState.Photo> all = state.photosOf(ownerId);
        int limit = Math.max(1, Math.min(100, intParam(request, "limit", 25)));
        int from = request.param("after") == null ? 0 : decodeCursor(request.param("after"));
        List<Map<String, Object>> data = new ArrayList<>();
        for (int i = from; i < Math.min(all.size(), from + limit); i++) {
            data.add(photoFields(all.get(i), request.param("fields")));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("data", data);
        if (!data.isEmpty()) {
            Map<String, Object> paging = new LinkedHashMap<>();
            paging.put("cursors", Map.of("before", cursor(from), "after", cursor(from + data.size())));
            if (from + data.size() < all.size()) {
                paging.put("next", nextUrl(request, token, cursor(from + data.size())));
            }
            body.put("paging", paging);
        }
        return GraphApi.ok(body);
    }

    private String nextUrl(SimRequest request, String token, String after) {
        Map<String, String> params = new TreeMap<>(request.params());
        params.remove("format");
        params.put("access_token", token);
        params.put("after", after);
        String query = params.entrySet().stream().map(e -> e.getKey() + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return base.get() + request.path() + "?" + query;
    }

    SimResponse photo(GraphState.Photo photo, SimRequest request) {
        return GraphApi.ok(photoFields(photo, request.param("fields")));
    }

    private Map<String, Object> photoFields(GraphState.Photo p, String fields) {
        Map<String, Object> all = new LinkedHashMap<>();
        all.put("id", p.id);
        if (!p.name.isEmpty()) {
            all.put("name", p.name);
        }
        all.put("created_time", TIME.format(p.createdAt));
        all.put("updated_time", TIME.format(p.createdAt));
        all.put("images", images(p));
        if (p.storyId != null) {
            all.put("page_story_id", p.storyId);
        }
        if (p.albumId != null) {
            all.put("album", Map.of("id", p.albumId, "name", "Album " + p.albumId));
        }
        all.put("alt_text_custom", "");
        all.put("width", p.width);
        all.put("height", p.height);
        all.put("link", base.get() + "/photo/?fbid=" + p.id);
        if (fields == null || fields.isBlank()) {
            return all;
        }
        Set<String> wanted = Arrays.stream(fields.split(",")).map(String::trim).collect(Collectors.toSet());
        all.keySet().removeIf(key -> !key.equals("id") && !wanted.contains(key));
        return all;
    }

    /** Renditions, largest first: the original (at most 2048 on the long edge) and Facebook's usual steps. */
    List<Map<String, Object>> images(GraphState.Photo p) {
        int longEdge = Math.max(p.width, p.height);
        List<Map<String, Object>> images = new ArrayList<>();
        for (int edge : EDGES) {
            if (edge <= longEdge) {
                double factor = edge / (double) longEdge;
                images.add(image(p, edge, (int) Math.round(p.width * factor), (int) Math.round(p.height * factor)));
            }
        }
        if (longEdge < EDGES[0]) {
            images.add(0, image(p, longEdge, p.width, p.height));
        }
        return images;
    }

    private Map<String, Object> image(GraphState.Photo p, int edge, int width, int height) {
        Map<String, Object> image = new LinkedHashMap<>();
        image.put("height", height);
        image.put("width", width);
        image.put("source", base.get() + "/img/" + p.id + "_" + edge + ".jpg");
        return image;
    }

    SimResponse post(String storyId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", storyId);
        String message = state.posts.get(storyId);
        if (!message.isEmpty()) {
            body.put("message", message);
        }
        return GraphApi.ok(body);
    }

    /** The photo's comments, oldest first, or newest first with {@code order=reverse_chronological}. */
    SimResponse comments(String photoId, SimRequest request) {
        List<Map<String, Object>> data = new ArrayList<>(state.comments.values().stream()
                .filter(c -> c.photoId().equals(photoId)).map(c -> Map.<String, Object>of("id", c.id(), "message",
                        c.message(), "from", Map.of("id", c.fromId()))).toList());
        if ("reverse_chronological".equals(request.param("order"))) {
            Collections.reverse(data);
        }
        return GraphApi.ok(Map.of("data", data));
    }

    SimResponse permissions(GraphState.Grant grant) {
        List<Map<String, Object>> data = grant.permissions().stream().sorted()
                .map(p -> Map.<String, Object>of("permission", p, "status", "granted")).toList();
        return GraphApi.ok(Map.of("data", data));
    }

    SimResponse debugToken(GraphState.Grant grant) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("app_id", "1000000000000001");
        data.put("type", grant == null ? "USER" : grant.page() ? "PAGE" : "USER");
        data.put("application", "autocaption");
        data.put("is_valid", grant != null && !grant.expired());
        if (grant != null) {
            data.put(grant.page() ? "profile_id" : "user_id", grant.ownerId());
            data.put("scopes", grant.permissions().stream().sorted().toList());
        }
        data.put("expires_at", 0);
        return GraphApi.ok(Map.of("data", data));
    }

    private static String cursor(int index) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(("idx:" + index).getBytes(StandardCharsets.UTF_8));
    }

    private static int decodeCursor(String cursor) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            return Integer.parseInt(text.substring("idx:".length()));
        } catch (IllegalArgumentException | StringIndexOutOfBoundsException e) {
            return 0;
        }
    }

    private static int intParam(SimRequest request, String name, int fallback) {
        try {
            return request.param(name) == null ? fallback : Integer.parseInt(request.param(name));
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
