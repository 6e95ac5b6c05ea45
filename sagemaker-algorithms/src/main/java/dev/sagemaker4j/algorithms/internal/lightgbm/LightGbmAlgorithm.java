/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.algorithms.internal.lightgbm;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sagemaker4j.algorithms.LightGBM;
import dev.sagemaker4j.exceptions.ValidationException;
import dev.sagemaker4j.local.LocalAlgorithm;
import dev.sagemaker4j.local.SdkJson;
import dev.sagemaker4j.local.TrainingEnvironment;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.sagemaker.model.MetricDefinition;

/**
 * SageMaker's LightGBM built-in algorithm (the JumpStart models {@code lightgbm-classification-model} and
 * {@code lightgbm-regression-model}) in-process on lightgbmlib. On the service it is the PyTorch training image
 * running JumpStart's {@code transfer_learning.py} from a script tarball the SDK fetches from S3, which cannot be
 * reproduced offline; the local backend runs it for the images of {@link LightGBM} instead, with the same
 * hyperparameters ({@link LightGbmSettings}), data layout ({@link LightGbmData}), per-iteration log lines, early stopping and prediction contract
 * ({@link LightGbmRuntimeProvider}). Classification infers binary or multi-class from the number of distinct
 * targets, which must be the classes 0 .. K-1; regression uses L2 loss. Without validation data, 20% of the
 * training rows (a seeded random sample) validate, as the container does.
 */
public abstract class LightGbmAlgorithm implements LocalAlgorithm {
    static final String CLASSIFICATION_IMAGE = LightGBM.CLASSIFICATION_IMAGE;
    static final String REGRESSION_IMAGE = LightGBM.REGRESSION_IMAGE;
    /** The seed of the validation sample drawn from the training rows when no validation data is given. */
    static final long SPLIT_SEED = 200;

    private final boolean classification;

    LightGbmAlgorithm(boolean classification) {
        this.classification = classification;
    }

    /** LightGBM classification: binary or multi-class, answering class probabilities. */
    public static final class Classification extends LightGbmAlgorithm {
        /** For the service loader. */
        public Classification() {
            super(true);
        }
    }

    /** LightGBM regression, answering the prediction. */
    public static final class Regression extends LightGbmAlgorithm {
        /** For the service loader. */
        public Regression() {
            super(false);
        }
    }

    @Override
    public String name() {
        return classification ? "lightgbm-classification" : "lightgbm-regression";
    }

    @Override
    public List<String> repositories() {
        return List.of(LocalAlgorithm.repositoryOf(classification ? CLASSIFICATION_IMAGE : REGRESSION_IMAGE));
    }

    @Override
    public List<MetricDefinition> metricDefinitions() {
        List<MetricDefinition> out = new ArrayList<>();
        for (String set : List.of("val", "train")) {
            for (String metric : new TreeSet<>(classification ? LightGbmSettings.CLASSIFICATION_METRICS
                    : LightGbmSettings.REGRESSION_METRICS)) {
                if (!metric.equals("auto")) {
                    out.add(MetricDefinition.builder().name(set + ":" + metric).regex(".*\\[[0-9]+\\].*" + set + "'s "
                            + Pattern.quote(metric) + ": ([-+]?[0-9]*\\.?[0-9]+(?:[eE][-+]?[0-9]+)?).*").build());
                }
            }
        }
        return out;
    }

    @Override
    public void validate(Map<String, String> hyperparameters) {
        new LightGbmSettings(classification, hyperparameters);
    }

