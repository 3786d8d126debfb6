package dev.autocaption.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Photos and their states. Every state change checks the state the caller expects and the moves
 * {@link PhotoState} allows, and is written to the event log in the same transaction. Obtain it from
 * {@link Transaction#photos()}.
 */
public final class PhotoRepository {
    private static final String COLUMNS = "id, account_id, remote_id, image_url, uploaded_at, title, human_text,"
            + " tags, state, reason, discovered_at, state_changed_at, attempts, next_attempt_at";

    private final Connection connection;
    private final Clock clock;

    PhotoRepository(Connection connection, Clock clock) {
        this.connection = connection;
        this.clock = clock;
    }

    /**
     * Stores a newly seen photo in state {@link PhotoState#DISCOVERED}, unless (account, remote id) is already
     * stored, in which case the stored photo is returned unchanged with {@code created == false}.
     * The account must be stored first ({@link AccountRepository#upsert}).
     */
    public PhotoInsert insertIfAbsent(DiscoveredPhoto photo) throws SQLException {
        Objects.requireNonNull(photo, "photo");
        Optional<Photo> existing = find(photo.accountId(), photo.remoteId());
        if (existing.isPresent()) {
            return new PhotoInsert(existing.get(), false);
        }
        // A savepoint, because PostgreSQL refuses every further statement of a transaction after a failed one.
        Savepoint beforeInsert = connection.setSavepoint();
        try {
            PhotoInsert inserted = new PhotoInsert(insert(photo), true);
            connection.releaseSavepoint(beforeInsert);
            return inserted;
        } catch (SQLException raced) {
            if (!SqlValues.isUniqueViolation(raced)) {
                throw raced;
            }
            // Another process inserted the same photo between our look-up and our insert.
            connection.rollback(beforeInsert);
            return find(photo.accountId(), photo.remoteId())
                    .map(stored -> new PhotoInsert(stored, false))
                    .orElseThrow(() -> raced);
        }
    }

    /** The photo with this store id, if any. */
    public Optional<Photo> find(long id) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT " + COLUMNS + " FROM photos WHERE id = ?")) {
            statement.setLong(1, id);
            return read(statement).stream().findFirst();
        }
    }

    /** The photo with this remote id on this account, if stored. */
    public Optional<Photo> find(String accountId, String remoteId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT " + COLUMNS + " FROM photos WHERE account_id = ? AND remote_id = ?")) {
            statement.setString(1, accountId);
            statement.setString(2, remoteId);
            return read(statement).stream().findFirst();
        }
    }

    /**
     * Photos in one state, the longest-waiting first: the daemon's work lists.
     *
     * @param accountId only this account; null for all
     * @param limit     at most this many
     */
    public List<Photo> inState(String accountId, PhotoState state, int limit) throws SQLException {
        Objects.requireNonNull(state, "state");
        Checks.atLeast(limit, 1, "limit");
        String account = accountId == null ? "" : " AND account_id = ?";
        try (PreparedStatement statement = connection.prepareStatement("SELECT " + COLUMNS
                + " FROM photos WHERE state = ?" + account + " ORDER BY state_changed_at, id FETCH FIRST ? ROWS ONLY")) {
            int index = 1;
            statement.setString(index++, state.code());
            if (accountId != null) {
                statement.setString(index++, accountId);
            }
            statement.setInt(index, limit);
            return read(statement);
        }
    }

    /**
     * Photos in one state whose current step is due at {@code now} (no retry time, or one that has come), the
     * longest-waiting first: what a cycle works on. A photo waiting for its own retry time is left for later.
     */
    public List<Photo> due(String accountId, PhotoState state, Instant now, int limit) throws SQLException {
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(now, "now");
        Checks.atLeast(limit, 1, "limit");
        try (PreparedStatement statement = connection.prepareStatement("SELECT " + COLUMNS
                + " FROM photos WHERE account_id = ? AND state = ? AND (next_attempt_at IS NULL OR next_attempt_at <= ?)"
                + " ORDER BY state_changed_at, id FETCH FIRST ? ROWS ONLY")) {
            statement.setString(1, accountId);
            statement.setString(2, state.code());
            SqlValues.setInstant(statement, 3, now);
            statement.setInt(4, limit);
            return read(statement);
        }
    }

    /**
     * Records a failed attempt of the photo's current step without moving it: counts the attempt, keeps the reason
     * and sets when to try again. Logged as an {@link EventKind#ERROR} event in the same transaction.
     *
     * @param expected the state the photo must be in (it stays there)
     * @param runId    the run of the cycle that tried; may be null
     * @return the photo as it is now
     * @throws StateTransitionException when the photo is not in {@code expected}
     */
    public Photo retryLater(long photoId, PhotoState expected, String reason, Instant nextAttemptAt, Long runId)
            throws SQLException {
        Objects.requireNonNull(expected, "expected");
        Objects.requireNonNull(nextAttemptAt, "nextAttemptAt");
        Checks.notBlank(reason, "reason");
        Photo photo = require(photoId);
        if (photo.state() != expected) {
            throw new StateTransitionException(photo.key(), expected, photo.state(), expected, "photo " + photo.key()
                    + ": cannot record a retry of " + expected.code() + ": it is " + photo.state().code());
        }
        try (PreparedStatement statement = connection.prepareStatement("UPDATE photos SET attempts = attempts + 1,"
                + " next_attempt_at = ?, reason = ? WHERE id = ? AND state = ?")) {
            SqlValues.setInstant(statement, 1, nextAttemptAt);
            statement.setString(2, SqlValues.clip(reason));
            statement.setLong(3, photoId);
            statement.setString(4, expected.code());
            statement.executeUpdate();
        }
        new EventRepository(connection, clock).append(photo.accountId(), photoId, runId, EventKind.ERROR,
                "attempt " + (photo.attempts() + 1) + " failed, next try at " + nextAttemptAt + ": " + reason);
        return require(photoId);
    }

    /** How many photos are in each state (states with none are absent). */
    public Map<PhotoState, Integer> countByState(String accountId) throws SQLException {
        String where = accountId == null ? "" : " WHERE account_id = ?";
        Map<PhotoState, Integer> counts = new EnumMap<>(PhotoState.class);
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT state, COUNT(*) AS photos FROM photos" + where + " GROUP BY state")) {
            if (accountId != null) {
                statement.setString(1, accountId);
            }
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    counts.put(SqlValues.decode(PhotoState.values(), row.getString("state"), "photos.state"),
                            row.getInt("photos"));
                }
            }
        }
        return counts;
    }

    /**
     * Moves a photo from {@code from} to {@code to} and logs the transition.
     *
     * @param reason why (stored on the photo and in the event); required for failed and skipped, else may be null
     * @return the photo as it is now
     * @throws StateTransitionException when the photo is not in {@code from}, or the move is not allowed
     * @throws IllegalArgumentException when no photo has this id, or a required reason is missing
     */
    public Photo transition(long photoId, PhotoState from, PhotoState to, String reason) throws SQLException {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.requiresReason() && (reason == null || reason.isBlank())) {
            throw new IllegalArgumentException("moving photo id " + photoId + " to " + to.code()
                    + " needs a reason, was " + reason);
        }
        Photo photo = require(photoId);
        checkMove(photo, from, to);
        Instant now = clock.instant();
        try (PreparedStatement statement = connection.prepareStatement(
                "UPDATE photos SET state = ?, reason = ?, state_changed_at = ?, next_attempt_at = NULL,"
                        + " attempts = CASE WHEN ? THEN attempts ELSE 0 END WHERE id = ? AND state = ?")) {
            statement.setString(1, to.code());
            statement.setString(2, SqlValues.clip(reason));
            SqlValues.setInstant(statement, 3, now);
            statement.setBoolean(4, to == PhotoState.FAILED);
            statement.setLong(5, photoId);
            statement.setString(6, from.code());
            if (statement.executeUpdate() == 0) {
                checkMove(require(photoId), from, to);
                throw new IllegalStateException("photo " + photo.key() + " (id " + photoId + ") did not move from "
                        + from.code() + " to " + to.code() + " although it is in " + from.code());
            }
        }
        new EventRepository(connection, clock).transition(photo.accountId(), photoId, from, to, reason);
        return require(photoId);
    }

    /** Stores the text the person has on the photo now (re-read just before writing). */
    public Photo recordHumanText(long photoId, String humanText) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "UPDATE photos SET human_text = ? WHERE id = ?")) {
            statement.setString(1, humanText);
            statement.setLong(2, photoId);
            if (statement.executeUpdate() == 0) {
                throw new IllegalArgumentException("unknown photo id " + photoId);
            }
        }
        return require(photoId);
    }

    private static void checkMove(Photo photo, PhotoState from, PhotoState to) {
        if (photo.state() != from) {
            throw new StateTransitionException(photo.key(), from, photo.state(), to, "photo " + photo.key()
                    + " (id " + photo.id() + "): cannot move from " + from.code() + " to " + to.code() + ": it is "
                    + photo.state().code());
        }
        if (!from.canMoveTo(to)) {
            throw new StateTransitionException(photo.key(), from, photo.state(), to, "photo " + photo.key()
                    + " (id " + photo.id() + "): moving from " + from.code() + " to " + to.code()
                    + " is not allowed; from " + from.code() + " it may move to "
                    + from.next().stream().map(PhotoState::code).toList());
        }
    }

    private Photo insert(DiscoveredPhoto photo) throws SQLException {
        Instant now = clock.instant();
        String sql = "INSERT INTO photos (account_id, remote_id, image_url, uploaded_at, title, human_text, tags,"
                + " state, discovered_at, state_changed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        long id;
        try (PreparedStatement statement = connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            statement.setString(1, photo.accountId());
            statement.setString(2, photo.remoteId());
            statement.setString(3, photo.imageUrl());
            SqlValues.setInstant(statement, 4, photo.uploadedAt());
            statement.setString(5, photo.title());
            statement.setString(6, photo.humanText());
            statement.setString(7, SqlValues.joinLines(photo.tags()));
            statement.setString(8, PhotoState.DISCOVERED.code());
            SqlValues.setInstant(statement, 9, now);
            SqlValues.setInstant(statement, 10, now);
            id = SqlValues.insertReturningId(statement);
        }
        new EventRepository(connection, clock).transition(photo.accountId(), id, null, PhotoState.DISCOVERED, null);
        return require(id);
    }

    private Photo require(long photoId) throws SQLException {
        return find(photoId).orElseThrow(() -> new IllegalArgumentException("unknown photo id " + photoId));
    }

    private static List<Photo> read(PreparedStatement statement) throws SQLException {
        List<Photo> photos = new ArrayList<>();
        try (ResultSet row = statement.executeQuery()) {
            while (row.next()) {
                photos.add(new Photo(row.getLong("id"), row.getString("account_id"), row.getString("remote_id"),
                        row.getString("image_url"), SqlValues.instant(row, "uploaded_at"), row.getString("title"),
                        row.getString("human_text"), SqlValues.splitLines(row.getString("tags")),
                        SqlValues.decode(PhotoState.values(), row.getString("state"), "photos.state"),
                        row.getString("reason"), SqlValues.instant(row, "discovered_at"),
                        SqlValues.instant(row, "state_changed_at"), row.getInt("attempts"),
                        SqlValues.instant(row, "next_attempt_at")));
            }
        }
        return photos;
    }
}
