/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.estimator.internal;

import static dev.sagemaker4j.testsupport.FuzzChecks.typedOnly;
import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.sagemaker4j.exceptions.ValidationException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Fuzz targets for the training channel readers: label-first CSV (with and without a weight column)
 * and LibSVM. Contract: a bad file is a {@link ValidationException} naming the channel, the file,
 * the line and the value, in time bounded by the file's length; what is read is a consistent table
 * (dense values rows x cols, sparse column indices below cols).
 */
class TabularDataFuzzTest {
    private static Path file;

    /** The first byte says whether there is a label (bit 0) and a weight column (bit 1), the rest is the file. */
    @FuzzTest(maxDuration = "10m")
    void csv(byte[] input) throws Exception {
        if (input.length == 0) {
            return;
        }
        boolean hasLabel = (input[0] & 1) == 1;
        boolean hasWeight = hasLabel && (input[0] & 2) == 2;
        byte[] bytes = Arrays.copyOfRange(input, 1, input.length);
        Path f = write(bytes);
        typedOnly(bytes.length, () -> {
            TabularData t = TabularData.readCsv("train", List.of(f), hasLabel, hasWeight);
            assertThat(t.rows).isPositive();
            assertThat(t.dense).hasSize(t.rows * t.cols);
            if (hasLabel) {
                assertThat(t.labels).hasSize(t.rows);
            }
        }, ValidationException.class);
    }

    @FuzzTest(maxDuration = "10m")
    void libsvm(byte[] bytes) throws Exception {
        Path f = write(bytes);
        typedOnly(bytes.length, () -> {
            TabularData t = TabularData.readLibSvm("train", List.of(f));
            assertThat(t.rows).isPositive();
            assertThat(t.cols).isNotNegative();
            assertThat(t.labels).hasSize(t.rows);
            assertThat(t.rowOffsets).hasSize(t.rows + 1);
            for (int c : t.colIndices) {
                assertThat(c).isBetween(0, t.cols - 1);
            }
        }, ValidationException.class);
    }

    private static synchronized Path write(byte[] bytes) throws IOException {
        if (file == null) {
            file = Files.createTempFile("tabular-fuzz", ".data");
        }
        return Files.write(file, bytes);
    }
}
