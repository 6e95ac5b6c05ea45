/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
/**
 * Chart rendering behind {@code TrainingJobAnalytics.plot} and {@code ClassificationEvaluation.plot};
 * not part of the public API.
 *
 * <pre>{@code
 * byte[] png = Charts.png(Charts.lineChart("validation:auc", "round", "auc"));
 * }</pre>
 */
package dev.sagemaker4j.analytics.internal;
