/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.internal.local;

import dev.sagemaker4j.spi.SageMakerApi;
import dev.sagemaker4j.utils.Names;
import software.amazon.awssdk.services.sagemaker.model.DescribeHyperParameterTuningJobRequest;
import software.amazon.awssdk.services.sagemaker.model.DescribeHyperParameterTuningJobResponse;
import software.amazon.awssdk.services.sagemaker.model.DescribeProcessingJobRequest;
import software.amazon.awssdk.services.sagemaker.model.DescribeProcessingJobResponse;
import software.amazon.awssdk.services.sagemaker.model.DescribeTransformJobRequest;
import software.amazon.awssdk.services.sagemaker.model.DescribeTransformJobResponse;

/**
 * Describe operations for the records of processing, transform and tuning jobs, read from the job
 * engine's store whichever part created them (endpoints are described by the hosting part).
 */
public final class LocalRecords implements LocalComponent, SageMakerApi {
    private final JobStore jobs;

    /**
     * Creates the part.
     *
     * @param jobs the job records
     */
    public LocalRecords(JobStore jobs) {
        this.jobs = jobs;
    }

    @Override
    public String backendName() {
        return "local";
    }

    @Override
    public SageMakerApi sageMakerApi() {
        return this;
    }

    @Override
    public DescribeProcessingJobResponse describeProcessingJob(DescribeProcessingJobRequest request) {
        return jobs.get(JobKind.PROCESSING, Names.validateName("ProcessingJobName", request.processingJobName()));
    }

    @Override
    public DescribeTransformJobResponse describeTransformJob(DescribeTransformJobRequest request) {
        return jobs.get(JobKind.TRANSFORM, Names.validateName("TransformJobName", request.transformJobName()));
    }

    @Override
    public DescribeHyperParameterTuningJobResponse describeHyperParameterTuningJob(
            DescribeHyperParameterTuningJobRequest request) {
        return jobs.get(JobKind.TUNING, Names.validateName("HyperParameterTuningJobName",
                request.hyperParameterTuningJobName()));
    }
}
