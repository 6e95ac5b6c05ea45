/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.monitor;

import dev.sagemaker4j.ImageUris;
import dev.sagemaker4j.Session;
import dev.sagemaker4j.exceptions.OperationNotSupportedException;
import dev.sagemaker4j.exceptions.ValidationException;
import dev.sagemaker4j.processing.ProcessingJob;
import dev.sagemaker4j.spi.MonitoringApi;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.sagemaker.model.DeleteDataQualityJobDefinitionRequest;
import software.amazon.awssdk.services.sagemaker.model.DeleteModelBiasJobDefinitionRequest;
import software.amazon.awssdk.services.sagemaker.model.DeleteModelExplainabilityJobDefinitionRequest;
import software.amazon.awssdk.services.sagemaker.model.DeleteModelQualityJobDefinitionRequest;
import software.amazon.awssdk.services.sagemaker.model.DeleteMonitoringScheduleRequest;
import software.amazon.awssdk.services.sagemaker.model.DescribeMonitoringScheduleRequest;
import software.amazon.awssdk.services.sagemaker.model.DescribeMonitoringScheduleResponse;
import software.amazon.awssdk.services.sagemaker.model.ListMonitoringExecutionsRequest;
import software.amazon.awssdk.services.sagemaker.model.ListMonitoringExecutionsResponse;
import software.amazon.awssdk.services.sagemaker.model.MonitoringExecutionSummary;
import software.amazon.awssdk.services.sagemaker.model.MonitoringClusterConfig;
import software.amazon.awssdk.services.sagemaker.model.MonitoringNetworkConfig;
import software.amazon.awssdk.services.sagemaker.model.MonitoringOutputConfig;
import software.amazon.awssdk.services.sagemaker.model.MonitoringResources;
import software.amazon.awssdk.services.sagemaker.model.MonitoringScheduleConfig;
import software.amazon.awssdk.services.sagemaker.model.MonitoringStoppingCondition;
import software.amazon.awssdk.services.sagemaker.model.NetworkConfig;
import software.amazon.awssdk.services.sagemaker.model.ScheduleConfig;
import software.amazon.awssdk.services.sagemaker.model.StartMonitoringScheduleRequest;
import software.amazon.awssdk.services.sagemaker.model.StopMonitoringScheduleRequest;
import software.amazon.awssdk.services.sagemaker.model.Tag;
import software.amazon.awssdk.services.sagemaker.model.UpdateMonitoringScheduleRequest;

/**
 * What every Model Monitor shares, as Python's {@code sagemaker.model_monitor.ModelMonitor} (v2.257.6): the
 * monitor's settings (role, image, instances, volume, KMS keys, runtime, base job name, environment, tags) and its
 * monitoring schedule: describe, start, stop, delete, its executions and their latest reports, and attaching to a
 * schedule by name. The monitoring type's own parts (the job definition a schedule runs, and
 * {@code createMonitoringSchedule} / {@code updateMonitoringSchedule}, whose keywords differ by type) are the
 * subclasses': {@link DefaultModelMonitor} ({@code DataQuality}), and the model quality, bias and explainability
 * monitors.
 *
 * <p>A subclass supplies {@link #monitoringType()} (one of {@code DataQuality}, {@code ModelQuality},
 * {@code ModelBias}, {@code ModelExplainability}: it picks the job definition operations this base calls, e.g.
 * DeleteModelQualityJobDefinition) and creates its job definition and schedule with
 * {@link #createScheduleFromJobDefinition(String, String, String, String, String)}, then records both names with
 * {@link #scheduled(String, String)}.
 *
 * <pre>{@code
 * monitor.createMonitoringSchedule(s -> s.endpointInput("my-endpoint")
 *         .scheduleCronExpression(CronExpressionGenerator.hourly()));
 * MonitoringExecution run = monitor.runMonitoringSchedule(); // local backend: the execution now
 * monitor.latestMonitoringConstraintViolations().violations();
 * }</pre>
 */
