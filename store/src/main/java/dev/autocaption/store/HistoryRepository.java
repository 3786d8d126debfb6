package dev.autocaption.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The history view behind {@code autocaption history}: one row per photo with its account's platform, its newest
 * captioning (best caption, engine, model, detections), newest decision and newest successful write that was not
 * rolled back (a rolled-back post is no longer the photo's caption). Works on an empty store (no rows).
 * Obtain it from {@link Transaction#history()}.
 */
public final class HistoryRepository {
    private static final String SELECT = "SELECT p.id, p.account_id, p.remote_id, p.state, p.reason,"
            + " p.state_changed_at, c.caption_text, COALESCE(po.score, c.score) AS score, d.source,"
            + " COALESCE(po.model_id, g.model_id) AS model_id, COALESCE(pc.engine, g.engine) AS engine,"
            + " g.id AS generation_id, po.written_text, po.posted_at, po.run_id, a.type AS account_type"
            + " FROM photos p"
            + " JOIN accounts a ON a.id = p.account_id"
            + " LEFT JOIN caption_generations g ON g.photo_id = p.id AND g.generation = (SELECT MAX(g2.generation)"
            + " FROM caption_generations g2 WHERE g2.photo_id = p.id)"
            + " LEFT JOIN caption_candidates c ON c.photo_id = p.id AND c.candidate_rank = 1"
            + " AND c.generation = g.generation"
            + " LEFT JOIN decisions d ON d.id = (SELECT MAX(d2.id) FROM decisions d2 WHERE d2.photo_id = p.id)"
            + " LEFT JOIN posts po ON po.id = (SELECT MAX(po2.id) FROM posts po2 WHERE po2.photo_id = p.id"
            + " AND po2.posted_at IS NOT NULL AND po2.rolled_back_at IS NULL)"
            + " LEFT JOIN caption_candidates pc ON pc.id = po.caption_id"
            + " WHERE 1 = 1";

    private final Connection connection;

    HistoryRepository(Connection connection) {
        this.connection = connection;
    }

    /** The photos matching the query, the most recently changed first. */
    public List<HistoryEntry> find(HistoryQuery query) throws SQLException {
        Objects.requireNonNull(query, "query");
        StringBuilder sql = new StringBuilder(SELECT);
        List<Object> values = new ArrayList<>();
        if (query.accountId() != null) {
            sql.append(" AND p.account_id = ?");
            values.add(query.accountId());
        }
        if (!query.states().isEmpty()) {
            sql.append(" AND p.state IN (").append(String.join(", ", query.states().stream().map(s -> "?").toList()))
                    .append(')');
            query.states().stream().map(PhotoState::code).sorted().forEach(values::add);
        }
        if (query.since() != null) {
            sql.append(" AND p.state_changed_at >= ?");
            values.add(query.since());
        }
        if (query.until() != null) {
            sql.append(" AND p.state_changed_at < ?");
            values.add(query.until());
        }
        if (query.textContains() != null) {
            sql.append(" AND (LOWER(c.caption_text) LIKE ? ESCAPE '\\' OR LOWER(p.human_text) LIKE ? ESCAPE '\\')");
            values.add(SqlValues.likeContains(query.textContains()));
            values.add(SqlValues.likeContains(query.textContains()));
        }
        sql.append(" ORDER BY p.state_changed_at DESC, p.id DESC FETCH FIRST ? ROWS ONLY");
        values.add(query.limit());
        return run(sql.toString(), values);
    }

    private List<HistoryEntry> run(String sql, List<Object> values) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.size(); i++) {
                SqlValues.bind(statement, i + 1, values.get(i));
            }
            List<HistoryEntry> entries = new ArrayList<>();
            Map<Long, Long> generations = new HashMap<>();
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    HistoryEntry entry = read(row);
                    entries.add(entry);
                    Long generation = SqlValues.nullableLong(row, "generation_id");
                    if (generation != null) {
                        generations.put(entry.photoId(), generation);
                    }
                }
            }
            return withDetections(entries, generations);
        }
    }

    /** Adds the newest captioning's detections to each entry ({@code generations}: photo id → generation id). */
    private List<HistoryEntry> withDetections(List<HistoryEntry> entries, Map<Long, Long> generations)
            throws SQLException {
        Map<Long, List<DetectedObject>> detections = GenerationRows.detections(connection, generations.values());
        if (detections.isEmpty()) {
            return entries;
        }
        return entries.stream().map(e -> new HistoryEntry(e.photoId(), e.accountId(), e.remoteId(), e.state(),
                e.reason(), e.captionText(), e.score(), e.decisionSource(), e.modelId(), e.engine(),
                detections.getOrDefault(generations.get(e.photoId()), List.of()), e.postedText(), e.postedAt(),
                e.updatedAt(), e.accountType(), e.runId())).toList();
    }

    private static HistoryEntry read(ResultSet row) throws SQLException {
        String engine = row.getString("engine");
        return new HistoryEntry(row.getLong("id"), row.getString("account_id"), row.getString("remote_id"),
                SqlValues.decode(PhotoState.values(), row.getString("state"), "photos.state"),
                row.getString("reason"), row.getString("caption_text"), SqlValues.nullableDouble(row, "score"),
                SqlValues.decode(DecisionSource.values(), row.getString("source"), "decisions.source"),
                row.getString("model_id"), engine == null ? null : GenerationRows.engine(row), List.of(),
                row.getString("written_text"), SqlValues.instant(row, "posted_at"),
                SqlValues.instant(row, "state_changed_at"),
                SqlValues.accountType(row.getString("account_type"),
                        "accounts.type"),
                SqlValues.nullableLong(row, "run_id"));
    }
}
