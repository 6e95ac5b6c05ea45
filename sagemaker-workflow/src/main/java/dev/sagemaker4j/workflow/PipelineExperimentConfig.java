/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.workflow;

import java.util.Map;

/**
 * The experiment and trial an execution's jobs join, as in the Python SDK's
 * {@code sagemaker.workflow.pipeline_experiment_config.PipelineExperimentConfig}. The default is the pipeline's
 * name and the execution's id.
 *
 * @param experimentName a string or a variable (Python {@code experiment_name})
 * @param trialName      a string or a variable (Python {@code trial_name})
 */
public record PipelineExperimentConfig(Object experimentName, Object trialName) {

    /** The default: {@code Execution.PipelineName} and {@code Execution.PipelineExecutionId}. */
    public static final PipelineExperimentConfig DEFAULT =
            new PipelineExperimentConfig(ExecutionVariables.PIPELINE_NAME, ExecutionVariables.PIPELINE_EXECUTION_ID);

    /**
     * The configuration as written in the definition.
     *
     * @return {@code {"ExperimentName", "TrialName"}}
     */
    public Map<String, Object> toRequest() {
        return Json.map("ExperimentName", experimentName, "TrialName", trialName);
    }
}
