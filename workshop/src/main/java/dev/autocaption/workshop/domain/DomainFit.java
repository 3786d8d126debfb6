package dev.autocaption.workshop.domain;

import dev.autocaption.inference.domain.DistanceQuantiles;
import dev.autocaption.inference.domain.DomainStatistics;
import dev.autocaption.workshop.evaluation.ScoreDistribution;
import java.util.ArrayList;
import java.util.List;

/**
 * Estimates {@link DomainStatistics} from the encoder features of in-domain images, in the log space the statistics
 * describe ({@link DomainStatistics#transform}).
 *
 * <p>Covariance: the sample covariance {@code S} shrunk towards a multiple of the identity,
 * {@code Σ = (1 - λ) S + λ (trace(S) / d) I}. With a few thousand images of a few hundred features {@code S} is
 * poorly conditioned (and singular with fewer images than features); shrinkage keeps every direction's variance at
 * least {@code λ} times the average, so the distance does not explode along directions the sample happened not to
 * vary in. By default λ is the Ledoit–Wolf estimate ({@link LedoitWolf}): about 0.01 for the demo model's 2,000
 * images of 256 features, about 0.5 for 24 images of 100 features, where a fixed small λ would call every new image
 * far away.
 *
 * <p>Calibration: the images are split into {@code folds} folds (image {@code i} in fold {@code i mod folds}); each
 * fold's distances are measured with the mean and covariance of the other folds, so the quantiles describe images
 * the statistics have not seen — as every image captioned later will be. The statistics kept are then fitted on all
 * images. Stateless and thread-safe.
 */
public final class DomainFit {
    /** Marks a fit whose λ is estimated from the data. */
    private static final double AUTOMATIC = -1;
    /** Cross-fitting folds used unless the caller chooses others. */
    public static final int DEFAULT_FOLDS = 5;

    private final double shrinkage;
    private final int folds;
    private final double logOffset;

    /**
     * @param shrinkage a fixed λ in [0, 1]; 0 only works with clearly more images than features
     * @param folds     cross-fitting folds, at least 2
     */
    public DomainFit(double shrinkage, int folds) {
        this(shrinkage, folds, DomainStatistics.DEFAULT_LOG_OFFSET);
    }

    /** @param logOffset ε of the log transform, > 0 */
    public DomainFit(double shrinkage, int folds, double logOffset) {
        if (!(shrinkage >= 0 && shrinkage <= 1) && shrinkage != AUTOMATIC) {
            throw new IllegalArgumentException("shrinkage must be in [0, 1], was " + shrinkage);
        }
        if (folds < 2) {
            throw new IllegalArgumentException("folds must be at least 2, was " + folds);
        }
        if (!(logOffset > 0) || Double.isInfinite(logOffset)) {
            throw new IllegalArgumentException("logOffset must be a finite number > 0, was " + logOffset);
        }
        this.shrinkage = shrinkage;
        this.folds = folds;
        this.logOffset = logOffset;
    }

    /** λ estimated by Ledoit–Wolf, {@value #DEFAULT_FOLDS} folds, the default log offset. */
    public static DomainFit defaults() {
        return new DomainFit(AUTOMATIC, DEFAULT_FOLDS, DomainStatistics.DEFAULT_LOG_OFFSET);
    }

    /** λ estimated by Ledoit–Wolf, with {@code folds} folds. */
    public static DomainFit automatic(int folds) {
        return new DomainFit(AUTOMATIC, folds, DomainStatistics.DEFAULT_LOG_OFFSET);
    }

    /**
     * Fits statistics of {@code features} (one vector per image, all the same length) for model {@code modelId}.
     *
     * @throws IllegalArgumentException with fewer than {@code 2 × folds} images, vectors of different lengths, or
     *                                  a covariance that cannot be inverted (λ = 0 with too few images)
     */
    public DomainStatistics fit(List<float[]> features, String modelId) {
        int n = features.size();
        if (n < 2 * folds) {
            throw new IllegalArgumentException("domain statistics need at least " + 2 * folds + " images ("
                    + folds + " folds of 2), got " + n);
        }
        int d = features.get(0).length;
        for (int i = 0; i < n; i++) {
            if (features.get(i).length != d) {
                throw new IllegalArgumentException("feature vector " + i + " has " + features.get(i).length
                        + " values, the first had " + d);
            }
        }
        List<double[]> transformed = features.stream().map(x -> DomainStatistics.transform(x, logOffset)).toList();
        double lambda = shrinkage == AUTOMATIC ? LedoitWolf.shrinkage(transformed) : shrinkage;
        List<Double> distances = new ArrayList<>(n);
        for (int fold = 0; fold < folds; fold++) {
            ShrunkGaussian g = ShrunkGaussian.of(select(transformed, fold, false), lambda);
            for (double[] z : select(transformed, fold, true)) {
                distances.add(g.distance(z));
            }
        }
        ScoreDistribution calibrated = ScoreDistribution.of(distances);
        DistanceQuantiles quantiles = new DistanceQuantiles(calibrated.percentile(50), calibrated.percentile(90),
                calibrated.percentile(99), calibrated.max());
        ShrunkGaussian all = ShrunkGaussian.of(transformed, lambda);
        return new DomainStatistics(modelId, n, lambda, logOffset, all.meanAsFloats(), all.precisionAsFloats(),
                quantiles);
    }

    private List<double[]> select(List<double[]> features, int fold, boolean inFold) {
        List<double[]> out = new ArrayList<>();
        for (int i = 0; i < features.size(); i++) {
            if ((i % folds == fold) == inFold) {
                out.add(features.get(i));
            }
        }
        return out;
    }
}
