/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
/**
 * Inputs of jobs, as {@code sagemaker.inputs}: {@link dev.sagemaker4j.inputs.TrainingInput} (S3 data),
 * {@link dev.sagemaker4j.inputs.FileSystemInput} (EFS, FSx for Lustre) and
 * {@link dev.sagemaker4j.inputs.ShuffleConfig}. {@code TransformInput} lives with the transformer
 * ({@code dev.sagemaker4j.transformer.TransformInput}, in sagemaker-inference).
 *
 * <pre>{@code
 * estimator.fit(Map.of("train", TrainingInput.builder().s3Data(trainUri).contentType("text/csv").build()));
 * }</pre>
 */
package dev.sagemaker4j.inputs;
