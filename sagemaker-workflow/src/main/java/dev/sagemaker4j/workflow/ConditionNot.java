/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.workflow;

import java.util.Map;

/**
 * The negation of a condition, as in the Python SDK's {@code ConditionNot}.
 */
public final class ConditionNot extends Condition {

    private final Condition expression;

    /**
     * The condition.
     *
     * @param expression the condition negated (Python {@code expression})
     */
    public ConditionNot(Condition expression) {
        super("Not");
        this.expression = expression;
    }

    @Override
    public Map<String, Object> toRequest() {
        return Json.map("Type", conditionType(), "Condition", expression.toRequest());
    }
}
