/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.estimator.internal;

import dev.sagemaker4j.exceptions.ValidationException;
import dev.sagemaker4j.local.LocalAlgorithm;
import dev.sagemaker4j.local.TrainingEnvironment;
import dev.sagemaker4j.model.formats.XGBoostModelFormat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoost;
import ml.dmlc.xgboost4j.java.XGBoostError;
import software.amazon.awssdk.services.sagemaker.model.MetricDefinition;

/**
 * SageMaker's built-in XGBoost (images {@code sagemaker-xgboost} and {@code xgboost}) in-process
 * with xgboost4j: the container's hyperparameter names and checks, {@code text/csv} (label first,
 * no header; {@code csv_weights}) and {@code text/libsvm} (the default) channels {@code train} and
 * {@code validation}, one log line per round in the container's format
 * ({@code [12]#011train-auc:0.98123#011validation-auc:0.97011}), early stopping, checkpoints
 * ({@code xgboost-checkpoint.N} after the first round, then at most once a second and at the end or
 * stop; resumed from the newest) and the model saved as
 * {@code xgboost-model} in the format the xgboost of the job's image loads and predicts the same with:
 * the legacy binary format before 1.7, JSON with a scalar base score for 1.7, xgboost4j's JSON for 2.0
 * and later.
 */
public final class XGBoostAlgorithm implements LocalAlgorithm {
    /** The file name SageMaker's container gives the model. */
    public static final String MODEL_FILE = "xgboost-model";
    private static final String CHECKPOINT_PREFIX = "xgboost-checkpoint.";
    private static final int CHECKPOINTS_KEPT = 5;

    private static final Set<String> OBJECTIVES = Set.of("reg:squarederror", "reg:squaredlogerror", "reg:logistic",
            "reg:pseudohubererror", "reg:absoluteerror", "reg:quantileerror", "reg:linear", "reg:tweedie", "reg:gamma",
            "binary:logistic", "binary:logitraw", "binary:hinge", "multi:softmax", "multi:softprob", "count:poisson",
            "rank:pairwise", "rank:ndcg", "rank:map", "survival:cox", "survival:aft");
    private static final Set<String> METRICS = Set.of("rmse", "rmsle", "mae", "mape", "mphe", "logloss", "error",
            "merror", "mlogloss", "auc", "aucpr", "ndcg", "map", "poisson-nloglik", "gamma-nloglik", "cox-nloglik",
            "gamma-deviance", "tweedie-nloglik", "aft-nloglik", "interval-regression-accuracy", "pre", "f1",
            "accuracy", "balanced_accuracy", "precision", "recall", "r2", "mse");
    private static final Set<String> MAXIMIZED = Set.of("auc", "aucpr", "ndcg", "map", "pre", "f1", "accuracy",
            "balanced_accuracy", "precision", "recall", "r2", "interval-regression-accuracy");
    /** Hyperparameters passed to the booster as they are. */
    private static final Set<String> BOOSTER_PARAMS = Set.of("objective", "eta", "gamma", "max_depth",
            "min_child_weight", "max_delta_step", "subsample", "colsample_bytree", "colsample_bylevel",
            "colsample_bynode", "lambda", "alpha", "tree_method", "sketch_eps", "scale_pos_weight", "updater",
            "dsplit", "refresh_leaf", "process_type", "grow_policy", "max_leaves", "max_bin", "num_parallel_tree",
            "base_score", "seed", "tweedie_variance_power", "num_class", "interaction_constraints",
            "monotone_constraints", "sampling_method", "single_precision_histogram", "deterministic_histogram",
            "max_cat_to_onehot", "huber_slope", "quantile_alpha", "aft_loss_distribution",
            "aft_loss_distribution_scale", "nthread", "verbosity", "lambda_bias", "seed_per_iteration",
            "skip_drop", "sample_type", "normalize_type", "rate_drop", "one_drop", "booster", "multi_strategy",
            "max_cached_hist_node", "device", "prob_buffer_row");
    private static final Set<String> KNOWN;

    static {
        java.util.HashSet<String> known = new java.util.HashSet<>(BOOSTER_PARAMS);
        known.addAll(Set.of("num_round", "eval_metric", "early_stopping_rounds", "csv_weights",
                "save_model_on_termination", "use_dask_gpu_training", "_kfold", "_num_cv_round"));
        KNOWN = Set.copyOf(known);
    }

