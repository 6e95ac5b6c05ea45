/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.workflow;

/**
 * The execution variables, as in the Python SDK's {@code sagemaker.workflow.execution_variables.ExecutionVariables}.
 */
public final class ExecutionVariables {

    /** {@code Execution.StartDateTime}. */
    public static final ExecutionVariable START_DATETIME = new ExecutionVariable("Execution.StartDateTime");
    /** {@code Execution.CurrentDateTime}. */
    public static final ExecutionVariable CURRENT_DATETIME = new ExecutionVariable("Execution.CurrentDateTime");
    /** {@code Execution.PipelineName}. */
    public static final ExecutionVariable PIPELINE_NAME = new ExecutionVariable("Execution.PipelineName");
    /** {@code Execution.PipelineArn}. */
    public static final ExecutionVariable PIPELINE_ARN = new ExecutionVariable("Execution.PipelineArn");
    /** {@code Execution.PipelineExecutionId}. */
    public static final ExecutionVariable PIPELINE_EXECUTION_ID =
            new ExecutionVariable("Execution.PipelineExecutionId");
    /** {@code Execution.PipelineExecutionArn}. */
    public static final ExecutionVariable PIPELINE_EXECUTION_ARN =
            new ExecutionVariable("Execution.PipelineExecutionArn");

    private ExecutionVariables() {
    }
}
