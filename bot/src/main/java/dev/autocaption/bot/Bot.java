package dev.autocaption.bot;

import dev.autocaption.bot.approval.ApprovalsInbox;
import dev.autocaption.bot.approval.ApprovalsWatch;
import dev.autocaption.bot.connector.Connectors;
import dev.autocaption.bot.connector.PhotoSource;
import dev.autocaption.bot.filter.CaptionFilter;
import dev.autocaption.bot.pipeline.Captioning;
import dev.autocaption.bot.pipeline.PipelineListener;
import dev.autocaption.bot.pipeline.WatchedAccount;
import dev.autocaption.bot.schedule.CycleResult;
import dev.autocaption.bot.schedule.PollCycle;
import dev.autocaption.config.AccountConfig;
import dev.autocaption.config.BotConfig;
import dev.autocaption.inference.CaptioningException;
import dev.autocaption.inference.ImageCaptioner;
import dev.autocaption.store.AccountStatus;
import dev.autocaption.store.Database;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The composition root: builds the store, the daemon lock, the captioner (loaded once, shared), one connector and
 * filter per account and the poll cycle from {@link BotConfig}, and closes them in reverse order — scheduler,
 * captioner, lock, database. Wired by hand; nothing is discovered.
 */
public final class Bot implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Bot.class);

    private final Database database;
    private final DaemonLock lock;
    private final ImageCaptioner captioner;
    private final List<WatchedAccount> accounts;
    private final PollCycle cycle;
    private final AtomicBoolean stopping = new AtomicBoolean();
    private final List<CycleResult> results = new CopyOnWriteArrayList<>();
    private final AtomicBoolean closed = new AtomicBoolean();
    private volatile BotScheduler scheduler;

    private Bot(BotConfig config, Database database, DaemonLock lock, ImageCaptioner captioner, Connectors connectors,
                PipelineListener listener, boolean dryRun) {
        this.database = database;
        this.lock = lock;
        this.captioner = captioner;
        this.accounts = watch(config, connectors);
        this.cycle = new PollCycle(database, new Captioning(captioner, config.model().batchSize(), config.retry()),
                new ApprovalsInbox(database, config::account), listener, dryRun, stopping::get);
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
        DaemonLock lock = null;
        ImageCaptioner captioner = null;
        try {
            lock = DaemonLock.acquire(database);
            recover(database, config);
            captioner = engines.load(config.model());
            LOG.info("model {} ({}) loaded; {} account(s)", captioner.modelId(), captioner.engine(),
                    config.accounts().size());
            return new Bot(config, database, lock, captioner, connectors, listener, dryRun);
        } catch (DaemonLock.HeldException | CaptioningException | RuntimeException e) {
            closeQuietly(captioner, lock, database, e);
            throw e;
        }
    }

    private static void recover(Database database, BotConfig config) {
        database.useTransaction(tx -> {
            int abandoned = tx.runs().abandonRunning();
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

    private static List<WatchedAccount> watch(BotConfig config, Connectors connectors) {
        List<WatchedAccount> watched = new ArrayList<>();
        for (AccountConfig account : config.accounts()) {
            boolean autoPost = DemoModelGuard.autoPostAllowed(account, config.model());
            if (!autoPost) {
                LOG.warn("account {}: the bundled demo model only knows drawn scenes, so it never auto-posts to "
                        + "this account; captions are queued for review (set allow-demo-model: true to allow it)",
                        account.id());
            }
            PhotoSource source = connectors.create(account);
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
        scheduler = BotScheduler.start(accounts, cycle, this::record, lock,
                ApprovalsWatch.of(accounts.stream().map(WatchedAccount::config).toList()));
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
        closeQuietly(captioner, lock, database, null);
        LOG.info("daemon stopped");
    }

    private static void closeQuietly(ImageCaptioner captioner, DaemonLock lock, Database database,
                                     Exception failure) {
        List<AutoCloseable> order = new ArrayList<>();
        order.add(captioner);
        order.add(lock);
        order.add(database);
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
