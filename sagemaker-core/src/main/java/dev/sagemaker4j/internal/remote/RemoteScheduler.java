/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.internal.remote;

import dev.sagemaker4j.spi.SchedulerApi;
import java.util.function.Supplier;
import software.amazon.awssdk.services.scheduler.SchedulerClient;
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
 * EventBridge Scheduler on AWS: each operation handed unchanged to the AWS SDK v2 {@link SchedulerClient}, built on
 * first use (few sessions schedule pipelines); service errors become the project's exceptions.
 */
final class RemoteScheduler implements SchedulerApi {
    private final Supplier<SchedulerClient> client;

    RemoteScheduler(Supplier<SchedulerClient> client) {
        this.client = client;
    }

    @Override
    public String backendName() {
        return "sagemaker";
    }

    @Override
    public CreateScheduleResponse createSchedule(CreateScheduleRequest request) {
        return AwsErrors.call("CreateSchedule", () -> client.get().createSchedule(request));
    }

    @Override
    public UpdateScheduleResponse updateSchedule(UpdateScheduleRequest request) {
        return AwsErrors.call("UpdateSchedule", () -> client.get().updateSchedule(request));
    }

    @Override
    public GetScheduleResponse getSchedule(GetScheduleRequest request) {
        return AwsErrors.call("GetSchedule", () -> client.get().getSchedule(request));
    }

    @Override
    public DeleteScheduleResponse deleteSchedule(DeleteScheduleRequest request) {
        return AwsErrors.call("DeleteSchedule", () -> client.get().deleteSchedule(request));
    }

    @Override
    public ListSchedulesResponse listSchedules(ListSchedulesRequest request) {
        return AwsErrors.call("ListSchedules", () -> client.get().listSchedules(request));
    }
}
