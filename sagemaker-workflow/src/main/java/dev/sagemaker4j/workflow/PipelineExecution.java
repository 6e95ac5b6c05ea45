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
import java.util.function.Consumer;
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
        return listParameters(o -> { });
    }

    /**
     * The parameters the execution ran with, one page, as Python's {@code list_parameters(max_results,
     * next_token)}.
     *
     * @param options maxResults, nextToken
     * @return the service's response (its {@code nextToken} asks for the next page)
     */
    public ListPipelineParametersForExecutionResponse listParameters(Consumer<ListParametersOptions> options) {
        ListParametersOptions o = new ListParametersOptions();
        options.accept(o);
        return api().listPipelineParametersForExecution(ListPipelineParametersForExecutionRequest.builder()
                .pipelineExecutionArn(arn).maxResults(o.maxResults).nextToken(o.nextToken).build());
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
     * Waits until the execution ends, as Python's {@code wait(delay, max_attempts)}: a describe every
     * {@code delay} seconds, at most {@code maxAttempts} times.
     *
     * @param options delay, maxAttempts
     * @return the final description
     * @throws UnexpectedStatusException when it ended Failed or Stopped
     * @throws WaiterTimeoutException    when the attempts ran out first
     */
    public DescribePipelineExecutionResponse waitForCompletion(Consumer<WaitOptions> options) {
        WaitOptions o = new WaitOptions();
        options.accept(o);
        Duration delay = Duration.ofSeconds(o.delay);
        for (int attempt = 1; ; attempt++) {
            DescribePipelineExecutionResponse d = describe();
            PipelineExecutionStatus status = d.pipelineExecutionStatus();
            if (status == PipelineExecutionStatus.SUCCEEDED) {
                return d;
            }
            if (status == PipelineExecutionStatus.FAILED || status == PipelineExecutionStatus.STOPPED) {
                throw new UnexpectedStatusException("Pipeline execution", arn, "Succeeded",
                        d.pipelineExecutionStatusAsString(), d.failureReason());
            }
            if (attempt >= o.maxAttempts) {
                throw new WaiterTimeoutException("Pipeline execution", arn, delay.multipliedBy(o.maxAttempts),
                        d.pipelineExecutionStatusAsString());
            }
            try {
                Thread.sleep(delay.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for " + arn, e);
            }
        }
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

    /** The optional arguments of {@link #listParameters(Consumer)} (Python's keywords). */
    public static final class ListParametersOptions {
        private Integer maxResults;
        private String nextToken;

        ListParametersOptions() {
        }

        /**
         * Python {@code max_results}, default none (the service's: 50).
         *
         * @param maxResults the most parameters on the page, 1 to 100
         * @return this
         */
        public ListParametersOptions maxResults(int maxResults) {
            this.maxResults = maxResults;
            return this;
        }

        /**
         * Python {@code next_token}, default none (the first page).
         *
         * @param nextToken the {@code nextToken} of the previous page
         * @return this
         */
        public ListParametersOptions nextToken(String nextToken) {
            this.nextToken = nextToken;
            return this;
        }
    }

    /** The optional arguments of {@link #waitForCompletion(Consumer)} (Python's keywords of {@code wait}). */
    public static final class WaitOptions {
        private int delay = 30;
        private int maxAttempts = 60;

        WaitOptions() {
        }

        /**
         * Python {@code delay}, default 30.
         *
         * @param delay the seconds between two describes, at least 0
         * @return this
         * @throws dev.sagemaker4j.exceptions.ValidationException when negative
         */
        public WaitOptions delay(int delay) {
            if (delay < 0) {
                throw new dev.sagemaker4j.exceptions.ValidationException("delay", delay, "is negative",
                        "give the seconds between two polls, 0 or more");
            }
            this.delay = delay;
            return this;
        }

        /**
         * Python {@code max_attempts}, default 60.
         *
         * @param maxAttempts the most describes, at least 1
         * @return this
         * @throws dev.sagemaker4j.exceptions.ValidationException when below 1
         */
        public WaitOptions maxAttempts(int maxAttempts) {
            if (maxAttempts < 1) {
                throw new dev.sagemaker4j.exceptions.ValidationException("maxAttempts", maxAttempts,
                        "is below 1", "give 1 or more");
            }
            this.maxAttempts = maxAttempts;
            return this;
        }
    }
}
