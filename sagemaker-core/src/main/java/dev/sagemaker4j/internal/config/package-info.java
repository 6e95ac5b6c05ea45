/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
/**
 * Validation of the configuration file against the Python SDK's schema, and the request decorator that applies
 * its defaults where a session hands a request to its backend.
 *
 * <pre>{@code
 * CreateTrainingJobRequest filled = ConfigDefaults.of(session.sagemakerConfig()).apply(request);
 * }</pre>
 */
package dev.sagemaker4j.internal.config;
