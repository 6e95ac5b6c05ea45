/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
/**
 * Training with DJL in a Java training script ({@code dev.sagemaker4j.estimator.TrainingScript}):
 * {@link dev.sagemaker4j.djl.training.DjlTraining} gives the devices of the job's instance, its channels as DJL
 * datasets, the {@link dev.sagemaker4j.djl.training.SageMakerTrainingListener} that reports epochs as the job's
 * metrics, progress and checkpoints, and saves models as TorchScript or DJL model folders.
 */
package dev.sagemaker4j.djl.training;
