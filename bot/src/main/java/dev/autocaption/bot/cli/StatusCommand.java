package dev.autocaption.bot.cli;

import dev.autocaption.bot.DaemonLock;
import dev.autocaption.config.BotConfig;
import dev.autocaption.store.Database;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code autocaption status}: whether a daemon runs on the store, and each account's state, queue, backlog and
 * cycles, from the same {@link AccountRows} as {@code accounts}. The next cycle is shown only while a daemon runs
 * (nothing is due otherwise).
 */
@Command(name = "status", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Show whether a daemon is running, and each account's state, queue, backlog and cycles.",
        footer = {"", AccountRows.LEGEND})
final class StatusCommand implements Callable<Integer> {
    /** The formats of this command. */
    enum Format { TABLE, JSON }

    private final CliContext context;
    private final GlobalOptions globals;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table or json (times in ISO-8601; default ${DEFAULT-VALUE}).")
    private Format format;

    StatusCommand(CliContext context, GlobalOptions globals) {
        this.context = context;
        this.globals = globals;
    }

    @Override
    public Integer call() {
        BotConfig config = ConfigSupport.load(context, globals).config();
        Instant now = context.clock().instant();
        Optional<DaemonLock.Holder> holder;
        List<AccountRows> rows;
        try (Database database = StoreSupport.open(context.tools(config))) {
            holder = DaemonLock.holder(database);
            rows = AccountRows.read(config, database, now);
        }
        boolean running = holder.isPresent() && !holder.get().dead(now);
        PrintWriter out = context.out();
        if (format == Format.JSON) {
            JsonOutput.print(out, json(holder, running, rows));
            return ExitCode.OK;
        }
        out.println("daemon: " + holder.map(h -> (running ? "running (" : "not running (stale lock: ")
                + h.describe(now) + ")").orElse("not running"));
        table(rows, running, now, context.clock().getZone()).print(out);
        out.flush();
        return ExitCode.OK;
    }

    private static TextTable table(List<AccountRows> rows, boolean running, Instant now, ZoneId zone) {
        TextTable table = running
                ? new TextTable("ACCOUNT", "STATE", "QUEUED", "BACKLOG", "LAST CYCLE", "NEXT CYCLE", "REASON")
                : new TextTable("ACCOUNT", "STATE", "QUEUED", "BACKLOG", "LAST CYCLE", "REASON");
        for (AccountRows row : rows) {
            String last = row.lastRun() == null ? null
                    : TimeText.age(row.lastRun().startedAt(), now) + " " + row.lastRun().status().code();
            if (running) {
                table.add(row.id(), row.status(), row.queued(), row.backlog(), last,
                        TimeText.upcoming(row.nextCycle(), now, zone), row.reasonText(now, zone));
            } else {
                table.add(row.id(), row.status(), row.queued(), row.backlog(), last, row.reasonText(now, zone));
            }
        }
        return table;
    }

    private static Map<String, Object> json(Optional<DaemonLock.Holder> holder, boolean running,
                                            List<AccountRows> rows) {
        Map<String, Object> daemon = new LinkedHashMap<>();
        daemon.put("running", running);
        holder.ifPresent(h -> {
            daemon.put("pid", h.pid());
            daemon.put("host", h.host());
            daemon.put("started", h.acquiredAt().toString());
            daemon.put("last_heartbeat", h.heartbeatAt().toString());
        });
        Map<String, Object> status = new LinkedHashMap<>();
        status.put("daemon", daemon);
        status.put("accounts", rows.stream().map(row -> {
            Map<String, Object> json = row.json();
            if (!running) {
                json.put("next_cycle", null);
            }
            return json;
        }).toList());
        return status;
    }
}
