/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.spi;

import java.util.List;

/**
 * The log lines of jobs, as CloudWatch Logs keeps them for the service (log group
 * {@code /aws/sagemaker/TrainingJobs} and friends, one stream per host) and as files under the
 * session root for the local backend.
 */
public interface LogsApi {

    /**
     * Reads log lines of one job from a position.
     *
     * @param logGroup  e.g. {@code /aws/sagemaker/TrainingJobs}
     * @param jobName   the job name
     * @param fromLine  the number of lines already read (0 to read from the start)
     * @return the lines from that position on, in order; empty when there are none yet
     */
    List<String> readLog(String logGroup, String jobName, long fromLine);

    /** Log group of training jobs. */
    String TRAINING_JOBS = "/aws/sagemaker/TrainingJobs";
    /** Log group of processing jobs. */
    String PROCESSING_JOBS = "/aws/sagemaker/ProcessingJobs";
    /** Log group of batch transform jobs. */
    String TRANSFORM_JOBS = "/aws/sagemaker/TransformJobs";
    /** Log group of endpoints. */
    String ENDPOINTS = "/aws/sagemaker/Endpoints";
}
