/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.spi;

import java.util.List;

/**
 * The metric time series of training jobs, as CloudWatch keeps them for the service (namespace
 * {@code /aws/sagemaker/TrainingJobs}) and as {@code metrics.jsonl} next to the job record for the
 * local backend.
 */
public interface MetricsApi {

    /**
     * Every value a training job reported, in the order reported.
     *
     * @param jobName the training job name
     * @return the values
     */
    List<MetricPoint> trainingJobMetrics(String jobName);
}
