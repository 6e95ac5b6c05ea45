/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.workflow;

import dev.sagemaker4j.Session;
import dev.sagemaker4j.exceptions.ResourceNotFoundException;
import dev.sagemaker4j.exceptions.UnexpectedStatusException;
import dev.sagemaker4j.exceptions.WaiterTimeoutException;
import dev.sagemaker4j.spi.PipelinesApi;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import software.amazon.awssdk.services.sagemaker.model.DescribePipelineExecutionRequest;
import software.amazon.awssdk.services.sagemaker.model.DescribePipelineExecutionResponse;
import software.amazon.awssdk.services.sagemaker.model.ListPipelineExecutionStepsRequest;
import software.amazon.awssdk.services.sagemaker.model.ListPipelineExecutionStepsResponse;
import software.amazon.awssdk.services.sagemaker.model.ListPipelineParametersForExecutionRequest;
import software.amazon.awssdk.services.sagemaker.model.ListPipelineParametersForExecutionResponse;
import software.amazon.awssdk.services.sagemaker.model.PipelineExecutionStatus;
import software.amazon.awssdk.services.sagemaker.model.PipelineExecutionStep;
import software.amazon.awssdk.services.sagemaker.model.StopPipelineExecutionRequest;
import software.amazon.awssdk.services.sagemaker.model.StopPipelineExecutionResponse;

/**
 * An execution of a {@link Pipeline}, as in the Python SDK's {@code sagemaker.workflow.pipeline._PipelineExecution}:
 * describe, the steps with their status, metadata and failure reason, wait, stop.
 */
public final class PipelineExecution implements dev.sagemaker4j.transformer.MonitoringExecution {

    private final String arn;
    private final Session session;

    /**
     * An execution by its ARN.
     *
     * @param arn     the execution's ARN (Python {@code arn})
     * @param session the session (Python {@code sagemaker_session})
     */
    public PipelineExecution(String arn, Session session) {
        this.arn = Objects.requireNonNull(arn, "arn");
        this.session = Objects.requireNonNull(session, "session");
    }

    /**
     * The execution's ARN.
     *
     * @return the ARN
     */
    public String arn() {
        return arn;
    }

    private PipelinesApi api() {
        return session.api(PipelinesApi.CAPABILITY);
    }

    /**
     * Describes the execution, as Python's {@code describe()}.
     *
     * @return the service's response
     */
    public DescribePipelineExecutionResponse describe() {
        return api().describePipelineExecution(
                DescribePipelineExecutionRequest.builder().pipelineExecutionArn(arn).build());
    }

    /**
     * Stops the execution, as Python's {@code stop()}.
     *
     * @return the service's response
     */
    public StopPipelineExecutionResponse stop() {
        return api().stopPipelineExecution(StopPipelineExecutionRequest.builder().pipelineExecutionArn(arn).build());
    }

    /**
     * The execution's steps, newest first, with status, metadata and failure reason, as Python's
     * {@code list_steps()} (every page).
     *
     * @return the steps
     */
    public List<PipelineExecutionStep> listSteps() {
        List<PipelineExecutionStep> steps = new ArrayList<>();
        String token = null;
        do {
            ListPipelineExecutionStepsRequest.Builder request =
                    ListPipelineExecutionStepsRequest.builder().pipelineExecutionArn(arn);
            if (token != null) {
                request.nextToken(token);
            }
            ListPipelineExecutionStepsResponse page = api().listPipelineExecutionSteps(request.build());
            steps.addAll(page.pipelineExecutionSteps());
            token = page.nextToken();
        } while (token != null);
        return steps;
    }

    /**
     * The parameters the execution ran with, as Python's {@code list_parameters()}.
     *
     * @return the service's response (one page)
     */
    public ListPipelineParametersForExecutionResponse listParameters() {
        return api().listPipelineParametersForExecution(
                ListPipelineParametersForExecutionRequest.builder().pipelineExecutionArn(arn).build());
    }

    /**
     * The latest run of one step: its status, failure reason and metadata (the job's ARN, a condition's outcome,
     * a function step's output parameters). Python's {@code result(step_name)} reads a function step's return
     * value; here a {@link JavaFunctionStep}'s outputs are in {@code metadata().lambda().outputParameters()}.
     *
     * @param stepName the step's name
     * @return the step
     * @throws ResourceNotFoundException when the step has not run in this execution
     */
    public PipelineExecutionStep result(String stepName) {
        for (PipelineExecutionStep s : listSteps()) {
            if (stepName.equals(s.stepName())) {
                return s;
            }
        }
        throw new ResourceNotFoundException("Pipeline execution step", stepName,
                "check the step's name and that the execution reached it");
    }

    /**
     * Waits until the execution ends, as Python's {@code wait()}: at most 30 minutes.
     *
     * @return the final description
     * @throws UnexpectedStatusException when it ended Failed or Stopped
     */
    public DescribePipelineExecutionResponse waitForCompletion() {
        return waitForCompletion(Duration.ofMinutes(30));
    }

    /**
     * Waits until the execution ends, polling from 50 ms up to every 5 seconds.
     *
     * @param timeout the longest wait (Python's {@code delay * max_attempts})
     * @return the final description
     * @throws UnexpectedStatusException when it ended Failed or Stopped
     * @throws WaiterTimeoutException    when the time ran out first
     */
    public DescribePipelineExecutionResponse waitForCompletion(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        long delay = 50;
        while (true) {
            DescribePipelineExecutionResponse d = describe();
            PipelineExecutionStatus status = d.pipelineExecutionStatus();
            if (status == PipelineExecutionStatus.SUCCEEDED) {
                return d;
            }
            if (status == PipelineExecutionStatus.FAILED || status == PipelineExecutionStatus.STOPPED) {
                throw new UnexpectedStatusException("Pipeline execution", arn, "Succeeded",
                        d.pipelineExecutionStatusAsString(), d.failureReason());
            }
            if (System.nanoTime() > deadline) {
                throw new WaiterTimeoutException("Pipeline execution", arn, timeout,
                        d.pipelineExecutionStatusAsString());
            }
            try {
                Thread.sleep(delay);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for " + arn, e);
            }
            delay = Math.min(delay * 2, 5000);
        }
    }

    @Override
    public String toString() {
        return "PipelineExecution(" + arn + ")";
    }
}
