package dev.autocaption.inference.domain;

import dev.autocaption.inference.Familiarity;
import java.util.Arrays;
import java.util.Objects;

/**
 * What a model's encoder features look like on its training domain: their mean {@code μ}, the inverse {@code P} of
 * their shrunk covariance, and quantiles of the Mahalanobis distance {@code d(x) = sqrt((x - μ)ᵀ P (x - μ))} of
 * in-domain images. An image's {@link Familiarity} is
 * <pre>
 *   f(d) = 1                                  for d ≤ p99
 *   f(d) = 1 / (1 + ((d - p99) / s)²)         for d > p99, with s = p99 - p50
 * </pre>
 * — 1 for 99 % of in-domain images, continuous with a continuous slope at p99, ½ one in-domain spread {@code s}
 * beyond it, about 1 / k² at k spreads, and never 0 (so a score can always be traced back to the unguarded one).
 *
 * <p>Immutable and thread-safe: the arrays are copied in and never handed out.
 */
public final class DomainStatistics {
    private final String modelId;
    private final int images;
    private final double shrinkage;
    private final float[] mean;
    private final float[] precision;
    private final DistanceQuantiles quantiles;

    /**
     * @param modelId   the model id the features were computed with (a loader refuses statistics of another model)
     * @param images    how many images they were estimated from
     * @param shrinkage the covariance shrinkage λ in [0, 1] they were estimated with
     * @param mean      the feature mean, {@code featureSize} values
     * @param precision the inverse shrunk covariance, {@code featureSize²} values, row-major, symmetric
     * @param quantiles the calibrated in-domain distance quantiles
     */
    public DomainStatistics(String modelId, int images, double shrinkage, float[] mean, float[] precision,
            DistanceQuantiles quantiles) {
        this.modelId = Objects.requireNonNull(modelId, "modelId");
        this.quantiles = Objects.requireNonNull(quantiles, "quantiles");
        Objects.requireNonNull(mean, "mean");
        Objects.requireNonNull(precision, "precision");
        if (images < 2) {
            throw new IllegalArgumentException("domain statistics need at least 2 images, was " + images);
        }
        if (!(shrinkage >= 0 && shrinkage <= 1)) {
            throw new IllegalArgumentException("shrinkage must be in [0, 1], was " + shrinkage);
        }
        if (mean.length == 0 || (long) mean.length * mean.length != precision.length) {
            throw new IllegalArgumentException("precision must hold featureSize² = " + (long) mean.length
                    * mean.length + " values for " + mean.length + " features, had " + precision.length);
        }
        requireFinite("mean", mean);
        requireFinite("precision", precision);
        this.images = images;
        this.shrinkage = shrinkage;
        this.mean = mean.clone();
        this.precision = precision.clone();
    }

    public String modelId() {
        return modelId;
    }

    public int images() {
        return images;
    }

    public double shrinkage() {
        return shrinkage;
    }

    public int featureSize() {
        return mean.length;
    }

    public DistanceQuantiles quantiles() {
        return quantiles;
    }

    /** A copy of the mean. */
    public float[] mean() {
        return mean.clone();
    }

    /** A copy of the precision matrix, row-major. */
    public float[] precision() {
        return precision.clone();
    }

    /** The Mahalanobis distance of {@code features} from the mean. */
    public double distance(float[] features) {
        if (features.length != mean.length) {
            throw new IllegalArgumentException("expected " + mean.length + " features, got " + features.length);
        }
        int d = mean.length;
        double[] centred = new double[d];
        for (int i = 0; i < d; i++) {
            centred[i] = features[i] - mean[i];
        }
        double sum = 0;
        for (int i = 0; i < d; i++) {
            double row = 0;
            for (int j = 0; j < d; j++) {
                row += precision[i * d + j] * centred[j];
            }
            sum += centred[i] * row;
        }
        return Math.sqrt(Math.max(0, sum));
    }

    /** The familiarity of {@code features} (formula in the class comment). */
    public Familiarity familiarity(float[] features) {
        double distance = distance(features);
        if (!Double.isFinite(distance)) {
            return new Familiarity(Double.MIN_VALUE, Double.MAX_VALUE);
        }
        return new Familiarity(familiarityAt(distance), distance);
    }

    /** {@code f(d)} from the class comment. */
    public double familiarityAt(double distance) {
        if (distance <= quantiles.p99()) {
            return 1.0;
        }
        double k = (distance - quantiles.p99()) / quantiles.tailScale();
        return Math.max(Double.MIN_VALUE, 1.0 / (1.0 + k * k));
    }

    private static void requireFinite(String name, float[] values) {
        for (int i = 0; i < values.length; i++) {
            if (!Float.isFinite(values[i])) {
                throw new IllegalArgumentException(name + "[" + i + "] must be finite, was " + values[i]);
            }
        }
    }

    @Override
    public String toString() {
        return "DomainStatistics[modelId=" + modelId + ", images=" + images + ", features=" + mean.length
                + ", shrinkage=" + shrinkage + ", " + quantiles + ", mean[0..3]="
                + Arrays.toString(Arrays.copyOf(mean, Math.min(3, mean.length))) + "]";
    }
}
