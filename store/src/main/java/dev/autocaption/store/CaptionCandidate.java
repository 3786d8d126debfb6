package dev.autocaption.store;

import dev.autocaption.config.Engine;
import java.util.List;
import java.util.Objects;

/**
 * One caption the engine proposed for a photo, before it is stored.
 *
 * @param rank           1 for the best candidate, then 2, 3, ...
 * @param text           the caption
 * @param tokens         the tokens the text was built from (one per element, no line breaks)
 * @param logProbability the sentence log-probability, {@code <= 0}
 * @param probability    p, in [0, 1]
 * @param score          the filter's score (finite; higher is better)
 * @param modelId        which model wrote it
 * @param engine         which engine ran the model
 */
public record CaptionCandidate(int rank, String text, List<String> tokens, double logProbability, double probability,
                               double score, String modelId, Engine engine) {
    public CaptionCandidate {
        Checks.atLeast(rank, 1, "rank");
        Checks.notBlank(text, "text");
        tokens = Checks.lineList(tokens, "tokens");
        if (Double.isNaN(logProbability) || logProbability > 0) {
            throw new IllegalArgumentException("logProbability must be <= 0, was " + logProbability);
        }
        if (!(probability >= 0 && probability <= 1)) {
            throw new IllegalArgumentException("probability must be in [0, 1], was " + probability);
        }
        Checks.finite(score, "score");
        Checks.notBlank(modelId, "modelId");
        Objects.requireNonNull(engine, "engine");
    }
}
