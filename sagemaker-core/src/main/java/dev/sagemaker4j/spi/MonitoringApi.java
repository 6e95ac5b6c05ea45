/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.spi;

import software.amazon.awssdk.services.sagemaker.model.*;

/**
 * One capability of the SageMaker control plane: model monitoring: monitoring schedules, their executions and alerts, and the job definitions (data quality, model quality, model bias, model explainability) schedules run. Each method takes and returns the AWS SDK for
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

    /**
     * The service operation CreateDataQualityJobDefinition.
     *
     * @param request the request, as for the service
     * @return the service's response
     */
    default CreateDataQualityJobDefinitionResponse createDataQualityJobDefinition(CreateDataQualityJobDefinitionRequest request) {
        throw unsupported("CreateDataQualityJobDefinition");
    }

    /**
     * The service operation DescribeDataQualityJobDefinition.
     *
     * @param request the request, as for the service
     * @return the service's response
     */
    default DescribeDataQualityJobDefinitionResponse describeDataQualityJobDefinition(DescribeDataQualityJobDefinitionRequest request) {
        throw unsupported("DescribeDataQualityJobDefinition");
    }

    /**
     * The service operation ListDataQualityJobDefinitions.
     *
     * @param request the request, as for the service
     * @return the service's response
     */
    default ListDataQualityJobDefinitionsResponse listDataQualityJobDefinitions(ListDataQualityJobDefinitionsRequest request) {
        throw unsupported("ListDataQualityJobDefinitions");
    }

    /**
     * The service operation DeleteDataQualityJobDefinition.
     *
     * @param request the request, as for the service
     * @return the service's response
     */
    default DeleteDataQualityJobDefinitionResponse deleteDataQualityJobDefinition(DeleteDataQualityJobDefinitionRequest request) {
        throw unsupported("DeleteDataQualityJobDefinition");
    }

    /**
     * The service operation CreateModelQualityJobDefinition.
     *
     * @param request the request, as for the service
     * @return the service's response
     */
    default CreateModelQualityJobDefinitionResponse createModelQualityJobDefinition(CreateModelQualityJobDefinitionRequest request) {
        throw unsupported("CreateModelQualityJobDefinition");
    }

    /**
     * The service operation DescribeModelQualityJobDefinition.
     *
     * @param request the request, as for the service
     * @return the service's response
     */
    default DescribeModelQualityJobDefinitionResponse describeModelQualityJobDefinition(DescribeModelQualityJobDefinitionRequest request) {
        throw unsupported("DescribeModelQualityJobDefinition");
    }

    /**
     * The service operation ListModelQualityJobDefinitions.
     *
     * @param request the request, as for the service
     * @return the service's response
     */
    default ListModelQualityJobDefinitionsResponse listModelQualityJobDefinitions(ListModelQualityJobDefinitionsRequest request) {
        throw unsupported("ListModelQualityJobDefinitions");
    }

    /**
     * The service operation DeleteModelQualityJobDefinition.
     *
     * @param request the request, as for the service
     * @return the service's response
     */
    default DeleteModelQualityJobDefinitionResponse deleteModelQualityJobDefinition(DeleteModelQualityJobDefinitionRequest request) {
        throw unsupported("DeleteModelQualityJobDefinition");
    }

    /**
     * The service operation CreateModelBiasJobDefinition.
     *
     * @param request the request, as for the service
     * @return the service's response
     */
    default CreateModelBiasJobDefinitionResponse createModelBiasJobDefinition(CreateModelBiasJobDefinitionRequest request) {
        throw unsupported("CreateModelBiasJobDefinition");
    }

    /**
     * The service operation DescribeModelBiasJobDefinition.
     *
     * @param request the request, as for the service
     * @return the service's response
     */
    default DescribeModelBiasJobDefinitionResponse describeModelBiasJobDefinition(DescribeModelBiasJobDefinitionRequest request) {
        throw unsupported("DescribeModelBiasJobDefinition");
    }

    /**
     * The service operation ListModelBiasJobDefinitions.
     *
     * @param request the request, as for the service
     * @return the service's response
     */
    default ListModelBiasJobDefinitionsResponse listModelBiasJobDefinitions(ListModelBiasJobDefinitionsRequest request) {
        throw unsupported("ListModelBiasJobDefinitions");
    }

    /**
     * The service operation DeleteModelBiasJobDefinition.
     *
     * @param request the request, as for the service
     * @return the service's response
     */
    default DeleteModelBiasJobDefinitionResponse deleteModelBiasJobDefinition(DeleteModelBiasJobDefinitionRequest request) {
        throw unsupported("DeleteModelBiasJobDefinition");
    }

    /**
     * The service operation CreateModelExplainabilityJobDefinition.
     *
     * @param request the request, as for the service
     * @return the service's response
     */
    default CreateModelExplainabilityJobDefinitionResponse createModelExplainabilityJobDefinition(CreateModelExplainabilityJobDefinitionRequest request) {
        throw unsupported("CreateModelExplainabilityJobDefinition");
    }

    /**
     * The service operation DescribeModelExplainabilityJobDefinition.
     *
     * @param request the request, as for the service
     * @return the service's response
     */
    default DescribeModelExplainabilityJobDefinitionResponse describeModelExplainabilityJobDefinition(DescribeModelExplainabilityJobDefinitionRequest request) {
        throw unsupported("DescribeModelExplainabilityJobDefinition");
    }

    /**
     * The service operation ListModelExplainabilityJobDefinitions.
     *
     * @param request the request, as for the service
     * @return the service's response
     */
    default ListModelExplainabilityJobDefinitionsResponse listModelExplainabilityJobDefinitions(ListModelExplainabilityJobDefinitionsRequest request) {
        throw unsupported("ListModelExplainabilityJobDefinitions");
    }

    /**
     * The service operation DeleteModelExplainabilityJobDefinition.
     *
     * @param request the request, as for the service
     * @return the service's response
     */
    default DeleteModelExplainabilityJobDefinitionResponse deleteModelExplainabilityJobDefinition(DeleteModelExplainabilityJobDefinitionRequest request) {
        throw unsupported("DeleteModelExplainabilityJobDefinition");
    }

    /**
     * Runs one execution of a monitoring schedule now, as if the schedule had fired at {@code scheduledTime}, and
     * waits for it to end. No service operation: the service runs schedules at their cron only (use a {@code NOW}
     * schedule there); the local backend offers it for on-demand runs ({@code ModelMonitor.runMonitoringSchedule()})
     * and its scheduler calls the same at each firing. The execution is listed by ListMonitoringExecutions.
     *
     * @param monitoringScheduleName the schedule
     * @param scheduledTime          the time the execution stands for; its window is the schedule's, before it
     * @return the execution's summary: Completed, CompletedWithViolations or Failed with its FailureReason
     */
    default MonitoringExecutionSummary runMonitoringSchedule(String monitoringScheduleName,
            java.time.Instant scheduledTime) {
        throw unsupported("RunMonitoringSchedule (an on-demand run of a schedule, offered by the local backend)");
    }
}
