package dev.autocaption.store;

import java.time.Instant;
import java.util.Objects;

/**
 * Where the next poll of an account starts.
 *
 * @param accountId the account's config id
 * @param value     the connector's opaque cursor
 * @param updatedAt when it was saved
 */
public record PollCursor(String accountId, String value, Instant updatedAt) {
    public PollCursor {
        Checks.notBlank(accountId, "accountId");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }
}
