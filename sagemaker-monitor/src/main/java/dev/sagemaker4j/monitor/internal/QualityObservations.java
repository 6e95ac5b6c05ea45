/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.monitor.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * The labelled records of a model-quality analysis: per record the ground truth, the prediction (or null where
 * only a probability was given) and the probability (or null), as text, each with where it came from for the
 * error messages.
 */
final class QualityObservations {
    final List<String> actual = new ArrayList<>();
    final List<String> predicted = new ArrayList<>();
    final List<String> probability = new ArrayList<>();
    final List<String> where = new ArrayList<>();

    void add(String actualValue, String predictedValue, String probabilityValue, String source) {
        actual.add(actualValue);
        predicted.add(predictedValue);
        probability.add(probabilityValue);
        where.add(source);
    }

    int size() {
        return actual.size();
    }
}
