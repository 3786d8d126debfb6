package dev.autocaption.bot.cli;

import dev.autocaption.bot.schedule.Schedules;
import dev.autocaption.config.AccountConfig;
import dev.autocaption.config.BotConfig;
import dev.autocaption.config.ScheduleConfig;
import dev.autocaption.store.Account;
import dev.autocaption.store.Database;
import dev.autocaption.store.PhotoState;
import dev.autocaption.store.PollCursor;
import dev.autocaption.store.Run;
import dev.autocaption.store.Transaction;
import java.sql.SQLException;
import java.text.ParseException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.quartz.CronExpression;

/** What {@code status} and {@code accounts} show per configured account, read from the store. */
record AccountRows(String id, String type, String status, String reason, Instant lastPoll, Instant nextCycle,
                   String cursor, int queued, int backlog, Run lastRun) {

    static List<AccountRows> read(BotConfig config, Database database, Instant now) {
        return database.inTransaction(tx -> {
            List<AccountRows> rows = new ArrayList<>();
            for (AccountConfig account : config.accounts()) {
                rows.add(read(tx, account, now));
            }
            return rows;
        });
    }

    private static AccountRows read(Transaction tx, AccountConfig account, Instant now) throws SQLException {
        Optional<Account> stored = tx.accounts().find(account.id());
        Map<PhotoState, Integer> counts = tx.photos().countByState(account.id());
        int backlog = counts.getOrDefault(PhotoState.DISCOVERED, 0) + counts.getOrDefault(PhotoState.CAPTIONED, 0)
                + counts.getOrDefault(PhotoState.APPROVED, 0) + counts.getOrDefault(PhotoState.POSTING, 0);
        List<Run> runs = tx.runs().recent(account.id(), 1);
        Instant lastPoll = stored.map(Account::lastPollAt).orElse(null);
        String status = stored.map(a -> a.status().code()).orElse("new");
        String reason = stored.map(Account::statusReason).orElse(null);
        if (stored.isPresent() && stored.get().backoffUntil() != null && "backoff".equals(status)) {
            reason = "until " + stored.get().backoffUntil() + ": " + reason;
        }
        Instant next = next(Schedules.withJitter(account.schedule(), account.id()), lastPoll, now);
        return new AccountRows(account.id(), account.type().configName(), status, reason, lastPoll, next,
                tx.pollCursors().find(account.id()).map(PollCursor::value).orElse(null),
                counts.getOrDefault(PhotoState.QUEUED, 0), backlog, runs.isEmpty() ? null : runs.get(0));
    }

    /** When the next cycle is due: the (jittered) cron's next time, or the interval after the last poll. */
    static Instant next(ScheduleConfig schedule, Instant lastPoll, Instant now) {
        if (schedule.cron() != null) {
            try {
                Date next = new CronExpression(schedule.cron()).getNextValidTimeAfter(Date.from(now));
                return next == null ? null : next.toInstant();
            } catch (ParseException e) {
                return null;
            }
        }
        return lastPoll == null ? null : lastPoll.plus(schedule.interval());
    }
}
