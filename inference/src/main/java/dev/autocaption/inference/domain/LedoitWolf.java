package dev.autocaption.inference.domain;

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
        double[] mean = new double[d];
        for (double[] x : samples) {
            for (int i = 0; i < d; i++) {
                mean[i] += x[i] / n;
            }
        }
        double[][] centred = new double[n][d];
        double[][] s = new double[d][d];
        for (int k = 0; k < n; k++) {
            double[] x = centred[k];
            for (int i = 0; i < d; i++) {
                x[i] = samples.get(k)[i] - mean[i];
            }
            for (int i = 0; i < d; i++) {
                double xi = x[i] / n;
                double[] row = s[i];
                for (int j = 0; j <= i; j++) {
                    row[j] += xi * x[j];
                }
            }
        }
        // mirrored, so the quadratic forms below read whole rows (at 2,048 features, column reads dominated)
        for (int i = 0; i < d; i++) {
            for (int j = 0; j < i; j++) {
                s[j][i] = s[i][j];
            }
        }
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
        double spread = 0;
        for (double[] x : centred) {
            double squaredNorm = 0;
            double quadratic = 0;
            for (int i = 0; i < d; i++) {
                squaredNorm += x[i] * x[i];
                double[] row = s[i];
                double dot = 0;
                for (int j = 0; j < d; j++) {
                    dot += row[j] * x[j];
                }
                quadratic += x[i] * dot;
            }
            spread += squaredNorm * squaredNorm - 2 * quadratic + frobenius;
        }
        double beta = Math.min(delta, spread / ((double) n * n));
        return Math.max(0, Math.min(1, beta / delta));
    }
}
