package dev.autocaption.bot.filter;

import dev.autocaption.store.StoredCaption;
import java.util.List;
import java.util.Objects;

/**
 * A caption as the filter judges it: only what its rules read.
 *
 * @param text   the caption text; the blocklist and repetition rules read it, and it is what gets written
 * @param tokens the words the text was built from; the unknown-word and {@code min-words} rules read them
 * @param score  the engine's length-independent confidence in [0, 1], compared with the thresholds
 */
public record Candidate(String text, List<String> tokens, double score) {
    public Candidate {
        Objects.requireNonNull(text, "text");
        tokens = List.copyOf(Objects.requireNonNull(tokens, "tokens"));
        if (!(score >= 0 && score <= 1)) {
            throw new IllegalArgumentException("score must be in [0, 1], was " + score);
        }
    }

    /**
     * The stored candidate as the filter reads it. The store accepts any finite score, while the engines write
     * scores in [0, 1]; a score outside (only from an edited store) reads as the nearer bound.
     */
    public static Candidate of(StoredCaption stored) {
        double score = stored.candidate().score();
        return new Candidate(stored.text(), stored.candidate().tokens(), Math.max(0, Math.min(1, score)));
    }
}
