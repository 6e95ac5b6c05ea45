/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.workflow;

import dev.sagemaker4j.exceptions.ValidationException;
import java.util.List;
import software.amazon.awssdk.services.sagemaker.model.SelectedStep;

/**
 * Which steps an execution runs, as in the Python SDK's
 * {@code sagemaker.workflow.selective_execution_config.SelectiveExecutionConfig}: the selected steps run, and the
 * other steps' results (properties, property files, a condition's outcome) are those of a reference execution of the
 * same pipeline, so a selected step can read them. Give it to {@link Pipeline#start(java.util.function.Consumer)}
 * ({@code o.selectiveExecutionConfig(...)}).
 *
 * <pre>{@code
 * // run Evaluate again, reusing Train's model from the latest execution
 * pipeline.start(o -> o.selectiveExecutionConfig(new SelectiveExecutionConfig(List.of("Evaluate"))));
 * }</pre>
 *
 * <p>On the local backend a step that is not selected and succeeded in the reference execution is listed with
 * {@code SelectiveExecutionResult.SourcePipelineExecutionArn}; one that did not (or without a reference execution) does
 * not run, and a selected step that depends on it is a {@link ValidationException} at start.
 *
 * @param selectedSteps              the steps to run (Python {@code selected_steps}), at least one
 * @param referenceLatestExecution   without a source ARN, whether the pipeline's latest execution is the reference
 *                                   (Python {@code reference_latest_execution}, default true)
 * @param sourcePipelineExecutionArn the reference execution, or null (Python {@code source_pipeline_execution_arn},
 *                                   default none)
 */
public record SelectiveExecutionConfig(List<String> selectedSteps, boolean referenceLatestExecution,
        String sourcePipelineExecutionArn) {

    /**
     * Checks and copies the steps.
     *
     * @param selectedSteps              the steps to run (Python {@code selected_steps})
     * @param referenceLatestExecution   without a source ARN, whether the latest execution is the reference (Python
     *                                   {@code reference_latest_execution})
     * @param sourcePipelineExecutionArn the reference execution, or null (Python
     *                                   {@code source_pipeline_execution_arn})
     * @throws ValidationException without steps, or with an empty step name
     */
    public SelectiveExecutionConfig {
        if (selectedSteps == null || selectedSteps.isEmpty()) {
            throw new ValidationException("selectedSteps", selectedSteps, "is empty",
                    "give the names of the steps to run");
        }
        for (String step : selectedSteps) {
            if (step == null || step.isEmpty()) {
                throw new ValidationException("selectedSteps", selectedSteps, "holds an empty step name",
                        "give the names of the steps to run");
            }
        }
        selectedSteps = List.copyOf(selectedSteps);
    }

    /**
     * Python's defaults: the latest execution is the reference.
     *
     * @param selectedSteps the steps to run (Python {@code selected_steps})
     */
    public SelectiveExecutionConfig(List<String> selectedSteps) {
        this(selectedSteps, true, null);
    }

    /**
     * A given reference execution.
     *
     * @param selectedSteps              the steps to run (Python {@code selected_steps})
     * @param sourcePipelineExecutionArn the reference execution (Python {@code source_pipeline_execution_arn})
     */
    public SelectiveExecutionConfig(List<String> selectedSteps, String sourcePipelineExecutionArn) {
        this(selectedSteps, true, sourcePipelineExecutionArn);
    }

    /**
     * The AWS SDK shape, as Python's {@code to_request()}, with a reference execution (or none).
     *
     * @param sourceArn the reference execution's ARN, or null
     * @return the configuration
     */
    software.amazon.awssdk.services.sagemaker.model.SelectiveExecutionConfig toSdk(String sourceArn) {
        return software.amazon.awssdk.services.sagemaker.model.SelectiveExecutionConfig.builder()
                .sourcePipelineExecutionArn(sourceArn)
                .selectedSteps(selectedSteps.stream().map(s -> SelectedStep.builder().stepName(s).build()).toList())
                .build();
    }
}
