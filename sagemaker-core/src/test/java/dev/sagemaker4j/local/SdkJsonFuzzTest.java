/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.local;

import static dev.sagemaker4j.testsupport.FuzzChecks.typedOnly;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.sagemaker4j.exceptions.ValidationException;
import dev.sagemaker4j.local.SdkJson;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.services.sagemaker.model.CreateEndpointConfigRequest;
import software.amazon.awssdk.services.sagemaker.model.CreateTrainingJobRequest;
import software.amazon.awssdk.services.sagemaker.model.CreateTransformJobRequest;
import software.amazon.awssdk.services.sagemaker.model.ListTrainingJobsRequest;

/**
 * Fuzz target for the SDK-shape JSON reader behind the local API server's control plane. Contract:
 * JSON that is malformed or has a member of the wrong type is a {@link ValidationException} naming
 * the member; the result writes back to JSON.
 */
class SdkJsonFuzzTest {
    private static final List<Function<String, SdkPojo>> SHAPES = List.of(
            json -> SdkJson.fromJson(json, CreateTrainingJobRequest::builder),
            json -> SdkJson.fromJson(json, CreateEndpointConfigRequest::builder),
            json -> SdkJson.fromJson(json, CreateTransformJobRequest::builder),
            json -> SdkJson.fromJson(json, ListTrainingJobsRequest::builder));

    /** The first byte picks the request shape (modulo 4), the rest is the JSON body in UTF-8. */
    @FuzzTest(maxDuration = "10m")
    void fromJson(byte[] input) throws Exception {
        if (input.length == 0) {
            return;
        }
        Function<String, SdkPojo> shape = SHAPES.get((input[0] & 0xFF) % SHAPES.size());
        String json = new String(input, 1, input.length - 1, StandardCharsets.UTF_8);
        typedOnly(json.length(), () -> {
            SdkJson.toJsonString(shape.apply(json));
        }, ValidationException.class);
    }
}
