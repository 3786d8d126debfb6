package dev.autocaption.workshop.evaluation;

import java.util.List;

/**
 * BLEU-1..4 as coco-caption reports them.
 *
 * @param corpus     BLEU-n at index n-1, from the n-gram counts and lengths summed over all images
 * @param perImage   at index n-1, each image's own BLEU-n in input order (coco-caption's {@code bleu_list})
 * @param testLength total candidate length in tokens
 * @param refLength  total effective reference length (the closest reference length per image)
 */
public record BleuScore(List<Double> corpus, List<List<Double>> perImage, int testLength, int refLength) {
    public BleuScore {
        corpus = List.copyOf(corpus);
        perImage = perImage.stream().map(List::copyOf).toList();
        if (corpus.size() != NGrams.MAX_N || perImage.size() != NGrams.MAX_N) {
            throw new IllegalArgumentException("BLEU needs " + NGrams.MAX_N + " orders, had " + corpus.size()
                    + " corpus and " + perImage.size() + " per-image lists");
        }
    }

    /** Corpus BLEU-n, n in 1..4. */
    public double bleu(int n) {
        return corpus.get(checked(n) - 1);
    }

    /** Each image's BLEU-n, n in 1..4, in input order. */
    public List<Double> perImage(int n) {
        return perImage.get(checked(n) - 1);
    }

    private static int checked(int n) {
        if (n < 1 || n > NGrams.MAX_N) {
            throw new IllegalArgumentException("BLEU order must be 1.." + NGrams.MAX_N + ", was " + n);
        }
        return n;
    }
}
