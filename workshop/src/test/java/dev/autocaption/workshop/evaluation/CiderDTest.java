package dev.autocaption.workshop.evaluation;

import static dev.autocaption.workshop.evaluation.BleuTest.image;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class CiderDTest {
    @Test
    void aSingleImageScoresZeroBecauseEveryIdfIsLogOne() {
        assertThat(CiderD.score(List.of(image("a red car", "a red car"))).corpus()).isEqualTo(0.0);
    }

    @Test
    void perfectMatchOfFourOrMoreWordsScoresTen() {
        CiderScore score = CiderD.score(List.of(image("a red car on the street", "a red car on the street"),
                image("two dogs playing in the snow", "two dogs playing in the snow")));

        assertThat(score.perImage()).allSatisfy(s -> assertThat(s).isCloseTo(10.0, within(1e-9)));
    }

    @Test
    void ordersAbsentFromShortSentencesContributeZero() {
        // each two-word candidate equals its reference: unigram and bigram cosines are 1, tri- and 4-grams 0,
        // so (1 + 1 + 0 + 0) / 4 * 10 = 5
        CiderScore score = CiderD.score(List.of(image("a b", "a b"), image("c d", "c d")));

        assertThat(score.perImage()).containsExactly(5.0, 5.0);
    }

    @Test
    void ngramsInEveryImagesReferencesCarryNoWeight() {
        // df("a b") = 2 images of 2: idf = log 2 - log 2 = 0, so every weight is 0
        CiderScore score = CiderD.score(List.of(image("a b", "a b"), image("a b", "a b")));

        assertThat(score.corpus()).isEqualTo(0.0);
    }

    @Test
    void lengthPenaltyAndMissingOrdersLowerThePartialMatch() {
        // L = log 2, all df = 1, so every weight is L. Image 1, "a b" vs "a b c":
        // unigram cosine 2L^2 / (sqrt(2) L * sqrt(3) L) = 2/sqrt(6); bigram L^2 / (L * sqrt(2) L) = 1/sqrt(2);
        // lengths are bigram counts 1 vs 2: penalty exp(-1/72); score = (2/sqrt(6) + 1/sqrt(2)) * exp(-1/72)/4*10
        // = 3.756471. Image 2, "d" vs "d": (1 + 0 + 0 + 0) / 4 * 10 = 2.5.
        CiderScore score = CiderD.score(List.of(image("a b", "a b c"), image("d", "d")));

        assertThat(score.perImage().get(0)).isCloseTo(3.7564711970, within(1e-9));
        assertThat(score.perImage().get(1)).isCloseTo(2.5, within(1e-12));
        assertThat(score.corpus()).isCloseTo(3.1282355985, within(1e-9));
    }

    @Test
    void candidateWeightsAreClippedToTheReferences() {
        // "a a" vs "a b": unigram min(2L, L) * L / (2L * sqrt(2) L) = 1 / (2 sqrt 2); "a a" is not in the
        // reference; lengths 1 and 1: no penalty. Score = 0.353553 / 4 * 10 = 0.883883
        CiderScore score = CiderD.score(List.of(image("a a", "a b"), image("c", "c")));

        assertThat(score.perImage().get(0)).isCloseTo(0.8838834765, within(1e-9));
    }

    @Test
    void scoreIsAveragedOverReferences() {
        CiderScore one = CiderD.score(List.of(image("a b c d", "a b c d"), image("e f g h", "e f g h")));
        CiderScore two = CiderD.score(List.of(image("a b c d", "a b c d", "x y z w"),
                image("e f g h", "e f g h", "p q r s")));

        assertThat(two.perImage().get(0)).isCloseTo(one.perImage().get(0) / 2, within(1e-9));
    }
}
