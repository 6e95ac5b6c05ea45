/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.workflow;

import java.util.function.Consumer;
import software.amazon.awssdk.services.sagemaker.model.CreateTrainingJobRequest;

/**
 * A training step, as in the Python SDK's {@code sagemaker.workflow.steps.TrainingStep}. It holds the request a user class builds
 * without sending it ({@code estimator.trainingJobRequest(...)}); a {@link PipelineVariable} goes into the request's string fields as
 * {@link PipelineVariable#asString()}. Its definition type is {@code Training}.
 */
public final class TrainingStep extends JobStep {

    /**
     * The step.
     *
     * @param name    the step's name (Python {@code name})
     * @param request the request (Python {@code step_args}); its {@code TrainingJobName} is left out of the definition
     */
    public TrainingStep(String name, CreateTrainingJobRequest request) {
        this(name, request, o -> { });
    }

    /**
     * The step with options.
     *
     * @param name    the step's name (Python {@code name})
     * @param request the request (Python {@code step_args})
     * @param options displayName, description, dependsOn, cacheConfig, retryPolicies
     */
    public TrainingStep(String name, CreateTrainingJobRequest request, Consumer<StepOptions.Builder> options) {
        super(name, "Training", request, options(options), "TrainingJobName");
    }

    @Override
    public Properties.TrainingJob properties() {
        return new Properties.TrainingJob(name());
    }
}
