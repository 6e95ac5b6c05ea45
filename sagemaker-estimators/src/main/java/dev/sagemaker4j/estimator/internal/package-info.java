/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
/**
 * The built-in algorithms of the local backend (XGBoost, LinearLearner, KMeans) and Java entry
 * points; not public API.
 *
 * <pre>{@code
 * Estimator.builder().imageUri(ImageUris.retrieve("xgboost", region, "1.7-1"))...   // XGBoostAlgorithm
 * }</pre>
 */
package dev.sagemaker4j.estimator.internal;
