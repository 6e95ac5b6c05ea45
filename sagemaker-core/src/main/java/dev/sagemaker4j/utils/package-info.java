/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
/**
 * Helpers of {@code sagemaker.utils}: job names and naming rules.
 *
 * <pre>{@code
 * String jobName = Names.nameFromBase("xgboost");
 * }</pre>
 */
package dev.sagemaker4j.utils;
