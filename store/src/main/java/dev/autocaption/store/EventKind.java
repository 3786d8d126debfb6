package dev.autocaption.store;

/** What an event log entry is about. Stored in lower case. */
public enum EventKind {
    /** A photo moved between states; the event carries from and to. */
    TRANSITION,
    /** A decision was recorded. */
    DECISION,
    /** An outbox entry changed (claimed, done, retry, failed, rolled back). */
    POST,
    /** An account's status changed. */
    ACCOUNT,
    /** A run started or finished. */
    RUN,
    /** An error worth keeping beside the log file. */
    ERROR,
    /** Anything else worth auditing. */
    INFO;

    /** The lower-case spelling used in the database and the CLI. */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
