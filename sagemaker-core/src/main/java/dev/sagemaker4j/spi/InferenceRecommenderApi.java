/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.spi;

import software.amazon.awssdk.services.sagemaker.model.*;

/**
 * One capability of the SageMaker control plane: Inference Recommender jobs. Each method takes and returns the AWS SDK for
 * Java v2 model class of the service operation of the same name, so a request built for one backend is
 * valid for every other and for the service itself.
 *
 * <p>A backend offers this capability under {@link #CAPABILITY}; callers reach it with
 * {@code session.api(InferenceRecommenderApi.CAPABILITY)}. An implementation overrides the operations it serves; the
 * others throw {@link dev.sagemaker4j.exceptions.OperationNotSupportedException} naming the operation
 * and the backend, which is also what a backend without this capability answers.
 */
public interface InferenceRecommenderApi extends ServiceApi {

    /** The key under which a backend offers Inference Recommender jobs. */
    Capability<InferenceRecommenderApi> CAPABILITY = Capability.of(InferenceRecommenderApi.class, backend -> () -> backend);

    /**
     * The service operation CreateInferenceRecommendationsJob.
     *
     * @param request the request, as for the service
     * @return the service's response
     */
    default CreateInferenceRecommendationsJobResponse createInferenceRecommendationsJob(CreateInferenceRecommendationsJobRequest request) {
        throw unsupported("CreateInferenceRecommendationsJob");
    }

    /**
     * The service operation DescribeInferenceRecommendationsJob.
     *
     * @param request the request, as for the service
     * @return the service's response
     */
    default DescribeInferenceRecommendationsJobResponse describeInferenceRecommendationsJob(DescribeInferenceRecommendationsJobRequest request) {
        throw unsupported("DescribeInferenceRecommendationsJob");
    }

    /**
     * The service operation StopInferenceRecommendationsJob.
     *
     * @param request the request, as for the service
     * @return the service's response
     */
    default StopInferenceRecommendationsJobResponse stopInferenceRecommendationsJob(StopInferenceRecommendationsJobRequest request) {
        throw unsupported("StopInferenceRecommendationsJob");
    }

    /**
     * The service operation ListInferenceRecommendationsJobs.
     *
     * @param request the request, as for the service
     * @return the service's response
     */
    default ListInferenceRecommendationsJobsResponse listInferenceRecommendationsJobs(ListInferenceRecommendationsJobsRequest request) {
        throw unsupported("ListInferenceRecommendationsJobs");
    }

    /**
     * The service operation ListInferenceRecommendationsJobSteps.
     *
     * @param request the request, as for the service
     * @return the service's response
     */
    default ListInferenceRecommendationsJobStepsResponse listInferenceRecommendationsJobSteps(ListInferenceRecommendationsJobStepsRequest request) {
        throw unsupported("ListInferenceRecommendationsJobSteps");
    }
}
