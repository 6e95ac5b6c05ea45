/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.testing;

import dev.sagemaker4j.exceptions.ValidationException;
import java.util.Arrays;
import java.util.Objects;
import java.util.Random;

/**
 * Seeded generators of small, learnable data sets for tests, in the spirit of scikit-learn's
 * {@code make_classification}, {@code make_regression} and {@code make_blobs}: the same seed gives
 * the same rows on every machine and JVM ({@link Random}'s sequence is specified), and the rows
 * follow a rule that a model can learn, so a test can assert on its quality.
 *
 * <pre>{@code
 * Dataset binary = Datasets.binaryClassification(1000, 5, 42);        // label 0/1, first column
 * Dataset target = Datasets.regression(1000, 5, 42);                  // real-valued label
 * Dataset classes = Datasets.builder().rows(900).features(4).seed(7).multiclassClassification(3);
 * Dataset blobs = Datasets.builder().rows(300).features(2).seed(7).clusters(3);   // no label column
 * Dataset known = Datasets.builder().rows(900).seed(7).clusters(new double[][] {{0, 0}, {10, 10}});
 * Dataset rule = Datasets.builder().seed(7).regression(new double[] {3, -2, 0.5}, 10);  // y = 3 x0 - 2 x1 + ...
 * String uri = binary.upload(session, "train");                       // s3://<default bucket>/train/data.csv
 * }</pre>
 *
 * <p>The rules: features are independent standard normal values (around their centre, for
 * clusters). Binary classification labels {@code w·x + noise > 0} for a random unit vector
 * {@code w}; multiclass classification takes the class {@code k} whose {@code w_k·x + noise} is
 * largest; regression's label is {@code 3 w·x + 1 + noise}; clusters are drawn around centres
 * uniform in {@code [-10, 10]} per feature. When the test needs to know the rule, to compare a
 * model's coefficients or centroids with it, it can give the rule itself: {@link
 * Builder#regression(double[], double)} takes the weights and intercept, {@link
 * Builder#clusters(double[][])} the centres. The noise is normal with the {@linkplain
 * Builder#noise(double) standard deviation} set (default {@code 0.3}; for clusters it is the
 * spread around each centre, default {@code 1.0}).
 *
 * <p>Rows made from one seed share one rule: to have training and validation data of the same
 * problem, generate once and {@linkplain Dataset#slice(int, int) slice}; two seeds give two
 * different random rules.
 */
public final class Datasets {
    private static final double DEFAULT_NOISE = 0.3;
    private static final double DEFAULT_CLUSTER_STD = 1.0;

    private Datasets() {
    }

    /**
     * A binary classification problem with labels {@code 0} and {@code 1} (about half each).
     *
     * @param rows     the number of rows, at least 1
     * @param features the number of features, at least 1
     * @param seed     the seed
     * @return the data set
     * @throws ValidationException when a count is not positive
     */
    public static Dataset binaryClassification(int rows, int features, long seed) {
        return builder().rows(rows).features(features).seed(seed).binaryClassification();
    }

    /**
     * A regression problem: a linear target with normal noise.
     *
     * @param rows     the number of rows, at least 1
     * @param features the number of features, at least 1
     * @param seed     the seed
     * @return the data set
     * @throws ValidationException when a count is not positive
     */
    public static Dataset regression(int rows, int features, long seed) {
        return builder().rows(rows).features(features).seed(seed).regression();
    }

    /**
     * A builder for the other shapes and for the noise level.
     *
     * @return a builder with 1000 rows, 5 features, seed 0
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Sets the shape of a data set, then generates it with one of the task methods. A builder may
     * generate several data sets; each call starts from the seed again.
     */
    public static final class Builder {
        private int rows = 1000;
        private int features = 5;
        private boolean featuresSet;
        private long seed;
        private Double noise;

        private Builder() {
        }

        /**
         * Sets the number of rows.
         *
         * @param rows at least 1
         * @return this builder
         */
        public Builder rows(int rows) {
            this.rows = positive("rows", rows);
            return this;
        }

        /**
         * Sets the number of features (columns besides the label). With {@link #clusters(double[][])}
         * and {@link #regression(double[], double)} the given centres or weights set it; set here
         * too, it must agree.
         *
         * @param features at least 1
         * @return this builder
         */
        public Builder features(int features) {
            this.features = positive("features", features);
            this.featuresSet = true;
            return this;
        }

