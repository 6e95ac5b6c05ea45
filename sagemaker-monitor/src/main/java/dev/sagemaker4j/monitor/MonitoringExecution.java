/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.monitor;

import dev.sagemaker4j.Session;
import dev.sagemaker4j.processing.ProcessingJob;
import software.amazon.awssdk.services.sagemaker.model.DescribeProcessingJobResponse;

/**
 * One monitoring execution, as Python's {@code MonitoringExecution}: the analyzer's processing job over a current
 * data set, checked against a baseline. Its {@link #status()} is the monitoring execution's: {@code Completed},
 * {@code CompletedWithViolations} (the job completed and constraint_violations.json lists at least one
 * violation), {@code Failed} (with {@link #failureReason()}), or the job's status while it runs.
 */
public final class MonitoringExecution {
    private final ProcessingJob job;
    private final String outputS3Uri;
    private final Session session;

    MonitoringExecution(ProcessingJob job, String outputS3Uri, Session session) {
        this.job = job;
        this.outputS3Uri = outputS3Uri;
        this.session = session;
    }

    /**
     * The processing job that ran the analyzer.
     *
     * @return the job
     */
    public ProcessingJob job() {
        return job;
    }

    /**
     * The job's name.
     *
     * @return the name
     */
    public String name() {
        return job.name();
    }

    /**
     * Where the reports go ({@code statistics.json}, {@code constraint_violations.json}).
     *
     * @return the S3 URI
     */
    public String outputS3Uri() {
        return outputS3Uri;
    }

    /**
     * The execution's status: {@code InProgress}, {@code Completed}, {@code CompletedWithViolations},
     * {@code Failed} or {@code Stopped}.
     *
     * @return the status
     */
    public String status() {
        String status = job.describe().processingJobStatusAsString();
        if ("Completed".equals(status) && !constraintViolations().violations().isEmpty()) {
            return "CompletedWithViolations";
        }
        return status;
    }

    /**
     * Why the execution failed.
     *
     * @return the job's FailureReason, or null
     */
    public String failureReason() {
        DescribeProcessingJobResponse d = job.describe();
        return d.failureReason();
    }

    /**
     * The current data set's statistics, as Python's {@code statistics()}.
     *
     * @return statistics.json of this execution
     * @throws dev.sagemaker4j.exceptions.ValidationException when the execution wrote none (it failed)
     */
    public Statistics statistics() {
        return Statistics.fromS3Uri(outputS3Uri + "/statistics.json", session);
    }

    /**
     * The violations found, as Python's {@code constraint_violations()}.
     *
     * @return constraint_violations.json of this execution
     * @throws dev.sagemaker4j.exceptions.ValidationException when the execution wrote none (it failed)
     */
    public ConstraintViolations constraintViolations() {
        return ConstraintViolations.fromS3Uri(outputS3Uri + "/constraint_violations.json", session);
    }

    @Override
    public String toString() {
        return "MonitoringExecution(" + job.name() + ")";
    }
}
