package dev.autocaption.bot.schedule;

import dev.autocaption.bot.approval.ApprovalsInbox;
import dev.autocaption.bot.connector.ConnectorException;
import dev.autocaption.bot.pipeline.AccountHealth;
import dev.autocaption.bot.pipeline.Captioning;
import dev.autocaption.bot.pipeline.Cycle;
import dev.autocaption.bot.pipeline.CycleCounts;
import dev.autocaption.bot.pipeline.Discovery;
import dev.autocaption.bot.pipeline.PipelineEvent;
import dev.autocaption.bot.pipeline.PipelineListener;
import dev.autocaption.bot.pipeline.Publisher;
import dev.autocaption.bot.pipeline.Screening;
import dev.autocaption.bot.pipeline.WatchedAccount;
import dev.autocaption.bot.pipeline.WorkClaims;
import dev.autocaption.config.ClusterRole;
import dev.autocaption.inference.CaptioningException;
import dev.autocaption.store.Account;
import dev.autocaption.store.AccountStatus;
import dev.autocaption.store.Database;
import dev.autocaption.store.RunCounts;
import dev.autocaption.store.RunStatus;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One cycle of one account, as a plain class: apply the approvals file, finish claimed posts, poll, caption,
 * screen, publish; with a run row, and account-level failures turned into pause or back-off. Never throws for a
 * remote failure: one failing account never stops the others. Thread-safe (cycles of different accounts may run
 * at once; the Quartz job never runs two of the same account).
 */
public final class PollCycle {
    private static final Logger LOG = LoggerFactory.getLogger(PollCycle.class);

    private final Database database;
    private final Captioning captioning;
    private final ApprovalsInbox approvals;
    private final PipelineListener listener;
    private final boolean dryRun;
    private final BooleanSupplier stopping;
    private final AccountHealth health = new AccountHealth();
    private final Discovery discovery = new Discovery();
    private final Screening screening = new Screening();
    private final Publisher publisher;
    private final ClusterMember member;

    public PollCycle(Database database, Captioning captioning, ApprovalsInbox approvals, PipelineListener listener,
                     boolean dryRun, BooleanSupplier stopping) {
        this(database, captioning, approvals, listener, dryRun, stopping, null);
    }

    /**
     * @param member this instance when {@code cluster.enabled} (its captioning must claim through
     *               {@link ClusterMember#claims()}), else null: each cycle then takes the account's lease, does only
     *               the steps of the instance's roles, and writes entries claimed row by row
     */
    public PollCycle(Database database, Captioning captioning, ApprovalsInbox approvals, PipelineListener listener,
                     boolean dryRun, BooleanSupplier stopping, ClusterMember member) {
        this.member = member;
        this.database = Objects.requireNonNull(database, "database");
        this.captioning = Objects.requireNonNull(captioning, "captioning");
        this.approvals = Objects.requireNonNull(approvals, "approvals");
        this.listener = Objects.requireNonNull(listener, "listener");
        this.dryRun = dryRun;
        this.stopping = Objects.requireNonNull(stopping, "stopping");
        this.publisher = new Publisher(captioning.retry(), member == null ? WorkClaims.ALONE : member.claims());
    }

    /** Runs one scheduled cycle of the account, unless it is paused or backing off. */
    public CycleResult run(WatchedAccount account) {
        return run(account, false);
    }

    /**
     * Runs one cycle of the account.
     *
     * @param asked true when a person asked for this cycle ({@code run --once}): an account backing off runs anyway
     *              (and the run says so); a paused one still does not, since its authorisation needs fixing first
     */
    public CycleResult run(WatchedAccount account, boolean asked) {
        Account stored = database.inTransaction(tx -> tx.accounts().upsert(account.id(), account.config().type()));
        String whyNot = health.whyNot(stored, database.clock().instant());
        if (whyNot != null && asked && stored.status() == AccountStatus.BACKOFF) {
            String line = "was " + whyNot + "; running it because you asked";
            LOG.info("account {}: {}", account.id(), line);
            listener.on(new PipelineEvent(PipelineEvent.Kind.ACCOUNT, account.id(), line));
        } else if (whyNot != null) {
            LOG.info("account {}: not polling, {}", account.id(), whyNot);
            listener.on(new PipelineEvent(PipelineEvent.Kind.CYCLE, account.id(), "not run: " + whyNot));
            return new CycleResult(account.id(), null, null, RunCounts.NONE, whyNot);
        }
        Optional<String> leased = member == null ? Optional.empty() : member.acquireLease(database, account.id());
        if (leased.isPresent()) {
            LOG.info("account {}: not polling here, {}", account.id(), leased.get());
            return new CycleResult(account.id(), null, null, RunCounts.NONE, leased.get());
        }
        try {
            return leased(account);
        } finally {
            if (member != null) {
                member.releaseLease(database, account.id());
            }
        }
    }

