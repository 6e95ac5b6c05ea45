/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.estimator.internal;

import dev.sagemaker4j.exceptions.ValidationException;
import dev.sagemaker4j.local.LocalAlgorithm;
import dev.sagemaker4j.local.TrainingEnvironment;
import dev.sagemaker4j.model.formats.LinearLearnerModel;
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
 * SageMaker's built-in LinearLearner (image {@code linear-learner}) in-process: a linear model
 * trained by mini-batch SGD, Adam or RMSProp on label-first CSV, with SageMaker's hyperparameter
 * names and checks, data and label normalisation, L1/L2 regularisation, the service's losses,
 * early stopping on the validation (else training) loss, threshold selection for binary
 * classifiers, and metrics under SageMaker's names ({@code train:objective_loss},
 * {@code validation:binary_classification_accuracy}, ...). One model is trained (SageMaker's
 * {@code num_models} parallel candidates are accepted and not used). The model is written as
 * {@link LinearLearnerModel#FILE}.
 *
 * <p>Why this stays the project's own code rather than Tribuo's {@code LinearSGDTrainer} (issue 20, evaluated
 * against Tribuo 4.3.2): Tribuo trains in one call, with no per-epoch hook, so it cannot give SageMaker's per-epoch
 * {@code #quality_metric} lines, early stopping on the validation loss ({@code early_stopping_patience} /
 * {@code _tolerance}), nor a stop request between epochs; it has no threshold selection
 * ({@code binary_classifier_model_selection_criteria}, {@code target_recall} / {@code target_precision}), no
 * {@code positive_example_weight_mult}, L1 ({@code l1}) only through its {@code AdaGradRDA} optimiser and not with
 * the {@code sgd} / {@code adam} / {@code rmsprop} that {@code optimizer} picks, no quantile or epsilon-insensitive
 * losses, and no label normalisation for regressors. Those are SageMaker's semantics, so Tribuo cannot express them.
 */
public final class LinearLearnerAlgorithm implements LocalAlgorithm {
    private static final Set<String> PREDICTOR_TYPES = Set.of("binary_classifier", "multiclass_classifier",
            "regressor");
    private static final Set<String> LOSSES = Set.of("auto", "logistic", "squared_loss", "absolute_loss",
            "hinge_loss", "eps_insensitive_squared_loss", "eps_insensitive_absolute_loss", "quantile_loss",
            "huber_loss", "softmax_loss");
    private static final Set<String> KNOWN = Set.of("predictor_type", "num_classes", "feature_dim", "epochs",
            "mini_batch_size", "learning_rate", "optimizer", "loss", "wd", "l1", "use_bias", "num_models",
            "normalize_data", "normalize_label", "early_stopping_patience", "early_stopping_tolerance",
            "binary_classifier_model_selection_criteria", "target_recall", "target_precision",
            "positive_example_weight_mult", "balance_multiclass_weights", "accuracy_top_k", "margin", "quantile",
            "huber_delta", "loss_insensitivity", "beta_1", "beta_2", "momentum", "bias_lr_mult", "bias_wd_mult",
            "init_method", "init_scale", "init_sigma", "init_bias", "unbias_data", "unbias_label",
            "num_point_for_scaler", "num_calibration_samples", "lr_scheduler_step", "lr_scheduler_factor",
            "lr_scheduler_minimum_lr", "f_beta", "_tuning_objective_metric", "_kvstore", "_num_gpus",
            "_num_kv_servers", "_log_level");

    @Override
    public String name() {
        return "linear-learner";
    }

    @Override
    public List<String> repositories() {
        return List.of("linear-learner");
    }

    @Override
    public List<MetricDefinition> metricDefinitions() {
        List<MetricDefinition> d = new ArrayList<>();
        for (String channel : List.of("train", "validation", "test")) {
            d.add(def(channel + ":objective_loss",
                    "#quality_metric: host=\\S+, epoch=\\S+, " + channel + " \\S+_objective <loss>=\\((\\S+)\\)"));
        }
        for (String channel : List.of("validation", "test")) {
            for (String m : List.of("binary_classification_accuracy", "binary_f_beta", "precision", "recall",
                    "multiclass_accuracy", "mse", "rmse", "absolute_loss", "objective_loss:final")) {
                String metric = m.endsWith(":final") ? "\\S+_objective" : m;
                String kind = m.equals("mse") || m.equals("rmse") || m.equals("absolute_loss")
                        || m.endsWith(":final") ? "loss" : "score";
                d.add(def(channel + ":" + m, "#quality_metric: host=\\S+, " + channel + " " + metric + " <" + kind
                        + ">=\\((\\S+)\\)"));
            }
        }
        return d;
    }

    private static MetricDefinition def(String name, String regex) {
        return MetricDefinition.builder().name(name).regex(regex).build();
    }

    @Override
    public void validate(Map<String, String> hyperparameters) {
        Hyperparameters hp = new Hyperparameters("LinearLearner", hyperparameters).known(KNOWN)
                .required("predictor_type", "pass binary_classifier, multiclass_classifier or regressor");
        String type = hp.choice("predictor_type", null, PREDICTOR_TYPES);
        if (type.equals("multiclass_classifier")) {
            hp.required("num_classes", "pass num_classes (3 or more) for a multiclass_classifier");
            hp.integer("num_classes", 3, 3, 1_000_000);
        }
        if (hp.has("feature_dim") && !hp.string("feature_dim", "auto").equals("auto")) {
            hp.integer("feature_dim", 1, 1, Integer.MAX_VALUE);
        }
        hp.integer("epochs", 15, 1, 1_000_000);
        hp.integer("mini_batch_size", 1000, 1, Integer.MAX_VALUE);
        hp.numberOrAuto("learning_rate", 0, 1e-12, 1e6);
        hp.choice("optimizer", "auto", Set.of("auto", "sgd", "adam", "rmsprop"));
        String loss = hp.choice("loss", "auto", LOSSES);
        hp.numberOrAuto("wd", 0, 0, 1e6);
        hp.numberOrAuto("l1", 0, 0, 1e6);
        hp.bool("use_bias", true);
        hp.bool("normalize_data", true);
        hp.bool("normalize_label", true);
        hp.integer("early_stopping_patience", 3, 1, Integer.MAX_VALUE);
        hp.number("early_stopping_tolerance", 0.001, 0, true, 1, true);
        hp.choice("binary_classifier_model_selection_criteria", "accuracy", Set.of("accuracy", "f1", "f_beta",
                "precision_at_target_recall", "recall_at_target_precision", "loss_function"));
        hp.number("target_recall", 0.8, 0, false, 1, true);
        hp.number("target_precision", 0.8, 0, false, 1, true);
        hp.number("quantile", 0.5, 0, false, 1, false);
        hp.number("huber_delta", 1, 0, false, Double.POSITIVE_INFINITY, true);
        hp.number("loss_insensitivity", 0.01, 0, true, Double.POSITIVE_INFINITY, true);
        hp.number("beta_1", 0.9, 0, true, 1, false);
        hp.number("beta_2", 0.999, 0, true, 1, false);
        hp.number("f_beta", 1, 0, false, Double.POSITIVE_INFINITY, true);
        if (!hp.string("positive_example_weight_mult", "auto").equals("balanced")) {
            hp.numberOrAuto("positive_example_weight_mult", 1, 1e-12, 1e12);
        }
        boolean classifierLoss = Set.of("logistic", "hinge_loss", "softmax_loss").contains(loss);
        if (type.equals("regressor") && classifierLoss) {
            throw new ValidationException("loss", loss, "is a classification loss", "use squared_loss, "
                    + "absolute_loss, huber_loss, quantile_loss or an eps_insensitive loss for a regressor");
        }
        if (type.equals("binary_classifier") && !Set.of("auto", "logistic", "hinge_loss").contains(loss)) {
            throw new ValidationException("loss", loss, "does not fit a binary_classifier",
                    "use logistic or hinge_loss");
        }
        if (type.equals("multiclass_classifier") && !Set.of("auto", "softmax_loss").contains(loss)) {
            throw new ValidationException("loss", loss, "does not fit a multiclass_classifier", "use softmax_loss");
        }
    }

    /** The settings of one job. */
    private static final class Config {
        String type;
        int numClasses;
        int epochs;
        int batch;
        double lr;
        String optimizer;
        String loss;
        double wd;
        double l1;
        boolean useBias;
        boolean normalizeData;
        boolean normalizeLabel;
        int patience;
        double tolerance;
        String criteria;
        double targetRecall;
        double targetPrecision;
        double fBeta;
        double positiveWeight;
        boolean balancePositive;
        double quantile;
        double huberDelta;
        double insensitivity;
        double beta1;
        double beta2;
        int scalerPoints;

        /**
         * The settings from the hyperparameters, with the service's "auto" values resolved: the
         * optimizer (adam), its learning rate, and the loss of the predictor type.
         */
        static Config from(Hyperparameters hp) {
            Config c = new Config();
            c.type = hp.string("predictor_type", "binary_classifier");
            c.numClasses = c.type.equals("multiclass_classifier") ? hp.integer("num_classes", 3, 3, 1_000_000)
                    : c.type.equals("binary_classifier") ? 2 : 1;
            c.epochs = hp.integer("epochs", 15, 1, 1_000_000);
            c.batch = hp.integer("mini_batch_size", 1000, 1, Integer.MAX_VALUE);
            c.optimizer = hp.string("optimizer", "auto");
            if (c.optimizer.equals("auto")) {
                c.optimizer = "adam";
            }
            double autoLr = c.optimizer.equals("sgd") ? 0.1 : c.optimizer.equals("rmsprop") ? 0.01 : 0.05;
            c.lr = hp.numberOrAuto("learning_rate", autoLr, 1e-12, 1e6);
            c.loss = hp.string("loss", "auto");
            if (c.loss.equals("auto")) {
                c.loss = c.type.equals("binary_classifier") ? "logistic"
                        : c.type.equals("multiclass_classifier") ? "softmax_loss" : "squared_loss";
            }
            c.wd = hp.numberOrAuto("wd", 0, 0, 1e6);
            c.l1 = hp.numberOrAuto("l1", 0, 0, 1e6);
            c.useBias = hp.bool("use_bias", true);
            c.normalizeData = hp.bool("normalize_data", true);
            c.normalizeLabel = hp.bool("normalize_label", c.type.equals("regressor")) && c.type.equals("regressor");
            c.patience = hp.integer("early_stopping_patience", 3, 1, Integer.MAX_VALUE);
            c.tolerance = hp.number("early_stopping_tolerance", 0.001, 0, true, 1, true);
            c.criteria = hp.string("binary_classifier_model_selection_criteria", "accuracy");
            c.targetRecall = hp.number("target_recall", 0.8, 0, false, 1, true);
            c.targetPrecision = hp.number("target_precision", 0.8, 0, false, 1, true);
            c.fBeta = hp.number("f_beta", 1, 0, false, Double.POSITIVE_INFINITY, true);
            c.balancePositive = hp.string("positive_example_weight_mult", "auto").equals("balanced");
            c.positiveWeight = c.balancePositive ? 1 : hp.numberOrAuto("positive_example_weight_mult", 1, 1e-12, 1e12);
            c.quantile = hp.number("quantile", 0.5, 0, false, 1, false);
            c.huberDelta = hp.number("huber_delta", 1, 0, false, Double.POSITIVE_INFINITY, true);
            c.insensitivity = hp.number("loss_insensitivity", 0.01, 0, true, Double.POSITIVE_INFINITY, true);
            c.beta1 = hp.number("beta_1", 0.9, 0, true, 1, false);
            c.beta2 = hp.number("beta_2", 0.999, 0, true, 1, false);
            c.scalerPoints = hp.integer("num_point_for_scaler", 10_000, 1, Integer.MAX_VALUE);

            return c;
        }
    }

    @Override
    public void train(TrainingEnvironment env) throws Exception {
        Hyperparameters hp = new Hyperparameters("LinearLearner", env.hyperparameters());
        Config c = Config.from(hp);
        TabularData train = read(env, "train");
        TabularData validation = env.channels().containsKey("validation") ? read(env, "validation") : null;
        TabularData test = env.channels().containsKey("test") ? read(env, "test") : null;
        checkChannels(hp, c, train, validation, test);
        if (c.balancePositive && c.type.equals("binary_classifier")) {
            c.positiveWeight = balancedPositiveWeight(train);
        }
        Scaling scaling = Scaling.fit(train, c);
        Sgd sgd = new Sgd(c, train, scaling);
        Weights best = fit(env, c, sgd, validation);
        save(env, c, scaling, best, train, validation, test);
    }

    /** The channels agree with each other, with feature_dim, and their labels with the predictor type. */
    private static void checkChannels(Hyperparameters hp, Config c, TabularData train, TabularData validation,
                                      TabularData test) {
        int dim = train.cols;
        if (hp.has("feature_dim") && !hp.string("feature_dim", "auto").equals("auto")) {
            int declared = hp.integer("feature_dim", dim, 1, Integer.MAX_VALUE);
            if (declared != dim) {
                throw new ValidationException("feature_dim", declared, "does not match the " + dim
                        + " feature columns of the train channel", "set feature_dim to " + dim + " or to auto");
            }
        }
        for (TabularData other : Arrays.asList(validation, test)) {
            if (other != null && other.cols != dim) {
                throw new ValidationException("validation/test", other.cols + " features",
                        "does not match the train channel's " + dim, "give every channel the same columns");
            }
        }
        checkLabels(train, c, "train");
        if (validation != null) {
            checkLabels(validation, c, "validation");
        }
        if (test != null) {
            checkLabels(test, c, "test");
        }
    }

    /** positive_example_weight_mult=balanced: negatives per positive, so both classes weigh the same in the loss. */
    private static double balancedPositiveWeight(TabularData train) {
        long positives = 0;
        for (float l : train.labels) {
            positives += l == 1 ? 1 : 0;
        }
        return positives == 0 ? 1 : (double) (train.rows - positives) / positives;
    }

    /**
     * Feature standardisation (and, for a regressor, label standardisation) fitted on the first
     * num_point_for_scaler rows, as the service does; the model stores it and applies it at inference.
     */
    private static final class Scaling {
        final double[] mean;
        final double[] scale;
        double labelMean;
        double labelScale = 1;

        private Scaling(int dim) {
            mean = new double[dim];
            scale = new double[dim];
            Arrays.fill(scale, 1);
        }

        static Scaling fit(TabularData train, Config c) {
            int dim = train.cols;
            Scaling s = new Scaling(dim);
            int scalerRows = Math.min(train.rows, c.scalerPoints);
            if (c.normalizeData) {
                s.fitFeatures(train, scalerRows);
            }
            if (c.normalizeLabel) {
                s.fitLabels(train, scalerRows);
            }
            return s;
        }

        /** Two passes (mean, then variance about it): steadier than one pass of sums of squares. */
        private void fitFeatures(TabularData train, int scalerRows) {
            int dim = mean.length;
            for (int r = 0; r < scalerRows; r++) {
                for (int j = 0; j < dim; j++) {
                    mean[j] += value(train, r, j);
                }
            }
            for (int j = 0; j < dim; j++) {
                mean[j] /= scalerRows;
            }
            double[] var = new double[dim];
            for (int r = 0; r < scalerRows; r++) {
                for (int j = 0; j < dim; j++) {
                    double d = value(train, r, j) - mean[j];
                    var[j] += d * d;
                }
            }
            for (int j = 0; j < dim; j++) {
                double sd = Math.sqrt(var[j] / scalerRows);
                // a constant column keeps scale 1: dividing by ~0 would blow its noise up
                scale[j] = sd > 1e-12 ? sd : 1;
            }
        }

        private void fitLabels(TabularData train, int scalerRows) {
            for (int r = 0; r < scalerRows; r++) {
                labelMean += train.labels[r];
            }
            labelMean /= scalerRows;
            double var = 0;
            for (int r = 0; r < scalerRows; r++) {
                var += (train.labels[r] - labelMean) * (train.labels[r] - labelMean);
            }
            double sd = Math.sqrt(var / scalerRows);
            labelScale = sd > 1e-12 ? sd : 1;
        }
    }

    /**
     * The model's weights (one row per output) and the mini-batch pass over the train channel that
     * updates them. The buffers are allocated once: an epoch allocates nothing. The shuffle's seed is
     * fixed, so that a job trained twice on the same data gives the same model.
     */
    private static final class Sgd {
        final Config c;
        final TabularData train;
        final Scaling s;
        final int dim;
        final int outputs;
        final double[][] w;
        final double[] b;
        final Optimizer opt;
        final Random random = new Random(0);
        final int[] order;
        final double[] z;
        final double[] out;
        final double[][] gw;
        final double[] gb;
        final double[] dOut;

        Sgd(Config c, TabularData train, Scaling s) {
            this.c = c;
            this.train = train;
            this.s = s;
            this.dim = train.cols;
            this.outputs = c.type.equals("multiclass_classifier") ? c.numClasses : 1;
            this.w = new double[outputs][dim];
            this.b = new double[outputs];
            this.opt = new Optimizer(c, outputs, dim);
            this.order = new int[train.rows];
            for (int i = 0; i < order.length; i++) {
                order[i] = i;
            }
            this.z = new double[dim];
            this.out = new double[outputs];
            this.gw = new double[outputs][dim];
            this.gb = new double[outputs];
            this.dOut = new double[outputs];
        }

        /** One shuffled pass; returns the mean weighted train loss, each row's taken before its batch's step. */
        double epoch() {
            shuffle(order, random);
            double epochLoss = 0;
            for (int start = 0; start < train.rows; start += c.batch) {
                int end = Math.min(train.rows, start + c.batch);
                // one running sum over the rows, not a sum of per-batch sums: the logged loss keeps its rounding
                epochLoss = batch(start, end, epochLoss);
            }
            return epochLoss / train.rows;
        }

        private double batch(int start, int end, double lossSoFar) {
            double epochLoss = lossSoFar;
            for (double[] row : gw) {
                Arrays.fill(row, 0);
            }
            Arrays.fill(gb, 0);
            double batchWeight = 0;
            for (int i = start; i < end; i++) {
                int r = order[i];
                for (int j = 0; j < dim; j++) {
                    z[j] = (value(train, r, j) - s.mean[j]) / s.scale[j];
                }
                forward(w, b, z, out);
                double y = c.normalizeLabel ? (train.labels[r] - s.labelMean) / s.labelScale : train.labels[r];
                double weight = c.type.equals("binary_classifier") && train.labels[r] == 1 ? c.positiveWeight : 1;
                epochLoss += weight * lossAndGradient(c, out, y, dOut);
                batchWeight += weight;
                for (int o = 0; o < outputs; o++) {
                    double g = weight * dOut[o];
                    // fast path: a record the loss is flat at (hinge, eps-insensitive) adds nothing
                    if (g == 0) {
                        continue;
                    }
                    double[] row = gw[o];
                    for (int j = 0; j < dim; j++) {
                        row[j] += g * z[j];
                    }
                    gb[o] += g;
                }
            }
            step(batchWeight);
            return epochLoss;
        }

        /** The averaged gradient plus weight decay, one optimizer step, then L1 by soft thresholding. */
        private void step(double batchWeight) {
            for (int o = 0; o < outputs; o++) {
                for (int j = 0; j < dim; j++) {
                    gw[o][j] = gw[o][j] / batchWeight + c.wd * w[o][j];
                }
                // use_bias=false keeps the bias at its initial 0
                gb[o] = c.useBias ? gb[o] / batchWeight : 0;
            }
            opt.step(w, b, gw, gb);
            if (c.l1 > 0) {
                double shrink = c.l1 * c.lr;
                for (double[] row : w) {
                    for (int j = 0; j < dim; j++) {
                        row[j] = Math.signum(row[j]) * Math.max(0, Math.abs(row[j]) - shrink);
                    }
                }
            }
        }
    }

    /**
     * Trains epoch by epoch and keeps the best weights by the monitored loss (validation if given,
     * else train); stops early after early_stopping_patience epochs without a relative improvement
     * of early_stopping_tolerance.
     *
     * @return copies of the best weights
     */
    private static Weights fit(TrainingEnvironment env, Config c, Sgd sgd, TabularData validation) {
        String lossName = lossName(c);
        double[][] bestW = copy(sgd.w);
        double[] bestB = sgd.b.clone();
        double bestLoss = Double.POSITIVE_INFINITY;
        int sinceBest = 0;
        for (int epoch = 0; epoch < c.epochs; epoch++) {
            if (env.stopRequested()) {
                env.log("Stop requested before epoch " + epoch);
                break;
            }
            double trainLoss = sgd.epoch();
            checkConverging(c, sgd, epoch, trainLoss, lossName);
            double monitored = reportEpoch(env, c, sgd, validation, epoch, trainLoss, lossName);
            if (monitored < bestLoss - c.tolerance * Math.abs(bestLoss) || bestLoss == Double.POSITIVE_INFINITY) {
                bestLoss = monitored;
                bestW = copy(sgd.w);
                bestB = sgd.b.clone();
                sinceBest = 0;
            } else if (++sinceBest >= c.patience) {
                env.log("Early stopping: the " + (validation != null ? "validation" : "train")
                        + " loss did not improve by more than " + c.tolerance + " for " + c.patience + " epochs");
                break;
            }
        }
        return new Weights(bestW, bestB);
    }

    /** A model's weights, one row per output, and its biases. */
    private record Weights(double[][] w, double[] b) {
    }

    private static void checkConverging(Config c, Sgd sgd, int epoch, double trainLoss, String lossName) {
        if (!Double.isFinite(trainLoss) || !finite(sgd.w, sgd.b)) {
            // a diverged model must fail the job, never be published as Completed with NaN weights
            throw new ValidationException("learning_rate", c.lr, "made the training diverge: at epoch " + epoch
                    + " the train " + lossName + " loss is " + trainLoss + (finite(sgd.w, sgd.b) ? ""
                    : " and the weights are not finite"), "lower learning_rate, keep normalize_data and"
                    + " normalize_label true, or rescale features and labels of very large magnitude");
        }
    }

    /**
     * Logs the epoch's metric lines (which the metric definitions scrape) and reports progress.
     *
     * @return the loss that early stopping watches
     */
    private static double reportEpoch(TrainingEnvironment env, Config c, Sgd sgd, TabularData validation, int epoch,
                                      double trainLoss, String lossName) {
        env.log(String.format(Locale.ROOT, "#quality_metric: host=%s, epoch=%d, train %s_objective <loss>=(%s)",
                env.currentHost(), epoch, lossName, trainLoss));
        Map<String, Double> progress = new LinkedHashMap<>();
        progress.put("train:objective_loss", trainLoss);
        double monitored = trainLoss;
        if (validation != null) {
            double validationLoss = averageLoss(c, sgd.w, sgd.b, sgd.s.mean, sgd.s.scale, validation,
                    sgd.s.labelMean, sgd.s.labelScale);
            env.log(String.format(Locale.ROOT,
                    "#quality_metric: host=%s, epoch=%d, validation %s_objective <loss>=(%s)",
                    env.currentHost(), epoch, lossName, validationLoss));
            progress.put("validation:objective_loss", validationLoss);
            monitored = validationLoss;
        }
        env.reportProgress(epoch + 1, c.epochs, "epoch", progress);
        return monitored;
    }

    /**
     * Picks the binary threshold on the best weights (validation if given, else train), reports the
     * final quality metrics and writes the model.
     */
    private static void save(TrainingEnvironment env, Config c, Scaling s, Weights best, TabularData train,
                             TabularData validation, TabularData test) throws java.io.IOException {
        double[][] bestW = best.w();
        double[] bestB = best.b();
        String lossName = lossName(c);
        LinearLearnerModel candidate = new LinearLearnerModel(c.type, c.numClasses, s.mean, s.scale, bestW, bestB,
                s.labelMean, s.labelScale, 0.5);
        double threshold = 0.5;
        if (c.type.equals("binary_classifier")) {
            threshold = chooseThreshold(c, candidate, validation != null ? validation : train);
        }
        LinearLearnerModel model = new LinearLearnerModel(c.type, c.numClasses, s.mean, s.scale, bestW, bestB,
                s.labelMean, s.labelScale, threshold);
        if (validation != null) {
            reportQuality(env, "validation", c, model, validation, lossName, bestW, bestB, s.mean, s.scale,
                    s.labelMean, s.labelScale);
        }
        if (test != null) {
            reportQuality(env, "test", c, model, test, lossName, bestW, bestB, s.mean, s.scale, s.labelMean,
                    s.labelScale);
        }
        model.save(env.modelDir());
        env.log("Saved " + LinearLearnerModel.FILE + " (" + c.type + ", " + train.cols + " features"
                + (c.type.equals("binary_classifier") ? ", threshold " + threshold : "") + ")");
    }

    private static TabularData read(TrainingEnvironment env, String channel) throws java.io.IOException {
        List<java.nio.file.Path> files = TabularData.files(env.channel(channel));
        if (TabularData.isRecordIO(env.channelContentType(channel), files)) {
            return TabularData.readRecordIO(channel, files, true);
        }
        String type = env.channelContentType(channel).orElse("text/csv").toLowerCase(Locale.ROOT);
        if (!type.startsWith("text/csv") && !type.equals("csv")) {
            throw new ValidationException("ContentType of channel " + channel, type,
                    "is not a format the local LinearLearner reads", "use text/csv with the label in the first column"
                            + " or application/x-recordio-protobuf");
        }
        // no imputation of infinities: a cell the model cannot train on fails the job naming its place
        return TabularData.readCsv(channel, files, true, false, true);
    }

    private static void checkLabels(TabularData data, Config c, String channel) {
        for (int r = 0; r < data.rows; r++) {
            float label = data.labels[r];
            if (c.type.equals("binary_classifier") && label != 0 && label != 1) {
                throw new ValidationException(channel, label, "has a label that is not 0 or 1 (row " + (r + 1) + ")",
                        "label a binary_classifier's rows with 0 and 1");
            }
            if (c.type.equals("multiclass_classifier") && (label != Math.rint(label) || label < 0
                    || label >= c.numClasses)) {
                throw new ValidationException(channel, label, "has a label that is not a class in [0, "
                        + (c.numClasses - 1) + "] (row " + (r + 1) + ")", "label classes 0 to num_classes - 1");
            }
        }
    }

    private static double value(TabularData data, int row, int col) {
        float v = data.dense[row * data.cols + col];
        return Float.isNaN(v) ? 0 : v;
    }

    private static boolean finite(double[][] w, double[] b) {
        for (double[] row : w) {
            for (double v : row) {
                if (!Double.isFinite(v)) {
                    return false;
                }
            }
        }
        for (double v : b) {
            if (!Double.isFinite(v)) {
                return false;
            }
        }
        return true;
    }

    private static void forward(double[][] w, double[] b, double[] z, double[] out) {
        for (int o = 0; o < w.length; o++) {
            double s = b[o];
            double[] row = w[o];
            for (int j = 0; j < z.length; j++) {
                s += row[j] * z[j];
            }
            out[o] = s;
        }
    }

    /** The loss of one record and its gradient with respect to the outputs. */
    private static double lossAndGradient(Config c, double[] out, double y, double[] grad) {
        switch (c.loss) {
            case "logistic": {
                double p = 1 / (1 + Math.exp(-out[0]));
                grad[0] = p - y;
                double m = out[0];
                // log(1 + e^m) - m*y written so that e^m never overflows for a large |m|
                return Math.max(m, 0) - m * y + Math.log1p(Math.exp(-Math.abs(m)));
            }
            case "hinge_loss": {
                // labels 0/1 become signs -1/+1
                double s = 2 * y - 1;
                double margin = s * out[0];
                grad[0] = margin < 1 ? -s : 0;
                return Math.max(0, 1 - margin);
            }
            case "softmax_loss": {
                // shifted by the largest output so that exp cannot overflow; the loss is unchanged
                double max = Double.NEGATIVE_INFINITY;
                for (double v : out) {
                    max = Math.max(max, v);
                }
                double sum = 0;
                for (double v : out) {
                    sum += Math.exp(v - max);
                }
                int label = (int) y;
                for (int o = 0; o < out.length; o++) {
                    grad[o] = Math.exp(out[o] - max) / sum - (o == label ? 1 : 0);
                }
                return -(out[label] - max - Math.log(sum));
            }
            case "absolute_loss": {
                double d = out[0] - y;
                grad[0] = Math.signum(d);
                return Math.abs(d);
            }
            case "huber_loss": {
                double d = out[0] - y;
                if (Math.abs(d) <= c.huberDelta) {
                    grad[0] = d;
                    return 0.5 * d * d;
                }
                grad[0] = c.huberDelta * Math.signum(d);
                return c.huberDelta * (Math.abs(d) - 0.5 * c.huberDelta);
            }
            case "quantile_loss": {
                double d = y - out[0];
                grad[0] = d > 0 ? -c.quantile : (1 - c.quantile);
                return d > 0 ? c.quantile * d : (c.quantile - 1) * d;
            }
            case "eps_insensitive_squared_loss": {
                double d = out[0] - y;
                double e = Math.max(0, Math.abs(d) - c.insensitivity);
                grad[0] = e * Math.signum(d);
                return 0.5 * e * e;
            }
            case "eps_insensitive_absolute_loss": {
                double d = out[0] - y;
                double e = Math.abs(d) - c.insensitivity;
                grad[0] = e > 0 ? Math.signum(d) : 0;
                return Math.max(0, e);
            }
            default: {
                double d = out[0] - y;
                grad[0] = d;
                return 0.5 * d * d;
            }
        }
    }

    private static double averageLoss(Config c, double[][] w, double[] b, double[] mean, double[] scale,
                                      TabularData data, double labelMean, double labelScale) {
        double[] z = new double[data.cols];
        double[] out = new double[w.length];
        double[] grad = new double[w.length];
        double total = 0;
        for (int r = 0; r < data.rows; r++) {
            for (int j = 0; j < z.length; j++) {
                z[j] = (value(data, r, j) - mean[j]) / scale[j];
            }
            forward(w, b, z, out);
            double y = c.normalizeLabel ? (data.labels[r] - labelMean) / labelScale : data.labels[r];
            total += lossAndGradient(c, out, y, grad);
        }
        return total / data.rows;
    }

    private static String lossName(Config c) {
        switch (c.loss) {
            case "logistic":
                return "binary_classification_cross_entropy";
            case "softmax_loss":
                return "multiclass_cross_entropy";
            case "hinge_loss":
                return "binary_classification_hinge";
            default:
                return c.loss.replace("_loss", "");
        }
    }

    /** Picks the binary threshold by binary_classifier_model_selection_criteria. */
    private static double chooseThreshold(Config c, LinearLearnerModel model, TabularData data) {
        // loss_function picks no threshold: the model's probability is cut at 0.5
        if (c.criteria.equals("loss_function")) {
            return 0.5;
        }
        int n = data.rows;
        double[] scores = new double[n];
        float[] row = new float[data.cols];
        long positives = 0;
        for (int r = 0; r < n; r++) {
            System.arraycopy(data.dense, r * data.cols, row, 0, data.cols);
            scores[r] = model.score(row)[0];
            positives += data.labels[r] == 1 ? 1 : 0;
        }
        Integer[] idx = new Integer[n];
        for (int i = 0; i < n; i++) {
            idx[i] = i;
        }
        Arrays.sort(idx, (a, b2) -> Double.compare(scores[b2], scores[a]));
        // sweep thresholds from high to low; predicting positive for the first k records
        double bestValue = Double.NEGATIVE_INFINITY;
        double bestThreshold = 0.5;
        long tp = 0;
        long fp = 0;
        for (int k = 0; k <= n; k++) {
            if (k > 0) {
                if (data.labels[idx[k - 1]] == 1) {
                    tp++;
                } else {
                    fp++;
                }
                // tied scores are one threshold: no cut may fall between two equal scores
                if (k < n && scores[idx[k]] == scores[idx[k - 1]]) {
                    continue;
                }
            }
            long tn = n - positives - fp;
            double precision = tp + fp == 0 ? 1 : (double) tp / (tp + fp);
            double recall = positives == 0 ? 1 : (double) tp / positives;
            double value;
            switch (c.criteria) {
                case "f1":
                    value = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
                    break;
                case "f_beta":
                    double b2 = c.fBeta * c.fBeta;
                    value = precision + recall == 0 ? 0 : (1 + b2) * precision * recall / (b2 * precision + recall);
                    break;
                case "precision_at_target_recall":
                    value = recall >= c.targetRecall ? precision : Double.NEGATIVE_INFINITY;
                    break;
                case "recall_at_target_precision":
                    value = precision >= c.targetPrecision ? recall : Double.NEGATIVE_INFINITY;
                    break;
                default:
                    value = (double) (tp + tn) / n;
            }
            // strictly greater: among equal values the highest threshold wins, the first one swept
            if (value > bestValue) {
                bestValue = value;
                // the cut sits between the k-th and (k+1)-th scores; k == 0 means predicting no positives
                if (k == 0) {
                    bestThreshold = Math.nextUp(scores[idx[0]]);
                } else if (k == n) {
                    bestThreshold = scores[idx[n - 1]];
                } else {
                    bestThreshold = (scores[idx[k - 1]] + scores[idx[k]]) / 2;
                }
            }
        }
        // a threshold is a probability: the nextUp above a top score of 1.0 (k == 0) comes back to 1
        return Math.min(1, Math.max(0, bestThreshold));
    }

    private static void reportQuality(TrainingEnvironment env, String channel, Config c, LinearLearnerModel model,
                                      TabularData data, String lossName, double[][] w, double[] b, double[] mean,
                                      double[] scale, double labelMean, double labelScale) {
        String host = env.currentHost();
        float[] row = new float[data.cols];
        double loss = averageLoss(c, w, b, mean, scale, data, labelMean, labelScale);
        env.log(String.format(Locale.ROOT, "#quality_metric: host=%s, %s %s_objective <loss>=(%s)", host, channel,
                lossName, loss));
        if (c.type.equals("regressor")) {
            double se = 0;
            double ae = 0;
            for (int r = 0; r < data.rows; r++) {
                System.arraycopy(data.dense, r * data.cols, row, 0, data.cols);
                double d = model.score(row)[0] - data.labels[r];
                se += d * d;
                ae += Math.abs(d);
            }
            env.log(String.format(Locale.ROOT, "#quality_metric: host=%s, %s mse <loss>=(%s)", host, channel,
                    se / data.rows));
            env.log(String.format(Locale.ROOT, "#quality_metric: host=%s, %s rmse <loss>=(%s)", host, channel,
                    Math.sqrt(se / data.rows)));
            env.log(String.format(Locale.ROOT, "#quality_metric: host=%s, %s absolute_loss <loss>=(%s)", host, channel,
                    ae / data.rows));
            return;
        }
        long correct = 0;
        long tp = 0;
        long fp = 0;
        long fn = 0;
        for (int r = 0; r < data.rows; r++) {
            System.arraycopy(data.dense, r * data.cols, row, 0, data.cols);
            double label = model.predictedLabel(model.score(row));
            double truth = data.labels[r];
            correct += label == truth ? 1 : 0;
            tp += label == 1 && truth == 1 ? 1 : 0;
            fp += label == 1 && truth != 1 ? 1 : 0;
            fn += label != 1 && truth == 1 ? 1 : 0;
        }
        double accuracy = (double) correct / data.rows;
        if (c.type.equals("multiclass_classifier")) {
            env.log(String.format(Locale.ROOT, "#quality_metric: host=%s, %s multiclass_accuracy <score>=(%s)", host,
                    channel, accuracy));
            return;
        }
        double precision = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        double recall = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        double b2 = c.fBeta * c.fBeta;
        double f = precision + recall == 0 ? 0 : (1 + b2) * precision * recall / (b2 * precision + recall);
        env.log(String.format(Locale.ROOT, "#quality_metric: host=%s, %s binary_classification_accuracy <score>=(%s)",
                host, channel, accuracy));
        env.log(String.format(Locale.ROOT, "#quality_metric: host=%s, %s binary_f_beta <score>=(%s)", host, channel, f));
        env.log(String.format(Locale.ROOT, "#quality_metric: host=%s, %s precision <score>=(%s)", host, channel,
                precision));
        env.log(String.format(Locale.ROOT, "#quality_metric: host=%s, %s recall <score>=(%s)", host, channel, recall));
    }

    private static double[][] copy(double[][] a) {
        double[][] c = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            c[i] = a[i].clone();
        }
        return c;
    }

    private static void shuffle(int[] order, Random random) {
        for (int i = order.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
    }

    /** SGD (with momentum), Adam and RMSProp updates. */
    private static final class Optimizer {
        private final Config c;
        private final double[][] m;
        private final double[][] v;
        private final double[] mb;
        private final double[] vb;
        private int t;

        Optimizer(Config c, int outputs, int dim) {
            this.c = c;
            this.m = new double[outputs][dim];
            this.v = new double[outputs][dim];
            this.mb = new double[outputs];
            this.vb = new double[outputs];
        }

        void step(double[][] w, double[] b, double[][] gw, double[] gb) {
            t++;
            for (int o = 0; o < w.length; o++) {
                for (int j = 0; j < w[o].length; j++) {
                    w[o][j] -= delta(gw[o][j], m[o], v[o], j);
                }
                double[] mbo = {mb[o]};
                double[] vbo = {vb[o]};
                b[o] -= delta(gb[o], mbo, vbo, 0);
                mb[o] = mbo[0];
                vb[o] = vbo[0];
            }
        }

        private double delta(double g, double[] mRow, double[] vRow, int j) {
            switch (c.optimizer) {
                case "sgd":
                    mRow[j] = 0.9 * mRow[j] + g;
                    return c.lr * mRow[j];
                case "rmsprop":
                    vRow[j] = 0.9 * vRow[j] + 0.1 * g * g;
                    return c.lr * g / (Math.sqrt(vRow[j]) + 1e-8);
                default:
                    mRow[j] = c.beta1 * mRow[j] + (1 - c.beta1) * g;
                    vRow[j] = c.beta2 * vRow[j] + (1 - c.beta2) * g * g;
                    double mHat = mRow[j] / (1 - Math.pow(c.beta1, t));
                    double vHat = vRow[j] / (1 - Math.pow(c.beta2, t));
                    return c.lr * mHat / (Math.sqrt(vHat) + 1e-8);
            }
        }
    }
}
