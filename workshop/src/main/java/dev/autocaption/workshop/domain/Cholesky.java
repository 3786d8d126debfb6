package dev.autocaption.workshop.domain;

/**
 * The Cholesky factor {@code A = L Lᵀ} of a symmetric positive-definite matrix, held as triangular rows
 * ({@code lower[i]} has {@code i + 1} values). Every inner loop is a dot product of two rows read front to back:
 * at 2,048 features (the published im2txt encoder) the textbook column-order inverse took 25 s on this project's
 * 2-core machine, mostly waiting on cache misses; row order takes a small fraction of that (see
 * {@code models/demo/MODEL_CARD.md}). Immutable once built.
 */
final class Cholesky {
    private final double[][] lower;

    private Cholesky(double[][] lower) {
        this.lower = lower;
    }

    /**
     * Factors {@code a}, of which only the lower triangle is read ({@code a[i]} needs {@code i + 1} values).
     *
     * @throws IllegalArgumentException when {@code a} is not positive definite (naming the failing pivot)
     */
    static Cholesky of(double[][] a) {
        int d = a.length;
        double[][] l = new double[d][];
        for (int i = 0; i < d; i++) {
            double[] row = new double[i + 1];
            l[i] = row;
            for (int j = 0; j < i; j++) {
                row[j] = (a[i][j] - dot(row, 0, l[j], 0, j)) / l[j][j];
            }
            double pivot = a[i][i] - dot(row, 0, row, 0, i);
            if (!(pivot > 0)) {
                throw new IllegalArgumentException("matrix is not positive definite: pivot " + i + " of " + d
                        + " is " + pivot);
            }
            row[i] = Math.sqrt(pivot);
        }
        return new Cholesky(l);
    }

    int size() {
        return lower.length;
    }

    /** {@code cᵀ A⁻¹ c = |L⁻¹ c|²}, by forward substitution. */
    double inverseQuadratic(double[] c) {
        int d = lower.length;
        double[] y = new double[d];
        double sum = 0;
        for (int i = 0; i < d; i++) {
            y[i] = (c[i] - dot(lower[i], 0, y, 0, i)) / lower[i][i];
            sum += y[i] * y[i];
        }
        return sum;
    }

    /** {@code V = L⁻¹ R} for {@code R} given as {@link #size()} rows of any common length, solved row by row. */
    double[][] solveRows(double[][] rows) {
        int n = lower.length;
        double[][] out = new double[n][];
        for (int k = 0; k < n; k++) {
            double[] v = rows[k].clone();
            for (int m = 0; m < k; m++) {
                double f = lower[k][m];
                double[] previous = out[m];
                for (int j = 0; j < v.length; j++) {
                    v[j] -= f * previous[j];
                }
            }
            double pivot = lower[k][k];
            for (int j = 0; j < v.length; j++) {
                v[j] /= pivot;
            }
            out[k] = v;
        }
        return out;
    }

    /**
     * {@code A⁻¹ = L⁻ᵀ L⁻¹}, row-major and exactly symmetric. Column {@code j} of {@code L⁻¹} is solved into a row
     * ({@code columns[j][i - j]} = {@code (L⁻¹)[i][j]}), so the product is again row against row.
     */
    double[][] inverse() {
        int d = lower.length;
        double[][] columns = new double[d][];
        for (int j = 0; j < d; j++) {
            double[] w = new double[d - j];
            w[0] = 1 / lower[j][j];
            for (int i = j + 1; i < d; i++) {
                w[i - j] = -dot(lower[i], j, w, 0, i - j) / lower[i][i];
            }
            columns[j] = w;
        }
        double[][] out = new double[d][d];
        for (int a = 0; a < d; a++) {
            for (int b = a; b < d; b++) {
                double v = dot(columns[a], b - a, columns[b], 0, d - b);
                out[a][b] = v;
                out[b][a] = v;
            }
        }
        return out;
    }

    /** {@code Σ x[xFrom + k] y[yFrom + k]} for {@code k < n}, with four partial sums to keep the pipeline busy. */
    private static double dot(double[] x, int xFrom, double[] y, int yFrom, int n) {
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        int k = 0;
        for (; k + 3 < n; k += 4) {
            s0 += x[xFrom + k] * y[yFrom + k];
            s1 += x[xFrom + k + 1] * y[yFrom + k + 1];
            s2 += x[xFrom + k + 2] * y[yFrom + k + 2];
            s3 += x[xFrom + k + 3] * y[yFrom + k + 3];
        }
        for (; k < n; k++) {
            s0 += x[xFrom + k] * y[yFrom + k];
        }
        return (s0 + s1) + (s2 + s3);
    }
}
