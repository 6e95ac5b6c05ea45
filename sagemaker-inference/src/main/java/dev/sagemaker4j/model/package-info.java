/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
/**
 * Models and their deployment to endpoints, as {@code sagemaker.model} and
 * {@code sagemaker.multidatamodel}.
 *
 * <pre>{@code
 * Predictor<?> p = Model.builder().imageUri(image).modelData(modelTarGz).session(session).build()
 *         .deploy(1, "local");
 * }</pre>
 */
package dev.sagemaker4j.model;
