package dev.autocaption.workshop.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import dev.autocaption.inference.Caption;
import dev.autocaption.inference.CaptionResult;
import dev.autocaption.inference.Familiarity;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScoredSetTest {
    private static Caption caption(double score) {
        return new Caption("A dog.", List.of("a", "dog"), Math.log(score), score, score);
    }

    @Test
    void scoresAreKeptWithAndWithoutTheFamiliarityFactor() {
        List<CaptionResult> results = List.of(
                CaptionResult.of("a", List.of(caption(0.8).withScoreTimes(0.5)), new Familiarity(0.5, 30)),
                CaptionResult.of("b", List.of(caption(0.6)), new Familiarity(1.0, 3)));

        ScoredSet set = ScoredSet.of("scenes", results, false);

        assertThat(set.scores().values()).containsExactly(0.4, 0.6);
        assertThat(set.unguarded().values()).satisfiesExactly(v -> assertThat(v).isCloseTo(0.6, offset(1e-12)),
                v -> assertThat(v).isCloseTo(0.8, offset(1e-12)));
        assertThat(set.familiarity().values()).containsExactly(0.5, 1.0);
    }

    @Test
    void withoutFamiliarityTheUnguardedScoresAreTheScores() {
        ScoredSet set = ScoredSet.of("noise", List.of(CaptionResult.of("a", List.of(caption(0.3))),
                CaptionResult.failed("b", "b: broken")), false);

        assertThat(set.scores().values()).containsExactly(0.0, 0.3);
        assertThat(set.unguarded()).isEqualTo(set.scores());
        assertThat(set.familiarity()).isNull();
    }

    @Test
    void theComparisonTableHasARowPerSetAndTheirUnion() {
        ScoredSet scenes = ScoredSet.of("scenes", List.of(CaptionResult.of("a", List.of(caption(0.7)))), false);
        ScoredSet noise = ScoredSet.of("noise", List.of(CaptionResult.of("b", List.of(caption(0.8).withScoreTimes(
                0.25)), new Familiarity(0.25, 40))), false);
        ScoredSet text = ScoredSet.of("text", List.of(CaptionResult.of("c", List.of(caption(0.5)))), false);

        String table = DomainComparison.format(scenes, List.of(noise, text));

        assertThat(table.lines()).hasSize(5);
        assertThat(table.lines().toList().get(2)).startsWith("noise").contains("0.200 0.200 0.200 0.200")
                .contains("0.800 0.800 0.800 0.800").contains("mean 0.250").endsWith("1.000 / 0.000");
        assertThat(table.lines().toList().get(4)).startsWith("all out of domain").contains("    2 |");
    }
}
