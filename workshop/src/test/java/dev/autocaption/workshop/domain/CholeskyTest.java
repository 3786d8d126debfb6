package dev.autocaption.workshop.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class CholeskyTest {
    /** {@code B Bᵀ + I} for a random 13 × 13 {@code B}: symmetric positive definite, lower triangle only. */
    private static double[][] lowerOfSpd(int d, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[][] b = new double[d][d];
        for (double[] row : b) {
            for (int j = 0; j < d; j++) {
                row[j] = random.nextDouble() - 0.5;
            }
        }
        double[][] a = new double[d][];
        for (int i = 0; i < d; i++) {
            a[i] = new double[i + 1];
            for (int j = 0; j <= i; j++) {
                for (int k = 0; k < d; k++) {
                    a[i][j] += b[i][k] * b[j][k];
                }
                a[i][j] += i == j ? 1 : 0;
            }
        }
        return a;
    }

    private static double at(double[][] lower, int i, int j) {
        return i >= j ? lower[i][j] : lower[j][i];
    }

    @Test
    void theInverseTimesTheMatrixIsTheIdentity() {
        double[][] a = lowerOfSpd(13, 1L);
        double[][] inverse = Cholesky.of(a).inverse();

        for (int i = 0; i < 13; i++) {
            for (int j = 0; j < 13; j++) {
                double sum = 0;
                for (int k = 0; k < 13; k++) {
                    sum += at(a, i, k) * inverse[k][j];
                }
                assertThat(sum).isCloseTo(i == j ? 1 : 0, offset(1e-10));
            }
        }
    }

    @Test
    void theInverseQuadraticMatchesTheExplicitInverse() {
        double[][] a = lowerOfSpd(13, 2L);
        Cholesky factor = Cholesky.of(a);
        double[][] inverse = factor.inverse();
        double[] c = new double[13];
        for (int i = 0; i < 13; i++) {
            c[i] = i - 6;
        }
        double expected = 0;
        for (int i = 0; i < 13; i++) {
            for (int j = 0; j < 13; j++) {
                expected += c[i] * inverse[i][j] * c[j];
            }
        }

        assertThat(factor.inverseQuadratic(c)).isCloseTo(expected, offset(1e-9 * expected));
    }

    @Test
    void solvingRowsUndoesTheFactor() {
        double[][] a = lowerOfSpd(5, 3L);
        Cholesky factor = Cholesky.of(a);
        double[][] identity = new double[5][5];
        for (int i = 0; i < 5; i++) {
            identity[i][i] = 1;
        }
        double[][] inverseLower = factor.solveRows(identity);
        double[][] inverse = factor.inverse();

        for (int i = 0; i < 5; i++) {
            for (int j = 0; j < 5; j++) {
                double sum = 0;
                for (int k = 0; k < 5; k++) {
                    sum += inverseLower[k][i] * inverseLower[k][j];
                }
                assertThat(sum).isCloseTo(inverse[i][j], offset(1e-12));
            }
        }
    }

    @Test
    void aMatrixThatIsNotPositiveDefiniteIsRefusedNamingThePivot() {
        double[][] a = {{1}, {2, 1}};

        assertThatThrownBy(() -> Cholesky.of(a))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("matrix is not positive definite: pivot 1 of 2 is -3.0");
    }
}
