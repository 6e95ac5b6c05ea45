/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.internal.local;

import dev.sagemaker4j.local.JobKind;
import dev.sagemaker4j.local.JobLifecycle;
import dev.sagemaker4j.local.JobStore;
import dev.sagemaker4j.local.MetricCollector;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import software.amazon.awssdk.services.sagemaker.model.AlgorithmSpecification;
import software.amazon.awssdk.services.sagemaker.model.CreateTrainingJobRequest;
import software.amazon.awssdk.services.sagemaker.model.DescribeTrainingJobResponse;
import software.amazon.awssdk.services.sagemaker.model.MetricData;
import software.amazon.awssdk.services.sagemaker.model.ModelArtifacts;
import software.amazon.awssdk.services.sagemaker.model.ProfilerConfig;
import software.amazon.awssdk.services.sagemaker.model.ProfilerConfigForUpdate;
import software.amazon.awssdk.services.sagemaker.model.ProfilerRuleConfiguration;
import software.amazon.awssdk.services.sagemaker.model.ResourceConfig;
import software.amazon.awssdk.services.sagemaker.model.SecondaryStatusTransition;
import software.amazon.awssdk.services.sagemaker.model.UpdateTrainingJobRequest;

/**
 * The shape of a training job's record as the service writes it: the first record, the secondary
 * status transitions, the billed seconds, and the endings (completed, failed, stopped) a job body
 * returns to {@link JobLifecycle}.
 */
final class TrainingRecords {
    /** Secondary statuses that end a job: their transition is closed the moment it opens. */
    private static final Set<String> TERMINAL_SECONDARY = Set.of("Completed", "Failed", "Stopped",
            "MaxRuntimeExceeded");

    private TrainingRecords() {
    }

    /**
     * The record after an UpdateTrainingJob, as the service shows it: a new profiler configuration
     * replaces the fields it sets (and enables or disables profiling), new profiler rules are added to
     * the job's, the remote-debug setting and the warm pool's keep-alive period replace the old ones.
     */
    static DescribeTrainingJobResponse updated(DescribeTrainingJobResponse r, UpdateTrainingJobRequest u, Instant now) {
        DescribeTrainingJobResponse.Builder b = r.toBuilder().lastModifiedTime(now);
        ProfilerConfigForUpdate p = u.profilerConfig();
        if (p != null) {
            ProfilerConfig old = r.profilerConfig();
            ProfilerConfig.Builder next = old == null ? ProfilerConfig.builder() : old.toBuilder();
            if (Boolean.TRUE.equals(p.disableProfiler())) {
                next.disableProfiler(true);
                b.profilingStatus("Disabled");
            } else {
                if (old != null && Boolean.TRUE.equals(old.disableProfiler())) {
                    next.disableProfiler(false);
                }
                if (p.s3OutputPath() != null) {
                    next.s3OutputPath(p.s3OutputPath());
                }
                if (p.profilingIntervalInMilliseconds() != null) {
                    next.profilingIntervalInMilliseconds(p.profilingIntervalInMilliseconds());
                }
                if (p.hasProfilingParameters()) {
                    next.profilingParameters(p.profilingParameters());
                }
                b.profilingStatus("Enabled");
            }
            b.profilerConfig(next.build());
        }
        if (u.hasProfilerRuleConfigurations()) {
            List<ProfilerRuleConfiguration> rules = new ArrayList<>(r.hasProfilerRuleConfigurations()
                    ? r.profilerRuleConfigurations() : List.of());
            rules.addAll(u.profilerRuleConfigurations());
            b.profilerRuleConfigurations(rules);
        }
        if (u.remoteDebugConfig() != null) {
            b.remoteDebugConfig(c -> c.enableRemoteDebug(u.remoteDebugConfig().enableRemoteDebug()));
        }
        if (u.resourceConfig() != null) {
            b.resourceConfig(r.resourceConfig().toBuilder()
                    .keepAlivePeriodInSeconds(u.resourceConfig().keepAlivePeriodInSeconds()).build());
        }
        return b.build();
    }

