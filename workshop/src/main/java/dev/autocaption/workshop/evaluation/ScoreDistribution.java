package dev.autocaption.workshop.evaluation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * A summary of per-image scores (BLEU-4, CIDEr-D, or a captioner's confidence), for comparing in-domain and
 * out-of-domain images side by side: count, mean, percentiles and a text histogram over a range the caller fixes,
 * so two distributions can share one scale.
 *
 * @param values the scores, sorted ascending; at least one, none NaN
 */
public record ScoreDistribution(List<Double> values) {
    public ScoreDistribution {
        List<Double> sorted = new ArrayList<>(values);
        if (sorted.isEmpty()) {
            throw new IllegalArgumentException("a score distribution needs at least one value");
        }
        if (sorted.stream().anyMatch(v -> v == null || v.isNaN())) {
            throw new IllegalArgumentException("scores must be numbers, had null or NaN among " + sorted.size());
        }
        sorted.sort(null);
        values = List.copyOf(sorted);
    }

    public static ScoreDistribution of(Collection<Double> values) {
        return new ScoreDistribution(List.copyOf(values));
    }

    public int count() {
        return values.size();
    }

    public double mean() {
        return values.stream().mapToDouble(Double::doubleValue).sum() / values.size();
    }

    public double min() {
        return values.get(0);
    }

    public double max() {
        return values.get(values.size() - 1);
    }

    /**
     * The p-th percentile with linear interpolation between the two nearest ranks (numpy's default): position
     * {@code p / 100 * (count - 1)} in the sorted values.
     */
    public double percentile(double p) {
        if (p < 0 || p > 100 || Double.isNaN(p)) {
            throw new IllegalArgumentException("percentile must be 0..100, was " + p);
        }
        double position = p / 100 * (values.size() - 1);
        int below = (int) Math.floor(position);
        int above = Math.min(values.size() - 1, below + 1);
        return values.get(below) + (position - below) * (values.get(above) - values.get(below));
    }

    /**
     * {@code P(X > Y) + P(X = Y) / 2} for X drawn from these values and Y from {@code other}'s: the area under the
     * ROC curve of telling the two apart by thresholding the score (0.5: not at all, 1: perfectly).
     */
    public double probabilityAbove(ScoreDistribution other) {
        List<Double> theirs = other.values();
        double wins = 0;
        int below = 0;
        int equalEnd = 0;
        for (double v : values) {
            while (below < theirs.size() && theirs.get(below) < v) {
                below++;
            }
            equalEnd = Math.max(equalEnd, below);
            while (equalEnd < theirs.size() && theirs.get(equalEnd) <= v) {
                equalEnd++;
            }
            wins += below + (equalEnd - below) / 2.0;
        }
        return wins / ((double) values.size() * theirs.size());
    }

    /**
     * Counts per bin of {@code bins} equal bins over [low, high]; the last bin includes {@code high}, and values
     * outside the range count in the first or last bin.
     */
    public List<Integer> histogram(double low, double high, int bins) {
        if (bins < 1 || !(high > low)) {
            throw new IllegalArgumentException("histogram needs bins >= 1 and high > low, was " + bins + " bins over ["
                    + low + ", " + high + "]");
        }
        int[] counts = new int[bins];
        for (double v : values) {
            int bin = (int) Math.floor((v - low) / (high - low) * bins);
            counts[Math.max(0, Math.min(bins - 1, bin))]++;
        }
        List<Integer> result = new ArrayList<>();
        for (int c : counts) {
            result.add(c);
        }
        return result;
    }

    /** One line: count, mean, min, p10, p25, median, p75, p90, max. */
    public String summary() {
        return String.format(Locale.ROOT, "n=%d mean=%.4f min=%.4f p10=%.4f p25=%.4f median=%.4f p75=%.4f "
                + "p90=%.4f max=%.4f", count(), mean(), min(), percentile(10), percentile(25), percentile(50),
                percentile(75), percentile(90), max());
    }

    /** The histogram as text, one line per bin: range, a bar scaled so the fullest bin is {@code width} long, count. */
    public String render(double low, double high, int bins, int width) {
        List<Integer> counts = histogram(low, high, bins);
        int fullest = counts.stream().mapToInt(Integer::intValue).max().orElse(0);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < bins; i++) {
            double from = low + (high - low) * i / bins;
            double to = low + (high - low) * (i + 1) / bins;
            int bar = fullest == 0 ? 0 : (int) Math.round((double) counts.get(i) * width / fullest);
            text.append(String.format(Locale.ROOT, "[%6.3f, %6.3f%s %s%s %d%n", from, to, i == bins - 1 ? "]" : ")",
                    "#".repeat(bar), " ".repeat(width - bar), counts.get(i)));
        }
        return text.toString();
    }
}
