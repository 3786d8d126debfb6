package dev.autocaption.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Where each account's next poll starts. Save the cursor in the same transaction as the photos the poll found, so
 * a crash never skips photos. Each account's cursor is one {@link SavedCursor}. Obtain it from
 * {@link Transaction#pollCursors()}.
 */
public final class PollCursorRepository {
    private final Connection connection;
    private final Clock clock;

    PollCursorRepository(Connection connection, Clock clock) {
        this.connection = connection;
        this.clock = clock;
    }

    /** The account's cursor; empty before its first poll. */
    public Optional<SavedCursor> find(String accountId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT account_id, cursor_value, updated_at FROM poll_cursors WHERE account_id = ?")) {
            statement.setString(1, accountId);
            try (ResultSet row = statement.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                return Optional.of(new SavedCursor(row.getString("account_id"), row.getString("cursor_value"),
                        SqlValues.instant(row, "updated_at")));
            }
        }
    }

    /** Sets the account's cursor (insert or replace). The account must be stored. */
    public SavedCursor save(String accountId, String value) throws SQLException {
        Checks.notBlank(accountId, "accountId");
        Objects.requireNonNull(value, "value");
        Instant now = clock.instant();
        // UPDATE, then INSERT when there was nothing to update: portable, unlike MERGE / ON CONFLICT.
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE poll_cursors SET cursor_value = ?, updated_at = ? WHERE account_id = ?")) {
            update.setString(1, value);
            SqlValues.setInstant(update, 2, now);
            update.setString(3, accountId);
            if (update.executeUpdate() == 0) {
                insert(accountId, value, now);
            }
        }
        return new SavedCursor(accountId, value, now);
    }

    private void insert(String accountId, String value, Instant now) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO poll_cursors (account_id, cursor_value, updated_at) VALUES (?, ?, ?)")) {
            insert.setString(1, accountId);
            insert.setString(2, value);
            SqlValues.setInstant(insert, 3, now);
            insert.executeUpdate();
        }
    }
}
