/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.transformer;

/**
 * Runs {@link Transformer#transformWithMonitoring(MonitoringConfig, MonitoringResourceConfig, String)}: a pipeline of
 * a transform step and a monitoring step (Python's {@code MonitorBatchTransformStep}). sagemaker-inference cannot
 * depend on sagemaker-workflow, which has the pipelines, so sagemaker-workflow implements this interface and
 * registers it under {@code META-INF/services/dev.sagemaker4j.transformer.TransformWithMonitoringProvider}; the
 * transformer finds it with {@link java.util.ServiceLoader}.
 */
public interface TransformWithMonitoringProvider {
    /**
     * Builds, upserts and starts the pipeline, waiting for it when the options say so.
     *
     * @param transformer              the transformer
     * @param request                  the transform step's CreateTransformJob request
     * @param monitoringConfig         the monitoring configuration
     * @param monitoringResourceConfig the check job configuration
     * @param options                  the keywords of {@code transform_with_monitoring}
     * @return the execution
     */
    MonitoringExecution run(Transformer transformer,
            software.amazon.awssdk.services.sagemaker.model.CreateTransformJobRequest request,
            MonitoringConfig monitoringConfig, MonitoringResourceConfig monitoringResourceConfig,
            Transformer.TransformWithMonitoringOptions options);
}
