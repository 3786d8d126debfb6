package dev.autocaption.bot.cli;

import dev.autocaption.config.BotConfig;
import dev.autocaption.store.Database;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code autocaption accounts}: every account with its status (ok, paused and why, backing off until when), last
 * poll, poll cursor (the newest upload processed), queue and backlog, from the same {@link AccountRows} as
 * {@code status}. Accounts the store knows but the configuration no longer lists are shown too.
 */
@Command(name = "accounts", mixinStandardHelpOptions = true, sortOptions = false,
        description = "List accounts with their status, last poll, cursor, queue and backlog.",
        footer = {"", AccountRows.LEGEND})
final class AccountsCommand implements Callable<Integer> {
    /** The formats of this command. */
    enum Format { TABLE, JSON }

    private final CliContext context;
    private final GlobalOptions globals;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table or json (times in ISO-8601; default ${DEFAULT-VALUE}).")
    private Format format;

    AccountsCommand(CliContext context, GlobalOptions globals) {
        this.context = context;
        this.globals = globals;
    }

    @Override
    public Integer call() {
        BotConfig config = ConfigSupport.load(context, globals).config();
        Instant now = context.clock().instant();
        List<AccountRows> rows;
        try (Database database = StoreSupport.open(context.tools(config))) {
            rows = AccountRows.read(config, database, now);
        }
        PrintWriter out = context.out();
        if (format == Format.JSON) {
            JsonOutput.print(out, rows.stream().map(AccountRows::json).toList());
        } else if (rows.isEmpty()) {
            out.println("No accounts configured; add them under accounts: in the configuration.");
        } else {
            table(rows, now, context.clock().getZone()).print(out);
        }
        out.flush();
        return ExitCode.OK;
    }

    private static TextTable table(List<AccountRows> rows, Instant now, ZoneId zone) {
        TextTable table = new TextTable("ACCOUNT", "TYPE", "STATUS", "LAST POLL", "CURSOR", "QUEUED", "BACKLOG",
                "REASON");
        for (AccountRows row : rows) {
            table.add(row.id(), row.type(), row.status(), TimeText.age(row.lastPoll(), now),
                    row.cursor() == null ? null : TimeText.local(row.cursor(), now, zone)
                            + (row.walking() ? " (walking history)" : ""), row.queued(), row.backlog(),
                    row.reasonText(now, zone));
        }
        return table;
    }
}