    private static final Pattern EVAL = Pattern.compile("([\\w.]+)-([\\w@.\\-]+):(\\S+)");

    @Override
    public String name() {
        return "xgboost";
    }

    @Override
    public List<String> repositories() {
        return List.of("sagemaker-xgboost", "xgboost");
    }

    @Override
    public List<MetricDefinition> metricDefinitions() {
        List<MetricDefinition> definitions = new ArrayList<>();
        for (String channel : List.of("train", "validation")) {
            for (String metric : new java.util.TreeSet<>(METRICS)) {
                definitions.add(MetricDefinition.builder().name(channel + ":" + metric)
                        .regex(".*\\[[0-9]+\\].*#011" + channel + "-" + Pattern.quote(metric)
                                + ":([-+]?[0-9]*\\.?[0-9]+(?:[eE][-+]?[0-9]+)?).*")
                        .build());
            }
        }
        return definitions;
    }

    @Override
    public void validate(Map<String, String> hyperparameters) {
        Hyperparameters hp = new Hyperparameters("XGBoost", hyperparameters).known(KNOWN)
                .required("num_round", "pass num_round, the number of boosting rounds, e.g. \"100\"");
        hp.integer("num_round", 1, 1, Integer.MAX_VALUE);
        String objective = hp.choice("objective", "reg:squarederror", OBJECTIVES);
        if (objective.startsWith("multi:")) {
            hp.required("num_class", "pass num_class, the number of classes, for objective " + objective);
        }
        hp.integer("num_class", 2, 2, Integer.MAX_VALUE);
        hp.number("eta", 0.3, 0, true, 1, true);
        hp.number("gamma", 0, 0, true, Double.POSITIVE_INFINITY, true);
        hp.integer("max_depth", 6, 0, Integer.MAX_VALUE);
        hp.number("min_child_weight", 1, 0, true, Double.POSITIVE_INFINITY, true);
        hp.number("max_delta_step", 0, 0, true, Double.POSITIVE_INFINITY, true);
        hp.number("subsample", 1, 0, false, 1, true);
        hp.number("colsample_bytree", 1, 0, false, 1, true);
        hp.number("colsample_bylevel", 1, 0, false, 1, true);
        hp.number("colsample_bynode", 1, 0, false, 1, true);
        hp.number("lambda", 1, 0, true, Double.POSITIVE_INFINITY, true);
        hp.number("alpha", 0, 0, true, Double.POSITIVE_INFINITY, true);
        hp.choice("tree_method", "hist", Set.of("auto", "exact", "approx", "hist", "gpu_hist"));
        hp.number("scale_pos_weight", 1, 0, false, Double.POSITIVE_INFINITY, true);
        hp.integer("max_bin", 256, 2, Integer.MAX_VALUE);
        hp.integer("early_stopping_rounds", 1, 1, Integer.MAX_VALUE);
        hp.choice("csv_weights", "0", Set.of("0", "1"));
        hp.choice("grow_policy", "depthwise", Set.of("depthwise", "lossguide"));
        hp.integer("max_leaves", 0, 0, Integer.MAX_VALUE);
        hp.integer("num_parallel_tree", 1, 1, Integer.MAX_VALUE);
        hp.integer("nthread", 1, 1, 1024);
        hp.integer("verbosity", 1, 0, 3);
        hp.number("tweedie_variance_power", 1.5, 1, false, 2, false);
        hp.choice("sampling_method", "uniform", Set.of("uniform", "gradient_based"));
        for (String metric : evalMetrics(hp)) {
            String base = metric.contains("@") ? metric.substring(0, metric.indexOf('@')) : metric;
            if (!METRICS.contains(base)) {
                throw new ValidationException("eval_metric", metric, "is not an evaluation metric of XGBoost",
                        "use one of " + new java.util.TreeSet<>(METRICS));
            }
        }
    }

    private static List<String> evalMetrics(Hyperparameters hp) {
        String value = hp.string("eval_metric", "");
        List<String> metrics = new ArrayList<>();
        for (String m : value.replace("[", "").replace("]", "").replace("'", "").replace("\"", "").split(",")) {
            if (!m.isBlank()) {
                metrics.add(m.trim());
            }
        }
        return metrics;
    }

