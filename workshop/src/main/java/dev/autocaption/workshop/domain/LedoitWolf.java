package dev.autocaption.workshop.domain;

import java.util.List;

/**
 * The Ledoit–Wolf (2004) estimate of the shrinkage intensity towards a scaled identity that minimises the expected
 * squared error of the shrunk covariance: with {@code S} the sample covariance (divided by n), {@code μ = tr(S)/d},
 * {@code δ² = ‖S − μI‖²} and {@code β² = min(δ², (1/n²) Σₖ ‖xₖxₖᵀ − S‖²)} (centred samples, Frobenius norms),
 * {@code λ = β² / δ²}. Few images per feature give a large λ, many a small one. Pure, stateless.
 */
final class LedoitWolf {
    private LedoitWolf() {
    }

    /** λ in [0, 1] for {@code samples} (at least 2, all the same length). */
    static double shrinkage(List<double[]> samples) {
        int n = samples.size();
        int d = samples.get(0).length;
        double[][] centred = centred(samples);
        double[][] s = covariance(centred);
        double trace = 0;
        double frobenius = 0;
        for (int i = 0; i < d; i++) {
            trace += s[i][i];
            for (int j = 0; j < d; j++) {
                frobenius += s[i][j] * s[i][j];
            }
        }
        double mu = trace / d;
        double delta = frobenius - 2 * mu * trace + mu * mu * d;
        if (!(delta > 0)) {
            return 1.0;
        }
        double beta = Math.min(delta, spread(centred, s, frobenius) / ((double) n * n));
        return Math.max(0, Math.min(1, beta / delta));
    }

    private static double[][] centred(List<double[]> samples) {
        int n = samples.size();
        int d = samples.get(0).length;
        double[] mean = new double[d];
        for (double[] x : samples) {
            for (int i = 0; i < d; i++) {
                mean[i] += x[i] / n;
            }
        }
        double[][] out = new double[n][d];
        for (int k = 0; k < n; k++) {
            for (int i = 0; i < d; i++) {
                out[k][i] = samples.get(k)[i] - mean[i];
            }
        }
        return out;
    }

    /**
     * The full symmetric covariance (divided by n) of centred samples: the lower triangle is accumulated, then
     * mirrored, so {@link #spread} reads whole rows (at 2,048 features, column reads dominated its time).
     */
    private static double[][] covariance(double[][] centred) {
        int n = centred.length;
        int d = centred[0].length;
        double[][] s = new double[d][d];
        for (double[] x : centred) {
            for (int i = 0; i < d; i++) {
                double xi = x[i] / n;
                double[] row = s[i];
                for (int j = 0; j <= i; j++) {
                    row[j] += xi * x[j];
                }
            }
        }
        for (int i = 0; i < d; i++) {
            for (int j = 0; j < i; j++) {
                s[j][i] = s[i][j];
            }
        }
        return s;
    }

    /** {@code Σₖ ‖xₖxₖᵀ − S‖² = Σₖ (|xₖ|⁴ − 2 xₖᵀ S xₖ + ‖S‖²)}. */
    private static double spread(double[][] centred, double[][] s, double frobenius) {
        double spread = 0;
        for (double[] x : centred) {
            double squaredNorm = 0;
            double quadratic = 0;
            for (int i = 0; i < x.length; i++) {
                squaredNorm += x[i] * x[i];
                double[] row = s[i];
                double dot = 0;
                for (int j = 0; j < x.length; j++) {
                    dot += row[j] * x[j];
                }
                quadratic += x[i] * dot;
            }
            spread += squaredNorm * squaredNorm - 2 * quadratic + frobenius;
        }
        return spread;
    }
}
