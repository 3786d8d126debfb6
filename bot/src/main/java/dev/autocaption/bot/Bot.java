package dev.autocaption.bot;

import dev.autocaption.bot.approval.ApprovalsInbox;
import dev.autocaption.bot.approval.ApprovalsWatch;
import dev.autocaption.bot.connector.Connectors;
import dev.autocaption.bot.connector.files.FileIndexes;
import dev.autocaption.bot.connector.PhotoSource;
import dev.autocaption.bot.filter.CaptionFilter;
import dev.autocaption.bot.metrics.BotMetrics;
import dev.autocaption.bot.pipeline.Captioning;
import dev.autocaption.bot.pipeline.DownloadedImages;
import dev.autocaption.bot.pipeline.PipelineListener;
import dev.autocaption.bot.pipeline.WatchedAccount;
import dev.autocaption.bot.pipeline.WorkClaims;
import dev.autocaption.bot.schedule.ClusterMember;
import dev.autocaption.bot.schedule.CycleResult;
import dev.autocaption.bot.schedule.PollCycle;
import dev.autocaption.bot.thumbnail.Thumbnails;
import dev.autocaption.config.AccountConfig;
import dev.autocaption.config.BotConfig;
import dev.autocaption.inference.CaptioningException;
import dev.autocaption.inference.ImageCaptioner;
import dev.autocaption.store.AccountStatus;
import dev.autocaption.store.Database;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The composition root: builds the store, the daemon lock, the captioner (loaded once, shared), one connector and
 * filter per account, the poll cycle, the metrics and (while {@code web.enabled}) the review page's thumbnails from
 * {@link BotConfig}, and closes them in reverse order — scheduler, captioner, lock, database, metrics. Wired by
 * hand; nothing is discovered.
 */