    @Override
    public void train(TrainingEnvironment env) throws Exception {
        Hyperparameters hp = new Hyperparameters("XGBoost", env.hyperparameters());
        int numRound = hp.integer("num_round", 1, 1, Integer.MAX_VALUE);
        boolean csvWeights = "1".equals(hp.string("csv_weights", "0"));
        Integer earlyStopping = hp.has("early_stopping_rounds") ? hp.integer("early_stopping_rounds", 1, 1,
                Integer.MAX_VALUE) : null;
        List<String> evalMetrics = evalMetrics(hp);

        if (!env.channels().containsKey("train")) {
            throw new ValidationException("InputDataConfig", env.channels().keySet(), "has no 'train' channel",
                    "pass fit(Map.of(\"train\", ...)); XGBoost trains on the 'train' channel");
        }
        DMatrix train = null;
        DMatrix validation = null;
        Booster booster = null;
        XGBoostCollective collective = null;
        try {
            long loadStart = System.nanoTime();
            int[] trainCols = new int[1];
            train = load(env, "train", csvWeights, trainCols);
            if (env.channels().containsKey("validation")) {
                int[] validationCols = new int[1];
                validation = load(env, "validation", csvWeights, validationCols);
                if (validationCols[0] > trainCols[0]) {
                    throw new ValidationException("validation", validationCols[0] + " features",
                            "has more features than the train channel (" + trainCols[0] + ")",
                            "give both channels the same columns");
                }
            }
            env.log("Loaded train" + (validation != null ? " and validation" : "") + " data: " + train.rowNum()
                    + " rows, " + trainCols[0] + " features in " + (System.nanoTime() - loadStart) / 1_000_000
                    + " ms");

            Map<String, Object> params = new HashMap<>();
            params.put("tree_method", "hist");
            // the hosts of a distributed job share this machine's cores
            params.put("nthread", Math.max(1, Runtime.getRuntime().availableProcessors() / env.hosts().size()));
            params.put("verbosity", 1);
            for (Map.Entry<String, String> e : env.hyperparameters().entrySet()) {
                if (BOOSTER_PARAMS.contains(e.getKey())) {
                    params.put(e.getKey(), e.getValue().trim());
                }
            }
            ModelFormat format = ModelFormat.forImage(env.trainingImage().orElse(null));
            if (format != ModelFormat.NATIVE && !params.containsKey("base_score")) {
                // xgboost before 2.0 starts every model at 0.5; 2.0 and later estimate an intercept (one per
                // class for multi:*), which those versions cannot hold: train as the image's xgboost does
                params.put("base_score", "0.5");
            }
            if ("reg:linear".equals(params.get("objective"))) {
                params.put("objective", "reg:squarederror");
            }
            chooseDevice(env, params);

            Map<String, DMatrix> watches = new LinkedHashMap<>();
            watches.put("train", train);
            if (validation != null) {
                watches.put("validation", validation);
            }
            DMatrix[] evalSets = watches.values().toArray(new DMatrix[0]);
            String[] evalNames = watches.keySet().toArray(new String[0]);

            if (env.hosts().size() > 1) {
                collective = XGBoostCollective.join(env);
            }
            boolean master = collective == null || collective.rank() == 0;

            int start = 0;
            boolean checkpointing = master && hasCheckpointing(env);
            Path checkpoint = hasCheckpointing(env) ? newestCheckpoint(env.checkpointDir()) : null;
            if (checkpoint != null) {
                booster = XGBoost.loadModel(Files.readAllBytes(checkpoint));
                booster.setParams(params);
                start = booster.getNumBoostedRound();
                env.log("Resuming from checkpoint " + checkpoint.getFileName() + " at round " + start);
            } else {
                booster = XGBoost.train(train, params, 0, watches, null, null);
            }
            for (String metric : evalMetrics) {
                booster.setParam("eval_metric", metric);
            }

            long lastCheckpoint = 0;
            int checkpointed = -1;
            String stopMetric = null;
            double best = Double.NaN;
            int bestRound = -1;
            int round = start;
            for (; round < numRound; round++) {
                // the hosts of a distributed job stop together: one that left the rounds alone would hang the others
                if (collective != null ? collective.anyStopRequested(env) : env.stopRequested()) {
                    env.log("Stop requested after round " + (round - 1));
                    break;
                }
                booster.update(train, round);
                String raw = booster.evalSet(evalSets, evalNames, round);
                Map<String, Double> scores = parseEval(raw);
                env.log(formatRound(round, scores));
                env.reportProgress(round + 1, numRound, "round", scores);
                // the first round, then at most once a second (each save writes the whole booster), and the last
                if (checkpointing && (lastCheckpoint == 0 || System.nanoTime() - lastCheckpoint >= 1_000_000_000L)) {
                    saveCheckpoint(booster, env.checkpointDir(), round);
                    lastCheckpoint = System.nanoTime();
                    checkpointed = round;
                }
                if (earlyStopping != null && validation != null && !scores.isEmpty()) {
                    if (stopMetric == null) {
                        stopMetric = lastValidationMetric(scores);
                    }
                    Double score = scores.get(stopMetric);
                    if (score != null) {
                        boolean maximize = MAXIMIZED.contains(stopMetric.substring(stopMetric.indexOf('-') + 1)
                                .replaceAll("@.*", ""));
                        if (bestRound < 0 || (maximize ? score > best : score < best)) {
                            best = score;
                            bestRound = round;
                        } else if (round - bestRound >= earlyStopping) {
                            env.log("Stopping. Best iteration:");
                            env.log("[" + bestRound + "]#011" + stopMetric + ":" + format(best));
                            round++;
                            break;
                        }
                    }
                }
            }
            int lastRound = booster.getNumBoostedRound() - 1;
            if (checkpointing && lastRound > checkpointed) {
                saveCheckpoint(booster, env.checkpointDir(), lastRound);
            }
            if (bestRound >= 0) {
                booster.setAttr("best_iteration", Integer.toString(bestRound));
                booster.setAttr("best_score", Double.toString(best));
            }
            if (master) {
                // as SageMaker's XGBoost container: the master host (rank 0) saves the one model of the job
                saveModel(booster, env.modelDir().resolve(MODEL_FILE), format);
                env.log("Saved model " + MODEL_FILE + " after " + booster.getNumBoostedRound() + " rounds");
            }
        } catch (XGBoostError e) {
            XGBoostCollective.failed(env, collective, e);
            throw new IllegalStateException("XGBoost failed: " + e.getMessage(), e);
        } catch (Exception | Error e) {
            XGBoostCollective.failed(env, collective, e);
            throw e;
        } finally {
            if (collective != null) {
                collective.leave(env);
            }
            if (booster != null) {
                booster.dispose();
            }
            if (train != null) {
                train.dispose();
            }
            if (validation != null) {
                validation.dispose();
            }
        }
    }

