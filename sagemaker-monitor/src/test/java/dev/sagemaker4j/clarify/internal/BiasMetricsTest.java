/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.clarify.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * Every bias metric on a ten-row table, computed by hand. Facet d is rows 0-3, facet a rows 4-9.
 *
 * <pre>
 * row      0 1 2 3 | 4 5 6 7 8 9
 * label y  1 0 0 0 | 1 1 1 0 0 1     q_d = 1/4, q_a = 4/6
 * pred y^  1 1 0 0 | 1 1 0 0 1 1     d: TP 1 FP 1 FN 0 TN 2; a: TP 3 FP 1 FN 1 TN 1
 * group    A A B B | A A A B B B
 * x        1 2 3 4 | 1 2 3 4 5 6
 * </pre>
 */
class BiasMetricsTest {
    static final boolean[] D = {true, true, true, true, false, false, false, false, false, false};
    static final boolean[] Y = b(1, 0, 0, 0, 1, 1, 1, 0, 0, 1);
    static final boolean[] Y_HAT = b(1, 1, 0, 0, 1, 1, 0, 0, 1, 1);
    static final String[] GROUP = {"A", "A", "B", "B", "A", "A", "A", "B", "B", "B"};
    static final double[][] X = {{1}, {2}, {3}, {4}, {1}, {2}, {3}, {4}, {5}, {6}};
    static final String[][] X_TEXT = {{"1"}, {"2"}, {"3"}, {"4"}, {"1"}, {"2"}, {"3"}, {"4"}, {"5"}, {"6"}};
    static final double EPS = 1e-12;

    static boolean[] b(int... v) {
        boolean[] out = new boolean[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = v[i] == 1;
        }
        return out;
    }

    @Test
    void preTraining_handTable_matchesHandValues() {
        // CI = (n_a - n_d) / n = (6 - 4) / 10
        assertThat(BiasMetrics.ci(D)).isCloseTo(0.2, within(EPS));
        // DPL = q_a - q_d = 4/6 - 1/4
        assertThat(BiasMetrics.dpl(D, Y)).isCloseTo(4.0 / 6 - 1.0 / 4, within(EPS));
        // label distributions (negative, positive): P_a = (1/3, 2/3), P_d = (3/4, 1/4)
        double a0 = 1.0 / 3;
        double a1 = 2.0 / 3;
        double d0 = 3.0 / 4;
        double d1 = 1.0 / 4;
        assertThat(BiasMetrics.kl(D, Y)).isCloseTo(a0 * Math.log(a0 / d0) + a1 * Math.log(a1 / d1), within(EPS));
        double m0 = (a0 + d0) / 2;
        double m1 = (a1 + d1) / 2;
        double js = 0.5 * (a0 * Math.log(a0 / m0) + a1 * Math.log(a1 / m1) + d0 * Math.log(d0 / m0)
                + d1 * Math.log(d1 / m1));
        assertThat(BiasMetrics.js(D, Y)).isCloseTo(js, within(EPS));
        assertThat(BiasMetrics.lp(D, Y)).isCloseTo(Math.sqrt(2) * 5.0 / 12, within(EPS));
        assertThat(BiasMetrics.tvd(D, Y)).isCloseTo(5.0 / 12, within(EPS));
        assertThat(BiasMetrics.ks(D, Y)).isCloseTo(5.0 / 12, within(EPS));
        // group A (rows 0,1,4,5,6): accepted 0,4,5,6 (1 of d), rejected 1 (1 of d): DD = 1 - 1/4
        // group B (rows 2,3,7,8,9): accepted 9 (0 of d), rejected 2,3,7,8 (2 of d): DD = 2/4 - 0
        assertThat(BiasMetrics.cdd(D, Y, GROUP)).isCloseTo((5 * 0.75 + 5 * 0.5) / 10, within(EPS));
    }

    @Test
    void postTraining_handTable_matchesHandValues() {
        // predicted positive: d 2 of 4, a 4 of 6
        assertThat(BiasMetrics.dppl(D, Y_HAT)).isCloseTo(4.0 / 6 - 2.0 / 4, within(EPS));
        assertThat(BiasMetrics.di(D, Y_HAT)).isCloseTo((2.0 / 4) / (4.0 / 6), within(EPS));
        // c = observed / predicted acceptances: a 4/4, d 1/2
        assertThat(BiasMetrics.confusion("DCA", D, Y, Y_HAT)).isCloseTo(1.0 - 0.5, within(EPS));
        // r = observed / predicted rejections: d 3/2, a 2/2; DCR = r_d - r_a
        assertThat(BiasMetrics.confusion("DCR", D, Y, Y_HAT)).isCloseTo(1.5 - 1.0, within(EPS));
        // recall a 3/4, d 1/1
        assertThat(BiasMetrics.confusion("RD", D, Y, Y_HAT)).isCloseTo(0.75 - 1.0, within(EPS));
        // precision a 3/4, d 1/2
        assertThat(BiasMetrics.confusion("DAR", D, Y, Y_HAT)).isCloseTo(0.75 - 0.5, within(EPS));
        // TN / predicted negatives: d 2/2, a 1/2; DRR = d - a
        assertThat(BiasMetrics.confusion("DRR", D, Y, Y_HAT)).isCloseTo(1.0 - 0.5, within(EPS));
        // accuracy a 4/6, d 3/4
        assertThat(BiasMetrics.confusion("AD", D, Y, Y_HAT)).isCloseTo(4.0 / 6 - 3.0 / 4, within(EPS));
        // FN/FP: d 0/1, a 1/1
        assertThat(BiasMetrics.confusion("TE", D, Y, Y_HAT)).isCloseTo(0.0 - 1.0, within(EPS));
        // group A: y^ accepted 0,1,4,5 (2 of d), rejected 6 (0 of d): DD = 0 - 2/4
        // group B: y^ accepted 8,9 (0 of d), rejected 2,3,7 (2 of d): DD = 2/3 - 0
        assertThat(BiasMetrics.cdd(D, Y_HAT, GROUP)).isCloseTo((5 * -0.5 + 5 * (2.0 / 3)) / 10, within(EPS));
        // flip test, 5 nearest a rows by x: d row 2 (x 3, y^ 0) has a neighbours x 1-5 with y^ 1,1,0,0,1 (positive),
        // d row 3 (x 4, y^ 0) has x 2-6 with y^ 1,0,0,1,1 (positive); rows 0 and 1 are predicted positive and their
        // neighbours too: F+ = 2, F- = 0
        assertThat(BiasMetrics.flipTest(D, Y_HAT, X, X_TEXT)).isCloseTo(2.0 / 4, within(EPS));
    }

    @Test
    void metrics_emptyDenominator_areNaN() {
        boolean[] noPredictedPositive = b(0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
        assertThat(BiasMetrics.di(D, noPredictedPositive)).isNaN();
        assertThat(BiasMetrics.confusion("DCA", D, Y, noPredictedPositive)).isNaN();
    }
}
