package dev.autocaption.workshop.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import dev.autocaption.inference.domain.DomainStatistics;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class DomainFitTest {
    /** Features whose logs are independent standard normals around {@code centre}. */
    static List<float[]> logNormal(int n, int d, double centre, long seed) {
        return logNormal(n, d, centre, seed, false);
    }

    /** The same, with the i-th log feature's standard deviation {@code 0.2 (1 + i)} when {@code unequal}. */
    static List<float[]> logNormal(int n, int d, double centre, long seed, boolean unequal) {
        SplittableRandom random = new SplittableRandom(seed);
        List<float[]> out = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            float[] x = new float[d];
            for (int i = 0; i < d; i++) {
                x[i] = (float) Math.exp(centre + (unequal ? 0.2 * (1 + i) : 1) * gaussian(random));
            }
            out.add(x);
        }
        return out;
    }

    private static double gaussian(SplittableRandom random) {
        return Math.sqrt(-2 * Math.log(1 - random.nextDouble())) * Math.cos(2 * Math.PI * random.nextDouble());
    }

    @Test
    void distancesOfNewInDomainImagesFollowTheCalibratedQuantiles() {
        DomainStatistics stats = new DomainFit(0.01, 5).fit(logNormal(2000, 8, 0, 1L), "m-1");
        List<float[]> fresh = logNormal(2000, 8, 0, 2L);

        long beyondP99 = fresh.stream().filter(x -> stats.distance(x) > stats.quantiles().p99()).count();
        long beyondP50 = fresh.stream().filter(x -> stats.distance(x) > stats.quantiles().p50()).count();

        assertThat(beyondP99).isBetween(5L, 40L);
        assertThat(beyondP50).isBetween(900L, 1100L);
        // a chi distribution with 8 degrees of freedom has its median near 2.7
        assertThat(stats.quantiles().p50()).isCloseTo(2.7, offset(0.15));
        assertThat(stats.images()).isEqualTo(2000);
        assertThat(stats.modelId()).isEqualTo("m-1");
    }

    @Test
    void aFeatureAtTheMeanIsFamiliarAndOneFarAwayIsNot() {
        DomainStatistics stats = DomainFit.defaults().fit(logNormal(500, 8, 0, 3L), "m-1");
        float[] typical = new float[8];
        float[] far = new float[8];
        java.util.Arrays.fill(typical, 1f);
        java.util.Arrays.fill(far, 1000f);

        assertThat(stats.familiarity(typical).value()).isEqualTo(1.0);
        assertThat(stats.familiarity(far).value()).isLessThan(0.01);
        assertThat(stats.familiarity(far).distance()).isGreaterThan(4 * stats.quantiles().p99());
    }

    @Test
    void fewerImagesThanFeaturesStillFitWithShrinkage() {
        DomainStatistics stats = new DomainFit(0.1, 5).fit(logNormal(20, 64, 0, 4L), "m-1");

        assertThat(stats.featureSize()).isEqualTo(64);
        assertThat(stats.quantiles().p99()).isPositive();
    }

    @Test
    void automaticShrinkageIsLargeForFewImagesAndSmallForMany() {
        DomainStatistics few = DomainFit.defaults().fit(logNormal(20, 64, 0, 4L, true), "m-1");
        DomainStatistics many = DomainFit.defaults().fit(logNormal(4000, 8, 0, 4L, true), "m-1");

        assertThat(few.shrinkage()).isGreaterThan(0.3);
        assertThat(many.shrinkage()).isLessThan(0.05);
    }

    @Test
    void withoutShrinkageASingularCovarianceIsRefused() {
        assertThatThrownBy(() -> new DomainFit(0, 5).fit(logNormal(20, 64, 0, 4L), "m-1"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not positive definite");
    }

    @Test
    void tooFewImagesAreRefusedWithTheNumberNeeded() {
        assertThatThrownBy(() -> new DomainFit(0.01, 5).fit(logNormal(9, 4, 0, 5L), "m-1"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("domain statistics need at least 10 images (5 folds of 2), got 9");
    }

    @Test
    void vectorsOfDifferentLengthsAreRefused() {
        List<float[]> features = new ArrayList<>(logNormal(10, 4, 0, 6L));
        features.set(3, new float[5]);

        assertThatThrownBy(() -> new DomainFit(0.01, 5).fit(features, "m-1"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("feature vector 3 has 5 values, the first had 4");
    }
}
