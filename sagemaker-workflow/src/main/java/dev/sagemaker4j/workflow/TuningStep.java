/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.workflow;

import java.util.function.Consumer;
import software.amazon.awssdk.services.sagemaker.model.CreateHyperParameterTuningJobRequest;

/**
 * A hyperparameter tuning step, as in the Python SDK's {@code sagemaker.workflow.steps.TuningStep}. It holds the request a user class builds
 * without sending it; a {@link PipelineVariable} goes into the request's string fields as
 * {@link PipelineVariable#asString()}. Its definition type is {@code Tuning}.
 */
public final class TuningStep extends JobStep {

    /**
     * The step.
     *
     * @param name    the step's name (Python {@code name})
     * @param request the request (Python {@code step_args}); its {@code HyperParameterTuningJobName} is left out of the definition
     */
    public TuningStep(String name, CreateHyperParameterTuningJobRequest request) {
        this(name, request, o -> { });
    }

    /**
     * The step with options.
     *
     * @param name    the step's name (Python {@code name})
     * @param request the request (Python {@code step_args})
     * @param options displayName, description, dependsOn, cacheConfig, retryPolicies
     */
    public TuningStep(String name, CreateHyperParameterTuningJobRequest request, Consumer<StepOptions.Builder> options) {
        super(name, "Tuning", request, options(options), "HyperParameterTuningJobName");
    }

    @Override
    public Properties.TuningJob properties() {
        return new Properties.TuningJob(name());
    }
}
