package dev.autocaption.workshop.evaluation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * coco-caption's {@code precook}: counts of every 1..n-gram of a tokenized sentence, keyed by the n-gram's words
 * joined with a space (tokens never contain one). Insertion-ordered so sums run in sentence order.
 */
final class NGrams {
    static final int MAX_N = 4;

    private NGrams() {
    }

    static Map<String, Integer> count(List<String> words) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (int k = 1; k <= MAX_N; k++) {
            for (int i = 0; i + k <= words.size(); i++) {
                counts.merge(String.join(" ", words.subList(i, i + k)), 1, Integer::sum);
            }
        }
        return counts;
    }

    /** The n of an n-gram key. */
    static int order(String ngram) {
        int n = 1;
        for (int i = 0; i < ngram.length(); i++) {
            if (ngram.charAt(i) == ' ') {
                n++;
            }
        }
        return n;
    }
}