public abstract class ModelMonitor implements dev.sagemaker4j.modelmonitor.Monitor {
    /** Python's {@code _MONITORING_SCHEDULE_BASE_NAME}. */
    static final String MONITORING_SCHEDULE_BASE_NAME = "monitoring-schedule";
    /** Python's {@code _CONTAINER_BASE_PATH}. */
    static final String CONTAINER_BASE = "/opt/ml/processing";

    // not final: Python's update_monitoring_schedule replaces them once the schedule runs the new job definition
    volatile String role;
    final String imageUri;
    volatile int instanceCount;
    volatile String instanceType;
    volatile int volumeSizeInGB;
    volatile String volumeKmsKey;
    volatile String outputKmsKey;
    volatile Integer maxRuntimeInSeconds;
    final String baseJobName;
    final Session session;
    volatile Map<String, String> env;
    final Map<String, String> tags;
    volatile NetworkConfig networkConfig;
    private volatile String monitoringScheduleName;
    private volatile String jobDefinitionName;

    /**
     * Creates the monitor from a subclass's builder.
     *
     * @param b the builder
     * @throws ValidationException when the role or the session is missing
     */
    protected ModelMonitor(Builder<?> b) {
        if (b.session == null) {
            throw new ValidationException("sagemaker_session", null, "is missing",
                    "pass session(Session.local(...)) or session(Session.sagemaker(region))");
        }
        if (b.role == null || b.role.isBlank()) {
            throw new ValidationException("role", b.role, "is missing", "give an IAM role ARN");
        }
        this.role = b.role;
        this.session = b.session;
        this.imageUri = b.imageUri != null ? b.imageUri : ImageUris.retrieve("model-monitor", session.region());
        this.instanceCount = b.instanceCount;
        this.instanceType = b.instanceType;
        this.volumeSizeInGB = b.volumeSizeInGB;
        this.volumeKmsKey = b.volumeKmsKey;
        this.outputKmsKey = b.outputKmsKey;
        this.maxRuntimeInSeconds = b.maxRuntimeInSeconds;
        this.baseJobName = b.baseJobName;
        this.env = b.env == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(b.env));
        this.tags = b.tags == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(b.tags));
        this.networkConfig = b.networkConfig;
    }

    /**
     * The monitoring type, as Python's {@code monitoring_type()}: {@code DataQuality}, {@code ModelQuality},
     * {@code ModelBias} or {@code ModelExplainability}.
     *
     * @return the type
     */
    @Override
    public abstract String monitoringType();

    /**
     * The image of the jobs (Python's {@code image_uri}).
     *
     * @return the image URI
     */
    public String imageUri() {
        return imageUri;
    }

    /**
     * The role.
     *
     * @return the IAM role ARN
     */
    public String role() {
        return role;
    }

    /**
     * The instance count of the jobs (Python's {@code instance_count}).
     *
     * @return the count
     */
    public int instanceCount() {
        return instanceCount;
    }

    /**
     * The instance type of the jobs (Python's {@code instance_type}).
     *
     * @return the type
     */
    public String instanceType() {
        return instanceType;
    }

    /**
     * The volume size of the jobs (Python's {@code volume_size_in_gb}).
     *
     * @return the size in GB
     */
    public int volumeSizeInGB() {
        return volumeSizeInGB;
    }

    /**
     * The volume KMS key (Python's {@code volume_kms_key}); not enforced locally.
     *
     * @return the key, or null
     */
    public String volumeKmsKey() {
        return volumeKmsKey;
    }

    /**
     * The output KMS key (Python's {@code output_kms_key}); not enforced locally.
     *
     * @return the key, or null
     */
    public String outputKmsKey() {
        return outputKmsKey;
    }

    /**
     * The jobs' runtime limit (Python's {@code max_runtime_in_seconds}).
     *
     * @return the limit, or null
     */
    public Integer maxRuntimeInSeconds() {
        return maxRuntimeInSeconds;
    }

    /**
     * The base job name (Python's {@code base_job_name}).
     *
     * @return the base name, or null
     */
    public String baseJobName() {
        return baseJobName;
    }

    /**
     * The network configuration of the jobs (Python's {@code network_config}), in the service's shape; not
     * enforced locally.
     *
     * @return the configuration, or null
     */
    public NetworkConfig networkConfig() {
        return networkConfig;
    }

    /**
     * The session.
     *
     * @return the session
     */
    public Session session() {
        return session;
    }

    /**
     * The extra environment of the jobs (Python's {@code env}).
     *
     * @return the variables, or null
     */
    public Map<String, String> env() {
        return env;
    }

    /**
     * The tags of the job definition and schedule (Python's {@code tags}).
     *
     * @return the tags, or null
     */
    public Map<String, String> tags() {
        return tags;
    }

    /**
     * The schedule this monitor created or attached to (Python's {@code monitoring_schedule_name}).
     *
     * @return the name, or null
     */
    @Override
    public String monitoringScheduleName() {
        return monitoringScheduleName;
    }

    /**
     * The job definition the schedule runs (Python's {@code job_definition_name}).
     *
     * @return the name, or null
     */
    @Override
    public String jobDefinitionName() {
        return jobDefinitionName;
    }

    /**
     * Records the schedule and job definition this monitor owns (a subclass calls it after creating them or on
     * attach; {@code null}s after deleting them).
     *
     * @param scheduleName      the schedule
     * @param definitionName    the job definition, or null for a schedule with an inline definition
     */
    protected final void scheduled(String scheduleName, String definitionName) {
        this.monitoringScheduleName = scheduleName;
        this.jobDefinitionName = definitionName;
    }

    /**
     * The capability the schedule operations go through.
     *
     * @return the session's MonitoringApi
     */
    protected final MonitoringApi monitoringApi() {
        return session.api(MonitoringApi.CAPABILITY);
    }

    /**
     * Python's {@code _check_monitoring_schedule_cron_validity}: a one-time ({@code NOW}) schedule needs both
     * analysis times.
     *
     * @param cron  the expression, or null
     * @param start {@code data_analysis_start_time}, or null
     * @param end   {@code data_analysis_end_time}, or null
     * @throws ValidationException when NOW lacks a time
     */
    protected static void checkCron(String cron, String start, String end) {
        if (CronExpressionGenerator.now().equals(cron) && (start == null || end == null)) {
            throw new ValidationException("data_analysis_start_time", start,
                    "and data_analysis_end_time are both required for a one-time monitoring schedule (NOW)",
                    "give dataAnalysisStartTime(\"-PT1H\") and dataAnalysisEndTime(\"-PT0H\")");
        }
    }

    /**
     * The schedule's name: the one given, or one from the base job name (Python's
     * {@code _generate_monitoring_schedule_name}).
     *
     * @param given the name given, or null
     * @return the name
     */
    protected final String scheduleName(String given) {
        if (given != null) {
            return given;
        }
        return dev.sagemaker4j.utils.Names.nameFromBase(baseJobName != null ? baseJobName
                : MONITORING_SCHEDULE_BASE_NAME);
    }

    /**
     * The schedule config of a job-definition schedule, as Python's
     * {@code _create_monitoring_schedule_from_job_definition} builds it.
     *
     * @param definitionName the job definition
     * @param cron           the expression, or null for none
     * @param start          {@code DataAnalysisStartTime}, or null
     * @param end            {@code DataAnalysisEndTime}, or null
     * @return the config
     */
    protected final MonitoringScheduleConfig scheduleConfig(String definitionName, String cron, String start,
            String end) {
        MonitoringScheduleConfig.Builder config = MonitoringScheduleConfig.builder()
                .monitoringJobDefinitionName(definitionName).monitoringType(monitoringType());
        if (cron != null) {
            config.scheduleConfig(ScheduleConfig.builder().scheduleExpression(cron).dataAnalysisStartTime(start)
                    .dataAnalysisEndTime(end).build());
        }
        return config.build();
    }

    /**
     * Creates a schedule that runs a job definition, as Python's
     * {@code _create_monitoring_schedule_from_job_definition}: CreateMonitoringSchedule with
     * {@code MonitoringJobDefinitionName}, {@code MonitoringType} and, given a cron, {@code ScheduleConfig}.
     *
     * @param scheduleName   the schedule
     * @param definitionName the job definition
     * @param cron           the expression, or null
     * @param start          {@code DataAnalysisStartTime}, or null
     * @param end            {@code DataAnalysisEndTime}, or null
     */
    protected final void createScheduleFromJobDefinition(String scheduleName, String definitionName, String cron,
            String start, String end) {
        checkCron(cron, start, end);
        monitoringApi().createMonitoringSchedule(
                software.amazon.awssdk.services.sagemaker.model.CreateMonitoringScheduleRequest.builder()
                        .monitoringScheduleName(scheduleName)
                        .monitoringScheduleConfig(scheduleConfig(definitionName, cron, start, end))
                        .tags(tagList()).build());
    }

    /**
     * The tags as the service's list.
     *
     * @return the list, empty without tags
     */
    protected final List<Tag> tagList() {
        List<Tag> out = new ArrayList<>();
        if (tags != null) {
            tags.forEach((k, v) -> out.add(Tag.builder().key(k).value(v).build()));
        }
        return out;
    }

    /**
     * Deletes a job definition of this monitor's type (Delete{@code <type>}JobDefinition).
     *
     * @param definitionName the job definition
     */
    protected final void deleteJobDefinition(String definitionName) {
        MonitoringApi api = monitoringApi();
        switch (monitoringType()) {
            case "DataQuality" -> api.deleteDataQualityJobDefinition(DeleteDataQualityJobDefinitionRequest.builder()
                    .jobDefinitionName(definitionName).build());
            case "ModelQuality" -> api.deleteModelQualityJobDefinition(DeleteModelQualityJobDefinitionRequest
                    .builder().jobDefinitionName(definitionName).build());
            case "ModelBias" -> api.deleteModelBiasJobDefinition(DeleteModelBiasJobDefinitionRequest.builder()
                    .jobDefinitionName(definitionName).build());
            case "ModelExplainability" -> api.deleteModelExplainabilityJobDefinition(
                    DeleteModelExplainabilityJobDefinitionRequest.builder().jobDefinitionName(definitionName).build());
            default -> throw new IllegalStateException("unknown monitoring type " + monitoringType());
        }
    }

    /**
     * Points the schedule at a job definition, as Python's {@code _update_monitoring_schedule}:
     * UpdateMonitoringSchedule with {@code MonitoringJobDefinitionName}, {@code MonitoringType} and, given a cron,
     * {@code ScheduleConfig}.
     *
     * @param definitionName the job definition
     * @param cron           the expression, or null
     * @param start          {@code DataAnalysisStartTime}, or null
     * @param end            {@code DataAnalysisEndTime}, or null
     */
    final void updateSchedule(String definitionName, String cron, String start, String end) {
        checkCron(cron, start, end);
        monitoringApi().updateMonitoringSchedule(UpdateMonitoringScheduleRequest.builder()
                .monitoringScheduleName(monitoringScheduleName())
                .monitoringScheduleConfig(scheduleConfig(definitionName, cron, start, end)).build());
    }

    /**
     * An S3 URI under the session's default bucket and prefix, as Python's {@code s3.s3_path_join} with
     * {@code sagemaker_session.default_bucket()} and {@code default_bucket_prefix}.
     *
     * @param parts the path parts
     * @return the URI
     */
    final String s3Join(String... parts) {
        StringBuilder b = new StringBuilder("s3://").append(session.defaultBucket());
        String prefix = session.defaultBucketPrefix();
        if (prefix != null && !prefix.isBlank()) {
            b.append('/').append(prefix.replaceAll("^/+|/+$", ""));
        }
        for (String p : parts) {
            b.append('/').append(p);
        }
        return b.toString();
    }

    /**
     * Python's {@code _s3_uri_from_local_path}: an S3 URI as is, a local file uploaded first under the schedule's
     * input prefix.
     *
     * @param scheduleName the schedule
     * @param path         an S3 URI or a local file
     * @return the S3 URI
     */
    final String s3Script(String scheduleName, String path) {
        if (path.startsWith("s3://")) {
            return path;
        }
        java.nio.file.Path file = java.nio.file.Path.of(path);
        String uri = s3Join("model-monitor", "monitoring", scheduleName, "input", java.util.UUID.randomUUID().toString(),
                file.getFileName().toString());
        session.objectStore().put(uri, file);
        return uri;
    }

    /**
     * The values of one job definition request that every job-definition monitor shares, as Python's
     * {@code _build_create_*_job_definition_request} takes them: on create the monitor's own settings, on update only
     * the keywords given ({@code null} keeps the existing definition's value).
     */
    static class DefinitionValues {
        EndpointInput endpointInput;
        BatchTransformInput batchTransformInput;
        String recordPreprocessorScript;
        String postAnalyticsProcessorScript;
        String outputS3Uri;
        String constraints;
        Boolean enableCloudwatchMetrics;
        String role;
        Integer instanceCount;
        String instanceType;
        Integer volumeSizeInGB;
        String volumeKmsKey;
        String outputKmsKey;
        Integer maxRuntimeInSeconds;
        Map<String, String> env;
        NetworkConfig networkConfig;
        String latestBaseliningJobName;

        /** The monitor's own settings, as a create request takes them. */
        final void fromMonitor(ModelMonitor m) {
            role = m.role;
            instanceCount = m.instanceCount;
            instanceType = m.instanceType;
            volumeSizeInGB = m.volumeSizeInGB;
            volumeKmsKey = m.volumeKmsKey;
            outputKmsKey = m.outputKmsKey;
            maxRuntimeInSeconds = m.maxRuntimeInSeconds;
            env = m.env;
            networkConfig = m.networkConfig;
        }

        /**
         * Python's {@code _generate_env_map(env, enable_cloudwatch_metrics)}: the environment, with
         * {@code publish_cloudwatch_metrics} when that keyword is given.
         *
         * @return the map, empty when neither is given (the existing definition's environment stays)
         */
        final Map<String, String> environment() {
            Map<String, String> environment = new LinkedHashMap<>();
            if (env != null) {
                environment.putAll(env);
            }
            if (enableCloudwatchMetrics != null) {
                environment.put("publish_cloudwatch_metrics", enableCloudwatchMetrics ? "Enabled" : "Disabled");
            }
            return environment;
        }

        /**
         * The output config: the existing one with the given destination and KMS key over it.
         *
         * @param existing the existing definition's, or null
         * @return the config
         */
        final MonitoringOutputConfig output(MonitoringOutputConfig existing) {
            MonitoringOutputConfig.Builder output = existing != null ? existing.toBuilder()
                    : MonitoringOutputConfig.builder();
            if (outputS3Uri != null) {
                output.monitoringOutputs(MonitoringOutput.builder().source(CONTAINER_BASE + "/output")
                        .destination(outputS3Uri).build().toRequest());
            }
            if (outputKmsKey != null) {
                output.kmsKeyId(outputKmsKey);
            }
            return output.build();
        }

        /**
         * The job's cluster: the existing one with the given values over it.
         *
         * @param existing the existing definition's, or null
         * @return the resources
         */
        final MonitoringResources resources(MonitoringResources existing) {
            MonitoringClusterConfig.Builder cluster = existing != null && existing.clusterConfig() != null
                    ? existing.clusterConfig().toBuilder() : MonitoringClusterConfig.builder();
            if (instanceCount != null) {
                cluster.instanceCount(instanceCount);
            }
            if (instanceType != null) {
                cluster.instanceType(instanceType);
            }
            if (volumeSizeInGB != null) {
                cluster.volumeSizeInGB(volumeSizeInGB);
            }
            if (volumeKmsKey != null) {
                cluster.volumeKmsKeyId(volumeKmsKey);
            }
            return MonitoringResources.builder().clusterConfig(cluster.build()).build();
        }

        /**
         * The stopping condition: the given runtime, else the existing one.
         *
         * @param existing the existing definition's, or null
         * @return the condition, or null for none
         */
        final MonitoringStoppingCondition stopping(MonitoringStoppingCondition existing) {
            if (maxRuntimeInSeconds == null) {
                return existing;
            }
            return (existing != null ? existing.toBuilder() : MonitoringStoppingCondition.builder())
                    .maxRuntimeInSeconds(maxRuntimeInSeconds).build();
        }

        /**
         * The network config: the given one (isolation off unless set, as Python's {@code NetworkConfig}), else the
         * existing one.
         *
         * @param existing the existing definition's, or null
         * @return the config, or null for none
         */
        final MonitoringNetworkConfig network(MonitoringNetworkConfig existing) {
            if (networkConfig == null) {
                return existing;
            }
            return MonitoringNetworkConfig.builder()
                    .enableNetworkIsolation(networkConfig.enableNetworkIsolation() != null
                            ? networkConfig.enableNetworkIsolation() : Boolean.FALSE)
                    .enableInterContainerTrafficEncryption(networkConfig.enableInterContainerTrafficEncryption())
                    .vpcConfig(networkConfig.vpcConfig()).build();
        }
    }

    /**
     * Takes the given settings once the schedule runs a new job definition, as Python's
     * {@code _update_*_monitoring_schedule} sets {@code self.role}, {@code self.instance_count}, ...
     *
     * @param d the keywords of the update
     */
    final void adopt(DefinitionValues d) {
        if (d.role != null) {
            role = d.role;
        }
        if (d.instanceCount != null) {
            instanceCount = d.instanceCount;
        }
        if (d.instanceType != null) {
            instanceType = d.instanceType;
        }
        if (d.volumeSizeInGB != null) {
            volumeSizeInGB = d.volumeSizeInGB;
        }
        if (d.volumeKmsKey != null) {
            volumeKmsKey = d.volumeKmsKey;
        }
        if (d.outputKmsKey != null) {
            outputKmsKey = d.outputKmsKey;
        }
        if (d.maxRuntimeInSeconds != null) {
            maxRuntimeInSeconds = d.maxRuntimeInSeconds;
        }
        if (d.env != null) {
            env = d.env;
        }
        if (d.networkConfig != null) {
            networkConfig = d.networkConfig;
        }
    }

    private String requireSchedule() {
        String name = monitoringScheduleName;
        if (name == null) {
            throw new ValidationException("monitoring_schedule_name", null, "is missing: this monitor has no schedule",
                    "call createMonitoringSchedule first, or attach to a schedule");
        }
        return name;
    }

    /**
     * Describes the schedule, as Python's {@code describe_schedule()}.
     *
     * @return the DescribeMonitoringSchedule response
     * @throws ValidationException when this monitor has no schedule
     */
    public DescribeMonitoringScheduleResponse describeSchedule() {
        return monitoringApi().describeMonitoringSchedule(DescribeMonitoringScheduleRequest.builder()
                .monitoringScheduleName(requireSchedule()).build());
    }

    /**
     * Starts the schedule, as Python's {@code start_monitoring_schedule()}.
     */
    public void startMonitoringSchedule() {
        monitoringApi().startMonitoringSchedule(StartMonitoringScheduleRequest.builder()
                .monitoringScheduleName(requireSchedule()).build());
    }

    /**
     * Stops the schedule, as Python's {@code stop_monitoring_schedule()}.
     */
    public void stopMonitoringSchedule() {
        monitoringApi().stopMonitoringSchedule(StopMonitoringScheduleRequest.builder()
                .monitoringScheduleName(requireSchedule()).build());
    }

    /**
     * Deletes the schedule and then its job definition, as Python's {@code delete_monitoring_schedule()}.
     */
    public void deleteMonitoringSchedule() {
        monitoringApi().deleteMonitoringSchedule(DeleteMonitoringScheduleRequest.builder()
                .monitoringScheduleName(requireSchedule()).build());
        String definition = jobDefinitionName;
        scheduled(null, null);
        if (definition != null) {
            deleteJobDefinition(definition);
        }
    }

    /**
     * The schedule's executions, oldest first, as Python's {@code list_executions()}
     * (ListMonitoringExecutions sorted by ScheduledTime): each with its status ({@code Completed},
     * {@code CompletedWithViolations}, {@code Failed} with its reason). Unlike Python, an execution that failed
     * before its processing job started (an empty capture window) is listed too, with its reason.
     *
     * @return the executions; without a schedule, those {@code runMonitoring} ran
     */
    public List<MonitoringExecution> listExecutions() {
        String name = monitoringScheduleName;
        if (name == null) {
            return List.of();
        }
        List<MonitoringExecution> out = new ArrayList<>();
        String token = null;
        do {
            ListMonitoringExecutionsResponse page = monitoringApi().listMonitoringExecutions(
                    ListMonitoringExecutionsRequest.builder().monitoringScheduleName(name).sortBy("ScheduledTime")
                            .sortOrder("Ascending").maxResults(100).nextToken(token).build());
            for (MonitoringExecutionSummary s : page.monitoringExecutionSummaries()) {
                out.add(MonitoringExecution.fromSummary(s, session));
            }
            token = page.nextToken();
        } while (token != null);
        return out;
    }

    /**
     * The latest execution's statistics, as Python's {@code latest_monitoring_statistics()}.
     *
     * @return statistics.json of the latest execution, or null when none ran or it wrote none (it failed)
     */
    public Statistics latestMonitoringStatistics() {
        MonitoringExecution last = latest();
        return last == null || last.outputS3Uri() == null || "Failed".equals(last.status()) ? null
                : last.statistics();
    }

    /**
     * The latest execution's violations, as Python's {@code latest_monitoring_constraint_violations()}.
     *
     * @return constraint_violations.json of the latest execution, or null when none ran or it wrote none
     */
    public ConstraintViolations latestMonitoringConstraintViolations() {
        MonitoringExecution last = latest();
        return last == null || last.outputS3Uri() == null || "Failed".equals(last.status()) ? null
                : last.constraintViolations();
    }

    MonitoringExecution latest() {
        List<MonitoringExecution> all = listExecutions();
        return all.isEmpty() ? null : all.get(all.size() - 1);
    }

    /**
     * Runs the schedule's execution now (local backend): the execution the scheduler would start at this instant,
     * over the window the schedule analyses (the hour before now, or the schedule's DataAnalysisStartTime and
     * DataAnalysisEndTime offsets), listed among the schedule's executions. Blocks until it has ended. The
     * local scheduler runs the same at each firing of the cron.
     *
     * @return the execution: Completed, CompletedWithViolations or Failed with its reason
     * @throws OperationNotSupportedException on a backend without local monitoring (the service runs schedules
     *                                        itself)
     */
    public MonitoringExecution runMonitoringSchedule() {
        return MonitoringExecution.fromSummary(monitoringApi().runMonitoringSchedule(requireSchedule(), Instant.now()),
                session);
    }

    /**
     * Attaches to an existing schedule, as Python's {@code ModelMonitor.attach(monitor_schedule_name)}: a monitor
     * of the schedule's type with the settings of its job definition.
     *
     * @param monitorScheduleName the schedule
     * @param session             the session
     * @return the monitor
     * @throws ValidationException when the schedule's monitoring type has no monitor class here
     */
    public static ModelMonitor attach(String monitorScheduleName, Session session) {
        DescribeMonitoringScheduleResponse d = session.api(MonitoringApi.CAPABILITY).describeMonitoringSchedule(
                DescribeMonitoringScheduleRequest.builder().monitoringScheduleName(monitorScheduleName).build());
        String type = d.monitoringScheduleConfig() != null && d.monitoringScheduleConfig().monitoringTypeAsString()
                != null ? d.monitoringScheduleConfig().monitoringTypeAsString() : d.monitoringTypeAsString();
        if (type == null || "DataQuality".equals(type)) {
            return DefaultModelMonitor.attach(monitorScheduleName, session);
        }
        if ("ModelQuality".equals(type)) {
            return ModelQualityMonitor.attach(monitorScheduleName, session);
        }
        if ("ModelBias".equals(type)) {
            return ModelBiasMonitor.attach(monitorScheduleName, session);
        }
        if ("ModelExplainability".equals(type)) {
            return ModelExplainabilityMonitor.attach(monitorScheduleName, session);
        }
        throw new ValidationException("MonitoringType", type, "has no monitor class in this module",
                "attach with the monitor class of that type");
    }

    /**
     * The keywords every monitor's builder takes, as the Python constructor's.
     *
     * @param <B> the subclass's builder
     */
    public abstract static class Builder<B extends Builder<B>> {
        String role;
        String imageUri;
        int instanceCount = 1;
        String instanceType = "ml.m5.xlarge";
        int volumeSizeInGB = 30;
        String volumeKmsKey;
        String outputKmsKey;
        Integer maxRuntimeInSeconds;
        String baseJobName;
        Session session;
        Map<String, String> env;
        Map<String, String> tags;
        NetworkConfig networkConfig;

        /** Creates the builder with Python's defaults. */
        protected Builder() {
        }

        /**
         * This builder, as its subclass.
         *
         * @return this
         */
        protected abstract B self();

        /**
         * Sets {@code role} (required), the IAM role of the jobs.
         *
         * @param role the role ARN
         * @return this builder
         */
        public B role(String role) {
            this.role = role;
            return self();
        }

        /**
         * Sets the analyzer image (default: image_uris' {@code model-monitor} for the session's region).
         *
         * @param imageUri the image URI
         * @return this builder
         */
        public B imageUri(String imageUri) {
            this.imageUri = imageUri;
            return self();
        }

        /**
         * Sets {@code instance_count} (default 1).
         *
         * @param instanceCount the instance count
         * @return this builder
         */
        public B instanceCount(int instanceCount) {
            this.instanceCount = instanceCount;
            return self();
        }

        /**
         * Sets {@code instance_type} (default {@code ml.m5.xlarge}; {@code local} runs on the local backend).
         *
         * @param instanceType the instance type
         * @return this builder
         */
        public B instanceType(String instanceType) {
            this.instanceType = instanceType;
            return self();
        }

        /**
         * Sets {@code volume_size_in_gb} (default 30).
         *
         * @param volumeSizeInGB the size
         * @return this builder
         */
        public B volumeSizeInGB(int volumeSizeInGB) {
            this.volumeSizeInGB = volumeSizeInGB;
            return self();
        }

        /**
         * Sets {@code volume_kms_key} (default {@code None}).
         *
         * @param volumeKmsKey the key
         * @return this builder
         */
        public B volumeKmsKey(String volumeKmsKey) {
            this.volumeKmsKey = volumeKmsKey;
            return self();
        }

        /**
         * Sets {@code output_kms_key} (default {@code None}).
         *
         * @param outputKmsKey the key
         * @return this builder
         */
        public B outputKmsKey(String outputKmsKey) {
            this.outputKmsKey = outputKmsKey;
            return self();
        }

        /**
         * Sets {@code max_runtime_in_seconds} (default {@code None}).
         *
         * @param maxRuntimeInSeconds the limit
         * @return this builder
         */
        public B maxRuntimeInSeconds(Integer maxRuntimeInSeconds) {
            this.maxRuntimeInSeconds = maxRuntimeInSeconds;
            return self();
        }

        /**
         * Sets {@code base_job_name} (default {@code None}).
         *
         * @param baseJobName the base name
         * @return this builder
         */
        public B baseJobName(String baseJobName) {
            this.baseJobName = baseJobName;
            return self();
        }

        /**
         * Sets {@code sagemaker_session} (required).
         *
         * @param session the session
         * @return this builder
         */
        public B session(Session session) {
            this.session = session;
            return self();
        }

        /**
         * Sets {@code env} (default {@code None}), extra environment of the jobs.
         *
         * @param env the variables, copied
         * @return this builder
         */
        public B env(Map<String, String> env) {
            this.env = env == null ? null : new LinkedHashMap<>(env);
            return self();
        }

        /**
         * Sets {@code tags} (default {@code None}), the tags of the job definition and the schedule.
         *
         * @param tags the tags, copied, in order
         * @return this builder
         */
        public B tags(Map<String, String> tags) {
            this.tags = tags == null ? null : new LinkedHashMap<>(tags);
            return self();
        }

        /**
         * Sets {@code network_config} (default {@code None}) in the service's shape; sent unchanged, not enforced
         * locally.
         *
         * @param networkConfig the configuration
         * @return this builder
         */
        public B networkConfig(NetworkConfig networkConfig) {
            this.networkConfig = networkConfig;
            return self();
        }
    }

    /**
     * The attached job's processing job, for subclasses that read a baselining job's outputs.
     *
     * @param name the processing job
     * @return its handle
     */
    protected final ProcessingJob processingJob(String name) {
        return ProcessingJob.attach(name, session);
    }
}
