/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
/**
 * The ServiceLoader provider that lets {@code Predictor.listMonitors()} (sagemaker-inference) find the monitors of
 * an endpoint without depending on this module. Not called directly; a package of its own so that the monitor
 * package's internals do not depend back on it.
 */
package dev.sagemaker4j.monitor.lookup;
