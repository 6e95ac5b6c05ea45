/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.spi;

import software.amazon.awssdk.services.sagemaker.model.*;

/**
 * One capability of the SageMaker control plane: AutoML (Autopilot) jobs, version 1 and 2. Each method takes and returns the AWS SDK for
 * Java v2 model class of the service operation of the same name, so a request built for one backend is
 * valid for every other and for the service itself.
 *
 * <p>A backend offers this capability under {@link #CAPABILITY}; callers reach it with
 * {@code session.api(AutoMlApi.CAPABILITY)}. An implementation overrides the operations it serves; the
 * others throw {@link dev.sagemaker4j.exceptions.OperationNotSupportedException} naming the operation
 * and the backend, which is also what a backend without this capability answers.
 */
public interface AutoMlApi extends ServiceApi {

    /** The key under which a backend offers AutoML (Autopilot) jobs, version 1 and 2. */
    Capability<AutoMlApi> CAPABILITY = Capability.of(AutoMlApi.class, backend -> () -> backend);

    /**
     * The service operation CreateAutoMLJob.
     *
     * @param request the request, as for the service
     * @return the service's response
     */
    default CreateAutoMlJobResponse createAutoMLJob(CreateAutoMlJobRequest request) {
        throw unsupported("CreateAutoMLJob");
    }

    /**
     * The service operation DescribeAutoMLJob.
     *
     * @param request the request, as for the service
     * @return the service's response
     */
    default DescribeAutoMlJobResponse describeAutoMLJob(DescribeAutoMlJobRequest request) {
        throw unsupported("DescribeAutoMLJob");
    }

    /**
     * The service operation StopAutoMLJob.
     *
     * @param request the request, as for the service
     * @return the service's response
     */
    default StopAutoMlJobResponse stopAutoMLJob(StopAutoMlJobRequest request) {
        throw unsupported("StopAutoMLJob");
    }

    /**
     * The service operation ListAutoMLJobs.
     *
     * @param request the request, as for the service
     * @return the service's response
     */
    default ListAutoMlJobsResponse listAutoMLJobs(ListAutoMlJobsRequest request) {
        throw unsupported("ListAutoMLJobs");
    }

    /**
     * The service operation ListCandidatesForAutoMLJob.
     *
     * @param request the request, as for the service
     * @return the service's response
     */
    default ListCandidatesForAutoMlJobResponse listCandidatesForAutoMLJob(ListCandidatesForAutoMlJobRequest request) {
        throw unsupported("ListCandidatesForAutoMLJob");
    }

    /**
     * The service operation CreateAutoMLJobV2.
     *
     * @param request the request, as for the service
     * @return the service's response
     */
    default CreateAutoMlJobV2Response createAutoMLJobV2(CreateAutoMlJobV2Request request) {
        throw unsupported("CreateAutoMLJobV2");
    }

    /**
     * The service operation DescribeAutoMLJobV2.
     *
     * @param request the request, as for the service
     * @return the service's response
     */
    default DescribeAutoMlJobV2Response describeAutoMLJobV2(DescribeAutoMlJobV2Request request) {
        throw unsupported("DescribeAutoMLJobV2");
    }
}
