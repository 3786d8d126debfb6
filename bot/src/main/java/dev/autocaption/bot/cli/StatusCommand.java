package dev.autocaption.bot.cli;

import dev.autocaption.bot.DaemonLock;
import dev.autocaption.config.BotConfig;
import dev.autocaption.store.Database;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code autocaption status}: whether a daemon runs on the store, and each account's state, queue and cycles. */
@Command(name = "status", mixinStandardHelpOptions = true,
        description = "Show whether a daemon is running, and each account's state, queue size and last/next cycle.")
final class StatusCommand implements Callable<Integer> {
    private final CliContext context;
    private final GlobalOptions globals;

    StatusCommand(CliContext context, GlobalOptions globals) {
        this.context = context;
        this.globals = globals;
    }

    @Override
    public Integer call() {
        BotConfig config = ConfigSupport.load(context, globals).config();
        PrintWriter out = context.out();
        Instant now = context.clock().instant();
        try (Database database = StoreSupport.open(config, context.clock())) {
            Optional<DaemonLock.Holder> holder = DaemonLock.holder(database);
            out.println("daemon: " + holder.map(h -> (h.dead(now) ? "not running (stale lock: " : "running (")
                    + h.describe(now) + ")").orElse("not running"));
            List<AccountRows> rows = AccountRows.read(config, database, now);
            TextTable table = new TextTable("ACCOUNT", "STATE", "QUEUED", "BACKLOG", "LAST CYCLE", "NEXT CYCLE",
                    "REASON");
            for (AccountRows row : rows) {
                table.add(row.id(), row.status(), row.queued(), row.backlog(), row.lastRun() == null ? null
                        : row.lastRun().startedAt() + " " + row.lastRun().status().code(), row.nextCycle(),
                        row.reason());
            }
            table.print(out);
        }
        out.flush();
        return ExitCode.OK;
    }
}
