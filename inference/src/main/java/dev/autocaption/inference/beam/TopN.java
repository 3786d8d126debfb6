package dev.autocaption.inference.beam;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * im2txt's {@code TopN}: keeps the {@code n} best hypotheses by ranking score. A newcomer replaces the current worst
 * only if it is strictly better, so on ties the earlier one stays; {@link #extract()} sorts best first, earlier
 * first on ties.
 */
final class TopN {
    private static final Comparator<Hypothesis> WORST_FIRST = Comparator
            .comparingDouble(Hypothesis::rankingScore)
            .thenComparing(Comparator.comparingLong(Hypothesis::order).reversed());

    private final int n;
    private final PriorityQueue<Hypothesis> heap;

    TopN(int n) {
        this.n = n;
        this.heap = new PriorityQueue<>(n + 1, WORST_FIRST);
    }

    void push(Hypothesis h) {
        if (heap.size() < n) {
            heap.add(h);
        } else if (h.rankingScore() > heap.peek().rankingScore()) {
            heap.poll();
            heap.add(h);
        }
    }

    /** The lowest ranking score kept; only when not empty. */
    double worstScore() {
        return heap.peek().rankingScore();
    }

    int size() {
        return heap.size();
    }

    /** Best first; empties this. */
    List<Hypothesis> extract() {
        List<Hypothesis> out = new ArrayList<>(heap);
        heap.clear();
        out.sort(WORST_FIRST.reversed());
        return out;
    }
}
