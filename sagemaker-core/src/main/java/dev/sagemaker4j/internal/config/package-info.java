/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
/**
 * The request decorator that applies the configuration file's defaults where a session hands a request to its
 * backend.
 *
 * <pre>{@code
 * CreateTrainingJobRequest filled = ConfigDefaults.of(session.sagemakerConfig()).apply(request);
 * }</pre>
 */
package dev.sagemaker4j.internal.config;