    /** SageMaker writes checkpointconfig.json when the job has a CheckpointConfig, as the container checks. */
    private static boolean hasCheckpointing(TrainingEnvironment env) {
        return Files.exists(env.inputConfigDir().resolve("checkpointconfig.json"));
    }

    /**
     * Loads a channel into a DMatrix.
     *
     * @param env        the environment
     * @param channel    the channel
     * @param csvWeights whether CSV rows carry a weight after the label
     * @param cols       receives the number of feature columns
     * @return the matrix
     * @throws IOException     when the data cannot be read
     * @throws XGBoostError    when xgboost rejects it
     */
    static DMatrix load(TrainingEnvironment env, String channel, boolean csvWeights, int[] cols) throws IOException,
            XGBoostError {
        String type = env.channelContentType(channel).orElse("text/libsvm").toLowerCase(Locale.ROOT);
        String base = type.contains(";") ? type.substring(0, type.indexOf(';')).trim() : type.trim();
        List<Path> files = TabularData.files(env.channel(channel));
        if (files.isEmpty()) {
            throw new ValidationException(channel, env.channel(channel), "has no files",
                    "upload data to the channel's S3 prefix");
        }
        TabularData data;
        switch (base) {
            case "text/csv":
            case "csv":
                data = TabularData.readCsv(channel, files, true, csvWeights);
                break;
            case "text/libsvm":
            case "libsvm":
            case "text/x-libsvm":
                data = TabularData.readLibSvm(channel, files);
                break;
            default:
                throw new ValidationException("ContentType of channel " + channel, type,
                        "is not a format the local XGBoost reads",
                        "use text/csv (label first, no header) or text/libsvm");
        }
        cols[0] = data.cols;
        DMatrix matrix = data.dense != null ? new DMatrix(data.dense, data.rows, data.cols, Float.NaN)
                : new DMatrix(data.rowOffsets, data.colIndices, data.values, DMatrix.SparseType.CSR, data.cols);
        matrix.setLabel(data.labels);
        if (data.weights != null) {
            matrix.setWeight(data.weights);
        }
        return matrix;
    }

