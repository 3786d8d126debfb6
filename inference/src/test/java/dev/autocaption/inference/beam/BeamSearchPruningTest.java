package dev.autocaption.inference.beam;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BeamSearchPruningTest {
    private static final int START = 1;
    private static final int END = 2;

    @Test
    void droppingHopelessPartialCaptionsFindsExactlyWhatTheExhaustiveSearchFinds() throws Exception {
        long prunedRows = 0;
        long exhaustiveRows = 0;
        for (long seed = 0; seed < 300; seed++) {
            float[][] images = new float[1 + (int) (seed % 4)][];
            for (int i = 0; i < images.length; i++) {
                images[i] = new float[] {seed * 10 + i};
            }
            int beam = 1 + (int) (seed % 3);
            HashedStep pruning = new HashedStep(7);
            HashedStep exhaustive = new HashedStep(7);

            List<List<Hypothesis>> fast = new BeamSearch(beam, 12, 0).search(images, START, END, pruning);
            List<List<Hypothesis>> full = BeamSearch.exhaustive(beam, 12, 0).search(images, START, END, exhaustive);

            assertThat(describe(fast)).as("seed %d", seed).isEqualTo(describe(full));
            assertThat(pruning.rows).as("seed %d", seed).isLessThanOrEqualTo(exhaustive.rows);
            prunedRows += pruning.rows;
            exhaustiveRows += exhaustive.rows;
        }
        assertThat(prunedRows).isLessThan(exhaustiveRows * 3 / 4);
    }

    private static List<String> describe(List<List<Hypothesis>> results) {
        List<String> out = new ArrayList<>();
        for (List<Hypothesis> image : results) {
            for (Hypothesis h : image) {
                out.add(Arrays.toString(h.sentence()) + " " + h.logProbability() + " " + h.complete());
            }
            out.add("|");
        }
        return out;
    }

    /**
     * A step whose next-word distribution is a pseudo-random function of the image and the words so far (kept in
     * the state), with the end word made likely enough that captions complete at different lengths.
     */
    private static final class HashedStep implements StepFunction {
        private final int vocabulary;
        long rows;

        HashedStep(int vocabulary) {
            this.vocabulary = vocabulary;
        }

        @Override
        public StepOutput step(long[] words, float[][] states) {
            int n = words.length;
            rows += n;
            int[][] top = new int[n][];
            float[][] probabilities = new float[n][];
            float[][] next = new float[n][];
            for (int r = 0; r < n; r++) {
                next[r] = Arrays.copyOf(states[r], states[r].length + 1);
                next[r][states[r].length] = words[r];
                float[] p = distribution(Arrays.hashCode(next[r]));
                top[r] = IntStream.range(0, vocabulary).boxed()
                        .sorted(Comparator.comparingDouble((Integer i) -> -p[i]).thenComparingInt(i -> i))
                        .mapToInt(Integer::intValue).toArray();
                probabilities[r] = new float[vocabulary];
                for (int k = 0; k < vocabulary; k++) {
                    probabilities[r][k] = p[top[r][k]];
                }
            }
            return new StepOutput(top, probabilities, next);
        }

        private float[] distribution(int hash) {
            SplittableRandom random = new SplittableRandom(hash);
            double[] weights = new double[vocabulary];
            double sum = 0;
            for (int w = 0; w < vocabulary; w++) {
                weights[w] = w == START ? 0 : random.nextDouble() * (w == END ? 1.5 : 1);
                sum += weights[w];
            }
            float[] p = new float[vocabulary];
            for (int w = 0; w < vocabulary; w++) {
                p[w] = (float) (weights[w] / sum);
            }
            return p;
        }
    }
}
