/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
/**
 * Batch transform, as {@code sagemaker.transformer}, with {@link dev.sagemaker4j.transformer.TransformInput}
 * ({@code sagemaker.inputs.TransformInput}).
 *
 * <pre>{@code
 * Transformer t = estimator.transformer(1, "local", o -> o.strategy("MultiRecord").assembleWith("Line")
 *         .outputPath("s3://bucket/out"));
 * t.transform("s3://bucket/batch/", o -> o.contentType("text/csv").splitType("Line"));
 * t.transform(TransformInput.builder().data("s3://bucket/batch/").contentType("text/csv").splitType("Line")
 *         .build());
 * }</pre>
 */
package dev.sagemaker4j.transformer;
