/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.clarify.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Kernel SHAP against Shapley values computed here from their definition: for a coalition {@code S}, the value
 * {@code v(S)} is the weighted mean over the background of {@code f(x_S, b_rest)}, and
 * {@code phi_i = sum over S not holding i of |S|! (M - |S| - 1)! / M! * (v(S + i) - v(S))}.
 */
class KernelShapTest {

    /** A non-linear model of up to 12 features: products, a sine, a max, a square and a three-way term. */
    static double f(double[] x) {
        double y = x[0] * x[1] + Math.sin(x[2]) + Math.pow(Math.max(x[3], x[4]), 2) + 0.5 * x[0] * x[3] * x[4];
        for (int j = 5; j < x.length; j++) {
            y += (j % 2 == 0 ? 1 : -0.5) * x[j] * (1 + 0.3 * x[j - 1]);
        }
        return y;
    }

    static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }

    static ModelInvoker model(boolean probability, AtomicInteger calls) {
        return rows -> {
            if (calls != null) {
                calls.incrementAndGet();
            }
            double[][] out = new double[rows.length][];
            for (int r = 0; r < rows.length; r++) {
                double y = f(rows[r]);
                out[r] = probability ? new double[] {sigmoid(0.3 * y), 1 - sigmoid(0.3 * y)} : new double[] {y};
            }
            return out;
        };
    }

    /** The exact Shapley values of the game {@code link(mean over background of output d)}. */
    static double[] exact(double[] x, double[][] background, double[] weights, boolean logit, int d) {
        int m = x.length;
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double[] value = new double[1 << m];
        for (int s = 0; s < (1 << m); s++) {
            double mean = 0;
            for (int b = 0; b < background.length; b++) {
                double[] row = background[b].clone();
                for (int j = 0; j < m; j++) {
                    if ((s & (1 << j)) != 0) {
                        row[j] = x[j];
                    }
                }
                double y = f(row);
                double out = logit ? (d == 0 ? sigmoid(0.3 * y) : 1 - sigmoid(0.3 * y)) : y;
                mean += weights[b] / total * out;
            }
            value[s] = logit ? Math.log(mean / (1 - mean)) : mean;
        }
        double[] fact = new double[m + 1];
        fact[0] = 1;
        for (int i = 1; i <= m; i++) {
            fact[i] = fact[i - 1] * i;
        }
        double[] phi = new double[m];
        for (int i = 0; i < m; i++) {
            for (int s = 0; s < (1 << m); s++) {
                if ((s & (1 << i)) != 0) {
                    continue;
                }
                int size = Integer.bitCount(s);
                phi[i] += fact[size] * fact[m - size - 1] / fact[m] * (value[s | (1 << i)] - value[s]);
            }
        }
        return phi;
    }

    static double[][] randomRows(int n, int m, long seed) {
        Random r = new Random(seed);
        double[][] rows = new double[n][m];
        for (double[] row : rows) {
            for (int j = 0; j < m; j++) {
                row[j] = r.nextGaussian() * 1.5;
            }
        }
        return rows;
    }

    @Test
    void explain_allCoalitionsFit_equalsExactShapleyValues() {
        double[][] background = randomRows(3, 6, 1);
        double[] weights = {0.5, 0.3, 0.2};
        KernelShap shap = new KernelShap(background, weights, model(false, null), 0, false, 7,
                KernelShap.DEFAULT_MAX_BATCH_ROWS);
        for (double[] x : randomRows(5, 6, 2)) {
            double[] phi = shap.explain(x).values()[0];
            double[] expected = exact(x, background, weights, false, 0);
            for (int j = 0; j < 6; j++) {
                assertThat(phi[j]).as("feature %d", j).isCloseTo(expected[j], within(1e-9));
            }
        }
    }

    @Test
    void explain_useLogitOnTwoOutputs_equalsExactShapleyValuesOfLogOdds() {
        double[][] background = randomRows(2, 5, 3);
        double[] weights = {1, 1};
        KernelShap shap = new KernelShap(background, null, model(true, null), 100, true, 7,
                KernelShap.DEFAULT_MAX_BATCH_ROWS);
        double[] x = randomRows(1, 5, 4)[0];
        KernelShap.Explanation e = shap.explain(x);
        for (int d = 0; d < 2; d++) {
            double[] expected = exact(x, background, weights, true, d);
            double sum = shap.expectedValue()[d];
            for (int j = 0; j < 5; j++) {
                assertThat(e.values()[d][j]).isCloseTo(expected[j], within(1e-9));
                sum += e.values()[d][j];
            }
            double p = e.output()[d];
            assertThat(sum).as("efficiency in log-odds").isCloseTo(Math.log(p / (1 - p)), within(1e-9));
        }
    }

    @Test
    void explain_sampledCoalitions_approximateExactValuesAndKeepEfficiency() {
        // 12 features: 4094 coalitions; the default budget (2M + 2048 = 2072) samples about half of them
        int m = 12;
        double[][] background = randomRows(2, m, 5);
        double[] weights = {1, 1};
        KernelShap shap = new KernelShap(background, null, model(false, null), 0, false, 11,
                KernelShap.DEFAULT_MAX_BATCH_ROWS);
        assertThat(shap.coalitions(m).masks).hasSize(2072);
        double worst = 0;
        for (double[] x : randomRows(4, m, 6)) {
            KernelShap.Explanation e = shap.explain(x);
            double[] phi = e.values()[0];
            double[] expected = exact(x, background, weights, false, 0);
            double scale = 0;
            double sum = shap.expectedValue()[0];
            for (int j = 0; j < m; j++) {
                scale = Math.max(scale, Math.abs(expected[j]));
                sum += phi[j];
            }
            for (int j = 0; j < m; j++) {
                worst = Math.max(worst, Math.abs(phi[j] - expected[j]) / scale);
            }
            assertThat(sum).as("efficiency holds exactly under sampling").isCloseTo(f(x), within(1e-9));
        }
        // stated tolerance: every value within 2% of the row's largest |Shapley value|
        assertThat(worst).isLessThan(0.02);
    }

    @Test
    void explain_smallBudget_stillWithinLooserTolerance() {
        int m = 10;
        double[][] background = randomRows(1, m, 8);
        KernelShap shap = new KernelShap(background, null, model(false, null), 300, false, 3,
                KernelShap.DEFAULT_MAX_BATCH_ROWS);
        double[] x = randomRows(1, m, 9)[0];
        double[] phi = shap.explain(x).values()[0];
        double[] expected = exact(x, background, new double[] {1}, false, 0);
        double scale = 0;
        for (double v : expected) {
            scale = Math.max(scale, Math.abs(v));
        }
        for (int j = 0; j < m; j++) {
            // 300 of 1022 coalitions: within 10% of the largest value
            assertThat(Math.abs(phi[j] - expected[j])).as("feature %d", j).isLessThan(0.10 * scale);
        }
    }

    @Test
    void coalitions_exhaustiveBudget_enumeratesEveryProperCoalitionOnce() {
        KernelShap shap = new KernelShap(new double[][] {{0, 0, 0, 0, 0}}, null, model(false, null), 0, false, 1,
                100);
        KernelShap.Coalitions c = shap.coalitions(5);
        assertThat(c.masks).hasSize(30);
        Set<Object> distinct = new HashSet<>(c.masks);
        assertThat(distinct).hasSize(30);
        double total = 0;
        for (double w : c.weights) {
            total += w;
        }
        assertThat(total).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void explain_oneCallPerRowUnlessCapped_sameValues() {
        double[][] background = randomRows(4, 6, 10);
        double[] x = randomRows(1, 6, 11)[0];
        AtomicInteger calls = new AtomicInteger();
        KernelShap one = new KernelShap(background, null, model(false, calls), 0, false, 1,
                KernelShap.DEFAULT_MAX_BATCH_ROWS);
        double[] a = one.explain(x).values()[0];
        assertThat(calls.get()).as("background call + one call for the row").isEqualTo(2);
        assertThat(one.modelRows()).isEqualTo(4 + 62 * 4 + 1);
        AtomicInteger capped = new AtomicInteger();
        KernelShap small = new KernelShap(background, null, model(false, capped), 0, false, 1, 40);
        double[] b = small.explain(x).values()[0];
        assertThat(capped.get()).as("62 coalitions x 4 rows in calls of at most 40 rows").isEqualTo(1 + 7);
        for (int j = 0; j < 6; j++) {
            assertThat(b[j]).isCloseTo(a[j], within(1e-12));
        }
    }

    @Test
    void explain_featureEqualToEveryBackgroundRow_getsZeroAndIsLeftOut() {
        double[][] background = {{1, 2, 3, 4, 5}};
        double[] x = {1, 0, 3, 1, 5};
        KernelShap shap = new KernelShap(background, null, model(false, null), 0, false, 1, 1000);
        double[] phi = shap.explain(x).values()[0];
        double[] expected = exact(x, background, new double[] {1}, false, 0);
        assertThat(phi[0]).isZero();
        assertThat(phi[2]).isZero();
        assertThat(phi[4]).isZero();
        assertThat(phi[1]).isCloseTo(expected[1], within(1e-9));
        assertThat(phi[3]).isCloseTo(expected[3], within(1e-9));
        assertThat(shap.modelRows()).as("2 coalitions of the 2 varying features, plus x, plus background")
                .isEqualTo(1 + 2 + 1);
    }
}
