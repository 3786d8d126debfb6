package dev.autocaption.workshop.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class ScoreDistributionTest {
    private final ScoreDistribution scores = ScoreDistribution.of(List.of(0.4, 0.1, 0.3, 0.2));

    @Test
    void summarisesCountMeanAndExtremes() {
        assertThat(scores.count()).isEqualTo(4);
        assertThat(scores.mean()).isCloseTo(0.25, within(1e-12));
        assertThat(scores.min()).isEqualTo(0.1);
        assertThat(scores.max()).isEqualTo(0.4);
    }

    @Test
    void percentilesInterpolateBetweenRanksLikeNumpy() {
        // positions p/100 * 3 in [0.1, 0.2, 0.3, 0.4]
        assertThat(scores.percentile(50)).isCloseTo(0.25, within(1e-12));
        assertThat(scores.percentile(25)).isCloseTo(0.175, within(1e-12));
        assertThat(scores.percentile(100)).isEqualTo(0.4);
    }

    @Test
    void histogramPutsTheTopValueInTheLastBinAndClampsOutliers() {
        ScoreDistribution distribution = ScoreDistribution.of(List.of(-1.0, 0.0, 0.49, 0.5, 1.0, 7.0));

        assertThat(distribution.histogram(0, 1, 2)).containsExactly(3, 3);
    }

    @Test
    void rendersOneBarPerBinScaledToTheFullest() {
        assertThat(scores.render(0, 0.4, 2, 4)).isEqualTo(String.format("[ 0.000,  0.200) #    1%n"
                + "[ 0.200,  0.400] #### 3%n"));
    }

    @Test
    void summaryLineNamesEveryStatistic() {
        assertThat(scores.summary()).isEqualTo("n=4 mean=0.2500 min=0.1000 p10=0.1300 p25=0.1750 median=0.2500 "
                + "p75=0.3250 p90=0.3700 max=0.4000");
    }

    @Test
    void rejectsEmptyAndNaN() {
        assertThatThrownBy(() -> ScoreDistribution.of(List.of()))
                .hasMessage("a score distribution needs at least one value");
        assertThatThrownBy(() -> ScoreDistribution.of(List.of(Double.NaN)))
                .hasMessage("scores must be numbers, had null or NaN among 1");
    }

    @Test
    void probabilityAboveIsTheAurocWithTiesCountingHalf() {
        ScoreDistribution high = ScoreDistribution.of(List.of(0.5, 0.7, 0.9));
        ScoreDistribution low = ScoreDistribution.of(List.of(0.1, 0.5, 0.6));

        // pairs (high > low): 0.5 beats 0.1 and ties 0.5; 0.7 and 0.9 beat all three → (1 + 0.5 + 3 + 3) / 9
        assertThat(high.probabilityAbove(low)).isEqualTo(7.5 / 9);
        assertThat(low.probabilityAbove(high)).isEqualTo(1.5 / 9);
        assertThat(high.probabilityAbove(high)).isEqualTo(0.5);
    }
}
