/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.workflow;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Retries a step on the pipeline service's own faults, as in the Python SDK's {@code StepRetryPolicy}.
 */
public final class StepRetryPolicy extends RetryPolicy {

    /** Python's {@code StepExceptionTypeEnum}. */
    public enum ExceptionType {
        /** {@code Step.SERVICE_FAULT}. */
        SERVICE_FAULT("Step.SERVICE_FAULT"),
        /** {@code Step.THROTTLING}. */
        THROTTLING("Step.THROTTLING");

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
     * The policy.
     *
     * @param exceptionTypes the faults retried (Python {@code exception_types})
     * @param options        backoffRate, intervalSeconds, and one of maxAttempts or expireAfterMins
     */
    public StepRetryPolicy(List<ExceptionType> exceptionTypes, Consumer<RetryOptions> options) {
        super(names(exceptionTypes), apply(options));
    }

    static RetryOptions apply(Consumer<RetryOptions> options) {
        RetryOptions o = new RetryOptions();
        options.accept(o);
        return o;
    }

    private static List<String> names(List<ExceptionType> types) {
        List<String> names = new ArrayList<>();
        for (ExceptionType t : types) {
            names.add(t.toString());
        }
        return names;
    }
}
