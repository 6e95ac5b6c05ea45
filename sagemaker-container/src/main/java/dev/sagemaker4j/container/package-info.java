/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
/**
 * Java code on the real SageMaker service: {@link dev.sagemaker4j.container.ContainerMain} is the entry point of an
 * image built once from this module's {@code docker/Dockerfile}. SageMaker starts it with {@code train} for a
 * training job and {@code serve} for an endpoint or a batch transform, as it starts every container; it reads the
 * contract under {@code /opt/ml}, loads the user's jars from the {@code sourcedir.tar.gz} a
 * {@link dev.sagemaker4j.estimator.JavaEstimator} uploaded ({@code sagemaker_submit_directory}), and runs the
 * {@link dev.sagemaker4j.estimator.TrainingScript} named by {@code sagemaker_program}, or serves the model with the
 * {@link dev.sagemaker4j.inference.InferenceHandler} named by {@code SAGEMAKER_PROGRAM}.
 */
package dev.sagemaker4j.container;
