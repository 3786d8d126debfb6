package dev.autocaption.config;

import java.util.List;
import java.util.Objects;

/**
 * Which captions are good enough ({@code filter:} section, overridable per account). Scores are the engine's
 * length-independent caption score in [0, 1].
 *
 * @param postAbove captions scoring at least this may be posted without review (review mode auto or hybrid)
 * @param dropBelow captions scoring below this are dropped
 * @param minWords  captions with fewer words are dropped
 * @param blocklist words or phrases that drop a caption (matched case-insensitively on word boundaries)
 * @param hedgeMiddleBand in review mode auto, post captions scoring between drop-below and post-above in hedged
 *                  wording ("May show a dog on a beach.") instead of dropping them; no effect in the other modes,
 *                  where a person reviews the middle band
 */
public record FilterConfig(double postAbove, double dropBelow, int minWords, List<String> blocklist,
                           boolean hedgeMiddleBand) {

    public FilterConfig {
        Objects.requireNonNull(blocklist, "blocklist");
        blocklist = List.copyOf(blocklist);
        if (postAbove < 0 || postAbove > 1) {
            throw new IllegalArgumentException("postAbove must be in [0, 1], was " + postAbove);
        }
        if (dropBelow < 0 || dropBelow > postAbove) {
            throw new IllegalArgumentException(
                    "dropBelow must be in [0, postAbove=" + postAbove + "], was " + dropBelow);
        }
        if (minWords < 0 || minWords > 100) {
            throw new IllegalArgumentException("minWords must be in [0, 100], was " + minWords);
        }
    }

    /** Default post-above: 9 in 10 held-out scenes reach it with the demo model, 15 % of non-scenes (mostly gradients). */
    public static final double DEFAULT_POST_ABOVE = 0.7;
    /** Default drop-below: below every detector caption and 99 % of demo-model scenes, above 3 in 4 non-scenes. */
    public static final double DEFAULT_DROP_BELOW = 0.5;

    /**
     * The defaults. The two thresholds come from score distributions measured on the bundled demo model with its
     * domain statistics (models/demo/MODEL_CARD.md, "Choosing the thresholds") and from the detector engine, whose
     * caption scores lie in [detector-threshold, 1] = [0.5, 1] by default.
     */
    public static FilterConfig defaults() {
        return new FilterConfig(DEFAULT_POST_ABOVE, DEFAULT_DROP_BELOW, 3, List.of(), false);
    }
}
