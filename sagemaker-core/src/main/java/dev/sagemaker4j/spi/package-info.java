/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
/**
 * The backend seam. A {@link dev.sagemaker4j.spi.Backend} offers capabilities, each an interface
 * with a {@link dev.sagemaker4j.spi.Capability} key: the control plane's
 * {@link dev.sagemaker4j.spi.TrainingJobsApi}, {@link dev.sagemaker4j.spi.HostingApi},
 * {@link dev.sagemaker4j.spi.TransformJobsApi}, {@link dev.sagemaker4j.spi.FeatureGroupsApi},
 * {@link dev.sagemaker4j.spi.InferenceComponentsApi} (and the
 * slots of the capabilities to come: processing, tuning, model packages, pipelines, search), the
 * {@link dev.sagemaker4j.spi.RuntimeApi} and {@link dev.sagemaker4j.spi.FeatureStoreRuntimeApi}, and
 * in-process fast paths such as {@link dev.sagemaker4j.spi.DirectInvocation}; plus the
 * {@link dev.sagemaker4j.spi.ObjectStore}. Every operation takes and returns the AWS SDK for Java v2
 * model classes of the SageMaker services. Backends plug in with a
 * {@link dev.sagemaker4j.spi.BackendProvider} found by {@link java.util.ServiceLoader} and are chosen by
 * name; the local backend's own parts plug in with a {@link dev.sagemaker4j.local.LocalPartProvider}.
 *
 * <pre>{@code
 * // META-INF/services/dev.sagemaker4j.spi.BackendProvider
 * com.example.SparkBackendProvider
 *
 * Session session = Session.builder().backend("spark").build();
 * }</pre>
 */
package dev.sagemaker4j.spi;