        /**
         * Sets the seed.
         *
         * @param seed any value
         * @return this builder
         */
        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        /**
         * Sets the standard deviation of the noise: of the score for classification, of the target
         * for regression, of the points around their centre for clusters.
         *
         * @param noise zero or more
         * @return this builder
         */
        public Builder noise(double noise) {
            if (!(noise >= 0) || Double.isInfinite(noise)) {
                throw new ValidationException("noise", noise, "is not a finite number >= 0",
                        "pass a standard deviation such as 0.3");
            }
            this.noise = noise;
            return this;
        }

        /**
         * Generates a binary classification problem: labels {@code 0} and {@code 1}.
         *
         * @return the data set
         */
        public Dataset binaryClassification() {
            Random random = new Random(seed);
            double[] w = unitVector(random, features);
            double sd = noiseOr(DEFAULT_NOISE);
            double[][] x = new double[rows][];
            double[] y = new double[rows];
            for (int i = 0; i < rows; i++) {
                x[i] = normalRow(random, features);
                y[i] = dot(w, x[i]) + sd * random.nextGaussian() > 0 ? 1 : 0;
            }
            return new Dataset(describe("binary classification"), x, y, true, true);
        }

        /**
         * Generates a multiclass classification problem: labels {@code 0} to {@code classes - 1}.
         *
         * @param classes the number of classes, at least 2
         * @return the data set
         */
        public Dataset multiclassClassification(int classes) {
            if (classes < 2) {
                throw new ValidationException("classes", classes, "must be at least 2",
                        "pass the number of classes, e.g. 3 (use binaryClassification() for 2 labels 0/1)");
            }
            Random random = new Random(seed);
            double[][] w = new double[classes][];
            for (int k = 0; k < classes; k++) {
                w[k] = unitVector(random, features);
            }
            double sd = noiseOr(DEFAULT_NOISE);
            double[][] x = new double[rows][];
            double[] y = new double[rows];
            for (int i = 0; i < rows; i++) {
                x[i] = normalRow(random, features);
                int best = 0;
                double bestScore = Double.NEGATIVE_INFINITY;
                for (int k = 0; k < classes; k++) {
                    double score = dot(w[k], x[i]) + sd * random.nextGaussian();
                    if (score > bestScore) {
                        bestScore = score;
                        best = k;
                    }
                }
                y[i] = best;
            }
            return new Dataset(describe("multiclass classification (" + classes + " classes)"), x, y, true, true);
        }

        /**
         * Generates a regression problem: {@code 3 w·x + 1 + noise} for a random unit vector
         * {@code w}.
         *
         * @return the data set
         */
        public Dataset regression() {
            Random random = new Random(seed);
            double[] w = unitVector(random, features);
            return linear(random, w, 3, 1, describe("regression"));
        }

        /**
         * Generates a regression problem with a known rule: {@code weights·x + intercept + noise},
         * so that a test can compare what a model learned with it (a linear model's prediction at a
         * point, its coefficients). The number of features is {@code weights.length}.
         *
         * <pre>{@code
         * // y = 3 x0 - 2 x1 + 0.5 x2 + 0 x3 + 10 + noise: a fitted model predicts 11.5 at (1, 1, 1, 0)
         * Dataset data = Datasets.builder().rows(3000).seed(15).regression(new double[] {3, -2, 0.5, 0}, 10);
         * }</pre>
         *
         * @param weights   the coefficient of each feature, at least one, all finite (copied)
         * @param intercept the constant term, finite
         * @return the data set
         * @throws ValidationException when a number is not finite, or {@link #features(int)} was
         *                             set to another count
         */
        public Dataset regression(double[] weights, double intercept) {
            Objects.requireNonNull(weights, "weights");
            double[] w = weights.clone();
            int n = dimension("weights", w.length);
            for (int j = 0; j < n; j++) {
                finite("weights[" + j + "]", w[j]);
            }
            finite("intercept", intercept);
            return linear(new Random(seed), w, 1, intercept, describe("regression (weights "
                    + Arrays.toString(w) + ", intercept " + intercept + ")", n));
        }

        /** Rows of standard normal features and the target {@code scale w·x + intercept + noise}. */
        private Dataset linear(Random random, double[] w, double scale, double intercept, String description) {
            double sd = noiseOr(DEFAULT_NOISE);
            double[][] x = new double[rows][];
            double[] y = new double[rows];
            for (int i = 0; i < rows; i++) {
                x[i] = normalRow(random, w.length);
                y[i] = (float) (scale * dot(w, x[i]) + intercept + sd * random.nextGaussian());
            }
            return new Dataset(description, x, y, true, false);
        }

