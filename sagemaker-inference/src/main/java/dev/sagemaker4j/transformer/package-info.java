/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
/**
 * Batch transform, as {@code sagemaker.transformer}.
 *
 * <pre>{@code
 * Transformer t = estimator.transformer(1, "local", "MultiRecord", "Line", "s3://bucket/out", null);
 * t.transform("s3://bucket/batch/", "text/csv", "Line");
 * }</pre>
 */
package dev.sagemaker4j.transformer;
