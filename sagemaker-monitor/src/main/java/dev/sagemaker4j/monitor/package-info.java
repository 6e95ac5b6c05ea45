/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
/**
 * Model Monitor, as Python's {@code sagemaker.model_monitor}, the package of the {@code sagemaker-monitor} module.
 * Python's {@code DataCaptureConfig} stays in {@code dev.sagemaker4j.modelmonitor} of {@code sagemaker-inference},
 * where endpoints are deployed: this module needs processing (and so the estimators), which the estimators' and
 * models' use of {@code DataCaptureConfig} would turn into a package cycle had both shared one package. Baselines
 * ({@link dev.sagemaker4j.monitor.DefaultModelMonitor#suggestBaseline}), on-demand monitoring executions and
 * the service's report files ({@link dev.sagemaker4j.monitor.Statistics},
 * {@link dev.sagemaker4j.monitor.Constraints}, {@link dev.sagemaker4j.monitor.ConstraintViolations}).
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
package dev.sagemaker4j.monitor;
