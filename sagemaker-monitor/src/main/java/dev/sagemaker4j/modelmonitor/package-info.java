/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
/**
 * Model Monitor, as {@code sagemaker.model_monitor} (the {@code sagemaker-monitor} module's part; the package's
 * {@code DataCaptureConfig} lives in {@code sagemaker-inference}, where endpoints are deployed): baselines
 * ({@link dev.sagemaker4j.modelmonitor.DefaultModelMonitor#suggestBaseline}), on-demand monitoring executions and
 * the service's report files ({@link dev.sagemaker4j.modelmonitor.Statistics},
 * {@link dev.sagemaker4j.modelmonitor.Constraints}, {@link dev.sagemaker4j.modelmonitor.ConstraintViolations}).
 *
 * <pre>{@code
 * DefaultModelMonitor monitor = DefaultModelMonitor.builder().role(role).instanceType("local")
 *         .session(session).build();
 * monitor.suggestBaseline("s3://bucket/train.csv", DatasetFormat.csv(true),
 *         b -> b.outputS3Uri("s3://bucket/baseline"));
 * MonitoringExecution run = monitor.runMonitoring("s3://bucket/capture/my-endpoint",
 *         DatasetFormat.sagemakerCaptureJson());
 * run.constraintViolations().violations();
 * }</pre>
 */
package dev.sagemaker4j.modelmonitor;
