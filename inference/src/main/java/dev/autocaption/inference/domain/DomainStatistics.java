package dev.autocaption.inference.domain;

import dev.autocaption.inference.Familiarity;
import java.util.Arrays;
import java.util.Objects;

/**
 * What a model's encoder features look like on its training domain. The pooled features are first mapped to
 * {@code z = log(max(x, 0) + ε)} ({@link #logOffset() ε}, 0.001 by default): pooled ReLU activations are sparse
 * (most are exactly 0 on any one image) and skewed, and on the log scale which units fire at all and how strongly
 * both count, which separates drawn scenes from noise, text and photographs far better than the raw values do
 * (measured in {@code models/demo/MODEL_CARD.md}). The statistics are the mean {@code μ} of {@code z}, the inverse
 * {@code P} of its shrunk covariance, and quantiles of the Mahalanobis distance
 * {@code d = sqrt((z - μ)ᵀ P (z - μ))} of in-domain images. An image's {@link Familiarity} is
 * <pre>
 *   f(d) = 1                                  for d ≤ p99
 *   f(d) = 1 / (1 + ((d - p99) / s)²)         for d > p99, with s = p99 - p90
 * </pre>
 * — 1 for 99 % of in-domain images, continuous with a continuous slope at p99, ½ one tail width {@code s} beyond
 * it, about 1 / k² at k tail widths, and never 0 (so a score can always be traced back to the unguarded one).
 *
 * <p>Immutable and thread-safe: the arrays are copied in and never handed out.
 */
public final class DomainStatistics {
    /** The default ε of the log transform. */
    public static final double DEFAULT_LOG_OFFSET = 0.001;

    private final String modelId;
    private final int images;
    private final double shrinkage;
    private final double logOffset;
    private final float[] mean;
    private final float[] precision;
    private final DistanceQuantiles quantiles;

    /**
     * @param modelId   the model id the features were computed with (a loader refuses statistics of another model)
     * @param images    how many images they were estimated from
     * @param shrinkage the covariance shrinkage λ in [0, 1] they were estimated with
     * @param logOffset ε of the log transform, > 0
     * @param mean      the mean of the transformed features, {@code featureSize} values
     * @param precision the inverse shrunk covariance, {@code featureSize²} values, row-major, exactly symmetric
     * @param quantiles the calibrated in-domain distance quantiles
     */
    public DomainStatistics(String modelId, int images, double shrinkage, double logOffset, float[] mean,
            float[] precision, DistanceQuantiles quantiles) {
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
        if (!(logOffset > 0) || Double.isInfinite(logOffset)) {
            throw new IllegalArgumentException("logOffset must be a finite number > 0, was " + logOffset);
        }
        if (mean.length == 0 || (long) mean.length * mean.length != precision.length) {
            throw new IllegalArgumentException("precision must hold featureSize² = " + (long) mean.length
                    * mean.length + " values for " + mean.length + " features, had " + precision.length);
        }
        requireFinite("mean", mean);
        requireFinite("precision", precision);
        requireSymmetric(precision, mean.length);
        this.images = images;
        this.shrinkage = shrinkage;
        this.logOffset = logOffset;
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

    public double logOffset() {
        return logOffset;
    }

    /** {@code log(max(x, 0) + ε)} of each feature: the space the statistics live in. */
    public static double[] transform(float[] features, double logOffset) {
        double[] out = new double[features.length];
        for (int i = 0; i < features.length; i++) {
            out[i] = Math.log(Math.max(features[i], 0f) + logOffset);
        }
        return out;
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

    /** The Mahalanobis distance of the transformed {@code features} (raw pooled encoder output) from the mean. */
    public double distance(float[] features) {
        if (features.length != mean.length) {
            throw new IllegalArgumentException("expected " + mean.length + " features, got " + features.length);
        }
        int d = mean.length;
        double[] centred = transform(features, logOffset);
        for (int i = 0; i < d; i++) {
            centred[i] -= mean[i];
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

    private static void requireSymmetric(float[] precision, int d) {
        for (int i = 0; i < d; i++) {
            for (int j = i + 1; j < d; j++) {
                if (precision[i * d + j] != precision[j * d + i]) {
                    throw new IllegalArgumentException("precision must be symmetric, but [" + i + "][" + j + "] is "
                            + precision[i * d + j] + " and [" + j + "][" + i + "] is " + precision[j * d + i]);
                }
            }
        }
    }

    @Override
    public String toString() {
        return "DomainStatistics[modelId=" + modelId + ", images=" + images + ", features=" + mean.length
                + ", shrinkage=" + shrinkage + ", logOffset=" + logOffset + ", " + quantiles + ", mean[0..3]="
                + Arrays.toString(Arrays.copyOf(mean, Math.min(3, mean.length))) + "]";
    }
}
