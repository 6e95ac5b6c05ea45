/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.algorithms.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sagemaker4j.exceptions.ValidationException;
import dev.sagemaker4j.local.LocalAlgorithm;
import dev.sagemaker4j.local.SdkJson;
import dev.sagemaker4j.local.TrainingEnvironment;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.tribuo.Model;
import org.tribuo.classification.sgd.fm.FMClassificationTrainer;
import org.tribuo.classification.sgd.objectives.LogMulticlass;
import org.tribuo.math.optimisers.AdaGrad;
import org.tribuo.regression.sgd.fm.FMRegressionTrainer;
import org.tribuo.regression.sgd.objectives.SquaredLoss;
import software.amazon.awssdk.services.sagemaker.model.MetricDefinition;

/**
 * SageMaker's factorization machines (image {@code factorization-machines}) in-process on Tribuo's {@code
 * FMClassificationTrainer} (binary_classifier: logistic loss over labels 0 and 1) and {@code FMRegressionTrainer}
 * (regressor: squared loss, labels standardised during training). Honoured: {@code feature_dim}, {@code
 * num_factors}, {@code predictor_type}, {@code epochs}, and the factor initialisation ({@code factors_init_method}
 * normal with {@code factors_init_sigma}, or uniform with {@code factors_init_scale}, given to Tribuo as the normal
 * of the same variance). Tribuo's FM trainers take one optimiser for all parameters (AdaGrad, learning rate 0.1,
 * Tribuo's default for FMs), start biases and linear weights at zero and have no weight decay, so {@code bias_lr},
 * {@code linear_lr}, {@code factors_lr}, {@code bias_wd}, {@code linear_wd}, {@code factors_wd}, {@code
 * bias_init_*}, {@code linear_init_*}, {@code factors_init_method=constant}, {@code clip_gradient}, {@code eps} and
 * {@code rescale_grad} are validated and recorded in the model's manifest but not honoured. {@code mini_batch_size}
 * is validated and not honoured either: the updates are per record, because Tribuo 4.3.2's {@code
 * FMParameters.merge} fails with a ClassCastException (DenseVector to DenseSparseMatrix) on mini-batches larger than
 * one. Metrics, on the train and test channels: {@code binary_classification_accuracy}, {@code
 * binary_classification_cross_entropy}, {@code binary_f_beta}, {@code precision}, {@code recall}; {@code rmse} for a
 * regressor.
 */
public final class FactorizationMachinesAlgorithm implements LocalAlgorithm {
    private static final Set<String> INIT = Set.of("normal", "uniform", "constant");
    private static final List<String> NUMBERS = List.of("bias_lr", "linear_lr", "factors_lr", "bias_wd", "linear_wd",
            "factors_wd", "bias_init_scale", "bias_init_sigma", "linear_init_scale", "linear_init_sigma",
            "factors_init_scale", "factors_init_sigma");
    private static final Set<String> KNOWN = Set.of("feature_dim", "num_factors", "predictor_type", "epochs",
            "mini_batch_size", "clip_gradient", "eps", "rescale_grad", "bias_lr", "linear_lr", "factors_lr", "bias_wd",
            "linear_wd", "factors_wd", "bias_init_method", "bias_init_scale", "bias_init_sigma", "bias_init_value",
            "linear_init_method", "linear_init_scale", "linear_init_sigma", "linear_init_value",
            "factors_init_method", "factors_init_scale", "factors_init_sigma", "factors_init_value", "_kvstore",
            "_log_level", "_num_gpus", "_num_kv_servers", "_tuning_objective_metric", "_wd", "_learning_rate",
            "_use_bias", "_use_linear");
    private static final long SEED = 0x5EED_F00DL;

    @Override
    public String name() {
        return "factorization-machines";
    }

    @Override
    public List<String> repositories() {
        return List.of("factorization-machines");
    }

