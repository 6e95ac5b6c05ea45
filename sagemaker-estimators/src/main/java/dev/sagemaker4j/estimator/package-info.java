/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
/**
 * Estimators, as {@code sagemaker.estimator}: the image-based {@link dev.sagemaker4j.estimator.Estimator}
 * and the {@link dev.sagemaker4j.estimator.JavaEstimator} for Java training code.
 *
 * <pre>{@code
 * Estimator xgb = Estimator.builder()
 *     .imageUri(ImageUris.retrieve("xgboost", session.region(), "1.7-1"))
 *     .instanceType("local").session(session)
 *     .hyperparameters(Map.of("objective", "binary:logistic", "num_round", 50))
 *     .build();
 * xgb.fit(Map.of("train", TrainingInput.builder().s3Data(trainUri).contentType("text/csv").build()));
 * }</pre>
 */
package dev.sagemaker4j.estimator;
