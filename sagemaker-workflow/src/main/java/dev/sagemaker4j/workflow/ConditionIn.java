/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.workflow;

import java.util.List;
import java.util.Map;

/**
 * True when a value is one of a list, as in the Python SDK's {@code ConditionIn}.
 */
public final class ConditionIn extends Condition {

    private final Object value;
    private final List<Object> inValues;

    /**
     * The condition.
     *
     * @param value    a literal or a variable (Python {@code value})
     * @param inValues literals or variables (Python {@code in_values})
     */
    public ConditionIn(Object value, List<?> inValues) {
        super("In");
        this.value = value;
        this.inValues = List.copyOf(inValues);
    }

    @Override
    public Map<String, Object> toRequest() {
        return Json.map("Type", conditionType(), "QueryValue", value, "Values", inValues);
    }
}
