/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
/**
 * Object stores by URI scheme (local buckets, S3, {@code file://}) and model tarballs; not public
 * API.
 *
 * <pre>{@code
 * dev.sagemaker4j.local.Tarballs.pack(modelDir, Path.of("model.tar.gz"));
 * }</pre>
 */
package dev.sagemaker4j.internal.storage;

