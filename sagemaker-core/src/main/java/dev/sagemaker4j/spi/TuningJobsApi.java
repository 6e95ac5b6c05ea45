/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.spi;

import software.amazon.awssdk.services.sagemaker.model.*;

/**
 * One capability of the SageMaker control plane: hyperparameter tuning jobs. Each method takes and returns the AWS SDK for
 * Java v2 model class of the service operation of the same name, so a request built for one backend is
 * valid for every other and for the service itself.
 *
 * <p>A backend offers this capability under {@link #CAPABILITY}; callers reach it with
 * {@code session.api(TuningJobsApi.CAPABILITY)}. An implementation overrides the operations it serves; the
 * others throw {@link dev.sagemaker4j.exceptions.OperationNotSupportedException} naming the operation
 * and the backend, which is also what a backend without this capability answers.
 */
public interface TuningJobsApi extends ServiceApi {

    /** The key under which a backend offers hyperparameter tuning jobs. */
    Capability<TuningJobsApi> CAPABILITY = Capability.of(TuningJobsApi.class, backend -> () -> backend);

    /**
     * The service operation CreateHyperParameterTuningJob.
     *
     * @param request the request, as for the service
     * @return the service's response
     */
    default CreateHyperParameterTuningJobResponse createHyperParameterTuningJob(CreateHyperParameterTuningJobRequest request) {
        throw unsupported("CreateHyperParameterTuningJob");
    }

    /**
     * The service operation DescribeHyperParameterTuningJob.
     *
     * @param request the request, as for the service
     * @return the service's response
     */
    default DescribeHyperParameterTuningJobResponse describeHyperParameterTuningJob(DescribeHyperParameterTuningJobRequest request) {
        throw unsupported("DescribeHyperParameterTuningJob");
    }

    /**
     * The service operation StopHyperParameterTuningJob.
     *
     * @param request the request, as for the service
     * @return the service's response
     */
    default StopHyperParameterTuningJobResponse stopHyperParameterTuningJob(StopHyperParameterTuningJobRequest request) {
        throw unsupported("StopHyperParameterTuningJob");
    }

    /**
     * The service operation ListHyperParameterTuningJobs.
     *
     * @param request the request, as for the service
     * @return the service's response
     */
    default ListHyperParameterTuningJobsResponse listHyperParameterTuningJobs(ListHyperParameterTuningJobsRequest request) {
        throw unsupported("ListHyperParameterTuningJobs");
    }

    /**
     * The service operation ListTrainingJobsForHyperParameterTuningJob.
     *
     * @param request the request, as for the service
     * @return the service's response
     */
    default ListTrainingJobsForHyperParameterTuningJobResponse listTrainingJobsForHyperParameterTuningJob(ListTrainingJobsForHyperParameterTuningJobRequest request) {
        throw unsupported("ListTrainingJobsForHyperParameterTuningJob");
    }
}
