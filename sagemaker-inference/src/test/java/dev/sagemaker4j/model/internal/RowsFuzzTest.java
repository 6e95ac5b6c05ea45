/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.model.internal;

import static dev.sagemaker4j.testsupport.FuzzChecks.typedOnly;
import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.sagemaker4j.model.runtime.ModelInvocationException;
import dev.sagemaker4j.model.runtime.Rows;
import java.util.Arrays;
import java.util.List;

/**
 * Fuzz targets for the request readers of the in-process model runtimes: CSV (rows and the flat
 * fast path), LibSVM, JSON, JSON Lines and {@code .npy}. Contract: a bad body is a
 * {@link ModelInvocationException} with a 4xx status naming the record (and column), in time and
 * memory bounded by the body's length; what is read has the row width asked for.
 */
class RowsFuzzTest {
    private static final List<String> TYPES = List.of("text/csv", "text/libsvm", "application/json",
            "application/jsonlines", "application/x-npy");

    @FuzzTest(maxDuration = "10m")
    void csv(byte[] body) throws Exception {
        typedOnly(body.length, () -> {
            float[][] rows = Rows.csv(body);
            assertThat(rows).isNotEmpty();
        }, ModelInvocationException.class);
    }

    /** The first byte picks the feature count (1 to 8), the rest is the body. */
    @FuzzTest(maxDuration = "10m")
    void csvFlat(byte[] input) throws Exception {
        if (input.length == 0) {
            return;
        }
        int features = (input[0] & 0xFF) % 8 + 1;
        byte[] body = Arrays.copyOfRange(input, 1, input.length);
        typedOnly(body.length, () -> {
            float[] flat = Rows.csvFlat(body, features);
            assertThat(flat.length % features).isZero();
            assertThat(flat.length).isPositive();
        }, ModelInvocationException.class);
    }

    /**
     * The first byte picks the content type (modulo 5, in the order of {@code TYPES}), the second the
     * feature count (modulo 10, minus 1: -1 for any, or 0 to 8), the rest is the body.
     */
    @FuzzTest(maxDuration = "10m")
    void decode(byte[] input) throws Exception {
        if (input.length < 2) {
            return;
        }
        String type = TYPES.get((input[0] & 0xFF) % TYPES.size());
        int features = (input[1] & 0xFF) % 10 - 1;
        byte[] body = Arrays.copyOfRange(input, 2, input.length);
        typedOnly(body.length, () -> {
            try {
                float[][] rows = Rows.decode(body, type, features, TYPES);
                for (float[] row : rows) {
                    assertThat(row).hasSize(features >= 0 ? features : rows[0].length);
                }
            } catch (ModelInvocationException e) {
                assertThat(e.statusCode()).as(e.getMessage()).isBetween(400, 499);
                throw e;
            }
        }, ModelInvocationException.class);
    }
}
