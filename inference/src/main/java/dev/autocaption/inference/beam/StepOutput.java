package dev.autocaption.inference.beam;

import java.util.Objects;

/**
 * What a {@link StepFunction} returns for {@code n} rows.
 *
 * @param words         {@code [n][k]} candidate word ids, most probable first
 * @param probabilities {@code [n][k]} their probabilities
 * @param states        {@code [n][stateSize]} the state after consuming each row's input word
 */
public record StepOutput(int[][] words, float[][] probabilities, float[][] states) {
    public StepOutput {
        Objects.requireNonNull(words, "words");
        Objects.requireNonNull(probabilities, "probabilities");
        Objects.requireNonNull(states, "states");
        if (words.length != probabilities.length || words.length != states.length) {
            throw new IllegalArgumentException("rows differ: words " + words.length + ", probabilities "
                    + probabilities.length + ", states " + states.length);
        }
    }
}
