package dev.autocaption.workshop.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class BleuTest {
    private static final String MAT = "the cat is on the mat";

    @Test
    void candidateEqualToAReferenceScoresOneAtEveryOrder() {
        BleuScore score = Bleu.score(List.of(image("a red car parked on the street",
                "a car on the road", "a red car parked on the street")));

        for (int n = 1; n <= 4; n++) {
            assertThat(score.bleu(n)).isCloseTo(1.0, within(1e-9));
        }
    }

    @Test
    void precisionsClipAgainstTheBestSingleReference() {
        // "the cat sat on the mat" vs two references (lengths 6 and 7, closest 6, no brevity penalty):
        // unigrams: the x2 (max ref count 2), cat, on, mat match, sat does not -> 5/6
        // bigrams: "the cat", "on the", "the mat" of 5 -> 3/5; trigrams: "on the mat" of 4 -> 1/4; 4-grams 0/3
        // BLEU-1 = 5/6; BLEU-2 = sqrt(5/6 * 3/5) = sqrt(1/2); BLEU-3 = (1/2 * 1/4)^(1/3) = 1/2;
        // BLEU-4 = (1/8 * 1e-15 / (3 + 1e-9))^(1/4) = 8.0343e-5 (coco-caption's tiny/small smoothing)
        BleuScore score = Bleu.score(List.of(image("the cat sat on the mat", MAT, "there is a cat on the mat")));

        assertThat(score.bleu(1)).isCloseTo(5.0 / 6, within(1e-9));
        assertThat(score.bleu(2)).isCloseTo(Math.sqrt(0.5), within(1e-9));
        assertThat(score.bleu(3)).isCloseTo(0.5, within(1e-9));
        assertThat(score.bleu(4)).isCloseTo(8.034284e-5, within(1e-10));
    }

    @Test
    void shortCandidatePaysTheBrevityPenalty() {
        // "the cat": p1 = 2/2, p2 = 1/1, no trigrams: p3 = 1e-15/1e-9 = 1e-6 (so is p4);
        // BP = exp(1 - 6/2) = e^-2 = 0.135335; BLEU-3 = (1e-6)^(1/3) * BP; BLEU-4 = (1e-12)^(1/4) * BP
        BleuScore score = Bleu.score(List.of(image("the cat", MAT)));

        assertThat(score.bleu(1)).isCloseTo(0.1353352832, within(1e-9));
        assertThat(score.bleu(2)).isCloseTo(0.1353352832, within(1e-9));
        assertThat(score.bleu(3)).isCloseTo(0.0013533528, within(1e-10));
        assertThat(score.bleu(4)).isCloseTo(0.0001353353, within(1e-10));
    }

    @Test
    void repeatedWordsCountOnlyAsOftenAsInAReference() {
        assertThat(Bleu.score(List.of(image("the the the the", "the cat"))).bleu(1)).isCloseTo(0.25, within(1e-9));
    }

    @Test
    void effectiveReferenceLengthIsTheClosestWithTiesToTheShorter() {
        BleuScore score = Bleu.score(List.of(image("a b c d e", "a b c d", "a b c d e f")));

        assertThat(score.refLength()).isEqualTo(4);
        assertThat(score.testLength()).isEqualTo(5);
    }

    @Test
    void corpusScoreSumsCountsOverImagesWhilePerImageScoresStaySeparate() {
        // corpus: unigram precision (6 + 2) / (6 + 2) = 1, lengths 8 vs 12: BP = exp(1 - 12/8) = exp(-0.5)
        BleuScore score = Bleu.score(List.of(image(MAT, MAT), image("the cat", MAT)));

        assertThat(score.bleu(1)).isCloseTo(0.6065306597, within(1e-9));
        assertThat(score.perImage(1)).hasSize(2);
        assertThat(score.perImage(1).get(0)).isCloseTo(1.0, within(1e-9));
        assertThat(score.perImage(1).get(1)).isCloseTo(0.1353352832, within(1e-9));
    }

    @Test
    void textIsTokenizedBeforeScoring() {
        assertThat(Bleu.score(List.of(image("A red car.", "a red car"))).bleu(3)).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void rejectsAnEmptySetAndOrdersOutsideOneToFour() {
        assertThatThrownBy(() -> Bleu.score(List.of())).hasMessage("BLEU needs at least one image");
        BleuScore score = Bleu.score(List.of(image(MAT, MAT)));
        assertThatThrownBy(() -> score.bleu(5)).hasMessage("BLEU order must be 1..4, was 5");
    }

    static CandidateCaption image(String candidate, String... references) {
        return new CandidateCaption("img-" + candidate.hashCode(), candidate, List.of(references));
    }
}
