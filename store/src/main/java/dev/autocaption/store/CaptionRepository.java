package dev.autocaption.store;

import dev.autocaption.config.Engine;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Caption candidates and the captionings they came from. Each {@link #saveCandidates} or {@link #saveUncaptioned}
 * call is a new generation of the photo ({@link CaptionGeneration}: engine, model, detections); earlier generations
 * stay for the audit trail. Obtain it from {@link Transaction#captions()}.
 */
public final class CaptionRepository {
    private static final String COLUMNS = "id, photo_id, generation, candidate_rank, caption_text, tokens,"
            + " log_probability, probability, score, model_id, engine, created_at";

    private final Connection connection;
    private final Clock clock;

    CaptionRepository(Connection connection, Clock clock) {
        this.connection = connection;
        this.clock = clock;
    }

    /** Stores one captioning of a photo (with no detections) as its newest generation; see the overload. */
    public List<StoredCaption> saveCandidates(long photoId, List<CaptionCandidate> candidates) throws SQLException {
        return saveCandidates(photoId, candidates, List.of());
    }

    /**
     * Stores one captioning of a photo as its newest generation: the candidates, and the engine, model and
     * detections of the {@link CaptionGeneration} they belong to.
     *
     * @param candidates ranked 1, 2, ..., n without gaps (in any order), all from one engine and model
     * @param detections what a detector engine saw, stored in this order; empty for other engines
     * @return the stored candidates, by rank
     * @throws IllegalArgumentException when the list is empty, the ranks are not 1..n or the candidates name more
     *                                  than one engine or model
     */
    public List<StoredCaption> saveCandidates(long photoId, List<CaptionCandidate> candidates,
                                        List<DetectedObject> detections) throws SQLException {
        List<CaptionCandidate> ranked = checkRanks(photoId, candidates);
        CaptionCandidate best = ranked.get(0);
        checkOneModel(photoId, ranked);
        CaptionGeneration generation = GenerationRows.insert(connection, photoId, best.engine(), best.modelId(),
                List.copyOf(Objects.requireNonNull(detections, "detections")), clock.instant());
        List<StoredCaption> saved = new ArrayList<>();
        String sql = "INSERT INTO caption_candidates (photo_id, generation, candidate_rank, caption_text, tokens,"
                + " log_probability, probability, score, model_id, engine, created_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        try (PreparedStatement statement = connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            for (CaptionCandidate candidate : ranked) {
                bind(statement, photoId, generation.generation(), candidate, generation.createdAt());
                saved.add(new StoredCaption(SqlValues.insertReturningId(statement), photoId, generation.generation(),
                        candidate, generation.createdAt()));
            }
        }
        return saved;
    }

    /**
     * Stores a captioning that produced no caption (the detector recognised nothing it is sure of) as the photo's
     * newest generation, so the history still says which engine and model looked and what they saw. After it,
     * {@link #latest} is empty until the next captioning.
     *
     * @param detections what a detector engine saw (all below its caption threshold), stored in this order
     */
    public CaptionGeneration saveUncaptioned(long photoId, Engine engine, String modelId,
                                             List<DetectedObject> detections) throws SQLException {
        Objects.requireNonNull(engine, "engine");
        Checks.notBlank(modelId, "modelId");
        return GenerationRows.insert(connection, photoId, engine, modelId,
                List.copyOf(Objects.requireNonNull(detections, "detections")), clock.instant());
    }

    /** The photo's newest captioning with its detections; empty before the photo was captioned. */
    public Optional<CaptionGeneration> latestGeneration(long photoId) throws SQLException {
        List<CaptionGeneration> all = GenerationRows.forPhoto(connection, photoId);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }

    /** Every captioning of the photo with its detections, oldest first. */
    public List<CaptionGeneration> generations(long photoId) throws SQLException {
        return GenerationRows.forPhoto(connection, photoId);
    }

    /**
     * The newest generation's candidates, by rank; empty before the photo was captioned, and when its newest
     * captioning produced no caption ({@link #saveUncaptioned}).
     */
    public List<StoredCaption> latest(long photoId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT " + COLUMNS
                + " FROM caption_candidates WHERE photo_id = ? AND generation = (SELECT MAX(generation)"
                + " FROM caption_generations WHERE photo_id = ?) ORDER BY candidate_rank")) {
            statement.setLong(1, photoId);
            statement.setLong(2, photoId);
            return read(statement);
        }
    }

    /** The newest generation's rank-1 candidate. */
    public Optional<StoredCaption> best(long photoId) throws SQLException {
        return latest(photoId).stream().findFirst();
    }

    /** Every candidate of every generation, oldest generation first, then by rank. */
    public List<StoredCaption> forPhoto(long photoId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT " + COLUMNS
                + " FROM caption_candidates WHERE photo_id = ? ORDER BY generation, candidate_rank")) {
            statement.setLong(1, photoId);
            return read(statement);
        }
    }

    /** One candidate by its store id. */
    public Optional<StoredCaption> find(long captionId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT " + COLUMNS + " FROM caption_candidates WHERE id = ?")) {
            statement.setLong(1, captionId);
            return read(statement).stream().findFirst();
        }
    }

    private static List<CaptionCandidate> checkRanks(long photoId, List<CaptionCandidate> candidates) {
        if (candidates == null || candidates.isEmpty()) {
            throw new IllegalArgumentException("photo id " + photoId + ": at least one caption candidate is needed");
        }
        List<CaptionCandidate> ranked = candidates.stream()
                .sorted(Comparator.comparingInt(CaptionCandidate::rank)).toList();
        for (int i = 0; i < ranked.size(); i++) {
            if (ranked.get(i).rank() != i + 1) {
                throw new IllegalArgumentException("photo id " + photoId + ": candidate ranks must be 1.."
                        + ranked.size() + " without gaps or repeats, were "
                        + ranked.stream().map(CaptionCandidate::rank).toList());
            }
        }
        return ranked;
    }

    private static void checkOneModel(long photoId, List<CaptionCandidate> ranked) {
        CaptionCandidate best = ranked.get(0);
        for (CaptionCandidate candidate : ranked) {
            if (candidate.engine() != best.engine() || !candidate.modelId().equals(best.modelId())) {
                throw new IllegalArgumentException("photo id " + photoId + ": the candidates of one captioning must"
                        + " come from one engine and model, were " + ranked.stream().map(c -> c.engine().configName()
                        + "/" + c.modelId()).distinct().toList());
            }
        }
    }

    private static void bind(PreparedStatement statement, long photoId, int generation, CaptionCandidate candidate,
                             Instant now) throws SQLException {
        statement.setLong(1, photoId);
        statement.setInt(2, generation);
        statement.setInt(3, candidate.rank());
        statement.setString(4, candidate.text());
        statement.setString(5, SqlValues.joinLines(candidate.tokens()));
        statement.setDouble(6, candidate.logProbability());
        statement.setDouble(7, candidate.probability());
        statement.setDouble(8, candidate.score());
        statement.setString(9, candidate.modelId());
        statement.setString(10, candidate.engine().configName());
        SqlValues.setInstant(statement, 11, now);
    }

    private static List<StoredCaption> read(PreparedStatement statement) throws SQLException {
        List<StoredCaption> captions = new ArrayList<>();
        try (ResultSet row = statement.executeQuery()) {
            while (row.next()) {
                CaptionCandidate candidate = new CaptionCandidate(row.getInt("candidate_rank"),
                        row.getString("caption_text"), SqlValues.splitLines(row.getString("tokens")),
                        row.getDouble("log_probability"), row.getDouble("probability"), row.getDouble("score"),
                        row.getString("model_id"), SqlValues.decode(Engine.values(), Engine::configName,
                        row.getString("engine"), "caption_candidates.engine"));
                captions.add(new StoredCaption(row.getLong("id"), row.getLong("photo_id"), row.getInt("generation"),
                        candidate, SqlValues.instant(row, "created_at")));
            }
        }
        return captions;
    }
}
