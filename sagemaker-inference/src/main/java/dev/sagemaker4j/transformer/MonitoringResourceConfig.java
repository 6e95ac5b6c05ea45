/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.transformer;

/**
 * The {@code monitoring_resource_config} of {@link Transformer#transformWithMonitoring(MonitoringConfig,
 * MonitoringResourceConfig, String)}: Python's {@code CheckJobConfig} ({@code dev.sagemaker4j.workflow.CheckJobConfig}
 * in sagemaker-workflow implements this interface).
 */
public interface MonitoringResourceConfig {
    /**
     * The check job's IAM role, the pipeline's role when {@code transformWithMonitoring} is given none.
     *
     * @return the role
     */
    String role();
}
