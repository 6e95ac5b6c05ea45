/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.monitor.lookup;

import dev.sagemaker4j.Session;
import dev.sagemaker4j.modelmonitor.Monitor;
import dev.sagemaker4j.modelmonitor.MonitorLookup;
import dev.sagemaker4j.monitor.ModelMonitor;
import dev.sagemaker4j.spi.MonitoringApi;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.sagemaker.model.ListMonitoringSchedulesRequest;
import software.amazon.awssdk.services.sagemaker.model.ListMonitoringSchedulesResponse;
import software.amazon.awssdk.services.sagemaker.model.MonitoringScheduleSummary;

/** {@code Predictor.listMonitors()}'s lookup (ServiceLoader): the endpoint's schedules, each attached. */
public final class ScheduleMonitorLookup implements MonitorLookup {
    /** Creates the lookup (ServiceLoader). */
    public ScheduleMonitorLookup() {
    }

    @Override
    public List<Monitor> monitorsOf(String endpointName, Session session) {
        List<Monitor> out = new ArrayList<>();
        String token = null;
        do {
            ListMonitoringSchedulesResponse page = session.api(MonitoringApi.CAPABILITY).listMonitoringSchedules(
                    ListMonitoringSchedulesRequest.builder().endpointName(endpointName).maxResults(100)
                            .sortBy("CreationTime").sortOrder("Ascending").nextToken(token).build());
            for (MonitoringScheduleSummary s : page.monitoringScheduleSummaries()) {
                out.add(ModelMonitor.attach(s.monitoringScheduleName(), session));
            }
            token = page.nextToken();
        } while (token != null);
        return out;
    }
}
