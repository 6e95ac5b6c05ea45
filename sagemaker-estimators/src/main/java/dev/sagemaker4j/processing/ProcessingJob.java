/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.processing;

import dev.sagemaker4j.Session;
import dev.sagemaker4j.exceptions.ValidationException;
import dev.sagemaker4j.spi.ProcessingJobsApi;
import dev.sagemaker4j.utils.Names;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import software.amazon.awssdk.services.sagemaker.model.DescribeProcessingJobRequest;
import software.amazon.awssdk.services.sagemaker.model.DescribeProcessingJobResponse;
import software.amazon.awssdk.services.sagemaker.model.StopProcessingJobRequest;

/**
 * A handle on one processing job, as the Python SDK's {@code sagemaker.processing.ProcessingJob}: what a
 * processor's {@code run} returns, or {@link #attach(String, Session)} finds by name (also from another JVM on the
 * same session root). Needs no closing.
 *
 * <pre>{@code
 * ProcessingJob job = ProcessingJob.attach("prep-2026-01-01-00-00-00-000", Session.local(root));
 * job.waitForCompletion();
 * job.outputs().get(0).destination();
 * }</pre>
 */
public final class ProcessingJob {
    private final String name;
    private final Session session;
    private final List<ProcessingInput> inputs;
    private final List<ProcessingOutput> outputs;
    private final String outputKmsKey;

    /**
     * Creates a handle, as Python's {@code ProcessingJob(sagemaker_session, job_name, inputs, outputs,
     * output_kms_key)}.
     *
     * @param name         the job name
     * @param session      the session the job runs in
     * @param inputs       its inputs
     * @param outputs      its outputs
     * @param outputKmsKey the outputs' KMS key, or {@code null}
     */
    public ProcessingJob(String name, Session session, List<ProcessingInput> inputs, List<ProcessingOutput> outputs,
                         String outputKmsKey) {
        this.name = Objects.requireNonNull(name, "name");
        this.session = Objects.requireNonNull(session, "session");
        this.inputs = inputs == null ? List.of() : List.copyOf(inputs);
        this.outputs = outputs == null ? List.of() : List.copyOf(outputs);
        this.outputKmsKey = outputKmsKey;
    }

    /**
     * The handle of an existing job, as Python's {@code ProcessingJob.from_processing_name(sagemaker_session,
     * processing_job_name)}: its inputs and outputs are read from DescribeProcessingJob.
     *
     * @param processingJobName the job name
     * @param session           the session (a new one on the same root sees the job)
     * @return the handle
     * @throws dev.sagemaker4j.exceptions.ResourceNotFoundException when there is no such job
     */
    public static ProcessingJob attach(String processingJobName, Session session) {
        Names.validateName("processingJobName", processingJobName);
        DescribeProcessingJobResponse d = session.api(ProcessingJobsApi.CAPABILITY).describeProcessingJob(
                DescribeProcessingJobRequest.builder().processingJobName(processingJobName).build());
        List<ProcessingInput> inputs = new ArrayList<>();
        d.processingInputs().forEach(i -> inputs.add(ProcessingInput.fromRequest(i)));
        List<ProcessingOutput> outputs = new ArrayList<>();
        String kmsKey = null;
        if (d.processingOutputConfig() != null) {
            d.processingOutputConfig().outputs().forEach(o -> outputs.add(ProcessingOutput.fromRequest(o)));
            kmsKey = d.processingOutputConfig().kmsKeyId();
        }
        return new ProcessingJob(processingJobName, session, inputs, outputs, kmsKey);
    }

    /**
     * The handle of an existing job by ARN, as Python's {@code ProcessingJob.from_processing_arn}.
     *
     * @param processingJobArn {@code arn:aws:sagemaker:<region>:<account>:processing-job/<name>}
     * @param session          the session
     * @return the handle
     */
    public static ProcessingJob fromProcessingArn(String processingJobArn, Session session) {
        String[] parts = processingJobArn == null ? new String[0] : processingJobArn.split(":", 6);
        if (parts.length < 6 || !parts[5].startsWith("processing-job/")) {
            throw new ValidationException("processingJobArn", processingJobArn, "is not a processing job's ARN",
                    "pass arn:aws:sagemaker:<region>:<account>:processing-job/<name>");
        }
        // the ARN holds the name lower-cased, as the service writes it; the service's names are case-insensitive
        return attach(parts[5].substring("processing-job/".length()), session);
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
     * The job's inputs.
     *
     * @return the inputs
     */
    public List<ProcessingInput> inputs() {
        return inputs;
    }

    /**
     * The job's outputs, with their destinations.
     *
     * @return the outputs
     */
    public List<ProcessingOutput> outputs() {
        return outputs;
    }

    /**
     * The outputs' KMS key.
     *
     * @return the key, or {@code null}
     */
    public String outputKmsKey() {
        return outputKmsKey;
    }

    /**
     * The service's description of the job now.
     *
     * @return DescribeProcessingJob's response
     */
    public DescribeProcessingJobResponse describe() {
        return session.api(ProcessingJobsApi.CAPABILITY).describeProcessingJob(DescribeProcessingJobRequest.builder()
                .processingJobName(name).build());
    }

    /**
     * The job's status now.
     *
     * @return {@code InProgress}, {@code Completed}, {@code Failed}, {@code Stopping} or {@code Stopped}
     */
    public String status() {
        return describe().processingJobStatusAsString();
    }

    /**
     * Waits for the job to end without showing its log.
     *
     * @return the final description
     * @throws dev.sagemaker4j.exceptions.UnexpectedStatusException when the job failed
     */
    public DescribeProcessingJobResponse waitForCompletion() {
        return waitForCompletion(false);
    }

    /**
     * Waits for the job to end, as Python's {@code wait(logs=True)}: with {@code logs}, follows its log through
     * SLF4J (logger {@code dev.sagemaker4j.jobs.<name>}, level info).
     *
     * @param logs whether to follow the log
     * @return the final description
     * @throws dev.sagemaker4j.exceptions.UnexpectedStatusException when the job failed
     */
    public DescribeProcessingJobResponse waitForCompletion(boolean logs) {
        if (logs) {
            return session.logsForProcessingJob(name, l -> l.wait(true));
        }
        return session.waitForProcessingJob(name, null);
    }

    /**
     * Waits for the job to end, at most for a time.
     *
     * @param timeout the longest wait
     * @return the final description
     * @throws dev.sagemaker4j.exceptions.WaiterTimeoutException when the time runs out first
     */
    public DescribeProcessingJobResponse waitForCompletion(Duration timeout) {
        return session.waitForProcessingJob(name, timeout);
    }

    /**
     * Asks the job to stop (StopProcessingJob), as Python's {@code stop()}.
     */
    public void stop() {
        session.api(ProcessingJobsApi.CAPABILITY).stopProcessingJob(StopProcessingJobRequest.builder()
                .processingJobName(name).build());
    }

    /**
     * The job's log lines so far.
     *
     * @return the lines
     */
    public List<String> logs() {
        List<String> lines = new ArrayList<>();
        session.logsForProcessingJob(name, l -> l.wait(false).sink(lines::add));
        return lines;
    }

    @Override
    public String toString() {
        return "ProcessingJob[" + name + "]";
    }
}
