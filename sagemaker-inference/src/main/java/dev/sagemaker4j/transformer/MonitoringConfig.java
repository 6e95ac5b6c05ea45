/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.transformer;

/**
 * The {@code monitoring_config} of {@link Transformer#transformWithMonitoring(MonitoringConfig,
 * MonitoringResourceConfig, String)}: Python's {@code QualityCheckConfig} or {@code ClarifyCheckConfig}, which live
 * in sagemaker-workflow ({@code dev.sagemaker4j.workflow.DataQualityCheckConfig},
 * {@code ModelQualityCheckConfig}) and implement this interface.
 */
public interface MonitoringConfig {
}
