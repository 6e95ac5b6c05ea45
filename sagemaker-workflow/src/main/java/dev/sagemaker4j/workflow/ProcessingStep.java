/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.workflow;

import java.util.function.Consumer;
import software.amazon.awssdk.services.sagemaker.model.CreateProcessingJobRequest;

/**
 * A processing step, as in the Python SDK's {@code sagemaker.workflow.steps.ProcessingStep}. It holds the request a user class builds
 * without sending it ({@code processor.request(...)}); a {@link PipelineVariable} goes into the request's string fields as
 * {@link PipelineVariable#asString()}. Its definition type is {@code Processing}.
 */
public final class ProcessingStep extends JobStep {

    /**
     * The step.
     *
     * @param name    the step's name (Python {@code name})
     * @param request the request (Python {@code step_args}); its {@code ProcessingJobName} is left out of the definition
     */
    public ProcessingStep(String name, CreateProcessingJobRequest request) {
        this(name, request, o -> { });
    }

    /**
     * The step with options.
     *
     * @param name    the step's name (Python {@code name})
     * @param request the request (Python {@code step_args})
     * @param options displayName, description, dependsOn, cacheConfig, retryPolicies, propertyFiles
     */
    public ProcessingStep(String name, CreateProcessingJobRequest request, Consumer<StepOptions.Builder> options) {
        super(name, "Processing", request, options(options), "ProcessingJobName");
    }

    @Override
    public Properties.ProcessingJob properties() {
        return new Properties.ProcessingJob(name());
    }
}
