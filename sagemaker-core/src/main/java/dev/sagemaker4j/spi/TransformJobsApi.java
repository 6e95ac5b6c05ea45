/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.spi;

import software.amazon.awssdk.services.sagemaker.model.*;

/**
 * One capability of the SageMaker control plane: batch transform jobs. Each method takes and returns the AWS SDK for
 * Java v2 model class of the service operation of the same name, so a request built for one backend is
 * valid for every other and for the service itself.
 *
 * <p>A backend offers this capability under {@link #CAPABILITY}; callers reach it with
 * {@code session.api(TransformJobsApi.CAPABILITY)}. An implementation overrides the operations it serves; the
 * others throw {@link dev.sagemaker4j.exceptions.OperationNotSupportedException} naming the operation
 * and the backend, which is also what a backend without this capability answers.
 */
public interface TransformJobsApi extends ServiceApi {

    /** The key under which a backend offers batch transform jobs. */
    Capability<TransformJobsApi> CAPABILITY = Capability.of(TransformJobsApi.class, backend -> () -> backend);

    /**
     * The service operation CreateTransformJob.
     *
     * @param request the request, as for the service
     * @return the service's response
     */
    default CreateTransformJobResponse createTransformJob(CreateTransformJobRequest request) {
        throw unsupported("CreateTransformJob");
    }

    /**
     * The service operation DescribeTransformJob.
     *
     * @param request the request, as for the service
     * @return the service's response
     */
    default DescribeTransformJobResponse describeTransformJob(DescribeTransformJobRequest request) {
        throw unsupported("DescribeTransformJob");
    }

    /**
     * The service operation StopTransformJob.
     *
     * @param request the request, as for the service
     * @return the service's response
     */
    default StopTransformJobResponse stopTransformJob(StopTransformJobRequest request) {
        throw unsupported("StopTransformJob");
    }

    /**
     * The service operation ListTransformJobs.
     *
     * @param request the request, as for the service
     * @return the service's response
     */
    default ListTransformJobsResponse listTransformJobs(ListTransformJobsRequest request) {
        throw unsupported("ListTransformJobs");
    }
}
