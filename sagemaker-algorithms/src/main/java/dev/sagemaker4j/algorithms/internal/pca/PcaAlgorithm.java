/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.algorithms.internal.pca;

import dev.sagemaker4j.exceptions.ValidationException;
import dev.sagemaker4j.local.LocalAlgorithm;
import dev.sagemaker4j.local.TrainingEnvironment;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * SageMaker's built-in PCA (image {@code pca}) in-process on EJML ({@link Pca}), with SageMaker's hyperparameters:
 * {@code feature_dim}, {@code num_components} and {@code mini_batch_size} (required), {@code algorithm_mode}
 * ({@code regular} or {@code randomized}, default {@code regular}), {@code subtract_mean} (default {@code True})
 * and {@code extra_components} (randomized mode; -1, the default, for {@code max(10, num_components)}). Trains on
 * the {@code train} channel in RecordIO-protobuf (the Python SDK's {@code record_set}) or CSV, and writes
 * {@link PcaModel#FILE}.
 */
public final class PcaAlgorithm implements LocalAlgorithm {
    private static final Set<String> KNOWN = Set.of("feature_dim", "num_components", "mini_batch_size",
            "algorithm_mode", "subtract_mean", "extra_components");

    @Override
    public String name() {
        return "pca";
    }

    @Override
    public List<String> repositories() {
        return List.of("pca");
    }

    @Override
    public void validate(Map<String, String> hyperparameters) {
        new Settings(hyperparameters);
    }

    @Override
    public void train(TrainingEnvironment env) throws Exception {
        Settings s = new Settings(env.hyperparameters());
        if (!env.channels().containsKey("train")) {
            throw new ValidationException("InputDataConfig", env.channels().keySet(), "has no train channel",
                    "give PCA its data in channel \"train\" (RecordSet's default)");
        }
        if (s.numComponents > s.featureDim) {
            throw new ValidationException("num_components", s.numComponents, "is larger than feature_dim "
                    + s.featureDim, "keep num_components at most feature_dim");
        }
        float[] features = PcaData.readChannel(env.channel("train"), env.channelContentType("train").orElse(null),
                s.featureDim);
        if (features.length == 0) {
            throw new ValidationException("train channel", env.channel("train").getFileName(), "holds no records",
                    "upload the data with recordSet(...) before fit");
        }
        int n = features.length / s.featureDim;
        double[] data = new double[features.length];
        for (int i = 0; i < data.length; i++) {
            data[i] = features[i];
        }
        env.log(String.format(Locale.ROOT, "PCA %s mode: %d records, feature_dim %d, num_components %d",
                s.randomized ? "randomized" : "regular", n, s.featureDim, s.numComponents));
        PcaModel model = Pca.fit(data, n, s.featureDim, s.numComponents, s.subtractMean, s.randomized,
                s.extraComponents, s.miniBatchSize, 0);
        double[] sv = model.singularValues();
        double total = 0;
        for (double v : sv) {
            total += v * v;
        }
        env.log(String.format(Locale.ROOT, "#quality_metric: host=%s, train explained_variance <score>=(%s)",
                env.currentHost(), total / Math.max(1, n - 1)));
        env.reportProgress(1, 1, "pass", Map.of());
        model.save(env.modelDir());
        env.log("Saved " + PcaModel.FILE);
    }

    /** The hyperparameters, checked as SageMaker's PCA checks them. */
    private static final class Settings {
        final int featureDim;
        final int numComponents;
        final int miniBatchSize;
        final boolean randomized;
        final boolean subtractMean;
        final int extraComponents;

        Settings(Map<String, String> hp) {
            for (String name : hp.keySet()) {
                if (!KNOWN.contains(name) && !name.startsWith("_")) {
                    throw new ValidationException(name, hp.get(name), "is not a PCA hyperparameter",
                            "use " + new java.util.TreeSet<>(KNOWN));
                }
            }
            featureDim = positive(hp, "feature_dim", "the number of features of each record");
            numComponents = positive(hp, "num_components", "the number of principal components");
            miniBatchSize = positive(hp, "mini_batch_size", "the rows of each mini-batch");
            String mode = hp.getOrDefault("algorithm_mode", "regular");
            if (!mode.equals("regular") && !mode.equals("randomized")) {
                throw new ValidationException("algorithm_mode", mode, "is not a PCA mode", "use regular or randomized");
            }
            randomized = mode.equals("randomized");
            String mean = hp.getOrDefault("subtract_mean", "True");
            if (!mean.equalsIgnoreCase("true") && !mean.equalsIgnoreCase("false")) {
                throw new ValidationException("subtract_mean", mean, "is not a boolean", "use True or False");
            }
            subtractMean = mean.equalsIgnoreCase("true");
            int extra = integer(hp, "extra_components", -1);
            if (extra < -1) {
                throw new ValidationException("extra_components", extra, "is below -1",
                        "use -1 (max(10, num_components)) or an integer >= 0");
            }
            extraComponents = extra;
        }

        private static int positive(Map<String, String> hp, String name, String what) {
            if (!hp.containsKey(name)) {
                throw new ValidationException(name, null, "is required by PCA", "pass " + name + ", " + what);
            }
            int v = integer(hp, name, 0);
            if (v <= 0) {
                throw new ValidationException(name, v, "must be an integer greater than zero", "pass " + what);
            }
            return v;
        }

        private static int integer(Map<String, String> hp, String name, int fallback) {
            String text = hp.get(name);
            if (text == null) {
                return fallback;
            }
            try {
                return Integer.parseInt(text.trim());
            } catch (NumberFormatException e) {
                throw new ValidationException(name, text, "is not an integer", "pass an integer");
            }
        }
    }
}
