package dev.autocaption.bot;

import dev.autocaption.bot.approval.ApprovalsWatch;
import dev.autocaption.bot.pipeline.WatchedAccount;
import dev.autocaption.bot.schedule.BotJobFactory;
import dev.autocaption.bot.schedule.CycleResult;
import dev.autocaption.bot.schedule.PollCycle;
import dev.autocaption.bot.schedule.PollJob;
import dev.autocaption.bot.schedule.Schedules;
import dev.autocaption.bot.schedule.ClusterJobStore;
import dev.autocaption.bot.schedule.ClusterMember;
import dev.autocaption.config.ClusterRole;
import dev.autocaption.config.ScheduleConfig;
import dev.autocaption.store.Database;
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
import org.quartz.ObjectAlreadyExistsException;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.impl.StdSchedulerFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Quartz (our own job factory) with one job per account, the heartbeat (the daemon lock's, or the cluster
 * check-in), and the approvals-file watch that runs an account's job at once when its approvals file changed. A
 * single daemon keeps its jobs in memory; a cluster instance in Quartz's clustered JDBC job store
 * ({@link ClusterJobStore}).
 */
final class BotScheduler implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(BotScheduler.class);

    /** How often an instance without the poll role looks for photos to caption and entries to write. */
    static final Duration WORK_PERIOD = Duration.ofSeconds(2);

    private final Scheduler scheduler;
    private final ScheduledExecutorService heartbeat;
    private final ScheduledExecutorService watcher;

    private BotScheduler(Scheduler scheduler, ScheduledExecutorService heartbeat, ScheduledExecutorService watcher) {
        this.scheduler = scheduler;
        this.heartbeat = heartbeat;
        this.watcher = watcher;
    }

    /** What the heartbeat thread does, and how often: the daemon lock's heartbeat, or a cluster check-in. */
    record Heartbeat(String name, Runnable beat, Duration period) {
    }

    /**
     * Starts the scheduler.
     *
     * @param cluster the store and this instance when {@code cluster.enabled}, else null: Quartz's clustered JDBC
     *                job store then fires each account's job on one instance; an instance without the poll role
     *                runs no jobs, only the claimed work of its roles every {@link #WORK_PERIOD}
     */
    static BotScheduler start(List<WatchedAccount> accounts, PollCycle cycle, Consumer<CycleResult> results,
                              Heartbeat beat, ApprovalsWatch approvals, Cluster cluster) {
        ScheduledExecutorService heartbeat = singleThread("autocaption-" + beat.name());
        heartbeat.scheduleAtFixedRate(() -> beat(beat), 0, beat.period().toMillis(), TimeUnit.MILLISECONDS);
        ScheduledExecutorService watcher = singleThread("autocaption-approvals-watch");
        if (cluster != null && !cluster.member().has(ClusterRole.POLL)) {
            watcher.scheduleWithFixedDelay(() -> work(accounts, cycle), 0, WORK_PERIOD.toMillis(),
                    TimeUnit.MILLISECONDS);
            LOG.info("instance {} (roles {}): no poll role, so no scheduled cycles; taking claimed work every {} s",
                    cluster.member().id(), cluster.member().roles(), WORK_PERIOD.toSeconds());
            return new BotScheduler(null, heartbeat, watcher);
        }
        try {
            Properties properties = cluster == null ? properties()
                    : ClusterJobStore.properties(cluster.database(), cluster.member());
            properties.setProperty("org.quartz.scheduler.skipUpdateCheck", "true");
            properties.setProperty("org.quartz.threadPool.class", "org.quartz.simpl.SimpleThreadPool");
            properties.setProperty("org.quartz.threadPool.threadCount", Integer.toString(Math.max(1, Math.min(4,
                    accounts.size()))));
            properties.setProperty("org.quartz.jobStore.misfireThreshold", "60000");
            Scheduler scheduler = new StdSchedulerFactory(properties).getScheduler();
            Map<JobKey, Job> jobs = new HashMap<>();
            Map<JobDetail, Set<? extends Trigger>> schedule = schedule(accounts, cycle, results, jobs, cluster != null);
            if (cluster == null) {
                scheduler.scheduleJobs(schedule, false);
            } else {
                scheduleAbsent(scheduler, schedule);
            }
            scheduler.setJobFactory(new BotJobFactory(jobs));
            scheduler.start();
            BotScheduler started = new BotScheduler(scheduler, heartbeat, watcher);
            started.watch(approvals);
            return started;
        } catch (SchedulerException e) {
            heartbeat.shutdownNow();
            watcher.shutdownNow();
            throw new IllegalStateException("the scheduler could not start: " + e.getMessage(), e);
        }
    }

    /** The store and this instance, in cluster mode. */
    record Cluster(Database database, ClusterMember member) {
    }

    /** Cluster: another instance may have stored an account's job already; it keeps its triggers. */
    private static void scheduleAbsent(Scheduler scheduler, Map<JobDetail, Set<? extends Trigger>> schedule)
            throws SchedulerException {
        for (Map.Entry<JobDetail, Set<? extends Trigger>> job : schedule.entrySet()) {
            try {
                if (!scheduler.checkExists(job.getKey().getKey())) {
                    scheduler.scheduleJob(job.getKey(), job.getValue(), false);
                    continue;
                }
            } catch (ObjectAlreadyExistsException raced) {
                // another instance stored it at the same moment
            }
            LOG.info("{}: already in the cluster's job store; keeping its schedule", job.getKey().getKey());
        }
    }

    private static void work(List<WatchedAccount> accounts, PollCycle cycle) {
        for (WatchedAccount account : accounts) {
            try {
                cycle.work(account);
            } catch (RuntimeException e) {
                LOG.error("account {}: claimed work failed unexpectedly (a bug; tried again in {} s): {}",
                        account.id(), WORK_PERIOD.toSeconds(), e.toString(), e);
            }
        }
    }

    private static Map<JobDetail, Set<? extends Trigger>> schedule(List<WatchedAccount> accounts, PollCycle cycle,
                                                                   Consumer<CycleResult> results,
                                                                   Map<JobKey, Job> jobs, boolean recoverable) {
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
            schedule.put(JobBuilder.newJob(PollJob.class).withIdentity(key).requestRecovery(recoverable).build(),
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

    private static void beat(Heartbeat beat) {
        try {
            beat.beat().run();
        } catch (RuntimeException e) {
            LOG.warn("{} failed: {}", beat.name(), e.toString());
        }
    }

    private static Properties properties() {  // a single daemon's in-memory job store
        Properties properties = new Properties();
        properties.setProperty("org.quartz.scheduler.instanceName", "autocaption-" + UUID.randomUUID());
        properties.setProperty("org.quartz.jobStore.class", "org.quartz.simpl.RAMJobStore");
        return properties;
    }

    /**
     * Runs these accounts' jobs now; a job that is running runs again right after (Quartz never runs two cycles
     * of one account at once). Logged, not thrown, when the scheduler is already shutting down.
     */
    void trigger(List<String> accountIds) {
        if (scheduler == null) {
            return;
        }
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
            if (scheduler != null) {
                scheduler.standby();
                scheduler.shutdown(true);
            }
        } catch (SchedulerException e) {
            LOG.error("stopping the scheduler failed: {}", e.getMessage(), e);
        } finally {
            heartbeat.shutdownNow();
        }
    }
}
