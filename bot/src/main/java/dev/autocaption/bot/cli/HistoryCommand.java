package dev.autocaption.bot.cli;

import dev.autocaption.bot.Toolkit;
import dev.autocaption.bot.connector.Connectors;
import dev.autocaption.config.BotConfig;
import dev.autocaption.store.Database;
import dev.autocaption.store.HistoryEntry;
import dev.autocaption.store.HistoryQuery;
import dev.autocaption.store.PhotoState;
import java.io.PrintWriter;
import java.net.URI;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code autocaption history}: what happened to each photo (posted, queued, dropped, skipped, failed, ...) with
 * its caption, score, who decided, the engine and model, what a detector saw, the run that wrote it, its account's
 * platform and its page there, and when; as a table, CSV or JSON. A rolled-back post is never shown as a photo's
 * caption, and a skipped or rolled-back photo shows no machine caption in the table.
 */
@Command(name = "history", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Show what happened to each photo, newest first: state and reason, caption, score, "
                + "decision source, engine and model, what the detector saw (label, score, box) and time.")
final class HistoryCommand implements Callable<Integer> {
    static final List<String> COLUMNS = List.of("photo", "state", "reason", "caption", "score", "decided_by",
            "model", "engine", "detections", "posted_text", "posted_at", "updated_at", "account_type", "run",
            "page_url");
    /** States in which the newest candidate is not what the photo shows: a person's text, or our text undone. */
    private static final Set<PhotoState> NO_CAPTION = EnumSet.of(PhotoState.SKIPPED, PhotoState.ROLLED_BACK);

    private final CliContext context;
    private final GlobalOptions globals;

    @Option(names = "--account", paramLabel = "ID", description = "Only this account.")
    private String account;

    @Option(names = "--status", paramLabel = "STATE", split = ",",
            description = "Only these states (comma-separated): discovered, captioned, dropped, queued, approved, "
                    + "posting, posted, failed, skipped, rolled_back.")
    private List<String> states = new ArrayList<>();

    @Option(names = "--since", paramLabel = "TIME",
            description = "Changed at or after TIME: a date (2026-11-01), an instant (2026-11-01T10:00:00Z) or an "
                    + "age (7d, 12h).")
    private String since;

    @Option(names = "--until", paramLabel = "TIME", description = "Changed before TIME (same forms as --since).")
    private String until;

    @Option(names = "--contains", paramLabel = "TEXT",
            description = "The caption or the person's own text contains TEXT (ignoring case).")
    private String contains;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "100", description = "At most N rows (default ${DEFAULT-VALUE}).")
    private int limit;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table, csv or json (default ${DEFAULT-VALUE}).")
    private OutputFormat format;

    HistoryCommand(CliContext context, GlobalOptions globals) {
        this.context = context;
        this.globals = globals;
    }

    @Override
    public Integer call() {
        HistoryQuery query = query();
        BotConfig config = ConfigSupport.load(context, globals).config();
        List<HistoryEntry> entries;
        Toolkit tools = context.tools(config);
        try (Database database = StoreSupport.open(tools)) {
            entries = database.inTransaction(tx -> tx.history().find(query));
        }
        print(entries, tools.connectors(), context.out());
        return ExitCode.OK;
    }

    private HistoryQuery query() {
        if (limit < 1) {
            throw new CommandFailure(ExitCode.USAGE, "--limit: must be at least 1, was " + limit);
        }
        try {
            return HistoryQuery.all().withAccount(account).withStates(parseStates())
                    .withPeriod(TimeArgument.parse("--since", since, context.clock()),
                            TimeArgument.parse("--until", until, context.clock()))
                    .withText(contains).withLimit(limit);
        } catch (IllegalArgumentException e) {
            throw new CommandFailure(ExitCode.USAGE, e.getMessage(), e);
        }
    }

    private Set<PhotoState> parseStates() {
        Set<PhotoState> parsed = EnumSet.noneOf(PhotoState.class);
        for (String state : states) {
            try {
                parsed.add(PhotoState.fromCode(state.trim().toLowerCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new CommandFailure(ExitCode.USAGE, "--status: " + e.getMessage(), e);
            }
        }
        return parsed;
    }

    private void print(List<HistoryEntry> entries, Connectors pages, PrintWriter out) {
        switch (format) {
            case TABLE -> table(entries, pages, out);
            case CSV -> csv(entries, pages, out);
            case JSON -> json(entries, pages, out);
        }
        out.flush();
    }

    private void table(List<HistoryEntry> entries, Connectors pages, PrintWriter out) {
        if (entries.isEmpty()) {
            out.println("no photos match");
            return;
        }
        TextTable table = new TextTable("PHOTO", "TYPE", "STATE", "CAPTION", "SCORE", "SEEN", "BY", "RUN", "MODEL",
                "UPDATED", "REASON", "PAGE");
        for (HistoryEntry entry : entries) {
            String caption = entry.postedText() != null ? entry.postedText()
                    : NO_CAPTION.contains(entry.state()) ? null : entry.captionText();
            table.add(entry.key(), entry.accountType().configName(), entry.state().code(), caption, score(entry),
                    DetectionCells.compact(entry.detections()),
                    entry.decisionSource() == null ? null : entry.decisionSource().code(), entry.runId(),
                    entry.modelId(), TimeText.age(entry.updatedAt(), context.clock().instant()), entry.reason(),
                    pages.pageUrl(entry.accountType(), entry.remoteId()));
        }
        table.print(out);
    }

    /** The rows as {@code --format csv} prints them (also the review page's download). */
    static void csv(List<HistoryEntry> entries, Connectors pages, PrintWriter out) {
        Csv.print(COLUMNS, entries.stream().map(entry -> cells(entry, pages)).toList(), out);
    }

    private static List<String> cells(HistoryEntry entry, Connectors pages) {
        List<String> cells = new ArrayList<>();
        cells.add(entry.key());
        cells.add(entry.state().code());
        cells.add(entry.reason());
        cells.add(entry.captionText());
        cells.add(score(entry));
        cells.add(entry.decisionSource() == null ? null : entry.decisionSource().code());
        cells.add(entry.modelId());
        cells.add(entry.engine() == null ? null : entry.engine().configName());
        cells.add(DetectionCells.full(entry.detections()));
        cells.add(entry.postedText());
        cells.add(entry.postedAt() == null ? null : entry.postedAt().toString());
        cells.add(entry.updatedAt().toString());
        cells.add(entry.accountType().configName());
        cells.add(entry.runId() == null ? null : entry.runId().toString());
        URI page = pages.pageUrl(entry.accountType(), entry.remoteId());
        cells.add(page == null ? null : page.toString());
        return cells;
    }

    private static String score(HistoryEntry entry) {
        return entry.score() == null ? null : String.format(Locale.ROOT, "%.3f", entry.score());
    }

    /** The rows as {@code --format json} prints them (also the review page's download). */
    static void json(List<HistoryEntry> entries, Connectors pages, PrintWriter out) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (HistoryEntry entry : entries) {
            Map<String, Object> row = new LinkedHashMap<>();
            List<String> cells = cells(entry, pages);
            for (int i = 0; i < COLUMNS.size(); i++) {
                row.put(COLUMNS.get(i), cells.get(i));
            }
            row.put("score", entry.score());
            row.put("run", entry.runId());
            row.put("detections", DetectionCells.json(entry.detections()));
            rows.add(row);
        }
        JsonOutput.print(out, rows);
    }
}
