package dev.autocaption.store;

import dev.autocaption.config.Engine;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code caption_generations} and {@code detections} rows (migration V3) behind {@link CaptionRepository} and
 * {@link HistoryRepository}; runs on the caller's connection.
 */
final class GenerationRows {
    /** Generation ids per {@code IN (...)} query, well below any driver's parameter limit. */
    private static final int CHUNK = 500;
    private static final String DETECTION_COLUMNS = "generation_id, label, score, box_x, box_y, box_width,"
            + " box_height";

    private GenerationRows() {
    }

    /** Stores the photo's next generation and its detections (ranked in the order given). */
    static CaptionGeneration insert(Connection connection, long photoId, Engine engine, String modelId,
                                    List<DetectedObject> detections, Instant now) throws SQLException {
        int generation = newest(connection, photoId) + 1;
        long id;
        try (PreparedStatement statement = connection.prepareStatement("INSERT INTO caption_generations (photo_id,"
                + " generation, engine, model_id, created_at) VALUES (?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            statement.setLong(1, photoId);
            statement.setInt(2, generation);
            statement.setString(3, engine.configName());
            statement.setString(4, modelId);
            SqlValues.setInstant(statement, 5, now);
            id = SqlValues.insertReturningId(statement);
        }
        insertDetections(connection, id, detections);
        return new CaptionGeneration(id, photoId, generation, engine, modelId, detections, now);
    }

    /** The photo's newest generation number; 0 before its first captioning. */
    static int newest(Connection connection, long photoId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT COALESCE(MAX(generation), 0) FROM caption_generations WHERE photo_id = ?")) {
            statement.setLong(1, photoId);
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        }
    }

    /** The photo's generations with their detections, oldest first. */
    static List<CaptionGeneration> forPhoto(Connection connection, long photoId) throws SQLException {
        List<CaptionGeneration> bare = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement("SELECT id, photo_id, generation, engine,"
                + " model_id, created_at FROM caption_generations WHERE photo_id = ? ORDER BY generation")) {
            statement.setLong(1, photoId);
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    bare.add(new CaptionGeneration(row.getLong("id"), row.getLong("photo_id"),
                            row.getInt("generation"), engine(row), row.getString("model_id"), List.of(),
                            SqlValues.instant(row, "created_at")));
                }
            }
        }
        Map<Long, List<DetectedObject>> detections = detections(connection, bare.stream()
                .map(CaptionGeneration::id).toList());
        return bare.stream().map(g -> new CaptionGeneration(g.id(), g.photoId(), g.generation(), g.engine(),
                g.modelId(), detections.getOrDefault(g.id(), List.of()), g.createdAt())).toList();
    }

    /** The detections of each generation id, by rank; generations without detections are absent. */
    static Map<Long, List<DetectedObject>> detections(Connection connection, Collection<Long> generationIds)
            throws SQLException {
        Map<Long, List<DetectedObject>> byGeneration = new HashMap<>();
        List<Long> ids = List.copyOf(generationIds);
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            String marks = String.join(", ", chunk.stream().map(id -> "?").toList());
            try (PreparedStatement statement = connection.prepareStatement("SELECT " + DETECTION_COLUMNS
                    + " FROM detections WHERE generation_id IN (" + marks + ") ORDER BY generation_id,"
                    + " detection_rank")) {
                for (int i = 0; i < chunk.size(); i++) {
                    statement.setLong(i + 1, chunk.get(i));
                }
                readDetections(statement, byGeneration);
            }
        }
        return byGeneration;
    }

    static Engine engine(ResultSet row) throws SQLException {
        return SqlValues.decode(Engine.values(), Engine::configName, row.getString("engine"),
                "caption_generations.engine");
    }

    private static void insertDetections(Connection connection, long generationId, List<DetectedObject> detections)
            throws SQLException {
        if (detections.isEmpty()) {
            return;
        }
        try (PreparedStatement statement = connection.prepareStatement("INSERT INTO detections (generation_id,"
                + " detection_rank, label, score, box_x, box_y, box_width, box_height)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < detections.size(); i++) {
                DetectedObject detection = detections.get(i);
                statement.setLong(1, generationId);
                statement.setInt(2, i + 1);
                statement.setString(3, detection.label());
                statement.setDouble(4, detection.score());
                statement.setDouble(5, detection.x());
                statement.setDouble(6, detection.y());
                statement.setDouble(7, detection.width());
                statement.setDouble(8, detection.height());
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }

    private static void readDetections(PreparedStatement statement, Map<Long, List<DetectedObject>> byGeneration)
            throws SQLException {
        try (ResultSet row = statement.executeQuery()) {
            while (row.next()) {
                byGeneration.computeIfAbsent(row.getLong("generation_id"), id -> new ArrayList<>())
                        .add(new DetectedObject(row.getString("label"), row.getDouble("score"),
                                row.getDouble("box_x"), row.getDouble("box_y"), row.getDouble("box_width"),
                                row.getDouble("box_height")));
            }
        }
    }
}
