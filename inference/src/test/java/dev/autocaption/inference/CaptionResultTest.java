package dev.autocaption.inference;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CaptionResultTest {
    private static Caption caption(String text, double logProbability, double score) {
        return new Caption(text, List.of(text.split(" ")), logProbability, Math.exp(logProbability), score);
    }

    @Test
    void captionsAreOrderedByScoreWhateverOrderTheEngineFoundThemIn() {
        Caption likeliest = caption("A dog.", -2.0, 0.64);
        Caption bestScored = caption("A dog running on the grass.", -3.5, 0.72);

        CaptionResult result = CaptionResult.of("one.jpg", List.of(likeliest, bestScored));

        assertThat(result.captions()).containsExactly(bestScored, likeliest);
        assertThat(result.best()).isEqualTo(bestScored);
    }

    @Test
    void equalScoresKeepTheEnginesOrder() {
        Caption first = caption("A cat.", -1.0, 0.5);
        Caption second = caption("A cat sleeping.", -2.0, 0.5);

        assertThat(CaptionResult.of("one.jpg", List.of(first, second)).captions()).containsExactly(first, second);
    }
}
