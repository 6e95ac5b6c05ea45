/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
/**
 * SageMaker's LightGBM built-in algorithm on Microsoft's lightgbmlib (not public API): training
 * ({@link dev.sagemaker4j.algorithms.internal.lightgbm.LightGbmAlgorithm}), serving
 * ({@link dev.sagemaker4j.algorithms.internal.lightgbm.LightGbmRuntimeProvider}) and the one native load
 * ({@link dev.sagemaker4j.algorithms.internal.lightgbm.LightGbmNative}).
 */
package dev.sagemaker4j.algorithms.internal.lightgbm;
