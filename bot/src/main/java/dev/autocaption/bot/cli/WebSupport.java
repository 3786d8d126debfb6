package dev.autocaption.bot.cli;

import dev.autocaption.bot.Bot;
import dev.autocaption.bot.approval.ApprovalWorkflow;
import dev.autocaption.bot.connector.Connectors;
import dev.autocaption.bot.connector.Headroom;
import dev.autocaption.bot.connector.PhotoSource;
import dev.autocaption.bot.pipeline.Rollback;
import dev.autocaption.bot.pipeline.WatchedAccount;
import dev.autocaption.bot.web.AccountSummary;
import dev.autocaption.bot.web.Site;
import dev.autocaption.bot.web.WebServer;
import dev.autocaption.config.BotConfig;
import dev.autocaption.config.WebConfig;
import dev.autocaption.store.HistoryEntry;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Serves the review page for a running daemon ({@code run} with {@code web.enabled}, and {@code demo}): the
 * daemon's own store, connectors, thumbnails and meters, decisions through the {@link ApprovalWorkflow}, and the
 * rows this CLI computes for {@code accounts} ({@link AccountRows}) and {@code history --format csv|json}.
 */
final class WebSupport {
    private WebSupport() {
    }

    /** Starts the page; the caller closes it before the daemon. */
    static WebServer serve(Bot bot, BotConfig config, WebConfig web, CliContext context) {
        Connectors pages = context.tools(config).connectors();
        Map<String, PhotoSource> sources = bot.accounts().stream()
                .collect(Collectors.toMap(WatchedAccount::id, WatchedAccount::source));
        Site.Downloads downloads = new Site.Downloads() {
            @Override
            public void csv(List<HistoryEntry> entries, PrintWriter out) {
                HistoryCommand.csv(entries, pages, out);
            }

            @Override
            public void json(List<HistoryEntry> entries, PrintWriter out) {
                HistoryCommand.json(entries, pages, out);
            }
        };
        Site site = new Site(bot.database(), new ApprovalWorkflow(bot.database(), config::account),
                new Rollback(bot.database(), sources::get), bot.thumbnails().orElse(null),
                () -> accounts(config, bot, sources, context.clock()), downloads, bot.metrics()::scrape,
                bot.modelId() + " (" + bot.engine() + ")", bot::stopping, bot::runSoon, context.clock());
        return WebServer.start(web, site);
    }

    /** The accounts page's rows: the same {@link AccountRows} as {@code accounts} and {@code status}. */
    private static List<AccountSummary> accounts(BotConfig config, Bot bot, Map<String, PhotoSource> sources,
                                                 Clock clock) {
        Instant now = clock.instant();
        return AccountRows.read(config, bot.database(), now).stream().map(row -> new AccountSummary(row.id(),
                row.type(), row.status(), row.reasonText(now, clock.getZone()),
                row.lastRun() == null ? null : row.lastRun().startedAt(),
                row.lastRun() == null ? null : row.lastRun().status().code(), row.nextCycle(), row.queued(),
                row.backlog(), sources.containsKey(row.id()) ? sources.get(row.id()).headroom() : Headroom.UNKNOWN))
                .toList();
    }
}
