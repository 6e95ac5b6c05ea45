/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.clarify.internal;

import dev.sagemaker4j.exceptions.ValidationException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.QRDecomposition;
import org.apache.commons.math3.linear.RealVector;

/**
 * Kernel SHAP (Lundberg and Lee, "A Unified Approach to Interpreting Model Predictions", 2017) as the
 * {@code shap} library's {@code KernelExplainer} computes it, which is what Clarify's SHAP analysis runs.
 *
 * <ul>
 *   <li>The <b>background</b> is a set of weighted rows (the baseline, or its k-means summary); a feature
 *       "absent" from a coalition takes each background row's value in turn, and the coalition's value is the
 *       weighted mean of the model's output over the background. The expected value is that mean with every
 *       feature absent.</li>
 *   <li>Only the features whose value differs from some background row's vary; the others are null players
 *       (their Shapley value is 0) and are left out of the coalitions.</li>
 *   <li><b>Coalitions</b>: with {@code M} varying features, all {@code 2^M - 2} proper non-empty coalitions
 *       when that many fit in {@code numSamples} (the result is then the exact Shapley values); otherwise the
 *       sizes whose coalitions all fit in their share of the budget under the Shapley kernel are enumerated
 *       (smallest and largest first, in complementary pairs) and the rest are sampled by size with the kernel's
 *       weights, each sample with its complement.</li>
 *   <li>The values solve the <b>weighted least squares</b> problem with the Shapley kernel weights under the
 *       efficiency constraint (the values sum to {@code link(f(x)) - link(E[f])}), eliminating the last
 *       varying feature.</li>
 *   <li>{@code useLogit}: the link is {@code log(p / (1 - p))}, so values are in log-odds (a probability of 0 or
 *       1 is clamped to {@code 1e-12} from the edge).</li>
 * </ul>
 *
 * <p>Model calls are batched: one call for all synthetic rows of an explained row (its coalitions times the
 * background rows, plus the row itself), split into calls of at most {@code maxBatchRows} rows when larger, so
 * memory stays bounded.
 */
public final class KernelShap {
    /** The default cap on rows per model call. */
    public static final int DEFAULT_MAX_BATCH_ROWS = 65_536;
    private static final double LOGIT_EPS = 1e-12;

    private final double[][] background;
    private final double[] weights;
    private final ModelInvoker model;
    private final int numSamples;
    private final boolean useLogit;
    private final Random random;
    private final int maxBatchRows;
    private final int features;
    private final double[] fnull;
    private long modelCalls;
    private long modelRows;

    /**
     * Creates the explainer and calls the model once on the background for the expected value.
     *
     * @param background   the background rows (at least one), each with every feature
     * @param weights      one non-negative weight per background row, or {@code null} for equal weights
     * @param model        the model
     * @param numSamples   the coalition budget per explained row; 0 for {@code shap}'s "auto"
     *                     ({@code 2M + 2048})
     * @param useLogit     whether to explain log-odds
     * @param seed         the sampling seed
     * @param maxBatchRows the most rows in one model call (at least the background's size)
     */
    public KernelShap(double[][] background, double[] weights, ModelInvoker model, int numSamples, boolean useLogit,
            long seed, int maxBatchRows) {
        if (background.length == 0) {
            throw new ValidationException("baseline", "[]", "has no rows", "pass at least one baseline row");
        }
        this.features = background[0].length;
        for (double[] row : background) {
            if (row.length != features) {
                throw new ValidationException("baseline", row.length + " values", "has rows of different lengths ("
                        + features + " and " + row.length + ")", "give every baseline row one value per feature");
            }
        }
        this.background = background;
        double[] w = weights == null ? filled(background.length, 1.0) : weights.clone();
        double total = Arrays.stream(w).sum();
        for (int i = 0; i < w.length; i++) {
            w[i] /= total;
        }
        this.weights = w;
        this.model = model;
        this.numSamples = numSamples;
        this.useLogit = useLogit;
        this.random = new Random(seed);
        this.maxBatchRows = Math.max(maxBatchRows, background.length + 1);
        double[][] out = call(background);
        this.fnull = new double[out[0].length];
        for (int b = 0; b < out.length; b++) {
            for (int d = 0; d < fnull.length; d++) {
                fnull[d] += w[b] * out[b][d];
            }
        }
    }

