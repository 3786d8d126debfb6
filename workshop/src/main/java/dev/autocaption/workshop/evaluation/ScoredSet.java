package dev.autocaption.workshop.evaluation;

import dev.autocaption.inference.CaptionResult;
import dev.autocaption.inference.Familiarity;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A captioner's confidence over one set of images, with and without the out-of-domain guard: the best caption's
 * score as the filter sees it, the same score before the image's {@link Familiarity} multiplied it, and the
 * familiarities themselves.
 *
 * @param name        what the images are ("held-out scenes", "noise", …)
 * @param scores      the best caption's score per image
 * @param unguarded   the same scores without the familiarity factor (equal to {@code scores} when the captioner
 *                    does not measure familiarity)
 * @param familiarity the images' familiarity values; null when the captioner does not measure it
 */
public record ScoredSet(String name, ScoreDistribution scores, ScoreDistribution unguarded,
        ScoreDistribution familiarity) {
    public ScoredSet {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(scores, "scores");
        Objects.requireNonNull(unguarded, "unguarded");
    }

    /**
     * The scores of {@code results}. An image without a caption (failed, or nothing recognised) scores 0, unless
     * {@code skipUncaptioned}, when it is left out; a set where nothing is left gets one 0.
     */
    public static ScoredSet of(String name, List<CaptionResult> results, boolean skipUncaptioned) {
        List<Double> scores = new ArrayList<>();
        List<Double> unguarded = new ArrayList<>();
        List<Double> familiarity = new ArrayList<>();
        for (CaptionResult result : results) {
            if (result.familiarity() != null) {
                familiarity.add(result.familiarity().value());
            }
            if (result.best() == null && skipUncaptioned) {
                continue;
            }
            double score = result.best() == null ? 0.0 : result.best().score();
            scores.add(score);
            unguarded.add(result.familiarity() == null ? score : result.familiarity().unguarded(score));
        }
        if (scores.isEmpty()) {
            scores.add(0.0);
            unguarded.add(0.0);
        }
        return new ScoredSet(name, ScoreDistribution.of(scores), ScoreDistribution.of(unguarded),
                familiarity.isEmpty() ? null : ScoreDistribution.of(familiarity));
    }

    /** All of {@code sets} as one set called {@code newName}. */
    public static ScoredSet union(String newName, List<ScoredSet> sets) {
        List<Double> scores = new ArrayList<>();
        List<Double> unguarded = new ArrayList<>();
        List<Double> familiarity = new ArrayList<>();
        for (ScoredSet set : sets) {
            scores.addAll(set.scores().values());
            unguarded.addAll(set.unguarded().values());
            if (set.familiarity() != null) {
                familiarity.addAll(set.familiarity().values());
            }
        }
        return new ScoredSet(newName, ScoreDistribution.of(scores), ScoreDistribution.of(unguarded),
                familiarity.isEmpty() ? null : ScoreDistribution.of(familiarity));
    }
}
