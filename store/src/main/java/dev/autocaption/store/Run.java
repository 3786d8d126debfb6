package dev.autocaption.store;

import java.time.Instant;
import java.util.Objects;

/**
 * One daemon cycle (or rollback, recaption, ... batch), for audit and rollback.
 *
 * @param id         the store's id; {@code rollback --run} takes it
 * @param accountId  the account it worked on; null for a run over several accounts
 * @param kind       what kind of run, e.g. {@code cycle} or {@code rollback}
 * @param status     running, succeeded, failed or abandoned
 * @param startedAt  when it started
 * @param finishedAt when it finished; null while running
 * @param counts     what it did
 * @param message    a summary or the error that stopped it; may be null
 */
public record Run(long id, String accountId, String kind, RunStatus status, Instant startedAt, Instant finishedAt,
                  RunCounts counts, String message) {
    public Run {
        Checks.positive(id, "id");
        Checks.notBlank(kind, "kind");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(counts, "counts");
    }
}
