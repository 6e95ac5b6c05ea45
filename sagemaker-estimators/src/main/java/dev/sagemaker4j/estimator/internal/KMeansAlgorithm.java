/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.estimator.internal;

import dev.sagemaker4j.exceptions.ValidationException;
import dev.sagemaker4j.local.LocalAlgorithm;
import dev.sagemaker4j.local.TrainingEnvironment;
import dev.sagemaker4j.model.formats.KMeansModel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import software.amazon.awssdk.services.sagemaker.model.MetricDefinition;

/**
 * SageMaker's built-in K-Means (image {@code kmeans}) in-process: Lloyd's algorithm from random or
 * k-means++ starts on label-less CSV, with SageMaker's hyperparameter names (the wire names
 * {@code local_lloyd_max_iter}, {@code local_lloyd_tol}, {@code local_lloyd_num_trials},
 * {@code local_lloyd_init_method}, and the Python SDK's {@code max_iterations}, {@code tol}), and
 * the {@code msd}/{@code ssd} metrics on the train and test channels. The model is written as
 * {@link KMeansModel#FILE}.
 *
 * <p>Why this stays the project's own code rather than Tribuo's {@code KMeansTrainer} (issue 20, evaluated against
 * Tribuo 4.3.2): Tribuo's Lloyd iterations stop only when no assignment changes or at the iteration cap, so
 * SageMaker's relative tolerance ({@code local_lloyd_tol} / {@code tol}) has no place; it trains in one call with
 * no per-iteration hook, so the job could neither report progress ({@code train:ssd} per iteration) nor honour a
 * stop request. Tribuo covers {@code k}, {@code init_method} and the
 * iteration cap only, which this small Lloyd loop does as well.
 */
public final class KMeansAlgorithm implements LocalAlgorithm {
    private static final Set<String> KNOWN = Set.of("k", "feature_dim", "mini_batch_size", "epochs", "init_method",
            "local_lloyd_max_iter", "local_lloyd_tol", "local_lloyd_num_trials", "local_lloyd_init_method",
            "half_life_time_size", "extra_center_factor", "eval_metrics", "max_iterations", "tol", "num_trials",
            "local_init_method", "center_factor", "force_dense", "_enable_profiler", "_kvstore", "_log_level",
            "_num_gpus", "_num_kv_servers", "_num_slices", "_tuning_objective_metric");

    @Override
    public String name() {
        return "kmeans";
    }

    @Override
    public List<String> repositories() {
        return List.of("kmeans");
    }

    @Override
    public List<MetricDefinition> metricDefinitions() {
        List<MetricDefinition> d = new ArrayList<>();
        for (String channel : List.of("train", "test")) {
            for (String metric : List.of("msd", "ssd")) {
                d.add(MetricDefinition.builder().name(channel + ":" + metric)
                        .regex("#quality_metric: host=\\S+, " + channel + " " + metric + " <loss>=\\((\\S+)\\)")
                        .build());
            }
        }
        return d;
    }

    @Override
    public void validate(Map<String, String> hyperparameters) {
        Hyperparameters hp = new Hyperparameters("KMeans", hyperparameters).known(KNOWN)
                .required("k", "pass k, the number of clusters (2 or more)")
                .required("feature_dim", "pass feature_dim, the number of features of each record");
        hp.integer("k", 2, 2, Integer.MAX_VALUE);
        hp.integer("feature_dim", 1, 1, Integer.MAX_VALUE);
        hp.integer("mini_batch_size", 5000, 1, Integer.MAX_VALUE);
        hp.integer("epochs", 1, 1, Integer.MAX_VALUE);
        hp.choice("init_method", "random", Set.of("random", "kmeans++"));
        hp.choice("local_lloyd_init_method", "kmeans++", Set.of("random", "kmeans++"));
        hp.choice("local_init_method", "kmeans++", Set.of("random", "kmeans++"));
        hp.integer("local_lloyd_max_iter", 300, 1, Integer.MAX_VALUE);
        hp.integer("max_iterations", 300, 1, Integer.MAX_VALUE);
        hp.number("local_lloyd_tol", 0.0001, 0, true, 1, true);
        hp.number("tol", 0.0001, 0, true, 1, true);
        if (!"auto".equals(hp.string("local_lloyd_num_trials", "auto"))) {
            hp.integer("local_lloyd_num_trials", 1, 1, 1000);
        }
        if (!"auto".equals(hp.string("num_trials", "auto"))) {
            hp.integer("num_trials", 1, 1, 1000);
        }
        for (String metric : metrics(hp)) {
            if (!metric.equals("msd") && !metric.equals("ssd")) {
                throw new ValidationException("eval_metrics", hp.string("eval_metrics", ""), "names '" + metric
                        + "', which is not a K-Means metric", "use [\"msd\"], [\"ssd\"] or [\"msd\", \"ssd\"]");
            }
        }
    }

