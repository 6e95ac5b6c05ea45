/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.modelmonitor;

import dev.sagemaker4j.Session;
import java.util.List;

/**
 * Finds the monitors whose schedules watch an endpoint, for {@code Predictor.listMonitors()}. The monitor classes
 * live in {@code sagemaker-monitor}, which depends on this module, so that module provides the implementation,
 * found with {@link java.util.ServiceLoader} under {@code META-INF/services/dev.sagemaker4j.modelmonitor.MonitorLookup}.
 */
public interface MonitorLookup {

    /**
     * The monitors of the schedules that watch an endpoint (ListMonitoringSchedules with {@code EndpointName}),
     * each attached to its schedule, as Python's {@code Predictor.list_monitors()}.
     *
     * @param endpointName the endpoint
     * @param session      the session
     * @return the monitors, possibly none
     */
    List<Monitor> monitorsOf(String endpointName, Session session);
}
