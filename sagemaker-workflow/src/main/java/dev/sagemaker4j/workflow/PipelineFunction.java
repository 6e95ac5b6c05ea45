/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.workflow;

import java.util.Map;

/**
 * A Java function that a {@link JavaFunctionStep} calls: the local analog of a Lambda function. The class needs a
 * public no-argument constructor; the local pipeline engine makes one instance per step run.
 */
@FunctionalInterface
public interface PipelineFunction {

    /**
     * Runs the function.
     *
     * @param inputs the step's inputs, pipeline variables resolved: strings, numbers, booleans, lists and maps
     * @return the outputs by name; those declared as the step's outputs become its {@code OutputParameters}
     * @throws Exception a failure, which fails the step with the exception's message as its failure reason
     */
    Map<String, Object> apply(Map<String, Object> inputs) throws Exception;
}
