/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.workflow;

import dev.sagemaker4j.exceptions.ValidationException;
import java.util.Map;

/**
 * A comparison of two values, as in the Python SDK's {@code ConditionComparison}: the base of
 * {@link ConditionEquals}, {@link ConditionGreaterThan}, {@link ConditionGreaterThanOrEqualTo},
 * {@link ConditionLessThan} and {@link ConditionLessThanOrEqualTo}. A string parameter compared with a number (or
 * a number parameter with a string) is refused when the condition is made.
 */
public abstract class ConditionComparison extends Condition {

    private final Object left;
    private final Object right;

    ConditionComparison(String type, Object left, Object right) {
        super(type);
        check(left, right);
        check(right, left);
        this.left = left;
        this.right = right;
    }

    private static void check(Object variable, Object literal) {
        if (!(variable instanceof Parameter p)) {
            return;
        }
        boolean stringParameter = p instanceof ParameterString;
        boolean numberParameter = p instanceof ParameterInteger || p instanceof ParameterFloat;
        if (stringParameter && literal instanceof Number || numberParameter && literal instanceof String) {
            throw new ValidationException("Conditions." + p.name(), literal,
                    "compares the " + p.parameterType() + " parameter " + p.name() + " with a "
                            + literal.getClass().getSimpleName(),
                    "compare it with a value of the parameter's type");
        }
    }

    /**
     * The left operand.
     *
     * @return a literal or a variable
     */
    public Object left() {
        return left;
    }

    /**
     * The right operand.
     *
     * @return a literal or a variable
     */
    public Object right() {
        return right;
    }

    @Override
    public Map<String, Object> toRequest() {
        return Json.map("Type", conditionType(), "LeftValue", left, "RightValue", right);
    }
}