public final class Bot implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Bot.class);

    private final Database database;
    private final DaemonLock lock;
    private final ClusterMember member;
    private final ImageCaptioner captioner;
    private final List<WatchedAccount> accounts;
    private final PollCycle cycle;
    private final BotMetrics metrics;
    private final Thumbnails thumbnails;
    private final AtomicBoolean stopping = new AtomicBoolean();
    private final List<CycleResult> results = new CopyOnWriteArrayList<>();
    private final AtomicBoolean closed = new AtomicBoolean();
    private volatile BotScheduler scheduler;

    private Bot(BotConfig config, Database database, DaemonLock lock, ImageCaptioner captioner, Connectors connectors,
                BotMetrics metrics, Thumbnails thumbnails, boolean dryRun) {
        this.database = database;
        this.lock = lock;
        this.member = config.cluster().enabled() ? new ClusterMember(config.cluster()) : null;
        this.captioner = captioner;
        this.metrics = metrics;
        this.thumbnails = thumbnails;
        this.accounts = watch(config, connectors.provide(FileIndexes.class, new StoreFileIndexes(database)), metrics);
        DownloadedImages images = thumbnails == null ? DownloadedImages.NONE : thumbnails;
        WorkClaims claims = member == null ? WorkClaims.ALONE : member.claims();
        this.cycle = new PollCycle(database, new Captioning(captioner, config.model().batchSize(), config.retry(),
                images, claims), new ApprovalsInbox(database, config::account), metrics.listener(), dryRun,
                stopping::get, member);
        metrics.watch(database, accounts);
    }

    /**
     * Opens everything a daemon needs; what was opened is closed again when a later step fails.
     *
     * @throws DaemonLock.HeldException when another daemon runs on the store
     * @throws CaptioningException      when the model cannot be loaded
     */
    public static Bot open(BotConfig config, Clock clock, Engines engines, Connectors connectors,
                           PipelineListener listener, boolean dryRun)
            throws DaemonLock.HeldException, CaptioningException {
        Database database = Database.open(config.store(), clock);
        BotMetrics metrics = BotMetrics.create(listener);
        DaemonLock lock = null;
        ImageCaptioner captioner = null;
        try {
            // a cluster instance holds a lease per account while it runs its cycle instead
            lock = config.cluster().enabled() ? null : DaemonLock.acquire(database);
            recover(database, config);
            long start = System.nanoTime();
            ImageCaptioner loaded = engines.load(config.model());
            metrics.modelLoaded(loaded, Duration.ofNanos(System.nanoTime() - start));
            captioner = metrics.timed(loaded);
            LOG.info("model {} ({}) loaded; {} account(s)", captioner.modelId(), captioner.engine(),
                    config.accounts().size());
            Thumbnails thumbnails = config.web().enabled()
                    ? Thumbnails.open(thumbnailDirectory(config), config.model().maxImagePixels()) : null;
            return new Bot(config, database, lock, captioner, connectors, metrics, thumbnails, dryRun);
        } catch (DaemonLock.HeldException | CaptioningException | RuntimeException e) {
            closeQuietly(Arrays.asList(captioner, lock, database, metrics), e);
            throw e;
        }
    }

    /** {@code web.thumbnails}, else {@code thumbnails/} beside the embedded store's file, else ./data/thumbnails. */
    static Path thumbnailDirectory(BotConfig config) {
        if (config.web().thumbnails() != null) {
            return config.web().thumbnails();
        }
        Path store = config.store().h2File();
        return store != null && store.getParent() != null ? store.getParent().resolve("thumbnails")
                : Path.of("data", "thumbnails").toAbsolutePath();
    }

    private static void recover(Database database, BotConfig config) {
        database.useTransaction(tx -> {
            // in a cluster, the runs still running are the other instances'
            int abandoned = config.cluster().enabled() ? 0 : tx.runs().abandonRunning();
            if (abandoned > 0) {
                LOG.warn("{} run(s) were still running when the last daemon stopped; marked abandoned", abandoned);
            }
            for (AccountConfig account : config.accounts()) {
                tx.accounts().upsert(account.id(), account.type());
                if (tx.accounts().find(account.id()).orElseThrow().status() == AccountStatus.PAUSED) {
                    LOG.info("account {}: was paused; resuming at start (fix its token before restarting if it "
                            + "was revoked)", account.id());
                    tx.accounts().resume(account.id());
                }
            }
        });
    }

    private static List<WatchedAccount> watch(BotConfig config, Connectors connectors, BotMetrics metrics) {
        List<WatchedAccount> watched = new ArrayList<>();
        for (AccountConfig account : config.accounts()) {
            boolean autoPost = DemoModelGuard.autoPostAllowed(account, config.model());
            if (!autoPost) {
                LOG.warn("account {}: the bundled demo model only knows drawn scenes, so it never auto-posts to "
                        + "this account; captions are queued for review (set allow-demo-model: true to allow it)",
                        account.id());
            }
            PhotoSource source = metrics.counted(connectors.create(account));
            watched.add(new WatchedAccount(account, source,
                    new CaptionFilter(account.filter(), account.review(), autoPost)));
        }
        return List.copyOf(watched);
    }

    /** The store (closed by {@link #close()}). */
    public Database database() {
        return database;
    }

    public List<WatchedAccount> accounts() {
        return accounts;
    }

    /** The daemon's meters (for {@code /metrics}). */
    public BotMetrics metrics() {
        return metrics;
    }

    /** The review page's thumbnails; empty unless {@code web.enabled}. */
    public Optional<Thumbnails> thumbnails() {
        return Optional.ofNullable(thumbnails);
    }

    /** The captioner's engine. */
    public String engine() {
        return captioner.engine();
    }

    /** True once the daemon was asked to stop (it is no longer ready). */
    public boolean stopping() {
        return stopping.get();
    }

    /**
     * Runs the account's cycle now, as a changed approvals file does (a decision on the review page is then posted
     * within seconds); nothing before {@link #start()} or once stopping.
     */
    public void runSoon(String accountId) {
        BotScheduler started = scheduler;
        if (started != null && !stopping.get()) {
            started.trigger(List.of(accountId));
        }
    }

    /** The captioner's model id. */
    public String modelId() {
        return captioner.modelId();
    }

    /**
     * Runs one cycle of every account, one after the other (for {@code run --once}): a person asked, so an account
     * backing off runs too (and says so); a paused one does not.
     */
    public List<CycleResult> runOnce() {
        List<CycleResult> once = new ArrayList<>();
        for (WatchedAccount account : accounts) {
            if (!stopping.get()) {
                once.add(record(cycle.run(account, true)));
            }
        }
        return once;
    }

    /**
     * Starts the Quartz scheduler: one job per account, the first cycle right away, the lock heartbeat, and the
     * approvals-file watch (an account whose approvals file changed runs at once).
     */
    public void start() {
        if (scheduler != null) {
            throw new IllegalStateException("the daemon is already started");
        }
        BotScheduler.Heartbeat beat = member == null
                ? new BotScheduler.Heartbeat("daemon lock heartbeat", lock::heartbeat, DaemonLock.HEARTBEAT)
                : new BotScheduler.Heartbeat("cluster check-in", () -> member.checkIn(database),
                        member.checkInInterval());
        scheduler = BotScheduler.start(accounts, cycle, this::record, beat,
                ApprovalsWatch.of(accounts.stream().map(WatchedAccount::config).toList()),
                member == null ? null : new BotScheduler.Cluster(database, member));
    }

    /** Every cycle finished so far (for the demo's summary and tests). */
    public List<CycleResult> results() {
        return List.copyOf(results);
    }

    private CycleResult record(CycleResult result) {
        results.add(result);
        return result;
    }

    /** Stops taking new work; cycles running now stop after the photo in hand. */
    public void stop() {
        stopping.set(true);
    }

    /** Stops, waits for running cycles, then closes the scheduler, the captioner, the lock and the database. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        stop();
        if (scheduler != null) {
            scheduler.close();
        }
        if (member != null && scheduler != null) {
            try {
                member.leave(database);
            } catch (RuntimeException e) {
                LOG.warn("leaving the cluster's instance list failed (its row ages out): {}", e.toString());
            }
        }
        closeQuietly(Arrays.asList(captioner, lock, database, metrics), null);
        LOG.info("daemon stopped");
    }

    private static void closeQuietly(List<AutoCloseable> order, Exception failure) {
        for (AutoCloseable closeable : order) {
            if (closeable == null) {
                continue;
            }
            try {
                closeable.close();
            } catch (Exception e) {
                if (failure != null) {
                    failure.addSuppressed(e);
                } else {
                    LOG.error("closing {} failed: {}", closeable, e.toString(), e);
                }
            }
        }
    }

}
