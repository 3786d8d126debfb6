package dev.autocaption.inference.beam;

import java.util.Arrays;

/**
 * A (partial or complete) caption during and after the search.
 *
 * @param sentence      word ids starting with the start id; a complete one ends with the end id
 * @param state         the state after its last word (not copied; never modified)
 * @param logProbability sum of natural-log probabilities of the generated words
 * @param rankingScore  what the search ranks by: the log-probability, divided by {@code length^factor} for a
 *                      complete caption when length normalisation is on
 * @param complete      whether it ended with the end id
 * @param order         insertion counter; on equal scores the earlier hypothesis wins
 */
public record Hypothesis(int[] sentence, float[] state, double logProbability, double rankingScore,
        boolean complete, long order) {

    /** Number of generated words, the end word included (the start word excluded). */
    public int generatedLength() {
        return sentence.length - 1;
    }

    /**
     * The length-independent confidence: the geometric mean of the generated words' probabilities, in [0, 1].
     */
    public double geometricMeanProbability() {
        return generatedLength() == 0 ? 1.0 : Math.exp(logProbability / generatedLength());
    }

    int lastWord() {
        return sentence[sentence.length - 1];
    }

    @Override
    public String toString() {
        return "Hypothesis" + Arrays.toString(sentence) + " logp=" + logProbability + (complete ? " complete" : "");
    }
}