    @Override
    public List<MetricDefinition> metricDefinitions() {
        List<MetricDefinition> d = new ArrayList<>();
        for (String channel : List.of("train", "test")) {
            for (String m : List.of("binary_classification_accuracy", "binary_f_beta", "precision", "recall")) {
                d.add(KnnAlgorithm.def(channel + ":" + m, m, "score"));
            }
            d.add(KnnAlgorithm.def(channel + ":binary_classification_cross_entropy",
                    "binary_classification_cross_entropy", "loss"));
            d.add(KnnAlgorithm.def(channel + ":rmse", "rmse", "loss"));
        }
        return d;
    }

    @Override
    public void validate(Map<String, String> hyperparameters) {
        settings(hyperparameters);
    }

    private static EngineHyperparameters settings(Map<String, String> hyperparameters) {
        EngineHyperparameters hp = new EngineHyperparameters("FactorizationMachines", hyperparameters).known(KNOWN)
                .required("feature_dim", "pass feature_dim, the number of features of each record")
                .required("num_factors", "pass num_factors, the dimension of the factorization (e.g. 64)")
                .required("predictor_type", "pass binary_classifier or regressor");
        hp.integer("feature_dim", 1, 1, Integer.MAX_VALUE);
        hp.integer("num_factors", 64, 1, 1000);
        hp.choice("predictor_type", null, Set.of("binary_classifier", "regressor"));
        hp.integer("epochs", 1, 1, 1_000_000);
        hp.integer("mini_batch_size", 1000, 1, 10_000_000);
        for (String n : NUMBERS) {
            hp.number(n, 0, 0, Double.MAX_VALUE);
        }
        for (String n : List.of("clip_gradient", "eps", "rescale_grad", "bias_init_value", "linear_init_value",
                "factors_init_value")) {
            hp.number(n, 0, -Double.MAX_VALUE, Double.MAX_VALUE);
        }
        for (String n : List.of("bias_init_method", "linear_init_method", "factors_init_method")) {
            hp.choice(n, "normal", INIT);
        }
        return hp;
    }

    @Override
    public void train(TrainingEnvironment env) throws Exception {
        EngineHyperparameters hp = settings(env.hyperparameters());
        int dim = hp.integer("feature_dim", 1, 1, Integer.MAX_VALUE);
        String type = hp.string("predictor_type", "binary_classifier");
        long t0 = System.nanoTime();
        EngineData train = EngineData.read(env, "train", dim, 1, true);
        EngineData test = env.channels().containsKey("test") ? EngineData.read(env, "test", dim, 1, true) : null;
        long t1 = System.nanoTime();
        boolean regressor = type.equals("regressor");
        if (!regressor) {
            checkBinary(train, "train");
            if (test != null) {
                checkBinary(test, "test");
            }
        }
        int factors = hp.integer("num_factors", 64, 1, 1000);
        int epochs = hp.integer("epochs", 1, 1, 1_000_000);
        int batch = hp.integer("mini_batch_size", 1000, 1, 10_000_000);
        String init = hp.string("factors_init_method", "normal");
        double variance = init.equals("uniform") ? Math.pow(hp.number("factors_init_scale", 0.01, 0,
                Double.MAX_VALUE), 2) / 3 : Math.pow(hp.number("factors_init_sigma", 0.01, 0, Double.MAX_VALUE), 2);
        if (variance <= 0) {
            throw new ValidationException(init.equals("uniform") ? "factors_init_scale" : "factors_init_sigma", 0,
                    "gives the factors no initial spread, so they cannot learn", "pass a positive value, e.g. 0.01");
        }
        ObjectNode manifest = SdkJson.MAPPER.createObjectNode();
        manifest.put("algorithm", "factorization-machines");
        manifest.put("format_version", 1);
        manifest.put("engine", "tribuo " + org.tribuo.Tribuo.VERSION + (regressor ? " FMRegressionTrainer"
                : " FMClassificationTrainer"));
        manifest.put("feature_dim", dim);
        manifest.put("predictor_type", type);
        manifest.put("num_factors", factors);
        manifest.put("epochs", epochs);
        manifest.put("mini_batch_size", batch);
        // Tribuo 4.3.2's FMParameters.merge casts a mini-batch's linear gradient to DenseSparseMatrix and fails on
        // the DenseVector some batches produce (found by this engine's tests): one record per update
        manifest.put("mini_batch_size_used", 1);
        manifest.put("factors_init_variance", variance);
        manifest.put("optimizer", "AdaGrad(0.1)");
        ObjectNode given = manifest.putObject("hyperparameters");
        env.hyperparameters().forEach(given::put);
        env.log(String.format(Locale.ROOT, "Training a %s factorization machine: %d records, %d features, %d factors,"
                + " %d epochs, mini-batch %d", type, train.rows(), dim, factors, epochs, batch));
        FactorizationMachinesModel model = new FactorizationMachinesModel(manifest, fit(train, regressor, factors,
                epochs, variance, "factorization-machines train channel of " + env.jobName()));
        long t2 = System.nanoTime();
        report(env, "train", model, train);
        if (test != null) {
            report(env, "test", model, test);
        }
        long t3 = System.nanoTime();
        model.save(env.modelDir());
        env.log(EngineData.timings(t0, t1, t2, t3, System.nanoTime()));
        env.log("Saved " + FactorizationMachinesModel.MANIFEST + " and " + FactorizationMachinesModel.TRIBUO);
    }

