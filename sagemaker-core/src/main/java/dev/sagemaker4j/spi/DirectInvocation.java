/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.spi;

import dev.sagemaker4j.npy.NpyArray;

/**
 * The in-process fast path of InvokeEndpoint: rows of features straight to the model and its
 * outputs back as an array, without encoding either to bytes. Offered by backends that host models
 * in this JVM; a {@code Predictor} with typed input and a numpy deserializer uses it. Variant
 * choice, capacity limits and data capture behave as for InvokeEndpoint.
 */
public interface DirectInvocation {

    /** The key under which a backend that hosts models in this JVM offers the fast path. */
    Capability<DirectInvocation> CAPABILITY = Capability.optional(DirectInvocation.class);

    /**
     * Predicts on rows.
     *
     * @param endpointName  the endpoint
     * @param targetVariant the variant, or {@code null} to split by weight
     * @param targetModel   the model of a multi-model endpoint, or {@code null}
     * @param rows          the input rows
     * @return the outputs as the numpy deserializer would read them from the model's
     *         {@code application/x-npy} answer (one output a record: a 1-D array of the records;
     *         several: records x outputs), or {@code null} when this endpoint's model has no typed
     *         path
     */
    NpyArray invokeArray(String endpointName, String targetVariant, String targetModel, float[][] rows);

    /**
     * Predicts on an array of any rank (a CNN's {@code [N, 1, 8, 8]}), for models whose input is a tensor
     * rather than rows.
     *
     * @param endpointName  the endpoint
     * @param targetVariant the variant, or {@code null} to split by weight
     * @param targetModel   the model of a multi-model endpoint, or {@code null}
     * @param input         the input, its first dimension the records
     * @return what the numpy deserializer would read from the model's {@code application/x-npy} answer, or
     *         {@code null} when this endpoint's model has no typed path for tensors
     */
    default NpyArray invokeTensor(String endpointName, String targetVariant, String targetModel, NpyArray input) {
        return null;
    }
}
