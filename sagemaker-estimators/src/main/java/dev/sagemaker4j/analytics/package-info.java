/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
/**
 * Analytics of jobs, as {@code sagemaker.analytics}.
 *
 * <pre>{@code
 * estimator.trainingJobAnalytics().series("validation:auc");
 * }</pre>
 */
package dev.sagemaker4j.analytics;
