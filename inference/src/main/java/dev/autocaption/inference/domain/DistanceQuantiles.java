package dev.autocaption.inference.domain;

/**
 * Quantiles of the Mahalanobis distance of in-domain images from the domain mean, each measured on images the mean
 * and covariance were not fitted on (cross-fitting, see {@link DomainFit}), so they describe new images of the
 * domain rather than the fitted ones.
 *
 * @param p50 the median distance
 * @param p90 the 90th percentile
 * @param p99 the 99th percentile: familiarity is 1 up to here
 * @param max the largest distance seen
 */
public record DistanceQuantiles(double p50, double p90, double p99, double max) {
    public DistanceQuantiles {
        if (!(p50 >= 0 && p50 <= p90 && p90 <= p99 && p99 <= max) || Double.isInfinite(max)) {
            throw new IllegalArgumentException("distance quantiles must be finite and 0 <= p50 <= p90 <= p99 <= max, "
                    + "was p50=" + p50 + " p90=" + p90 + " p99=" + p99 + " max=" + max);
        }
    }

    /** How far beyond {@link #p99} familiarity halves: the width of the in-domain tail {@code p99 - p90} (at least 1e-6). */
    public double tailScale() {
        return Math.max(1e-6, p99 - p90);
    }
}
