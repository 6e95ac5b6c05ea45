/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.workflow;

/**
 * A {@code Float} pipeline parameter, as in the Python SDK's {@code sagemaker.workflow.parameters.ParameterFloat}.
 */
public final class ParameterFloat extends Parameter {

    /**
     * A parameter without a default: a value must be given at start.
     *
     * @param name the name (Python {@code name})
     */
    public ParameterFloat(String name) {
        super(name, "Float", null);
    }

    /**
     * A parameter with a default.
     *
     * @param name         the name (Python {@code name})
     * @param defaultValue the default (Python {@code default_value})
     */
    public ParameterFloat(String name, Double defaultValue) {
        super(name, "Float", defaultValue);
    }

    @Override
    boolean accepts(Object value) {
        return value instanceof Number;
    }
}
