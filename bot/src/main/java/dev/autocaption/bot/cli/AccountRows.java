package dev.autocaption.bot.cli;

import dev.autocaption.bot.connector.PollCursor;
import dev.autocaption.bot.pipeline.PostingCap;
import dev.autocaption.bot.schedule.Schedules;
import dev.autocaption.config.AccountConfig;
import dev.autocaption.config.BotConfig;
import dev.autocaption.config.ScheduleConfig;
import dev.autocaption.store.Account;
import dev.autocaption.store.AccountStatus;
import dev.autocaption.store.Database;
import dev.autocaption.store.PhotoState;
import dev.autocaption.store.Run;
import dev.autocaption.store.Transaction;
import java.sql.SQLException;
import java.text.ParseException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.quartz.CronExpression;

/**
 * One account as {@code accounts} and {@code status} both show it: the one computation of its status, reason,
 * queue, backlog and cycles, read from the store. Configured accounts come first, then accounts the store knows
 * but the configuration no longer lists.
 *
 * @param cursor      the newest upload processed (the poll cursor's high-water mark); null before the first poll
 * @param walking     true while the cursor is walking the account's history (backfill)
 * @param nextCycle   when the next cycle is due (cron, or interval after the last poll); null when unknown
 * @param lastRun     the newest run of the account; null when none
 * @param cap         the account's max-posts-per-day when reached (approved captions wait); null otherwise
 */
record AccountRows(String id, String type, boolean configured, String status, String reason, Instant lastPoll,
                   Instant backoffUntil, Instant nextCycle, Instant cursor, boolean walking, int queued, int backlog,
                   Run lastRun, PostingCap.Reached cap) {
    /** The help text of both commands: what the two counts mean, defined here once. */
    static final String LEGEND = "QUEUED: photos waiting for your decision (autocaption queue). "
            + "BACKLOG: photos the daemon still has to finish: discovered, captioned, approved or being posted "
            + "(queued photos are not in it).";
    /** The photo states {@link #LEGEND} counts as backlog. */
    static final Set<PhotoState> BACKLOG = EnumSet.of(PhotoState.DISCOVERED, PhotoState.CAPTIONED,
            PhotoState.APPROVED, PhotoState.POSTING);
    private static final String NOT_CONFIGURED = "not in the configuration any more";
    private static final String NEVER_POLLED = "never polled";

    static List<AccountRows> read(BotConfig config, Database database, Instant now) {
        return database.inTransaction(tx -> {
            List<AccountRows> rows = new ArrayList<>();
            for (AccountConfig account : config.accounts()) {
                rows.add(read(tx, account.id(), account.type().configName(), account, now));
            }
            for (Account stored : tx.accounts().list()) {
                if (config.account(stored.id()) == null) {
                    rows.add(read(tx, stored.id(), stored.type().configName(), null, now));
                }
            }
            return rows;
        });
    }

    private static AccountRows read(Transaction tx, String id, String type, AccountConfig account, Instant now)
            throws SQLException {
        Optional<Account> stored = tx.accounts().find(id);
        Map<PhotoState, Integer> counts = tx.photos().countByState(id);
        int backlog = counts.entrySet().stream().filter(e -> BACKLOG.contains(e.getKey()))
                .mapToInt(Map.Entry::getValue).sum();
        List<Run> runs = tx.runs().recent(id, 1);
        Instant lastPoll = stored.map(Account::lastPollAt).orElse(null);
        Instant next = account == null ? null
                : next(Schedules.withJitter(account.schedule(), account.id()), lastPoll, now);
        PollCursor cursor = tx.pollCursors().find(id).map(c -> cursor(c.value())).orElse(null);
        PostingCap.Reached cap = account == null ? null : PostingCap.check(tx, account, now);
        return new AccountRows(id, type, account != null, stored.map(a -> a.status().code()).orElse("new"),
                reason(stored.orElse(null), account != null), lastPoll,
                stored.map(Account::backoffUntil).orElse(null), next,
                cursor == null ? null : cursor.highWaterMark(), cursor != null && cursor.walking(),
                counts.getOrDefault(PhotoState.QUEUED, 0), backlog, runs.isEmpty() ? null : runs.get(0), cap);
    }

    /** Why the account is in its state: one rule for both commands. */
    private static String reason(Account stored, boolean configured) {
        if (!configured) {
            return NOT_CONFIGURED;
        }
        if (stored == null || stored.lastPollAt() == null && stored.status() == AccountStatus.OK) {
            return NEVER_POLLED;
        }
        return stored.statusReason();
    }

    /** A connector cursor; null for a value this build cannot read (shown as unknown). */
    private static PollCursor cursor(String value) {
        try {
            return PollCursor.parse(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
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

    /**
     * The reason as a table shows it: a backoff says until when (local time); a reached max-posts-per-day says how
     * many approved captions wait, and until when, unless the account is paused or backing off anyway.
     */
    String reasonText(Instant now, java.time.ZoneId zone) {
        if (backoffUntil != null && "backoff".equals(status)) {
            return "until " + TimeText.upcoming(backoffUntil, now, zone) + (reason == null ? "" : ": " + reason);
        }
        if (cap != null && !"paused".equals(status)) {
            return cap.describe(TimeText.upcoming(cap.freeAt(), now, zone));
        }
        return reason;
    }

    /** The row as {@code --format json} prints it, times in ISO-8601. */
    Map<String, Object> json() {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("account", id);
        row.put("type", type);
        row.put("configured", configured);
        row.put("status", status);
        row.put("reason", reason);
        row.put("backoff_until", iso(backoffUntil));
        row.put("last_poll", iso(lastPoll));
        row.put("next_cycle", iso(nextCycle));
        row.put("cursor", iso(cursor));
        row.put("walking_history", walking);
        row.put("queued", queued);
        row.put("backlog", backlog);
        row.put("cap", cap == null ? null : Map.of("max_posts_per_day", cap.max(), "written_last_24h", cap.written(),
                "waiting", cap.waiting(), "next_write_at", iso(cap.freeAt())));
        row.put("last_run", lastRun == null ? null : Map.of("id", lastRun.id(), "started", iso(lastRun.startedAt()),
                "status", lastRun.status().code()));
        return row;
    }

    private static String iso(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
