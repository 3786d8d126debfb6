package dev.autocaption.bot.pipeline;

import java.util.Objects;

/**
 * Something the pipeline did to one photo (or account), for the console of {@code run}/{@code demo} and for tests.
 * The store's event log is the durable record; these are the same facts as they happen.
 *
 * @param kind   what happened
 * @param key    {@code <account>/<photo>}, or the account id for account-level events
 * @param detail the caption, reason or text written
 */
public record PipelineEvent(Kind kind, String key, String detail) {
    /** What happened. */
    public enum Kind { DISCOVERED, SKIPPED, CAPTIONED, DROPPED, QUEUED, APPROVED, POSTED, WOULD_POST, FAILED,
        RETRY, RECONCILED, ACCOUNT, APPROVALS, ROLLED_BACK, CYCLE }

    public PipelineEvent {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(detail, "detail");
    }

    /** One line for a console. */
    public String line() {
        return String.format("%-11s %s: %s", kind.name().toLowerCase(java.util.Locale.ROOT), key, detail);
    }
}
