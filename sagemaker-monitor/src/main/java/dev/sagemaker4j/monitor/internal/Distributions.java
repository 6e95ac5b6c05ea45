/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.monitor.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The distances of {@code baseline_drift_check}. Numerical features: the L-infinity distance between the two
 * empirical CDFs (the two-sample Kolmogorov-Smirnov statistic), each CDF rebuilt from the KLL sketch written in
 * statistics.json ({@code sketch.data[i]} holds the items of weight 2^i), as Deequ-based Model Monitor does.
 * Categorical features: the L-infinity distance between the two category frequency distributions.
 */
public final class Distributions {
    private Distributions() {
    }

    /** A weighted sample, sorted: what a KLL sketch's retained items stand for. */
    public static final class Sample {
        final double[] values;
        final double[] cumulative;
        final double total;

        Sample(double[] values, double[] weights) {
            Integer[] order = new Integer[values.length];
            for (int i = 0; i < order.length; i++) {
                order[i] = i;
            }
            Arrays.sort(order, (a, b) -> Double.compare(values[a], values[b]));
            this.values = new double[values.length];
            this.cumulative = new double[values.length];
            double t = 0;
            for (int i = 0; i < order.length; i++) {
                this.values[i] = values[order[i]];
                t += weights[order[i]];
                this.cumulative[i] = t;
            }
            this.total = t;
        }

        /**
         * The sample's total weight (the sketch's n).
         *
         * @return the weight
         */
        public double total() {
            return total;
        }

        /**
         * The CDF at x: the share of the weight at or below x.
         *
         * @param x the point
         * @return P(X &lt;= x)
         */
        public double cdf(double x) {
            int lo = 0;
            int hi = values.length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (values[mid] <= x) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo == 0 ? 0.0 : cumulative[lo - 1] / total;
        }

        /**
         * The q-quantile: the smallest value whose CDF reaches q.
         *
         * @param q the rank, 0 to 1
         * @return the value
         */
        public double quantile(double q) {
            double target = q * total;
            for (int i = 0; i < values.length; i++) {
                if (cumulative[i] >= target) {
                    return values[i];
                }
            }
            return values[values.length - 1];
        }
    }

    /**
     * The weighted sample of a statistics.json feature's {@code distribution.kll.sketch}.
     *
     * @param numericalStatistics the feature's {@code numerical_statistics}
     * @return the sample, or null when it has no sketch data
     */
    public static Sample fromStatistics(JsonNode numericalStatistics) {
        JsonNode data = numericalStatistics.path("distribution").path("kll").path("sketch").path("data");
        if (!data.isArray() || data.isEmpty()) {
            return null;
        }
        int n = 0;
        for (JsonNode level : data) {
            n += level.size();
        }
        double[] values = new double[n];
        double[] weights = new double[n];
        int i = 0;
        for (int level = 0; level < data.size(); level++) {
            for (JsonNode v : data.get(level)) {
                values[i] = v.asDouble();
                weights[i] = Math.pow(2, level);
                i++;
            }
        }
        return n == 0 ? null : new Sample(values, weights);
    }

    /**
     * The L-infinity distance between two CDFs, evaluated at every point of both samples.
     *
     * @param a one sample
     * @param b the other
     * @return max |F_a(x) - F_b(x)|, 0 to 1
     */
    public static double linfinity(Sample a, Sample b) {
        double d = 0;
        for (double x : a.values) {
            d = Math.max(d, Math.abs(a.cdf(x) - b.cdf(x)));
        }
        for (double x : b.values) {
            d = Math.max(d, Math.abs(a.cdf(x) - b.cdf(x)));
        }
        return d;
    }

    /**
     * The two-sample Kolmogorov-Smirnov critical distance at the 5% level, c(0.05) * sqrt((n + m) / (n m)):
     * what the {@code Robust} comparison adds to the threshold so that small samples do not raise drift.
     *
     * @param n one sample's size
     * @param m the other's
     * @return the critical distance
     */
    public static double ksCritical(double n, double m) {
        return 1.358 * Math.sqrt((n + m) / (n * m));
    }

    /**
     * The L-infinity distance between two category distributions given as counts.
     *
     * @param a one distribution's counts
     * @param b the other's
     * @return max over the categories of |p_a - p_b|
     */
    public static double linfinity(Map<String, Double> a, Map<String, Double> b) {
        double ta = a.values().stream().mapToDouble(Double::doubleValue).sum();
        double tb = b.values().stream().mapToDouble(Double::doubleValue).sum();
        if (ta == 0 || tb == 0) {
            return 0;
        }
        Set<String> keys = new HashSet<>(a.keySet());
        keys.addAll(b.keySet());
        double d = 0;
        for (String k : keys) {
            d = Math.max(d, Math.abs(a.getOrDefault(k, 0.0) / ta - b.getOrDefault(k, 0.0) / tb));
        }
        return d;
    }

    /**
     * A statistics.json feature's categorical buckets as counts.
     *
     * @param stringStatistics the feature's {@code string_statistics}
     * @return value to count
     */
    public static Map<String, Double> categories(JsonNode stringStatistics) {
        Map<String, Double> out = new HashMap<>();
        for (JsonNode b : stringStatistics.path("distribution").path("categorical").path("buckets")) {
            out.merge(b.path("value").asText(), b.path("count").asDouble(), Double::sum);
        }
        return out;
    }
}
