package dev.autocaption.simulator.flickr;

import dev.autocaption.simulator.SimRequest;
import dev.autocaption.simulator.SimResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

/**
 * The OAuth 1.0a out-of-band dance: {@code request_token} (consumer key in the OAuth header), {@code authorize}
 * (the simulator approves at once and shows the verifier, as Flickr does after the user clicks "OK, I'll
 * authorize it"), {@code access_token} (request token + verifier → a granted access token).
 */
final class FlickrOAuth {

    private final FlickrState state;

    FlickrOAuth(FlickrState state) {
        this.state = state;
    }

    SimResponse handle(String operation, SimRequest request) {
        Map<String, String> oauth = FlickrRest.oauthParams(request.header("Authorization"));
        oauth.putAll(request.params());
        synchronized (state) {
            return switch (operation) {
                case "oauth.request_token" -> requestToken(oauth);
                case "oauth.authorize" -> authorize(oauth);
                case "oauth.access_token" -> accessToken(oauth);
                default -> problem("parameter_absent");
            };
        }
    }

    private SimResponse requestToken(Map<String, String> oauth) {
        if (!state.apiKey.equals(oauth.get("oauth_consumer_key"))) {
            return problem("consumer_key_unknown");
        }
        String token = "rt-" + UUID.randomUUID();
        state.pending.put(token, new FlickrState.Pending("rts-" + UUID.randomUUID(), null, null));
        return form(200, "oauth_callback_confirmed=true&oauth_token=" + token + "&oauth_token_secret="
                + state.pending.get(token).secret());
    }

    private SimResponse authorize(Map<String, String> oauth) {
        String token = oauth.get("oauth_token");
        FlickrState.Pending pending = token == null ? null : state.pending.get(token);
        if (pending == null) {
            return SimResponse.text(400, "text/html; charset=utf-8", "<p>Unknown request token</p>");
        }
        String perms = oauth.getOrDefault("perms", "read");
        String verifier = state.nextId().substring(2, 5) + "-" + state.nextId().substring(5, 8) + "-"
                + state.nextId().substring(8, 11);
        state.pending.put(token, new FlickrState.Pending(pending.secret(), verifier, perms));
        return SimResponse.text(200, "text/html; charset=utf-8", "<html><body><p>Authorised with " + perms
                + " permission. Type this code into the application:</p><p id=\"verifier\">" + verifier
                + "</p></body></html>");
    }

    private SimResponse accessToken(Map<String, String> oauth) {
        FlickrState.Pending pending = state.pending.get(String.valueOf(oauth.get("oauth_token")));
        if (pending == null || pending.verifier() == null) {
            return problem("token_rejected");
        }
        if (!pending.verifier().equals(oauth.get("oauth_verifier"))) {
            return problem("verifier_invalid");
        }
        state.pending.remove(oauth.get("oauth_token"));
        String token = state.nextId() + "-" + UUID.randomUUID().toString().substring(0, 16);
        String secret = UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        state.grants.put(token, new FlickrState.Grant(secret, pending.perms()));
        return form(200, "fullname=" + encode("Autocaption Demo") + "&oauth_token=" + encode(token)
                + "&oauth_token_secret=" + secret + "&user_nsid=" + encode(state.nsid) + "&username="
                + encode(state.username));
    }

    private static SimResponse problem(String problem) {
        return form(401, "oauth_problem=" + problem);
    }

    private static SimResponse form(int status, String body) {
        return SimResponse.text(status, "text/plain; charset=utf-8", body);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
