/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.workflow;

/**
 * A {@code Integer} pipeline parameter, as in the Python SDK's {@code sagemaker.workflow.parameters.ParameterInteger}.
 */
public final class ParameterInteger extends Parameter {

    /**
     * A parameter without a default: a value must be given at start.
     *
     * @param name the name (Python {@code name})
     */
    public ParameterInteger(String name) {
        super(name, "Integer", null);
    }

    /**
     * A parameter with a default.
     *
     * @param name         the name (Python {@code name})
     * @param defaultValue the default (Python {@code default_value})
     */
    public ParameterInteger(String name, Integer defaultValue) {
        super(name, "Integer", defaultValue);
    }

    @Override
    boolean accepts(Object value) {
        return value instanceof Integer || value instanceof Long;
    }
}
