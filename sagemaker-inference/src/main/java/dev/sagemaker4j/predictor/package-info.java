/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
/**
 * Predictions against endpoints, as {@code sagemaker.predictor}.
 *
 * <pre>{@code
 * Predictor.builder("my-endpoint", session).serializer(new CSVSerializer())
 *         .deserializer(new JSONDeserializer()).build().predict(rows);
 * }</pre>
 */
package dev.sagemaker4j.predictor;
