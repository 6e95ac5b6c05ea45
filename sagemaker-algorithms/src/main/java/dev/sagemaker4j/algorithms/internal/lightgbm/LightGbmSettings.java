/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.algorithms.internal.lightgbm;

import dev.sagemaker4j.exceptions.ValidationException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * SageMaker LightGBM's hyperparameters (the JumpStart models {@code lightgbm-classification-model} and
 * {@code lightgbm-regression-model}), with the documented names, defaults and valid ranges, each failing with a
 * {@link ValidationException} that names the hyperparameter. Classification takes {@code scale_pos_weight},
 * regression {@code tweedie_variance_power}; {@code metric} takes the metrics of the model's problem type.
 */
final class LightGbmSettings {
    static final Set<String> CLASSIFICATION_METRICS = Set.of("auto", "binary_logloss", "binary_error", "auc",
            "average_precision", "multi_logloss", "multi_error", "auc_mu", "cross_entropy");
    static final Set<String> REGRESSION_METRICS = Set.of("auto", "rmse", "l1", "l2", "huber", "fair");
    private static final Set<String> COMMON = Set.of("num_boost_round", "early_stopping_rounds", "metric",
            "learning_rate", "num_leaves", "feature_fraction", "bagging_fraction", "bagging_freq", "max_depth",
            "min_data_in_leaf", "max_delta_step", "lambda_l1", "lambda_l2", "boosting", "min_gain_to_split",
            "tree_learner", "feature_fraction_bynode", "is_unbalance", "max_bin", "num_threads", "verbosity",
            "use_dask");

    final boolean classification;
    final int numBoostRound;
    final int earlyStoppingRounds;
    final String metric;
    final int numThreads;
    final int verbosity;
    /** The engine parameters, in LightGBM's names, without objective, metric and num_class. */
    final Map<String, String> engine = new LinkedHashMap<>();

    private final Map<String, String> values;

    LightGbmSettings(boolean classification, Map<String, String> hyperparameters) {
        this.classification = classification;
        this.values = hyperparameters;
        Set<String> known = new TreeSet<>(COMMON);
        known.add(classification ? "scale_pos_weight" : "tweedie_variance_power");
        for (String name : hyperparameters.keySet()) {
            if (!known.contains(name) && !name.startsWith("sagemaker_") && !name.startsWith("_")) {
                throw new ValidationException(name, hyperparameters.get(name), "is not a hyperparameter of LightGBM "
                        + (classification ? "classification" : "regression"), "remove it; it takes " + known);
            }
        }
        numBoostRound = integer("num_boost_round", 100, 1, Integer.MAX_VALUE);
        earlyStoppingRounds = integer("early_stopping_rounds", 10, Integer.MIN_VALUE, Integer.MAX_VALUE);
        metric = choice("metric", "auto", classification ? CLASSIFICATION_METRICS : REGRESSION_METRICS);
        engine.put("learning_rate", number("learning_rate", 0.1, 0, false, 1, false));
        engine.put("num_leaves", String.valueOf(integer("num_leaves", 64, 2, 131_072)));
        engine.put("feature_fraction", number("feature_fraction", 0.9, 0, false, 1, true));
        engine.put("bagging_fraction", number("bagging_fraction", 0.9, 0, false, 1, true));
        engine.put("bagging_freq", String.valueOf(integer("bagging_freq", 1, 0, Integer.MAX_VALUE)));
        engine.put("max_depth", String.valueOf(integer("max_depth", 6, Integer.MIN_VALUE, Integer.MAX_VALUE)));
        engine.put("min_data_in_leaf", String.valueOf(integer("min_data_in_leaf", 3, 0, Integer.MAX_VALUE)));
        engine.put("max_delta_step", number("max_delta_step", 0, Double.NEGATIVE_INFINITY, true,
                Double.POSITIVE_INFINITY, true));
        engine.put("lambda_l1", number("lambda_l1", 0, 0, true, Double.POSITIVE_INFINITY, true));
        engine.put("lambda_l2", number("lambda_l2", 0, 0, true, Double.POSITIVE_INFINITY, true));
        engine.put("boosting", choice("boosting", "gbdt", Set.of("gbdt", "rf", "dart", "goss")));
        engine.put("min_gain_to_split", number("min_gain_to_split", 0, 0, true, Double.POSITIVE_INFINITY, true));
        engine.put("tree_learner", choice("tree_learner", "serial", Set.of("serial", "feature", "data", "voting")));
        engine.put("feature_fraction_bynode", number("feature_fraction_bynode", 1, 0, false, 1, true));
        boolean unbalance = bool("is_unbalance");
        engine.put("is_unbalance", String.valueOf(unbalance));
        engine.put("max_bin", String.valueOf(integer("max_bin", 255, 2, Integer.MAX_VALUE)));
        if (classification) {
            String weight = number("scale_pos_weight", 1, 0, false, Double.POSITIVE_INFINITY, true);
            if (unbalance && has("scale_pos_weight") && Double.parseDouble(weight) != 1.0) {
                throw new ValidationException("scale_pos_weight", values.get("scale_pos_weight"),
                        "cannot be used with is_unbalance \"True\"", "set one of them: scale_pos_weight, or "
                        + "is_unbalance \"True\"");
            }
            engine.put("scale_pos_weight", weight);
        } else {
            engine.put("tweedie_variance_power", number("tweedie_variance_power", 1.5, 1, true, 2, false));
        }
        numThreads = integer("num_threads", 0, 0, 4096);
        engine.put("num_threads", String.valueOf(numThreads));
        verbosity = integer("verbosity", 1, Integer.MIN_VALUE, Integer.MAX_VALUE);
        // use_dask chooses Dask for multi-instance training in the container; one in-process host has no Dask
        bool("use_dask");
        // the engine's own messages go to the process's native stdout, which a library must not write to: it runs
        // quiet (fatal errors only, which come back as the calls' errors) and the job's log gets the container's
        // per-iteration lines from here instead. verbosity is checked and recorded, not passed on.
        engine.put("verbosity", "-1");
    }

