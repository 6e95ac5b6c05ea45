/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.workflow;

/**
 * How many steps of an execution run at once, as in the Python SDK's
 * {@code sagemaker.workflow.parallelism_config.ParallelismConfiguration}.
 *
 * @param maxParallelExecutionSteps the most steps running at once (Python {@code max_parallel_execution_steps})
 */
public record ParallelismConfiguration(int maxParallelExecutionSteps) {

    /**
     * The AWS SDK shape.
     *
     * @return the configuration
     */
    public software.amazon.awssdk.services.sagemaker.model.ParallelismConfiguration toSdk() {
        return software.amazon.awssdk.services.sagemaker.model.ParallelismConfiguration.builder()
                .maxParallelExecutionSteps(maxParallelExecutionSteps).build();
    }
}
