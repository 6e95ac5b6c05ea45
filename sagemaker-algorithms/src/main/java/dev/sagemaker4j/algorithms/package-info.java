/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
/**
 * The built-in algorithms of the {@code sagemaker-algorithms} module, run in-process on kept libraries: each is a
 * {@link dev.sagemaker4j.local.LocalAlgorithm} for its SageMaker training image and a
 * {@link dev.sagemaker4j.model.runtime.ModelRuntimeProvider} for the model it writes.
 */
package dev.sagemaker4j.algorithms;
