/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
/**
 * The Amazon algorithms' estimators, as the Python SDK's {@code sagemaker.amazon}: {@link
 * dev.sagemaker4j.amazon.AmazonAlgorithmEstimatorBase} with {@link dev.sagemaker4j.amazon.RecordSet} (training data
 * written as RecordIO-protobuf shards and a manifest), and {@link dev.sagemaker4j.amazon.LinearLearner},
 * {@link dev.sagemaker4j.amazon.KMeans}, {@link dev.sagemaker4j.amazon.PCA}, {@link dev.sagemaker4j.amazon.KNN},
 * {@link dev.sagemaker4j.amazon.FactorizationMachines} and {@link dev.sagemaker4j.amazon.RandomCutForest} with
 * their models and predictors. Each hyperparameter has Python's name, validation and wire value.
 */
package dev.sagemaker4j.amazon;
