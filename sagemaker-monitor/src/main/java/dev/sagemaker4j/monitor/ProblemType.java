/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.monitor;

import dev.sagemaker4j.exceptions.ValidationException;

/**
 * The problem a model-quality monitor evaluates, Python's {@code problem_type} string of
 * {@code ModelQualityMonitor}: its {@link #value()} is what goes to the service ({@code ProblemType} of
 * CreateModelQualityJobDefinition) and to the analyzer ({@code problem_type}).
 */
public enum ProblemType {
    /** {@code Regression}: mae, mse, rmse, r2. */
    REGRESSION("Regression"),
    /** {@code BinaryClassification}: confusion matrix, accuracy, precision, recall, f0_5/f1/f2, auc, rates. */
    BINARY_CLASSIFICATION("BinaryClassification"),
    /** {@code MulticlassClassification}: confusion matrix, accuracy and the weighted recall, precision, f-scores. */
    MULTICLASS_CLASSIFICATION("MulticlassClassification");

    private final String value;

    ProblemType(String value) {
        this.value = value;
    }

    /**
     * The service's name.
     *
     * @return e.g. {@code BinaryClassification}
     */
    public String value() {
        return value;
    }

    /**
     * The problem type of a service name, as Python passes it.
     *
     * @param value {@code Regression}, {@code BinaryClassification} or {@code MulticlassClassification}
     * @return the problem type
     * @throws ValidationException for any other value
     */
    public static ProblemType fromValue(String value) {
        for (ProblemType t : values()) {
            if (t.value.equals(value)) {
                return t;
            }
        }
        throw new ValidationException("problem_type", value, "is not a problem type the service knows",
                "pass Regression, BinaryClassification or MulticlassClassification");
    }

    @Override
    public String toString() {
        return value;
    }
}
