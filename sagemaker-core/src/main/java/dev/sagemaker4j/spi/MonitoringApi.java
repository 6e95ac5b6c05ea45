/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.spi;

import software.amazon.awssdk.services.sagemaker.model.*;

/**
 * One capability of the SageMaker control plane: model monitoring: monitoring schedules, their executions and alerts. Each method takes and returns the AWS SDK for
 * Java v2 model class of the service operation of the same name, so a request built for one backend is
 * valid for every other and for the service itself.
 *
 * <p>A backend offers this capability under {@link #CAPABILITY}; callers reach it with
 * {@code session.api(MonitoringApi.CAPABILITY)}. An implementation overrides the operations it serves; the
 * others throw {@link dev.sagemaker4j.exceptions.OperationNotSupportedException} naming the operation
 * and the backend, which is also what a backend without this capability answers.
 */
public interface MonitoringApi extends ServiceApi {

    /** The key under which a backend offers model monitoring. */
    Capability<MonitoringApi> CAPABILITY = Capability.of(MonitoringApi.class, backend -> () -> backend);

    /**
     * The service operation CreateMonitoringSchedule.
     *
     * @param request the request, as for the service
     * @return the service's response
     */
    default CreateMonitoringScheduleResponse createMonitoringSchedule(CreateMonitoringScheduleRequest request) {
        throw unsupported("CreateMonitoringSchedule");
    }

    /**
     * The service operation UpdateMonitoringSchedule.
     *
     * @param request the request, as for the service
     * @return the service's response
     */
    default UpdateMonitoringScheduleResponse updateMonitoringSchedule(UpdateMonitoringScheduleRequest request) {
        throw unsupported("UpdateMonitoringSchedule");
    }

    /**
     * The service operation DescribeMonitoringSchedule.
     *
     * @param request the request, as for the service
     * @return the service's response
     */
    default DescribeMonitoringScheduleResponse describeMonitoringSchedule(DescribeMonitoringScheduleRequest request) {
        throw unsupported("DescribeMonitoringSchedule");
    }

    /**
     * The service operation StartMonitoringSchedule.
     *
     * @param request the request, as for the service
     * @return the service's response
     */
    default StartMonitoringScheduleResponse startMonitoringSchedule(StartMonitoringScheduleRequest request) {
        throw unsupported("StartMonitoringSchedule");
    }

    /**
     * The service operation StopMonitoringSchedule.
     *
     * @param request the request, as for the service
     * @return the service's response
     */
    default StopMonitoringScheduleResponse stopMonitoringSchedule(StopMonitoringScheduleRequest request) {
        throw unsupported("StopMonitoringSchedule");
    }

    /**
     * The service operation DeleteMonitoringSchedule.
     *
     * @param request the request, as for the service
     * @return the service's response
     */
    default DeleteMonitoringScheduleResponse deleteMonitoringSchedule(DeleteMonitoringScheduleRequest request) {
        throw unsupported("DeleteMonitoringSchedule");
    }

    /**
     * The service operation ListMonitoringSchedules.
     *
     * @param request the request, as for the service
     * @return the service's response
     */
    default ListMonitoringSchedulesResponse listMonitoringSchedules(ListMonitoringSchedulesRequest request) {
        throw unsupported("ListMonitoringSchedules");
    }

    /**
     * The service operation ListMonitoringExecutions.
     *
     * @param request the request, as for the service
     * @return the service's response
     */
    default ListMonitoringExecutionsResponse listMonitoringExecutions(ListMonitoringExecutionsRequest request) {
        throw unsupported("ListMonitoringExecutions");
    }

    /**
     * The service operation UpdateMonitoringAlert.
     *
     * @param request the request, as for the service
     * @return the service's response
     */
    default UpdateMonitoringAlertResponse updateMonitoringAlert(UpdateMonitoringAlertRequest request) {
        throw unsupported("UpdateMonitoringAlert");
    }

    /**
     * The service operation ListMonitoringAlerts.
     *
     * @param request the request, as for the service
     * @return the service's response
     */
    default ListMonitoringAlertsResponse listMonitoringAlerts(ListMonitoringAlertsRequest request) {
        throw unsupported("ListMonitoringAlerts");
    }

    /**
     * The service operation ListMonitoringAlertHistory.
     *
     * @param request the request, as for the service
     * @return the service's response
     */
    default ListMonitoringAlertHistoryResponse listMonitoringAlertHistory(ListMonitoringAlertHistoryRequest request) {
        throw unsupported("ListMonitoringAlertHistory");
    }
}
