/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.sagemaker4j.exceptions.ValidationException;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class DatasetsTest {
    @Test
    void binaryClassification_sameSeed_sameRows() {
        Dataset a = Datasets.binaryClassification(200, 4, 42);
        Dataset b = Datasets.binaryClassification(200, 4, 42);
        Dataset other = Datasets.binaryClassification(200, 4, 43);

        assertThat(a.toCsv()).isEqualTo(b.toCsv());
        assertThat(other.toCsv()).isNotEqualTo(a.toCsv());
    }

    @Test
    void binaryClassification_seed42_firstRowIsPinned() {
        // pins the generator: a change here changes every downstream test's data
        String firstLine = Datasets.binaryClassification(3, 3, 42).toCsv().lines().findFirst().orElseThrow();

        assertThat(firstLine).isEqualTo("0,-1.1069903,0.28097764,0.6846228");
    }

    @Test
    void binaryClassification_generated_labelFirstCsvWithBothClasses() {
        Dataset data = Datasets.binaryClassification(1000, 5, 7);

        assertThat(data.rows()).isEqualTo(1000);
        assertThat(data.featureCount()).isEqualTo(5);
        assertThat(data.supervised()).isTrue();
        assertThat(data.toCsv().lines()).hasSize(1000).allSatisfy(line -> {
            String[] cells = line.split(",");
            assertThat(cells).hasSize(6);
            assertThat(cells[0]).isIn("0", "1");
        });
        double ones = Arrays.stream(data.labels()).sum();
        assertThat(ones).isBetween(300.0, 700.0);
    }

    @Test
    void binaryClassification_meanDifferenceDirection_separatesHeldOutRows() {
        Dataset data = Datasets.binaryClassification(2000, 5, 11);
        double[][] x = data.features();
        double[] y = data.labels();
        double[] direction = new double[5];
        for (int i = 0; i < 1000; i++) {
            for (int j = 0; j < 5; j++) {
                direction[j] += (y[i] == 1 ? 1 : -1) * x[i][j];
            }
        }
        int correct = 0;
        for (int i = 1000; i < 2000; i++) {
            double score = 0;
            for (int j = 0; j < 5; j++) {
                score += direction[j] * x[i][j];
            }
            correct += (score > 0 ? 1 : 0) == y[i] ? 1 : 0;
        }

        assertThat(correct / 1000.0).as("held-out accuracy of a linear rule").isGreaterThan(0.85);
    }

    @Test
    void multiclassClassification_threeClasses_labelsInRangeAndEachFrequent() {
        Dataset data = Datasets.builder().rows(900).features(4).seed(3).multiclassClassification(3);

        int[] counts = new int[3];
        for (double label : data.labels()) {
            counts[(int) label]++;
        }
        assertThat(Arrays.stream(counts).boxed()).allSatisfy(c -> assertThat(c).isGreaterThan(150));
        assertThat(data.toCsv().lines()).allSatisfy(line -> assertThat(line.split(",")[0]).isIn("0", "1", "2"));
    }

    @Test
    void regression_linearTarget_leastSquaresExplainsMostVariance() {
        Dataset data = Datasets.regression(500, 3, 5);
        double[][] x = data.features();
        double[] y = data.labels();
        double[] beta = leastSquares(x, y);
        double mean = Arrays.stream(y).average().orElseThrow();
        double residual = 0;
        double total = 0;
        for (int i = 0; i < y.length; i++) {
            double fit = beta[0] + beta[1] * x[i][0] + beta[2] * x[i][1] + beta[3] * x[i][2];
            residual += (y[i] - fit) * (y[i] - fit);
            total += (y[i] - mean) * (y[i] - mean);
        }

        assertThat(1 - residual / total).as("R squared").isGreaterThan(0.95);
        assertThat(beta[0]).as("intercept").isCloseTo(1.0, within(0.1));
        assertThat(data.toCsv().lines().findFirst().orElseThrow().split(",")[0])
                .isEqualTo(Float.toString((float) y[0]));
    }

    /** Ordinary least squares with an intercept, by the normal equations and Gaussian elimination. */
    private static double[] leastSquares(double[][] x, double[] y) {
        int n = x[0].length + 1;
        double[][] a = new double[n][n + 1];
        for (int i = 0; i < x.length; i++) {
            double[] row = new double[n];
            row[0] = 1;
            System.arraycopy(x[i], 0, row, 1, n - 1);
            for (int r = 0; r < n; r++) {
                for (int c = 0; c < n; c++) {
                    a[r][c] += row[r] * row[c];
                }
                a[r][n] += row[r] * y[i];
            }
        }
        for (int p = 0; p < n; p++) {
            for (int r = p + 1; r < n; r++) {
                double f = a[r][p] / a[p][p];
                for (int c = p; c <= n; c++) {
                    a[r][c] -= f * a[p][c];
                }
            }
        }
        double[] beta = new double[n];
        for (int r = n - 1; r >= 0; r--) {
            double s = a[r][n];
            for (int c = r + 1; c < n; c++) {
                s -= a[r][c] * beta[c];
            }
            beta[r] = s / a[r][r];
        }
        return beta;
    }

    @Test
    void clusters_threeCenters_noLabelColumnAndPointsNearestTheirOwnCenter() {
        Dataset data = Datasets.builder().rows(300).features(2).seed(9).clusters(3);
        double[][] x = data.features();
        double[] y = data.labels();
        double[][] means = new double[3][2];
        int[] counts = new int[3];
        for (int i = 0; i < x.length; i++) {
            int k = (int) y[i];
            counts[k]++;
            means[k][0] += x[i][0];
            means[k][1] += x[i][1];
        }
        for (int k = 0; k < 3; k++) {
            means[k][0] /= counts[k];
            means[k][1] /= counts[k];
        }
        int nearestOwn = 0;
        for (int i = 0; i < x.length; i++) {
            int best = 0;
            for (int k = 1; k < 3; k++) {
                if (distance(x[i], means[k]) < distance(x[i], means[best])) {
                    best = k;
                }
            }
            nearestOwn += best == (int) y[i] ? 1 : 0;
        }

        assertThat(data.supervised()).isFalse();
        assertThat(data.toCsv().lines()).allSatisfy(line -> assertThat(line.split(",")).hasSize(2));
        assertThat(data.toCsv()).isEqualTo(data.featuresCsv());
        assertThat(nearestOwn / 300.0).isGreaterThan(0.95);
    }

    private static double distance(double[] a, double[] b) {
        return Math.hypot(a[0] - b[0], a[1] - b[1]);
    }

    @Test
    void clusters_givenCenters_pointsAroundThemAndFeatureCountFromThem() {
        double[][] centers = {{0, 0, 0}, {10, 10, 0}, {-10, 5, 8}};
        Dataset data = Datasets.builder().rows(900).seed(21).clusters(centers);
        double[][] x = data.features();
        double[] y = data.labels();
        double[][] means = new double[3][3];
        int[] counts = new int[3];
        for (int i = 0; i < x.length; i++) {
            int k = (int) y[i];
            counts[k]++;
            for (int j = 0; j < 3; j++) {
                means[k][j] += x[i][j];
            }
        }

        assertThat(data.featureCount()).isEqualTo(3);
        assertThat(data.supervised()).isFalse();
        assertThat(data.toString()).isEqualTo("clusters (3 given centers), 900 rows x 3 features, seed 21");
        for (int k = 0; k < 3; k++) {
            assertThat(counts[k]).isBetween(240, 360);
            for (int j = 0; j < 3; j++) {
                assertThat(means[k][j] / counts[k]).isCloseTo(centers[k][j], within(0.2));
            }
        }
        assertThat(Arrays.stream(Datasets.builder().rows(900).seed(21).noise(0).clusters(centers).features())
                .map(Arrays::toString)).isSubsetOf(Arrays.stream(centers).map(Arrays::toString).toList());
    }

    @Test
    void clusters_givenCentersDisagreeingWithFeatures_failNamingTheField() {
        assertThatThrownBy(() -> Datasets.builder().features(2).clusters(new double[][] {{0, 0, 0}}))
                .isInstanceOf(ValidationException.class).hasMessageContaining("centers[0]")
                .hasMessageContaining("features(2)");
        assertThatThrownBy(() -> Datasets.builder().clusters(new double[][] {{0, 0}, {1}}))
                .isInstanceOf(ValidationException.class).hasMessageContaining("centers[1]");
        assertThatThrownBy(() -> Datasets.builder().clusters(new double[][] {{0, Double.NaN}}))
                .isInstanceOf(ValidationException.class).hasMessageContaining("centers[0][1]");
        assertThatThrownBy(() -> Datasets.builder().clusters(new double[0][]))
                .isInstanceOf(ValidationException.class).hasMessageContaining("centers");
    }

    @Test
    void regression_givenWeights_leastSquaresFindsThem() {
        Dataset data = Datasets.builder().rows(2000).seed(15).noise(0.1).regression(new double[] {3, -2, 0.5}, 10);

        double[] beta = leastSquares(data.features(), data.labels());

        assertThat(data.featureCount()).isEqualTo(3);
        assertThat(beta).containsExactly(new double[] {10, 3, -2, 0.5}, within(0.02));
        assertThat(data.toString())
                .isEqualTo("regression (weights [3.0, -2.0, 0.5], intercept 10.0), 2000 rows x 3 features, seed 15,"
                        + " noise 0.1");
    }

    @Test
    void regression_givenWeightsBad_failNamingTheField() {
        assertThatThrownBy(() -> Datasets.builder().features(4).regression(new double[] {1, 2}, 0))
                .isInstanceOf(ValidationException.class).hasMessageContaining("weights")
                .hasMessageContaining("features(4)");
        assertThatThrownBy(() -> Datasets.builder().regression(new double[0], 0))
                .isInstanceOf(ValidationException.class).hasMessageContaining("weights");
        assertThatThrownBy(() -> Datasets.builder().regression(new double[] {1, Double.POSITIVE_INFINITY}, 0))
                .isInstanceOf(ValidationException.class).hasMessageContaining("weights[1]");
        assertThatThrownBy(() -> Datasets.builder().regression(new double[] {1}, Double.NaN))
                .isInstanceOf(ValidationException.class).hasMessageContaining("intercept");
    }

    @Test
    void noise_zero_binaryLabelsFollowTheRuleExactly() {
        Dataset noisy = Datasets.builder().rows(500).features(3).seed(1).binaryClassification();
        Dataset clean = Datasets.builder().rows(500).features(3).seed(1).noise(0).binaryClassification();

        assertThat(clean.features()).isEqualTo(noisy.features());
        assertThat(clean.labels()).isNotEqualTo(noisy.labels());
        assertThat(clean.toString()).isEqualTo("binary classification, 500 rows x 3 features, seed 1, noise 0.0");
    }

    @Test
    void builder_badCounts_failWithTheFieldNamed() {
        assertThatThrownBy(() -> Datasets.binaryClassification(0, 5, 1)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("rows");
        assertThatThrownBy(() -> Datasets.regression(10, -1, 1)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("features");
        assertThatThrownBy(() -> Datasets.builder().multiclassClassification(1))
                .isInstanceOf(ValidationException.class).hasMessageContaining("classes");
        assertThatThrownBy(() -> Datasets.builder().clusters(0)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("centers");
        assertThatThrownBy(() -> Datasets.builder().noise(Double.NaN)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("noise");
    }
}