    /** The parameter string of LightGBM's C API ({@code key=value} separated by spaces). */
    String parameters(String objective, String engineMetric, int numClass, String categorical) {
        StringBuilder sb = new StringBuilder("objective=").append(objective).append(" metric=").append(engineMetric);
        if (numClass > 2) {
            sb.append(" num_class=").append(numClass);
        }
        engine.forEach((k, v) -> sb.append(' ').append(k).append('=').append(v));
        if (categorical != null && !categorical.isEmpty()) {
            sb.append(" categorical_feature=").append(categorical);
        }
        return sb.toString();
    }

    private boolean has(String name) {
        String v = values.get(name);
        return v != null && !v.isBlank();
    }

    private int integer(String name, int fallback, long min, long max) {
        if (!has(name)) {
            return fallback;
        }
        String v = values.get(name).trim();
        long parsed;
        try {
            parsed = v.endsWith(".0") ? Long.parseLong(v.substring(0, v.length() - 2)) : Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw new ValidationException(name, v, "is not an integer", "pass a whole number" + range(min, max), e);
        }
        if (parsed < min || parsed > max) {
            throw new ValidationException(name, v, "is out of range" + range(min, max), "pass a value" + range(min,
                    max));
        }
        return (int) parsed;
    }

    private static String range(long min, long max) {
        if (min == Integer.MIN_VALUE && max == Integer.MAX_VALUE) {
            return "";
        }
        return max == Integer.MAX_VALUE ? " of at least " + min : " in [" + min + ", " + max + "]";
    }

    private String number(String name, double fallback, double min, boolean minIncluded, double max,
                          boolean maxIncluded) {
        String interval = (minIncluded ? "[" : "(") + fmt(min) + ", " + fmt(max) + (maxIncluded ? "]" : ")");
        if (!has(name)) {
            return fmt(fallback);
        }
        String v = values.get(name).trim();
        double parsed;
        try {
            parsed = Double.parseDouble(v);
        } catch (NumberFormatException e) {
            throw new ValidationException(name, v, "is not a number", "pass a number in " + interval, e);
        }
        boolean above = minIncluded ? parsed >= min : parsed > min;
        boolean below = maxIncluded ? parsed <= max : parsed < max;
        if (Double.isNaN(parsed) || !above || !below) {
            throw new ValidationException(name, v, "is out of range " + interval, "pass a number in " + interval);
        }
        return fmt(parsed);
    }

    private static String fmt(double v) {
        if (Double.isInfinite(v)) {
            return v > 0 ? "inf" : "-inf";
        }
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf((long) v) : String.valueOf(v);
    }

    private String choice(String name, String fallback, Set<String> allowed) {
        if (!has(name)) {
            return fallback;
        }
        String v = values.get(name).trim();
        if (!allowed.contains(v)) {
            throw new ValidationException(name, v, "is not one of " + new TreeSet<>(allowed),
                    "pass one of " + new TreeSet<>(allowed));
        }
        return v;
    }

    /** SageMaker's string booleans: "True" or "False" (Python's str() of a bool; any case taken). */
    private boolean bool(String name) {
        if (!has(name)) {
            return false;
        }
        String v = values.get(name).trim().toLowerCase(Locale.ROOT);
        if (!v.equals("true") && !v.equals("false")) {
            throw new ValidationException(name, values.get(name), "is not \"True\" or \"False\"",
                    "pass \"True\" or \"False\"");
        }
        return v.equals("true");
    }
}
