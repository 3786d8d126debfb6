package dev.autocaption.bot.filter;

import java.util.Objects;

/**
 * The filter's decision for one photo.
 *
 * @param verdict post, queue or drop
 * @param reason  why, in words fit for the history ("score 0.72 ≥ post-above 0.60", "blocklisted: naked")
 * @param caption the caption the verdict is about (the best candidate), or null when there was none
 * @param text    what would be written: the caption text, possibly hedged ("May show …"); null when dropped
 */
public record FilterDecision(Verdict verdict, String reason, Candidate caption, String text) {
    public FilterDecision {
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(reason, "reason");
        if (verdict != Verdict.DROP && (caption == null || text == null)) {
            throw new IllegalArgumentException("a " + verdict + " decision needs a caption and text, reason: "
                    + reason);
        }
    }

    static FilterDecision drop(String reason, Candidate caption) {
        return new FilterDecision(Verdict.DROP, reason, caption, null);
    }
}
