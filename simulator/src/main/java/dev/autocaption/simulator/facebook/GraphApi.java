package dev.autocaption.simulator.facebook;

import dev.autocaption.simulator.Fault;
import dev.autocaption.simulator.Json;
import dev.autocaption.simulator.SimRequest;
import dev.autocaption.simulator.SimResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Graph endpoints: token check, then dispatch on the operation. Errors use the Graph error envelope with HTTP
 * 400/403, as the real API does.
 */
final class GraphApi {

    private final GraphState state;
    private final GraphJson json;

    GraphApi(GraphState state, GraphJson json) {
        this.state = state;
        this.json = json;
    }

    /** Names the call: photos.list, photo.get, photo.update, post.get, post.update, comment.*, me, ... */
    static String operation(SimRequest request, GraphState state) {
        List<String> parts = GraphJson.segments(request.path());
        String method = effectiveMethod(request);
        if (parts.isEmpty()) {
            return "unknown";
        }
        if (parts.size() == 2) {
            return switch (parts.get(1)) {
                case "photos" -> "photos.list";
                case "comments" -> method.equals("POST") ? "comment.create" : "comment.list";
                case "permissions" -> "permissions";
                default -> "unknown";
            };
        }
        String id = parts.get(0);
        if (id.equals("me")) {
            return "me";
        }
        if (id.equals("debug_token")) {
            return "debug_token";
        }
        synchronized (state) {
            if (state.photos.containsKey(id)) {
                return method.equals("POST") ? "photo.update" : "photo.get";
            }
            if (state.posts.containsKey(id)) {
                return method.equals("POST") ? "post.update" : "post.get";
            }
            if (state.comments.containsKey(id)) {
                return method.equals("DELETE") ? "comment.delete" : "comment.get";
            }
        }
        return "unknown";
    }

    static String effectiveMethod(SimRequest request) {
        String override = request.param("method");
        return override != null ? override.toUpperCase(java.util.Locale.ROOT) : request.method();
    }

    SimResponse handle(String operation, SimRequest request) {
        String token = token(request);
        synchronized (state) {
            GraphState.Grant grant = token == null ? null : state.grants.get(token);
            if (grant == null) {
                return error(400, "OAuthException", 190, null, "Invalid OAuth access token - Cannot parse access token");
            }
            if (grant.expired()) {
                return error(400, "OAuthException", 190, 463, "Error validating access token: Session has expired");
            }
            List<String> parts = GraphJson.segments(request.path());
            return dispatch(operation, parts, request, grant, token);
        }
    }

    private SimResponse dispatch(String operation, List<String> parts, SimRequest request, GraphState.Grant grant,
                                 String token) {
        String id = parts.get(0).equals("me") ? grant.ownerId() : parts.get(0);
        return switch (operation) {
            case "photos.list" -> need(grant, grant.page() ? "pages_read_engagement" : "user_photos",
                    () -> json.photoList(id, request, token));
            case "photo.get" -> json.photo(state.photos.get(id), request);
            case "photo.update" -> error(400, "GraphMethodException", 100, 33, "Unsupported post request. Object with"
                    + " ID '" + id + "' does not exist, cannot be loaded due to missing permissions, or does not"
                    + " support this operation.");
            case "post.get" -> json.post(id);
            case "post.update" -> need(grant, "pages_manage_posts", () -> updatePost(id, request));
            case "comment.create" -> need(grant, "pages_manage_engagement", () -> comment(id, request, grant));
            case "comment.list" -> json.comments(id, request);
            case "comment.delete" -> deleteComment(id, grant);
            case "me" -> ok(Map.of("id", grant.ownerId(), "name", grant.ownerName()));
            case "permissions" -> json.permissions(grant);
            case "debug_token" -> json.debugToken(state.grants.get(String.valueOf(request.param("input_token"))));
            default -> error(400, "GraphMethodException", 100, 33, "Unsupported get request. Object with ID '"
                    + id + "' does not exist");
        };
    }

    private SimResponse need(GraphState.Grant grant, String permission, java.util.function.Supplier<SimResponse> then) {
        if (!grant.permissions().contains(permission)) {
            return error(403, "OAuthException", 200, null, "(#200) Requires " + permission + " permission to"
                    + " manage the object");
        }
        return then.get();
    }

    private SimResponse updatePost(String storyId, SimRequest request) {
        String message = request.param("message");
        if (message == null) {
            return error(400, "OAuthException", 100, null, "(#100) Param message must be non-empty");
        }
        state.posts.put(storyId, message);
        return ok(Map.of("success", true));
    }

    private SimResponse comment(String photoId, SimRequest request, GraphState.Grant grant) {
        String message = request.param("message");
        if (message == null || message.isBlank()) {
            return error(400, "OAuthException", 100, null, "(#100) Missing message or attachment");
        }
        boolean duplicate = state.rejectDuplicateComments && state.comments.values().stream().anyMatch(c ->
                c.photoId().equals(photoId) && c.fromId().equals(grant.ownerId()) && c.message().equals(message));
        if (duplicate) {
            return error(400, "OAuthException", 506, null, "(#506) Duplicate status message");
        }
        String id = photoId + "_" + state.nextId();
        state.comments.put(id, new GraphState.Comment(id, photoId, grant.ownerId(), message));
        return ok(Map.of("id", id));
    }

    private SimResponse deleteComment(String commentId, GraphState.Grant grant) {
        GraphState.Comment comment = state.comments.get(commentId);
        if (!comment.fromId().equals(grant.ownerId())) {
            return error(403, "OAuthException", 200, null, "(#200) Users can only delete their own comments");
        }
        state.comments.remove(commentId);
        return ok(Map.of("success", true));
    }

    private static String token(SimRequest request) {
        String header = request.header("Authorization");
        if (header != null && header.startsWith("Bearer ")) {
            return header.substring(7).trim();
        }
        return request.param("access_token");
    }

    static SimResponse ok(Map<String, ?> body) {
        return SimResponse.text(200, "application/json; charset=UTF-8", Json.write(new LinkedHashMap<>(body)));
    }

    static SimResponse error(int status, String type, int code, Integer subcode, String message) {
        return new Fault.GraphError(status, type, code, subcode, message, false).toResponse();
    }
}
