/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.estimator;

import dev.sagemaker4j.Session;
import dev.sagemaker4j.spi.TrainingJobsApi;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import software.amazon.awssdk.services.sagemaker.model.DescribeTrainingJobRequest;
import software.amazon.awssdk.services.sagemaker.model.DescribeTrainingJobResponse;
import software.amazon.awssdk.services.sagemaker.model.StopTrainingJobRequest;

/**
 * A handle on one training job, as {@code estimator.latest_training_job} in Python. Needs no
 * closing.
 *
 * <pre>{@code
 * TrainingJob job = estimator.fit(inputs, f -> f.wait(false));
 * job.waitForCompletion();
 * job.describe().finalMetricDataList();
 * }</pre>
 */
public final class TrainingJob {
    private final String name;
    private final Session session;

    /**
     * Creates a handle.
     *
     * @param name    the job name
     * @param session the session the job runs in
     */
    public TrainingJob(String name, Session session) {
        this.name = Objects.requireNonNull(name, "name");
        this.session = Objects.requireNonNull(session, "session");
    }

    /**
     * The job name.
     *
     * @return the name
     */
    public String name() {
        return name;
    }

    /**
     * The service's description of the job now.
     *
     * @return DescribeTrainingJob's response
     */
    public DescribeTrainingJobResponse describe() {
        return session.api(TrainingJobsApi.CAPABILITY).describeTrainingJob(DescribeTrainingJobRequest.builder()
                .trainingJobName(name).build());
    }

    /**
     * The job's status now.
     *
     * @return {@code InProgress}, {@code Completed}, {@code Failed}, {@code Stopping} or {@code Stopped}
     */
    public String status() {
        return describe().trainingJobStatusAsString();
    }

    /**
     * Waits for the job to end without showing its log.
     *
     * @return the final description
     * @throws dev.sagemaker4j.exceptions.UnexpectedStatusException when the job failed
     */
    public DescribeTrainingJobResponse waitForCompletion() {
        return waitForCompletion(false);
    }

    /**
     * Waits for the job to end; with {@code logs}, follows its log through SLF4J (logger
     * {@code dev.sagemaker4j.jobs.<name>}, level info) as {@code logs=True} prints it in Python.
     *
     * @param logs whether to follow the log
     * @return the final description
     * @throws dev.sagemaker4j.exceptions.UnexpectedStatusException when the job failed
     */
    public DescribeTrainingJobResponse waitForCompletion(boolean logs) {
        if (logs) {
            return session.logsForJob(name, l -> l.wait(true));
        }
        return session.waitForJob(name);
    }

    /**
     * Waits for the job to end, at most for a time.
     *
     * @param timeout the longest wait
     * @return the final description
     * @throws dev.sagemaker4j.exceptions.WaiterTimeoutException when the time runs out first
     */
    public DescribeTrainingJobResponse waitForCompletion(Duration timeout) {
        return session.waitForJob(name, timeout);
    }

    /**
     * Asks the job to stop (StopTrainingJob).
     */
    public void stop() {
        session.api(TrainingJobsApi.CAPABILITY).stopTrainingJob(StopTrainingJobRequest.builder().trainingJobName(name).build());
    }

    /**
     * The Debugger and profiler rule evaluations of the job, as {@code rule_job_summary()}: the
     * DebugRuleEvaluationStatuses, then the ProfilerRuleEvaluationStatuses (none locally: rules are not run).
     *
     * @return the statuses, each a {@code DebugRuleEvaluationStatus} or {@code ProfilerRuleEvaluationStatus}
     */
    public List<Object> ruleJobSummary() {
        DescribeTrainingJobResponse d = describe();
        List<Object> all = new java.util.ArrayList<>(d.debugRuleEvaluationStatuses());
        all.addAll(d.profilerRuleEvaluationStatuses());
        return all;
    }

    /**
     * The job's log lines so far.
     *
     * @return the lines
     */
    public List<String> logs() {
        return session.logsForJob(name);
    }

    @Override
    public String toString() {
        return "TrainingJob[" + name + "]";
    }
}
