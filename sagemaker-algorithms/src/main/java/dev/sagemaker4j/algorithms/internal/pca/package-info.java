/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
/**
 * SageMaker's built-in PCA (image {@code pca}) in-process on EJML: training ({@link
 * dev.sagemaker4j.algorithms.internal.pca.PcaAlgorithm}), the model file ({@link
 * dev.sagemaker4j.algorithms.internal.pca.PcaModel}) and serving ({@link
 * dev.sagemaker4j.algorithms.internal.pca.PcaRuntimeProvider}). Not public API.
 */
package dev.sagemaker4j.algorithms.internal.pca;
