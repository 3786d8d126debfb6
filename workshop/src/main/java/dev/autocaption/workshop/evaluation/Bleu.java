package dev.autocaption.workshop.evaluation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * BLEU-1..4 exactly as coco-caption computes it ({@code pycocoevalcap/bleu/bleu_scorer.py}, called by
 * {@code Bleu.compute_score} with {@code option='closest'}):
 * <ul>
 *   <li>n-gram matches are clipped by the largest count of that n-gram in any single reference;</li>
 *   <li>the effective reference length of an image is the reference length closest to the candidate's length,
 *       ties going to the shorter reference;</li>
 *   <li>corpus BLEU-n is the geometric mean of the summed precisions p1..pn, each computed as
 *       {@code (correct + 1e-15) / (guess + 1e-9)} (coco-caption's only smoothing), times the brevity penalty
 *       {@code exp(1 - refLength / testLength)} when the summed candidate length is shorter;</li>
 *   <li>per-image scores use the same formula on one image's counts.</li>
 * </ul>
 * Text is tokenized with {@link CaptionTokenizer} first, as coco-caption runs PTBTokenizer first. Stateless.
 */
public final class Bleu {
    private static final double TINY = 1e-15;
    private static final double SMALL = 1e-9;
    private static final int N = NGrams.MAX_N;

    private Bleu() {
    }

    /** @throws IllegalArgumentException when {@code captions} is empty */
    public static BleuScore score(List<CandidateCaption> captions) {
        if (captions.isEmpty()) {
            throw new IllegalArgumentException("BLEU needs at least one image");
        }
        List<Counts> images = captions.stream().map(Counts::of).toList();
        List<List<Double>> perImage = new ArrayList<>();
        for (int k = 0; k < N; k++) {
            perImage.add(new ArrayList<>());
        }
        for (Counts image : images) {
            double[] bleu = image.bleu();
            for (int k = 0; k < N; k++) {
                perImage.get(k).add(bleu[k]);
            }
        }
        Counts total = Counts.total(images);
        double[] corpus = total.bleu();
        return new BleuScore(List.of(corpus[0], corpus[1], corpus[2], corpus[3]), perImage, total.testLength,
                total.refLength);
    }

    /** coco-caption's {@code compute_score}: cumulative geometric means of the precisions, then brevity penalty. */
    private static double[] bleu(long[] correct, long[] guess, long testLength, long refLength) {
        double[] bleus = new double[N];
        double product = 1;
        for (int k = 0; k < N; k++) {
            product *= (correct[k] + TINY) / (guess[k] + SMALL);
            bleus[k] = Math.pow(product, 1.0 / (k + 1));
        }
        double ratio = (testLength + TINY) / (refLength + SMALL);
        if (ratio < 1) {
            for (int k = 0; k < N; k++) {
                bleus[k] *= Math.exp(1 - 1 / ratio);
            }
        }
        return bleus;
    }

    /** coco-caption's {@code cook_test} result for one image, or the sum over images. */
    private record Counts(int testLength, int refLength, long[] guess, long[] correct) {
        static Counts total(List<Counts> images) {
            long[] guess = new long[N];
            long[] correct = new long[N];
            int testLength = 0;
            int refLength = 0;
            for (Counts image : images) {
                testLength += image.testLength;
                refLength += image.refLength;
                for (int k = 0; k < N; k++) {
                    guess[k] += image.guess[k];
                    correct[k] += image.correct[k];
                }
            }
            return new Counts(testLength, refLength, guess, correct);
        }

        double[] bleu() {
            return Bleu.bleu(correct, guess, testLength, refLength);
        }

        static Counts of(CandidateCaption caption) {
            List<String> test = CaptionTokenizer.tokenize(caption.candidate());
            Map<String, Integer> maxRefCounts = new HashMap<>();
            List<Integer> refLengths = new ArrayList<>();
            for (String reference : caption.references()) {
                List<String> words = CaptionTokenizer.tokenize(reference);
                refLengths.add(words.size());
                NGrams.count(words).forEach((ngram, count) -> maxRefCounts.merge(ngram, count, Math::max));
            }
            long[] guess = new long[N];
            long[] correct = new long[N];
            for (int k = 0; k < N; k++) {
                guess[k] = Math.max(0, test.size() - k);
            }
            NGrams.count(test).forEach((ngram, count) ->
                    correct[NGrams.order(ngram) - 1] += Math.min(maxRefCounts.getOrDefault(ngram, 0), count));
            return new Counts(test.size(), closest(refLengths, test.size()), guess, correct);
        }

        /** {@code min((abs(l - testlen), l) for l in reflens)[1]}: the closest length, the shorter on a tie. */
        private static int closest(List<Integer> refLengths, int testLength) {
            int best = refLengths.get(0);
            for (int length : refLengths) {
                int distance = Math.abs(length - testLength);
                int bestDistance = Math.abs(best - testLength);
                if (distance < bestDistance || (distance == bestDistance && length < best)) {
                    best = length;
                }
            }
            return best;
        }
    }
}
