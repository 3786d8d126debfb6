package dev.autocaption.bot.connector.flickr;

import com.flickr4java.flickr.FlickrException;
import com.flickr4java.flickr.FlickrRuntimeException;
import com.flickr4java.flickr.RequestContext;
import com.flickr4java.flickr.auth.Auth;
import com.flickr4java.flickr.auth.Permission;
import dev.autocaption.bot.connector.CallBudget;
import dev.autocaption.bot.connector.ConnectorException;
import dev.autocaption.bot.connector.ConnectorException.Action;
import dev.autocaption.bot.connector.ConnectorException.Operation;
import dev.autocaption.bot.connector.Headroom;
import dev.autocaption.bot.connector.NetworkFailure;
import dev.autocaption.config.Secret;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.time.Duration;

/**
 * Runs Flickr4Java calls for one account: takes a call from the shared budget, sets the OAuth token on this
 * thread's {@link RequestContext} and clears it in {@code finally} (Flickr4Java signs from that thread-local,
 * never from {@code Flickr.setAuth}), and maps every failure to a {@link ConnectorException}.
 */
final class FlickrCalls {

    static final String PLATFORM = "flickr";

    private final String account;
    private final Secret token;
    private final Secret tokenSecret;
    private final CallBudget budget;
    private final String endpoint;

    /** @param endpoint the server's {@code host:port}, named in network errors */
    FlickrCalls(String account, Secret token, Secret tokenSecret, CallBudget budget, String endpoint) {
        this.account = account;
        this.endpoint = endpoint;
        this.token = token;
        this.tokenSecret = tokenSecret;
        this.budget = budget;
    }

    /** The shared budget's headroom (no call is taken). */
    Headroom headroom() {
        int available = budget.available();
        return new Headroom(available / (double) budget.capacity(), available + " of " + budget.capacity()
                + " calls per hour left on this API key");
    }

    /** True when a call may go ahead now (and takes it from the budget). */
    boolean tryTake() {
        return budget.tryTake().isZero();
    }

    /** Takes one call from the budget, or fails with RETRY_LATER and the wait. */
    void take(Operation operation, String remoteId) throws ConnectorException {
        Duration wait = budget.tryTake();
        if (!wait.isZero()) {
            throw failure("budget", operation, remoteId, Action.RETRY_LATER, wait,
                    "the API key's call budget is spent (" + budget + ")", null);
        }
    }

    /** Runs a call that has already been taken from the budget. */
    <T> T run(Operation operation, String remoteId, FlickrCall<T> call) throws ConnectorException {
        if (token == null || tokenSecret == null) {
            throw failure(operation, remoteId, Action.PAUSE_ACCOUNT, null, "no OAuth token stored; run "
                    + "`autocaption auth flickr --account " + account + "`", null);
        }
        RequestContext context = RequestContext.getRequestContext();
        context.setAuth(auth());
        try {
            return call.run();
        } catch (FlickrException e) {
            throw mapped(operation, remoteId, e);
        } catch (FlickrRuntimeException e) {
            throw mapped(operation, remoteId, e);
        } catch (RuntimeException e) {
            // Flickr4Java parses answers without checking them: a body in an unexpected shape surfaces as its NPE,
            // NumberFormatException or bare RuntimeException ("payload has no elements")
            throw failure(operation, remoteId, Action.RETRY_LATER, null, "unreadable response (Flickr4Java could not "
                    + "parse it): " + e, e);
        } finally {
            context.setAuth(null);
        }
    }

    /** Takes a call from the budget and runs it. */
    <T> T call(Operation operation, String remoteId, FlickrCall<T> call) throws ConnectorException {
        take(operation, remoteId);
        return run(operation, remoteId, call);
    }

    private Auth auth() {
        Auth auth = new Auth();
        auth.setToken(token.reveal());
        auth.setTokenSecret(tokenSecret.reveal());
        auth.setPermission(Permission.WRITE);
        return auth;
    }

    private ConnectorException mapped(Operation operation, String remoteId, FlickrException e) {
        String code = e.getErrorCode() == null ? "" : e.getErrorCode();
        String problem = "Flickr error " + code + " " + e.getErrorMessage();
        String flickrCode = "flickr-" + (code.isEmpty() ? "unknown" : code);
        return switch (code) {
            case "98" -> failure(flickrCode, operation, remoteId, Action.PAUSE_ACCOUNT, null, problem
                    + ": the token was revoked or is invalid; run `autocaption auth flickr --account " + account
                    + "`", e);
            case "99" -> failure(flickrCode, operation, remoteId, Action.PAUSE_ACCOUNT, null, problem
                    + ": the token lacks write permission; run `autocaption auth flickr --account " + account
                    + "` and approve perms=write", e);
            case "95", "96", "97", "100" -> failure(flickrCode, operation, remoteId, Action.PAUSE_ACCOUNT, null,
                    problem
                    + ": check the account's api-key, api-secret and api-base-url", e);
            case "105", "106" -> failure(flickrCode, operation, remoteId, Action.RETRY_LATER, null, problem, e);
            default -> failure(flickrCode, operation, remoteId, Action.GIVE_UP, null, problem, e);
        };
    }

    private ConnectorException mapped(Operation operation, String remoteId, FlickrRuntimeException e) {
        String message = String.valueOf(e.getMessage());
        if (message.contains("oauth_problem")) {
            return failure(operation, remoteId, Action.PAUSE_ACCOUNT, null, "Flickr refused the OAuth signature ("
                    + message + "); run `autocaption auth flickr --account " + account + "`", e);
        }
        Throwable cause = e.getCause();
        String what = cause instanceof SocketTimeoutException ? "timed out reaching " + endpoint + ": "
                + cause.getMessage()
                : cause instanceof IOException ? "network error: " + NetworkFailure.describe(endpoint, cause)
                : "unreadable response: " + (cause == null ? message : cause.toString());
        return failure(cause instanceof SocketTimeoutException ? "timeout" : ConnectorException.OTHER, operation,
                remoteId, Action.RETRY_LATER, null, what, e);
    }

    ConnectorException failure(Operation operation, String remoteId, Action action, Duration retryAfter,
                               String problem, Throwable cause) {
        return failure(ConnectorException.OTHER, operation, remoteId, action, retryAfter, problem, cause);
    }

    /** @param code Flickr's error code ({@code flickr-98}) or the kind of failure, for counting */
    ConnectorException failure(String code, Operation operation, String remoteId, Action action,
                               Duration retryAfter, String problem, Throwable cause) {
        return new ConnectorException(PLATFORM, account, operation, remoteId, action, retryAfter, code, problem,
                cause);
    }
}
