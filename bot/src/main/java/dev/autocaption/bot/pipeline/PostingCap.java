package dev.autocaption.bot.pipeline;

import dev.autocaption.config.AccountConfig;
import dev.autocaption.store.Post;
import dev.autocaption.store.Transaction;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The account's {@code max-posts-per-day}: at most that many writes in any 24 hours, counted from the store's
 * outbox (every write with its time, rolled back or not), so the cap holds across restarts and for every process
 * on the store. The publisher asks before each write; {@code accounts} shows what waits. Stateless.
 */
public final class PostingCap {
    /** The window the cap counts over. */
    public static final Duration WINDOW = Duration.ofHours(24);

    private PostingCap() {
    }

    /**
     * Where the account stands against its cap now.
     *
     * @return null when it has no cap or is below it
     */
    public static Reached check(Transaction tx, AccountConfig account, Instant now) throws SQLException {
        Integer max = account.maxPostsPerDay();
        if (max == null) {
            return null;
        }
        List<Post> written = tx.posts().writtenAfter(account.id(), now.minus(WINDOW));
        if (written.size() < max) {
            return null;
        }
        Instant freeAt = written.get(written.size() - max).postedAt().plus(WINDOW);
        return new Reached(max, written.size(), tx.posts().pendingOf(account.id()).size(), freeAt);
    }

    /**
     * The cap is reached.
     *
     * @param max     the account's max-posts-per-day
     * @param written writes in the last 24 hours
     * @param waiting approved captions waiting to be written
     * @param freeAt  when the next write is allowed again
     */
    public record Reached(int max, int written, int waiting, Instant freeAt) {
        /** "max-posts-per-day 5 reached (5 in the last 24 h); 3 approved wait until {@code freeAtText}". */
        public String describe(String freeAtText) {
            return "max-posts-per-day " + max + " reached (" + written + " in the last 24 h); " + (waiting == 0
                    ? "the next write may go at " : waiting + " approved wait" + (waiting == 1 ? "s" : "")
                    + " until ") + freeAtText;
        }
    }
}