    private static List<String> metrics(Hyperparameters hp) {
        List<String> metrics = new ArrayList<>();
        for (String m : hp.string("eval_metrics", "[\"msd\"]").replaceAll("[\\[\\]\"' ]", "").split(",")) {
            if (!m.isEmpty()) {
                metrics.add(m);
            }
        }
        return metrics;
    }

    @Override
    public void train(TrainingEnvironment env) throws Exception {
        Hyperparameters hp = new Hyperparameters("KMeans", env.hyperparameters());
        int k = hp.integer("k", 2, 2, Integer.MAX_VALUE);
        int featureDim = hp.integer("feature_dim", 1, 1, Integer.MAX_VALUE);
        String init = hp.string("init_method", "random");
        int maxIter = hp.has("max_iterations") ? hp.integer("max_iterations", 300, 1, Integer.MAX_VALUE)
                : hp.integer("local_lloyd_max_iter", 300, 1, Integer.MAX_VALUE);
        double tol = hp.has("tol") ? hp.number("tol", 0.0001, 0, true, 1, true)
                : hp.number("local_lloyd_tol", 0.0001, 0, true, 1, true);
        String trialsText = hp.has("num_trials") ? hp.string("num_trials", "auto")
                : hp.string("local_lloyd_num_trials", "auto");
        int trials = "auto".equals(trialsText) ? 1 : Integer.parseInt(trialsText.trim());
        List<String> metrics = metrics(hp);

        TabularData train = read(env, "train", featureDim);
        TabularData test = env.channels().containsKey("test") ? read(env, "test", featureDim) : null;
        if (train.rows < k) {
            throw new ValidationException("k", k, "is larger than the " + train.rows + " records of the train channel",
                    "use fewer clusters or more data");
        }

        double[][] best = null;
        double bestSsd = Double.POSITIVE_INFINITY;
        Random random = new Random(0);
        for (int trial = 0; trial < trials; trial++) {
            double[][] centers = init.equals("kmeans++") ? plusPlus(train, k, random) : randomCenters(train, k, random);
            int[] assignment = new int[train.rows];
            double previous = Double.POSITIVE_INFINITY;
            for (int iteration = 0; iteration < maxIter; iteration++) {
                if (env.stopRequested()) {
                    env.log("Stop requested at iteration " + iteration);
                    break;
                }
                double ssd = assign(train, centers, assignment);
                update(train, centers, assignment, random);
                Map<String, Double> progress = new LinkedHashMap<>();
                progress.put("train:ssd", ssd);
                env.reportProgress(iteration + 1, maxIter, "iteration", progress);
                boolean converged = previous != Double.POSITIVE_INFINITY && (previous - ssd) <= tol * previous;
                previous = ssd;
                if (converged) {
                    env.log("Trial " + trial + " converged after " + (iteration + 1) + " iterations");
                    break;
                }
            }
            double ssd = assign(train, centers, assignment);
            if (ssd < bestSsd) {
                bestSsd = ssd;
                best = centers;
            }
        }
        KMeansModel model = new KMeansModel(best);
        report(env, "train", train, best, metrics);
        if (test != null) {
            report(env, "test", test, best, metrics);
        }
        model.save(env.modelDir());
        env.log("Saved " + KMeansModel.FILE + " (k=" + k + ", feature_dim=" + featureDim + ")");
    }

