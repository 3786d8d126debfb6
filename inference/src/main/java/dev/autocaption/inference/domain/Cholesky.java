package dev.autocaption.inference.domain;

/** Inverts a symmetric positive-definite matrix through its Cholesky factor {@code A = L Lᵀ}. Pure, stateless. */
final class Cholesky {
    private Cholesky() {
    }

    /**
     * {@code A⁻¹} for a symmetric positive-definite {@code a} (only its lower triangle is read).
     *
     * @throws IllegalArgumentException when {@code a} is not positive definite (naming the failing pivot)
     */
    static double[][] inverse(double[][] a) {
        double[][] lower = factor(a);
        double[][] inverseLower = invertLower(lower);
        int d = a.length;
        double[][] out = new double[d][d];
        for (int i = 0; i < d; i++) {
            for (int j = 0; j <= i; j++) {
                double sum = 0;
                for (int k = i; k < d; k++) {
                    sum += inverseLower[k][i] * inverseLower[k][j];
                }
                out[i][j] = sum;
                out[j][i] = sum;
            }
        }
        return out;
    }

    private static double[][] factor(double[][] a) {
        int d = a.length;
        double[][] l = new double[d][d];
        for (int i = 0; i < d; i++) {
            for (int j = 0; j <= i; j++) {
                double sum = a[i][j];
                for (int k = 0; k < j; k++) {
                    sum -= l[i][k] * l[j][k];
                }
                if (i == j) {
                    if (!(sum > 0)) {
                        throw new IllegalArgumentException("matrix is not positive definite: pivot " + i + " of " + d
                                + " is " + sum);
                    }
                    l[i][i] = Math.sqrt(sum);
                } else {
                    l[i][j] = sum / l[j][j];
                }
            }
        }
        return l;
    }

    private static double[][] invertLower(double[][] l) {
        int d = l.length;
        double[][] inv = new double[d][d];
        for (int j = 0; j < d; j++) {
            inv[j][j] = 1 / l[j][j];
            for (int i = j + 1; i < d; i++) {
                double sum = 0;
                for (int k = j; k < i; k++) {
                    sum -= l[i][k] * inv[k][j];
                }
                inv[i][j] = sum / l[i][i];
            }
        }
        return inv;
    }
}
