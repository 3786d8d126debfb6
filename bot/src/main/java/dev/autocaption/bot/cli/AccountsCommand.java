package dev.autocaption.bot.cli;

import dev.autocaption.bot.connector.PollCursor;
import dev.autocaption.config.AccountConfig;
import dev.autocaption.config.BotConfig;
import dev.autocaption.store.Account;
import dev.autocaption.store.Database;
import dev.autocaption.store.PhotoState;
import dev.autocaption.store.Transaction;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/**
 * {@code autocaption accounts}: every configured account with its status from the store (ok, paused and why,
 * backing off until when), last poll, poll cursor (the newest upload processed) and backlog (photos found but
 * not finished). Accounts the store knows but the configuration no longer lists are shown too.
 */
@Command(name = "accounts", mixinStandardHelpOptions = true,
        description = "List accounts with their status, last poll, cursor and backlog.")
final class AccountsCommand implements Callable<Integer> {
    /** Photo states that still need work from the daemon or a person. */
    static final Set<PhotoState> BACKLOG = EnumSet.of(PhotoState.DISCOVERED, PhotoState.CAPTIONED,
            PhotoState.QUEUED, PhotoState.APPROVED, PhotoState.POSTING);

    private final CliContext context;
    private final GlobalOptions globals;

    AccountsCommand(CliContext context, GlobalOptions globals) {
        this.context = context;
        this.globals = globals;
    }

    @Override
    public Integer call() {
        BotConfig config = ConfigSupport.load(context, globals).config();
        TextTable table = new TextTable("ACCOUNT", "TYPE", "STATUS", "REASON", "LAST POLL", "CURSOR", "BACKLOG");
        try (Database database = StoreSupport.open(config, context.clock())) {
            database.useTransaction(tx -> rows(tx, config.accounts(), table));
        }
        if (table.isEmpty()) {
            context.out().println("No accounts configured; add them under accounts: in the configuration.");
            context.out().flush();
            return ExitCode.OK;
        }
        table.print(context.out());
        return ExitCode.OK;
    }

    private static void rows(Transaction tx, List<AccountConfig> configured, TextTable table) throws SQLException {
        List<String> ids = new ArrayList<>();
        for (AccountConfig account : configured) {
            ids.add(account.id());
            Optional<Account> stored = tx.accounts().find(account.id());
            row(tx, account.id(), account.type().configName(), stored, table, null);
        }
        for (Account stored : tx.accounts().list()) {
            if (!ids.contains(stored.id())) {
                row(tx, stored.id(), stored.type().configName(), Optional.of(stored),
                        table, "not in the configuration any more");
            }
        }
    }

    private static void row(Transaction tx, String id, String type, Optional<Account> stored, TextTable table,
                            String note) throws SQLException {
        Map<PhotoState, Integer> counts = tx.photos().countByState(id);
        int backlog = counts.entrySet().stream().filter(e -> BACKLOG.contains(e.getKey()))
                .mapToInt(Map.Entry::getValue).sum();
        String cursor = tx.pollCursors().find(id).map(c -> cursorText(c.value())).orElse(null);
        String status = stored.map(a -> a.status().code()).orElse("new");
        table.add(id, type, status, note != null ? note : stored.map(AccountsCommand::reason).orElse("never polled"),
                stored.map(Account::lastPollAt).orElse(null), cursor, backlog);
    }

    private static String reason(Account account) {
        if (account.backoffUntil() != null) {
            return "until " + account.backoffUntil() + (account.statusReason() == null ? ""
                    : ": " + account.statusReason());
        }
        return account.statusReason();
    }

    /** The newest upload processed, from a connector cursor; other values are shown as stored. */
    private static String cursorText(String value) {
        try {
            PollCursor cursor = PollCursor.parse(value);
            return cursor.highWaterMark() + (cursor.walking() ? " (walking history)" : "");
        } catch (IllegalArgumentException e) {
            return value;
        }
    }
}
