package dev.autocaption.inference;

import java.util.List;
import java.util.Objects;

/**
 * One candidate caption for an image.
 *
 * @param text          a clean sentence: capitalised, single spaces, final period, no start/end tokens
 * @param tokens        the raw generated words, without the start and end tokens
 * @param logProbability natural log of the sequence probability (sum over generated words, end token included)
 * @param probability   {@code exp(logProbability)}, the im2txt "p"
 * @param score         a length-independent confidence in [0, 1] (for Show and Tell: the geometric mean of the word
 *                      probabilities, times the image's {@link Familiarity} when the model measures it); this is
 *                      what the filter compares with its thresholds
 */
public record Caption(String text, List<String> tokens, double logProbability, double probability, double score) {
    public Caption {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(tokens, "tokens");
        tokens = List.copyOf(tokens);
        if (!(score >= 0 && score <= 1)) {
            throw new IllegalArgumentException("score must be in [0, 1], was " + score);
        }
        if (!(probability >= 0 && probability <= 1)) {
            throw new IllegalArgumentException("probability must be in [0, 1], was " + probability);
        }
    }

    /** This caption with its score multiplied by {@code factor} in [0, 1] (e.g. a {@link Familiarity} value). */
    public Caption withScoreTimes(double factor) {
        if (!(factor >= 0 && factor <= 1)) {
            throw new IllegalArgumentException("score factor must be in [0, 1], was " + factor);
        }
        return new Caption(text, tokens, logProbability, probability, score * factor);
    }
}
