/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
/**
 * The local backend's kit: what a part of the local backend is made of, and the one place a new
 * capability or a third party plugs in. The counterpart of {@code sagemaker.local}.
 *
 * <ul>
 *   <li>{@link dev.sagemaker4j.local.LocalPart} and {@link dev.sagemaker4j.local.LocalPartProvider}: a
 *       part offers capabilities ({@code dev.sagemaker4j.spi.TrainingJobsApi}, {@code HostingApi}, ... or
 *       an interface of its own); providers are found with {@link java.util.ServiceLoader}, and one
 *       capability offered by two parts fails at start naming both.</li>
 *   <li>{@link dev.sagemaker4j.local.LocalContext}: what the parts of a session share (root, region,
 *       account, object store, job records, job runner, the other parts' capabilities).</li>
 *   <li>{@link dev.sagemaker4j.local.JobStore} and {@link dev.sagemaker4j.local.JobKind}: job records as
 *       the service's Describe responses, persisted under the root, shared between processes.</li>
 *   <li>{@link dev.sagemaker4j.local.JobRunner} and {@link dev.sagemaker4j.local.JobLifecycle}: the worker
 *       pool and the one job state machine every job kind runs through (InProgress, then Completed,
 *       Failed or Stopped, the terminal status written last).</li>
 *   <li>{@link dev.sagemaker4j.local.JobLog}, {@link dev.sagemaker4j.local.MetricCollector}: a job's log
 *       and its metric series.</li>
 *   <li>{@link dev.sagemaker4j.local.Listing}: the service's List semantics (filters, sorting,
 *       MaxResults and NextToken) over records.</li>
 *   <li>{@link dev.sagemaker4j.local.ScheduleExpression} and {@link dev.sagemaker4j.local.LocalScheduler}:
 *       EventBridge Scheduler's rate, cron and at expressions, and a thread that fires jobs on them (pipeline
 *       and monitoring schedules).</li>
 *   <li>{@link dev.sagemaker4j.local.SdkJson}: the service's JSON shapes of the AWS SDK model classes;
 *       {@link dev.sagemaker4j.local.Tarballs}: {@code model.tar.gz} packing within limits.</li>
 *   <li>{@link dev.sagemaker4j.local.LocalAlgorithm} and {@link dev.sagemaker4j.local.TrainingEnvironment}:
 *       training algorithms run in-process against the SageMaker training container contract.</li>
 * </ul>
 *
 * <pre>{@code
 * // META-INF/services/dev.sagemaker4j.local.LocalPartProvider
 * com.example.EchoesProvider
 *
 * // META-INF/services/dev.sagemaker4j.local.LocalAlgorithm
 * com.example.MeanModel
 *
 * session.api(TrainingJobsApi.CAPABILITY).createTrainingJob(CreateTrainingJobRequest.builder()
 *     .trainingJobName("mean-1")
 *     .algorithmSpecification(a -> a.trainingImage("mean-model:1").trainingInputMode("File"))
 *     .outputDataConfig(o -> o.s3OutputPath("s3://bucket/out"))
 *     .resourceConfig(r -> r.instanceType("local").instanceCount(1).volumeSizeInGB(1))
 *     .build());
 * }</pre>
 */
package dev.sagemaker4j.local;
