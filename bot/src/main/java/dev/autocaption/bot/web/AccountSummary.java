package dev.autocaption.bot.web;

import dev.autocaption.bot.connector.Headroom;
import java.time.Instant;
import java.util.Objects;

/**
 * One account as the accounts page shows it, computed by the same code as {@code autocaption accounts} and
 * {@code status} (handed in through {@link Site}).
 *
 * @param status     ok, backoff, paused, new
 * @param reason     why it is in that state (a pause's reason, a backoff's end, a reached posting cap); may be null
 * @param lastCycle  when its last cycle started; null when none
 * @param lastResult how that cycle ended (succeeded, failed, running, ...); null when none
 * @param nextCycle  when its next cycle is due; null when unknown
 * @param headroom   the connector's rate-limit headroom
 */
public record AccountSummary(String id, String type, String status, String reason, Instant lastCycle,
                             String lastResult, Instant nextCycle, int queued, int backlog, Headroom headroom) {
    public AccountSummary {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(headroom, "headroom");
    }
}
