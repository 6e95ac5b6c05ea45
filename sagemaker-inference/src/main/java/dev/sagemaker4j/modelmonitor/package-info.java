/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
/**
 * Model monitoring, as {@code sagemaker.model_monitor}: endpoint data capture.
 *
 * <pre>{@code
 * DataCaptureConfig.builder().samplingPercentage(100).destinationS3Uri("s3://bucket/capture").build();
 * }</pre>
 */
package dev.sagemaker4j.modelmonitor;
