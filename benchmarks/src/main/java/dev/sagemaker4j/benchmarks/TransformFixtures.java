/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.benchmarks;

import dev.sagemaker4j.local.Tarballs;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoost;
import ml.dmlc.xgboost4j.java.XGBoostError;

/** Generated data and model for {@link TransformBenchmark}; everything from fixed seeds. */
final class TransformFixtures {
    /** The model file name inside model.tar.gz, as SageMaker's XGBoost container expects. */
    static final String MODEL_FILE = "xgboost-model";
    private static final int TRAINING_ROWS = 20_000;

    private TransformFixtures() {
    }

    /**
     * Writes {@code rows} lines of {@code features} standard normal values with six decimals
     * ({@code -0.123456,1.234567,...}): about 10.5 bytes a value.
     */
    static void writeCsv(Path file, long rows, int features, long seed) throws IOException {
        Random random = new Random(seed);
        byte[] line = new byte[features * 16 + 1];
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 20)) {
            for (long r = 0; r < rows; r++) {
                int n = 0;
                for (int j = 0; j < features; j++) {
                    if (j > 0) {
                        line[n++] = ',';
                    }
                    n = appendFixed6(line, n, Math.round(random.nextGaussian() * 1e6));
                }
                line[n++] = '\n';
                out.write(line, 0, n);
            }
        }
    }

    /** Appends {@code micros / 10^6} with exactly six decimals. */
    private static int appendFixed6(byte[] b, int n, long micros) {
        if (micros < 0) {
            b[n++] = '-';
            micros = -micros;
        }
        long whole = micros / 1_000_000;
        int fraction = (int) (micros % 1_000_000);
        String w = Long.toString(whole);
        for (int i = 0; i < w.length(); i++) {
            b[n++] = (byte) w.charAt(i);
        }
        b[n++] = '.';
        for (int div = 100_000; div > 0; div /= 10) {
            b[n++] = (byte) ('0' + fraction / div % 10);
        }
        return n;
    }

    /** Writes {@code copies} copies of {@code source} one after the other into {@code target}. */
    static void repeat(Path source, Path target, int copies) throws IOException {
        try (FileChannel out = FileChannel.open(target, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            for (int c = 0; c < copies; c++) {
                try (FileChannel in = FileChannel.open(source, StandardOpenOption.READ)) {
                    long size = in.size();
                    long done = 0;
                    while (done < size) {
                        done += in.transferTo(done, size - done, out);
                    }
                }
            }
        }
    }

    /**
     * Trains a binary classifier with raw xgboost4j on {@value #TRAINING_ROWS} rows drawn like the
     * benchmark data, labelled by a rule with interactions so that trees grow to full depth; returns
     * the model as XGBoost JSON (what {@code booster.save_model("xgboost-model")} writes).
     */
    static byte[] trainModel(int features, int trees, int depth, long seed) throws XGBoostError {
        if (features < 2) {
            throw new IllegalArgumentException("features must be at least 2, not " + features);
        }
        Random random = new Random(seed);
        float[] x = new float[TRAINING_ROWS * features];
        float[] y = new float[TRAINING_ROWS];
        for (int i = 0; i < TRAINING_ROWS; i++) {
            double s = 0;
            for (int j = 0; j < features; j++) {
                float v = (float) random.nextGaussian();
                x[i * features + j] = v;
                s += (j % 2 == 0 ? 1 : -1) * v / (1 + j % 5);
            }
            s += x[i * features] * x[i * features + 1] + random.nextGaussian() * 0.5;
            y[i] = s > 0 ? 1 : 0;
        }
        DMatrix d = new DMatrix(x, TRAINING_ROWS, features, Float.NaN);
        try {
            d.setLabel(y);
            Map<String, Object> params = new HashMap<>();
            params.put("objective", "binary:logistic");
            params.put("max_depth", depth);
            params.put("eta", 0.3);
            params.put("seed", (int) seed);
            Map<String, DMatrix> watches = new LinkedHashMap<>();
            Booster booster = XGBoost.train(d, params, trees, watches, null, null);
            try {
                return booster.toByteArray("json");
            } finally {
                booster.dispose();
            }
        } finally {
            d.dispose();
        }
    }

    /** Packs {@value #MODEL_FILE} into a model.tar.gz at {@code target}. */
    static void packModel(byte[] model, Path target) throws IOException {
        Path dir = Files.createTempDirectory(target.getParent(), "model");
        Files.write(dir.resolve(MODEL_FILE), model);
        Tarballs.pack(dir, target);
        Files.delete(dir.resolve(MODEL_FILE));
        Files.delete(dir);
    }
}
