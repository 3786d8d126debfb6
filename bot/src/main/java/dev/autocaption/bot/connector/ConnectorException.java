package dev.autocaption.bot.connector;

import java.time.Duration;
import java.util.Objects;

/**
 * A remote call failed. Says on which platform and account, during which operation, for which photo, and what
 * the daemon should do about it. The message never contains a secret.
 */
public final class ConnectorException extends Exception {

    private final String platform;
    private final String account;
    private final Operation operation;
    private final String remoteId;
    private final Action action;
    private final Duration retryAfter;
    private final String code;

    /** The code of a failure the platform gave no code for. */
    public static final String OTHER = "other";

    /** What the daemon should do next. */
    public enum Action {
        /** Transient (timeouts, HTTP 429/5xx, rate limits): try again later, after {@link #retryAfter()} if set. */
        RETRY_LATER,
        /** Authorisation revoked, expired or insufficient: stop polling this account until the user fixes it. */
        PAUSE_ACCOUNT,
        /** Permanent for this photo (not found, unsupported): record the failure and move on. */
        GIVE_UP
    }

    /** Which {@link PhotoSource} operation failed. */
    public enum Operation { POLL, OPEN_IMAGE, REFRESH, WRITE, MARK, UNDO, VERIFY }

    /**
     * @param remoteId   the photo id, or null for account-level operations (poll, verify)
     * @param retryAfter how long to wait when the platform said so; null when unknown
     * @param problem    what went wrong, with the state that explains it
     */
    public ConnectorException(String platform, String account, Operation operation, String remoteId,
                              Action action, Duration retryAfter, String problem, Throwable cause) {
        this(platform, account, operation, remoteId, action, retryAfter, OTHER, problem, cause);
    }

    /**
     * @param code what the platform answered, for counting failures by kind: its error code ({@code flickr-98},
     *             {@code graph-190}), an HTTP status ({@code http-503}), {@code timeout}, or {@link #OTHER}
     */
    public ConnectorException(String platform, String account, Operation operation, String remoteId,
                              Action action, Duration retryAfter, String code, String problem, Throwable cause) {
        super(describe(platform, account, operation, remoteId, action, retryAfter, problem), cause);
        this.code = Objects.requireNonNull(code, "code");
        this.platform = Objects.requireNonNull(platform, "platform");
        this.account = Objects.requireNonNull(account, "account");
        this.operation = Objects.requireNonNull(operation, "operation");
        this.remoteId = remoteId;
        this.action = Objects.requireNonNull(action, "action");
        this.retryAfter = retryAfter;
    }

    private static String describe(String platform, String account, Operation operation, String remoteId,
                                   Action action, Duration retryAfter, String problem) {
        return platform + " account " + account + ": " + operation.name().toLowerCase().replace('_', ' ')
                + (remoteId == null ? "" : " of photo " + remoteId) + " failed (" + action
                + (retryAfter == null ? "" : ", retry after " + retryAfter) + "): " + problem;
    }

    public String platform() {
        return platform;
    }

    public String account() {
        return account;
    }

    public Operation operation() {
        return operation;
    }

    /** The photo id; null for account-level operations. */
    public String remoteId() {
        return remoteId;
    }

    /** The platform's error code, HTTP status or kind of failure ({@code flickr-98}, {@code http-503}). */
    public String code() {
        return code;
    }

    public Action action() {
        return action;
    }

    /** How long to wait before retrying, when known; null otherwise. */
    public Duration retryAfter() {
        return retryAfter;
    }
}
