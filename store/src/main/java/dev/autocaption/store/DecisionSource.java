package dev.autocaption.store;

/** Where a decision came from. Stored in lower case. */
public enum DecisionSource {
    /** The approvals file read by the daemon. */
    CONFIG,
    /** An {@code autocaption approve} or {@code reject} command. */
    CLI,
    /** The web review page. */
    WEB;

    /** The lower-case spelling used in the database and the CLI. */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
