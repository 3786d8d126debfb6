package dev.autocaption.inference.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import org.junit.jupiter.api.Test;

class DomainStatisticsTest {
    private static final DistanceQuantiles QUANTILES = new DistanceQuantiles(2, 3, 5, 6);

    /** Two features, identity precision, mean at log(1 + ε): the raw feature (1, 1) is at distance 0. */
    static DomainStatistics unitStatistics() {
        float m = (float) Math.log(1 + DomainStatistics.DEFAULT_LOG_OFFSET);
        return new DomainStatistics("m-1", 100, 0.01, DomainStatistics.DEFAULT_LOG_OFFSET, new float[] {m, m},
                new float[] {1, 0, 0, 1}, QUANTILES);
    }

    @Test
    void familiarityIsOneUpToTheHighQuantileAndHalfOneTailWidthBeyond() {
        DomainStatistics stats = unitStatistics();

        assertThat(stats.familiarityAt(0)).isEqualTo(1.0);
        assertThat(stats.familiarityAt(5)).isEqualTo(1.0);
        assertThat(stats.familiarityAt(5 + 2)).isCloseTo(0.5, offset(1e-12));
        assertThat(stats.familiarityAt(5 + 2 * 10)).isCloseTo(1 / 101.0, offset(1e-12));
        assertThat(stats.familiarityAt(5.000001)).isCloseTo(1.0, offset(1e-9));
    }

    @Test
    void distanceIsMeasuredOnTheLogOfTheFeatures() {
        DomainStatistics stats = unitStatistics();
        double shifted = Math.log(Math.E * Math.E * (1 + DomainStatistics.DEFAULT_LOG_OFFSET)
                - DomainStatistics.DEFAULT_LOG_OFFSET);

        assertThat(stats.distance(new float[] {1, 1})).isCloseTo(0, offset(1e-6));
        assertThat(stats.distance(new float[] {(float) Math.exp(shifted), 1})).isCloseTo(2, offset(1e-5));
    }

    @Test
    void negativeFeaturesCountAsZero() {
        DomainStatistics stats = unitStatistics();

        assertThat(stats.distance(new float[] {-3, 1})).isEqualTo(stats.distance(new float[] {0, 1}));
    }

    @Test
    void aFeatureVectorOfTheWrongSizeIsRefused() {
        assertThatThrownBy(() -> unitStatistics().distance(new float[3]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("expected 2 features, got 3");
    }

    @Test
    void aPrecisionOfTheWrongSizeIsRefused() {
        assertThatThrownBy(() -> new DomainStatistics("m-1", 100, 0.01, 0.001, new float[2], new float[3],
                QUANTILES))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("precision must hold featureSize² = 4 values for 2 features, had 3");
    }

    @Test
    void quantilesOutOfOrderAreRefused() {
        assertThatThrownBy(() -> new DistanceQuantiles(3, 2, 5, 6))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("p50=3.0 p90=2.0");
    }
}
