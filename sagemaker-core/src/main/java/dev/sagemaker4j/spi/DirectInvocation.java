/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.spi;

/**
 * The in-process fast path of InvokeEndpoint: rows of features straight to the model and rows of
 * outputs back, without encoding either to bytes. Offered by backends that host models in this
 * JVM; a {@code Predictor} with typed input and a numpy deserializer uses it. Variant choice,
 * capacity limits and data capture behave as for InvokeEndpoint.
 */
public interface DirectInvocation {

    /**
     * Predicts on rows.
     *
     * @param endpointName  the endpoint
     * @param targetVariant the variant, or {@code null} to split by weight
     * @param targetModel   the model of a multi-model endpoint, or {@code null}
     * @param rows          the input rows
     * @return one output row per input row, or {@code null} when this endpoint's model has no typed path
     */
    float[][] invokeRows(String endpointName, String targetVariant, String targetModel, float[][] rows);
}
