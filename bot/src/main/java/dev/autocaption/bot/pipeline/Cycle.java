package dev.autocaption.bot.pipeline;

import dev.autocaption.store.Database;
import java.util.Objects;
import java.util.function.BooleanSupplier;

/**
 * One cycle of one account, as every pipeline step sees it.
 *
 * @param database  the store
 * @param account   the account being worked on
 * @param runId     the run row of this cycle; null outside a run (a CLI command)
 * @param counts    what the cycle did so far
 * @param listener  told about every photo as it moves
 * @param dryRun    true: everything except remote writes, which are only reported
 * @param stopping  true once the daemon is shutting down: steps stop taking new photos
 */
public record Cycle(Database database, WatchedAccount account, Long runId, CycleCounts counts,
                    PipelineListener listener, boolean dryRun, BooleanSupplier stopping) {
    public Cycle {
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(counts, "counts");
        Objects.requireNonNull(listener, "listener");
        Objects.requireNonNull(stopping, "stopping");
    }

    /** A cycle outside the scheduler (CLI commands): no run row, never stopping. */
    public static Cycle adHoc(Database database, WatchedAccount account, PipelineListener listener) {
        return new Cycle(database, account, null, new CycleCounts(), listener, false, () -> false);
    }

    void emit(PipelineEvent.Kind kind, String key, String detail) {
        listener.on(new PipelineEvent(kind, key, detail == null ? "" : detail));
    }

    /** The account id. */
    public String accountId() {
        return account.id();
    }
}
