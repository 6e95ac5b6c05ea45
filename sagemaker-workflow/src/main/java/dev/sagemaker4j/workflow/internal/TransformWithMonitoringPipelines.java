/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.workflow.internal;

import dev.sagemaker4j.exceptions.ValidationException;
import dev.sagemaker4j.transformer.MonitoringConfig;
import dev.sagemaker4j.transformer.MonitoringExecution;
import dev.sagemaker4j.transformer.MonitoringResourceConfig;
import dev.sagemaker4j.transformer.TransformWithMonitoringProvider;
import dev.sagemaker4j.transformer.Transformer;
import dev.sagemaker4j.workflow.CheckJobConfig;
import dev.sagemaker4j.workflow.MonitorBatchTransformStep;
import dev.sagemaker4j.workflow.Pipeline;
import dev.sagemaker4j.workflow.PipelineExecution;
import dev.sagemaker4j.workflow.QualityCheckConfig;
import software.amazon.awssdk.services.sagemaker.model.CreateTransformJobRequest;

/**
 * sagemaker-workflow's {@link TransformWithMonitoringProvider} (ServiceLoader): Python's
 * {@code transform_with_monitoring} body — a pipeline of one {@link MonitorBatchTransformStep} named
 * {@code MonitorBatchTransformStep}, upserted and started, waited for with {@code wait}.
 */
public final class TransformWithMonitoringPipelines implements TransformWithMonitoringProvider {

    /** Creates the provider (ServiceLoader). */
    public TransformWithMonitoringPipelines() {
    }

    @Override
    public MonitoringExecution run(Transformer transformer, CreateTransformJobRequest request,
            MonitoringConfig monitoringConfig, MonitoringResourceConfig monitoringResourceConfig,
            Transformer.TransformWithMonitoringOptions options) {
        if (!(monitoringConfig instanceof QualityCheckConfig config)) {
            throw new ValidationException("monitoringConfig", monitoringConfig.getClass().getName(),
                    "is not a monitoring configuration this SDK runs",
                    "pass a DataQualityCheckConfig or ModelQualityCheckConfig");
        }
        if (!(monitoringResourceConfig instanceof CheckJobConfig job)) {
            throw new ValidationException("monitoringResourceConfig", monitoringResourceConfig.getClass().getName(),
                    "is not a CheckJobConfig", "pass a CheckJobConfig");
        }
        MonitorBatchTransformStep step = new MonitorBatchTransformStep("MonitorBatchTransformStep", request, config,
                job, o -> o.displayName("MonitorBatchTransformStep").description("")
                        .monitorBeforeTransform(options.monitorBeforeTransform())
                        .failOnViolation(options.failOnViolation())
                        .suppliedBaselineStatistics(options.suppliedBaselineStatistics())
                        .suppliedBaselineConstraints(options.suppliedBaselineConstraints()));
        String name = options.pipelineName() != null ? options.pipelineName()
                : "TransformWithMonitoring" + System.currentTimeMillis() / 1000;
        Pipeline pipeline = Pipeline.builder(name).steps(step.steps()).session(transformer.session()).build();
        pipeline.upsert(options.role() != null ? options.role() : job.role());
        PipelineExecution execution = pipeline.start();
        if (options.waits()) {
            execution.waitForCompletion();
        }
        return execution;
    }
}