    @Override
    public void train(TrainingEnvironment env) throws Exception {
        LightGbmSettings s = new LightGbmSettings(classification, env.hyperparameters());
        long t0 = System.nanoTime();
        LightGbmData.Inputs in = LightGbmData.read(env);
        LightGbmData train = in.train();
        LightGbmData validation = in.validation();
        if (validation == null) {
            LightGbmData[] split = split(train, SPLIT_SEED);
            train = split[0];
            validation = split[1];
            env.log("No validation data: " + validation.rows() + " of the training rows (20%) validate");
        }
        int numClasses = classification ? classes(train, validation) : 0;
        String problem = !classification ? "regression" : numClasses == 2 ? "binary classification"
                : "multi-class classification";
        String metric = s.metric.equals("auto") ? (!classification ? "rmse" : numClasses == 2 ? "binary_logloss"
                : "multi_logloss") : s.metric;
        checkMetric(metric, numClasses);
        String objective = !classification ? "regression" : numClasses == 2 ? "binary" : "multiclass";
        String categorical = Arrays.stream(in.categorical()).mapToObj(String::valueOf)
                .collect(Collectors.joining(","));
        String params = s.parameters(objective, metric, numClasses, categorical);
        long t1 = System.nanoTime();
        env.log(String.format(Locale.ROOT, "LightGBM %s: %d training and %d validation rows of %d features; %s",
                problem, train.rows(), validation.rows(), train.features(), params));
        int rounds = s.numBoostRound;
        LightGbmTrainer.Result result = LightGbmTrainer.train(train, validation, params, metric, rounds,
                s.earlyStoppingRounds, env.modelDir().resolve(LightGbmModel.MODEL), new LightGbmTrainer.Listener() {
                    @Override
                    public void iteration(int iteration, String line, double val, double tr) {
                        env.log(line);
                        env.reportProgress(iteration, rounds, "iteration", Map.of("val:" + metric, val,
                                "train:" + metric, tr));
                    }

                    @Override
                    public void log(String line) {
                        env.log(line);
                    }
                });
        long t2 = System.nanoTime();
        ObjectNode manifest = SdkJson.MAPPER.createObjectNode();
        manifest.put("algorithm", "lightgbm");
        manifest.put("format_version", 1);
        manifest.put("engine", "lightgbmlib 3.3.510");
        manifest.put("problem_type", problem);
        manifest.put("num_classes", classification ? numClasses : 1);
        manifest.put("feature_dim", train.features());
        manifest.put("metric", metric);
        manifest.put("best_iteration", result.bestIteration());
        manifest.put("iterations", result.iterations());
        manifest.put("parameters", params);
        Files.writeString(env.modelDir().resolve(LightGbmModel.MANIFEST), SdkJson.MAPPER
                .writerWithDefaultPrettyPrinter().writeValueAsString(manifest), StandardCharsets.UTF_8);
        env.log(String.format(Locale.ROOT, "[timing] read %.3f s, train %.3f s", (t1 - t0) / 1e9, (t2 - t1) / 1e9));
        env.log("Saved " + LightGbmModel.MODEL + " (best iteration " + result.bestIteration() + " of "
                + result.iterations() + ") and " + LightGbmModel.MANIFEST);
    }

    /** The classes: targets must be the whole numbers 0 .. K-1 (LightGBM's multi-class labels), K at least 2. */
    static int classes(LightGbmData train, LightGbmData validation) {
        TreeSet<Float> distinct = new TreeSet<>();
        for (float v : train.y) {
            distinct.add(v);
        }
        int k = distinct.size();
        if (k < 2) {
            throw new ValidationException("train", "target " + distinct.first(), "is the only class in the training"
                    + " data", "give classification at least two classes, or train lightgbm-regression-model");
        }
        for (LightGbmData d : List.of(train, validation)) {
            for (int r = 0; r < d.y.length; r++) {
                float v = d.y[r];
                if (v != Math.rint(v) || v < 0 || v >= k) {
                    throw new ValidationException(d == train ? "train" : "validation", "target " + v + " (row "
                            + (r + 1) + ")", "is not a class in 0 .. " + (k - 1) + " (the training data has " + k
                            + " distinct targets)", "encode the classes as 0 .. K-1 in the first column");
                }
            }
        }
        return k;
    }

    private void checkMetric(String metric, int numClasses) {
        boolean binaryOnly = Set.of("binary_logloss", "binary_error", "auc", "average_precision", "cross_entropy")
                .contains(metric);
        boolean multiOnly = Set.of("multi_logloss", "multi_error", "auc_mu").contains(metric);
        if (classification && (numClasses == 2 && multiOnly || numClasses > 2 && binaryOnly)) {
            throw new ValidationException("metric", metric, "is a " + (multiOnly ? "multi-class" : "binary")
                    + " metric and the training data has " + numClasses + " classes",
                    "pass metric \"auto\" or one for " + (numClasses == 2 ? "binary" : "multi-class") + " problems");
        }
    }

    /** A seeded 80/20 split of the rows: the training part first, then the validation part. */
    static LightGbmData[] split(LightGbmData data, long seed) {
        int n = data.rows();
        if (n < 2) {
            throw new ValidationException("train", n + " row", "is too few to hold out validation rows",
                    "give at least 2 training rows, or a validation channel");
        }
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Random random = new Random(seed);
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        int held = Math.max(1, (int) Math.ceil(n * 0.2));
        float[][] tx = new float[n - held][];
        float[] ty = new float[n - held];
        float[][] vx = new float[held][];
        float[] vy = new float[held];
        for (int i = 0; i < n; i++) {
            int r = order[i];
            if (i < held) {
                vx[i] = data.x[r];
                vy[i] = data.y[r];
            } else {
                tx[i - held] = data.x[r];
                ty[i - held] = data.y[r];
            }
        }
        return new LightGbmData[] {new LightGbmData(tx, ty), new LightGbmData(vx, vy)};
    }
}
