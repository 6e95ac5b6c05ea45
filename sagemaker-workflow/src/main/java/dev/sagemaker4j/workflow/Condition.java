/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.workflow;

import java.util.Map;

/**
 * A condition of a {@link ConditionStep}, as in the Python SDK's {@code sagemaker.workflow.conditions}. Operands
 * are literals (strings, numbers, booleans) or {@link PipelineVariable}s.
 */
public abstract class Condition {

    private final String type;

    Condition(String type) {
        this.type = type;
    }

    /**
     * The condition's type: {@code Equals}, {@code GreaterThan}, {@code In}, {@code Not}, {@code Or} ...
     *
     * @return the type
     */
    public String conditionType() {
        return type;
    }

    /**
     * The condition as written in the definition.
     *
     * @return a JSON object as a map
     */
    public abstract Map<String, Object> toRequest();
}
