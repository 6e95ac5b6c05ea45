/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.workflow;

/**
 * True when the left value is equal to the right one, as in the Python SDK's {@code ConditionEquals}.
 */
public final class ConditionEquals extends ConditionComparison {

    /**
     * The condition.
     *
     * @param left  a literal or a variable (Python {@code left})
     * @param right a literal or a variable (Python {@code right})
     */
    public ConditionEquals(Object left, Object right) {
        super("Equals", left, right);
    }
}