    static Map<String, Double> parseEval(String raw) {
        Map<String, Double> scores = new LinkedHashMap<>();
        Matcher m = EVAL.matcher(raw);
        while (m.find()) {
            try {
                scores.put(m.group(1) + "-" + m.group(2), Double.parseDouble(m.group(3)));
            } catch (NumberFormatException ignored) {
                // not a score
            }
        }
        return scores;
    }

    /** The container's line: {@code [round]#011train-metric:0.12345#011validation-metric:0.12345}. */
    /** The CUDA probe's answer: null when xgboost4j trained on a GPU, else why it could not. Probed once. */
    private static volatile String cudaProblem;
    private static volatile boolean cudaProbed;

    /**
     * The device XGBoost trains on. A GPU instance ({@code local_gpu}, ml.p/g) with a visible GPU trains with
     * {@code device=cuda}, as does {@code tree_method=gpu_hist} (the 1.7 images' spelling, now {@code hist} on
     * {@code cuda}) or an explicit {@code device=cuda}; otherwise the CPU. Where a GPU was asked for and cannot be
     * used — none visible, or this xgboost4j build cannot run CUDA — the job says so in its log and trains on the
     * CPU, as the XGBoost container does ("No visible GPU is found, setting device to CPU").
     */
    static void chooseDevice(TrainingEnvironment env, Map<String, Object> params) {
        boolean gpuHist = "gpu_hist".equals(params.get("tree_method"));
        if (gpuHist) {
            params.put("tree_method", "hist");
        }
        Object device = params.get("device");
        boolean asked = gpuHist || (device != null && (device.toString().startsWith("cuda")
                || device.toString().startsWith("gpu")));
        boolean gpuInstance = env.numGpus() > 0 || env.currentInstanceType().equals("local_gpu");
        if (!asked && !(device == null && gpuInstance)) {
            return;
        }
        if (env.numGpus() == 0) {
            String why = dev.sagemaker4j.local.Gpus.detect().unavailableReason();
            env.log("XGBoost trains on the CPU: " + (why != null ? why : "instance type "
                    + env.currentInstanceType() + " has no GPU"));
            params.put("device", "cpu");
            return;
        }
        String problem = cudaProblem();
        if (problem != null) {
            env.log("XGBoost trains on the CPU: this xgboost4j cannot train on the GPU (" + problem + ")");
            params.put("device", "cpu");
            return;
        }
        if (device == null || gpuHist && !device.toString().startsWith("cuda")) {
            params.put("device", "cuda");
        }
        env.log("XGBoost trains on the GPU (device=" + params.get("device") + ", " + env.numGpus() + " visible)");
    }

    /** Trains one round on two rows with device=cuda; null when that worked, else the engine's message. */
    private static String cudaProblem() {
        if (!cudaProbed) {
            synchronized (XGBoostAlgorithm.class) {
                if (!cudaProbed) {
                    DMatrix probe = null;
                    try {
                        probe = new DMatrix(new float[] {0f, 1f}, 2, 1, Float.NaN);
                        probe.setLabel(new float[] {0f, 1f});
                        Map<String, Object> p = new HashMap<>();
                        p.put("device", "cuda");
                        p.put("tree_method", "hist");
                        p.put("verbosity", 0);
                        XGBoost.train(probe, p, 1, new HashMap<>(), null, null).dispose();
                        cudaProblem = null;
                    } catch (XGBoostError | RuntimeException | LinkageError e) {
                        String m = e.getMessage() == null ? e.toString() : e.getMessage().trim();
                        int newline = m.indexOf('\n');
                        cudaProblem = newline > 0 ? m.substring(0, newline) : m;
                    } finally {
                        if (probe != null) {
                            probe.dispose();
                        }
                    }
                    cudaProbed = true;
                }
            }
        }
        return cudaProblem;
    }

