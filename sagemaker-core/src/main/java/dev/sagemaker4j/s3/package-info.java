/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
/**
 * S3 addresses, as {@code sagemaker.s3} offers them.
 *
 * <pre>{@code
 * S3Uri uri = S3Uri.parse("s3://bucket/data/train.csv");
 * }</pre>
 */
package dev.sagemaker4j.s3;
