package dev.autocaption.bot.connector.facebook;

import com.restfb.DefaultFacebookClient;
import com.restfb.Parameter;
import com.restfb.json.JsonArray;
import com.restfb.json.JsonObject;
import com.restfb.json.JsonValue;
import dev.autocaption.bot.connector.ConnectorException;
import dev.autocaption.bot.connector.ConnectorException.Operation;
import dev.autocaption.bot.connector.ConnectorRuntime;
import dev.autocaption.bot.connector.NetworkFailure;
import dev.autocaption.config.AccountConfig;
import dev.autocaption.config.WriteMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * What {@code autocaption auth facebook} checks: whose token it is ({@code /me}), its type and permissions
 * ({@code /debug_token}), and which permissions the account's write mode still lacks.
 */
public final class FacebookTokenCheck {

    /**
     * The outcome.
     *
     * @param ownerId     the Page (or user) the token acts as
     * @param ownerName   its name
     * @param tokenType   PAGE or USER, as Meta reports it
     * @param granted     permissions the token has
     * @param missing     permissions the write mode needs but the token lacks
     * @param problems    what to fix, one sentence each; empty when the token is fine
     */
    public record Report(String ownerId, String ownerName, String tokenType, Set<String> granted,
                         Set<String> missing, List<String> problems) {
        public Report {
            granted = Set.copyOf(granted);
            missing = Set.copyOf(missing);
            problems = List.copyOf(problems);
        }

        public boolean ok() {
            return problems.isEmpty();
        }
    }

    private final AccountConfig account;
    private final DefaultFacebookClient client;
    private final GraphCalls calls;

    public FacebookTokenCheck(AccountConfig account, ConnectorRuntime runtime) {
        this.account = Objects.requireNonNull(account, "account");
        this.client = FacebookPhotoSource.client(account, runtime);
        this.calls = new GraphCalls(account.id(), client.getWebRequestor(), new GraphUsage(runtime.clock()),
                runtime.sleeper(), NetworkFailure.endpoint(account.apiBaseUrl(), FacebookPhotoSource.GRAPH_HOST));
    }

    /** The permissions an account needs for its type and write mode. */
    public static Set<String> required(AccountConfig account) {
        if (account.type().equals(FacebookPlatform.PROFILE)) {
            return Set.of("user_photos");
        }
        Set<String> needed = new TreeSet<>(Set.of("pages_show_list", "pages_read_engagement"));
        if (account.write() == WriteMode.POST_MESSAGE) {
            needed.add("pages_manage_posts");
            needed.add("pages_manage_engagement");
        } else if (account.write() == WriteMode.COMMENT) {
            needed.add("pages_manage_engagement");
        }
        return needed;
    }

    /** Calls {@code /me} and {@code /debug_token}; an invalid token fails with PAUSE_ACCOUNT and the fix. */
    public Report check() throws ConnectorException {
        JsonObject me = calls.call(Operation.VERIFY, null, () -> client.fetchObject("me", JsonObject.class,
                Parameter.withFields("id,name")));
        String token = account.credentials().get(FacebookPlatform.ACCESS_TOKEN).reveal();
        JsonObject debug = calls.call(Operation.VERIFY, null, () -> client.fetchObject("debug_token",
                JsonObject.class, Parameter.with("input_token", token)));
        JsonObject data = debug.get("data") == null ? new JsonObject() : debug.get("data").asObject();
        Set<String> granted = scopes(data.get("scopes"));
        Set<String> missing = new TreeSet<>(required(account));
        missing.removeAll(granted);
        String type = data.getString("type", "UNKNOWN");
        return new Report(me.getString("id", ""), me.getString("name", ""), type, granted, missing,
                problems(me.getString("id", ""), type, missing));
    }

    private List<String> problems(String ownerId, String type, Set<String> missing) {
        List<String> problems = new ArrayList<>();
        if (account.type().equals(FacebookPlatform.PAGE) && !"PAGE".equals(type)) {
            problems.add("this is a " + type + " token; use a Page access token (from /me/accounts or a system"
                    + " user) for page " + account.pageId());
        }
        if (account.type().equals(FacebookPlatform.PAGE) && !ownerId.equals(account.pageId())) {
            problems.add("the token acts as " + ownerId + " but the account's page-id is " + account.pageId());
        }
        if (!missing.isEmpty()) {
            problems.add("grant " + String.join(", ", missing) + " (needed for write: "
                    + account.write().configName() + ") and create the token again");
        }
        return problems;
    }

    private static Set<String> scopes(JsonValue value) {
        Set<String> scopes = new TreeSet<>();
        if (value != null && value.isArray()) {
            JsonArray array = value.asArray();
            for (int i = 0; i < array.size(); i++) {
                scopes.add(array.get(i).asString());
            }
        }
        return scopes;
    }
}
