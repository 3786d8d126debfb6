package dev.autocaption.store;

import java.time.Instant;
import java.util.Objects;

/**
 * One entry of the event log. Transition events carry {@code fromState} and {@code toState} and together form a
 * photo's transition history.
 *
 * @param id         the store's id, increasing in write order
 * @param occurredAt when it happened
 * @param accountId  the account; may be null
 * @param photoId    the photo; may be null
 * @param runId      the run; may be null
 * @param kind       what the event is about
 * @param fromState  the state before a transition; null for the first one (discovery) and for other kinds
 * @param toState    the state after a transition; null for other kinds
 * @param message    a human-readable line; may be null
 */
public record Event(long id, Instant occurredAt, String accountId, Long photoId, Long runId, EventKind kind,
                    PhotoState fromState, PhotoState toState, String message) {
    public Event {
        Checks.positive(id, "id");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(kind, "kind");
    }
}
