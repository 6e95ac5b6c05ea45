/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.workflow;

import java.util.function.Consumer;
import software.amazon.awssdk.services.sagemaker.model.CreateModelPackageRequest;
import software.amazon.awssdk.services.sagemaker.model.CreateModelRequest;

/**
 * A model step, as in the Python SDK's {@code sagemaker.workflow.model_step.ModelStep}: it creates a model
 * (definition type {@code Model}, step name {@code <name>-CreateModel}) or registers a model package version
 * (definition type {@code RegisterModel}, step name {@code <name>-RegisterModel}), as Python's step collection
 * names its steps.
 */
public final class ModelStep extends JobStep {

    private ModelStep(String name, String type, software.amazon.awssdk.core.SdkPojo request, StepOptions options,
            String... dropped) {
        super(name, type, request, options, dropped);
    }

    /**
     * A step that creates a model.
     *
     * @param name    Python's {@code name}; the step is named {@code <name>-CreateModel}
     * @param request the CreateModel request (its {@code ModelName} is left out: the pipeline names the model)
     * @return the step
     */
    public static ModelStep create(String name, CreateModelRequest request) {
        return create(name, request, o -> { });
    }

    /**
     * A step that creates a model, with options.
     *
     * @param name    Python's {@code name}; the step is named {@code <name>-CreateModel}
     * @param request the CreateModel request
     * @param options displayName, description, dependsOn, retryPolicies
     * @return the step
     */
    public static ModelStep create(String name, CreateModelRequest request, Consumer<StepOptions.Builder> options) {
        return new ModelStep(name + "-CreateModel", "Model", request, options(options), "ModelName");
    }

    /**
     * A step that registers a model version in a model package group.
     *
     * @param name    Python's {@code name}; the step is named {@code <name>-RegisterModel}
     * @param request the CreateModelPackage request (its {@code CertifyForMarketplace}, {@code Description} and
     *                {@code ModelPackageName} are left out, as Python does)
     * @return the step
     */
    public static ModelStep register(String name, CreateModelPackageRequest request) {
        return register(name, request, o -> { });
    }

    /**
     * A step that registers a model version, with options.
     *
     * @param name    Python's {@code name}; the step is named {@code <name>-RegisterModel}
     * @param request the CreateModelPackage request
     * @param options displayName, description, dependsOn, retryPolicies
     * @return the step
     */
    public static ModelStep register(String name, CreateModelPackageRequest request,
            Consumer<StepOptions.Builder> options) {
        return new ModelStep(name + "-RegisterModel", "RegisterModel", request, options(options),
                "CertifyForMarketplace", "Description", "ModelPackageName");
    }

    @Override
    public Properties.Model properties() {
        return new Properties.Model(name());
    }
}
