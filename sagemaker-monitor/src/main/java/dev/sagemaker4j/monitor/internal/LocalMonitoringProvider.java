/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.monitor.internal;

import dev.sagemaker4j.local.LocalContext;
import dev.sagemaker4j.local.LocalPart;
import dev.sagemaker4j.local.LocalPartProvider;

/** Adds model monitoring (MonitoringApi: job definitions, schedules, executions) to the local backend when sagemaker-monitor is on the class path. */
public final class LocalMonitoringProvider implements LocalPartProvider {
    /** Creates the provider (found by ServiceLoader). */
    public LocalMonitoringProvider() {
    }

    @Override
    public LocalPart create(LocalContext context) {
        return new LocalMonitoring(context);
    }
}
