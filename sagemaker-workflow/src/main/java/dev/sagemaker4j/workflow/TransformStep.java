/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.workflow;

import java.util.function.Consumer;
import software.amazon.awssdk.services.sagemaker.model.CreateTransformJobRequest;

/**
 * A batch transform step, as in the Python SDK's {@code sagemaker.workflow.steps.TransformStep}. It holds the request a user class builds
 * without sending it ({@code transformer.transformJobRequest(...)}); a {@link PipelineVariable} goes into the request's string fields as
 * {@link PipelineVariable#asString()}. Its definition type is {@code Transform}.
 */
public final class TransformStep extends JobStep {

    /**
     * The step.
     *
     * @param name    the step's name (Python {@code name})
     * @param request the request (Python {@code step_args}); its {@code TransformJobName} is left out of the definition
     */
    public TransformStep(String name, CreateTransformJobRequest request) {
        this(name, request, o -> { });
    }

    /**
     * The step with options.
     *
     * @param name    the step's name (Python {@code name})
     * @param request the request (Python {@code step_args})
     * @param options displayName, description, dependsOn, cacheConfig, retryPolicies
     */
    public TransformStep(String name, CreateTransformJobRequest request, Consumer<StepOptions.Builder> options) {
        super(name, "Transform", request, options(options), "TransformJobName");
    }

    @Override
    public Properties.TransformJob properties() {
        return new Properties.TransformJob(name());
    }
}
