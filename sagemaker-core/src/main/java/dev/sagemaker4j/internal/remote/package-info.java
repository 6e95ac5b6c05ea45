/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
/**
 * The sagemaker backend: the same requests sent to AWS through the AWS SDK v2 clients; not public
 * API.
 *
 * <pre>{@code
 * Session session = Session.sagemaker("eu-west-1");               // backed by SageMakerBackend
 * }</pre>
 */
package dev.sagemaker4j.internal.remote;
