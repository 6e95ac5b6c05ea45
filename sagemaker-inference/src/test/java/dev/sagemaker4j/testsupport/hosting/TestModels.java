/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.testsupport.hosting;

import dev.sagemaker4j.Session;
import dev.sagemaker4j.local.Tarballs;
import dev.sagemaker4j.model.runtime.Rows;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoost;
import ml.dmlc.xgboost4j.java.XGBoostError;

/** Builds real model artifacts for hosting tests: model.tar.gz files in a session's object store. */
public final class TestModels {
    private TestModels() {
    }

    /** Rows of {@code features} standard normal values. */
    public static float[][] rows(int n, int features, long seed) {
        Random r = new Random(seed);
        float[][] x = new float[n][features];
        for (float[] row : x) {
            for (int j = 0; j < features; j++) {
                row[j] = (float) r.nextGaussian();
            }
        }
        return x;
    }

    /** A booster trained with raw xgboost4j on a linear rule. */
    public static Booster booster(int features, int rounds, String objective, long seed) throws XGBoostError {
        float[][] x = rows(500, features, seed);
        float[] flat = new float[500 * features];
        float[] y = new float[500];
        for (int i = 0; i < 500; i++) {
            System.arraycopy(x[i], 0, flat, i * features, features);
            double s = 0;
            for (int j = 0; j < features; j++) {
                s += (j % 2 == 0 ? 1 : -1) * x[i][j];
            }
            y[i] = objective.startsWith("binary") ? (s > 0 ? 1 : 0) : (float) s;
        }
        DMatrix d = new DMatrix(flat, 500, features, Float.NaN);
        d.setLabel(y);
        Map<String, Object> params = new HashMap<>();
        params.put("objective", objective);
        params.put("max_depth", 3);
        params.put("nthread", 1);
        Map<String, DMatrix> watches = new LinkedHashMap<>();
        Booster b = XGBoost.train(d, params, rounds, watches, null, null);
        d.dispose();
        return b;
    }

    /** Packs files into a model.tar.gz under a URI. */
    public static String upload(Session session, String uri, Map<String, byte[]> files) throws IOException {
        Path dir = Files.createTempDirectory("model");
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            Files.write(dir.resolve(f.getKey()), f.getValue());
        }
        Path tar = Files.createTempFile("model", ".tar.gz");
        Tarballs.pack(dir, tar);
        session.objectStore().put(uri, tar);
        return uri;
    }

    /** An XGBoost model.tar.gz. */
    public static String xgboost(Session session, String uri, Booster booster) throws IOException, XGBoostError {
        return upload(session, uri, Map.of("xgboost-model", booster.toByteArray("json")));
    }
}
