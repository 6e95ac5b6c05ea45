/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.algorithms.internal.lightgbm;

import com.microsoft.ml.lightgbm.SWIGTYPE_p_double;
import com.microsoft.ml.lightgbm.SWIGTYPE_p_int;
import com.microsoft.ml.lightgbm.SWIGTYPE_p_p_void;
import com.microsoft.ml.lightgbm.SWIGTYPE_p_void;
import com.microsoft.ml.lightgbm.lightgbmlib;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

/**
 * The boosting loop on lightgbmlib, as the JumpStart script's {@code lgb.train(params, train, num_boost_round,
 * valid_sets=[val, train], valid_names=["val", "train"], early_stopping_rounds=...)} runs it: one iteration at a
 * time, the metric on both sets after each, the container's line logged
 * ({@code [12]#011val's binary_logloss: 0.231#011train's binary_logloss: 0.2}, a tab as CloudWatch shows it), and
 * early stopping on the validation set (LightGBM's callback skips the training set): training stops when the metric
 * has not improved in {@code early_stopping_rounds} iterations, and the model keeps the best iteration. Every native
 * handle is freed before returning, also on failure.
 */
final class LightGbmTrainer {
    /** Metrics for which higher is better, as LightGBM's early stopping callback knows them. */
    private static final Set<String> HIGHER_IS_BETTER = Set.of("auc", "average_precision", "auc_mu");

    /** Receives the per-iteration lines and scores. */
    interface Listener {
        void iteration(int iteration, String line, double validation, double train);

        void log(String line);
    }

    /** What training produced. */
    record Result(int bestIteration, int iterations, double bestScore, boolean stoppedEarly) {
    }

    private LightGbmTrainer() {
    }

    /**
     * Trains and saves LightGBM's text model of the best iteration to {@code modelFile}.
     *
     * @param train       the training data
     * @param validation  the validation data
     * @param params      the C API parameter string (objective, metric, ...)
     * @param metric      the metric's name, for the log lines and its direction
     * @param rounds      num_boost_round
     * @param earlyStop   early_stopping_rounds (off when {@code <= 0})
     * @param modelFile   where the model goes
     * @param listener    the log
     */
    static Result train(LightGbmData train, LightGbmData validation, String params, String metric, int rounds,
                        int earlyStop, Path modelFile, Listener listener) {
        LightGbmNative.ensureLoaded();
        SWIGTYPE_p_void trainSet = null;
        SWIGTYPE_p_void validSet = null;
        SWIGTYPE_p_void booster = null;
        SWIGTYPE_p_p_void out = lightgbmlib.new_voidpp();
        SWIGTYPE_p_int finished = lightgbmlib.new_intp();
        SWIGTYPE_p_int length = lightgbmlib.new_intp();
        SWIGTYPE_p_double scores = null;
        try {
            trainSet = LightGbmNative.dataset(train.x, train.y, params, null);
            validSet = LightGbmNative.dataset(validation.x, validation.y, params, trainSet);
            LightGbmNative.check(lightgbmlib.LGBM_BoosterCreate(trainSet, params, out), "LGBM_BoosterCreate");
            booster = lightgbmlib.voidpp_value(out);
            LightGbmNative.check(lightgbmlib.LGBM_BoosterAddValidData(booster, validSet), "LGBM_BoosterAddValidData");
            LightGbmNative.check(lightgbmlib.LGBM_BoosterGetEvalCounts(booster, length), "LGBM_BoosterGetEvalCounts");
            int counts = Math.max(1, lightgbmlib.intp_value(length));
            scores = lightgbmlib.new_doubleArray(counts);
            boolean higher = HIGHER_IS_BETTER.contains(metric);
            double best = higher ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
            int bestIteration = 0;
            String bestLine = null;
            int done = 0;
            boolean stopped = false;
            for (int i = 1; i <= rounds; i++) {
                LightGbmNative.check(lightgbmlib.LGBM_BoosterUpdateOneIter(booster, finished),
                        "LGBM_BoosterUpdateOneIter");
                done = i;
                // data index 0 is the training set, 1 the first validation set
                LightGbmNative.check(lightgbmlib.LGBM_BoosterGetEval(booster, 1, length, scores), "LGBM_BoosterGetEval");
                double val = lightgbmlib.doubleArray_getitem(scores, 0);
                LightGbmNative.check(lightgbmlib.LGBM_BoosterGetEval(booster, 0, length, scores), "LGBM_BoosterGetEval");
                double tr = lightgbmlib.doubleArray_getitem(scores, 0);
                String line = String.format(Locale.ROOT, "[%d]#011val's %s: %s#011train's %s: %s", i, metric, g(val),
                        metric, g(tr));
                listener.iteration(i, line, val, tr);
                if (higher ? val > best : val < best) {
                    best = val;
                    bestIteration = i;
                    bestLine = line;
                }
                if (earlyStop > 0 && i - bestIteration >= earlyStop) {
                    listener.log("Early stopping, best iteration is:");
                    listener.log(bestLine);
                    stopped = true;
                    break;
                }
                if (lightgbmlib.intp_value(finished) == 1) {
                    listener.log("No further splits with positive gain: stopped after iteration " + i);
                    break;
                }
            }
            if (earlyStop > 0 && !stopped) {
                listener.log("Did not meet early stopping. Best iteration is:");
                listener.log(bestLine);
            }
            // without early stopping the model keeps every iteration, as lgb.train's best_iteration 0 does
            int keep = earlyStop > 0 ? bestIteration : done;
            LightGbmNative.check(lightgbmlib.LGBM_BoosterSaveModel(booster, 0, keep, 0,
                    modelFile.toAbsolutePath().toString()), "LGBM_BoosterSaveModel");
            return new Result(keep, done, best, stopped);
        } finally {
            if (scores != null) {
                lightgbmlib.delete_doubleArray(scores);
            }
            lightgbmlib.delete_intp(finished);
            lightgbmlib.delete_intp(length);
            lightgbmlib.delete_voidpp(out);
            LightGbmNative.freeBooster(booster);
            LightGbmNative.freeDataset(validSet);
            LightGbmNative.freeDataset(trainSet);
        }
    }

    /** Python's {@code :g}: six significant digits, trailing zeros dropped. */
    static String g(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return String.valueOf(v).toLowerCase(Locale.ROOT);
        }
        String s = String.format(Locale.ROOT, "%.6g", v);
        if (s.contains("e")) {
            String[] parts = s.split("e");
            String mantissa = parts[0].contains(".") ? parts[0].replaceAll("0+$", "").replaceAll("\\.$", "") : parts[0];
            return mantissa + "e" + parts[1];
        }
        return s.contains(".") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
    }
}
