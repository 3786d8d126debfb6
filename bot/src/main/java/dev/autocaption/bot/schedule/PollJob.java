package dev.autocaption.bot.schedule;

import dev.autocaption.bot.pipeline.WatchedAccount;
import java.util.Objects;
import java.util.function.Consumer;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Quartz job of one account: runs its {@link PollCycle}. Never two at once for the same account (the job key
 * is per account). Catches everything: a bug in one cycle must not unschedule the account.
 */
@DisallowConcurrentExecution
public final class PollJob implements Job {
    private static final Logger LOG = LoggerFactory.getLogger(PollJob.class);

    private final PollCycle cycle;
    private final WatchedAccount account;
    private final Consumer<CycleResult> results;

    public PollJob(PollCycle cycle, WatchedAccount account, Consumer<CycleResult> results) {
        this.cycle = Objects.requireNonNull(cycle, "cycle");
        this.account = Objects.requireNonNull(account, "account");
        this.results = Objects.requireNonNull(results, "results");
    }

    @Override
    public void execute(JobExecutionContext context) {
        try {
            results.accept(cycle.run(account));
        } catch (RuntimeException e) {
            LOG.error("account {}: the cycle failed unexpectedly (a bug; the next cycle runs as scheduled): {}",
                    account.id(), e.toString(), e);
        }
    }
}
