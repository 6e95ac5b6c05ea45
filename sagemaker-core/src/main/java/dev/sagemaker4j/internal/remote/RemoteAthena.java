/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.internal.remote;

import dev.sagemaker4j.spi.AthenaApi;
import java.util.function.Supplier;
import software.amazon.awssdk.services.athena.AthenaClient;
import software.amazon.awssdk.services.athena.model.GetQueryExecutionRequest;
import software.amazon.awssdk.services.athena.model.GetQueryExecutionResponse;
import software.amazon.awssdk.services.athena.model.GetQueryResultsRequest;
import software.amazon.awssdk.services.athena.model.GetQueryResultsResponse;
import software.amazon.awssdk.services.athena.model.StartQueryExecutionRequest;
import software.amazon.awssdk.services.athena.model.StartQueryExecutionResponse;

/**
 * Athena on AWS: each operation handed unchanged to the AWS SDK v2 {@link AthenaClient}, built on first use
 * (most sessions never query an offline store); service errors become the project's exceptions.
 */
final class RemoteAthena implements AthenaApi {
    private final Supplier<AthenaClient> client;

    RemoteAthena(Supplier<AthenaClient> client) {
        this.client = client;
    }

    @Override
    public String backendName() {
        return "sagemaker";
    }

    @Override
    public StartQueryExecutionResponse startQueryExecution(StartQueryExecutionRequest request) {
        return AwsErrors.call("StartQueryExecution", () -> client.get().startQueryExecution(request));
    }

    @Override
    public GetQueryExecutionResponse getQueryExecution(GetQueryExecutionRequest request) {
        return AwsErrors.call("GetQueryExecution", () -> client.get().getQueryExecution(request));
    }

    @Override
    public GetQueryResultsResponse getQueryResults(GetQueryResultsRequest request) {
        return AwsErrors.call("GetQueryResults", () -> client.get().getQueryResults(request));
    }
}
