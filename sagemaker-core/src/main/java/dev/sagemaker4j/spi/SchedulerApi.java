/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.spi;

import software.amazon.awssdk.services.scheduler.model.CreateScheduleRequest;
import software.amazon.awssdk.services.scheduler.model.CreateScheduleResponse;
import software.amazon.awssdk.services.scheduler.model.DeleteScheduleRequest;
import software.amazon.awssdk.services.scheduler.model.DeleteScheduleResponse;
import software.amazon.awssdk.services.scheduler.model.GetScheduleRequest;
import software.amazon.awssdk.services.scheduler.model.GetScheduleResponse;
import software.amazon.awssdk.services.scheduler.model.ListSchedulesRequest;
import software.amazon.awssdk.services.scheduler.model.ListSchedulesResponse;
import software.amazon.awssdk.services.scheduler.model.UpdateScheduleRequest;
import software.amazon.awssdk.services.scheduler.model.UpdateScheduleResponse;

/**
 * One capability of a backend: EventBridge Scheduler's schedules, which is how SageMaker pipelines are triggered on
 * a schedule (the Python SDK's {@code Pipeline.put_triggers} calls this service, not SageMaker). Each method takes
 * and returns the AWS SDK for Java v2 model class of the {@code scheduler} service's operation of the same name.
 *
 * <p>The {@code sagemaker} backend hands the requests to EventBridge Scheduler; the local backend keeps schedules
 * whose target is a local pipeline under the session root and starts its executions while the session is open.
 * Callers reach it with {@code session.api(SchedulerApi.CAPABILITY)}; an operation a backend does not serve throws
 * {@link dev.sagemaker4j.exceptions.OperationNotSupportedException}.
 */
public interface SchedulerApi extends ServiceApi {

    /** The key under which a backend offers EventBridge Scheduler. */
    Capability<SchedulerApi> CAPABILITY = Capability.of(SchedulerApi.class, backend -> () -> backend);

    /**
     * The service operation CreateSchedule.
     *
     * @param request the request
     * @return the response
     */
    default CreateScheduleResponse createSchedule(CreateScheduleRequest request) {
        throw unsupported("CreateSchedule");
    }

    /**
     * The service operation UpdateSchedule (it replaces the whole schedule).
     *
     * @param request the request
     * @return the response
     */
    default UpdateScheduleResponse updateSchedule(UpdateScheduleRequest request) {
        throw unsupported("UpdateSchedule");
    }

    /**
     * The service operation GetSchedule.
     *
     * @param request the request
     * @return the response
     */
    default GetScheduleResponse getSchedule(GetScheduleRequest request) {
        throw unsupported("GetSchedule");
    }

    /**
     * The service operation DeleteSchedule.
     *
     * @param request the request
     * @return the response
     */
    default DeleteScheduleResponse deleteSchedule(DeleteScheduleRequest request) {
        throw unsupported("DeleteSchedule");
    }

    /**
     * The service operation ListSchedules.
     *
     * @param request the request
     * @return the response
     */
    default ListSchedulesResponse listSchedules(ListSchedulesRequest request) {
        throw unsupported("ListSchedules");
    }
}
