/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
/**
 * The serving runtime seam of local hosting: a {@link dev.sagemaker4j.model.runtime.ModelRuntime} answers
 * invocations for one loaded model as a SageMaker inference container would, and a
 * {@link dev.sagemaker4j.model.runtime.ModelRuntimeProvider}, found with {@link java.util.ServiceLoader} under
 * {@code META-INF/services/dev.sagemaker4j.model.runtime.ModelRuntimeProvider}, lets another module (DJL, the
 * Amazon algorithms on kept libraries) serve the artifacts it recognises. Endpoints, batch transform and
 * multi-model endpoints all load their models through this seam. A runtime reads request bodies as the built-in
 * ones do with {@link dev.sagemaker4j.model.runtime.Rows} (CSV, JSON, JSON Lines and {@code .npy} records) and
 * {@link dev.sagemaker4j.model.runtime.Tensors} (N-D arrays), and answers arrays with
 * {@link dev.sagemaker4j.model.runtime.Predictions}.
 */
package dev.sagemaker4j.model.runtime;
