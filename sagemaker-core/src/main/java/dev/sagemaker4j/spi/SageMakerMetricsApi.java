/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.spi;

import software.amazon.awssdk.services.sagemakermetrics.model.BatchGetMetricsRequest;
import software.amazon.awssdk.services.sagemakermetrics.model.BatchGetMetricsResponse;
import software.amazon.awssdk.services.sagemakermetrics.model.BatchPutMetricsRequest;
import software.amazon.awssdk.services.sagemakermetrics.model.BatchPutMetricsResponse;

/**
 * The {@code sagemaker-metrics} service: the metric values an experiment run logs ({@code Run.logMetric} sends
 * them with BatchPutMetrics, as the Python SDK's {@code _MetricsManager} does). A service of its own, beside the
 * {@code sagemaker} control plane, as on AWS; each method takes and returns the AWS SDK for Java v2 model class of
 * the operation of the same name.
 *
 * <p>A backend offers this capability under {@link #CAPABILITY}; callers reach it with
 * {@code session.api(SageMakerMetricsApi.CAPABILITY)}. An implementation overrides the operations it serves; the
 * others throw {@link dev.sagemaker4j.exceptions.OperationNotSupportedException}.
 */
public interface SageMakerMetricsApi extends ServiceApi {

    /** The key under which a backend offers the {@code sagemaker-metrics} service. */
    Capability<SageMakerMetricsApi> CAPABILITY = Capability.of(SageMakerMetricsApi.class,
            backend -> () -> backend);

    /**
     * The service operation BatchPutMetrics.
     *
     * @param request the request, as for the service
     * @return the service's response: the values it refused, each with its index and error code
     */
    default BatchPutMetricsResponse batchPutMetrics(BatchPutMetricsRequest request) {
        throw unsupported("BatchPutMetrics");
    }

    /**
     * The service operation BatchGetMetrics.
     *
     * @param request the request, as for the service
     * @return the service's response
     */
    default BatchGetMetricsResponse batchGetMetrics(BatchGetMetricsRequest request) {
        throw unsupported("BatchGetMetrics");
    }
}
