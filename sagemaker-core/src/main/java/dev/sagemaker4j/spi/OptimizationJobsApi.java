/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.spi;

import software.amazon.awssdk.services.sagemaker.model.*;

/**
 * One capability of the SageMaker control plane: inference optimization jobs. Each method takes and returns the AWS SDK for
 * Java v2 model class of the service operation of the same name, so a request built for one backend is
 * valid for every other and for the service itself.
 *
 * <p>A backend offers this capability under {@link #CAPABILITY}; callers reach it with
 * {@code session.api(OptimizationJobsApi.CAPABILITY)}. An implementation overrides the operations it serves; the
 * others throw {@link dev.sagemaker4j.exceptions.OperationNotSupportedException} naming the operation
 * and the backend, which is also what a backend without this capability answers.
 */
public interface OptimizationJobsApi extends ServiceApi {

    /** The key under which a backend offers inference optimization jobs. */
    Capability<OptimizationJobsApi> CAPABILITY = Capability.of(OptimizationJobsApi.class, backend -> () -> backend);

    /**
     * The service operation CreateOptimizationJob.
     *
     * @param request the request, as for the service
     * @return the service's response
     */
    default CreateOptimizationJobResponse createOptimizationJob(CreateOptimizationJobRequest request) {
        throw unsupported("CreateOptimizationJob");
    }

    /**
     * The service operation DescribeOptimizationJob.
     *
     * @param request the request, as for the service
     * @return the service's response
     */
    default DescribeOptimizationJobResponse describeOptimizationJob(DescribeOptimizationJobRequest request) {
        throw unsupported("DescribeOptimizationJob");
    }

    /**
     * The service operation StopOptimizationJob.
     *
     * @param request the request, as for the service
     * @return the service's response
     */
    default StopOptimizationJobResponse stopOptimizationJob(StopOptimizationJobRequest request) {
        throw unsupported("StopOptimizationJob");
    }

    /**
     * The service operation ListOptimizationJobs.
     *
     * @param request the request, as for the service
     * @return the service's response
     */
    default ListOptimizationJobsResponse listOptimizationJobs(ListOptimizationJobsRequest request) {
        throw unsupported("ListOptimizationJobs");
    }

    /**
     * The service operation DeleteOptimizationJob.
     *
     * @param request the request, as for the service
     * @return the service's response
     */
    default DeleteOptimizationJobResponse deleteOptimizationJob(DeleteOptimizationJobRequest request) {
        throw unsupported("DeleteOptimizationJob");
    }
}
