package dev.autocaption.bot.schedule;

import dev.autocaption.store.RunCounts;
import dev.autocaption.store.RunStatus;
import java.util.Objects;

/**
 * How one account's cycle ended.
 *
 * @param accountId the account
 * @param runId     its run row; null when the cycle did not run (paused, backing off)
 * @param status    the run's status; null when it did not run
 * @param counts    what it did
 * @param message   why it failed or did not run; null after a clean run
 */
public record CycleResult(String accountId, Long runId, RunStatus status, RunCounts counts, String message) {
    public CycleResult {
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(counts, "counts");
    }

    /** True when the cycle did not run at all. */
    public boolean notRun() {
        return runId == null;
    }
}
