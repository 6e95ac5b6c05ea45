/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.monitor;

import dev.sagemaker4j.Session;
import dev.sagemaker4j.exceptions.UnexpectedStatusException;
import dev.sagemaker4j.exceptions.ValidationException;
import dev.sagemaker4j.processing.ProcessingInput;
import dev.sagemaker4j.processing.ProcessingJob;
import dev.sagemaker4j.processing.ProcessingOutput;
import dev.sagemaker4j.processing.Processor;
import dev.sagemaker4j.utils.Names;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import software.amazon.awssdk.services.sagemaker.model.CreateDataQualityJobDefinitionRequest;
import software.amazon.awssdk.services.sagemaker.model.DataQualityAppSpecification;
import software.amazon.awssdk.services.sagemaker.model.DataQualityBaselineConfig;
import software.amazon.awssdk.services.sagemaker.model.DataQualityJobInput;
import software.amazon.awssdk.services.sagemaker.model.DescribeDataQualityJobDefinitionRequest;
import software.amazon.awssdk.services.sagemaker.model.DescribeDataQualityJobDefinitionResponse;
import software.amazon.awssdk.services.sagemaker.model.MonitoringScheduleConfig;
import software.amazon.awssdk.services.sagemaker.model.NetworkConfig;

/**
 * Model Monitor's data-quality monitor, as Python's {@code sagemaker.model_monitor.DefaultModelMonitor}: suggests
 * a baseline (statistics.json and constraints.json) from a training data set and runs monitoring executions
 * (statistics.json and constraint_violations.json) over current data, both as processing jobs of the
 * {@code sagemaker-model-monitor-analyzer} image. On the {@code sagemaker} backend the service's image runs; the
 * local backend runs its own implementation of that image in-process, writing the same files in the same schema.
 *
 * <pre>{@code
 * DefaultModelMonitor monitor = DefaultModelMonitor.builder().role(role).instanceType("local")
 *         .session(session).build();
 * monitor.suggestBaseline("s3://bucket/train.csv", DatasetFormat.csv(true));
 * MonitoringExecution run = monitor.runMonitoring("s3://bucket/today.csv", DatasetFormat.csv(true));
 * run.status();                       // Completed or CompletedWithViolations
 * monitor.latestMonitoringConstraintViolations().violations();
 * }</pre>
 */
public final class DefaultModelMonitor extends ModelMonitor {
    /** Python's {@code _SUGGESTION_JOB_BASE_NAME}. */
    static final String SUGGESTION_JOB_BASE_NAME = "baseline-suggestion-job";
    /** The base name of an on-demand monitoring execution's job. */
    static final String MONITORING_JOB_BASE_NAME = "model-monitoring-job";
    static final String BASELINE_INPUT_NAME = "baseline_dataset_input";
    static final String OUTPUT_NAME = "monitoring_output";

    private final List<ProcessingJob> baseliningJobs = Collections.synchronizedList(new ArrayList<>());
    private final List<MonitoringExecution> executions = Collections.synchronizedList(new ArrayList<>());
    private volatile String latestBaseliningJobName;
    private volatile String latestBaselineOutput;

    private DefaultModelMonitor(Builder b) {
        super(b);
    }

    /**
     * A new builder with Python's defaults.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Python's {@code JOB_DEFINITION_BASE_NAME}. */
    static final String JOB_DEFINITION_BASE_NAME = "data-quality-job-definition";

    /**
     * {@code DataQuality}, as Python's {@code DefaultModelMonitor.monitoring_type()}.
     *
     * @return the type
     */
    @Override
    public String monitoringType() {
        return "DataQuality";
    }

    /**
     * Creates a monitoring schedule; see {@link #createMonitoringSchedule(CreateMonitoringScheduleOptions)}.
     *
     * @param options sets the keywords ({@code endpointInput} or {@code batchTransformInput} is required)
     */
    public void createMonitoringSchedule(Consumer<CreateMonitoringScheduleOptions.Builder> options) {
        CreateMonitoringScheduleOptions.Builder b = CreateMonitoringScheduleOptions.builder();
        options.accept(b);
        createMonitoringSchedule(b.build());
    }

