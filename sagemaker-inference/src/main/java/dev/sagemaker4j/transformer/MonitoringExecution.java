/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.transformer;

import java.util.List;
import software.amazon.awssdk.services.sagemaker.model.DescribePipelineExecutionResponse;
import software.amazon.awssdk.services.sagemaker.model.PipelineExecutionStep;

/**
 * What {@link Transformer#transformWithMonitoring(MonitoringConfig, MonitoringResourceConfig, String)} returns, as
 * Python's {@code _PipelineExecution}: the execution of the pipeline it started
 * ({@code dev.sagemaker4j.workflow.PipelineExecution} implements this interface).
 */
public interface MonitoringExecution {
    /**
     * The execution's ARN.
     *
     * @return the ARN
     */
    String arn();

    /**
     * DescribePipelineExecution.
     *
     * @return the response
     */
    DescribePipelineExecutionResponse describe();

    /**
     * Waits until the execution ends, as Python's {@code wait()}.
     *
     * @return the final description
     * @throws dev.sagemaker4j.exceptions.UnexpectedStatusException when the execution fails (e.g. a violation)
     */
    DescribePipelineExecutionResponse waitForCompletion();

    /**
     * The execution's steps: the transform step and the monitoring step with their metadata.
     *
     * @return the steps, newest first
     */
    List<PipelineExecutionStep> listSteps();
}
