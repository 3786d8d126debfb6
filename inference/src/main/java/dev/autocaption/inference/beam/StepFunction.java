package dev.autocaption.inference.beam;

import dev.autocaption.inference.CaptioningException;

/**
 * One decoder step for a batch of hypotheses: feed each row's last word and state, get its most probable next words
 * and its new state. Implemented by the TensorFlow model (one {@code session.run}) and by scripted test steps.
 */
@FunctionalInterface
public interface StepFunction {
    /**
     * @param words  the last word id of each row
     * @param states each row's state, all the same width
     * @return per row: the candidates (at least as many as the beam size, best first; on equal probability the
     *         lower word id first) and the new state
     */
    StepOutput step(long[] words, float[][] states) throws CaptioningException;
}
