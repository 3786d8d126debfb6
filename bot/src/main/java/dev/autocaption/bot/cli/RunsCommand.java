package dev.autocaption.bot.cli;

import dev.autocaption.config.BotConfig;
import dev.autocaption.store.Database;
import dev.autocaption.store.Run;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code autocaption runs}: the daemon's runs, newest first, with what each did; the ids are what
 * {@code rollback --run} and {@code history} name.
 */
@Command(name = "runs", mixinStandardHelpOptions = true, sortOptions = false,
        description = "List runs, newest first: id, start, end, account, status, what they did, and whether they "
                + "were dry runs. 'rollback --run ID' undoes the posts of one.")
final class RunsCommand implements Callable<Integer> {
    /** The formats of this command. */
    enum Format { TABLE, JSON }

    private static final String DRY_RUN = "dry-run";

    private final CliContext context;
    private final GlobalOptions globals;

    @Option(names = "--account", paramLabel = "ID", description = "Only this account's runs.")
    private String account;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "20", description = "At most N runs (default ${DEFAULT-VALUE}).")
    private int limit;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table or json (times in ISO-8601; default ${DEFAULT-VALUE}).")
    private Format format;

    RunsCommand(CliContext context, GlobalOptions globals) {
        this.context = context;
        this.globals = globals;
    }

    @Override
    public Integer call() {
        if (limit < 1) {
            throw new CommandFailure(ExitCode.USAGE, "--limit: must be at least 1, was " + limit);
        }
        BotConfig config = ConfigSupport.load(context, globals).config();
        List<Run> runs;
        try (Database database = StoreSupport.open(context.tools(config))) {
            runs = database.inTransaction(tx -> tx.runs().recent(account, limit));
        }
        PrintWriter out = context.out();
        if (format == Format.JSON) {
            JsonOutput.print(out, runs.stream().map(RunsCommand::json).toList());
        } else if (runs.isEmpty()) {
            out.println("no runs yet" + (account == null ? "" : " of " + account));
        } else {
            table(runs, context.clock().instant(), context.clock().getZone()).print(out);
        }
        out.flush();
        return ExitCode.OK;
    }

    private static TextTable table(List<Run> runs, Instant now, ZoneId zone) {
        TextTable table = new TextTable("RUN", "STARTED", "ENDED", "ACCOUNT", "STATUS", "DRY RUN", "WHAT IT DID",
                "MESSAGE");
        for (Run run : runs) {
            table.add(run.id(), TimeText.local(run.startedAt(), now, zone), TimeText.local(run.finishedAt(), now, zone),
                    run.accountId(), run.status().code(), DRY_RUN.equals(run.kind()) ? "yes" : "no",
                    Counts.describe(run.counts()), run.message());
        }
        return table;
    }

    private static Map<String, Object> json(Run run) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", run.id());
        row.put("account", run.accountId());
        row.put("kind", run.kind());
        row.put("dry_run", DRY_RUN.equals(run.kind()));
        row.put("status", run.status().code());
        row.put("started", run.startedAt().toString());
        row.put("finished", run.finishedAt() == null ? null : run.finishedAt().toString());
        Map<String, Object> counts = new LinkedHashMap<>();
        counts.put("discovered", run.counts().discovered());
        counts.put("captioned", run.counts().captioned());
        counts.put("posted", run.counts().posted());
        counts.put("queued", run.counts().queued());
        counts.put("dropped", run.counts().dropped());
        counts.put("skipped", run.counts().skipped());
        counts.put("failed", run.counts().failed());
        row.put("counts", counts);
        row.put("message", run.message());
        return row;
    }
}
