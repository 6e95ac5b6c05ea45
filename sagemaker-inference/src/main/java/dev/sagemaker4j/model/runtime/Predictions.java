/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.model.runtime;

import dev.sagemaker4j.npy.Npy;
import dev.sagemaker4j.npy.NpyArray;

/**
 * Predictions as a numpy array (for every runtime, a {@link ModelRuntimeProvider}'s included), the same for the
 * wire path ({@code application/x-npy}) and the in-process typed path: float32, 1-D {@code (rows,)} when every
 * record has one output, else 2-D {@code (rows, outputs)}.
 */
public final class Predictions {
    /** The content type. */
    public static final String NPY = "application/x-npy";

    private Predictions() {
    }

    /**
     * Predictions as an array.
     *
     * @param predictions one row of outputs per record
     * @return the array
     */
    public static NpyArray toNpy(float[][] predictions) {
        boolean single = true;
        for (float[] p : predictions) {
            single &= p.length == 1;
        }
        if (single) {
            float[] flat = new float[predictions.length];
            for (int i = 0; i < flat.length; i++) {
                flat[i] = predictions[i][0];
            }
            return NpyArray.of(flat);
        }
        return NpyArray.of(predictions);
    }

    /**
     * Predictions as .npy bytes.
     *
     * @param predictions one row of outputs per record
     * @return the bytes
     */
    public static byte[] npyBytes(float[][] predictions) {
        return Npy.toBytes(toNpy(predictions));
    }
}
