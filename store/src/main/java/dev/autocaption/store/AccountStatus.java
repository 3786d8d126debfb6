package dev.autocaption.store;

/** Whether the daemon works on an account ({@code autocaption accounts} shows it with its reason). */
public enum AccountStatus {
    /** Polling and posting normally. */
    OK,
    /** Stopped until a person acts, e.g. the token was revoked; the account row says why. */
    PAUSED,
    /** Resting until {@code backoff_until} after rate limits or outages. */
    BACKOFF;

    /** The lower-case spelling used in the database and the CLI. */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
