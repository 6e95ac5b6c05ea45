/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
/**
 * Python's {@code sagemaker.model_metrics}: the reports of a registered model version ({@link
 * dev.sagemaker4j.modelmetrics.ModelMetrics}) and where each lies ({@link dev.sagemaker4j.modelmetrics.MetricsSource},
 * {@link dev.sagemaker4j.modelmetrics.FileSource}), turned into the service's shapes by {@code toRequest()}.
 */
package dev.sagemaker4j.modelmetrics;