    /**
     * Creates a monitoring schedule, as Python's {@code DefaultModelMonitor.create_monitoring_schedule(
     * endpoint_input=None, record_preprocessor_script=None, post_analytics_processor_script=None,
     * output_s3_uri=None, constraints=None, statistics=None, monitor_schedule_name=None,
     * schedule_cron_expression=None, enable_cloudwatch_metrics=True, batch_transform_input=None,
     * data_analysis_start_time=None, data_analysis_end_time=None)}: CreateDataQualityJobDefinition (named
     * {@code data-quality-job-definition-<timestamp>}: the image, the environment with
     * {@code publish_cloudwatch_metrics}, the baseline's statistics and constraints or the latest baselining job, the
     * input, the output {@code s3://<default bucket>/model-monitor/monitoring/<schedule>/results} unless given, the
     * cluster, role, runtime and tags), then CreateMonitoringSchedule naming it (type {@code DataQuality}); when
     * the schedule cannot be created the job definition is deleted again. On the local backend the schedule's
     * executions run at its cron (and at once with {@link #runMonitoringSchedule()}) over the endpoint's capture.
     *
     * @param options the keywords
     * @throws ValidationException before anything is sent: this monitor already has a schedule, neither or both
     *                             inputs, NOW without both analysis times; and, from the backend, a cron the service
     *                             refuses (naming {@code ScheduleExpression})
     */
    public void createMonitoringSchedule(CreateMonitoringScheduleOptions options) {
        if (jobDefinitionName() != null || monitoringScheduleName() != null) {
            throw new ValidationException("monitor_schedule_name", monitoringScheduleName(),
                    "is set: this monitor already created a monitoring schedule",
                    "delete it first with deleteMonitoringSchedule(), or use another monitor");
        }
        if ((options.batchTransformInput() != null) == (options.endpointInput() != null)) {
            throw new ValidationException("endpoint_input", options.endpointInput(),
                    "and batch_transform_input: exactly one is needed", "give endpointInput(...) or "
                    + "batchTransformInput(...), not both");
        }
        checkCron(options.scheduleCronExpression(), options.dataAnalysisStartTime(), options.dataAnalysisEndTime());
        String scheduleName = scheduleName(options.monitorScheduleName());
        String definitionName = Names.nameFromBase(JOB_DEFINITION_BASE_NAME);
        Definition d = new Definition();
        d.endpointInput = options.endpointInput();
        d.batchTransformInput = options.batchTransformInput();
        d.recordPreprocessorScript = options.recordPreprocessorScript();
        d.postAnalyticsProcessorScript = options.postAnalyticsProcessorScript();
        d.outputS3Uri = options.outputS3Uri() != null ? options.outputS3Uri()
                : s3Join("model-monitor", "monitoring", scheduleName, "results");
        d.constraints = options.constraints();
        d.statistics = options.statistics();
        d.enableCloudwatchMetrics = options.enableCloudwatchMetrics();
        d.fromMonitor(this);
        d.latestBaseliningJobName = latestBaseliningJobName();
        monitoringApi().createDataQualityJobDefinition(definitionRequest(scheduleName, definitionName, null, d));
        try {
            createScheduleFromJobDefinition(scheduleName, definitionName, options.scheduleCronExpression(),
                    options.dataAnalysisStartTime(), options.dataAnalysisEndTime());
        } catch (RuntimeException e) {
            try {
                deleteJobDefinition(definitionName);
            } catch (RuntimeException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
        scheduled(scheduleName, definitionName);
    }

    /** The data-quality keywords over those every job definition shares. */
    private static final class Definition extends DefinitionValues {
        String statistics;
    }

    /**
     * Python's {@code _build_create_data_quality_job_definition_request}: the existing definition's parts (on update)
     * with the given values over them.
     */
    private CreateDataQualityJobDefinitionRequest definitionRequest(String scheduleName, String definitionName,
            DescribeDataQualityJobDefinitionResponse existing, Definition d) {
        DataQualityAppSpecification.Builder app = existing != null && existing.dataQualityAppSpecification() != null
                ? existing.dataQualityAppSpecification().toBuilder() : DataQualityAppSpecification.builder();
        DataQualityBaselineConfig.Builder baseline = existing != null && existing.dataQualityBaselineConfig() != null
                ? existing.dataQualityBaselineConfig().toBuilder() : null;
        DataQualityJobInput input = existing != null ? existing.dataQualityJobInput() : null;
        String roleArn = d.role == null && existing != null ? existing.roleArn() : d.role;

        app.imageUri(imageUri);
        if (d.postAnalyticsProcessorScript != null) {
            app.postAnalyticsProcessorSourceUri(s3Script(scheduleName, d.postAnalyticsProcessorScript));
        }
        if (d.recordPreprocessorScript != null) {
            app.recordPreprocessorSourceUri(s3Script(scheduleName, d.recordPreprocessorScript));
        }
        Map<String, String> environment = d.environment();
        if (!environment.isEmpty()) {
            app.environment(environment);
        }
        if (d.constraints != null) {
            baseline = baseline != null ? baseline : DataQualityBaselineConfig.builder();
            baseline.constraintsResource(c -> c.s3Uri(d.constraints));
        }
        if (d.statistics != null) {
            baseline = baseline != null ? baseline : DataQualityBaselineConfig.builder();
            baseline.statisticsResource(c -> c.s3Uri(d.statistics));
        }
        if (d.latestBaseliningJobName != null) {
            baseline = baseline != null ? baseline : DataQualityBaselineConfig.builder();
            baseline.baseliningJobName(d.latestBaseliningJobName);
        }
        if (d.endpointInput != null) {
            input = DataQualityJobInput.builder().endpointInput(d.endpointInput.toRequest()).build();
        } else if (d.batchTransformInput != null) {
            input = DataQualityJobInput.builder().batchTransformInput(d.batchTransformInput.toRequest()).build();
        }
        CreateDataQualityJobDefinitionRequest.Builder request = CreateDataQualityJobDefinitionRequest.builder()
                .jobDefinitionName(definitionName).dataQualityAppSpecification(app.build())
                .dataQualityJobInput(input)
                .dataQualityJobOutputConfig(d.output(existing != null ? existing.dataQualityJobOutputConfig() : null))
                .jobResources(d.resources(existing != null ? existing.jobResources() : null))
                .roleArn(roleArn)
                .networkConfig(d.network(existing != null ? existing.networkConfig() : null))
                .stoppingCondition(d.stopping(existing != null ? existing.stoppingCondition() : null));
        if (baseline != null) {
            request.dataQualityBaselineConfig(baseline.build());
        }
        if (tags != null) {
            request.tags(tagList());
        }
        return request.build();
    }

    /**
     * Updates the schedule; see {@link #updateMonitoringSchedule(UpdateMonitoringScheduleOptions)}.
     *
     * @param options sets the keywords
     */
    public void updateMonitoringSchedule(Consumer<UpdateMonitoringScheduleOptions.Builder> options) {
        UpdateMonitoringScheduleOptions.Builder b = UpdateMonitoringScheduleOptions.builder();
        options.accept(b);
        updateMonitoringSchedule(b.build());
    }

    /**
     * Updates the schedule, as Python's {@code DefaultModelMonitor.update_monitoring_schedule(...)}: nothing given
     * changes nothing; only {@code schedule_cron_expression} is UpdateMonitoringSchedule with the same job
     * definition and the new {@code ScheduleConfig}; any other keyword creates a new job definition
     * (DescribeDataQualityJobDefinition of the current one, the given keywords replacing its values,
     * CreateDataQualityJobDefinition) and points the schedule at it, keeping the schedule's cron unless a new one is
     * given (the old definition is kept, as in Python; the new one is deleted again when the update fails). The
     * monitor's settings take the given values once the schedule runs the new definition.
     *
     * @param options the keywords
     * @throws ValidationException when this monitor has no schedule, both inputs are given, or NOW lacks an analysis
     *                             time
     */
    public void updateMonitoringSchedule(UpdateMonitoringScheduleOptions options) {
        if (options.batchTransformInput() != null && options.endpointInput() != null) {
            throw new ValidationException("endpoint_input", options.endpointInput(),
                    "and batch_transform_input can not both be updated", "give at most one of them");
        }
        if (options.isEmpty()) {
            return;
        }
        if (monitoringScheduleName() == null || jobDefinitionName() == null) {
            throw new ValidationException("monitoring_schedule_name", null, "is missing: nothing to update",
                    "call createMonitoringSchedule first, or attach to a schedule");
        }
        if (options.onlyScheduleCronExpression()) {
            updateSchedule(jobDefinitionName(), options.scheduleCronExpression(), null, null);
            return;
        }
        checkCron(options.scheduleCronExpression(), options.dataAnalysisStartTime(), options.dataAnalysisEndTime());
        String cron = options.scheduleCronExpression();
        MonitoringScheduleConfig current = describeSchedule().monitoringScheduleConfig();
        if (cron == null && current != null && current.scheduleConfig() != null) {
            cron = current.scheduleConfig().scheduleExpression();
        }
        DescribeDataQualityJobDefinitionResponse existing = monitoringApi().describeDataQualityJobDefinition(
                DescribeDataQualityJobDefinitionRequest.builder().jobDefinitionName(jobDefinitionName()).build());
        String definitionName = Names.nameFromBase(JOB_DEFINITION_BASE_NAME);
        Definition d = new Definition();
        d.endpointInput = options.endpointInput();
        d.batchTransformInput = options.batchTransformInput();
        d.recordPreprocessorScript = options.recordPreprocessorScript();
        d.postAnalyticsProcessorScript = options.postAnalyticsProcessorScript();
        d.outputS3Uri = options.outputS3Uri();
        d.constraints = options.constraints();
        d.statistics = options.statistics();
        d.enableCloudwatchMetrics = options.enableCloudwatchMetrics();
        d.role = options.role();
        d.instanceCount = options.instanceCount();
        d.instanceType = options.instanceType();
        d.volumeSizeInGB = options.volumeSizeInGB();
        d.volumeKmsKey = options.volumeKmsKey();
        d.outputKmsKey = options.outputKmsKey();
        d.maxRuntimeInSeconds = options.maxRuntimeInSeconds();
        d.env = options.env();
        d.networkConfig = options.networkConfig();
        monitoringApi().createDataQualityJobDefinition(definitionRequest(monitoringScheduleName(), definitionName,
                existing, d));
        try {
            updateSchedule(definitionName, cron, options.dataAnalysisStartTime(), options.dataAnalysisEndTime());
        } catch (RuntimeException e) {
            try {
                deleteJobDefinition(definitionName);
            } catch (RuntimeException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
        scheduled(monitoringScheduleName(), definitionName);
        adopt(d);
    }

    /**
     * Attaches to a data-quality schedule, as Python's {@code DefaultModelMonitor.attach(monitor_schedule_name)}: a
     * monitor with the settings of the schedule's job definition (role, image, cluster, KMS keys, runtime,
     * environment), owning the schedule.
     *
     * @param monitorScheduleName the schedule
     * @param session             the session
     * @return the monitor
     * @throws dev.sagemaker4j.exceptions.ResourceNotFoundException when there is no such schedule
     * @throws ValidationException when the schedule is not a DataQuality one
     */
    public static DefaultModelMonitor attach(String monitorScheduleName, Session session) {
        var api = session.api(dev.sagemaker4j.spi.MonitoringApi.CAPABILITY);
        var schedule = api.describeMonitoringSchedule(software.amazon.awssdk.services.sagemaker.model
                .DescribeMonitoringScheduleRequest.builder().monitoringScheduleName(monitorScheduleName).build());
        var config = schedule.monitoringScheduleConfig();
        String type = config.monitoringTypeAsString() != null ? config.monitoringTypeAsString()
                : schedule.monitoringTypeAsString();
        if (type != null && !"DataQuality".equals(type)) {
            throw new ValidationException("MonitoringType", type, "is not DataQuality",
                    "attach with ModelMonitor.attach, which picks the monitor of the schedule's type");
        }
        Builder b = builder().session(session);
        String definition = config.monitoringJobDefinitionName();
        if (definition != null) {
            var d = api.describeDataQualityJobDefinition(software.amazon.awssdk.services.sagemaker.model
                    .DescribeDataQualityJobDefinitionRequest.builder().jobDefinitionName(definition).build());
            var cluster = d.jobResources().clusterConfig();
            b.role(d.roleArn()).imageUri(d.dataQualityAppSpecification().imageUri())
                    .instanceCount(cluster.instanceCount()).instanceType(cluster.instanceTypeAsString())
                    .volumeSizeInGB(cluster.volumeSizeInGB()).volumeKmsKey(cluster.volumeKmsKeyId())
                    .outputKmsKey(d.dataQualityJobOutputConfig().kmsKeyId())
                    .maxRuntimeInSeconds(d.stoppingCondition() == null ? null
                            : d.stoppingCondition().maxRuntimeInSeconds());
            if (d.dataQualityAppSpecification().hasEnvironment()) {
                b.env(d.dataQualityAppSpecification().environment());
            }
        } else {
            var d = config.monitoringJobDefinition();
            var cluster = d.monitoringResources().clusterConfig();
            b.role(d.roleArn()).imageUri(d.monitoringAppSpecification().imageUri())
                    .instanceCount(cluster.instanceCount()).instanceType(cluster.instanceTypeAsString())
                    .volumeSizeInGB(cluster.volumeSizeInGB()).volumeKmsKey(cluster.volumeKmsKeyId());
            if (d.hasEnvironment()) {
                b.env(d.environment());
            }
        }
        DefaultModelMonitor monitor = b.build();
        monitor.scheduled(schedule.monitoringScheduleName(), definition);
        return monitor;
    }

    /**
     * Suggests a baseline with Python's defaults; see {@link #suggestBaseline(String, DatasetFormat,
     * SuggestBaselineOptions)}.
     *
     * @param baselineDataset the data set: a local path or an S3 URI (a file or a prefix)
     * @param datasetFormat   its format
     * @return the baselining job
     */
    public ProcessingJob suggestBaseline(String baselineDataset, DatasetFormat datasetFormat) {
        return suggestBaseline(baselineDataset, datasetFormat, SuggestBaselineOptions.builder().build());
    }

    /**
     * Suggests a baseline; see {@link #suggestBaseline(String, DatasetFormat, SuggestBaselineOptions)}.
     *
     * @param baselineDataset the data set: a local path or an S3 URI
     * @param datasetFormat   its format
     * @param options         sets the keywords
     * @return the baselining job
     */
    public ProcessingJob suggestBaseline(String baselineDataset, DatasetFormat datasetFormat,
            Consumer<SuggestBaselineOptions.Builder> options) {
        SuggestBaselineOptions.Builder b = SuggestBaselineOptions.builder();
        options.accept(b);
        return suggestBaseline(baselineDataset, datasetFormat, b.build());
    }

    /**
     * Suggests a baseline, as Python's {@code suggest_baseline(baseline_dataset, dataset_format,
     * record_preprocessor_script=None, post_analytics_processor_script=None, output_s3_uri=None, wait=True,
     * logs=True, job_name=None)}: a processing job of the analyzer image with the data set at
     * {@code /opt/ml/processing/input/baseline_dataset_input}, the environment {@code dataset_format},
     * {@code dataset_source}, {@code output_path} and {@code publish_cloudwatch_metrics=Disabled}, and the output
     * {@code monitoring_output} ({@code statistics.json}, {@code constraints.json}) uploaded to
     * {@code output_s3_uri} (default {@code s3://<default bucket>/model-monitor/baselining/<job>/results}).
     *
     * @param baselineDataset the data set: a local path or an S3 URI (a file or a prefix)
     * @param datasetFormat   its format
     * @param options         the keywords
     * @return the baselining job
     * @throws ValidationException before anything is sent, for a missing data set or format
     * @throws UnexpectedStatusException when {@code wait} and the job fails (e.g. an empty data set, ragged rows)
     */
    public ProcessingJob suggestBaseline(String baselineDataset, DatasetFormat datasetFormat,
            SuggestBaselineOptions options) {
        requireDataset("baseline_dataset", baselineDataset, datasetFormat);
        String jobName = options.jobName() != null ? options.jobName()
                : Names.nameFromBase(baseJobName != null ? baseJobName : SUGGESTION_JOB_BASE_NAME);
        String output = options.outputS3Uri() != null ? options.outputS3Uri()
                : s3Join("model-monitor", "baselining", jobName, "results");
        List<ProcessingInput> inputs = new ArrayList<>();
        String datasetPath = CONTAINER_BASE + "/input/" + BASELINE_INPUT_NAME;
        inputs.add(ProcessingInput.builder().source(baselineDataset).destination(datasetPath)
                .inputName(BASELINE_INPUT_NAME).build());
        Map<String, String> environment = environment(datasetFormat, datasetPath, false);
        scripts(inputs, environment, options.recordPreprocessorScript(), options.postAnalyticsProcessorScript());
        latestBaseliningJobName = jobName;
        latestBaselineOutput = trim(output);
        ProcessingJob job = processor(environment).run(r -> r.inputs(inputs)
                .outputs(List.of(output(output))).wait(options.waitForJob()).logs(options.logs())
                .jobName(jobName));
        baseliningJobs.add(job);
        return job;
    }

    /**
     * The statistics of the latest baseline, as Python's {@code baseline_statistics()}.
     *
     * @return statistics.json of the latest baselining job
     * @throws ValidationException when no baseline was suggested or it wrote none
     */
    public Statistics baselineStatistics() {
        return Statistics.fromS3Uri(latestBaselineOutput() + "/statistics.json", session);
    }

    /**
     * The constraints of the latest baseline, as Python's {@code suggested_constraints()}.
     *
     * @return constraints.json of the latest baselining job
     * @throws ValidationException when no baseline was suggested or it wrote none
     */
    public Constraints suggestedConstraints() {
        return Constraints.fromS3Uri(latestBaselineOutput() + "/constraints.json", session);
    }

    /**
     * The latest baselining job's name (Python's {@code latest_baselining_job_name}).
     *
     * @return the name, or null
     */
    public String latestBaseliningJobName() {
        return latestBaseliningJobName;
    }

    /**
     * The baselining jobs this monitor ran (Python's {@code baselining_jobs}).
     *
     * @return the jobs, oldest first
     */
    public List<ProcessingJob> baseliningJobs() {
        return List.copyOf(baseliningJobs);
    }

    /**
     * Runs one monitoring execution now against the latest baseline; see
     * {@link #runMonitoring(String, DatasetFormat, RunMonitoringOptions)}.
     *
     * @param dataset       the current data: a local path or an S3 URI (e.g. an endpoint's capture prefix)
     * @param datasetFormat its format
     * @return the execution
     */
    public MonitoringExecution runMonitoring(String dataset, DatasetFormat datasetFormat) {
        return runMonitoring(dataset, datasetFormat, RunMonitoringOptions.builder().build());
    }

    /**
     * Runs one monitoring execution now; see {@link #runMonitoring(String, DatasetFormat, RunMonitoringOptions)}.
     *
     * @param dataset       the current data
     * @param datasetFormat its format
     * @param options       sets the keywords
     * @return the execution
     */
    public MonitoringExecution runMonitoring(String dataset, DatasetFormat datasetFormat,
            Consumer<RunMonitoringOptions.Builder> options) {
        RunMonitoringOptions.Builder b = RunMonitoringOptions.builder();
        options.accept(b);
        return runMonitoring(dataset, datasetFormat, b.build());
    }

    /**
     * Runs one monitoring execution now (no schedule): what a scheduled execution of Python's
     * {@code create_monitoring_schedule} runs, as a processing job of the analyzer image with the current data at
     * {@code /opt/ml/processing/input/endpoint}, the baseline at
     * {@code /opt/ml/processing/baseline/stats/statistics.json} and
     * {@code /opt/ml/processing/baseline/constraints/constraints.json} (environment {@code baseline_statistics},
     * {@code baseline_constraints}), writing {@code statistics.json} and {@code constraint_violations.json} to
     * {@code output_s3_uri} (default {@code s3://<default bucket>/model-monitor/monitoring/<job>/results}).
     * A failed execution (an empty data set, ragged rows) is returned with status {@code Failed} and its reason,
     * not thrown.
     *
     * @param dataset       the current data: a local path or an S3 URI (e.g. an endpoint's capture prefix)
     * @param datasetFormat its format, e.g. {@link DatasetFormat#sagemakerCaptureJson()} for captured traffic
     * @param options       the keywords
     * @return the execution
     * @throws ValidationException before anything is sent, for a missing data set, format or baseline
     */
    public MonitoringExecution runMonitoring(String dataset, DatasetFormat datasetFormat,
            RunMonitoringOptions options) {
        requireDataset("dataset", dataset, datasetFormat);
        Constraints constraints = options.constraints();
        Statistics statistics = options.statistics();
        if (constraints == null && latestBaselineOutput != null) {
            constraints = suggestedConstraints();
        }
        if (statistics == null && latestBaselineOutput != null) {
            statistics = baselineStatistics();
        }
        if (constraints == null) {
            throw new ValidationException("constraints", null, "is missing and no baseline was suggested",
                    "pass constraints(...) and statistics(...), or call suggestBaseline first");
        }
        String jobName = options.jobName() != null ? options.jobName()
                : Names.nameFromBase(baseJobName != null ? baseJobName : MONITORING_JOB_BASE_NAME);
        String output = trim(options.outputS3Uri() != null ? options.outputS3Uri()
                : s3Join("model-monitor", "monitoring", jobName, "results"));
        String datasetPath = CONTAINER_BASE + "/input/endpoint";
        List<ProcessingInput> inputs = new ArrayList<>();
        inputs.add(ProcessingInput.builder().source(dataset).destination(datasetPath).inputName("endpoint_input")
                .build());
        Map<String, String> environment = environment(datasetFormat, datasetPath, false);
        String constraintsUri = constraints.fileS3Uri() != null ? constraints.fileS3Uri()
                : constraints.save(s3Join("model-monitor", "monitoring", jobName, "baseline", "constraints.json"),
                        session);
        inputs.add(ProcessingInput.builder().source(constraintsUri).inputName("constraints")
                .destination(CONTAINER_BASE + "/baseline/constraints").build());
        environment.put("baseline_constraints", CONTAINER_BASE + "/baseline/constraints/"
                + constraintsUri.substring(constraintsUri.lastIndexOf('/') + 1));
        if (statistics != null) {
            String statisticsUri = statistics.fileS3Uri() != null ? statistics.fileS3Uri()
                    : statistics.save(s3Join("model-monitor", "monitoring", jobName, "baseline", "statistics.json"),
                            session);
            inputs.add(ProcessingInput.builder().source(statisticsUri).inputName("baseline")
                    .destination(CONTAINER_BASE + "/baseline/stats").build());
            environment.put("baseline_statistics", CONTAINER_BASE + "/baseline/stats/"
                    + statisticsUri.substring(statisticsUri.lastIndexOf('/') + 1));
        }
        scripts(inputs, environment, options.recordPreprocessorScript(), options.postAnalyticsProcessorScript());
        ProcessingJob job = processor(environment).run(r -> r.inputs(inputs).outputs(List.of(output(output)))
                .wait(false).logs(false).jobName(jobName));
        MonitoringExecution execution = new MonitoringExecution(job, output, session);
        executions.add(execution);
        if (options.waitForJob()) {
            try {
                job.waitForCompletion(options.logs());
            } catch (UnexpectedStatusException e) {
                // a failed execution is a result: its status and reason say why
            }
        }
        return execution;
    }

    /**
     * The executions: those of this monitor's schedule when it has one (see {@link ModelMonitor#listExecutions()}),
     * otherwise those {@code runMonitoring} ran, oldest first.
     *
     * @return the executions
     */
    @Override
    public List<MonitoringExecution> listExecutions() {
        if (monitoringScheduleName() != null) {
            return super.listExecutions();
        }
        return List.copyOf(executions);
    }

    /**
     * Writes the latest execution's pictures into a folder next to copies of its JSON files, as
     * {@link MonitoringExecution#visualize(Path)}: per feature the baseline and current distributions, the
     * features with violations marked, and an HTML page.
     *
     * @param directory the folder (created when missing)
     * @return the files written
     * @throws ValidationException when no execution ran, or the latest one wrote no statistics (it failed)
     */
    public List<Path> visualizeLatestExecution(Path directory) {
        MonitoringExecution last = latest();
        if (last == null) {
            throw new ValidationException("latest_execution", null, "is missing: no monitoring execution ran",
                    "call runMonitoring first");
        }
        return last.visualize(directory);
    }

    private String latestBaselineOutput() {
        if (latestBaselineOutput == null) {
            throw new ValidationException("latest_baselining_job", null, "is missing: no baseline was suggested",
                    "call suggestBaseline first");
        }
        return latestBaselineOutput;
    }

    private static void requireDataset(String field, String dataset, DatasetFormat format) {
        if (dataset == null || dataset.isBlank()) {
            throw new ValidationException(field, dataset, "is missing", "give a local path or an S3 URI");
        }
        if (format == null) {
            throw new ValidationException("dataset_format", null, "is missing",
                    "pass DatasetFormat.csv(...), json(...) or sagemakerCaptureJson()");
        }
    }

    /** Python's {@code _generate_env_map}, in its order. */
    private Map<String, String> environment(DatasetFormat format, String datasetPath, boolean cloudwatch) {
        Map<String, String> e = new LinkedHashMap<>();
        if (env != null) {
            e.putAll(env);
        }
        e.put("output_path", CONTAINER_BASE + "/output");
        e.put("publish_cloudwatch_metrics", cloudwatch ? "Enabled" : "Disabled");
        e.put("dataset_format", format.toJson());
        e.put("dataset_source", datasetPath);
        return e;
    }

    private static void scripts(List<ProcessingInput> inputs, Map<String, String> environment, String record,
            String post) {
        // Python's order: the environment keys record_preprocessor_script, post_analytics_processor_script come
        // after dataset_format and before dataset_source
        Map<String, String> reordered = new LinkedHashMap<>();
        String source = environment.remove("dataset_source");
        reordered.putAll(environment);
        if (record != null) {
            String dir = CONTAINER_BASE + "/input/record_preprocessor_script_input";
            inputs.add(ProcessingInput.builder().source(record).destination(dir)
                    .inputName("record_preprocessor_script_input").build());
            reordered.put("record_preprocessor_script", dir + "/" + baseName(record));
        }
        if (post != null) {
            String dir = CONTAINER_BASE + "/input/post_analytics_processor_script_input";
            inputs.add(ProcessingInput.builder().source(post).destination(dir)
                    .inputName("post_analytics_processor_script_input").build());
            reordered.put("post_analytics_processor_script", dir + "/" + baseName(post));
        }
        reordered.put("dataset_source", source);
        environment.clear();
        environment.putAll(reordered);
    }

    private static String baseName(String path) {
        String p = path.replaceAll("/+$", "");
        return p.substring(p.lastIndexOf('/') + 1);
    }

    private Processor processor(Map<String, String> environment) {
        Processor.Builder b = Processor.builder().role(role).imageUri(imageUri).instanceCount(instanceCount)
                .instanceType(instanceType).volumeSizeInGB(volumeSizeInGB).volumeKmsKey(volumeKmsKey)
                .outputKmsKey(outputKmsKey).maxRuntimeInSeconds(maxRuntimeInSeconds).session(session)
                .env(environment);
        if (baseJobName != null) {
            b.baseJobName(baseJobName);
        }
        return b.build();
    }

    private static ProcessingOutput output(String s3Uri) {
        return ProcessingOutput.builder().source(CONTAINER_BASE + "/output").destination(s3Uri)
                .outputName(OUTPUT_NAME).build();
    }

    private static String trim(String uri) {
        return uri.replaceAll("/+$", "");
    }

    /** Builds a {@link DefaultModelMonitor}: the keywords of Python's constructor (see {@link ModelMonitor.Builder}). */
    public static final class Builder extends ModelMonitor.Builder<Builder> {
        private Builder() {
        }

        @Override
        protected Builder self() {
            return this;
        }

        /**
         * Builds the monitor.
         *
         * @return the monitor
         * @throws ValidationException when the role or the session is missing
         */
        public DefaultModelMonitor build() {
            return new DefaultModelMonitor(this);
        }
    }

    /**
     * The keywords of {@link #suggestBaseline(String, DatasetFormat, SuggestBaselineOptions)}, as Python's
     * {@code suggest_baseline(..., record_preprocessor_script=None, post_analytics_processor_script=None,
     * output_s3_uri=None, wait=True, logs=True, job_name=None)}. Immutable.
     */
    public static final class SuggestBaselineOptions {
        private final String recordPreprocessorScript;
        private final String postAnalyticsProcessorScript;
        private final String outputS3Uri;
        private final boolean waitForJob;
        private final boolean logs;
        private final String jobName;

        private SuggestBaselineOptions(Builder b) {
            this.recordPreprocessorScript = b.recordPreprocessorScript;
            this.postAnalyticsProcessorScript = b.postAnalyticsProcessorScript;
            this.outputS3Uri = b.outputS3Uri;
            this.waitForJob = b.waitForJob;
            this.logs = b.logs;
            this.jobName = b.jobName;
        }

        /**
         * A new builder with Python's defaults.
         *
         * @return the builder
         */
        public static Builder builder() {
            return new Builder();
        }

        /**
         * A builder holding these options.
         *
         * @return the builder
         */
        public Builder toBuilder() {
            Builder b = new Builder();
            b.recordPreprocessorScript = recordPreprocessorScript;
            b.postAnalyticsProcessorScript = postAnalyticsProcessorScript;
            b.outputS3Uri = outputS3Uri;
            b.waitForJob = waitForJob;
            b.logs = logs;
            b.jobName = jobName;
            return b;
        }

        /**
         * The record preprocessor script.
         *
         * @return a local path or S3 URI, or null
         */
        public String recordPreprocessorScript() {
            return recordPreprocessorScript;
        }

        /**
         * The post-analytics processor script.
         *
         * @return a local path or S3 URI, or null
         */
        public String postAnalyticsProcessorScript() {
            return postAnalyticsProcessorScript;
        }

        /**
         * Where the baseline goes.
         *
         * @return the S3 URI, or null for the default
         */
        public String outputS3Uri() {
            return outputS3Uri;
        }

        /**
         * Whether to wait for the job.
         *
         * @return {@code wait}
         */
        public boolean waitForJob() {
            return waitForJob;
        }

        /**
         * Whether to show the job's log.
         *
         * @return {@code logs}
         */
        public boolean logs() {
            return logs;
        }

        /**
         * The job name.
         *
         * @return the name, or null to generate one
         */
        public String jobName() {
            return jobName;
        }

        @Override
        public boolean equals(Object o) {
            if (!(o instanceof SuggestBaselineOptions)) {
                return false;
            }
            SuggestBaselineOptions x = (SuggestBaselineOptions) o;
            return waitForJob == x.waitForJob && logs == x.logs
                    && Objects.equals(recordPreprocessorScript, x.recordPreprocessorScript)
                    && Objects.equals(postAnalyticsProcessorScript, x.postAnalyticsProcessorScript)
                    && Objects.equals(outputS3Uri, x.outputS3Uri) && Objects.equals(jobName, x.jobName);
        }

        @Override
        public int hashCode() {
            return Objects.hash(recordPreprocessorScript, postAnalyticsProcessorScript, outputS3Uri, waitForJob,
                    logs, jobName);
        }

        @Override
        public String toString() {
            return "SuggestBaselineOptions(outputS3Uri=" + outputS3Uri + ", wait=" + waitForJob + ", jobName="
                    + jobName + ")";
        }

        /** Builds {@link SuggestBaselineOptions}. */
        public static final class Builder {
            private String recordPreprocessorScript;
            private String postAnalyticsProcessorScript;
            private String outputS3Uri;
            private boolean waitForJob = true;
            private boolean logs = true;
            private String jobName;

            private Builder() {
            }

            /**
             * Sets {@code record_preprocessor_script} (default {@code None}); the local analyzer runs none and
             * fails the job.
             *
             * @param recordPreprocessorScript a local path or S3 URI
             * @return this builder
             */
            public Builder recordPreprocessorScript(String recordPreprocessorScript) {
                this.recordPreprocessorScript = recordPreprocessorScript;
                return this;
            }

            /**
             * Sets {@code post_analytics_processor_script} (default {@code None}); the local analyzer runs none
             * and fails the job.
             *
             * @param postAnalyticsProcessorScript a local path or S3 URI
             * @return this builder
             */
            public Builder postAnalyticsProcessorScript(String postAnalyticsProcessorScript) {
                this.postAnalyticsProcessorScript = postAnalyticsProcessorScript;
                return this;
            }

            /**
             * Sets {@code output_s3_uri} (default {@code None}: under the default bucket).
             *
             * @param outputS3Uri the S3 URI
             * @return this builder
             */
            public Builder outputS3Uri(String outputS3Uri) {
                this.outputS3Uri = outputS3Uri;
                return this;
            }

            /**
             * Sets {@code wait} (default {@code True}).
             *
             * @param wait whether to wait
             * @return this builder
             */
            public Builder wait(boolean wait) {
                this.waitForJob = wait;
                return this;
            }

            /**
             * Sets {@code logs} (default {@code True}).
             *
             * @param logs whether to show the log
             * @return this builder
             */
            public Builder logs(boolean logs) {
                this.logs = logs;
                return this;
            }

            /**
             * Sets {@code job_name} (default {@code None}: generated from the base name).
             *
             * @param jobName the name
             * @return this builder
             */
            public Builder jobName(String jobName) {
                this.jobName = jobName;
                return this;
            }

            /**
             * Builds the options.
             *
             * @return the options
             */
            public SuggestBaselineOptions build() {
                return new SuggestBaselineOptions(this);
            }
        }
    }

    /**
     * The keywords of {@link #runMonitoring(String, DatasetFormat, RunMonitoringOptions)}: those of a scheduled
     * execution in Python's {@code create_monitoring_schedule} ({@code record_preprocessor_script=None,
     * post_analytics_processor_script=None, output_s3_uri=None, constraints=None, statistics=None}) plus
     * {@code wait=True, logs=True, job_name=None}. Immutable.
     */
    public static final class RunMonitoringOptions {
        private final String recordPreprocessorScript;
        private final String postAnalyticsProcessorScript;
        private final String outputS3Uri;
        private final Constraints constraints;
        private final Statistics statistics;
        private final boolean waitForJob;
        private final boolean logs;
        private final String jobName;

        private RunMonitoringOptions(Builder b) {
            this.recordPreprocessorScript = b.recordPreprocessorScript;
            this.postAnalyticsProcessorScript = b.postAnalyticsProcessorScript;
            this.outputS3Uri = b.outputS3Uri;
            this.constraints = b.constraints;
            this.statistics = b.statistics;
            this.waitForJob = b.waitForJob;
            this.logs = b.logs;
            this.jobName = b.jobName;
        }

        /**
         * A new builder with the defaults.
         *
         * @return the builder
         */
        public static Builder builder() {
            return new Builder();
        }

        /**
         * A builder holding these options.
         *
         * @return the builder
         */
        public Builder toBuilder() {
            Builder b = new Builder();
            b.recordPreprocessorScript = recordPreprocessorScript;
            b.postAnalyticsProcessorScript = postAnalyticsProcessorScript;
            b.outputS3Uri = outputS3Uri;
            b.constraints = constraints;
            b.statistics = statistics;
            b.waitForJob = waitForJob;
            b.logs = logs;
            b.jobName = jobName;
            return b;
        }

        /**
         * The record preprocessor script.
         *
         * @return a local path or S3 URI, or null
         */
        public String recordPreprocessorScript() {
            return recordPreprocessorScript;
        }

        /**
         * The post-analytics processor script.
         *
         * @return a local path or S3 URI, or null
         */
        public String postAnalyticsProcessorScript() {
            return postAnalyticsProcessorScript;
        }

        /**
         * Where the reports go.
         *
         * @return the S3 URI, or null for the default
         */
        public String outputS3Uri() {
            return outputS3Uri;
        }

        /**
         * The baseline constraints.
         *
         * @return the constraints, or null for the latest baseline's
         */
        public Constraints constraints() {
            return constraints;
        }

        /**
         * The baseline statistics.
         *
         * @return the statistics, or null for the latest baseline's
         */
        public Statistics statistics() {
            return statistics;
        }

        /**
         * Whether to wait for the execution.
         *
         * @return {@code wait}
         */
        public boolean waitForJob() {
            return waitForJob;
        }

        /**
         * Whether to show the log while waiting.
         *
         * @return {@code logs}
         */
        public boolean logs() {
            return logs;
        }

        /**
         * The job name.
         *
         * @return the name, or null to generate one
         */
        public String jobName() {
            return jobName;
        }

        @Override
        public boolean equals(Object o) {
            if (!(o instanceof RunMonitoringOptions)) {
                return false;
            }
            RunMonitoringOptions x = (RunMonitoringOptions) o;
            return waitForJob == x.waitForJob && logs == x.logs
                    && Objects.equals(recordPreprocessorScript, x.recordPreprocessorScript)
                    && Objects.equals(postAnalyticsProcessorScript, x.postAnalyticsProcessorScript)
                    && Objects.equals(outputS3Uri, x.outputS3Uri) && constraints == x.constraints
                    && statistics == x.statistics && Objects.equals(jobName, x.jobName);
        }

        @Override
        public int hashCode() {
            return Objects.hash(recordPreprocessorScript, postAnalyticsProcessorScript, outputS3Uri, waitForJob,
                    logs, jobName);
        }

        @Override
        public String toString() {
            return "RunMonitoringOptions(outputS3Uri=" + outputS3Uri + ", wait=" + waitForJob + ", jobName="
                    + jobName + ")";
        }

        /** Builds {@link RunMonitoringOptions}. */
        public static final class Builder {
            private String recordPreprocessorScript;
            private String postAnalyticsProcessorScript;
            private String outputS3Uri;
            private Constraints constraints;
            private Statistics statistics;
            private boolean waitForJob = true;
            private boolean logs = true;
            private String jobName;

            private Builder() {
            }

            /**
             * Sets {@code record_preprocessor_script} (default {@code None}).
             *
             * @param recordPreprocessorScript a local path or S3 URI
             * @return this builder
             */
            public Builder recordPreprocessorScript(String recordPreprocessorScript) {
                this.recordPreprocessorScript = recordPreprocessorScript;
                return this;
            }

            /**
             * Sets {@code post_analytics_processor_script} (default {@code None}).
             *
             * @param postAnalyticsProcessorScript a local path or S3 URI
             * @return this builder
             */
            public Builder postAnalyticsProcessorScript(String postAnalyticsProcessorScript) {
                this.postAnalyticsProcessorScript = postAnalyticsProcessorScript;
                return this;
            }

            /**
             * Sets {@code output_s3_uri} (default {@code None}: under the default bucket).
             *
             * @param outputS3Uri the S3 URI
             * @return this builder
             */
            public Builder outputS3Uri(String outputS3Uri) {
                this.outputS3Uri = outputS3Uri;
                return this;
            }

            /**
             * Sets {@code constraints} (default {@code None}: the latest baseline's).
             *
             * @param constraints the baseline constraints
             * @return this builder
             */
            public Builder constraints(Constraints constraints) {
                this.constraints = constraints;
                return this;
            }

            /**
             * Sets {@code statistics} (default {@code None}: the latest baseline's).
             *
             * @param statistics the baseline statistics
             * @return this builder
             */
            public Builder statistics(Statistics statistics) {
                this.statistics = statistics;
                return this;
            }

            /**
             * Sets {@code wait} (default {@code True}).
             *
             * @param wait whether to wait
             * @return this builder
             */
            public Builder wait(boolean wait) {
                this.waitForJob = wait;
                return this;
            }

            /**
             * Sets {@code logs} (default {@code True}).
             *
             * @param logs whether to show the log
             * @return this builder
             */
            public Builder logs(boolean logs) {
                this.logs = logs;
                return this;
            }

            /**
             * Sets {@code job_name} (default {@code None}: generated).
             *
             * @param jobName the name
             * @return this builder
             */
            public Builder jobName(String jobName) {
                this.jobName = jobName;
                return this;
            }

            /**
             * Builds the options.
             *
             * @return the options
             */
            public RunMonitoringOptions build() {
                return new RunMonitoringOptions(this);
            }
        }
    }

    /**
     * The keywords of {@link #createMonitoringSchedule(CreateMonitoringScheduleOptions)}, as Python's {@code create_monitoring_schedule(endpoint_input=None, ..., data_analysis_end_time=None)}. Immutable.
     */
    public static final class CreateMonitoringScheduleOptions {
        private final EndpointInput endpointInput;
        private final String recordPreprocessorScript;
        private final String postAnalyticsProcessorScript;
        private final String outputS3Uri;
        private final String constraints;
        private final String statistics;
        private final String monitorScheduleName;
        private final String scheduleCronExpression;
        private final boolean enableCloudwatchMetrics;
        private final BatchTransformInput batchTransformInput;
        private final String dataAnalysisStartTime;
        private final String dataAnalysisEndTime;

        private CreateMonitoringScheduleOptions(Builder b) {
            this.endpointInput = b.endpointInput;
            this.recordPreprocessorScript = b.recordPreprocessorScript;
            this.postAnalyticsProcessorScript = b.postAnalyticsProcessorScript;
            this.outputS3Uri = b.outputS3Uri;
            this.constraints = b.constraints;
            this.statistics = b.statistics;
            this.monitorScheduleName = b.monitorScheduleName;
            this.scheduleCronExpression = b.scheduleCronExpression;
            this.enableCloudwatchMetrics = b.enableCloudwatchMetrics;
            this.batchTransformInput = b.batchTransformInput;
            this.dataAnalysisStartTime = b.dataAnalysisStartTime;
            this.dataAnalysisEndTime = b.dataAnalysisEndTime;
        }

        /**
         * A builder with Python's defaults.
         *
         * @return the builder
         */
        public static Builder builder() {
            return new Builder();
        }

        /**
         * A builder holding these values.
         *
         * @return the builder
         */
        public Builder toBuilder() {
            Builder b = new Builder();
            b.endpointInput = endpointInput;
            b.recordPreprocessorScript = recordPreprocessorScript;
            b.postAnalyticsProcessorScript = postAnalyticsProcessorScript;
            b.outputS3Uri = outputS3Uri;
            b.constraints = constraints;
            b.statistics = statistics;
            b.monitorScheduleName = monitorScheduleName;
            b.scheduleCronExpression = scheduleCronExpression;
            b.enableCloudwatchMetrics = enableCloudwatchMetrics;
            b.batchTransformInput = batchTransformInput;
            b.dataAnalysisStartTime = dataAnalysisStartTime;
            b.dataAnalysisEndTime = dataAnalysisEndTime;
            return b;
        }

        /**
         * Python's {@code endpoint_input}.
         *
         * @return the endpoint to monitor
         */
        public EndpointInput endpointInput() {
            return endpointInput;
        }

        /**
         * Python's {@code record_preprocessor_script}.
         *
         * @return the record preprocessor script: a local path or an S3 URI
         */
        public String recordPreprocessorScript() {
            return recordPreprocessorScript;
        }

        /**
         * Python's {@code post_analytics_processor_script}.
         *
         * @return the post-analytics script: a local path or an S3 URI
         */
        public String postAnalyticsProcessorScript() {
            return postAnalyticsProcessorScript;
        }

        /**
         * Python's {@code output_s3_uri}.
         *
         * @return where the reports go (default
         *         {@code s3://<default bucket>/model-monitor/monitoring/<schedule>/results})
         */
        public String outputS3Uri() {
            return outputS3Uri;
        }

        /**
         * Python's {@code constraints}.
         *
         * @return the baseline constraints.json URI
         */
        public String constraints() {
            return constraints;
        }

        /**
         * Python's {@code statistics}.
         *
         * @return the baseline statistics.json URI
         */
        public String statistics() {
            return statistics;
        }

        /**
         * Python's {@code monitor_schedule_name}.
         *
         * @return the schedule name (default: generated from the base job name)
         */
        public String monitorScheduleName() {
            return monitorScheduleName;
        }

        /**
         * Python's {@code schedule_cron_expression}.
         *
         * @return the schedule, from CronExpressionGenerator
         */
        public String scheduleCronExpression() {
            return scheduleCronExpression;
        }

        /**
         * Python's {@code enable_cloudwatch_metrics}.
         *
         * @return whether the jobs publish CloudWatch metrics (not published locally)
         */
        public boolean enableCloudwatchMetrics() {
            return enableCloudwatchMetrics;
        }

        /**
         * Python's {@code batch_transform_input}.
         *
         * @return the batch transform capture to monitor instead of an endpoint
         */
        public BatchTransformInput batchTransformInput() {
            return batchTransformInput;
        }

        /**
         * Python's {@code data_analysis_start_time}.
         *
         * @return the window start of a NOW schedule, e.g. -PT1H
         */
        public String dataAnalysisStartTime() {
            return dataAnalysisStartTime;
        }

        /**
         * Python's {@code data_analysis_end_time}.
         *
         * @return the window end of a NOW schedule, e.g. -PT0H
         */
        public String dataAnalysisEndTime() {
            return dataAnalysisEndTime;
        }

        @Override
        public boolean equals(Object o) {
            if (!(o instanceof CreateMonitoringScheduleOptions other)) {
                return false;
            }
            return Objects.equals(endpointInput, other.endpointInput) && Objects.equals(recordPreprocessorScript, other.recordPreprocessorScript) && Objects.equals(postAnalyticsProcessorScript, other.postAnalyticsProcessorScript) && Objects.equals(outputS3Uri, other.outputS3Uri) && Objects.equals(constraints, other.constraints) && Objects.equals(statistics, other.statistics) && Objects.equals(monitorScheduleName, other.monitorScheduleName) && Objects.equals(scheduleCronExpression, other.scheduleCronExpression) && Objects.equals(enableCloudwatchMetrics, other.enableCloudwatchMetrics) && Objects.equals(batchTransformInput, other.batchTransformInput) && Objects.equals(dataAnalysisStartTime, other.dataAnalysisStartTime) && Objects.equals(dataAnalysisEndTime, other.dataAnalysisEndTime);
        }

        @Override
        public int hashCode() {
            return Objects.hash(endpointInput, recordPreprocessorScript, postAnalyticsProcessorScript, outputS3Uri, constraints, statistics, monitorScheduleName, scheduleCronExpression, enableCloudwatchMetrics, batchTransformInput, dataAnalysisStartTime, dataAnalysisEndTime);
        }

        @Override
        public String toString() {
            return "CreateMonitoringScheduleOptions{" + "endpointInput=" + endpointInput + ", " + "recordPreprocessorScript=" + recordPreprocessorScript + ", " + "postAnalyticsProcessorScript=" + postAnalyticsProcessorScript + ", " + "outputS3Uri=" + outputS3Uri + ", " + "constraints=" + constraints + ", " + "statistics=" + statistics + ", " + "monitorScheduleName=" + monitorScheduleName + ", " + "scheduleCronExpression=" + scheduleCronExpression + ", " + "enableCloudwatchMetrics=" + enableCloudwatchMetrics + ", " + "batchTransformInput=" + batchTransformInput + ", " + "dataAnalysisStartTime=" + dataAnalysisStartTime + ", " + "dataAnalysisEndTime=" + dataAnalysisEndTime + "}";
        }

        /** Builds a {@link CreateMonitoringScheduleOptions}. */
        public static final class Builder {
            private EndpointInput endpointInput;
            private String recordPreprocessorScript;
            private String postAnalyticsProcessorScript;
            private String outputS3Uri;
            private String constraints;
            private String statistics;
            private String monitorScheduleName;
            private String scheduleCronExpression;
            private boolean enableCloudwatchMetrics = true;
            private BatchTransformInput batchTransformInput;
            private String dataAnalysisStartTime;
            private String dataAnalysisEndTime;

            private Builder() {
            }

            /**
             * Sets {@code endpoint_input} (default {@code None}).
             *
             * @param endpointInput the endpoint to monitor
             * @return this builder
             */
            public Builder endpointInput(EndpointInput endpointInput) {
                this.endpointInput = endpointInput;
                return this;
            }

            /**
             * Sets {@code record_preprocessor_script} (default {@code None}).
             *
             * @param recordPreprocessorScript the record preprocessor script: a local path or an S3 URI
             * @return this builder
             */
            public Builder recordPreprocessorScript(String recordPreprocessorScript) {
                this.recordPreprocessorScript = recordPreprocessorScript;
                return this;
            }

            /**
             * Sets {@code post_analytics_processor_script} (default {@code None}).
             *
             * @param postAnalyticsProcessorScript the post-analytics script: a local path or an S3 URI
             * @return this builder
             */
            public Builder postAnalyticsProcessorScript(String postAnalyticsProcessorScript) {
                this.postAnalyticsProcessorScript = postAnalyticsProcessorScript;
                return this;
            }

            /**
             * Sets {@code output_s3_uri} (default {@code None}).
             *
             * @param outputS3Uri where the reports go (default
             *                    {@code s3://<default bucket>/model-monitor/monitoring/<schedule>/results})
             * @return this builder
             */
            public Builder outputS3Uri(String outputS3Uri) {
                this.outputS3Uri = outputS3Uri;
                return this;
            }

            /**
             * Sets {@code constraints} (default {@code None}).
             *
             * @param constraints the baseline constraints.json URI
             * @return this builder
             */
            public Builder constraints(String constraints) {
                this.constraints = constraints;
                return this;
            }

            /**
             * Sets {@code statistics} (default {@code None}).
             *
             * @param statistics the baseline statistics.json URI
             * @return this builder
             */
            public Builder statistics(String statistics) {
                this.statistics = statistics;
                return this;
            }

            /**
             * Sets {@code monitor_schedule_name} (default {@code None}).
             *
             * @param monitorScheduleName the schedule name (default: generated from the base job name)
             * @return this builder
             */
            public Builder monitorScheduleName(String monitorScheduleName) {
                this.monitorScheduleName = monitorScheduleName;
                return this;
            }

            /**
             * Sets {@code schedule_cron_expression} (default {@code None}).
             *
             * @param scheduleCronExpression the schedule, from CronExpressionGenerator
             * @return this builder
             */
            public Builder scheduleCronExpression(String scheduleCronExpression) {
                this.scheduleCronExpression = scheduleCronExpression;
                return this;
            }

            /**
             * Sets {@code enable_cloudwatch_metrics} (default {@code True}).
             *
             * @param enableCloudwatchMetrics whether the jobs publish CloudWatch metrics (not published locally)
             * @return this builder
             */
            public Builder enableCloudwatchMetrics(boolean enableCloudwatchMetrics) {
                this.enableCloudwatchMetrics = enableCloudwatchMetrics;
                return this;
            }

            /**
             * Sets {@code batch_transform_input} (default {@code None}).
             *
             * @param batchTransformInput the batch transform capture to monitor instead of an endpoint
             * @return this builder
             */
            public Builder batchTransformInput(BatchTransformInput batchTransformInput) {
                this.batchTransformInput = batchTransformInput;
                return this;
            }

            /**
             * Sets {@code data_analysis_start_time} (default {@code None}).
             *
             * @param dataAnalysisStartTime the window start of a NOW schedule, e.g. -PT1H
             * @return this builder
             */
            public Builder dataAnalysisStartTime(String dataAnalysisStartTime) {
                this.dataAnalysisStartTime = dataAnalysisStartTime;
                return this;
            }

            /**
             * Sets {@code data_analysis_end_time} (default {@code None}).
             *
             * @param dataAnalysisEndTime the window end of a NOW schedule, e.g. -PT0H
             * @return this builder
             */
            public Builder dataAnalysisEndTime(String dataAnalysisEndTime) {
                this.dataAnalysisEndTime = dataAnalysisEndTime;
                return this;
            }

            /**
             * Sets {@code endpoint_input} by endpoint name (Python's string form: the data at
             * {@code /opt/ml/processing/input/endpoint}).
             *
             * @param endpointName the endpoint
             * @return this builder
             */
            public Builder endpointInput(String endpointName) {
                this.endpointInput = endpointName == null ? null
                        : EndpointInput.builder().endpointName(endpointName).build();
                return this;
            }

            /**
             * Sets {@code constraints} from a Constraints object (its file's S3 URI).
             *
             * @param constraints the constraints
             * @return this builder
             */
            public Builder constraints(Constraints constraints) {
                this.constraints = constraints == null ? null : constraints.fileS3Uri();
                return this;
            }

            /**
             * Sets {@code statistics} from a Statistics object (its file's S3 URI).
             *
             * @param statistics the statistics
             * @return this builder
             */
            public Builder statistics(Statistics statistics) {
                this.statistics = statistics == null ? null : statistics.fileS3Uri();
                return this;
            }

            /**
             * Builds the options.
             *
             * @return the options
             */
            public CreateMonitoringScheduleOptions build() {
                return new CreateMonitoringScheduleOptions(this);
            }
        }
    }

    /**
     * The keywords of {@link #updateMonitoringSchedule(UpdateMonitoringScheduleOptions)}, as Python's
     * {@code DefaultModelMonitor.update_monitoring_schedule(...)}: every keyword defaults to {@code None}, which
     * keeps the current value. Immutable.
     */
    public static final class UpdateMonitoringScheduleOptions {
        private final EndpointInput endpointInput;
        private final String recordPreprocessorScript;
        private final String postAnalyticsProcessorScript;
        private final String outputS3Uri;
        private final String statistics;
        private final String constraints;
        private final String scheduleCronExpression;
        private final Boolean enableCloudwatchMetrics;
        private final String role;
        private final Integer instanceCount;
        private final String instanceType;
        private final Integer volumeSizeInGB;
        private final String volumeKmsKey;
        private final String outputKmsKey;
        private final Integer maxRuntimeInSeconds;
        private final Map<String, String> env;
        private final NetworkConfig networkConfig;
        private final BatchTransformInput batchTransformInput;
        private final String dataAnalysisStartTime;
        private final String dataAnalysisEndTime;

        private UpdateMonitoringScheduleOptions(Builder b) {
            this.endpointInput = b.endpointInput;
            this.recordPreprocessorScript = b.recordPreprocessorScript;
            this.postAnalyticsProcessorScript = b.postAnalyticsProcessorScript;
            this.outputS3Uri = b.outputS3Uri;
            this.statistics = b.statistics;
            this.constraints = b.constraints;
            this.scheduleCronExpression = b.scheduleCronExpression;
            this.enableCloudwatchMetrics = b.enableCloudwatchMetrics;
            this.role = b.role;
            this.instanceCount = b.instanceCount;
            this.instanceType = b.instanceType;
            this.volumeSizeInGB = b.volumeSizeInGB;
            this.volumeKmsKey = b.volumeKmsKey;
            this.outputKmsKey = b.outputKmsKey;
            this.maxRuntimeInSeconds = b.maxRuntimeInSeconds;
            this.env = b.env == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(b.env));
            this.networkConfig = b.networkConfig;
            this.batchTransformInput = b.batchTransformInput;
            this.dataAnalysisStartTime = b.dataAnalysisStartTime;
            this.dataAnalysisEndTime = b.dataAnalysisEndTime;
        }

        /**
         * A new builder with Python's defaults.
         *
         * @return the builder
         */
        public static Builder builder() {
            return new Builder();
        }

        /**
         * A builder holding these options.
         *
         * @return the builder
         */
        public Builder toBuilder() {
            Builder b = new Builder();
            b.endpointInput = endpointInput;
            b.recordPreprocessorScript = recordPreprocessorScript;
            b.postAnalyticsProcessorScript = postAnalyticsProcessorScript;
            b.outputS3Uri = outputS3Uri;
            b.statistics = statistics;
            b.constraints = constraints;
            b.scheduleCronExpression = scheduleCronExpression;
            b.enableCloudwatchMetrics = enableCloudwatchMetrics;
            b.role = role;
            b.instanceCount = instanceCount;
            b.instanceType = instanceType;
            b.volumeSizeInGB = volumeSizeInGB;
            b.volumeKmsKey = volumeKmsKey;
            b.outputKmsKey = outputKmsKey;
            b.maxRuntimeInSeconds = maxRuntimeInSeconds;
            b.env = env;
            b.networkConfig = networkConfig;
            b.batchTransformInput = batchTransformInput;
            b.dataAnalysisStartTime = dataAnalysisStartTime;
            b.dataAnalysisEndTime = dataAnalysisEndTime;
            return b;
        }

        /**
         * Python's {@code endpoint_input}: a new endpoint input (replacing the job input, as in Python).
         *
         * @return the value, or null
         */
        public EndpointInput endpointInput() {
            return endpointInput;
        }

        /**
         * Python's {@code record_preprocessor_script}: a new record preprocessor script.
         *
         * @return the value, or null
         */
        public String recordPreprocessorScript() {
            return recordPreprocessorScript;
        }

        /**
         * Python's {@code post_analytics_processor_script}: a new post-analytics script.
         *
         * @return the value, or null
         */
        public String postAnalyticsProcessorScript() {
            return postAnalyticsProcessorScript;
        }

        /**
         * Python's {@code output_s3_uri}: a new output S3 URI.
         *
         * @return the value, or null
         */
        public String outputS3Uri() {
            return outputS3Uri;
        }

        /**
         * Python's {@code statistics}: the S3 URI of new baseline statistics.
         *
         * @return the value, or null
         */
        public String statistics() {
            return statistics;
        }

        /**
         * Python's {@code constraints}: the S3 URI of new baseline constraints.
         *
         * @return the value, or null
         */
        public String constraints() {
            return constraints;
        }

        /**
         * Python's {@code schedule_cron_expression}: a new cron expression.
         *
         * @return the value, or null
         */
        public String scheduleCronExpression() {
            return scheduleCronExpression;
        }

        /**
         * Python's {@code enable_cloudwatch_metrics}: whether the jobs publish CloudWatch metrics.
         *
         * @return the value, or null
         */
        public Boolean enableCloudwatchMetrics() {
            return enableCloudwatchMetrics;
        }

        /**
         * Python's {@code role}: a new IAM role of the jobs.
         *
         * @return the value, or null
         */
        public String role() {
            return role;
        }

        /**
         * Python's {@code instance_count}: a new instance count.
         *
         * @return the value, or null
         */
        public Integer instanceCount() {
            return instanceCount;
        }

        /**
         * Python's {@code instance_type}: a new instance type.
         *
         * @return the value, or null
         */
        public String instanceType() {
            return instanceType;
        }

        /**
         * Python's {@code volume_size_in_gb}: a new volume size in GB.
         *
         * @return the value, or null
         */
        public Integer volumeSizeInGB() {
            return volumeSizeInGB;
        }

        /**
         * Python's {@code volume_kms_key}: a new volume KMS key.
         *
         * @return the value, or null
         */
        public String volumeKmsKey() {
            return volumeKmsKey;
        }

        /**
         * Python's {@code output_kms_key}: a new output KMS key.
         *
         * @return the value, or null
         */
        public String outputKmsKey() {
            return outputKmsKey;
        }

        /**
         * Python's {@code max_runtime_in_seconds}: a new runtime limit.
         *
         * @return the value, or null
         */
        public Integer maxRuntimeInSeconds() {
            return maxRuntimeInSeconds;
        }

        /**
         * Python's {@code env}: a new environment of the jobs.
         *
         * @return the value, or null
         */
        public Map<String, String> env() {
            return env;
        }

        /**
         * Python's {@code network_config}: a new network configuration, in the service's shape.
         *
         * @return the value, or null
         */
        public NetworkConfig networkConfig() {
            return networkConfig;
        }

        /**
         * Python's {@code batch_transform_input}: a new batch transform input (replacing the job input).
         *
         * @return the value, or null
         */
        public BatchTransformInput batchTransformInput() {
            return batchTransformInput;
        }

        /**
         * Python's {@code data_analysis_start_time}: the start of a one-time (NOW) schedule's window.
         *
         * @return the value, or null
         */
        public String dataAnalysisStartTime() {
            return dataAnalysisStartTime;
        }

        /**
         * Python's {@code data_analysis_end_time}: the end of a one-time (NOW) schedule's window.
         *
         * @return the value, or null
         */
        public String dataAnalysisEndTime() {
            return dataAnalysisEndTime;
        }

        boolean isEmpty() {
            return values().stream().allMatch(Objects::isNull);
        }

        boolean onlyScheduleCronExpression() {
            return scheduleCronExpression != null && values().stream().filter(Objects::nonNull).count() == 1;
        }

        private List<Object> values() {
            return Arrays.asList(endpointInput, recordPreprocessorScript,
                    postAnalyticsProcessorScript, outputS3Uri, constraints, statistics, scheduleCronExpression,
                    enableCloudwatchMetrics, role, instanceCount, instanceType, volumeSizeInGB,
                    volumeKmsKey, outputKmsKey, maxRuntimeInSeconds, env, networkConfig,
                    batchTransformInput, dataAnalysisStartTime, dataAnalysisEndTime);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof UpdateMonitoringScheduleOptions
                    && values().equals(((UpdateMonitoringScheduleOptions) o).values());
        }

        @Override
        public int hashCode() {
            return values().hashCode();
        }

        @Override
        public String toString() {
            return "UpdateMonitoringScheduleOptions(endpoint_input=" + endpointInput
                    + ", record_preprocessor_script=" + recordPreprocessorScript
                    + ", post_analytics_processor_script=" + postAnalyticsProcessorScript
                    + ", output_s3_uri=" + outputS3Uri + ", statistics=" + statistics + ", constraints=" + constraints
                    + ", schedule_cron_expression=" + scheduleCronExpression
                    + ", enable_cloudwatch_metrics=" + enableCloudwatchMetrics + ", role=" + role
                    + ", instance_count=" + instanceCount + ", instance_type=" + instanceType
                    + ", volume_size_in_gb=" + volumeSizeInGB + ", volume_kms_key=" + volumeKmsKey
                    + ", output_kms_key=" + outputKmsKey + ", max_runtime_in_seconds=" + maxRuntimeInSeconds
                    + ", env=" + env + ", network_config=" + networkConfig
                    + ", batch_transform_input=" + batchTransformInput
                    + ", data_analysis_start_time=" + dataAnalysisStartTime
                    + ", data_analysis_end_time=" + dataAnalysisEndTime + ")";
        }

        /** Builds {@link UpdateMonitoringScheduleOptions}. */
        public static final class Builder {
            private EndpointInput endpointInput;
            private String recordPreprocessorScript;
            private String postAnalyticsProcessorScript;
            private String outputS3Uri;
            private String statistics;
            private String constraints;
            private String scheduleCronExpression;
            private Boolean enableCloudwatchMetrics;
            private String role;
            private Integer instanceCount;
            private String instanceType;
            private Integer volumeSizeInGB;
            private String volumeKmsKey;
            private String outputKmsKey;
            private Integer maxRuntimeInSeconds;
            private Map<String, String> env;
            private NetworkConfig networkConfig;
            private BatchTransformInput batchTransformInput;
            private String dataAnalysisStartTime;
            private String dataAnalysisEndTime;

            private Builder() {
            }

            /**
             * Sets {@code endpoint_input} (default {@code None}): a new endpoint input (replacing the job input, as
             * in Python).
             *
             * @param endpointInput the value
             * @return this builder
             */
            public Builder endpointInput(EndpointInput endpointInput) {
                this.endpointInput = endpointInput;
                return this;
            }

            /**
             * Sets {@code record_preprocessor_script} (default {@code None}): a new record preprocessor script.
             *
             * @param recordPreprocessorScript the value
             * @return this builder
             */
            public Builder recordPreprocessorScript(String recordPreprocessorScript) {
                this.recordPreprocessorScript = recordPreprocessorScript;
                return this;
            }

            /**
             * Sets {@code post_analytics_processor_script} (default {@code None}): a new post-analytics script.
             *
             * @param postAnalyticsProcessorScript the value
             * @return this builder
             */
            public Builder postAnalyticsProcessorScript(String postAnalyticsProcessorScript) {
                this.postAnalyticsProcessorScript = postAnalyticsProcessorScript;
                return this;
            }

            /**
             * Sets {@code output_s3_uri} (default {@code None}): a new output S3 URI.
             *
             * @param outputS3Uri the value
             * @return this builder
             */
            public Builder outputS3Uri(String outputS3Uri) {
                this.outputS3Uri = outputS3Uri;
                return this;
            }

            /**
             * Sets {@code statistics} (default {@code None}): the S3 URI of new baseline statistics.
             *
             * @param statistics the value
             * @return this builder
             */
            public Builder statistics(String statistics) {
                this.statistics = statistics;
                return this;
            }

            /**
             * Sets {@code constraints} (default {@code None}): the S3 URI of new baseline constraints.
             *
             * @param constraints the value
             * @return this builder
             */
            public Builder constraints(String constraints) {
                this.constraints = constraints;
                return this;
            }

            /**
             * Sets {@code schedule_cron_expression} (default {@code None}): a new cron expression.
             *
             * @param scheduleCronExpression the value
             * @return this builder
             */
            public Builder scheduleCronExpression(String scheduleCronExpression) {
                this.scheduleCronExpression = scheduleCronExpression;
                return this;
            }

            /**
             * Sets {@code enable_cloudwatch_metrics} (default {@code None}): whether the jobs publish CloudWatch
             * metrics.
             *
             * @param enableCloudwatchMetrics the value
             * @return this builder
             */
            public Builder enableCloudwatchMetrics(Boolean enableCloudwatchMetrics) {
                this.enableCloudwatchMetrics = enableCloudwatchMetrics;
                return this;
            }

            /**
             * Sets {@code role} (default {@code None}): a new IAM role of the jobs.
             *
             * @param role the value
             * @return this builder
             */
            public Builder role(String role) {
                this.role = role;
                return this;
            }

            /**
             * Sets {@code instance_count} (default {@code None}): a new instance count.
             *
             * @param instanceCount the value
             * @return this builder
             */
            public Builder instanceCount(Integer instanceCount) {
                this.instanceCount = instanceCount;
                return this;
            }

            /**
             * Sets {@code instance_type} (default {@code None}): a new instance type.
             *
             * @param instanceType the value
             * @return this builder
             */
            public Builder instanceType(String instanceType) {
                this.instanceType = instanceType;
                return this;
            }

            /**
             * Sets {@code volume_size_in_gb} (default {@code None}): a new volume size in GB.
             *
             * @param volumeSizeInGB the value
             * @return this builder
             */
            public Builder volumeSizeInGB(Integer volumeSizeInGB) {
                this.volumeSizeInGB = volumeSizeInGB;
                return this;
            }

            /**
             * Sets {@code volume_kms_key} (default {@code None}): a new volume KMS key.
             *
             * @param volumeKmsKey the value
             * @return this builder
             */
            public Builder volumeKmsKey(String volumeKmsKey) {
                this.volumeKmsKey = volumeKmsKey;
                return this;
            }

            /**
             * Sets {@code output_kms_key} (default {@code None}): a new output KMS key.
             *
             * @param outputKmsKey the value
             * @return this builder
             */
            public Builder outputKmsKey(String outputKmsKey) {
                this.outputKmsKey = outputKmsKey;
                return this;
            }

            /**
             * Sets {@code max_runtime_in_seconds} (default {@code None}): a new runtime limit.
             *
             * @param maxRuntimeInSeconds the value
             * @return this builder
             */
            public Builder maxRuntimeInSeconds(Integer maxRuntimeInSeconds) {
                this.maxRuntimeInSeconds = maxRuntimeInSeconds;
                return this;
            }

            /**
             * Sets {@code env} (default {@code None}): a new environment of the jobs.
             *
             * @param env the value
             * @return this builder
             */
            public Builder env(Map<String, String> env) {
                this.env = env == null ? null : new LinkedHashMap<>(env);
                return this;
            }

            /**
             * Sets {@code network_config} (default {@code None}): a new network configuration, in the service's shape.
             *
             * @param networkConfig the value
             * @return this builder
             */
            public Builder networkConfig(NetworkConfig networkConfig) {
                this.networkConfig = networkConfig;
                return this;
            }

            /**
             * Sets {@code batch_transform_input} (default {@code None}): a new batch transform input (replacing the
             * job input).
             *
             * @param batchTransformInput the value
             * @return this builder
             */
            public Builder batchTransformInput(BatchTransformInput batchTransformInput) {
                this.batchTransformInput = batchTransformInput;
                return this;
            }

            /**
             * Sets {@code data_analysis_start_time} (default {@code None}): the start of a one-time (NOW) schedule's
             * window.
             *
             * @param dataAnalysisStartTime the value
             * @return this builder
             */
            public Builder dataAnalysisStartTime(String dataAnalysisStartTime) {
                this.dataAnalysisStartTime = dataAnalysisStartTime;
                return this;
            }

            /**
             * Sets {@code data_analysis_end_time} (default {@code None}): the end of a one-time (NOW) schedule's
             * window.
             *
             * @param dataAnalysisEndTime the value
             * @return this builder
             */
            public Builder dataAnalysisEndTime(String dataAnalysisEndTime) {
                this.dataAnalysisEndTime = dataAnalysisEndTime;
                return this;
            }

            /**
             * Sets {@code endpoint_input} by endpoint name (Python's string form: the data at
             * {@code /opt/ml/processing/input/endpoint}, no attributes).
             *
             * @param endpointName the endpoint
             * @return this builder
             */
            public Builder endpointInput(String endpointName) {
                this.endpointInput = endpointName == null ? null
                        : EndpointInput.builder().endpointName(endpointName).build();
                return this;
            }

            /**
             * Sets {@code statistics} from a Statistics object: its file's S3 URI.
             *
             * @param statistics the statistics (read from or saved to S3)
             * @return this builder
             * @throws ValidationException when the statistics have no file (save them first)
             */
            public Builder statistics(Statistics statistics) {
                if (statistics != null && statistics.fileS3Uri() == null) {
                    throw new ValidationException("statistics", statistics, "has no file_s3_uri",
                            "save it first: statistics.save(\"s3://bucket/statistics.json\", session)");
                }
                this.statistics = statistics == null ? null : statistics.fileS3Uri();
                return this;
            }

            /**
             * Sets {@code constraints} from a Constraints object: its file's S3 URI.
             *
             * @param constraints the constraints (read from or saved to S3)
             * @return this builder
             * @throws ValidationException when the constraints have no file (save them first)
             */
            public Builder constraints(Constraints constraints) {
                if (constraints != null && constraints.fileS3Uri() == null) {
                    throw new ValidationException("constraints", constraints, "has no file_s3_uri",
                            "save it first: constraints.save(\"s3://bucket/constraints.json\", session)");
                }
                this.constraints = constraints == null ? null : constraints.fileS3Uri();
                return this;
            }

            /**
             * Builds the options.
             *
             * @return the options
             */
            public UpdateMonitoringScheduleOptions build() {
                return new UpdateMonitoringScheduleOptions(this);
            }
        }
    }
}
