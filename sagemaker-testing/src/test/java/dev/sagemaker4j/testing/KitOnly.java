/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.testing;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Enables a class only when {@link LocalSageMakerExtensionTest} runs it through the engine test kit:
 * the classes in {@link ExtensionCases} fail on purpose, and an IDE running the package must skip
 * them.
 */
final class KitOnly implements ExecutionCondition {
    static final String KEY = "sagemaker4j.testing.kit";

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        return context.getConfigurationParameter(KEY).isPresent()
                ? ConditionEvaluationResult.enabled("run by the engine test kit")
                : ConditionEvaluationResult.disabled("runs only inside LocalSageMakerExtensionTest");
    }
}
