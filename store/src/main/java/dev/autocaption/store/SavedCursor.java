package dev.autocaption.store;

import java.time.Instant;
import java.util.Objects;

/**
 * An account's poll position as the store keeps it: the connector's cursor, saved as an opaque token the store
 * never reads. The connector's own cursor type turns the token back into a position; this record only says whose
 * token it is and when it was saved.
 *
 * @param accountId the account's config id
 * @param value     the connector's opaque cursor token
 * @param updatedAt when it was saved
 */
public record SavedCursor(String accountId, String value, Instant updatedAt) {
    public SavedCursor {
        Checks.notBlank(accountId, "accountId");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }
}
