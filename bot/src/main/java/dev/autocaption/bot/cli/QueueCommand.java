package dev.autocaption.bot.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.autocaption.bot.approval.ApprovalsInbox;
import dev.autocaption.config.AccountConfig;
import dev.autocaption.config.BotConfig;
import dev.autocaption.store.CaptionGeneration;
import dev.autocaption.store.Database;
import dev.autocaption.store.DetectedObject;
import dev.autocaption.store.Photo;
import dev.autocaption.store.PhotoState;
import dev.autocaption.store.StoredCaption;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code autocaption queue}: photos waiting for a decision, with their candidates and scores and what a detector
 * saw; {@code --format yaml} prints approvals-file lines (commented out) ready to paste into the approvals file.
 * Entries of the approvals files that will not be applied (a misspelt decision word, unquoted text) are listed on
 * stderr first, whatever the format.
 */
@Command(name = "queue", mixinStandardHelpOptions = true, sortOptions = false,
        description = "List photos waiting for a decision, with their caption candidates and scores.")
final class QueueCommand implements Callable<Integer> {
    /** The formats of this command. */
    enum Format { TABLE, JSON, YAML }

    /** One queued photo: its newest captioning's candidates, and what a detector saw (empty for other engines). */
    record Entry(Photo photo, List<StoredCaption> candidates, List<DetectedObject> detections) {
    }

    private final CliContext context;
    private final GlobalOptions globals;

    @Option(names = "--account", paramLabel = "ID", description = "Only this account.")
    private String account;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "500", description = "At most N photos.")
    private int limit;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table, json or yaml (approvals-file lines to paste; default ${DEFAULT-VALUE}).")
    private Format format;

    QueueCommand(CliContext context, GlobalOptions globals) {
        this.context = context;
        this.globals = globals;
    }

    @Override
    public Integer call() {
        if (limit < 1) {
            throw new CommandFailure(ExitCode.USAGE, "--limit: must be at least 1, was " + limit);
        }
        BotConfig config = ConfigSupport.load(context, globals).config();
        List<Entry> entries;
        try (Database database = StoreSupport.open(context.tools(config))) {
            entries = read(database, account, limit);
        }
        approvalsProblems(config);
        PrintWriter out = context.out();
        switch (format) {
            case TABLE -> table(entries, out);
            case JSON -> json(entries, out);
            case YAML -> yaml(entries, out);
        }
        out.flush();
        return ExitCode.OK;
    }

    /** What the approvals files hold that is applied to nothing (misspelt words, short unquoted text), on stderr. */
    private void approvalsProblems(BotConfig config) {
        List<AccountConfig> accounts = config.accounts().stream()
                .filter(a -> account == null || a.id().equals(account)).toList();
        List<String> problems = ApprovalsInbox.problems(accounts);
        if (!problems.isEmpty()) {
            context.err().println("the approvals file has " + problems.size() + " entr" + (problems.size() == 1
                    ? "y" : "ies") + " that will not be applied until corrected:");
            problems.forEach(problem -> context.err().println("  " + problem));
            context.err().flush();
        }
    }

    /** The queued photos (of one account, or all for null), longest-waiting first, with their candidates. */
    static List<Entry> read(Database database, String account, int limit) {
        return database.inTransaction(tx -> {
            List<Entry> queued = new ArrayList<>();
            for (Photo photo : tx.photos().inState(account, PhotoState.QUEUED, limit)) {
                List<DetectedObject> detections = tx.captions().latestGeneration(photo.id())
                        .map(CaptionGeneration::detections).orElse(List.of());
                queued.add(new Entry(photo, tx.captions().latest(photo.id()), detections));
            }
            return queued;
        });
    }

    private static void table(List<Entry> entries, PrintWriter out) {
        if (entries.isEmpty()) {
            out.println("the queue is empty");
            return;
        }
        TextTable table = new TextTable("PHOTO", "#", "SCORE", "CAPTION", "SEEN", "WHY QUEUED");
        for (Entry entry : entries) {
            for (StoredCaption caption : entry.candidates()) {
                boolean first = caption.rank() == 1;
                table.add(first ? entry.photo().key() : "", caption.rank(), score(caption), caption.text(),
                        first ? DetectionCells.compact(entry.detections()) : "", first ? entry.photo().reason() : "");
            }
        }
        table.print(out);
    }

    /** Ready-to-paste approvals-file lines: the decision commented out, the candidates as comments above it. */
    static void yaml(List<Entry> entries, PrintWriter out) {
        out.println("decisions:");
        for (Entry entry : entries) {
            out.println("  # " + entry.photo().key() + (entry.photo().reason() == null ? ""
                    : " (" + entry.photo().reason() + ")"));
            for (StoredCaption caption : entry.candidates()) {
                out.println("  #   " + caption.rank() + ": " + score(caption) + "  " + caption.text());
            }
            if (!entry.detections().isEmpty()) {
                out.println("  #   seen: " + DetectionCells.compact(entry.detections()));
            }
            out.println("  # " + entry.photo().key() + ": approve");
        }
    }

    private static void json(List<Entry> entries, PrintWriter out) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Entry entry : entries) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("photo", entry.photo().key());
            row.put("reason", entry.photo().reason());
            row.put("queued_at", entry.photo().stateChangedAt().toString());
            List<Map<String, Object>> candidates = new ArrayList<>();
            for (StoredCaption caption : entry.candidates()) {
                candidates.add(Map.of("rank", caption.rank(), "text", caption.text(), "score",
                        caption.candidate().score(), "model", caption.candidate().modelId(), "engine",
                        caption.candidate().engine().configName()));
            }
            row.put("candidates", candidates);
            row.put("detections", DetectionCells.json(entry.detections()));
            rows.add(row);
        }
        try {
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(rows));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("queue rows could not be written as JSON", e);
        }
    }

    private static String score(StoredCaption caption) {
        return String.format(Locale.ROOT, "%.2f", caption.candidate().score());
    }
}