    /** The record of a job just accepted: InProgress, secondary status Starting. */
    static DescribeTrainingJobResponse created(String name, String arn, CreateTrainingJobRequest request,
                                               AlgorithmSpecification spec, ResourceConfig resources, Instant now) {
        return DescribeTrainingJobResponse.builder()
                .trainingJobName(name)
                .trainingJobArn(arn)
                .trainingJobStatus("InProgress")
                .secondaryStatus("Starting")
                .hyperParameters(request.hyperParameters())
                .algorithmSpecification(spec)
                .roleArn(request.roleArn())
                .inputDataConfig(request.inputDataConfig())
                .outputDataConfig(request.outputDataConfig())
                // the completed ResourceConfig (instance type and count defaulted), as the service echoes it
                .resourceConfig(resources)
                .stoppingCondition(request.stoppingCondition())
                .checkpointConfig(request.checkpointConfig())
                .environment(request.environment())
                .enableNetworkIsolation(request.enableNetworkIsolation())
                .enableManagedSpotTraining(request.enableManagedSpotTraining())
                // recorded as sent, not enforced locally: VPC, KMS keys, encryption, Debugger and profiler
                .enableInterContainerTrafficEncryption(request.enableInterContainerTrafficEncryption())
                .vpcConfig(request.vpcConfig())
                .debugHookConfig(request.debugHookConfig())
                .debugRuleConfigurations(request.hasDebugRuleConfigurations() ? request.debugRuleConfigurations() : null)
                .tensorBoardOutputConfig(request.tensorBoardOutputConfig())
                .profilerConfig(request.profilerConfig())
                .profilerRuleConfigurations(request.hasProfilerRuleConfigurations()
                        ? request.profilerRuleConfigurations() : null)
                .remoteDebugConfig(request.remoteDebugConfig())
                .profilingStatus(request.profilerConfig() == null ? null
                        : Boolean.TRUE.equals(request.profilerConfig().disableProfiler()) ? "Disabled" : "Enabled")
                .infraCheckConfig(request.infraCheckConfig())
                .experimentConfig(request.experimentConfig())
                .retryStrategy(request.retryStrategy())
                .creationTime(now)
                .lastModifiedTime(now)
                .secondaryStatusTransitions(SecondaryStatusTransition.builder().status("Starting").startTime(now)
                        .statusMessage("Preparing the instances for training").build())
                .build();
    }

    /** Records the start of the job body: the service's TrainingStartTime is when the instances start. */
    static void started(JobStore jobs, String name, Instant start) {
        jobs.<DescribeTrainingJobResponse>update(JobKind.TRAINING, name, r -> r.toBuilder().trainingStartTime(start)
                .lastModifiedTime(start).build());
    }

    /** Moves a running job to its next secondary status (Downloading, Training, Uploading). */
    static void secondary(JobStore jobs, String name, String status, String message) {
        Instant now = Instant.now();
        jobs.<DescribeTrainingJobResponse>update(JobKind.TRAINING, name,
                r -> transition(r.toBuilder(), r, status, message, now).lastModifiedTime(now).build());
    }

    /**
     * Appends a secondary status transition. Every open transition is closed at {@code now} first, so
     * the list always has at most one open entry: the current one.
     */
    static DescribeTrainingJobResponse.Builder transition(DescribeTrainingJobResponse.Builder b,
                                                          DescribeTrainingJobResponse current, String status,
                                                          String message, Instant now) {
        List<SecondaryStatusTransition> transitions = new ArrayList<>();
        for (SecondaryStatusTransition t : current.secondaryStatusTransitions()) {
            transitions.add(t.endTime() == null ? t.toBuilder().endTime(now).build() : t);
        }
        SecondaryStatusTransition.Builder next = SecondaryStatusTransition.builder().status(status).startTime(now)
                .statusMessage(message);
        if (TERMINAL_SECONDARY.contains(status)) {
            next.endTime(now);
        }
        transitions.add(next.build());
        return b.secondaryStatus(status).secondaryStatusTransitions(transitions);
    }

    /** Training and billable seconds from the start of the Training phase to the end, at least 1. */
    static void billed(DescribeTrainingJobResponse.Builder b, Instant from, Instant end) {
        // a job that never reached Training (stopped or failed while downloading) bills nothing
        if (from != null && end != null) {
            int seconds = (int) Math.max(1, Duration.between(from, end).toSeconds());
            b.trainingTimeInSeconds(seconds).billableTimeInSeconds(seconds);
        }
    }