    static String formatRound(int round, Map<String, Double> scores) {
        StringBuilder sb = new StringBuilder().append('[').append(round).append(']');
        scores.forEach((k, v) -> sb.append("#011").append(k).append(':').append(format(v)));
        return sb.toString();
    }

    private static String format(double v) {
        return String.format(Locale.ROOT, "%.5f", v);
    }

    private static String lastValidationMetric(Map<String, Double> scores) {
        String last = null;
        for (String k : scores.keySet()) {
            if (k.startsWith("validation-")) {
                last = k;
            }
        }
        return last;
    }

    /**
     * Writes the model under the container's file name, atomically, in the format the image's xgboost loads.
     *
     * @param booster the booster
     * @param target  the file
     * @param format  the format for the job's image
     * @throws IOException  when it cannot be written
     * @throws XGBoostError when xgboost cannot serialise it
     */
    static void saveModel(Booster booster, Path target, ModelFormat format) throws IOException, XGBoostError {
        Path temp = target.resolveSibling(target.getFileName() + ".tmp");
        Files.write(temp, format.write(booster.toByteArray("json")));
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /**
     * How {@code xgboost-model} is written for an image, so that the model loads and predicts the same in the
     * xgboost of that image's container (SageMaker's containers load the file by its content, whatever the
     * name).
     */
    enum ModelFormat {
        /** xgboost 0.90 to 1.5 (images 0.90-1 to 1.5-1, and the original {@code xgboost:1}): legacy binary. */
        LEGACY_BINARY,
        /** xgboost 1.7 (image 1.7-1, and images this code does not know): JSON with a scalar base_score. */
        JSON_1_7,
        /** xgboost 2.0 and later (image 3.0-5): JSON as xgboost4j writes it. */
        NATIVE;

        private static final Pattern TAG = Pattern.compile(":(\\d+)\\.(\\d+)(?:-[^/]*)?$");

        static ModelFormat forImage(String image) {
            if (image == null) {
                return JSON_1_7;
            }
            Matcher m = TAG.matcher(image);
            if (!m.find()) {
                // xgboost:1 and xgboost:latest are the original algorithm (xgboost 0.72)
                return image.matches(".*/xgboost:(1|latest)$") ? LEGACY_BINARY : JSON_1_7;
            }
            int major = Integer.parseInt(m.group(1));
            int minor = Integer.parseInt(m.group(2));
            if (major >= 2) {
                return NATIVE;
            }
            return major == 1 && minor >= 7 ? JSON_1_7 : LEGACY_BINARY;
        }

        byte[] write(byte[] json) throws IOException {
            switch (this) {
                case LEGACY_BINARY:
                    return XGBoostModelFormat.jsonToLegacyBinary(json, MODEL_FILE);
                case JSON_1_7:
                    return XGBoostModelFormat.jsonForXgboost17(json, MODEL_FILE);
                default:
                    return json;
            }
        }
    }

    private static void saveCheckpoint(Booster booster, Path dir, int round) throws IOException, XGBoostError {
        Path target = dir.resolve(CHECKPOINT_PREFIX + round);
        Path temp = dir.resolve("." + CHECKPOINT_PREFIX + round + ".sm4j-tmp-ckpt");
        Files.write(temp, booster.toByteArray("ubj"));
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        List<Path> all = checkpoints(dir);
        for (int i = 0; i < all.size() - CHECKPOINTS_KEPT; i++) {
            Files.deleteIfExists(all.get(i));
        }
    }

    private static List<Path> checkpoints(Path dir) throws IOException {
        if (dir == null || !Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().matches(Pattern.quote(CHECKPOINT_PREFIX) + "\\d+"))
                    .sorted((a, b) -> Integer.compare(round(a), round(b))).collect(Collectors.toList());
        }
    }

    private static int round(Path checkpoint) {
        return Integer.parseInt(checkpoint.getFileName().toString().substring(CHECKPOINT_PREFIX.length()));
    }

    private static Path newestCheckpoint(Path dir) throws IOException {
        List<Path> all = checkpoints(dir);
        return all.isEmpty() ? null : all.get(all.size() - 1);
    }
}
