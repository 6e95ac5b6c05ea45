/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.spi;

import software.amazon.awssdk.services.sagemaker.model.*;

/**
 * One capability of the SageMaker control plane: training jobs (the local backend: {@code LocalTraining}). Each method takes and returns the AWS SDK for
 * Java v2 model class of the service operation of the same name, so a request built for one backend is
 * valid for every other and for the service itself.
 *
 * <p>A backend offers this capability under {@link #CAPABILITY}; callers reach it with
 * {@code session.api(TrainingJobsApi.CAPABILITY)}. An implementation overrides the operations it serves; the
 * others throw {@link dev.sagemaker4j.exceptions.OperationNotSupportedException} naming the operation
 * and the backend, which is also what a backend without this capability answers.
 */
public interface TrainingJobsApi extends ServiceApi {

    /** The key under which a backend offers training jobs (the local backend: {@code LocalTraining}). */
    Capability<TrainingJobsApi> CAPABILITY = Capability.of(TrainingJobsApi.class, backend -> () -> backend);

    /**
     * The service operation CreateTrainingJob.
     *
     * @param request the request, as for the service
     * @return the service's response
     */
    default CreateTrainingJobResponse createTrainingJob(CreateTrainingJobRequest request) {
        throw unsupported("CreateTrainingJob");
    }

    /**
     * The service operation DescribeTrainingJob.
     *
     * @param request the request, as for the service
     * @return the service's response
     */
    default DescribeTrainingJobResponse describeTrainingJob(DescribeTrainingJobRequest request) {
        throw unsupported("DescribeTrainingJob");
    }

    /**
     * The service operation StopTrainingJob.
     *
     * @param request the request, as for the service
     * @return the service's response
     */
    default StopTrainingJobResponse stopTrainingJob(StopTrainingJobRequest request) {
        throw unsupported("StopTrainingJob");
    }

    /**
     * The service operation UpdateTrainingJob: the profiler configuration and rules of a job in progress,
     * its remote-debug setting, or the keep-alive period of its warm pool.
     *
     * @param request the request, as for the service
     * @return the service's response
     */
    default UpdateTrainingJobResponse updateTrainingJob(UpdateTrainingJobRequest request) {
        throw unsupported("UpdateTrainingJob");
    }

    /**
     * The service operation ListTrainingJobs.
     *
     * @param request the request, as for the service
     * @return the service's response
     */
    default ListTrainingJobsResponse listTrainingJobs(ListTrainingJobsRequest request) {
        throw unsupported("ListTrainingJobs");
    }
}
