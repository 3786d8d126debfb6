package dev.autocaption.inference.beam;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * A step function whose next-word distribution depends on the whole sentence so far, which it keeps in the state
 * (state = the ids fed so far). Unscripted prefixes get {@code fallback}. Records the batch size of every call.
 */
final class ScriptedStep implements StepFunction {
    private final Map<String, double[]> script = new HashMap<>();
    private final double[] fallback;
    final List<Integer> batchSizes = new ArrayList<>();

    ScriptedStep(double... fallback) {
        this.fallback = fallback;
    }

    ScriptedStep after(String prefix, double... distribution) {
        script.put(prefix, distribution);
        return this;
    }

    static float[] start(int imageTag) {
        return new float[] {-imageTag - 1};
    }

    @Override
    public StepOutput step(long[] words, float[][] states) {
        batchSizes.add(words.length);
        int n = words.length;
        int[][] top = new int[n][];
        float[][] probabilities = new float[n][];
        float[][] next = new float[n][];
        for (int r = 0; r < n; r++) {
            next[r] = Arrays.copyOf(states[r], states[r].length + 1);
            next[r][states[r].length] = words[r];
            double[] p = script.getOrDefault(key(next[r]), fallback);
            top[r] = IntStream.range(0, p.length).boxed()
                    .sorted(Comparator.comparingDouble((Integer i) -> -p[i]).thenComparingInt(i -> i))
                    .mapToInt(Integer::intValue).toArray();
            probabilities[r] = new float[top[r].length];
            for (int k = 0; k < top[r].length; k++) {
                probabilities[r][k] = (float) p[top[r][k]];
            }
        }
        return new StepOutput(top, probabilities, next);
    }

    /** The prefix fed so far, without the image tag, as "1 3 4". */
    private static String key(float[] state) {
        return IntStream.range(1, state.length).mapToObj(i -> String.valueOf((int) state[i]))
                .collect(Collectors.joining(" "));
    }
}
