package dev.autocaption.simulator;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One request a simulator received, as tests assert on it: secrets are replaced by {@link #MASK}.
 *
 * @param operation the simulator's name for the call, e.g. {@code flickr.photos.setMeta} or {@code comment.create}
 * @param method    HTTP method
 * @param path      path without query
 * @param params    query and form parameters, with access tokens and signatures masked
 * @param headers   headers (lowercase names), with {@code authorization} reduced to its scheme plus {@link #MASK}
 * @param refused   a scripted fault answered in the simulator's place, so the call changed nothing there
 */
public record RecordedRequest(String operation, String method, String path, Map<String, String> params,
                              Map<String, String> headers, boolean refused) {

    /** What replaces a secret value. */
    public static final String MASK = "****";
    private static final java.util.Set<String> SECRET_PARAMS =
            java.util.Set.of("access_token", "oauth_signature", "appsecret_proof", "input_token", "oauth_token");

    public RecordedRequest {
        Objects.requireNonNull(operation, "operation");
        params = Map.copyOf(params);
        headers = Map.copyOf(headers);
    }

    /** Records a request with its secrets masked. */
    public static RecordedRequest of(String operation, SimRequest request) {
        return of(operation, request, false);
    }

    /** Records a request with its secrets masked; {@code refused} when a fault answered in its place. */
    public static RecordedRequest of(String operation, SimRequest request, boolean refused) {
        Map<String, String> params = new TreeMap<>(request.params());
        params.replaceAll((name, value) -> SECRET_PARAMS.contains(name) ? MASK : value);
        Map<String, String> headers = new TreeMap<>(request.headers());
        headers.computeIfPresent("authorization", (name, value) -> value.split(" ", 2)[0] + " " + MASK);
        headers.remove("cookie");
        return new RecordedRequest(operation, request.method(), request.path(), params, headers, refused);
    }

    /** A parameter, or null. */
    public String param(String name) {
        return params.get(name);
    }

    /** True when the request carried an {@code Authorization} header of this scheme (e.g. "OAuth", "Bearer"). */
    public boolean authorizedWith(String scheme) {
        String value = headers.get("authorization");
        return value != null && value.toLowerCase(Locale.ROOT).startsWith(scheme.toLowerCase(Locale.ROOT) + " ");
    }
}