    /** One explained row: per model output, one value per feature, and the model's output on the row. */
    public static final class Explanation {
        private final double[][] values;
        private final double[] output;

        Explanation(double[][] values, double[] output) {
            this.values = values;
            this.output = output;
        }

        /**
         * The SHAP values.
         *
         * @return {@code [output][feature]}, in link units
         */
        public double[][] values() {
            return values;
        }

        /**
         * The model's output on the row (before the link).
         *
         * @return one value per model output
         */
        public double[] output() {
            return output;
        }
    }

    /**
     * The expected value per model output: the link of the weighted mean output on the background.
     *
     * @return one value per model output
     */
    public double[] expectedValue() {
        double[] e = new double[fnull.length];
        for (int d = 0; d < e.length; d++) {
            e[d] = link(fnull[d]);
        }
        return e;
    }

    /**
     * The model calls made so far (the background's included).
     *
     * @return the count
     */
    public long modelCalls() {
        return modelCalls;
    }

    /**
     * The rows sent to the model so far.
     *
     * @return the count
     */
    public long modelRows() {
        return modelRows;
    }

    /**
     * The number of coalitions used for {@code m} varying features with this explainer's budget.
     *
     * @param m the varying features
     * @return the budget actually used
     */
    int budget(int m) {
        long budget = numSamples > 0 ? numSamples : 2L * m + 2048;
        if (m < 62) {
            budget = Math.min(budget, (1L << m) - 2);
        }
        return (int) budget;
    }

    /**
     * Explains one row.
     *
     * @param x the row, one value per feature
     * @return its SHAP values
     */
    public Explanation explain(double[] x) {
        if (x.length != features) {
            throw new ValidationException("rows", x.length + " values", "has " + x.length
                    + " features where the baseline has " + features, "give each row one value per feature");
        }
        int[] varying = varying(x);
        int m = varying.length;
        int outputs = fnull.length;
        double[][] phi = new double[outputs][features];
        if (m == 0) {
            double[] fx = call(new double[][] {x})[0];
            return new Explanation(phi, fx);
        }
        if (m == 1) {
            double[] fx = call(new double[][] {x})[0];
            for (int d = 0; d < outputs; d++) {
                phi[d][varying[0]] = link(fx[d]) - link(fnull[d]);
            }
            return new Explanation(phi, fx);
        }
        Coalitions c = coalitions(m);
        int n = c.masks.size();
        // the model's mean output over the background for each coalition, and f(x) (the last synthetic row)
        double[][] ey = new double[n][];
        double[] fx = evaluate(x, varying, c.masks, ey);
        for (int d = 0; d < outputs; d++) {
            double total = link(fx[d]) - link(fnull[d]);
            double[][] a = new double[n][m - 1];
            double[] y = new double[n];
            for (int s = 0; s < n; s++) {
                BitSet mask = c.masks.get(s);
                double sw = Math.sqrt(c.weights[s]);
                double last = mask.get(m - 1) ? 1 : 0;
                for (int j = 0; j < m - 1; j++) {
                    a[s][j] = sw * ((mask.get(j) ? 1 : 0) - last);
                }
                y[s] = sw * (link(ey[s][d]) - link(fnull[d]) - last * total);
            }
            RealVector w = new QRDecomposition(new Array2DRowRealMatrix(a, false)).getSolver()
                    .solve(new ArrayRealVector(y, false));
            double sum = 0;
            for (int j = 0; j < m - 1; j++) {
                phi[d][varying[j]] = w.getEntry(j);
                sum += w.getEntry(j);
            }
            phi[d][varying[m - 1]] = total - sum;
        }
        return new Explanation(phi, fx);
    }

