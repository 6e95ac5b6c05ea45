/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.workflow;

import java.util.Map;
import java.util.Objects;

/**
 * A pipeline parameter, as in the Python SDK's {@code sagemaker.workflow.parameters.Parameter}: a named value given
 * at {@link Pipeline#start(Map) start}, with an optional default. In the definition it is
 * {@code {"Get": "Parameters.<name>"}}.
 */
public abstract class Parameter implements PipelineVariable {

    private final String name;
    private final String type;
    private final Object defaultValue;

    Parameter(String name, String type, Object defaultValue) {
        this.name = Objects.requireNonNull(name, "name");
        this.type = type;
        this.defaultValue = defaultValue;
    }

    /**
     * The parameter's name.
     *
     * @return the name
     */
    public String name() {
        return name;
    }

    /**
     * The parameter's type in the definition: {@code String}, {@code Integer}, {@code Float} or {@code Boolean}.
     *
     * @return the type
     */
    public String parameterType() {
        return type;
    }

    /**
     * The default value, or null.
     *
     * @return the default
     */
    public Object defaultValue() {
        return defaultValue;
    }

    @Override
    public Map<String, Object> expr() {
        return Map.of("Get", "Parameters." + name);
    }

    /**
     * Whether a value given at start fits this parameter's type.
     *
     * @param value the value
     * @return true when it does
     */
    abstract boolean accepts(Object value);

    /**
     * The parameter as written in the definition's {@code Parameters}.
     *
     * @return {@code {"Name", "Type", "DefaultValue"?}}
     */
    public Map<String, Object> toRequest() {
        Map<String, Object> request = Json.map("Name", name, "Type", type);
        if (defaultValue != null) {
            request.put("DefaultValue", defaultValue);
        }
        return request;
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "(" + name + ")";
    }
}
