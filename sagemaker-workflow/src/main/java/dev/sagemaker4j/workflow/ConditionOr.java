/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.workflow;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * True when any of its conditions is, as in the Python SDK's {@code ConditionOr}.
 */
public final class ConditionOr extends Condition {

    private final List<Condition> conditions;

    /**
     * The condition.
     *
     * @param conditions the conditions (Python {@code conditions})
     */
    public ConditionOr(List<? extends Condition> conditions) {
        super("Or");
        this.conditions = List.copyOf(conditions);
    }

    @Override
    public Map<String, Object> toRequest() {
        List<Object> requests = new ArrayList<>();
        for (Condition c : conditions) {
            requests.add(c.toRequest());
        }
        return Json.map("Type", conditionType(), "Conditions", requests);
    }
}
