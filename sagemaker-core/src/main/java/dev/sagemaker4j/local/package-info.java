/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
/**
 * The local backend's extension points, the counterpart of {@code sagemaker.local}: training
 * algorithms run in-process against the SageMaker training container contract.
 *
 * <pre>{@code
 * // META-INF/services/dev.sagemaker4j.local.LocalAlgorithm
 * com.example.MeanModel
 *
 * session.sageMakerApi().createTrainingJob(CreateTrainingJobRequest.builder()
 *     .trainingJobName("mean-1")
 *     .algorithmSpecification(a -> a.trainingImage("mean-model:1").trainingInputMode("File"))
 *     .outputDataConfig(o -> o.s3OutputPath("s3://bucket/out"))
 *     .resourceConfig(r -> r.instanceType("local").instanceCount(1).volumeSizeInGB(1))
 *     .build());
 * }</pre>
 */
package dev.sagemaker4j.local;
