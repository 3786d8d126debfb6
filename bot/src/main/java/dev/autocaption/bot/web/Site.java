package dev.autocaption.bot.web;

import dev.autocaption.bot.approval.ApprovalWorkflow;
import dev.autocaption.bot.pipeline.Rollback;
import dev.autocaption.bot.thumbnail.Thumbnails;
import dev.autocaption.store.Database;
import dev.autocaption.store.HistoryEntry;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * What the page works with, handed in by whoever serves it (the {@code run} and {@code demo} commands): the
 * daemon's store, decision and rollback paths, thumbnails and meters, and the rows the CLI computes.
 *
 * @param database   the daemon's store (not closed by the page)
 * @param decisions  the one path of a person's decision (recorded with source {@code web})
 * @param rollback   undoes written posts through the daemon's connectors
 * @param thumbnails the photos' thumbnails; null when none are kept (the page says so)
 * @param accounts   the accounts page's rows, as {@code autocaption accounts} computes them
 * @param downloads  the history as {@code autocaption history --format csv|json} writes it
 * @param metrics    the Prometheus text of {@code /metrics}
 * @param model      the loaded model, for {@code /ready} ({@code demo-2026 (show-and-tell)})
 * @param stopping   true once the daemon is stopping ({@code /ready} then fails)
 * @param runSoon    asks for an account's cycle now, so that a decision is posted within seconds
 * @param clock      the time source
 */
public record Site(Database database, ApprovalWorkflow decisions, Rollback rollback, Thumbnails thumbnails,
                   Supplier<List<AccountSummary>> accounts, Downloads downloads, Supplier<String> metrics,
                   String model, BooleanSupplier stopping, Consumer<String> runSoon, Clock clock) {
    /** The history's downloads, in the CLI's own columns. */
    public interface Downloads {
        void csv(List<HistoryEntry> entries, PrintWriter out);

        void json(List<HistoryEntry> entries, PrintWriter out);
    }

    public Site {
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(decisions, "decisions");
        Objects.requireNonNull(rollback, "rollback");
        Objects.requireNonNull(accounts, "accounts");
        Objects.requireNonNull(downloads, "downloads");
        Objects.requireNonNull(metrics, "metrics");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(stopping, "stopping");
        Objects.requireNonNull(runSoon, "runSoon");
        Objects.requireNonNull(clock, "clock");
    }
}
