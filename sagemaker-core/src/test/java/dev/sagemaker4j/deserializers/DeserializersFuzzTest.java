/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.deserializers;

import static dev.sagemaker4j.testsupport.FuzzChecks.typedOnly;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.sagemaker4j.exceptions.ValidationException;
import java.io.ByteArrayInputStream;
import java.util.Arrays;

/**
 * Fuzz targets for the response deserializers that parse text: CSV, JSON, JSON Lines and the
 * NumPy deserializer's CSV and JSON paths. Contract: a bad body is a {@link ValidationException}
 * naming line and column, in time bounded by the body's length. The regression inputs live in
 * {@code src/test/resources/dev/sagemaker4j/deserializers/DeserializersFuzzTestInputs/<method>/};
 * {@code benchmarks/fuzz/run.sh} fuzzes each method with {@code JAZZER_FUZZ=1}.
 */
class DeserializersFuzzTest {
    @FuzzTest(maxDuration = "10m")
    void csv(byte[] body) throws Exception {
        typedOnly(body.length, () -> new CSVDeserializer().deserialize(new ByteArrayInputStream(body),
                "text/csv; charset=utf-8"), ValidationException.class);
    }

    @FuzzTest(maxDuration = "10m")
    void json(byte[] body) throws Exception {
        typedOnly(body.length, () -> new JSONDeserializer().deserialize(new ByteArrayInputStream(body),
                "application/json"), ValidationException.class);
    }

    @FuzzTest(maxDuration = "10m")
    void jsonLines(byte[] body) throws Exception {
        typedOnly(body.length, () -> new JSONLinesDeserializer().deserialize(new ByteArrayInputStream(body),
                "application/jsonlines"), ValidationException.class);
    }

    /** The first byte picks the content type (0 .npy, 1 CSV, 2 JSON, modulo 3), the rest is the body. */
    @FuzzTest(maxDuration = "10m")
    void numpy(byte[] input) throws Exception {
        if (input.length == 0) {
            return;
        }
        String type = new String[] {"application/x-npy", "text/csv", "application/json"}[(input[0] & 0xFF) % 3];
        byte[] body = Arrays.copyOfRange(input, 1, input.length);
        typedOnly(body.length, () -> new NumpyDeserializer().deserialize(new ByteArrayInputStream(body), type),
                ValidationException.class);
    }
}
