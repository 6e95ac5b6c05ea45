/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.workflow;

import java.util.Map;

/**
 * A value known only when the pipeline runs, as in the Python SDK's {@code sagemaker.workflow.entities.PipelineVariable}:
 * a parameter, an execution variable, a step property, or a function of those. In the definition it is written as
 * its {@link #expr() expression}, e.g. {@code {"Get": "Parameters.InstanceType"}}.
 *
 * <p>Where a value goes into an AWS SDK request (whose setters take {@code String}s), pass {@link #asString()}:
 * a placeholder that the step turns back into the expression when it writes its arguments. A placeholder inside a
 * longer string ({@code "s3://bucket/" + p.asString()}) becomes a {@code Std:Join} of the parts.
 */
public interface PipelineVariable {

    /**
     * The variable's expression in the pipeline definition JSON.
     *
     * @return a JSON object as a map, e.g. {@code {"Get": "Steps.Train.ModelArtifacts.S3ModelArtifacts"}}
     */
    Map<String, Object> expr();

    /**
     * A placeholder for this variable that fits any {@code String} field of a request; the step that holds the
     * request writes the expression in its place. The analog of Python's {@code to_string()}.
     *
     * @return the placeholder text
     */
    default String asString() {
        return Placeholders.of(this);
    }
}
