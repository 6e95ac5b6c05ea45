/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
/**
 * The local tuning engine (not public API): the local backend's part that serves the hyperparameter tuning
 * operations, its search strategies and the request validation the service does.
 */
package dev.sagemaker4j.tuner.internal;
