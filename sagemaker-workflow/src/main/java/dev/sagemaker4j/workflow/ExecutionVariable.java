/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.workflow;

import dev.sagemaker4j.exceptions.ValidationException;
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

    /**
     * The execution variable of a name, as Python's {@code ExecutionVariable(name)}: the expression
     * {@code {"Get": "Execution.<name>"}}. The service and the local engine know {@code StartDateTime},
     * {@code CurrentDateTime}, {@code PipelineName}, {@code PipelineArn}, {@code PipelineExecutionId} and
     * {@code PipelineExecutionArn} (the constants of {@link ExecutionVariables}).
     *
     * @param name the variable's name (Python {@code name}), without the {@code Execution.} prefix
     * @return the variable
     * @throws ValidationException when the name is empty or contains a dot
     */
    public static ExecutionVariable of(String name) {
        if (name == null || name.isEmpty() || name.contains(".")) {
            throw new ValidationException("name", name, "is not the name of an execution variable",
                    "give a name such as PipelineExecutionId, without the Execution. prefix");
        }
        return new ExecutionVariable("Execution." + name);
    }

    /**
     * The variable's name, as Python's {@code name}: the path after its first dot ({@code PipelineExecutionId}
     * for {@code Execution.PipelineExecutionId}, {@code ExperimentName} for {@link #EXPERIMENT_NAME}).
     *
     * @return the name
     */
    public String name() {
        return path.substring(path.indexOf('.') + 1);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ExecutionVariable other && path.equals(other.path);
    }

    @Override
    public int hashCode() {
        return path.hashCode();
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
