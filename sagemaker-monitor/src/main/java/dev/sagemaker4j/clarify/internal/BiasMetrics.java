/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.clarify.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Clarify's bias metrics, as its documentation defines them (docs.aws.amazon.com/sagemaker/latest/dg/
 * clarify-measure-data-bias.html and clarify-measure-post-training-bias.html). Facet {@code d} is the sensitive
 * group ({@code d[i]} true), facet {@code a} the rest; labels are binarised (positive outcome or not). A metric whose
 * denominator is zero is {@code NaN}. The label distributions of KL and JS keep only the outcomes both facets have
 * (as Clarify's {@code pdfs_aligned_nonzero}); LP (p = 2), TVD and KS compare both outcomes.
 */
public final class BiasMetrics {
    /** The nearest neighbours of the flip test. */
    public static final int FLIP_TEST_NEIGHBOURS = 5;

    /** Pre-training metric codes, in Clarify's order. */
    public static final List<String> PRE_TRAINING = List.of("CI", "DPL", "KL", "JS", "LP", "TVD", "KS", "CDDL");
    /** Post-training metric codes, in Clarify's order. */
    public static final List<String> POST_TRAINING = List.of("DPPL", "DI", "DCA", "DCR", "RD", "DAR", "DRR", "AD",
            "CDDPL", "TE", "FT");
    /** Each code's description, as analysis.json writes it. */
    public static final Map<String, String> DESCRIPTIONS = descriptions();

    private BiasMetrics() {
    }

    private static Map<String, String> descriptions() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("CI", "Class Imbalance (CI)");
        m.put("DPL", "Difference in Positive Proportions in Labels (DPL)");
        m.put("KL", "Kullback-Liebler Divergence (KL)");
        m.put("JS", "Jensen-Shannon Divergence (JS)");
        m.put("LP", "L-p Norm (LP)");
        m.put("TVD", "Total Variation Distance (TVD)");
        m.put("KS", "Kolmogorov-Smirnov Distance (KS)");
        m.put("CDDL", "Conditional Demographic Disparity in Labels (CDDL)");
        m.put("DPPL", "Difference in Positive Proportions in Predicted Labels (DPPL)");
        m.put("DI", "Disparate Impact (DI)");
        m.put("DCA", "Difference in Conditional Acceptance (DCA)");
        m.put("DCR", "Difference in Conditional Rejection (DCR)");
        m.put("RD", "Recall Difference (RD)");
        m.put("DAR", "Difference in Acceptance Rates (DAR)");
        m.put("DRR", "Difference in Rejection Rates (DRR)");
        m.put("AD", "Accuracy Difference (AD)");
        m.put("CDDPL", "Conditional Demographic Disparity in Predicted Labels (CDDPL)");
        m.put("TE", "Treatment Equality (TE)");
        m.put("FT", "Flip Test (FT)");
        return java.util.Collections.unmodifiableMap(m);
    }

    /** Counts of one facet: rows, positive labels, positive predictions and the confusion matrix. */
    record Counts(int n, int pos, int predPos, int tp, int fp, int fn, int tn) {
        static Counts of(boolean[] d, boolean facetD, boolean[] y, boolean[] yHat) {
            int n = 0;
            int pos = 0;
            int predPos = 0;
            int tp = 0;
            int fp = 0;
            int fn = 0;
            int tn = 0;
            for (int i = 0; i < d.length; i++) {
                if (d[i] != facetD) {
                    continue;
                }
                n++;
                boolean p = y[i];
                pos += p ? 1 : 0;
                if (yHat != null) {
                    boolean q = yHat[i];
                    predPos += q ? 1 : 0;
                    if (p && q) {
                        tp++;
                    } else if (!p && q) {
                        fp++;
                    } else if (p) {
                        fn++;
                    } else {
                        tn++;
                    }
                }
            }
            return new Counts(n, pos, predPos, tp, fp, fn, tn);
        }
    }

    static double div(double a, double b) {
        return b == 0 ? Double.NaN : a / b;
    }

    // ---- pre-training ----

    /**
     * Class imbalance: {@code (n_a - n_d) / (n_a + n_d)}.
     *
     * @param d the sensitive facet of each row
     * @return CI
     */
    public static double ci(boolean[] d) {
        int nd = 0;
        for (boolean b : d) {
            nd += b ? 1 : 0;
        }
        int na = d.length - nd;
        return div(na - nd, na + nd);
    }

    /**
     * Difference in positive proportions in labels: {@code q_a - q_d}.
     *
     * @param d the sensitive facet of each row
     * @param y whether each row's label is positive
     * @return DPL
     */
    public static double dpl(boolean[] d, boolean[] y) {
        Counts a = Counts.of(d, false, y, null);
        Counts dd = Counts.of(d, true, y, null);
        return div(a.pos, a.n) - div(dd.pos, dd.n);
    }

    private static double[][] distributions(boolean[] d, boolean[] y) {
        Counts a = Counts.of(d, false, y, null);
        Counts dd = Counts.of(d, true, y, null);
        double[] pa = {div(a.n - a.pos, a.n), div(a.pos, a.n)};
        double[] pd = {div(dd.n - dd.pos, dd.n), div(dd.pos, dd.n)};
        return new double[][] {pa, pd};
    }

    /**
     * Kullback-Leibler divergence of the label distributions: {@code sum_y P_a(y) ln(P_a(y) / P_d(y))} over the
     * outcomes both facets have.
     *
     * @param d the sensitive facet of each row
     * @param y whether each row's label is positive
     * @return KL
     */
    public static double kl(boolean[] d, boolean[] y) {
        double[][] p = distributions(d, y);
        double s = 0;
        for (int k = 0; k < 2; k++) {
            if (p[0][k] > 0 && p[1][k] > 0) {
                s += p[0][k] * Math.log(p[0][k] / p[1][k]);
            }
        }
        return s;
    }

    /**
     * Jensen-Shannon divergence: {@code (KL(P_a, P) + KL(P_d, P)) / 2} with {@code P = (P_a + P_d) / 2}.
     *
     * @param d the sensitive facet of each row
     * @param y whether each row's label is positive
     * @return JS
     */
    public static double js(boolean[] d, boolean[] y) {
        double[][] p = distributions(d, y);
        double s = 0;
        for (int k = 0; k < 2; k++) {
            if (p[0][k] > 0 && p[1][k] > 0) {
                double m = (p[0][k] + p[1][k]) / 2;
                s += p[0][k] * Math.log(p[0][k] / m) + p[1][k] * Math.log(p[1][k] / m);
            }
        }
        return s / 2;
    }

    /**
     * L-p norm (p = 2) of the label distributions' difference: {@code sqrt(sum_y (P_a(y) - P_d(y))^2)}.
     *
     * @param d the sensitive facet of each row
     * @param y whether each row's label is positive
     * @return LP
     */
    public static double lp(boolean[] d, boolean[] y) {
        double[][] p = distributions(d, y);
        double s = 0;
        for (int k = 0; k < 2; k++) {
            s += Math.pow(p[0][k] - p[1][k], 2);
        }
        return Math.sqrt(s);
    }

    /**
     * Total variation distance: {@code sum_y |P_a(y) - P_d(y)| / 2}.
     *
     * @param d the sensitive facet of each row
     * @param y whether each row's label is positive
     * @return TVD
     */
    public static double tvd(boolean[] d, boolean[] y) {
        double[][] p = distributions(d, y);
        return (Math.abs(p[0][0] - p[1][0]) + Math.abs(p[0][1] - p[1][1])) / 2;
    }

    /**
     * Kolmogorov-Smirnov distance: {@code max_y |P_a(y) - P_d(y)|}.
     *
     * @param d the sensitive facet of each row
     * @param y whether each row's label is positive
     * @return KS
     */
    public static double ks(boolean[] d, boolean[] y) {
        double[][] p = distributions(d, y);
        return Math.max(Math.abs(p[0][0] - p[1][0]), Math.abs(p[0][1] - p[1][1]));
    }

    /**
     * Conditional demographic disparity: {@code sum_i n_i DD_i / n} over the groups {@code i}, where
     * {@code DD_i = n_d^(0)/n^(0) - n_d^(1)/n^(1)} in group {@code i} (the share of the rejected that are facet d
     * minus the share of the accepted that are; a share over nobody is 0). CDDL with labels, CDDPL with predictions.
     *
     * @param d     the sensitive facet of each row
     * @param y     whether each row's outcome is positive
     * @param group each row's group
     * @return CDD
     */
    public static double cdd(boolean[] d, boolean[] y, String[] group) {
        Map<String, int[]> byGroup = new LinkedHashMap<>();
        for (int i = 0; i < d.length; i++) {
            int[] c = byGroup.computeIfAbsent(group[i], g -> new int[5]);
            c[0]++;
            if (y[i]) {
                c[1]++;
                c[2] += d[i] ? 1 : 0;
            } else {
                c[3]++;
                c[4] += d[i] ? 1 : 0;
            }
        }
        double s = 0;
        for (int[] c : byGroup.values()) {
            double accepted = c[1] == 0 ? 0 : (double) c[2] / c[1];
            double rejected = c[3] == 0 ? 0 : (double) c[4] / c[3];
            s += c[0] * (rejected - accepted);
        }
        return div(s, d.length);
    }

    // ---- post-training ----

    /**
     * Difference in positive proportions in predicted labels: {@code q^_a - q^_d}.
     *
     * @param d    the sensitive facet of each row
     * @param yHat whether each row's prediction is positive
     * @return DPPL
     */
    public static double dppl(boolean[] d, boolean[] yHat) {
        return dpl(d, yHat);
    }

    /**
     * Disparate impact: {@code q^_d / q^_a}.
     *
     * @param d    the sensitive facet of each row
     * @param yHat whether each row's prediction is positive
     * @return DI
     */
    public static double di(boolean[] d, boolean[] yHat) {
        Counts a = Counts.of(d, false, yHat, null);
        Counts dd = Counts.of(d, true, yHat, null);
        return div(div(dd.pos, dd.n), div(a.pos, a.n));
    }

    /**
     * The post-training metrics that depend on labels and predictions only.
     *
     * @param code the metric: DCA, DCR, RD, DAR, DRR, AD or TE
     * @param d    the sensitive facet of each row
     * @param y    whether each row's label is positive
     * @param yHat whether each row's prediction is positive
     * @return the value
     */
    public static double confusion(String code, boolean[] d, boolean[] y, boolean[] yHat) {
        Counts a = Counts.of(d, false, y, yHat);
        Counts b = Counts.of(d, true, y, yHat);
        return switch (code) {
            // c = n^(1) / n^_(1): observed over predicted acceptances
            case "DCA" -> div(a.pos, a.predPos) - div(b.pos, b.predPos);
            // r = n^(0) / n^_(0): observed over predicted rejections
            case "DCR" -> div(b.n - b.pos, b.n - b.predPos) - div(a.n - a.pos, a.n - a.predPos);
            case "RD" -> div(a.tp, a.tp + a.fn) - div(b.tp, b.tp + b.fn);
            case "DAR" -> div(a.tp, a.tp + a.fp) - div(b.tp, b.tp + b.fp);
            case "DRR" -> div(b.tn, b.tn + b.fn) - div(a.tn, a.tn + a.fn);
            case "AD" -> div(a.tp + a.tn, a.n) - div(b.tp + b.tn, b.n);
            case "TE" -> div(b.fn, b.fp) - div(a.fn, a.fp);
            default -> throw new IllegalArgumentException(code);
        };
    }

    /**
     * Flip test: {@code (F+ - F-) / n_d}, where for each facet d row its {@value #FLIP_TEST_NEIGHBOURS} nearest
     * facet a rows (Euclidean distance over the features; a differing text value counts 1) decide by majority
     * what the model would predict for a counterpart in facet a: {@code F+} counts the rows predicted negative whose
     * counterpart is positive, {@code F-} the reverse.
     *
     * @param d        the sensitive facet of each row
     * @param yHat     whether each row's prediction is positive
     * @param features each row's features (numbers, or NaN where {@code text} holds a value)
     * @param text     each row's features as text, for the columns that are not numbers
     * @return FT
     */
    public static double flipTest(boolean[] d, boolean[] yHat, double[][] features, String[][] text) {
        List<Integer> a = new ArrayList<>();
        List<Integer> dd = new ArrayList<>();
        for (int i = 0; i < d.length; i++) {
            (d[i] ? dd : a).add(i);
        }
        if (dd.isEmpty() || a.isEmpty()) {
            return Double.NaN;
        }
        int k = Math.min(FLIP_TEST_NEIGHBOURS, a.size());
        int plus = 0;
        int minus = 0;
        for (int i : dd) {
            double[] best = new double[k];
            int[] bestIdx = new int[k];
            java.util.Arrays.fill(best, Double.POSITIVE_INFINITY);
            for (int j : a) {
                double dist = distance(features[i], features[j], text[i], text[j]);
                if (dist < best[k - 1]) {
                    int p = k - 1;
                    while (p > 0 && best[p - 1] > dist) {
                        best[p] = best[p - 1];
                        bestIdx[p] = bestIdx[p - 1];
                        p--;
                    }
                    best[p] = dist;
                    bestIdx[p] = j;
                }
            }
            int positive = 0;
            for (int n = 0; n < k; n++) {
                positive += yHat[bestIdx[n]] ? 1 : 0;
            }
            boolean counterpart = 2 * positive > k;
            boolean counterpartNegative = 2 * positive < k;
            if (!yHat[i] && counterpart) {
                plus++;
            } else if (yHat[i] && counterpartNegative) {
                minus++;
            }
        }
        return (double) (plus - minus) / dd.size();
    }

    private static double distance(double[] x, double[] z, String[] tx, String[] tz) {
        double s = 0;
        for (int c = 0; c < x.length; c++) {
            if (Double.isNaN(x[c]) || Double.isNaN(z[c])) {
                s += java.util.Objects.equals(tx[c], tz[c]) ? 0 : 1;
            } else {
                double diff = x[c] - z[c];
                s += diff * diff;
            }
        }
        return Math.sqrt(s);
    }
}
