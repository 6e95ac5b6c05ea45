/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
/**
 * The SageMaker Python SDK's configuration file ({@code sagemaker.config}): defaults for the service's requests
 * and the session, shared with the Python SDK.
 *
 * <pre>{@code
 * Session session = Session.builder().backend("sagemaker").region("us-east-1")
 *         .sagemakerConfig(Path.of("config.yaml")).build();
 * }</pre>
 */
package dev.sagemaker4j.config;
