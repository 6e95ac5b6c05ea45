/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.npy;

import static dev.sagemaker4j.testsupport.FuzzChecks.typedOnly;
import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.sagemaker4j.exceptions.ValidationException;

/**
 * Fuzz target for the {@code .npy} reader (magic, version, header dictionary, data). Contract: bytes
 * that are not an array this library reads give a {@link ValidationException} with the byte offset;
 * what it does read writes back to the same array.
 */
class NpyFuzzTest {
    @FuzzTest(maxDuration = "10m")
    void read(byte[] npy) throws Exception {
        typedOnly(npy.length, () -> {
            NpyArray array = Npy.fromBytes(npy);
            assertThat(Npy.fromBytes(Npy.toBytes(array))).isEqualTo(array);
            if (array.dtype().isInteger() || array.dtype().isFloatingPoint()) {
                assertThat(array.toDoubleArray()).hasSize(Math.toIntExact(array.size()));
                assertThat(array.toCOrder().shape()).isEqualTo(array.shape());
            }
        }, ValidationException.class);
    }
}
