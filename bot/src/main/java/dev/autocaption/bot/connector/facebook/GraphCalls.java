package dev.autocaption.bot.connector.facebook;

import com.restfb.WebRequestor;
import com.restfb.exception.FacebookException;
import com.restfb.exception.FacebookGraphException;
import com.restfb.exception.FacebookJsonMappingException;
import com.restfb.exception.FacebookNetworkException;
import com.restfb.exception.FacebookResponseContentException;
import dev.autocaption.bot.connector.ConnectorException.Action;
import dev.autocaption.bot.connector.ConnectorException.Operation;
import dev.autocaption.bot.connector.ConnectorException;
import dev.autocaption.bot.connector.Headroom;
import dev.autocaption.bot.connector.NetworkFailure;
import dev.autocaption.bot.connector.Sleeper;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Runs RestFB calls for one account: waits or refuses while Meta's usage headers say so ({@link GraphUsage}),
 * reads the headers after each call, and maps every RestFB exception to a {@link ConnectorException} by error
 * code (RestFB picks exception classes by the error's type string, so rate limits arrive as OAuth exceptions).
 */
final class GraphCalls {

    static final String PLATFORM = "facebook";
    static final int DUPLICATE = 506;
    private static final Set<Integer> RATE_LIMITS = Set.of(4, 17, 32, 341, 613, 80001);
    private static final Map<Integer, String> TOKEN_SUBCODES = Map.of(458, "the app is not installed",
            459, "the user is checkpointed", 460, "the password changed", 463, "the token expired",
            464, "the user is unconfirmed", 467, "the token is invalid");

    private final String account;
    private final WebRequestor requestor;
    private final GraphUsage usage;
    private final Sleeper sleeper;
    private final String endpoint;

    /** @param endpoint the server's {@code host:port}, named in network errors */
    GraphCalls(String account, WebRequestor requestor, GraphUsage usage, Sleeper sleeper, String endpoint) {
        this.account = account;
        this.endpoint = endpoint;
        this.requestor = requestor;
        this.usage = usage;
        this.sleeper = sleeper;
    }

    <T> T call(Operation operation, String remoteId, Supplier<T> call) throws ConnectorException {
        pace(operation, remoteId);
        try {
            T result = call.get();
            usage.observe(requestor.getDebugHeaderInfo());
            return result;
        } catch (FacebookException e) {
            throw mapped(operation, remoteId, e);
        } catch (RuntimeException e) {
            // RestFB maps answers of an unexpected shape (null, [], a string for a list) with its own JSON classes,
            // which throw UnsupportedOperationException or NullPointerException instead of a FacebookException
            throw failure(operation, remoteId, Action.RETRY_LATER, null, "unreadable response (RestFB could not map "
                    + "it): " + e, e);
        }
    }

    private void pace(Operation operation, String remoteId) throws ConnectorException {
        Duration blocked = usage.blockedFor();
        if (!blocked.isZero()) {
            throw failure("usage-limit", operation, remoteId, Action.RETRY_LATER, blocked, "Graph API usage reached its limit ("
                    + usage.percent() + " %); waiting for Meta to regain access", null);
        }
        Duration pause = usage.pause();
        if (!pause.isZero()) {
            try {
                sleeper.sleep(pause);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw failure(operation, remoteId, Action.RETRY_LATER, null, "interrupted while slowing down", e);
            }
        }
    }

    /** Meta's usage headers as last read: the share left of the most used limit, or how long calls are blocked. */
    Headroom headroom() {
        Duration blocked = usage.blockedFor();
        int percent = usage.percent();
        if (!blocked.isZero()) {
            return new Headroom(0.0, "Graph API usage at its limit; calls wait " + blocked.toMinutes() + " min more");
        }
        return new Headroom(Math.max(0, 100 - percent) / 100.0, "Graph API usage " + percent
                + " % of the most used limit (x-app-usage, x-page-usage, x-business-use-case-usage)");
    }

    /** True when the failure is Graph's "duplicate" (506): the same text is already there. */
    static boolean isDuplicate(ConnectorException e) {
        return e.getCause() instanceof FacebookGraphException g && Integer.valueOf(DUPLICATE).equals(g.getErrorCode());
    }

    private ConnectorException mapped(Operation operation, String remoteId, FacebookException e) {
        if (e instanceof FacebookGraphException g) {
            return graphError(operation, remoteId, g);
        }
        if (e instanceof FacebookNetworkException n) {
            Integer status = n.getHttpStatusCode();
            boolean transientFailure = status == null || status == 429 || status >= 500;
            return failure(status == null ? "network" : "http-" + status, operation, remoteId,
                    transientFailure ? Action.RETRY_LATER : Action.GIVE_UP, null,
                    status == null ? "network error: " + NetworkFailure.describe(endpoint, n)
                            : "HTTP " + status + " from the Graph API at " + endpoint, e);
        }
        if (e instanceof FacebookJsonMappingException || e instanceof FacebookResponseContentException) {
            return failure(operation, remoteId, Action.RETRY_LATER, null, "unreadable response: " + e.getMessage(), e);
        }
        return failure(operation, remoteId, Action.GIVE_UP, null, e.getClass().getSimpleName() + ": "
                + e.getMessage(), e);
    }

    private ConnectorException graphError(Operation operation, String remoteId, FacebookGraphException g) {
        int code = g.getErrorCode() == null ? 0 : g.getErrorCode();
        String graphCode = "graph-" + code;
        String problem = "Graph error " + code + (g.getErrorSubcode() == null ? "" : "/" + g.getErrorSubcode())
                + " (" + g.getErrorType() + ") " + g.getErrorMessage();
        String reauth = "; get a new Page access token and run `autocaption auth facebook --account " + account + "`";
        if (code == 190) {
            String why = g.getErrorSubcode() == null ? "the token is not valid"
                    : TOKEN_SUBCODES.getOrDefault(g.getErrorSubcode(), "the token is not valid");
            return failure(graphCode, operation, remoteId, Action.PAUSE_ACCOUNT, null, problem + ": " + why + reauth,
                    g);
        }
        if (code == 102 || code == 10 || (code >= 200 && code <= 299)) {
            return failure(graphCode, operation, remoteId, Action.PAUSE_ACCOUNT, null, problem
                    + ": a permission is missing"
                    + reauth, g);
        }
        if (RATE_LIMITS.contains(code)) {
            Duration wait = usage.rateLimited(g.getDebugHeaderInfo());
            return failure(graphCode, operation, remoteId, Action.RETRY_LATER, wait, problem, g);
        }
        if (code == 368) {
            return failure(graphCode, operation, remoteId, Action.RETRY_LATER, Duration.ofHours(24), problem, g);
        }
        boolean transientFailure = code == 1 || code == 2 || Boolean.TRUE.equals(g.getIsTransient());
        return failure(graphCode, operation, remoteId, transientFailure ? Action.RETRY_LATER : Action.GIVE_UP, null,
                problem, g);
    }

    ConnectorException failure(Operation operation, String remoteId, Action action, Duration retryAfter,
                               String problem, Throwable cause) {
        return failure(ConnectorException.OTHER, operation, remoteId, action, retryAfter, problem, cause);
    }

    /** @param code Graph's error code ({@code graph-190}), an HTTP status ({@code http-503}) or the kind, for counting */
    ConnectorException failure(String code, Operation operation, String remoteId, Action action,
                               Duration retryAfter, String problem, Throwable cause) {
        return new ConnectorException(PLATFORM, account, operation, remoteId, action, retryAfter, code, problem,
                cause);
    }
}
