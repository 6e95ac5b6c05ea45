/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.examples;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Generated, labelled data for the examples: every run with the same seed gives the same rows, so
 * the examples need no download.
 */
final class SyntheticData {
    final double[][] features;
    final int[] labels;

    private SyntheticData(double[][] features, int[] labels) {
        this.features = features;
        this.labels = labels;
    }

    /**
     * A non-linear problem: label 1 inside a circle of the first two features (about half the
     * rows), 8% of the labels flipped, the other features noise.
     */
    static SyntheticData circle(int rows, int featureCount, long seed) {
        Random random = new Random(seed);
        double[][] x = new double[rows][featureCount];
        int[] y = new int[rows];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < featureCount; j++) {
                x[i][j] = Math.round(random.nextGaussian() * 1e4) / 1e4;
            }
            boolean inside = x[i][0] * x[i][0] + x[i][1] * x[i][1] < 1.4;
            y[i] = inside ^ random.nextDouble() < 0.08 ? 1 : 0;
        }
        return new SyntheticData(x, y);
    }

    /** A logistic problem: label 1 with probability sigmoid(x · weights + bias). */
    static SyntheticData logistic(int rows, float[] weights, float bias, long seed) {
        Random random = new Random(seed);
        double[][] x = new double[rows][weights.length];
        int[] y = new int[rows];
        for (int i = 0; i < rows; i++) {
            double z = bias;
            for (int j = 0; j < weights.length; j++) {
                x[i][j] = Math.round(random.nextGaussian() * 1e4) / 1e4;
                z += weights[j] * x[i][j];
            }
            y[i] = random.nextDouble() < 1 / (1 + Math.exp(-z)) ? 1 : 0;
        }
        return new SyntheticData(x, y);
    }

    /** The labels as floats, as {@code ClassificationEvaluation} takes them. */
    float[] floatLabels() {
        float[] f = new float[labels.length];
        for (int i = 0; i < f.length; i++) {
            f[i] = labels[i];
        }
        return f;
    }

    /** Rows {@code from} (inclusive) to {@code to} (exclusive). */
    SyntheticData slice(int from, int to) {
        double[][] x = new double[to - from][];
        int[] y = new int[to - from];
        System.arraycopy(features, from, x, 0, x.length);
        System.arraycopy(labels, from, y, 0, y.length);
        return new SyntheticData(x, y);
    }

    /** CSV without header, label first: what SageMaker's XGBoost trains on. */
    Path writeLabelFirstCsv(Path file) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < labels.length; i++) {
            sb.append(labels[i]);
            for (double v : features[i]) {
                sb.append(',').append(v);
            }
            sb.append('\n');
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        return Files.writeString(file, sb);
    }
}
