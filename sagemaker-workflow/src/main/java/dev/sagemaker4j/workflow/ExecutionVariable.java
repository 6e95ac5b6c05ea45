/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.workflow;

import java.util.Map;

/**
 * A value of the running execution, as in the Python SDK's {@code sagemaker.workflow.execution_variables}: see
 * {@link ExecutionVariables} for the ones there are. Also the experiment names of
 * {@link PipelineExperimentConfig} ({@link #EXPERIMENT_NAME}, {@link #TRIAL_NAME}).
 */
public final class ExecutionVariable implements PipelineVariable {

    /** Python's {@code PipelineExperimentConfigProperties.EXPERIMENT_NAME}. */
    public static final ExecutionVariable EXPERIMENT_NAME =
            new ExecutionVariable("PipelineExperimentConfig.ExperimentName");
    /** Python's {@code PipelineExperimentConfigProperties.TRIAL_NAME}. */
    public static final ExecutionVariable TRIAL_NAME = new ExecutionVariable("PipelineExperimentConfig.TrialName");

    private final String path;

    ExecutionVariable(String path) {
        this.path = path;
    }

    @Override
    public Map<String, Object> expr() {
        return Map.of("Get", path);
    }

    @Override
    public String toString() {
        return path;
    }
}
