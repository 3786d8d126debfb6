package dev.autocaption.bot.cli;

import dev.autocaption.config.BotConfig;
import dev.autocaption.store.Database;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code autocaption accounts}: every configured account, ok/paused/backing off and why, last poll, cursor, backlog. */
@Command(name = "accounts", mixinStandardHelpOptions = true,
        description = "List the accounts: ok, paused or backing off and why, last poll, poll cursor and backlog.")
final class AccountsCommand implements Callable<Integer> {
    private final CliContext context;
    private final GlobalOptions globals;

    AccountsCommand(CliContext context, GlobalOptions globals) {
        this.context = context;
        this.globals = globals;
    }

    @Override
    public Integer call() {
        BotConfig config = ConfigSupport.load(context, globals).config();
        PrintWriter out = context.out();
        if (config.accounts().isEmpty()) {
            out.println("no accounts are configured");
            out.flush();
            return ExitCode.OK;
        }
        try (Database database = StoreSupport.open(config, context.clock())) {
            List<AccountRows> rows = AccountRows.read(config, database, context.clock().instant());
            TextTable table = new TextTable("ACCOUNT", "TYPE", "STATE", "WHY", "LAST POLL", "CURSOR", "QUEUED",
                    "BACKLOG");
            for (AccountRows row : rows) {
                table.add(row.id(), row.type(), row.status(), row.reason(), row.lastPoll(), row.cursor(),
                        row.queued(), row.backlog());
            }
            table.print(out);
        }
        out.flush();
        return ExitCode.OK;
    }
}
