/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
/**
 * Python's {@code sagemaker.drift_check_baselines}: the baselines a registered model version is checked against
 * ({@link dev.sagemaker4j.driftcheckbaselines.DriftCheckBaselines}).
 */
package dev.sagemaker4j.driftcheckbaselines;