    /** A completed job: its artifact, final metrics and billed time from the start of Training. */
    static JobLifecycle.Ending<DescribeTrainingJobResponse> completed(String modelUri, MetricCollector metrics,
                                                                      Instant trainingStart) {
        // read the metrics now, in the body, while the collector is still open
        List<MetricData> finalMetrics = metrics.finalMetrics();
        return JobLifecycle.Ending.completed(r -> r.toBuilder()
                .modelArtifacts(modelUri == null ? null : ModelArtifacts.builder().s3ModelArtifacts(modelUri).build())
                .finalMetricDataList(finalMetrics)
                // TrainingEndTime is written by the lifecycle with the terminal status, so bill against it there
                .applyMutation(b -> billed(b, trainingStart, r.trainingEndTime())).build());
    }

    /** A failed job; {@code metrics} is null when the failure came before the collector could be read. */
    static JobLifecycle.Ending<DescribeTrainingJobResponse> failed(String reason, Instant trainingStart,
                                                                   MetricCollector metrics) {
        List<MetricData> finalMetrics = metrics == null ? null : metrics.finalMetrics();
        return JobLifecycle.Ending.failed(reason, r -> r.toBuilder().applyMutation(b -> {
            if (finalMetrics != null) {
                b.finalMetricDataList(finalMetrics);
            }
            billed(b, trainingStart, r.trainingEndTime());
        }).build());
    }

    /**
     * A stopped job. It keeps the model it saved before the stop, as the service does; billing starts
     * at the record's TrainingStartTime here, not at the Training phase.
     */
    static JobLifecycle.Ending<DescribeTrainingJobResponse> stopped(String modelUri, MetricCollector metrics,
                                                                    String why) {
        List<MetricData> finalMetrics = metrics.finalMetrics();
        return JobLifecycle.Ending.stopped(why, r -> r.toBuilder().finalMetricDataList(finalMetrics)
                .applyMutation(b -> {
                    if (modelUri != null) {
                        b.modelArtifacts(ModelArtifacts.builder().s3ModelArtifacts(modelUri).build());
                    }
                    billed(b, r.trainingStartTime(), r.trainingEndTime());
                }).build());
    }

    /**
     * How a training job's record spells its status: the status, its secondary status transition (with
     * the service's messages), the end and last-modified times, and the failure reason.
     */
    static final class TrainingStatuses implements JobLifecycle.Statuses<DescribeTrainingJobResponse> {
        @Override
        public String status(DescribeTrainingJobResponse record) {
            return record.trainingJobStatusAsString();
        }

        @Override
        public DescribeTrainingJobResponse withStatus(DescribeTrainingJobResponse r, String status, String reason,
                                                      Instant at) {
            switch (status) {
                case "Stopping":
                    // not terminal: no TrainingEndTime yet, the body is still finishing
                    return transition(r.toBuilder(), r, "Stopping", "Stopping the training job", at)
                            .trainingJobStatus("Stopping").lastModifiedTime(at).build();
                case "Completed":
                    return transition(r.toBuilder(), r, "Completed", "Training job completed", at)
                            .trainingJobStatus("Completed").trainingEndTime(at).lastModifiedTime(at).build();
                case "Failed":
                    return transition(r.toBuilder(), r, "Failed", reason, at).trainingJobStatus("Failed")
                            .failureReason(reason).trainingEndTime(at).lastModifiedTime(at).build();
                default:
                    // Stopped: the service tells a max-runtime stop apart only in the secondary status
                    boolean maxRuntime = "MaxRuntimeExceeded".equals(reason);
                    return transition(r.toBuilder(), r, maxRuntime ? "MaxRuntimeExceeded" : "Stopped",
                            maxRuntime ? "Training job stopped: it ran longer than MaxRuntimeInSeconds"
                                    : "Training job stopped (" + reason + ")", at)
                            .trainingJobStatus("Stopped").trainingEndTime(at).lastModifiedTime(at).build();
            }
        }
    }
}