    private int[] varying(double[] x) {
        List<Integer> v = new ArrayList<>();
        for (int j = 0; j < features; j++) {
            for (double[] row : background) {
                if (Double.compare(row[j], x[j]) != 0) {
                    v.add(j);
                    break;
                }
            }
        }
        return v.stream().mapToInt(Integer::intValue).toArray();
    }

    private double[] evaluate(double[] x, int[] varying, List<BitSet> masks, double[][] ey) {
        int perMask = background.length;
        int masksPerCall = Math.max(1, maxBatchRows / perMask);
        double[] fx = null;
        for (int first = 0; first < masks.size(); first += masksPerCall) {
            int count = Math.min(masksPerCall, masks.size() - first);
            // x itself rides with the last call when it fits
            boolean withX = first + count == masks.size() && count * perMask + 1 <= maxBatchRows;
            double[][] batch = new double[count * perMask + (withX ? 1 : 0)][];
            for (int s = 0; s < count; s++) {
                BitSet mask = masks.get(first + s);
                for (int b = 0; b < perMask; b++) {
                    double[] row = background[b].clone();
                    for (int j = mask.nextSetBit(0); j >= 0; j = mask.nextSetBit(j + 1)) {
                        row[varying[j]] = x[varying[j]];
                    }
                    batch[s * perMask + b] = row;
                }
            }
            if (withX) {
                batch[count * perMask] = x;
            }
            double[][] out = call(batch);
            for (int s = 0; s < count; s++) {
                double[] mean = new double[fnull.length];
                for (int b = 0; b < perMask; b++) {
                    double[] o = out[s * perMask + b];
                    for (int d = 0; d < mean.length; d++) {
                        mean[d] += weights[b] * o[d];
                    }
                }
                ey[first + s] = mean;
            }
            if (withX) {
                fx = out[count * perMask];
            }
        }
        return fx != null ? fx : call(new double[][] {x})[0];
    }

    private double[][] call(double[][] rows) {
        double[][] out = model.predict(rows);
        modelCalls++;
        modelRows += rows.length;
        if (out == null || out.length != rows.length) {
            throw new IllegalStateException("The model returned " + (out == null ? "nothing" : out.length
                    + " predictions") + " for " + rows.length + " rows");
        }
        int width = fnull == null ? out[0].length : fnull.length;
        for (double[] o : out) {
            if (o == null || o.length != width || o.length == 0) {
                throw new IllegalStateException("The model returned predictions of different widths ("
                        + width + " and " + (o == null ? 0 : o.length) + ")");
            }
        }
        return out;
    }

    private double link(double p) {
        if (!useLogit) {
            return p;
        }
        double q = Math.min(1 - LOGIT_EPS, Math.max(LOGIT_EPS, p));
        return Math.log(q / (1 - q));
    }

    /** The coalitions (bit j: varying feature j present) and their kernel weights. */
    static final class Coalitions {
        final List<BitSet> masks = new ArrayList<>();
        double[] weights;
    }

