package dev.autocaption.bot.filter;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autocaption.config.FilterConfig;
import dev.autocaption.config.ReviewConfig;
import dev.autocaption.config.ReviewMode;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CaptionFilterTest {
    private static final FilterConfig FILTER = new FilterConfig(0.6, 0.3, 3, List.of("selfie stick"), false);
    private static final FilterConfig HEDGING = new FilterConfig(0.6, 0.3, 3, List.of(), true);

    private static Candidate caption(String text, double score) {
        List<String> tokens = Arrays.asList(text.toLowerCase().replace(".", " .").split("\\s+"));
        return new Candidate(text, tokens, score);
    }

    private static CaptionFilter filter(ReviewMode mode) {
        return new CaptionFilter(FILTER, new ReviewConfig(mode, Path.of("approvals.yaml")), true);
    }

    private static FilterDecision decide(ReviewMode mode, String text, double score) {
        return filter(mode).decide(List.of(caption(text, score)), List.of());
    }

    @Test
    void hybridPostsAboveThreshold() {
        FilterDecision decision = decide(ReviewMode.HYBRID, "A dog on a beach.", 0.72);

        assertThat(decision.verdict()).isEqualTo(Verdict.POST);
        assertThat(decision.reason()).isEqualTo("score 0.72 ≥ post-above 0.60");
        assertThat(decision.text()).isEqualTo("A dog on a beach.");
    }

    @Test
    void hybridQueuesTheMiddleBand() {
        FilterDecision decision = decide(ReviewMode.HYBRID, "A dog on a beach.", 0.45);

        assertThat(decision.verdict()).isEqualTo(Verdict.QUEUE);
        assertThat(decision.reason()).isEqualTo("score 0.45 < post-above 0.60, between drop-below and post-above");
    }

    @Test
    void everyModeDropsBelowDropBelow() {
        for (ReviewMode mode : ReviewMode.values()) {
            FilterDecision decision = decide(mode, "A dog on a beach.", 0.2);

            assertThat(decision.verdict()).isEqualTo(Verdict.DROP);
            assertThat(decision.reason()).isEqualTo("score 0.20 < drop-below 0.30");
        }
    }

    @Test
    void autoModeDropsTheMiddleBand() {
        assertThat(decide(ReviewMode.AUTO, "A dog on a beach.", 0.45).verdict()).isEqualTo(Verdict.DROP);
        assertThat(decide(ReviewMode.AUTO, "A dog on a beach.", 0.9).verdict()).isEqualTo(Verdict.POST);
    }

    @Test
    void reviewModeQueuesEvenHighScores() {
        FilterDecision decision = decide(ReviewMode.REVIEW, "A dog on a beach.", 0.95);

        assertThat(decision.verdict()).isEqualTo(Verdict.QUEUE);
        assertThat(decision.reason()).isEqualTo("score 0.95 ≥ post-above 0.60, review mode queues every caption");
    }

    @Test
    void noCaptionIsDroppedAsNothingRecognised() {
        FilterDecision decision = filter(ReviewMode.AUTO).decide(List.of(), List.of());

        assertThat(decision.verdict()).isEqualTo(Verdict.DROP);
        assertThat(decision.reason()).isEqualTo("nothing recognised");
    }

    @Test
    void unknownWordTokenIsDropped() {
        Candidate withUnknown = new Candidate("A <UNK> on a beach.", List.of("a", "<UNK>", "on", "a", "beach", "."),
                0.9);

        FilterDecision decision = filter(ReviewMode.AUTO).decide(List.of(withUnknown), List.of());

        assertThat(decision.verdict()).isEqualTo(Verdict.DROP);
        assertThat(decision.reason()).isEqualTo("contains the unknown-word token <UNK>");
    }

    @Test
    void tooFewWordsAreDropped() {
        FilterDecision decision = decide(ReviewMode.AUTO, "A dog.", 0.9);

        assertThat(decision.verdict()).isEqualTo(Verdict.DROP);
        assertThat(decision.reason()).isEqualTo("only 2 words, min-words is 3");
    }

    @Test
    void builtInBlocklistMatchesWholeWordsOnly() {
        assertThat(decide(ReviewMode.AUTO, "A naked man on a beach.", 0.9).reason()).isEqualTo("blocklisted: naked");
        assertThat(decide(ReviewMode.AUTO, "A glass of water on a table.", 0.9).verdict()).isEqualTo(Verdict.POST);
    }

    @Test
    void configuredPhrasesAreBlockedAcrossSpacing() {
        FilterDecision decision = decide(ReviewMode.AUTO, "A man holding a Selfie  Stick.", 0.9);

        assertThat(decision.reason()).isEqualTo("blocklisted: selfie stick");
    }

    @Test
    void aCaptionRepeatedOnRecentPhotosIsQueuedInsteadOfPosted() {
        List<String> recent = List.of("A dog on a beach.", "a dog on a beach", "A DOG ON A BEACH.", "A cat.");

        FilterDecision decision = filter(ReviewMode.HYBRID).decide(List.of(caption("A dog on a beach.", 0.9)),
                recent);

        assertThat(decision.verdict()).isEqualTo(Verdict.QUEUE);
        assertThat(decision.reason()).isEqualTo("score 0.90 ≥ post-above 0.60, but the same caption as 3 recent photos");
    }

    @Test
    void demoModelOnARealAccountNeverAutoPosts() {
        CaptionFilter guarded = new CaptionFilter(FILTER, new ReviewConfig(ReviewMode.AUTO, Path.of("a.yaml")), false);

        FilterDecision decision = guarded.decide(List.of(caption("A dog on a beach.", 0.9)), List.of());

        assertThat(decision.verdict()).isEqualTo(Verdict.QUEUE);
        assertThat(decision.reason()).endsWith("but the demo model never auto-posts to this account "
                + "(set allow-demo-model: true to allow it)");
    }

    private static CaptionFilter hedging(ReviewMode mode) {
        return new CaptionFilter(HEDGING, new ReviewConfig(mode, Path.of("approvals.yaml")), true);
    }

    @Test
    void hedgingAutoModePostsTheMiddleBandInHedgedWording() {
        FilterDecision decision = hedging(ReviewMode.AUTO).decide(List.of(caption("A dog on a beach.", 0.45)),
                List.of());

        assertThat(decision.verdict()).isEqualTo(Verdict.POST);
        assertThat(decision.text()).isEqualTo("May show a dog on a beach.");
        assertThat(decision.caption().text()).isEqualTo("A dog on a beach.");
        assertThat(decision.reason()).isEqualTo("score 0.45 < post-above 0.60, hedged (hedge-middle-band)");
    }

    @Test
    void hedgingLeavesConfidentCaptionsAndTheOtherModesAlone() {
        assertThat(hedging(ReviewMode.AUTO).decide(List.of(caption("A dog on a beach.", 0.9)), List.of()).text())
                .isEqualTo("A dog on a beach.");
        assertThat(hedging(ReviewMode.HYBRID).decide(List.of(caption("A dog on a beach.", 0.45)), List.of())
                .verdict()).isEqualTo(Verdict.QUEUE);
        assertThat(hedging(ReviewMode.AUTO).decide(List.of(caption("A dog on a beach.", 0.2)), List.of())
                .verdict()).isEqualTo(Verdict.DROP);
    }

    @Test
    void hedgedMiddleBandIsStillQueuedWhenItRepeats() {
        List<String> recent = List.of("A dog on a beach.", "A dog on a beach.", "A dog on a beach.");

        FilterDecision decision = hedging(ReviewMode.AUTO).decide(List.of(caption("A dog on a beach.", 0.45)),
                recent);

        assertThat(decision.verdict()).isEqualTo(Verdict.QUEUE);
        assertThat(decision.text()).isEqualTo("A dog on a beach.");
    }

    @Test
    void detectorCaptionsThatAlreadyHedgeAreNotHedgedAgain() {
        FilterDecision decision = hedging(ReviewMode.AUTO).decide(List.of(caption("May be an image of a dog.",
                0.45)), List.of());

        assertThat(decision.text()).isEqualTo("May be an image of a dog.");
    }
}
