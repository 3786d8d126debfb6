package dev.autocaption.bot.pipeline;

import dev.autocaption.bot.connector.ConnectorException;
import dev.autocaption.bot.connector.PollCursor;
import dev.autocaption.bot.connector.PollResult;
import dev.autocaption.bot.connector.RemotePhoto;
import dev.autocaption.bot.connector.SkippedPhoto;
import dev.autocaption.config.AccountConfig;
import dev.autocaption.store.Account;
import dev.autocaption.store.DiscoveredPhoto;
import dev.autocaption.store.PhotoInsert;
import dev.autocaption.store.PhotoState;
import dev.autocaption.store.Transaction;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;

/**
 * Polls an account and records what it found: new photos as {@code discovered} (or at once {@code skipped} when
 * they already carry a person's text and the write mode only fills empty fields), the poll's own skips, and the
 * next cursor, all in one transaction per page so a crash never loses or duplicates a photo.
 */
public final class Discovery {
    /** Pages of a backfill walked per cycle; the rest waits for the next cycle. */
    static final int MAX_PAGES = 5;

    /** Polls until the source has nothing more (at most {@link #MAX_PAGES} pages). */
    public void run(Cycle cycle) throws ConnectorException {
        PollCursor cursor = cycle.database().inTransaction(tx -> cursor(tx, cycle.account().config()));
        for (int page = 0; page < MAX_PAGES && !cycle.stopping().getAsBoolean(); page++) {
            PollResult result = cycle.account().source().poll(cursor);
            cycle.database().useTransaction(tx -> record(tx, cycle, result));
            cursor = result.next();
            if (!result.more()) {
                break;
            }
        }
        cycle.database().useTransaction(tx -> tx.accounts().recordPoll(cycle.accountId()));
    }

    private static PollCursor cursor(Transaction tx, AccountConfig account) throws SQLException {
        Account stored = tx.accounts().find(account.id()).orElseThrow(() -> new IllegalStateException(
                "account " + account.id() + " is not stored; the cycle stores it first"));
        return tx.pollCursors().find(account.id()).map(saved -> PollCursor.parse(saved.value()))
                .orElseGet(() -> PollCursor.initial(account, stored.createdAt()));
    }

    private static void record(Transaction tx, Cycle cycle, PollResult result) throws SQLException {
        for (RemotePhoto photo : result.photos()) {
            recordPhoto(tx, cycle, photo);
        }
        for (SkippedPhoto skip : result.skipped()) {
            recordSkip(tx, cycle, skip);
        }
        tx.pollCursors().save(cycle.accountId(), result.next().notAfter(tx.clock().instant()).toToken());
    }

    private static void recordPhoto(Transaction tx, Cycle cycle, RemotePhoto remote) throws SQLException {
        DiscoveredPhoto discovered = RemotePhotos.discovered(remote);
        String tooLong = discovered.tooLong();
        // a field longer than the store keeps would fail the insert and roll back the page every cycle
        PhotoInsert insert = tx.photos().insertIfAbsent(tooLong == null ? discovered : discovered.clipped());
        if (!insert.created()) {
            return;
        }
        long id = insert.photo().id();
        if (remote.postId() != null) {
            PipelineRows.setRemotePostId(tx, id, remote.postId());
        }
        cycle.counts().discovered();
        cycle.emit(PipelineEvent.Kind.DISCOVERED, insert.photo().key(), remote.hasText()
                ? "has text \"" + abbreviate(remote.existingText()) + "\"" : "no text");
        if (tooLong != null) {
            skip(tx, cycle, insert, "too long to keep: " + tooLong);
        } else if (remote.hasText() && cycle.account().config().write().onlyFillsEmpty()) {
            skip(tx, cycle, insert, "human text");
        }
    }

    private static void skip(Transaction tx, Cycle cycle, PhotoInsert insert, String reason) throws SQLException {
        tx.photos().transition(insert.photo().id(), PhotoState.DISCOVERED, PhotoState.SKIPPED, reason);
        cycle.counts().skipped();
        cycle.emit(PipelineEvent.Kind.SKIPPED, insert.photo().key(), reason);
    }

    private static void recordSkip(Transaction tx, Cycle cycle, SkippedPhoto skip) throws SQLException {
        String reason = skip.reason().name().toLowerCase(Locale.ROOT).replace('_', ' ') + " (" + skip.detail() + ")";
        PhotoInsert insert = tx.photos().insertIfAbsent(new DiscoveredPhoto(cycle.accountId(), skip.remoteId(),
                null, null, null, null, List.of()));
        if (insert.created()) {
            tx.photos().transition(insert.photo().id(), PhotoState.DISCOVERED, PhotoState.SKIPPED, reason);
            cycle.counts().skipped();
            cycle.emit(PipelineEvent.Kind.SKIPPED, insert.photo().key(), reason);
        }
    }

    static String abbreviate(String text) {
        String line = text.replaceAll("\\s+", " ").strip();
        return line.length() <= 60 ? line : line.substring(0, 57) + "...";
    }
}
