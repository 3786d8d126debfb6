package dev.autocaption.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Decisions people made about captions, each also written to the event log. Recording a decision does not move
 * the photo: the caller does that with {@link PhotoRepository#transition} in the same transaction. Obtain it from
 * {@link Transaction#decisions()}.
 */
public final class DecisionRepository {
    private static final String COLUMNS = "id, photo_id, action, source, decided_at, edited_text, candidate_rank";

    private final Connection connection;
    private final Clock clock;

    DecisionRepository(Connection connection, Clock clock) {
        this.connection = connection;
        this.clock = clock;
    }

    /**
     * Records a decision at the clock's current time.
     *
     * @param editedText    the person's text; required for edit, null otherwise
     * @param candidateRank the approved candidate; null for the best one, and for reject and edit
     * @throws IllegalArgumentException when the shape does not fit the action, or no photo has this id
     */
    public Decision record(long photoId, DecisionAction action, DecisionSource source, String editedText,
                           Integer candidateRank) throws SQLException {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(source, "source");
        Decision.checkShape(action, editedText, candidateRank);
        Photo photo = new PhotoRepository(connection, clock).find(photoId)
                .orElseThrow(() -> new IllegalArgumentException("unknown photo id " + photoId));
        Instant now = clock.instant();
        String sql = "INSERT INTO decisions (photo_id, action, source, decided_at, edited_text, candidate_rank)"
                + " VALUES (?, ?, ?, ?, ?, ?)";
        long id;
        try (PreparedStatement statement = connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            statement.setLong(1, photoId);
            statement.setString(2, action.code());
            statement.setString(3, source.code());
            SqlValues.setInstant(statement, 4, now);
            statement.setString(5, editedText);
            SqlValues.setInteger(statement, 6, candidateRank);
            id = SqlValues.insertReturningId(statement);
        }
        new EventRepository(connection, clock).append(photo.accountId(), photoId, null, EventKind.DECISION,
                action.code() + " from " + source.code() + (candidateRank == null ? "" : ", candidate " + candidateRank));
        return new Decision(id, photoId, action, source, now, editedText, candidateRank);
    }

    /** The newest decision about a photo. */
    public Optional<Decision> latest(long photoId) throws SQLException {
        List<Decision> all = forPhoto(photoId);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }

    /** Every decision about a photo, oldest first. */
    public List<Decision> forPhoto(long photoId) throws SQLException {
        List<Decision> decisions = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT " + COLUMNS + " FROM decisions WHERE photo_id = ? ORDER BY id")) {
            statement.setLong(1, photoId);
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    decisions.add(new Decision(row.getLong("id"), row.getLong("photo_id"),
                            SqlValues.decode(DecisionAction.values(), row.getString("action"), "decisions.action"),
                            SqlValues.decode(DecisionSource.values(), row.getString("source"), "decisions.source"),
                            SqlValues.instant(row, "decided_at"), row.getString("edited_text"),
                            SqlValues.nullableInteger(row, "candidate_rank")));
                }
            }
        }
        return decisions;
    }
}