        /**
         * Generates points around {@code centers} centres ("blobs"), for clustering: the CSV has no
         * label column, and {@link Dataset#labels()} gives each point's centre.
         *
         * @param centers the number of centres, at least 1
         * @return the data set
         */
        public Dataset clusters(int centers) {
            positive("centers", centers);
            Random random = new Random(seed);
            double[][] c = new double[centers][features];
            for (int k = 0; k < centers; k++) {
                for (int j = 0; j < features; j++) {
                    c[k][j] = -10 + 20 * random.nextDouble();
                }
            }
            return blobs(random, c, describe("clusters (" + centers + " centers)"));
        }

        /**
         * Generates points around the given centres, for a test that checks the centroids a
         * clustering model finds against them. Each row picks a centre at random (about {@code
         * rows / centers.length} each); the CSV has no label column, and {@link Dataset#labels()}
         * gives each point's centre index. The number of features is the centres' length.
         *
         * <pre>{@code
         * double[][] centers = {{0, 0, 0}, {10, 10, 0}, {-10, 5, 8}};
         * Dataset data = Datasets.builder().rows(900).seed(21).clusters(centers);   // spread 1.0
         * }</pre>
         *
         * @param centers one or more centres, all of the same length, at least 1, finite values
         *                (copied)
         * @return the data set
         * @throws ValidationException when there are no centres, they differ in length, a value is
         *                             not finite, or {@link #features(int)} was set to another
         *                             count
         */
        public Dataset clusters(double[][] centers) {
            Objects.requireNonNull(centers, "centers");
            positive("centers", centers.length);
            double[][] c = new double[centers.length][];
            for (int k = 0; k < centers.length; k++) {
                c[k] = Objects.requireNonNull(centers[k], "centers[" + k + "]").clone();
                if (c[k].length != c[0].length) {
                    throw new ValidationException("centers[" + k + "]", Arrays.toString(c[k]),
                            "has " + c[k].length + " values where centers[0] has " + c[0].length,
                            "give every centre the same number of features");
                }
                for (int j = 0; j < c[k].length; j++) {
                    finite("centers[" + k + "][" + j + "]", c[k][j]);
                }
            }
            int n = dimension("centers[0]", c[0].length);
            return blobs(new Random(seed), c, describe("clusters (" + c.length + " given centers)", n));
        }

        /** Rows around the centres {@code c}, each centre picked at random. */
        private Dataset blobs(Random random, double[][] c, String description) {
            int n = c[0].length;
            double sd = noiseOr(DEFAULT_CLUSTER_STD);
            double[][] x = new double[rows][];
            double[] y = new double[rows];
            for (int i = 0; i < rows; i++) {
                int k = random.nextInt(c.length);
                x[i] = new double[n];
                for (int j = 0; j < n; j++) {
                    x[i][j] = (float) (c[k][j] + sd * random.nextGaussian());
                }
                y[i] = k;
            }
            return new Dataset(description, x, y, false, true);
        }

        private double noiseOr(double defaultValue) {
            return noise != null ? noise : defaultValue;
        }

        private String describe(String task) {
            return describe(task, features);
        }

        private String describe(String task, int featureCount) {
            return task + ", " + rows + " rows x " + featureCount + " features, seed " + seed
                    + (noise != null ? ", noise " + noise : "");
        }

        /** The feature count that given centres or weights set, checked against {@link #features(int)}. */
        private int dimension(String field, int length) {
            if (length < 1) {
                throw new ValidationException(field, "[]", "has no values", "give one value per feature");
            }
            if (featuresSet && length != features) {
                throw new ValidationException(field, length + " values", "does not match features(" + features + ")",
                        "give " + features + " values, or leave features() unset: the values set the count");
            }
            return length;
        }

        private static void finite(String field, double value) {
            if (!Double.isFinite(value)) {
                throw new ValidationException(field, value, "is not a finite number", "pass a finite number");
            }
        }

        private static int positive(String field, int value) {
            if (value < 1) {
                throw new ValidationException(field, value, "must be at least 1", "pass a positive count");
            }
            return value;
        }

        private static double[] unitVector(Random random, int n) {
            double[] v = new double[n];
            double norm = 0;
            for (int j = 0; j < n; j++) {
                v[j] = random.nextGaussian();
                norm += v[j] * v[j];
            }
            norm = Math.sqrt(norm);
            for (int j = 0; j < n; j++) {
                v[j] = norm > 0 ? v[j] / norm : 1 / Math.sqrt(n);
            }
            return v;
        }

        private static double[] normalRow(Random random, int n) {
            double[] row = new double[n];
            for (int j = 0; j < n; j++) {
                row[j] = (float) random.nextGaussian();
            }
            return row;
        }

        private static double dot(double[] a, double[] b) {
            double s = 0;
            for (int j = 0; j < a.length; j++) {
                s += a[j] * b[j];
            }
            return s;
        }
    }
}
