/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
/**
 * The backend seam: {@link dev.sagemaker4j.spi.SageMakerApi}, {@link dev.sagemaker4j.spi.RuntimeApi},
 * {@link dev.sagemaker4j.spi.FeatureStoreRuntimeApi} and {@link dev.sagemaker4j.spi.ObjectStore},
 * whose methods take and return the AWS SDK for Java v2 model classes of the SageMaker services.
 * Backends plug in with a {@link dev.sagemaker4j.spi.BackendProvider} found by
 * {@link java.util.ServiceLoader} and are chosen by name.
 *
 * <pre>{@code
 * // META-INF/services/dev.sagemaker4j.spi.BackendProvider
 * com.example.SparkBackendProvider
 *
 * Session session = Session.builder().backend("spark").build();
 * }</pre>
 */
package dev.sagemaker4j.spi;
