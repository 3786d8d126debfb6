package dev.autocaption.store;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/**
 * Filters for {@link HistoryRepository#find}. A null (or empty) filter matches everything; the filters combine
 * with AND. Start from {@link #all()} and narrow it with the {@code with...} methods.
 *
 * @param accountId    only this account
 * @param states       only photos in one of these states; empty for all
 * @param since        last transition at or after this time
 * @param until        last transition strictly before this time
 * @param textContains the best caption or the person's own text contains this, ignoring case
 * @param limit        at most this many rows, newest first; at least 1
 */
public record HistoryQuery(String accountId, Set<PhotoState> states, Instant since, Instant until,
                           String textContains, int limit) {
    /** The row limit of {@link #all()}. */
    public static final int DEFAULT_LIMIT = 100;

    public HistoryQuery {
        states = states == null || states.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(states));
        Checks.atLeast(limit, 1, "limit");
        if (since != null && until != null && !since.isBefore(until)) {
            throw new IllegalArgumentException("since must be before until, was since " + since + ", until " + until);
        }
        if (textContains != null && textContains.isEmpty()) {
            textContains = null;
        }
    }

    /** Everything, newest first, at most {@link #DEFAULT_LIMIT} rows. */
    public static HistoryQuery all() {
        return new HistoryQuery(null, Set.of(), null, null, null, DEFAULT_LIMIT);
    }

    /** This query restricted to one account. */
    public HistoryQuery withAccount(String account) {
        return new HistoryQuery(account, states, since, until, textContains, limit);
    }

    /** This query restricted to photos in one of {@code only}. */
    public HistoryQuery withStates(Set<PhotoState> only) {
        return new HistoryQuery(accountId, only, since, until, textContains, limit);
    }

    /** This query restricted to last transitions in {@code [from, to)}; either may be null. */
    public HistoryQuery withPeriod(Instant from, Instant to) {
        return new HistoryQuery(accountId, states, from, to, textContains, limit);
    }

    /** This query restricted to photos whose best caption or human text contains {@code text}, ignoring case. */
    public HistoryQuery withText(String text) {
        return new HistoryQuery(accountId, states, since, until, text, limit);
    }

    /** This query with another row limit. */
    public HistoryQuery withLimit(int max) {
        return new HistoryQuery(accountId, states, since, until, textContains, max);
    }
}
