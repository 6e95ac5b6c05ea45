/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.algorithms.internal;

import com.amazon.randomcutforest.RandomCutForest;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sagemaker4j.exceptions.ValidationException;
import dev.sagemaker4j.local.LocalAlgorithm;
import dev.sagemaker4j.local.SdkJson;
import dev.sagemaker4j.local.TrainingEnvironment;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.sagemaker.model.MetricDefinition;

/**
 * SageMaker's Random Cut Forest (image {@code randomcutforest}) in-process on Amazon's randomcutforest-core: each of
 * {@code num_trees} trees keeps a uniform random sample of {@code num_samples_per_tree} training records (reservoir
 * sampling without time decay, as the batch algorithm samples), and a record's score is the forest's anomaly score
 * (the same displacement-based score SageMaker's RCF answers: about 1 for ordinary records, higher for anomalies).
 * The train channel has no label ({@code text/csv;label_size=0}, the default, or RecordIO-protobuf); a test channel
 * carries labels (1 = anomaly; {@code text/csv;label_size=1}), and is scored against the threshold mean + 3 standard
 * deviations of the training scores: {@code test:accuracy} for {@code eval_metrics} accuracy, {@code test:precision},
 * {@code test:recall} and {@code test:f1} for precision_recall_fscore.
 */
public final class RandomCutForestAlgorithm implements LocalAlgorithm {
    private static final Set<String> KNOWN = Set.of("feature_dim", "num_trees", "num_samples_per_tree",
            "eval_metrics", "mini_batch_size", "epochs", "_kvstore", "_log_level", "_num_gpus", "_num_kv_servers",
            "_tuning_objective_metric");
    private static final Set<String> METRICS = Set.of("accuracy", "precision_recall_fscore");
    private static final long SEED = 0x5EED_0FC1L;
    /** The training records scored for the threshold, at most: plenty for a mean and a standard deviation. */
    private static final int THRESHOLD_SAMPLE = 2_000;

    @Override
    public String name() {
        return "randomcutforest";
    }

    @Override
    public List<String> repositories() {
        return List.of("randomcutforest");
    }

    @Override
    public List<MetricDefinition> metricDefinitions() {
        return List.of(KnnAlgorithm.def("test:accuracy", "accuracy", "score"),
                KnnAlgorithm.def("test:precision", "precision", "score"),
                KnnAlgorithm.def("test:recall", "recall", "score"), KnnAlgorithm.def("test:f1", "f1", "score"));
    }

    @Override
    public void validate(Map<String, String> hyperparameters) {
        settings(hyperparameters);
    }

    private static EngineHyperparameters settings(Map<String, String> hyperparameters) {
        EngineHyperparameters hp = new EngineHyperparameters("RandomCutForest", hyperparameters).known(KNOWN)
                .required("feature_dim", "pass feature_dim, the number of features of each record");
        hp.integer("feature_dim", 1, 1, 10_000);
        hp.integer("num_trees", 100, 50, 1000);
        hp.integer("num_samples_per_tree", 256, 1, 2048);
        hp.list("eval_metrics", "[\"accuracy\", \"precision_recall_fscore\"]", METRICS);
        hp.integer("mini_batch_size", 1000, 1, Integer.MAX_VALUE);
        return hp;
    }

    @Override
    public void train(TrainingEnvironment env) throws Exception {
        EngineHyperparameters hp = settings(env.hyperparameters());
        int dim = hp.integer("feature_dim", 1, 1, 10_000);
        int trees = hp.integer("num_trees", 100, 50, 1000);
        int samples = hp.integer("num_samples_per_tree", 256, 1, 2048);
        Set<String> metrics = hp.list("eval_metrics", "[\"accuracy\", \"precision_recall_fscore\"]", METRICS);
        long t0 = System.nanoTime();
        EngineData train = EngineData.read(env, "train", dim, 0, false);
        EngineData test = env.channels().containsKey("test") ? EngineData.read(env, "test", dim, 1, true) : null;
        long t1 = System.nanoTime();
        env.log(String.format(Locale.ROOT, "Building %d trees of %d samples from %d records of %d features", trees,
                samples, train.rows(), dim));
        RandomCutForest forest = fit(train.x, trees, samples);
        long t2 = System.nanoTime();

        // the threshold SageMaker's RCF uses for its test metrics: 3 standard deviations above the mean score
        int step = Math.max(1, train.rows() / THRESHOLD_SAMPLE);
        double sum = 0;
        double squares = 0;
        int n = 0;
        for (int r = 0; r < train.rows(); r += step) {
            double s = forest.getAnomalyScore(train.x[r]);
            sum += s;
            squares += s * s;
            n++;
        }
        double mean = sum / n;
        double threshold = mean + 3 * Math.sqrt(Math.max(0, squares / n - mean * mean));
        ObjectNode manifest = SdkJson.MAPPER.createObjectNode();
        manifest.put("algorithm", "randomcutforest");
        manifest.put("format_version", 1);
        manifest.put("engine", "randomcutforest-core 4.2.0");
        manifest.put("feature_dim", dim);
        manifest.put("num_trees", trees);
        manifest.put("num_samples_per_tree", samples);
        manifest.put("score_mean", mean);
        manifest.put("score_threshold", threshold);
        RandomCutForestModel model = new RandomCutForestModel(manifest, forest);
        if (test != null) {
            report(env, model, test, metrics);
        }
        long t3 = System.nanoTime();
        model.save(env.modelDir());
        env.log(EngineData.timings(t0, t1, t2, t3, System.nanoTime()));
        env.log("Saved " + RandomCutForestModel.MANIFEST + " and " + RandomCutForestModel.STATE);
    }

    /** The library call: a forest of uniform samples of the records. */
    static RandomCutForest fit(float[][] x, int trees, int samples) {
        RandomCutForest forest = RandomCutForest.builder().dimensions(x[0].length).numberOfTrees(trees)
                .sampleSize(samples).randomSeed(SEED).timeDecay(0)
                .initialAcceptFraction(1.0).outputAfter(1).parallelExecutionEnabled(false).build();
        for (float[] row : x) {
            forest.update(row);
        }
        return forest;
    }

    private static void report(TrainingEnvironment env, RandomCutForestModel model, EngineData test,
                               Set<String> metrics) {
        for (int r = 0; r < test.rows(); r++) {
            float l = test.labels[r];
            if (l != 0 && l != 1) {
                throw new ValidationException("test", l, "has a label that is not 0 or 1 (record " + (r + 1) + ")",
                        "label the test channel's records 1 for an anomaly and 0 otherwise");
            }
        }
        float[] scores = model.score(test.x);
        long tp = 0;
        long fp = 0;
        long fn = 0;
        long correct = 0;
        for (int r = 0; r < scores.length; r++) {
            boolean anomaly = scores[r] > model.threshold;
            boolean truth = test.labels[r] == 1;
            correct += anomaly == truth ? 1 : 0;
            tp += anomaly && truth ? 1 : 0;
            fp += anomaly && !truth ? 1 : 0;
            fn += !anomaly && truth ? 1 : 0;
        }
        String host = env.currentHost();
        if (metrics.contains("accuracy")) {
            log(env, host, "accuracy", (double) correct / scores.length);
        }
        if (metrics.contains("precision_recall_fscore")) {
            double precision = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
            double recall = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
            log(env, host, "precision", precision);
            log(env, host, "recall", recall);
            log(env, host, "f1", precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall));
        }
    }

    private static void log(TrainingEnvironment env, String host, String metric, double value) {
        env.log(String.format(Locale.ROOT, "#quality_metric: host=%s, test %s <score>=(%s)", host, metric, value));
    }
}
