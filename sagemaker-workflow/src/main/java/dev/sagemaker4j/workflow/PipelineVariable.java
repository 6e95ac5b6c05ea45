/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.workflow;

import java.util.Map;

/**
 * A value known only when the pipeline runs, as in the Python SDK's {@code sagemaker.workflow.entities.PipelineVariable}:
 * a parameter, an execution variable, a step property, or a function of those. In the definition it is written as
 * its {@link #expr() expression}, e.g. {@code {"Get": "Parameters.InstanceType"}}.
 */
public interface PipelineVariable {

    /**
     * The variable's expression in the pipeline definition JSON.
     *
     * @return a JSON object as a map, e.g. {@code {"Get": "Steps.Train.ModelArtifacts.S3ModelArtifacts"}}
     */
    Map<String, Object> expr();
}
