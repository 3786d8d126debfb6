package dev.autocaption.bot;

import dev.autocaption.bot.pipeline.WatchedAccount;
import dev.autocaption.bot.schedule.BotJobFactory;
import dev.autocaption.bot.schedule.CycleResult;
import dev.autocaption.bot.schedule.PollCycle;
import dev.autocaption.bot.schedule.PollJob;
import dev.autocaption.bot.schedule.Schedules;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
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

/** Quartz (in-memory job store, our own job factory) with one job per account, and the daemon lock heartbeat. */
final class BotScheduler implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(BotScheduler.class);

    private final Scheduler scheduler;
    private final ScheduledExecutorService heartbeat;

    private BotScheduler(Scheduler scheduler, ScheduledExecutorService heartbeat) {
        this.scheduler = scheduler;
        this.heartbeat = heartbeat;
    }

    static BotScheduler start(List<WatchedAccount> accounts, PollCycle cycle, Consumer<CycleResult> results,
                              DaemonLock lock) {
        ScheduledExecutorService beat = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "autocaption-lock-heartbeat");
            thread.setDaemon(true);
            return thread;
        });
        beat.scheduleAtFixedRate(() -> beat(lock), DaemonLock.HEARTBEAT.toMillis(), DaemonLock.HEARTBEAT.toMillis(),
                TimeUnit.MILLISECONDS);
        try {
            Map<JobKey, Job> jobs = new HashMap<>();
            Map<JobDetail, Set<? extends Trigger>> schedule = new HashMap<>();
            Random jitter = new Random();
            // Quartz fires on the system clock, so its start times come from it too (the injected clock is the
            // store's and the connectors').
            Instant now = Instant.now();
            for (int i = 0; i < accounts.size(); i++) {
                WatchedAccount account = accounts.get(i);
                JobKey key = JobKey.jobKey("poll-" + account.id(), "accounts");
                jobs.put(key, new PollJob(cycle, account, results));
                Duration stagger = Schedules.stagger(i, accounts.size(), account.config().schedule(),
                        jitter.nextDouble());
                schedule.put(JobBuilder.newJob(PollJob.class).withIdentity(key).build(),
                        new HashSet<>(Schedules.triggers(key, account.config().schedule(), now, stagger)));
                LOG.info("account {}: first cycle in {} s, then {}", account.id(), stagger.toSeconds(),
                        account.config().schedule().interval() != null ? "every "
                                + account.config().schedule().interval() : "cron " + account.config().schedule().cron());
            }
            Scheduler scheduler = new StdSchedulerFactory(properties(accounts.size())).getScheduler();
            scheduler.setJobFactory(new BotJobFactory(jobs));
            scheduler.scheduleJobs(schedule, false);
            scheduler.start();
            return new BotScheduler(scheduler, beat);
        } catch (SchedulerException e) {
            beat.shutdownNow();
            throw new IllegalStateException("the scheduler could not start: " + e.getMessage(), e);
        }
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

    void triggerAll(List<WatchedAccount> accounts) {
        try {
            for (WatchedAccount account : accounts) {
                scheduler.triggerJob(JobKey.jobKey("poll-" + account.id(), "accounts"));
            }
        } catch (SchedulerException e) {
            throw new IllegalStateException("triggering the account jobs failed: " + e.getMessage(), e);
        }
    }

    /** Stops firing, waits for running cycles, stops the heartbeat. */
    @Override
    public void close() {
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
