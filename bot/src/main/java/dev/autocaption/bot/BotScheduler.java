package dev.autocaption.bot;

import dev.autocaption.bot.approval.ApprovalsWatch;
import dev.autocaption.bot.pipeline.WatchedAccount;
import dev.autocaption.bot.schedule.BotJobFactory;
import dev.autocaption.bot.schedule.CycleResult;
import dev.autocaption.bot.schedule.PollCycle;
import dev.autocaption.bot.schedule.PollJob;
import dev.autocaption.bot.schedule.Schedules;
import dev.autocaption.config.ScheduleConfig;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.quartz.Job;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.impl.StdSchedulerFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Quartz (in-memory job store, our own job factory) with one job per account, the daemon lock heartbeat, and the
 * approvals-file watch that runs an account's job at once when its approvals file changed.
 */
final class BotScheduler implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(BotScheduler.class);

    private final Scheduler scheduler;
    private final ScheduledExecutorService heartbeat;
    private final ScheduledExecutorService watcher;

    private BotScheduler(Scheduler scheduler, ScheduledExecutorService heartbeat, ScheduledExecutorService watcher) {
        this.scheduler = scheduler;
        this.heartbeat = heartbeat;
        this.watcher = watcher;
    }

    static BotScheduler start(List<WatchedAccount> accounts, PollCycle cycle, Consumer<CycleResult> results,
                              DaemonLock lock, ApprovalsWatch approvals) {
        ScheduledExecutorService beat = singleThread("autocaption-lock-heartbeat");
        beat.scheduleAtFixedRate(() -> beat(lock), DaemonLock.HEARTBEAT.toMillis(), DaemonLock.HEARTBEAT.toMillis(),
                TimeUnit.MILLISECONDS);
        try {
            Scheduler scheduler = new StdSchedulerFactory(properties(accounts.size())).getScheduler();
            Map<JobKey, Job> jobs = new HashMap<>();
            scheduler.scheduleJobs(schedule(accounts, cycle, results, jobs), false);
            scheduler.setJobFactory(new BotJobFactory(jobs));
            scheduler.start();
            BotScheduler started = new BotScheduler(scheduler, beat, singleThread("autocaption-approvals-watch"));
            started.watch(approvals);
            return started;
        } catch (SchedulerException e) {
            beat.shutdownNow();
            throw new IllegalStateException("the scheduler could not start: " + e.getMessage(), e);
        }
    }

    private static Map<JobDetail, Set<? extends Trigger>> schedule(List<WatchedAccount> accounts, PollCycle cycle,
                                                                   Consumer<CycleResult> results,
                                                                   Map<JobKey, Job> jobs) {
        Map<JobDetail, Set<? extends Trigger>> schedule = new HashMap<>();
        // Quartz fires on the system clock, so its start times come from it too (the injected clock is the
        // store's and the connectors').
        Instant now = Instant.now();
        for (int i = 0; i < accounts.size(); i++) {
            WatchedAccount account = accounts.get(i);
            JobKey key = key(account.id());
            jobs.put(key, new PollJob(cycle, account, results));
            ScheduleConfig jittered = Schedules.withJitter(account.config().schedule(), account.id());
            Duration stagger = Schedules.stagger(i, accounts.size(), jittered, Schedules.jitter(account.id()));
            schedule.put(JobBuilder.newJob(PollJob.class).withIdentity(key).build(),
                    new HashSet<>(Schedules.triggers(key, jittered, now, stagger)));
            LOG.info("account {}: first cycle in {} s, then {}", account.id(), stagger.toSeconds(),
                    jittered.interval() != null ? "every " + jittered.interval() : "cron " + jittered.cron());
        }
        return schedule;
    }

    private void watch(ApprovalsWatch approvals) {
        long period = ApprovalsWatch.PERIOD.toMillis();
        watcher.scheduleWithFixedDelay(() -> {
            try {
                List<String> changed = approvals.poll();
                if (!changed.isEmpty()) {
                    LOG.info("approvals file changed; running {} now", changed);
                    trigger(changed);
                }
            } catch (RuntimeException e) {
                // an exception would cancel the periodic task; the cycles still read the files
                LOG.warn("watching the approvals files failed this time: {}", e.toString());
            }
        }, period, period, TimeUnit.MILLISECONDS);
        LOG.info("watching approvals file(s) {}", approvals.files().keySet());
    }

    private static JobKey key(String accountId) {
        return JobKey.jobKey("poll-" + accountId, "accounts");
    }

    private static ScheduledExecutorService singleThread(String name) {
        return Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        });
    }

    private static void beat(DaemonLock lock) {
        try {
            lock.heartbeat();
        } catch (RuntimeException e) {
            LOG.warn("daemon lock heartbeat failed: {}", e.toString());
        }
    }

    private static Properties properties(int accounts) {
        Properties properties = new Properties();
        properties.setProperty("org.quartz.scheduler.instanceName", "autocaption-" + UUID.randomUUID());
        properties.setProperty("org.quartz.scheduler.skipUpdateCheck", "true");
        properties.setProperty("org.quartz.threadPool.class", "org.quartz.simpl.SimpleThreadPool");
        properties.setProperty("org.quartz.threadPool.threadCount", Integer.toString(Math.max(1, Math.min(4,
                accounts))));
        properties.setProperty("org.quartz.jobStore.class", "org.quartz.simpl.RAMJobStore");
        properties.setProperty("org.quartz.jobStore.misfireThreshold", "60000");
        return properties;
    }

    /**
     * Runs these accounts' jobs now; a job that is running runs again right after (Quartz never runs two cycles
     * of one account at once). Logged, not thrown, when the scheduler is already shutting down.
     */
    void trigger(List<String> accountIds) {
        try {
            for (String accountId : accountIds) {
                scheduler.triggerJob(key(accountId));
            }
        } catch (SchedulerException e) {
            LOG.warn("triggering the jobs of {} failed: {}", accountIds, e.getMessage());
        }
    }

    /** Stops the approvals watch and firing, waits for running cycles, stops the heartbeat. */
    @Override
    public void close() {
        watcher.shutdownNow();
        try {
            watcher.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            scheduler.standby();
            scheduler.shutdown(true);
        } catch (SchedulerException e) {
            LOG.error("stopping the scheduler failed: {}", e.getMessage(), e);
        } finally {
            heartbeat.shutdownNow();
        }
    }
}
