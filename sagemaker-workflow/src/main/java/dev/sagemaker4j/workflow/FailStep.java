/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.workflow;

import java.util.Map;
import java.util.function.Consumer;

/**
 * Stops the execution as failed, as in the Python SDK's {@code sagemaker.workflow.fail_step.FailStep}; its error
 * message may be a {@link Join} or another variable.
 */
public final class FailStep extends Step {

    private final Object errorMessage;

    /**
     * A fail step with an empty message.
     *
     * @param name the step's name (Python {@code name})
     */
    public FailStep(String name) {
        this(name, "");
    }

    /**
     * A fail step.
     *
     * @param name         the step's name (Python {@code name})
     * @param errorMessage a string or a variable (Python {@code error_message})
     */
    public FailStep(String name, Object errorMessage) {
        this(name, errorMessage, o -> { });
    }

    /**
     * A fail step with options.
     *
     * @param name         the step's name (Python {@code name})
     * @param errorMessage a string or a variable (Python {@code error_message})
     * @param options      displayName, description, dependsOn
     */
    public FailStep(String name, Object errorMessage, Consumer<StepOptions.Builder> options) {
        super(name, "Fail", options(options));
        this.errorMessage = errorMessage == null ? "" : errorMessage;
    }

    @Override
    public Object arguments() {
        return Map.of("ErrorMessage", errorMessage);
    }

    /**
     * A fail step has no properties, as in Python.
     *
     * @return never
     * @throws IllegalStateException always
     */
    @Override
    public Properties properties() {
        throw new IllegalStateException(
                "FailStep is a terminal step and the Properties object is not available for it.");
    }
}
