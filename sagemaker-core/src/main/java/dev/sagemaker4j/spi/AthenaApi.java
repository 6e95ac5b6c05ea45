/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.spi;

import software.amazon.awssdk.services.athena.model.GetQueryExecutionRequest;
import software.amazon.awssdk.services.athena.model.GetQueryExecutionResponse;
import software.amazon.awssdk.services.athena.model.GetQueryResultsRequest;
import software.amazon.awssdk.services.athena.model.GetQueryResultsResponse;
import software.amazon.awssdk.services.athena.model.StartQueryExecutionRequest;
import software.amazon.awssdk.services.athena.model.StartQueryExecutionResponse;

/**
 * The Amazon Athena operations a feature group's offline store is queried with on the service, as the Python
 * SDK's {@code AthenaQuery} runs them: start a query, wait for it, read its result. The {@code sagemaker}
 * backend offers it; the local backend answers offline queries in-process and does not.
 *
 * <pre>{@code
 * String id = session.api(AthenaApi.CAPABILITY).startQueryExecution(StartQueryExecutionRequest.builder()
 *         .queryString(sql)
 *         .queryExecutionContext(c -> c.catalog("AwsDataCatalog").database("sagemaker_featurestore"))
 *         .resultConfiguration(c -> c.outputLocation("s3://bucket/athena/")).build()).queryExecutionId();
 * }</pre>
 */
public interface AthenaApi extends ServiceApi {

    /** The key under which a backend offers Athena. */
    Capability<AthenaApi> CAPABILITY = Capability.of(AthenaApi.class, backend -> () -> backend);

    /**
     * The service operation StartQueryExecution.
     *
     * @param request the request
     * @return the response
     */
    default StartQueryExecutionResponse startQueryExecution(StartQueryExecutionRequest request) {
        throw unsupported("StartQueryExecution");
    }

    /**
     * The service operation GetQueryExecution.
     *
     * @param request the request
     * @return the response
     */
    default GetQueryExecutionResponse getQueryExecution(GetQueryExecutionRequest request) {
        throw unsupported("GetQueryExecution");
    }

    /**
     * The service operation GetQueryResults.
     *
     * @param request the request
     * @return the response
     */
    default GetQueryResultsResponse getQueryResults(GetQueryResultsRequest request) {
        throw unsupported("GetQueryResults");
    }
}
