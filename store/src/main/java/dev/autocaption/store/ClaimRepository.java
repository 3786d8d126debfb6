package dev.autocaption.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Work claimed by one cluster instance: photos to caption and outbox entries to write, taken with
 * {@code SELECT ... FOR UPDATE SKIP LOCKED} so that instances claiming at the same moment take disjoint rows, and
 * marked with the claimant and an expiry ({@code claimed_by}, {@code claim_expires}); a claim past its expiry (its
 * instance died or stalled) is free to take again. A single daemon does not use claims.
 */
public final class ClaimRepository {
    private static final String FREE = "(claim_expires IS NULL OR claim_expires < ?)";

    private final Connection connection;
    private final Clock clock;

    ClaimRepository(Connection connection, Clock clock) {
        this.connection = connection;
        this.clock = clock;
    }

    /**
     * Claims up to {@code limit} due {@code discovered} photos of the account that nobody holds (or whose claim
     * expired), oldest first, for {@code lease}.
     */
    public List<Photo> claimPhotosToCaption(String owner, String accountId, Duration lease, int limit)
            throws SQLException {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(accountId, "accountId");
        Checks.atLeast(limit, 1, "limit");
        Instant now = clock.instant();
        List<Long> ids = lockedIds("SELECT id FROM photos WHERE account_id = ? AND state = ?"
                + " AND (next_attempt_at IS NULL OR next_attempt_at <= ?) AND " + FREE
                + " ORDER BY state_changed_at, id FETCH FIRST ? ROWS ONLY FOR UPDATE SKIP LOCKED",
                accountId, PhotoState.DISCOVERED.code(), now, now, limit);
        List<Photo> claimed = new ArrayList<>();
        PhotoRepository photos = new PhotoRepository(connection, clock);
        for (long id : ids) {
            setClaim("photos", id, owner, now.plus(lease));
            claimed.add(photos.find(id).orElseThrow());
        }
        return claimed;
    }

    /** Extends this owner's claims on these photos by {@code lease} from now; returns how many it still holds. */
    public int renewPhotos(String owner, List<Long> photoIds, Duration lease) throws SQLException {
        int renewed = 0;
        for (long id : photoIds) {
            try (PreparedStatement statement = connection.prepareStatement(
                    "UPDATE photos SET claim_expires = ? WHERE id = ? AND claimed_by = ?")) {
                SqlValues.setInstant(statement, 1, clock.instant().plus(lease));
                statement.setLong(2, id);
                statement.setString(3, owner);
                renewed += statement.executeUpdate();
            }
        }
        return renewed;
    }

    /** Drops this owner's claims on these photos (done with them, whatever their state now). */
    public void releasePhotos(String owner, List<Long> photoIds) throws SQLException {
        for (long id : photoIds) {
            release("photos", id, owner);
        }
    }

    /**
     * Claims the account's oldest due pending outbox entry that nobody holds, for {@code lease}, and moves it to
     * claimed (counting an attempt) as {@link PostRepository#claimNext} does.
     */
    public Optional<Post> claimPostToWrite(String owner, String accountId, Duration lease) throws SQLException {
        Instant now = clock.instant();
        List<Long> ids = lockedIds("SELECT id FROM posts WHERE state = ? AND next_attempt_at <= ? AND " + FREE
                + " AND photo_id IN (SELECT id FROM photos WHERE account_id = ?)"
                + " ORDER BY next_attempt_at, id FETCH FIRST 1 ROWS ONLY FOR UPDATE SKIP LOCKED",
                PostState.PENDING.code(), now, now, accountId);
        if (ids.isEmpty()) {
            return Optional.empty();
        }
        setClaim("posts", ids.get(0), owner, now.plus(lease));
        return Optional.of(new PostRepository(connection, clock).claim(ids.get(0)));
    }

    /**
     * Takes over the account's entries left claimed by an instance whose claim expired (or by a single daemon
     * that had no claim), so that they are finished from the re-read; each is this owner's for {@code lease}.
     */
    public List<Post> takeOverAbandonedPosts(String owner, String accountId, Duration lease) throws SQLException {
        Instant now = clock.instant();
        List<Long> ids = lockedIds("SELECT id FROM posts WHERE state = ? AND " + FREE
                + " AND photo_id IN (SELECT id FROM photos WHERE account_id = ?) ORDER BY id FOR UPDATE SKIP LOCKED",
                PostState.CLAIMED.code(), now, accountId);
        List<Post> taken = new ArrayList<>();
        PostRepository posts = new PostRepository(connection, clock);
        for (long id : ids) {
            setClaim("posts", id, owner, now.plus(lease));
            taken.add(posts.find(id).orElseThrow());
        }
        return taken;
    }

    /** Drops this owner's claim on the entry. */
    public void releasePost(String owner, long postId) throws SQLException {
        release("posts", postId, owner);
    }

    /** Who holds the row's claim and until when; empty when nobody ever claimed it or it was released. */
    public Optional<Claim> claimOf(String table, long id) throws SQLException {
        if (!table.equals("photos") && !table.equals("posts")) {
            throw new IllegalArgumentException("claims are kept on photos and posts, not on " + table);
        }
        try (PreparedStatement statement = connection.prepareStatement("SELECT claimed_by, claim_expires FROM "
                + table + " WHERE id = ? AND claimed_by IS NOT NULL")) {
            statement.setLong(1, id);
            try (ResultSet row = statement.executeQuery()) {
                return row.next() ? Optional.of(new Claim(row.getString(1), SqlValues.instant(row, "claim_expires")))
                        : Optional.empty();
            }
        }
    }

    /** A claim: its holder and its expiry. */
    public record Claim(String owner, Instant expires) {
    }

    private List<Long> lockedIds(String sql, Object... values) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                SqlValues.bind(statement, i + 1, values[i]);
            }
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    ids.add(row.getLong(1));
                }
            }
        }
        return ids;
    }

    private void setClaim(String table, long id, String owner, Instant expires) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("UPDATE " + table
                + " SET claimed_by = ?, claim_expires = ? WHERE id = ?")) {
            statement.setString(1, owner);
            SqlValues.setInstant(statement, 2, expires);
            statement.setLong(3, id);
            statement.executeUpdate();
        }
    }

    private void release(String table, long id, String owner) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("UPDATE " + table
                + " SET claimed_by = NULL, claim_expires = NULL WHERE id = ? AND claimed_by = ?")) {
            statement.setLong(1, id);
            statement.setString(2, owner);
            statement.executeUpdate();
        }
    }
}
