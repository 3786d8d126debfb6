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

    public static FilterConfig defaults() {
        return new FilterConfig(0.6, 0.3, 3, List.of(), false);
    }
}
