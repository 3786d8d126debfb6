package dev.autocaption.store;

import dev.autocaption.config.AccountType;
import java.time.Instant;
import java.util.Objects;

/**
 * A watched account as the store knows it.
 *
 * @param id           the config id ({@code accounts[].id})
 * @param type         the platform
 * @param status       ok, paused or backing off
 * @param statusReason why it is paused or backing off; null when ok
 * @param backoffUntil when a backoff ends; null unless {@link AccountStatus#BACKOFF}
 * @param lastPollAt   when it was last polled; null before the first poll
 * @param createdAt    when the store first saw it: the default "since" for new photos
 */
public record Account(String id, AccountType type, AccountStatus status, String statusReason, Instant backoffUntil,
                      Instant lastPollAt, Instant createdAt) {
    public Account {
        Checks.notBlank(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
        if (status == AccountStatus.BACKOFF && backoffUntil == null) {
            throw new IllegalArgumentException("backoffUntil is required when status is backoff, account " + id);
        }
    }
}
