package dev.autocaption.simulator.flickr;

import dev.autocaption.simulator.Fault;
import dev.autocaption.simulator.SimRequest;
import dev.autocaption.simulator.SimResponse;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * {@code /services/rest/}: checks the OAuth header (or api_key), then dispatches on the {@code method} parameter.
 * Errors are Flickr's: HTTP 200 with {@code stat="fail"}.
 */
final class FlickrRest {

    private static final Set<String> WRITE_METHODS = Set.of("flickr.photos.setMeta", "flickr.photos.addTags",
            "flickr.photos.removeTag", "flickr.photos.setTags");

    private final FlickrState state;
    private final FlickrXml xml;

    FlickrRest(FlickrState state, FlickrXml xml) {
        this.state = state;
        this.xml = xml;
    }

    SimResponse handle(SimRequest request) {
        String method = request.param("method");
        if (method == null) {
            return fail(112, "Method \"null\" not found");
        }
        if (method.equals("flickr.auth.oauth.checkToken")) {
            return checkToken(request);
        }
        Fault.FlickrError denied = authorise(request, method);
        if (denied != null) {
            return fail(denied.code(), denied.message());
        }
        synchronized (state) {
            return dispatch(method, request);
        }
    }

    private Fault.FlickrError authorise(SimRequest request, String method) {
        Map<String, String> oauth = oauthParams(request.header("Authorization"));
        String consumer = oauth.isEmpty() ? request.param("api_key") : oauth.get("oauth_consumer_key");
        if (!state.apiKey.equals(consumer)) {
            return new Fault.FlickrError(100, "Invalid API Key (Key has invalid format)");
        }
        if (oauth.isEmpty()) {
            return new Fault.FlickrError(99, "User not logged in / Insufficient permissions");
        }
        FlickrState.Grant grant;
        synchronized (state) {
            grant = state.grants.get(oauth.get("oauth_token"));
        }
        if (grant == null || oauth.get("oauth_signature") == null) {
            return new Fault.FlickrError(98, "Invalid auth token");
        }
        if (WRITE_METHODS.contains(method) && !grant.canWrite()) {
            return new Fault.FlickrError(99, "Insufficient permissions. Method requires write privileges; "
                    + grant.perms() + " granted.");
        }
        return null;
    }

    private SimResponse dispatch(String method, SimRequest request) {
        return switch (method) {
            case "flickr.photos.search" -> xml.search(request);
            case "flickr.photos.getInfo" -> withPhoto(request, xml::info);
            case "flickr.photos.getSizes" -> withPhoto(request, xml::sizes);
            case "flickr.photos.setMeta" -> withPhoto(request, photo -> setMeta(photo, request));
            case "flickr.photos.addTags" -> withPhoto(request, photo -> addTags(photo, request));
            case "flickr.photos.removeTag" -> removeTag(request.param("tag_id"));
            case "flickr.photosets.getPhotos" -> xml.album(request);
            case "flickr.test.login" -> ok("<user id=\"" + state.nsid + "\" path_alias=\"demo\">\n\t<username>"
                    + state.username + "</username>\n</user>");
            default -> fail(112, "Method \"" + method + "\" not found");
        };
    }

    private SimResponse withPhoto(SimRequest request, java.util.function.Function<StoredPhoto, SimResponse> then) {
        StoredPhoto photo = state.photos.get(String.valueOf(request.param("photo_id")));
        return photo == null ? fail(1, "Photo \"" + request.param("photo_id") + "\" not found (invalid ID)")
                : then.apply(photo);
    }

    private SimResponse setMeta(StoredPhoto photo, SimRequest request) {
        String title = request.param("title");
        String description = request.param("description");
        if ((title == null || title.isEmpty()) && (description == null || description.isEmpty())) {
            return fail(2, "At least one of title or description must be set");
        }
        if (title != null) {
            photo.title = title;
        }
        if (description != null) {
            photo.description = description;
        }
        photo.lastUpdate = state.clock.instant();
        return ok("<photo>\n\t<title>" + FlickrXml.text(photo.title) + "</title>\n\t<description>"
                + FlickrXml.text(photo.description) + "</description>\n</photo>");
    }

    private SimResponse addTags(StoredPhoto photo, SimRequest request) {
        StringBuilder out = new StringBuilder("<tags>\n");
        for (String raw : FlickrTags.parseList(request.param("tags"))) {
            if (photo.tags.size() >= 75) {
                return fail(2, "Maximum number of tags reached");
            }
            StoredPhoto.StoredTag tag = state.addTag(photo, raw);
            out.append("\t<tag author=\"").append(state.nsid).append("\" raw=\"").append(FlickrXml.text(tag.raw()))
                    .append("\" machine_tag=\"").append(tag.machine() ? "1" : "").append("\" full_tag_id=\"")
                    .append(tag.id()).append("\" id=\"").append(tag.id()).append("\">")
                    .append(FlickrXml.text(tag.value())).append("</tag>\n");
        }
        photo.lastUpdate = state.clock.instant();
        return ok(out.append("</tags>").toString());
    }

    private SimResponse removeTag(String tagId) {
        for (StoredPhoto photo : state.photos.values()) {
            if (photo.tags.removeIf(tag -> tag.id().equals(tagId))) {
                photo.lastUpdate = state.clock.instant();
                return ok("");
            }
        }
        return fail(1, "Tag not found");
    }

    private SimResponse checkToken(SimRequest request) {
        FlickrState.Grant grant;
        synchronized (state) {
            grant = state.grants.get(String.valueOf(request.param("oauth_token")));
        }
        if (grant == null) {
            return fail(98, "Invalid token");
        }
        return ok("<oauth><token>" + FlickrXml.text(request.param("oauth_token")) + "</token><perms>" + grant.perms()
                + "</perms><user nsid=\"" + state.nsid + "\" username=\"" + state.username
                + "\" fullname=\"Autocaption Demo\"/></oauth>");
    }

    /** Parses {@code OAuth k="v", k2="v2"} (values percent-encoded); empty when absent. */
    static Map<String, String> oauthParams(String header) {
        Map<String, String> params = new HashMap<>();
        if (header == null || !header.startsWith("OAuth ")) {
            return params;
        }
        for (String part : header.substring(6).split(",")) {
            String[] pair = part.trim().split("=", 2);
            if (pair.length == 2) {
                String value = pair[1].replaceAll("^\"|\"$", "");
                params.put(pair[0].trim(), URLDecoder.decode(value, StandardCharsets.UTF_8));
            }
        }
        return params;
    }

    static SimResponse ok(String payload) {
        return SimResponse.text(200, "text/xml; charset=utf-8",
                "<?xml version=\"1.0\" encoding=\"utf-8\" ?>\n<rsp stat=\"ok\">\n" + payload + "\n</rsp>\n");
    }

    static SimResponse fail(int code, String message) {
        return SimResponse.text(200, "text/xml; charset=utf-8", "<?xml version=\"1.0\" encoding=\"utf-8\" ?>\n"
                + "<rsp stat=\"fail\">\n\t<err code=\"" + code + "\" msg=\"" + FlickrXml.text(message) + "\" />\n</rsp>\n");
    }
}
