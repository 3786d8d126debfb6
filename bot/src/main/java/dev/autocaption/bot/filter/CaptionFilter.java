package dev.autocaption.bot.filter;

import dev.autocaption.config.FilterConfig;
import dev.autocaption.config.ReviewConfig;
import dev.autocaption.config.ReviewMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Decides, from the engine's length-independent score and a few content rules, whether a caption is posted,
 * queued for review or dropped. Pure and thread-safe: everything it needs comes in through the constructor and
 * {@link #decide}.
 *
 * <p>Rules, in order: no caption → drop; the unknown-word token → drop; fewer than {@code min-words} words → drop;
 * a blocklisted word or phrase (built-in list plus {@code filter.blocklist}) → drop; score below
 * {@code drop-below} → drop. Then by review mode: {@code auto} posts at or above {@code post-above} and drops the
 * rest (or, with {@code hedge-middle-band}, posts the band between in hedged wording, see {@link Hedging});
 * {@code review} queues; {@code hybrid} posts at or above {@code post-above} and queues the band between.
 * A caption identical to the best caption of {@link #REPEAT_LIMIT} or more of the account's recent photos is
 * never auto-posted (queued instead): the model is probably stuck on one sentence. When auto-posting is not
 * allowed at all (the demo model on a real account) every would-be post is queued.
 */
public final class CaptionFilter {
    /** Captions repeated this many times among an account's recent photos are flagged for review. */
    public static final int REPEAT_LIMIT = 3;
    /** The token im2txt vocabularies use for words outside the vocabulary. */
    public static final String UNKNOWN_TOKEN = "<UNK>";

    private final FilterConfig filter;
    private final ReviewMode mode;
    private final Blocklist blocklist;
    private final boolean autoPostAllowed;

    /**
     * @param autoPostAllowed false forces every would-be post into the queue (the bundled demo model on an account
     *                        that is not a simulator, unless the account sets {@code allow-demo-model})
     */
    public CaptionFilter(FilterConfig filter, ReviewConfig review, boolean autoPostAllowed) {
        this.filter = Objects.requireNonNull(filter, "filter");
        this.mode = Objects.requireNonNull(review, "review").mode();
        this.blocklist = Blocklist.withDefaults(filter.blocklist());
        this.autoPostAllowed = autoPostAllowed;
    }

    /**
     * @param candidates     the stored candidates for one photo, best first (may be empty)
     * @param recentCaptions the best caption texts of the account's recent photos, for the repetition rule
     */
    public FilterDecision decide(List<Candidate> candidates, List<String> recentCaptions) {
        if (candidates.isEmpty()) {
            return FilterDecision.drop("nothing recognised", null);
        }
        Candidate best = candidates.get(0);
        String contentProblem = contentProblem(best);
        if (contentProblem != null) {
            return FilterDecision.drop(contentProblem, best);
        }
        if (best.score() < filter.dropBelow()) {
            return FilterDecision.drop(String.format(Locale.ROOT, "score %.2f < drop-below %.2f", best.score(),
                    filter.dropBelow()), best);
        }
        return byMode(best, repeats(best, recentCaptions));
    }

    private String contentProblem(Candidate caption) {
        if (caption.tokens().contains(UNKNOWN_TOKEN)) {
            return "contains the unknown-word token " + UNKNOWN_TOKEN;
        }
        int words = wordCount(caption);
        if (words < filter.minWords()) {
            return "only " + words + " word" + (words == 1 ? "" : "s") + ", min-words is " + filter.minWords();
        }
        String blocked = blocklist.firstMatch(caption.text());
        return blocked == null ? null : "blocklisted: " + blocked;
    }

    private FilterDecision byMode(Candidate best, long repeats) {
        boolean high = best.score() >= filter.postAbove();
        String band = String.format(Locale.ROOT, "score %.2f %s post-above %.2f", best.score(), high ? "≥" : "<",
                filter.postAbove());
        if (mode == ReviewMode.REVIEW) {
            return queue(best, band + ", review mode queues every caption");
        }
        if (high) {
            return autoPost(best, band, best.text(), repeats);
        }
        if (mode == ReviewMode.HYBRID) {
            return queue(best, band + ", between drop-below and post-above");
        }
        if (!filter.hedgeMiddleBand()) {
            return FilterDecision.drop(band + " in auto mode", best);
        }
        return autoPost(best, band + ", hedged (hedge-middle-band)", Hedging.hedge(best.text()), repeats);
    }

    /** Posts {@code text}, unless the caption repeats or the account may not get auto-posts at all. */
    private FilterDecision autoPost(Candidate best, String band, String text, long repeats) {
        if (repeats >= REPEAT_LIMIT) {
            return queue(best, band + ", but the same caption as " + repeats + " recent photos");
        }
        if (!autoPostAllowed) {
            return queue(best, band + ", but the demo model never auto-posts to this account "
                    + "(set allow-demo-model: true to allow it)");
        }
        return new FilterDecision(Verdict.POST, band, best, text);
    }

    private static FilterDecision queue(Candidate caption, String reason) {
        return new FilterDecision(Verdict.QUEUE, reason, caption, caption.text());
    }

    private static long repeats(Candidate best, List<String> recentCaptions) {
        String text = normalise(best.text());
        return recentCaptions.stream().filter(recent -> normalise(recent).equals(text)).count();
    }

    private static int wordCount(Candidate caption) {
        List<String> words = new ArrayList<>();
        for (String token : caption.tokens()) {
            if (token.chars().anyMatch(Character::isLetterOrDigit)) {
                words.add(token);
            }
        }
        return words.size();
    }

    static String normalise(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
    }
}
