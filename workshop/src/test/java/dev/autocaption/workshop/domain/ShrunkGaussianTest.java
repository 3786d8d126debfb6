package dev.autocaption.workshop.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import dev.autocaption.inference.domain.DomainStatistics;
import java.util.List;
import org.junit.jupiter.api.Test;

class ShrunkGaussianTest {
    private static List<double[]> sample(int n, int d, long seed) {
        return DomainFitTest.logNormal(n, d, 0, seed).stream()
                .map(x -> DomainStatistics.transform(x, DomainStatistics.DEFAULT_LOG_OFFSET)).toList();
    }

    @Test
    void withFewerImagesThanFeaturesTheLowRankFormGivesTheDenseDistances() {
        List<double[]> fitted = sample(12, 40, 1L);
        ShrunkGaussian dense = ShrunkGaussian.dense(fitted, 0.3);
        ShrunkGaussian lowRank = ShrunkGaussian.lowRank(fitted, 0.3);

        for (double[] z : sample(20, 40, 2L)) {
            assertThat(lowRank.distance(z)).isCloseTo(dense.distance(z), offset(1e-9 * dense.distance(z)));
        }
        for (double[] z : fitted) {
            assertThat(lowRank.distance(z)).isCloseTo(dense.distance(z), offset(1e-9 * dense.distance(z)));
        }
    }

    @Test
    void theLowRankFormGivesTheDensePrecisionMatrix() {
        List<double[]> fitted = sample(12, 40, 3L);
        float[] dense = ShrunkGaussian.dense(fitted, 0.05).precisionAsFloats();
        float[] lowRank = ShrunkGaussian.lowRank(fitted, 0.05).precisionAsFloats();

        double largest = 0;
        for (float v : dense) {
            largest = Math.max(largest, Math.abs(v));
        }
        for (int i = 0; i < dense.length; i++) {
            assertThat((double) lowRank[i]).isCloseTo(dense[i], offset(1e-6 * largest));
        }
    }

    @Test
    void bothFormsGiveExactlySymmetricPrecisionMatrices() {
        List<double[]> fitted = sample(12, 30, 4L);
        for (float[] p : List.of(ShrunkGaussian.dense(fitted, 0.2).precisionAsFloats(),
                ShrunkGaussian.lowRank(fitted, 0.2).precisionAsFloats())) {
            for (int i = 0; i < 30; i++) {
                for (int j = 0; j < i; j++) {
                    assertThat(p[i * 30 + j]).isEqualTo(p[j * 30 + i]);
                }
            }
        }
    }

    @Test
    void theLowRankFormRefusesShrinkageItCannotRepresent() {
        assertThatThrownBy(() -> ShrunkGaussian.lowRank(sample(12, 40, 5L), 1.0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the low-rank form needs 0 < shrinkage < 1, was 1.0");
    }
}
