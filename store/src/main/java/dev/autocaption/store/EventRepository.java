package dev.autocaption.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * The event log: what happened, when, to which account, photo and run. Transition events (written by
 * {@link PhotoRepository}) form each photo's transition history. Obtain it from {@link Transaction#events()}.
 */
public final class EventRepository {
    private static final String COLUMNS =
            "id, occurred_at, account_id, photo_id, run_id, kind, from_state, to_state, message";

    private final Connection connection;
    private final Clock clock;

    EventRepository(Connection connection, Clock clock) {
        this.connection = connection;
        this.clock = clock;
    }

    /**
     * Appends an event at the clock's current time. Messages longer than 4000 characters are cut.
     *
     * @param accountId may be null
     * @param photoId   may be null
     * @param runId     may be null
     * @param message   may be null
     */
    public Event append(String accountId, Long photoId, Long runId, EventKind kind, String message)
            throws SQLException {
        return insert(accountId, photoId, runId, kind, null, null, message);
    }

    /** Records a photo's move from {@code from} (null on discovery) to {@code to}. */
    Event transition(String accountId, long photoId, PhotoState from, PhotoState to, String reason)
            throws SQLException {
        return insert(accountId, photoId, null, EventKind.TRANSITION, from, to, reason);
    }

    /** Every event about a photo, oldest first. */
    public List<Event> forPhoto(long photoId) throws SQLException {
        return query("SELECT " + COLUMNS + " FROM events WHERE photo_id = ? ORDER BY id", photoId);
    }

    /** A photo's transitions, oldest first; the first one is its discovery (from null). */
    public List<Event> transitions(long photoId) throws SQLException {
        return query("SELECT " + COLUMNS + " FROM events WHERE photo_id = ? AND kind = 'transition' ORDER BY id",
                photoId);
    }

    /**
     * The newest events, newest first.
     *
     * @param accountId only this account; null for all
     * @param limit     at most this many
     */
    public List<Event> recent(String accountId, int limit) throws SQLException {
        Checks.atLeast(limit, 1, "limit");
        String where = accountId == null ? "" : " WHERE account_id = ?";
        String sql = "SELECT " + COLUMNS + " FROM events" + where + " ORDER BY id DESC FETCH FIRST ? ROWS ONLY";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            int index = 1;
            if (accountId != null) {
                statement.setString(index++, accountId);
            }
            statement.setInt(index, limit);
            return read(statement);
        }
    }

    private Event insert(String accountId, Long photoId, Long runId, EventKind kind, PhotoState from,
                         PhotoState to, String message) throws SQLException {
        String sql = "INSERT INTO events (occurred_at, account_id, photo_id, run_id, kind, from_state, to_state,"
                + " message) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
        try (PreparedStatement statement = connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            var now = clock.instant();
            SqlValues.setInstant(statement, 1, now);
            statement.setString(2, accountId);
            SqlValues.setLong(statement, 3, photoId);
            SqlValues.setLong(statement, 4, runId);
            statement.setString(5, kind.code());
            statement.setString(6, SqlValues.code(from));
            statement.setString(7, SqlValues.code(to));
            statement.setString(8, SqlValues.clip(message));
            long id = SqlValues.insertReturningId(statement);
            return new Event(id, now, accountId, photoId, runId, kind, from, to, SqlValues.clip(message));
        }
    }

    private List<Event> query(String sql, long photoId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, photoId);
            return read(statement);
        }
    }

    private static List<Event> read(PreparedStatement statement) throws SQLException {
        List<Event> events = new ArrayList<>();
        try (ResultSet row = statement.executeQuery()) {
            while (row.next()) {
                events.add(new Event(row.getLong("id"), SqlValues.instant(row, "occurred_at"),
                        row.getString("account_id"), SqlValues.nullableLong(row, "photo_id"),
                        SqlValues.nullableLong(row, "run_id"),
                        SqlValues.decode(EventKind.values(), row.getString("kind"), "events.kind"),
                        SqlValues.decode(PhotoState.values(), row.getString("from_state"), "events.from_state"),
                        SqlValues.decode(PhotoState.values(), row.getString("to_state"), "events.to_state"),
                        row.getString("message")));
            }
        }
        return events;
    }
}
