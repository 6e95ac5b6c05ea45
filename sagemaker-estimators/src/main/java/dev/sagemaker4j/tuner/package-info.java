/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
/**
 * Hyperparameter tuning, as the Python SDK's {@code sagemaker.tuner} and {@code sagemaker.parameter}:
 * {@link dev.sagemaker4j.tuner.HyperparameterTuner} over the ranges {@link dev.sagemaker4j.tuner.ContinuousParameter},
 * {@link dev.sagemaker4j.tuner.IntegerParameter} and {@link dev.sagemaker4j.tuner.CategoricalParameter}.
 */
package dev.sagemaker4j.tuner;
