package dev.autocaption.workshop.evaluation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * CIDEr-D exactly as coco-caption computes it ({@code pycocoevalcap/cider/cider_scorer.py}, n = 4, sigma = 6):
 * <ul>
 *   <li>document frequency: for each n-gram, the number of images whose references contain it, counted over the
 *       images being scored (so the score of one image depends on the whole set, and a set of one image scores
 *       0 because log(1) = 0);</li>
 *   <li>each sentence becomes tf-idf vectors per n: {@code count * (log(images) - log(max(1, df)))};</li>
 *   <li>per reference and n: the hypothesis weights are clipped to the reference's ({@code min(hyp, ref) * ref}),
 *       divided by both norms, times the Gaussian length penalty {@code exp(-delta^2 / (2 sigma^2))}; coco-caption
 *       measures the lengths in delta as the sentence's number of <em>bigrams</em> (its {@code if n == 1} counts
 *       index 1), which equals words - 1 except for one-word sentences; kept as-is for identical numbers;</li>
 *   <li>image score: mean over n of the sum over references, divided by the number of references, times 10.</li>
 * </ul>
 * Text is tokenized with {@link CaptionTokenizer} first. Stateless.
 */
public final class CiderD {
    private static final double SIGMA = 6.0;
    private static final int N = NGrams.MAX_N;

    private CiderD() {
    }

    /** @throws IllegalArgumentException when {@code captions} is empty */
    public static CiderScore score(List<CandidateCaption> captions) {
        if (captions.isEmpty()) {
            throw new IllegalArgumentException("CIDEr-D needs at least one image");
        }
        List<Map<String, Integer>> tests = new ArrayList<>();
        List<List<Map<String, Integer>>> refs = new ArrayList<>();
        for (CandidateCaption caption : captions) {
            tests.add(NGrams.count(CaptionTokenizer.tokenize(caption.candidate())));
            refs.add(caption.references().stream().map(r -> NGrams.count(CaptionTokenizer.tokenize(r))).toList());
        }
        Map<String, Integer> documentFrequency = documentFrequency(refs);
        double refLength = Math.log(captions.size());
        List<Double> scores = new ArrayList<>();
        double sum = 0;
        for (int i = 0; i < tests.size(); i++) {
            Vector test = Vector.of(tests.get(i), documentFrequency, refLength);
            double[] score = new double[N];
            for (Map<String, Integer> ref : refs.get(i)) {
                double[] similarity = test.similarity(Vector.of(ref, documentFrequency, refLength));
                for (int n = 0; n < N; n++) {
                    score[n] += similarity[n];
                }
            }
            double mean = (score[0] + score[1] + score[2] + score[3]) / N;
            double image = mean / refs.get(i).size() * 10.0;
            scores.add(image);
            sum += image;
        }
        return new CiderScore(sum / scores.size(), scores);
    }

    /** For each n-gram, how many images have it in at least one reference ({@code compute_doc_freq}). */
    private static Map<String, Integer> documentFrequency(List<List<Map<String, Integer>>> refs) {
        Map<String, Integer> documentFrequency = new HashMap<>();
        for (List<Map<String, Integer>> imageRefs : refs) {
            Set<String> seen = new HashSet<>();
            imageRefs.forEach(r -> seen.addAll(r.keySet()));
            seen.forEach(ngram -> documentFrequency.merge(ngram, 1, Integer::sum));
        }
        return documentFrequency;
    }

    /** coco-caption's {@code counts2vec}: tf-idf weights per n-gram order, their norms, and the bigram count. */
    private record Vector(List<Map<String, Double>> weights, double[] norms, int length) {
        static Vector of(Map<String, Integer> counts, Map<String, Integer> documentFrequency, double refLength) {
            List<Map<String, Double>> weights = new ArrayList<>();
            for (int n = 0; n < N; n++) {
                weights.add(new java.util.LinkedHashMap<>());
            }
            double[] norms = new double[N];
            int length = 0;
            for (Map.Entry<String, Integer> entry : counts.entrySet()) {
                double df = Math.log(Math.max(1.0, documentFrequency.getOrDefault(entry.getKey(), 0)));
                int n = NGrams.order(entry.getKey()) - 1;
                double weight = entry.getValue() * (refLength - df);
                weights.get(n).put(entry.getKey(), weight);
                norms[n] += weight * weight;
                if (n == 1) {
                    length += entry.getValue();
                }
            }
            for (int n = 0; n < N; n++) {
                norms[n] = Math.sqrt(norms[n]);
            }
            return new Vector(weights, norms, length);
        }

        double[] similarity(Vector ref) {
            double delta = length - ref.length;
            double[] value = new double[N];
            for (int n = 0; n < N; n++) {
                for (Map.Entry<String, Double> entry : weights.get(n).entrySet()) {
                    double refWeight = ref.weights.get(n).getOrDefault(entry.getKey(), 0.0);
                    value[n] += Math.min(entry.getValue(), refWeight) * refWeight;
                }
                if (norms[n] != 0 && ref.norms[n] != 0) {
                    value[n] /= norms[n] * ref.norms[n];
                }
                value[n] *= Math.exp(-(delta * delta) / (2 * SIGMA * SIGMA));
            }
            return value;
        }
    }
}