    private static TabularData read(TrainingEnvironment env, String channel, int featureDim)
            throws java.io.IOException {
        java.util.List<java.nio.file.Path> files = TabularData.files(env.channel(channel));
        TabularData data;
        if (TabularData.isRecordIO(env.channelContentType(channel), files)) {
            data = TabularData.readRecordIO(channel, files, false);
        } else {
            String type = env.channelContentType(channel).orElse("text/csv").toLowerCase(Locale.ROOT);
            if (!type.startsWith("text/csv") && !type.equals("csv")) {
                throw new ValidationException("ContentType of channel " + channel, type,
                        "is not a format the local KMeans reads",
                        "use text/csv without labels or application/x-recordio-protobuf");
            }
            data = TabularData.readCsv(channel, files, false, false, true);
        }
        if (data.cols != featureDim) {
            throw new ValidationException("feature_dim", featureDim, "does not match the " + data.cols
                    + " columns of the " + channel + " channel", "set feature_dim to " + data.cols);
        }
        return data;
    }

    private static double[][] randomCenters(TabularData data, int k, Random random) {
        double[][] centers = new double[k][];
        int[] picks = random.ints(0, data.rows).distinct().limit(k).toArray();
        for (int c = 0; c < k; c++) {
            centers[c] = row(data, picks[c]);
        }
        return centers;
    }

    private static double[][] plusPlus(TabularData data, int k, Random random) {
        double[][] centers = new double[k][];
        centers[0] = row(data, random.nextInt(data.rows));
        double[] distance = new double[data.rows];
        Arrays.fill(distance, Double.POSITIVE_INFINITY);
        for (int c = 1; c < k; c++) {
            double total = 0;
            for (int r = 0; r < data.rows; r++) {
                distance[r] = Math.min(distance[r], squared(data, r, centers[c - 1]));
                total += distance[r];
            }
            double target = random.nextDouble() * total;
            int chosen = data.rows - 1;
            for (int r = 0; r < data.rows; r++) {
                target -= distance[r];
                if (target <= 0) {
                    chosen = r;
                    break;
                }
            }
            centers[c] = row(data, chosen);
        }
        return centers;
    }

    private static double assign(TabularData data, double[][] centers, int[] assignment) {
        double ssd = 0;
        for (int r = 0; r < data.rows; r++) {
            int best = 0;
            double bestDistance = Double.POSITIVE_INFINITY;
            for (int c = 0; c < centers.length; c++) {
                double d = squared(data, r, centers[c]);
                if (d < bestDistance) {
                    bestDistance = d;
                    best = c;
                }
            }
            assignment[r] = best;
            ssd += bestDistance;
        }
        return ssd;
    }

    private static void update(TabularData data, double[][] centers, int[] assignment, Random random) {
        int dim = data.cols;
        double[][] sums = new double[centers.length][dim];
        int[] counts = new int[centers.length];
        for (int r = 0; r < data.rows; r++) {
            int c = assignment[r];
            counts[c]++;
            for (int j = 0; j < dim; j++) {
                sums[c][j] += value(data, r, j);
            }
        }
        for (int c = 0; c < centers.length; c++) {
            if (counts[c] == 0) {
                centers[c] = row(data, random.nextInt(data.rows));
                continue;
            }
            for (int j = 0; j < dim; j++) {
                centers[c][j] = sums[c][j] / counts[c];
            }
        }
    }

    private static void report(TrainingEnvironment env, String channel, TabularData data, double[][] centers,
                               List<String> metrics) {
        int[] assignment = new int[data.rows];
        double ssd = assign(data, centers, assignment);
        for (String metric : metrics) {
            double value = metric.equals("ssd") ? ssd : ssd / data.rows;
            env.log(String.format(Locale.ROOT, "#quality_metric: host=%s, %s %s <loss>=(%s)", env.currentHost(),
                    channel, metric, value));
        }
    }

    private static double squared(TabularData data, int row, double[] center) {
        double d = 0;
        for (int j = 0; j < center.length; j++) {
            double diff = value(data, row, j) - center[j];
            d += diff * diff;
        }
        return d;
    }

    private static double value(TabularData data, int row, int col) {
        float v = data.dense[row * data.cols + col];
        return Float.isNaN(v) ? 0 : v;
    }

    private static double[] row(TabularData data, int r) {
        double[] v = new double[data.cols];
        for (int j = 0; j < data.cols; j++) {
            v[j] = value(data, r, j);
        }
        return v;
    }
}