    /** The Tribuo call. */
    static Model<?> fit(EngineData train, boolean regressor, int factors, int epochs, double variance,
                        String source) {
        if (regressor) {
            return new FMRegressionTrainer(new SquaredLoss(), new AdaGrad(0.1, 0.1), epochs, -1, 1, SEED, factors,
                    variance, true).train(TribuoData.targets(train.x, train.labels, source));
        }
        return new FMClassificationTrainer(new LogMulticlass(), new AdaGrad(0.1, 0.1), epochs, -1, 1, SEED,
                factors, variance).train(TribuoData.labels(train.x, train.labels, source));
    }

    private static void checkBinary(EngineData data, String channel) {
        for (int r = 0; r < data.rows(); r++) {
            float l = data.labels[r];
            if (l != 0 && l != 1) {
                throw new ValidationException(channel, l, "has a label that is not 0 or 1 (record " + (r + 1) + ")",
                        "label a binary_classifier's records with 0 and 1");
            }
        }
    }

    private static void report(TrainingEnvironment env, String channel, FactorizationMachinesModel model,
                               EngineData data) {
        float[][] out = model.predict(data.x);
        String host = env.currentHost();
        if (model.regressor) {
            double se = 0;
            for (int r = 0; r < out.length; r++) {
                double d = out[r][0] - data.labels[r];
                se += d * d;
            }
            log(env, host, channel, "rmse <loss>", Math.sqrt(se / out.length));
            return;
        }
        long tp = 0;
        long fp = 0;
        long fn = 0;
        long correct = 0;
        double entropy = 0;
        for (int r = 0; r < out.length; r++) {
            boolean truth = data.labels[r] == 1;
            boolean predicted = out[r][1] == 1;
            correct += truth == predicted ? 1 : 0;
            tp += truth && predicted ? 1 : 0;
            fp += !truth && predicted ? 1 : 0;
            fn += truth && !predicted ? 1 : 0;
            double p = Math.min(1 - 1e-12, Math.max(1e-12, out[r][0]));
            entropy -= truth ? Math.log(p) : Math.log(1 - p);
        }
        double precision = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        double recall = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        log(env, host, channel, "binary_classification_accuracy <score>", (double) correct / out.length);
        log(env, host, channel, "binary_classification_cross_entropy <loss>", entropy / out.length);
        log(env, host, channel, "binary_f_beta <score>", precision + recall == 0 ? 0
                : 2 * precision * recall / (precision + recall));
        log(env, host, channel, "precision <score>", precision);
        log(env, host, channel, "recall <score>", recall);
    }

    private static void log(TrainingEnvironment env, String host, String channel, String metric, double value) {
        env.log(String.format(Locale.ROOT, "#quality_metric: host=%s, %s %s=(%s)", host, channel, metric, value));
    }
}
