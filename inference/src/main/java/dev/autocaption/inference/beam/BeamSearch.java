package dev.autocaption.inference.beam;

import dev.autocaption.inference.CaptioningException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * im2txt's beam search (spec section 5) for many images at once. Per image it keeps one global top-{@code beamSize}
 * of partial and of complete captions; each step extends every partial caption of every image by its
 * {@code beamSize} most probable words in a single {@link StepFunction} call. It runs {@code maxLength - 1} steps
 * (so a sentence holds at most {@code maxLength} ids including the start id, like im2txt's
 * {@code max_caption_length}). An image with no complete caption gets its partial ones instead, never a mix.
 *
 * <p>im2txt stops early for an image only when it has no partial caption left. Without length normalisation this
 * search also drops, before each step, every partial caption that can no longer matter: once an image holds
 * {@code beamSize} complete captions, a partial whose log-probability is not above the worst of them can only
 * lose more (each word adds {@code ln p <= 0}) and can never enter, since a newcomer must be strictly better; and
 * whatever partial it would have pushed out of the partial top-N was worse still, so just as hopeless. The result
 * is therefore exactly im2txt's, with fewer rows per step and, once an image has nothing left to extend, fewer
 * steps ({@link #exhaustive} keeps im2txt's literal loop, for comparison). With length normalisation a longer
 * caption can overtake, so nothing is dropped.
 *
 * <p>Stateless between calls and thread-safe.
 */
public final class BeamSearch {
    private static final double MIN_PROBABILITY = 1e-12;

    private final int beamSize;
    private final int maxLength;
    private final double lengthNormalization;
    private final boolean prune;

    /**
     * @param beamSize            hypotheses kept per image (im2txt: 3)
     * @param maxLength           longest sentence in ids including the start id (im2txt: 20)
     * @param lengthNormalization complete captions rank by {@code logp / length^factor}; 0 disables (im2txt: 0)
     */
    public BeamSearch(int beamSize, int maxLength, double lengthNormalization) {
        this(beamSize, maxLength, lengthNormalization, lengthNormalization == 0);
    }

    private BeamSearch(int beamSize, int maxLength, double lengthNormalization, boolean prune) {
        if (beamSize < 1) {
            throw new IllegalArgumentException("beamSize must be at least 1, was " + beamSize);
        }
        if (maxLength < 2) {
            throw new IllegalArgumentException("maxLength must be at least 2, was " + maxLength);
        }
        if (lengthNormalization < 0) {
            throw new IllegalArgumentException("lengthNormalization must not be negative, was " + lengthNormalization);
        }
        this.beamSize = beamSize;
        this.maxLength = maxLength;
        this.lengthNormalization = lengthNormalization;
        this.prune = prune;
    }

    /** im2txt's loop as written: every partial caption is extended for every step, hopeless or not. */
    public static BeamSearch exhaustive(int beamSize, int maxLength, double lengthNormalization) {
        return new BeamSearch(beamSize, maxLength, lengthNormalization, false);
    }

    public int beamSize() {
        return beamSize;
    }

    /**
     * Searches for every image at once.
     *
     * @param initialStates one state per image (from the image step)
     * @return per image, best first: its complete captions, or its partial ones when none completed
     */
    public List<List<Hypothesis>> search(float[][] initialStates, int startId, int endId, StepFunction step)
            throws CaptioningException {
        Search search = new Search(initialStates.length);
        for (int i = 0; i < initialStates.length; i++) {
            search.partial[i].push(new Hypothesis(new int[] {startId}, initialStates[i], 0, 0, false, search.next++));
        }
        for (int t = 0; t < maxLength - 1 && search.extend(endId, step); t++) {
            // extend() does the work; the loop only counts steps
        }
        List<List<Hypothesis>> results = new ArrayList<>(initialStates.length);
        for (int i = 0; i < initialStates.length; i++) {
            results.add(search.complete[i].size() > 0 ? search.complete[i].extract() : search.partial[i].extract());
        }
        return results;
    }

    /** The mutable state of one search call. */
    private final class Search {
        final TopN[] partial;
        final TopN[] complete;
        long next;

        Search(int images) {
            partial = new TopN[images];
            complete = new TopN[images];
            for (int i = 0; i < images; i++) {
                partial[i] = new TopN(beamSize);
                complete[i] = new TopN(beamSize);
            }
        }

        /** One step for all images; false when no image has a partial caption left. */
        boolean extend(int endId, StepFunction step) throws CaptioningException {
            List<Hypothesis> rows = new ArrayList<>();
            List<Integer> owners = new ArrayList<>();
            for (int i = 0; i < partial.length; i++) {
                double floor = prune ? worstComplete(i) : Double.NEGATIVE_INFINITY;
                for (Hypothesis h : partial[i].extract()) {
                    if (h.logProbability() > floor) {
                        rows.add(h);
                        owners.add(i);
                    }
                }
            }
            if (rows.isEmpty()) {
                return false;
            }
            long[] words = new long[rows.size()];
            float[][] states = new float[rows.size()][];
            for (int r = 0; r < rows.size(); r++) {
                words[r] = rows.get(r).lastWord();
                states[r] = rows.get(r).state();
            }
            StepOutput out = step.step(words, states);
            for (int r = 0; r < rows.size(); r++) {
                expand(rows.get(r), owners.get(r), out.words()[r], out.probabilities()[r], out.states()[r], endId);
            }
            return true;
        }

        /** The score a partial caption of {@code image} must beat to still matter; -inf while complete is not full. */
        private double worstComplete(int image) {
            return complete[image].size() < beamSize ? Double.NEGATIVE_INFINITY : complete[image].worstScore();
        }

        private void expand(Hypothesis h, int image, int[] words, float[] probabilities, float[] state, int endId) {
            int candidates = Math.min(beamSize, words.length);
            for (int k = 0; k < candidates; k++) {
                double p = probabilities[k];
                if (p < MIN_PROBABILITY) {
                    continue;
                }
                int[] sentence = Arrays.copyOf(h.sentence(), h.sentence().length + 1);
                sentence[sentence.length - 1] = words[k];
                double logp = h.logProbability() + Math.log(p);
                if (words[k] == endId) {
                    double score = lengthNormalization > 0 ? logp / Math.pow(sentence.length, lengthNormalization)
                            : logp;
                    complete[image].push(new Hypothesis(sentence, state, logp, score, true, next++));
                } else {
                    partial[image].push(new Hypothesis(sentence, state, logp, logp, false, next++));
                }
            }
        }
    }
}
