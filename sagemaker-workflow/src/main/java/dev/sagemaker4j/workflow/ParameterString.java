/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.workflow;

import java.util.List;
import java.util.Map;

/**
 * A {@code String} pipeline parameter, as in the Python SDK's {@code sagemaker.workflow.parameters.ParameterString}.
 */
public final class ParameterString extends Parameter {

    private final List<String> enumValues;

    /**
     * A parameter without a default: a value must be given at start.
     *
     * @param name the name (Python {@code name})
     */
    public ParameterString(String name) {
        super(name, "String", null);
        this.enumValues = List.of();
    }

    /**
     * A parameter with a default.
     *
     * @param name         the name (Python {@code name})
     * @param defaultValue the default (Python {@code default_value})
     */
    public ParameterString(String name, String defaultValue) {
        super(name, "String", defaultValue);
        this.enumValues = List.of();
    }

    /**
     * A parameter whose values are limited to a list.
     *
     * @param name         the name (Python {@code name})
     * @param defaultValue the default (Python {@code default_value}), or null
     * @param enumValues   the allowed values (Python {@code enum_values})
     */
    public ParameterString(String name, String defaultValue, List<String> enumValues) {
        super(name, "String", defaultValue);
        this.enumValues = List.copyOf(enumValues);
    }

    /**
     * The allowed values; empty when any string is.
     *
     * @return the values
     */
    public List<String> enumValues() {
        return enumValues;
    }

    @Override
    public Map<String, Object> toRequest() {
        Map<String, Object> request = super.toRequest();
        if (!enumValues.isEmpty()) {
            request.put("EnumValues", enumValues);
        }
        return request;
    }

    @Override
    boolean accepts(Object value) {
        return value instanceof String s && (enumValues.isEmpty() || enumValues.contains(s));
    }
}
