/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.algorithms.internal.lightgbm;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.ml.lightgbm.SWIGTYPE_p_double;
import com.microsoft.ml.lightgbm.SWIGTYPE_p_float;
import com.microsoft.ml.lightgbm.SWIGTYPE_p_int;
import com.microsoft.ml.lightgbm.SWIGTYPE_p_long_long;
import com.microsoft.ml.lightgbm.SWIGTYPE_p_p_void;
import com.microsoft.ml.lightgbm.SWIGTYPE_p_void;
import com.microsoft.ml.lightgbm.lightgbmlib;
import dev.sagemaker4j.exceptions.ValidationException;
import dev.sagemaker4j.local.SdkJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * A trained LightGBM model as sagemaker4j writes it: LightGBM's own text model {@value #MODEL} (what
 * {@code lightgbm.Booster(model_file="model.txt")} loads in Python, holding the best iteration only) and the
 * manifest {@value #MANIFEST} (problem type, classes, features). SageMaker's container pickles the Python booster
 * with joblib ({@code model.pkl}); a pickle cannot be written from Java, so the artifact differs there. Holds a
 * native booster: close it. Predictions may run from many threads; close waits for them.
 */
final class LightGbmModel implements AutoCloseable {
    static final String MANIFEST = "lightgbm-model.json";
    static final String MODEL = "model.txt";

    final String problemType;
    final boolean classification;
    final int numClasses;
    final int featureDim;
    /** The text model's size: a fair estimate of the booster's memory. */
    final long modelBytes;
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private SWIGTYPE_p_void booster;

    private LightGbmModel(JsonNode manifest, long modelBytes, SWIGTYPE_p_void booster) {
        this.modelBytes = modelBytes;
        this.problemType = manifest.path("problem_type").asText();
        this.classification = !problemType.equals("regression");
        this.numClasses = manifest.path("num_classes").asInt(1);
        this.featureDim = manifest.path("feature_dim").asInt();
        this.booster = booster;
    }

    static LightGbmModel load(Path dir) throws IOException {
        JsonNode manifest = SdkJson.MAPPER.readTree(dir.resolve(MANIFEST).toFile());
        if (manifest == null || !"lightgbm".equals(manifest.path("algorithm").asText())
                || manifest.path("feature_dim").asInt() < 1 || !Files.isRegularFile(dir.resolve(MODEL))) {
            throw new ValidationException(MANIFEST, dir.resolve(MANIFEST), "is not a LightGBM model manifest beside "
                    + MODEL, "deploy the model.tar.gz a LightGBM training job wrote");
        }
        LightGbmNative.ensureLoaded();
        SWIGTYPE_p_int iterations = lightgbmlib.new_intp();
        SWIGTYPE_p_p_void out = lightgbmlib.new_voidpp();
        try {
            LightGbmNative.check(lightgbmlib.LGBM_BoosterCreateFromModelfile(
                    dir.resolve(MODEL).toAbsolutePath().toString(), iterations, out), "LGBM_BoosterCreateFromModelfile");
            return new LightGbmModel(manifest, Files.size(dir.resolve(MODEL)), lightgbmlib.voidpp_value(out));
        } finally {
            lightgbmlib.delete_intp(iterations);
            lightgbmlib.delete_voidpp(out);
        }
    }

    /**
     * Predicts a batch in one engine call: class probabilities (binary: {@code [1 - p, p]}) or the regression value.
     */
    float[][] predict(float[][] rows) {
        int n = rows.length;
        // the engine answers one value per row for binary and regression, numClasses per row for multi-class
        int perRow = classification && numClasses > 2 ? numClasses : 1;
        lock.readLock().lock();
        SWIGTYPE_p_float data = null;
        SWIGTYPE_p_double result = null;
        SWIGTYPE_p_long_long length = lightgbmlib.new_int64_tp();
        try {
            if (booster == null) {
                throw new IllegalStateException("the LightGBM model is closed");
            }
            data = LightGbmNative.floats(rows, featureDim);
            result = lightgbmlib.new_doubleArray((long) n * perRow);
            LightGbmNative.check(lightgbmlib.LGBM_BoosterPredictForMat(booster, lightgbmlib.float_to_voidp_ptr(data),
                    lightgbmlib.C_API_DTYPE_FLOAT32, n, featureDim, 1, lightgbmlib.C_API_PREDICT_NORMAL, 0, -1, "",
                    length, result), "LGBM_BoosterPredictForMat");
            float[][] out = new float[n][];
            for (int r = 0; r < n; r++) {
                if (!classification) {
                    out[r] = new float[] {(float) lightgbmlib.doubleArray_getitem(result, r)};
                } else if (perRow == 1) {
                    double p = lightgbmlib.doubleArray_getitem(result, r);
                    out[r] = new float[] {(float) (1 - p), (float) p};
                } else {
                    out[r] = new float[perRow];
                    for (int k = 0; k < perRow; k++) {
                        out[r][k] = (float) lightgbmlib.doubleArray_getitem(result, (long) r * perRow + k);
                    }
                }
            }
            return out;
        } finally {
            if (data != null) {
                lightgbmlib.delete_floatArray(data);
            }
            if (result != null) {
                lightgbmlib.delete_doubleArray(result);
            }
            lightgbmlib.delete_int64_tp(length);
            lock.readLock().unlock();
        }
    }

    @Override
    public void close() {
        lock.writeLock().lock();
        try {
            LightGbmNative.freeBooster(booster);
            booster = null;
        } finally {
            lock.writeLock().unlock();
        }
    }
}
