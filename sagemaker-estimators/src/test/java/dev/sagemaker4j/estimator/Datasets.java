/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.estimator;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/** Generates the test data sets: rows of features with a known rule behind the label. */
final class Datasets {
    final float[][] x;
    final float[] y;

    private Datasets(float[][] x, float[] y) {
        this.x = x;
        this.y = y;
    }

    /** Binary labels from a noisy linear rule over {@code features} standard normal features. */
    static Datasets binary(int rows, int features, long seed) {
        Random r = new Random(seed);
        float[][] x = new float[rows][features];
        float[] y = new float[rows];
        for (int i = 0; i < rows; i++) {
            double s = 0;
            for (int j = 0; j < features; j++) {
                x[i][j] = (float) (r.nextGaussian() * (1 + j % 3) + j);
                s += (j % 2 == 0 ? 1 : -1) * (x[i][j] - j) / (1 + j % 3);
            }
            y[i] = s + 0.3 * r.nextGaussian() > 0 ? 1 : 0;
        }
        return new Datasets(x, y);
    }

    /** Three classes: the label is the index of the largest of three linear scores. */
    static Datasets multiclass(int rows, int features, long seed) {
        Random r = new Random(seed);
        float[][] x = new float[rows][features];
        float[] y = new float[rows];
        for (int i = 0; i < rows; i++) {
            double[] s = new double[3];
            for (int j = 0; j < features; j++) {
                x[i][j] = (float) r.nextGaussian();
                s[j % 3] += x[i][j];
            }
            int best = 0;
            for (int c = 1; c < 3; c++) {
                if (s[c] > s[best]) {
                    best = c;
                }
            }
            y[i] = best;
        }
        return new Datasets(x, y);
    }

    /** A regression target {@code 3 x0 - 2 x1 + 0.5 x2 + 10 + noise}. */
    static Datasets regression(int rows, int features, long seed) {
        Random r = new Random(seed);
        float[][] x = new float[rows][features];
        float[] y = new float[rows];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < features; j++) {
                x[i][j] = (float) (r.nextGaussian() * 2);
            }
            y[i] = (float) (3 * x[i][0] - 2 * x[i][1] + 0.5 * x[i][2] + 10 + 0.1 * r.nextGaussian());
        }
        return new Datasets(x, y);
    }

    /** Points around the given centers (label = the center's index). */
    static Datasets clusters(double[][] centers, int perCluster, double spread, long seed) {
        Random r = new Random(seed);
        int rows = centers.length * perCluster;
        float[][] x = new float[rows][centers[0].length];
        float[] y = new float[rows];
        for (int i = 0; i < rows; i++) {
            int c = i % centers.length;
            for (int j = 0; j < centers[c].length; j++) {
                x[i][j] = (float) (centers[c][j] + r.nextGaussian() * spread);
            }
            y[i] = c;
        }
        return new Datasets(x, y);
    }

    /** Writes label-first CSV without header. */
    Path writeCsv(Path file, boolean withLabel) throws IOException {
        Files.createDirectories(file.getParent());
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < x.length; i++) {
                StringBuilder sb = new StringBuilder();
                if (withLabel) {
                    sb.append(y[i]);
                }
                for (int j = 0; j < x[i].length; j++) {
                    if (sb.length() > 0 || j > 0) {
                        sb.append(',');
                    }
                    sb.append(x[i][j]);
                }
                w.write(sb.toString());
                w.write('\n');
            }
        }
        return file;
    }

    /** Writes LibSVM rows (1-based indices are not assumed: indices are the column numbers). */
    Path writeLibSvm(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < x.length; i++) {
                StringBuilder sb = new StringBuilder().append(y[i]);
                for (int j = 0; j < x[i].length; j++) {
                    sb.append(' ').append(j).append(':').append(x[i][j]);
                }
                w.write(sb.toString());
                w.write('\n');
            }
        }
        return file;
    }

    /** Row-major features. */
    float[] flat() {
        float[] flat = new float[x.length * x[0].length];
        for (int i = 0; i < x.length; i++) {
            System.arraycopy(x[i], 0, flat, i * x[0].length, x[0].length);
        }
        return flat;
    }
}