    private CycleResult leased(WatchedAccount account) {
        long runId = database.inTransaction(tx -> tx.runs().start(account.id(), dryRun ? "dry-run" : "cycle")).id();
        Cycle cycle = new Cycle(database, account, runId, new CycleCounts(), listener, dryRun, stopping);
        String failure = steps(cycle);
        RunCounts counts = cycle.counts().snapshot();
        RunStatus status = failure == null ? RunStatus.SUCCEEDED : RunStatus.FAILED;
        database.useTransaction(tx -> tx.runs().finish(runId, status, counts, failure));
        String summary = "run " + runId + " " + status.code() + ": " + counts.discovered() + " discovered, "
                + counts.captioned() + " captioned, " + counts.posted() + " posted, " + counts.queued() + " queued, "
                + counts.dropped() + " dropped, " + counts.skipped() + " skipped, " + counts.failed() + " failed"
                + (failure == null ? "" : " (" + failure + ")");
        LOG.info("account {}: {}", account.id(), summary);
        listener.on(new PipelineEvent(PipelineEvent.Kind.CYCLE, account.id(), summary));
        return new CycleResult(account.id(), runId, status, counts, failure);
    }

    private String steps(Cycle cycle) {
        try {
            for (String line : approvals.apply(cycle.accountId(), cycle.runId())) {
                listener.on(new PipelineEvent(PipelineEvent.Kind.APPROVALS, cycle.accountId(), line));
            }
            if (has(ClusterRole.POST)) {
                publisher.run(cycle);
            }
            discovery.run(cycle);
            if (has(ClusterRole.CAPTION)) {
                captioning.run(cycle);
            }
            screening.run(cycle);
            if (has(ClusterRole.POST)) {
                publisher.run(cycle);
            }
            health.succeeded(database, cycle.accountId());
            return null;
        } catch (ConnectorException e) {
            String status = health.failed(database, cycle.accountId(), e);
            listener.on(new PipelineEvent(PipelineEvent.Kind.ACCOUNT, cycle.accountId(), status));
            return status;
        } catch (CaptioningException e) {
            LOG.error("account {}: the captioner failed: {}", cycle.accountId(), e.getMessage(), e);
            return "captioner failed: " + e.getMessage();
        }
    }

    /**
     * Cluster instance without the poll role: the account's claimed work of this instance's roles (caption and
     * screen its discovered photos, write its due entries), outside a run row; nothing while the account is
     * paused or backing off. An account-level failure backs the account off as a cycle's would.
     */
    public void work(WatchedAccount account) {
        Account stored = database.inTransaction(tx -> tx.accounts().upsert(account.id(), account.config().type()));
        if (health.whyNot(stored, database.clock().instant()) != null || stopping.getAsBoolean()) {
            return;
        }
        Cycle cycle = new Cycle(database, account, null, new CycleCounts(), listener, dryRun, stopping);
        try {
            if (has(ClusterRole.CAPTION)) {
                captioning.run(cycle);
                screening.run(cycle);
            }
            if (has(ClusterRole.POST)) {
                publisher.run(cycle);
            }
        } catch (ConnectorException e) {
            listener.on(new PipelineEvent(PipelineEvent.Kind.ACCOUNT, cycle.accountId(),
                    health.failed(database, cycle.accountId(), e)));
        } catch (CaptioningException e) {
            LOG.error("account {}: the captioner failed: {}", cycle.accountId(), e.getMessage(), e);
        }
    }

    private boolean has(ClusterRole role) {
        return member == null || member.has(role);
    }
}
