/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.workflow;

import dev.sagemaker4j.exceptions.ValidationException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Retries a job step on SageMaker job errors, as in the Python SDK's {@code SageMakerJobStepRetryPolicy}.
 */
public final class SageMakerJobStepRetryPolicy extends RetryPolicy {

    /** Python's {@code SageMakerJobExceptionTypeEnum}. */
    public enum ExceptionType {
        /** {@code SageMaker.JOB_INTERNAL_ERROR}. */
        INTERNAL_ERROR("SageMaker.JOB_INTERNAL_ERROR"),
        /** {@code SageMaker.CAPACITY_ERROR}. */
        CAPACITY_ERROR("SageMaker.CAPACITY_ERROR"),
        /** {@code SageMaker.RESOURCE_LIMIT}. */
        RESOURCE_LIMIT("SageMaker.RESOURCE_LIMIT");

        private final String value;

        ExceptionType(String value) {
            this.value = value;
        }

        @Override
        public String toString() {
            return value;
        }
    }

    /**
     * The policy. Python's {@code exception_types} and {@code failure_reason_types} are one list here, as in the
     * definition.
     *
     * @param exceptionTypes the errors retried, at least one (Python {@code exception_types} +
     *                       {@code failure_reason_types})
     * @param options        backoffRate, intervalSeconds, and one of maxAttempts or expireAfterMins
     */
    public SageMakerJobStepRetryPolicy(List<ExceptionType> exceptionTypes, Consumer<RetryOptions> options) {
        super(names(exceptionTypes), StepRetryPolicy.apply(options));
    }

    private static List<String> names(List<ExceptionType> types) {
        if (types.isEmpty()) {
            throw new ValidationException("RetryPolicies.ExceptionType", types, "is empty",
                    "give at least one exception type");
        }
        List<String> names = new ArrayList<>();
        for (ExceptionType t : types) {
            names.add(t.toString());
        }
        return names;
    }
}
