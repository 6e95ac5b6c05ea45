/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
/**
 * The entry point, as the Python SDK's {@code sagemaker} module: {@link dev.sagemaker4j.Session}
 * (a local or a SageMaker backend, its default bucket, uploads and downloads, waiters, logs) and
 * {@link dev.sagemaker4j.ImageUris} (the images of the built-in algorithms).
 *
 * <pre>{@code
 * try (Session session = Session.local()) {
 *     String bucket = session.defaultBucket();
 *     String uri = session.uploadData(Path.of("train.csv"), bucket, "data");
 *     String image = ImageUris.retrieve("xgboost", session.region(), "1.7-1");
 * }
 * }</pre>
 */
package dev.sagemaker4j;
