package dev.autocaption.bot.connector;

import dev.autocaption.config.AccountConfig;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Where the last poll of an account stopped. Store it with {@link #toToken()} and read it back with
 * {@link #parse(String)}; the daemon never needs to look inside.
 *
 * @param highWaterMark the newest upload time fully processed; the next poll asks for photos from here (minus
 *                      the source's overlap window)
 * @param recentIds     ids already returned near the high-water mark, so the overlap window yields no duplicates
 *                      (at most {@link #MAX_RECENT_IDS}, newest kept)
 * @param resumeToken   a platform paging token when a newest-first walk (Facebook) stopped half way; else null
 * @param pendingMark   the newest upload time seen by an unfinished newest-first walk; becomes the high-water
 *                      mark when the walk completes; else null
 */
public record PollCursor(Instant highWaterMark, List<String> recentIds, String resumeToken, Instant pendingMark) {

    /** Bound on {@link #recentIds()}, so a stored cursor stays small. */
    public static final int MAX_RECENT_IDS = 500;
    private static final String VERSION = "v1";
    private static final String NONE = "-";

    public PollCursor {
        Objects.requireNonNull(highWaterMark, "highWaterMark");
        recentIds = List.copyOf(Objects.requireNonNull(recentIds, "recentIds"));
        if (recentIds.size() > MAX_RECENT_IDS) {
            recentIds = recentIds.subList(recentIds.size() - MAX_RECENT_IDS, recentIds.size());
        }
        if (resumeToken != null && (resumeToken.isBlank() || resumeToken.contains("|"))) {
            throw new IllegalArgumentException("resumeToken must be non-blank without '|', was " + resumeToken);
        }
    }

    /** A cursor that yields every photo uploaded at or after {@code start}. */
    public static PollCursor startingAt(Instant start) {
        return new PollCursor(start, List.of(), null, null);
    }

    /**
     * The cursor for an account's first poll: the whole history when {@code backfill} is set, else photos newer
     * than {@code since}, else newer than the time the account was added.
     */
    public static PollCursor initial(AccountConfig account, Instant accountAdded) {
        Objects.requireNonNull(accountAdded, "accountAdded");
        if (account.backfill()) {
            return startingAt(Instant.EPOCH);
        }
        return startingAt(account.since() != null ? account.since() : accountAdded);
    }

    /** True while a newest-first walk is unfinished. */
    public boolean walking() {
        return resumeToken != null;
    }

    /** The same cursor with more ids remembered (duplicates dropped, oldest evicted first). */
    public PollCursor remembering(List<String> ids) {
        Set<String> merged = new LinkedHashSet<>(recentIds);
        merged.addAll(ids);
        return new PollCursor(highWaterMark, new ArrayList<>(merged), resumeToken, pendingMark);
    }

    /**
     * The same cursor with its marks no later than {@code limit} (now): an upload time in the future, from a wrong
     * clock or a hostile answer, must not become the mark, or every photo uploaded before it would stay unseen.
     */
    public PollCursor notAfter(Instant limit) {
        Objects.requireNonNull(limit, "limit");
        return new PollCursor(highWaterMark.isAfter(limit) ? limit : highWaterMark, recentIds, resumeToken,
                pendingMark != null && pendingMark.isAfter(limit) ? limit : pendingMark);
    }

    /** A single-line text form for the store: {@code v1|<epoch s>|<pending s or ->|<resume or ->|id,id,...}. */
    public String toToken() {
        return String.join("|", VERSION, Long.toString(highWaterMark.getEpochSecond()),
                pendingMark == null ? NONE : Long.toString(pendingMark.getEpochSecond()),
                resumeToken == null ? NONE : resumeToken, String.join(",", recentIds));
    }

    /** Reads {@link #toToken()} output back. */
    public static PollCursor parse(String token) {
        Objects.requireNonNull(token, "token");
        String[] parts = token.split("\\|", -1);
        if (parts.length != 5 || !VERSION.equals(parts[0])) {
            throw new IllegalArgumentException(
                    "poll cursor must look like v1|<epoch>|<pending>|<resume>|<ids>, was " + token);
        }
        try {
            Instant mark = Instant.ofEpochSecond(Long.parseLong(parts[1]));
            Instant pending = NONE.equals(parts[2]) ? null : Instant.ofEpochSecond(Long.parseLong(parts[2]));
            String resume = NONE.equals(parts[3]) ? null : parts[3];
            List<String> ids = parts[4].isEmpty() ? List.of() : List.of(parts[4].split(","));
            return new PollCursor(mark, ids, resume, pending);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("poll cursor has a bad timestamp: " + token, e);
        }
    }
}
