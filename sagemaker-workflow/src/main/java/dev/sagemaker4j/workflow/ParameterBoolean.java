/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.workflow;

/**
 * A {@code Boolean} pipeline parameter, as in the Python SDK's {@code sagemaker.workflow.parameters.ParameterBoolean}.
 */
public final class ParameterBoolean extends Parameter {

    /**
     * A parameter without a default: a value must be given at start.
     *
     * @param name the name (Python {@code name})
     */
    public ParameterBoolean(String name) {
        super(name, "Boolean", null);
    }

    /**
     * A parameter with a default.
     *
     * @param name         the name (Python {@code name})
     * @param defaultValue the default (Python {@code default_value})
     */
    public ParameterBoolean(String name, Boolean defaultValue) {
        super(name, "Boolean", defaultValue);
    }

    @Override
    boolean accepts(Object value) {
        return value instanceof Boolean;
    }
}
