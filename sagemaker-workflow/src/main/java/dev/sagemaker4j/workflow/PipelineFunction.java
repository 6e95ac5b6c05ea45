/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.workflow;

import java.util.Map;
import java.util.function.Function;

/**
 * A Java function that a {@link JavaFunctionStep} calls: the local analog of a Lambda function. The local pipeline
 * engine accepts any {@code Function<Map<String, Object>, Map<String, Object>>} named by
 * {@code FunctionArn: "java:<class name>"}; this interface names that shape. The class needs a public
 * no-argument constructor; the engine may reuse one instance for several calls, so keep it stateless.
 */
@FunctionalInterface
public interface PipelineFunction extends Function<Map<String, Object>, Map<String, Object>> {

    /**
     * Runs the function.
     *
     * @param inputs the step's {@code Arguments}, pipeline variables resolved: strings, numbers, booleans, lists
     *               and maps
     * @return the outputs by name; those declared as the step's outputs become its {@code OutputParameters}
     * @throws RuntimeException a failure, which fails the step with the exception's message as its failure reason
     */
    @Override
    Map<String, Object> apply(Map<String, Object> inputs);
}