    /**
     * The coalitions for {@code m} varying features, as {@code shap}'s {@code KernelExplainer} chooses them.
     *
     * @param m the varying features (2 or more)
     * @return the coalitions and their weights
     */
    Coalitions coalitions(int m) {
        int budget = budget(m);
        int numSubsetSizes = (m - 1 + 1) / 2; // ceil((m - 1) / 2)
        int numPairedSubsetSizes = (m - 1) / 2;
        double[] weightVector = new double[numSubsetSizes];
        for (int i = 1; i <= numSubsetSizes; i++) {
            weightVector[i - 1] = (m - 1.0) / (i * (double) (m - i));
        }
        if (numSubsetSizes != numPairedSubsetSizes) {
            weightVector[numSubsetSizes - 1] /= 2;
        }
        normalize(weightVector);
        Coalitions c = new Coalitions();
        List<Double> w = new ArrayList<>();
        int numFullSubsets = 0;
        double samplesLeft = budget;
        double[] remaining = weightVector.clone();
        for (int size = 1; size <= numSubsetSizes; size++) {
            double nsubsets = binomial(m, size);
            boolean paired = size <= numPairedSubsetSizes;
            if (paired) {
                nsubsets *= 2;
            }
            if (samplesLeft * remaining[size - 1] / nsubsets < 1.0 - 1e-8) {
                break;
            }
            numFullSubsets++;
            samplesLeft -= nsubsets;
            if (remaining[size - 1] < 1.0) {
                double scale = 1 - remaining[size - 1];
                for (int i = 0; i < remaining.length; i++) {
                    remaining[i] /= scale;
                }
            }
            double each = weightVector[size - 1] / binomial(m, size) / (paired ? 2 : 1);
            int[] idx = new int[size];
            for (int i = 0; i < size; i++) {
                idx[i] = i;
            }
            do {
                BitSet mask = new BitSet(m);
                for (int i : idx) {
                    mask.set(i);
                }
                c.masks.add(mask);
                w.add(each);
                if (paired) {
                    BitSet complement = (BitSet) mask.clone();
                    complement.flip(0, m);
                    c.masks.add(complement);
                    w.add(each);
                }
            } while (nextCombination(idx, m));
        }
        int fixed = c.masks.size();
        int left = budget - fixed;
        if (numFullSubsets != numSubsetSizes && left > 0) {
            double[] rest = Arrays.copyOfRange(weightVector, numFullSubsets, numSubsetSizes);
            double weightLeft = Arrays.stream(rest).sum();
            normalize(rest);
            Map<BitSet, Integer> seen = new HashMap<>();
            int draws = 4 * left;
            int[] order = new int[m];
            for (int t = 0; t < draws && left > 0; t++) {
                int size = pick(rest) + numFullSubsets + 1;
                for (int i = 0; i < m; i++) {
                    order[i] = i;
                }
                for (int i = 0; i < size; i++) { // a random subset of that size: a partial shuffle
                    int j = i + random.nextInt(m - i);
                    int tmp = order[i];
                    order[i] = order[j];
                    order[j] = tmp;
                }
                BitSet mask = new BitSet(m);
                for (int i = 0; i < size; i++) {
                    mask.set(order[i]);
                }
                left -= add(c, w, seen, mask);
                if (left > 0 && size <= numPairedSubsetSizes) {
                    BitSet complement = (BitSet) mask.clone();
                    complement.flip(0, m);
                    left -= add(c, w, seen, complement);
                }
            }
            double sampled = 0;
            for (int i = fixed; i < w.size(); i++) {
                sampled += w.get(i);
            }
            for (int i = fixed; i < w.size(); i++) {
                w.set(i, w.get(i) * weightLeft / sampled);
            }
        }
        c.weights = w.stream().mapToDouble(Double::doubleValue).toArray();
        return c;
    }

    private static int add(Coalitions c, List<Double> w, Map<BitSet, Integer> seen, BitSet mask) {
        Integer at = seen.get(mask);
        if (at != null) {
            w.set(at, w.get(at) + 1.0);
            return 0;
        }
        seen.put(mask, c.masks.size());
        c.masks.add(mask);
        w.add(1.0);
        return 1;
    }

    private int pick(double[] p) {
        double u = random.nextDouble();
        double acc = 0;
        for (int i = 0; i < p.length; i++) {
            acc += p[i];
            if (u < acc) {
                return i;
            }
        }
        return p.length - 1;
    }

    private static boolean nextCombination(int[] idx, int n) {
        int k = idx.length;
        int i = k - 1;
        while (i >= 0 && idx[i] == n - k + i) {
            i--;
        }
        if (i < 0) {
            return false;
        }
        idx[i]++;
        for (int j = i + 1; j < k; j++) {
            idx[j] = idx[j - 1] + 1;
        }
        return true;
    }

    static double binomial(int n, int k) {
        double r = 1;
        for (int i = 1; i <= k; i++) {
            r = r * (n - k + i) / i;
        }
        return Math.round(r);
    }

    private static void normalize(double[] v) {
        double s = Arrays.stream(v).sum();
        for (int i = 0; i < v.length; i++) {
            v[i] /= s;
        }
    }

    private static double[] filled(int n, double v) {
        double[] a = new double[n];
        Arrays.fill(a, v);
        return a;
    }
}
