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
import dev.sagemaker4j.spi.MonitoringApi;
import dev.sagemaker4j.utils.Names;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import software.amazon.awssdk.services.sagemaker.model.CreateModelQualityJobDefinitionRequest;
import software.amazon.awssdk.services.sagemaker.model.DescribeModelQualityJobDefinitionRequest;
import software.amazon.awssdk.services.sagemaker.model.DescribeModelQualityJobDefinitionResponse;
import software.amazon.awssdk.services.sagemaker.model.DescribeMonitoringScheduleRequest;
import software.amazon.awssdk.services.sagemaker.model.DescribeMonitoringScheduleResponse;
import software.amazon.awssdk.services.sagemaker.model.ModelQualityAppSpecification;
import software.amazon.awssdk.services.sagemaker.model.ModelQualityBaselineConfig;
import software.amazon.awssdk.services.sagemaker.model.ModelQualityJobInput;
import software.amazon.awssdk.services.sagemaker.model.MonitoringClusterConfig;
import software.amazon.awssdk.services.sagemaker.model.MonitoringConstraintsResource;
import software.amazon.awssdk.services.sagemaker.model.MonitoringGroundTruthS3Input;
import software.amazon.awssdk.services.sagemaker.model.MonitoringNetworkConfig;
import software.amazon.awssdk.services.sagemaker.model.NetworkConfig;

/**
 * Model Monitor's model-quality monitor, as Python's {@code sagemaker.model_monitor.ModelQualityMonitor}: suggests
 * a baseline of a model's quality metrics (statistics.json with {@code binary_classification_metrics},
 * {@code multiclass_classification_metrics} or {@code regression_metrics}, and constraints.json with a threshold and
 * comparison operator per metric) from a labelled data set, and evaluates an endpoint's captured predictions
 * against the ground truth uploaded for them, reporting constraint_violations.json when a metric crosses its
 * threshold: on a monitoring schedule ({@link #createMonitoringSchedule(CreateMonitoringScheduleOptions)}: a
 * ModelQuality job definition and a schedule running it) or at once ({@link #runMonitoring(String, String)}). Both
 * run as processing jobs of the {@code sagemaker-model-monitor-analyzer} image with
 * {@code analysis_type=MODEL_QUALITY}; the local backend runs its own implementation of that image in-process.
 *
 * <p>Ground truth is uploaded as the service expects it: JSON Lines under
 * {@code <ground_truth_s3_uri>/yyyy/MM/dd/HH/} (the hour the labels were collected), one
 * {@code {"groundTruthData": {"data": "1", "encoding": "CSV"}, "eventMetadata": {"eventId": "…"},
 * "eventVersion": "0"}} per labelled request, keyed by the capture's {@code inferenceId} where the request carried
 * one ({@code predict(data, o -> o.inferenceId(...))}) and by its {@code eventId} otherwise.
 *
 * <pre>{@code
 * ModelQualityMonitor monitor = ModelQualityMonitor.builder().role(role).instanceType("local")
 *         .session(session).build();
 * monitor.suggestBaseline("s3://bucket/validation-with-predictions.csv", DatasetFormat.csv(true),
 *         ProblemType.BINARY_CLASSIFICATION, o -> o.inferenceAttribute("prediction")
 *                 .probabilityAttribute("probability").groundTruthAttribute("label").wait(true));
 * monitor.createMonitoringSchedule(s -> s.endpointInput(EndpointInput.builder().endpointName("my-endpoint")
 *                 .probabilityAttribute("0").probabilityThresholdAttribute(0.5).build())
 *         .groundTruthInput("s3://bucket/ground-truth").problemType(ProblemType.BINARY_CLASSIFICATION)
 *         .scheduleCronExpression(CronExpressionGenerator.hourly()));
 * MonitoringExecution run = monitor.runMonitoringSchedule(); // local backend: the hour before now, at once
 * run.status();                       // Completed, CompletedWithViolations, or Failed with its reason
 * monitor.latestMonitoringConstraintViolations();
 * }</pre>
 *
 * <p>Needs no closing.
 */
public final class ModelQualityMonitor extends ModelMonitor {
    /** Python's {@code JOB_DEFINITION_BASE_NAME}. */
    static final String JOB_DEFINITION_BASE_NAME = "model-quality-job-definition";
    static final String SUGGESTION_JOB_BASE_NAME = "baseline-suggestion-job";
    static final String MONITORING_JOB_BASE_NAME = "model-quality-monitoring-job";
    static final String BASELINE_INPUT_NAME = "baseline_dataset_input";
    static final String OUTPUT_NAME = "monitoring_output";
    static final String ANALYSIS_TYPE = "MODEL_QUALITY";
    static final String MONITORING_TYPE = "ModelQuality";

    private final List<ProcessingJob> baseliningJobs = Collections.synchronizedList(new ArrayList<>());
    private final List<MonitoringExecution> executions = Collections.synchronizedList(new ArrayList<>());
    private volatile String latestBaseliningJobName;
    private volatile String latestBaselineOutput;
    private volatile ProblemType latestProblemType;

    private ModelQualityMonitor(Builder b) {
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

    /**
     * The type of the monitoring jobs, as Python's {@code ModelQualityMonitor.monitoring_type()}.
     *
     * @return {@code ModelQuality}
     */
    @Override
    public String monitoringType() {
        return MONITORING_TYPE;
    }

    /**
     * Suggests a baseline with Python's defaults; see {@link #suggestBaseline(String, DatasetFormat, ProblemType,
     * SuggestBaselineOptions)}.
     *
     * @param baselineDataset the labelled data set: a local path or an S3 URI (a file or a prefix)
     * @param datasetFormat   its format
     * @param problemType     the problem the model solves
     * @return the baselining job (not waited for, as in Python)
     */
    public ProcessingJob suggestBaseline(String baselineDataset, DatasetFormat datasetFormat,
            ProblemType problemType) {
        return suggestBaseline(baselineDataset, datasetFormat, problemType, SuggestBaselineOptions.builder().build());
    }

    /**
     * Suggests a baseline; see {@link #suggestBaseline(String, DatasetFormat, ProblemType, SuggestBaselineOptions)}.
     *
     * @param baselineDataset the labelled data set: a local path or an S3 URI
     * @param datasetFormat   its format
     * @param problemType     the problem the model solves
     * @param options         sets the keywords
     * @return the baselining job
     */
    public ProcessingJob suggestBaseline(String baselineDataset, DatasetFormat datasetFormat,
            ProblemType problemType, Consumer<SuggestBaselineOptions.Builder> options) {
        SuggestBaselineOptions.Builder b = SuggestBaselineOptions.builder();
        options.accept(b);
        return suggestBaseline(baselineDataset, datasetFormat, problemType, b.build());
    }

    /**
     * Suggests a baseline, as Python's {@code suggest_baseline(baseline_dataset, dataset_format, problem_type,
     * inference_attribute=None, probability_attribute=None, ground_truth_attribute=None,
     * probability_threshold_attribute=None, post_analytics_processor_script=None, output_s3_uri=None, wait=False,
     * logs=False, job_name=None)}: a processing job of the analyzer image with the data set at
     * {@code /opt/ml/processing/input/baseline_dataset_input} and the environment {@code output_path},
     * {@code publish_cloudwatch_metrics=Disabled}, {@code dataset_format}, {@code dataset_source},
     * {@code analysis_type=MODEL_QUALITY}, {@code problem_type} and the attributes given, writing
     * {@code statistics.json} and {@code constraints.json} to {@code output_s3_uri} (default
     * {@code s3://<default bucket>/model-monitor/baselining/<job>/results}). The attributes name the columns of
     * the data set: CSV header names (or indices without a header), JSON keys or simple JSONPaths.
     *
     * @param baselineDataset the labelled data set: a local path or an S3 URI (a file or a prefix)
     * @param datasetFormat   its format: {@link DatasetFormat#csv(boolean)} or {@link DatasetFormat#json(boolean)}
     * @param problemType     the problem the model solves
     * @param options         the keywords
     * @return the baselining job
     * @throws ValidationException before anything is sent, for a missing data set, format or problem type
     * @throws UnexpectedStatusException when {@code wait} and the job fails (e.g. a label column that is not
     *                                   there, a label that is not 0 or 1 for a binary problem)
     */
    public ProcessingJob suggestBaseline(String baselineDataset, DatasetFormat datasetFormat,
            ProblemType problemType, SuggestBaselineOptions options) {
        requireDataset("baseline_dataset", baselineDataset, datasetFormat);
        requireProblemType(problemType);
        String jobName = options.jobName() != null ? options.jobName()
                : Names.nameFromBase(baseJobName != null ? baseJobName : SUGGESTION_JOB_BASE_NAME);
        String output = trim(options.outputS3Uri() != null ? options.outputS3Uri()
                : s3Join("model-monitor", "baselining", jobName, "results"));
        String datasetPath = CONTAINER_BASE + "/input/" + BASELINE_INPUT_NAME;
        List<ProcessingInput> inputs = new ArrayList<>();
        inputs.add(ProcessingInput.builder().source(baselineDataset).destination(datasetPath)
                .inputName(BASELINE_INPUT_NAME).build());
        Map<String, String> environment = baseEnvironment();
        environment.put("dataset_format", datasetFormat.toJson());
        postAnalyticsScript(inputs, environment, options.postAnalyticsProcessorScript());
        environment.put("dataset_source", datasetPath);
        analysis(environment, problemType, options.inferenceAttribute(), options.probabilityAttribute(),
                options.groundTruthAttribute(), options.probabilityThresholdAttribute());
        latestBaseliningJobName = jobName;
        latestBaselineOutput = output;
        latestProblemType = problemType;
        ProcessingJob job = processor(environment).run(r -> r.inputs(inputs).outputs(List.of(output(output)))
                .wait(options.waitForJob()).logs(options.logs()).jobName(jobName));
        baseliningJobs.add(job);
        return job;
    }

    /**
     * The statistics of the latest baseline, as Python's {@code baseline_statistics()}.
     *
     * @return statistics.json of the latest baselining job
     * @throws ValidationException when no baseline was suggested or it wrote none (yet)
     */
    public Statistics baselineStatistics() {
        return Statistics.fromS3Uri(latestBaselineOutput() + "/statistics.json", session);
    }

    /**
     * The constraints of the latest baseline, as Python's {@code suggested_constraints()}.
     *
     * @return constraints.json of the latest baselining job
     * @throws ValidationException when no baseline was suggested or it wrote none (yet)
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
     * Evaluates captured predictions against their ground truth now, with the latest baseline's problem type and
     * constraints; see {@link #runMonitoring(String, String, RunMonitoringOptions)}.
     *
     * @param dataset          the endpoint's capture: a local path or an S3 URI (e.g. the endpoint's capture prefix)
     * @param groundTruthInput the ground truth: the S3 URI (or local path) it was uploaded under
     * @return the execution
     */
    public MonitoringExecution runMonitoring(String dataset, String groundTruthInput) {
        return runMonitoring(dataset, groundTruthInput, RunMonitoringOptions.builder().build());
    }

    /**
     * Evaluates captured predictions against their ground truth now; see
     * {@link #runMonitoring(String, String, RunMonitoringOptions)}.
     *
     * @param dataset          the endpoint's capture
     * @param groundTruthInput the ground truth's S3 URI
     * @param options          sets the keywords
     * @return the execution
     */
    public MonitoringExecution runMonitoring(String dataset, String groundTruthInput,
            Consumer<RunMonitoringOptions.Builder> options) {
        RunMonitoringOptions.Builder b = RunMonitoringOptions.builder();
        options.accept(b);
        return runMonitoring(dataset, groundTruthInput, b.build());
    }

    /**
     * Evaluates captured predictions against their ground truth now (no schedule): what an execution of Python's
     * {@code create_monitoring_schedule(endpoint_input, ground_truth_input, problem_type, ...)} does, the service's
     * ground-truth merge included. A processing job of the analyzer image gets the capture at
     * {@code /opt/ml/processing/input/endpoint}, the ground truth at {@code /opt/ml/processing/groundtruth}
     * ({@code ground_truth_source}) and the constraints at {@code /opt/ml/processing/baseline/constraints}; it joins
     * captured records and ground truth by event id (a record's {@code inferenceId} where the request carried one,
     * its {@code eventId} otherwise; records without ground truth are left out), computes the metrics and writes
     * {@code statistics.json} and {@code constraint_violations.json} to {@code output_s3_uri} (default
     * {@code s3://<default bucket>/model-monitor/monitoring/<job>/results}). The prediction and probability are
     * found in the endpoint's output by {@code inference_attribute} / {@code probability_attribute} (an index of
     * CSV output, a key or JSONPath of JSON output; without either, the output's first value is the prediction).
     * A failed execution (ground truth for event ids the capture does not have, no captured record with ground
     * truth, labels that do not parse) is returned with status {@code Failed} and its reason, not thrown. The merge
     * is the local analyzer's: on the {@code sagemaker} backend, schedule the monitor instead.
     *
     * @param dataset          the endpoint's capture: a local path or an S3 URI (e.g. the endpoint's capture prefix)
     * @param groundTruthInput the ground truth: the S3 URI (or local path) it was uploaded under
     * @param options          the keywords
     * @return the execution
     * @throws ValidationException before anything is sent, for a missing input, problem type or baseline
     */
    public MonitoringExecution runMonitoring(String dataset, String groundTruthInput,
            RunMonitoringOptions options) {
        if (dataset == null || dataset.isBlank()) {
            throw new ValidationException("endpoint_input", dataset, "is missing",
                    "give the endpoint's capture: a local path or an S3 URI");
        }
        if (groundTruthInput == null || groundTruthInput.isBlank()) {
            throw new ValidationException("ground_truth_input", groundTruthInput, "can not be None",
                    "give the S3 URI the ground truth was uploaded under");
        }
        ProblemType problemType = options.problemType() != null ? options.problemType() : latestProblemType;
        if (problemType == null) {
            throw new ValidationException("problem_type", null, "can not be None",
                    "pass problemType(...) or call suggestBaseline first");
        }
        Constraints constraints = options.constraints();
        if (constraints == null && latestBaselineOutput != null) {
            constraints = suggestedConstraints();
        }
        if (constraints == null) {
            throw new ValidationException("constraints", null, "is missing and no baseline was suggested",
                    "pass constraints(...), or call suggestBaseline first");
        }
        String jobName = options.jobName() != null ? options.jobName()
                : Names.nameFromBase(baseJobName != null ? baseJobName : MONITORING_JOB_BASE_NAME);
        String output = trim(options.outputS3Uri() != null ? options.outputS3Uri()
                : s3Join("model-monitor", "monitoring", jobName, "results"));
        String datasetPath = CONTAINER_BASE + "/input/endpoint";
        String groundTruthPath = CONTAINER_BASE + "/groundtruth";
        List<ProcessingInput> inputs = new ArrayList<>();
        inputs.add(ProcessingInput.builder().source(dataset).destination(datasetPath).inputName("endpoint_input")
                .build());
        inputs.add(ProcessingInput.builder().source(groundTruthInput).destination(groundTruthPath)
                .inputName("ground_truth_input").build());
        String constraintsUri = constraints.fileS3Uri() != null ? constraints.fileS3Uri()
                : constraints.save(s3Join("model-monitor", "monitoring", jobName, "baseline", "constraints.json"),
                        session);
        inputs.add(ProcessingInput.builder().source(constraintsUri).inputName("constraints")
                .destination(CONTAINER_BASE + "/baseline/constraints").build());
        Map<String, String> environment = baseEnvironment();
        environment.put("dataset_format", DatasetFormat.sagemakerCaptureJson().toJson());
        postAnalyticsScript(inputs, environment, options.postAnalyticsProcessorScript());
        environment.put("dataset_source", datasetPath);
        environment.put("ground_truth_source", groundTruthPath);
        analysis(environment, problemType, options.inferenceAttribute(), options.probabilityAttribute(),
                options.groundTruthAttribute(), options.probabilityThresholdAttribute());
        environment.put("baseline_constraints", CONTAINER_BASE + "/baseline/constraints/"
                + constraintsUri.substring(constraintsUri.lastIndexOf('/') + 1));
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
     * otherwise those {@code runMonitoring} ran, oldest first; as Python's {@code list_executions()}.
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
     * Creates a monitoring schedule; see {@link #createMonitoringSchedule(CreateMonitoringScheduleOptions)}.
     *
     * @param options sets the keywords ({@code endpointInput} or {@code batchTransformInput},
     *                {@code groundTruthInput} and {@code problemType} are required)
     */
    public void createMonitoringSchedule(Consumer<CreateMonitoringScheduleOptions.Builder> options) {
        CreateMonitoringScheduleOptions.Builder b = CreateMonitoringScheduleOptions.builder();
        options.accept(b);
        createMonitoringSchedule(b.build());
    }

    /**
     * Creates a monitoring schedule, as Python's {@code ModelQualityMonitor.create_monitoring_schedule(
     * endpoint_input=None, ground_truth_input=None, problem_type=None, record_preprocessor_script=None,
     * post_analytics_processor_script=None, output_s3_uri=None, constraints=None, monitor_schedule_name=None,
     * schedule_cron_expression=None, enable_cloudwatch_metrics=True, batch_transform_input=None,
     * data_analysis_start_time=None, data_analysis_end_time=None)}: CreateModelQualityJobDefinition (named
     * {@code model-quality-job-definition-<timestamp>}: {@code ModelQualityAppSpecification} with the image, the
     * problem type, the scripts (a local file is uploaded first) and the environment ({@code env} and
     * {@code publish_cloudwatch_metrics}); {@code ModelQualityBaselineConfig} with the constraints and the latest
     * baselining job; {@code ModelQualityJobInput} with the endpoint or batch-transform input (its
     * {@code InferenceAttribute}, {@code ProbabilityAttribute}, {@code ProbabilityThresholdAttribute} and time
     * offsets) and {@code GroundTruthS3Input}; the output {@code s3://<default bucket>/model-monitor/monitoring/
     * <schedule>/results} unless given; the cluster, role, network config, runtime and tags), then
     * CreateMonitoringSchedule naming it (type {@code ModelQuality}); when the schedule cannot be created the job
     * definition is deleted again. On the local backend the schedule's executions run at its cron (and at once with
     * {@link #runMonitoringSchedule()}): each merges the capture of its window with the ground truth collected since
     * the window's start, computes the metrics and checks them against the constraints.
     *
     * @param options the keywords
     * @throws ValidationException before anything is sent: no ground truth input or problem type, this monitor
     *                             already has a schedule, neither or both inputs, NOW without both analysis times
     */
    public void createMonitoringSchedule(CreateMonitoringScheduleOptions options) {
        if (options.groundTruthInput() == null || options.groundTruthInput().isBlank()) {
            throw new ValidationException("ground_truth_input", options.groundTruthInput(), "can not be None",
                    "give groundTruthInput(\"s3://bucket/prefix\"): the labels are uploaded under"
                    + " <prefix>/yyyy/MM/dd/HH/");
        }
        if (options.problemType() == null) {
            throw new ValidationException("problem_type", null, "can not be None",
                    "pass problemType(ProblemType.REGRESSION, BINARY_CLASSIFICATION or MULTICLASS_CLASSIFICATION)");
        }
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
        d.groundTruthInput = options.groundTruthInput();
        d.problemType = options.problemType();
        d.recordPreprocessorScript = options.recordPreprocessorScript();
        d.postAnalyticsProcessorScript = options.postAnalyticsProcessorScript();
        d.outputS3Uri = options.outputS3Uri() != null ? options.outputS3Uri()
                : s3Join("model-monitor", "monitoring", scheduleName, "results");
        d.constraints = options.constraints();
        d.enableCloudwatchMetrics = options.enableCloudwatchMetrics();
        d.fromMonitor(this);
        d.latestBaseliningJobName = latestBaseliningJobName;
        monitoringApi().createModelQualityJobDefinition(definitionRequest(scheduleName, definitionName, null, d));
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
     * Updates the schedule, as Python's {@code ModelQualityMonitor.update_monitoring_schedule(...)}: nothing
     * given changes nothing; only {@code schedule_cron_expression} (not NOW) is UpdateMonitoringSchedule with the
     * same job definition and the new {@code ScheduleConfig}; any other keyword creates a new job definition
     * (DescribeModelQualityJobDefinition of the current one, the given keywords replacing its values,
     * CreateModelQualityJobDefinition) and points the schedule at it (the old definition is kept, as in Python; the
     * new one is deleted again when the update fails). The monitor's settings take the given values once the
     * schedule runs the new definition.
     *
     * @param options the keywords
     * @throws ValidationException when this monitor has no schedule, both inputs are given, or NOW lacks an analysis
     *                             time
     */
    public void updateMonitoringSchedule(UpdateMonitoringScheduleOptions options) {
        if (options.isEmpty()) {
            return;
        }
        if (monitoringScheduleName() == null || jobDefinitionName() == null) {
            throw new ValidationException("monitoring_schedule_name", null, "is missing: nothing to update",
                    "call createMonitoringSchedule first, or attach to a schedule");
        }
        if (options.onlyScheduleCronExpression()
                && !CronExpressionGenerator.now().equals(options.scheduleCronExpression())) {
            updateSchedule(jobDefinitionName(), options.scheduleCronExpression(), null, null);
            return;
        }
        if (options.batchTransformInput() != null && options.endpointInput() != null) {
            throw new ValidationException("endpoint_input", options.endpointInput(),
                    "and batch_transform_input can not both be updated", "give at most one of them");
        }
        checkCron(options.scheduleCronExpression(), options.dataAnalysisStartTime(), options.dataAnalysisEndTime());
        DescribeModelQualityJobDefinitionResponse existing = monitoringApi().describeModelQualityJobDefinition(
                DescribeModelQualityJobDefinitionRequest.builder().jobDefinitionName(jobDefinitionName()).build());
        String definitionName = Names.nameFromBase(JOB_DEFINITION_BASE_NAME);
        Definition d = new Definition();
        d.endpointInput = options.endpointInput();
        d.batchTransformInput = options.batchTransformInput();
        d.groundTruthInput = options.groundTruthInput();
        d.problemType = options.problemType();
        d.recordPreprocessorScript = options.recordPreprocessorScript();
        d.postAnalyticsProcessorScript = options.postAnalyticsProcessorScript();
        d.outputS3Uri = options.outputS3Uri();
        d.constraints = options.constraints();
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
        monitoringApi().createModelQualityJobDefinition(definitionRequest(monitoringScheduleName(), definitionName,
                existing, d));
        try {
            updateSchedule(definitionName, options.scheduleCronExpression(), options.dataAnalysisStartTime(),
                    options.dataAnalysisEndTime());
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
     * Attaches to a model-quality schedule, as Python's {@code ModelQualityMonitor.attach(monitor_schedule_name)}:
     * a monitor with the settings of the schedule's job definition (role, cluster, KMS keys, runtime, environment,
     * network config), owning the schedule and its job definition.
     *
     * @param monitorScheduleName the schedule
     * @param session             the session
     * @return the monitor
     * @throws dev.sagemaker4j.exceptions.ResourceNotFoundException when there is no such schedule
     * @throws ValidationException when the schedule is not a ModelQuality one (Python's TypeError)
     */
    public static ModelQualityMonitor attach(String monitorScheduleName, Session session) {
        MonitoringApi api = session.api(MonitoringApi.CAPABILITY);
        DescribeMonitoringScheduleResponse schedule = api.describeMonitoringSchedule(
                DescribeMonitoringScheduleRequest.builder().monitoringScheduleName(monitorScheduleName).build());
        String type = schedule.monitoringScheduleConfig() == null ? null
                : schedule.monitoringScheduleConfig().monitoringTypeAsString();
        if (!MONITORING_TYPE.equals(type)) {
            throw new ValidationException("MonitoringType", type, "is not ModelQuality: ModelQualityMonitor can only"
                    + " attach to a ModelQuality monitoring schedule",
                    "attach with ModelMonitor.attach, which picks the monitor of the schedule's type");
        }
        String definition = schedule.monitoringScheduleConfig().monitoringJobDefinitionName();
        DescribeModelQualityJobDefinitionResponse d = api.describeModelQualityJobDefinition(
                DescribeModelQualityJobDefinitionRequest.builder().jobDefinitionName(definition).build());
        MonitoringClusterConfig cluster = d.jobResources().clusterConfig();
        Builder b = builder().session(session).role(d.roleArn())
                .instanceType(cluster.instanceTypeAsString()).volumeSizeInGB(cluster.volumeSizeInGB())
                .volumeKmsKey(cluster.volumeKmsKeyId())
                .outputKmsKey(d.modelQualityJobOutputConfig() == null ? null
                        : d.modelQualityJobOutputConfig().kmsKeyId())
                .maxRuntimeInSeconds(d.stoppingCondition() == null ? null
                        : d.stoppingCondition().maxRuntimeInSeconds());
        if (cluster.instanceCount() != null) {
            b.instanceCount(cluster.instanceCount());
        }
        if (d.modelQualityAppSpecification() != null && d.modelQualityAppSpecification().hasEnvironment()) {
            b.env(d.modelQualityAppSpecification().environment());
        }
        MonitoringNetworkConfig network = d.networkConfig();
        if (network != null) {
            b.networkConfig(NetworkConfig.builder().enableNetworkIsolation(network.enableNetworkIsolation())
                    .enableInterContainerTrafficEncryption(network.enableInterContainerTrafficEncryption())
                    .vpcConfig(network.vpcConfig()).build());
        }
        ModelQualityMonitor monitor = b.build();
        monitor.scheduled(schedule.monitoringScheduleName(), definition);
        return monitor;
    }

    /** The values of one job definition request, as Python builds them. */
    private static final class Definition extends DefinitionValues {
        String groundTruthInput;
        ProblemType problemType;
    }

    /**
     * Python's {@code _build_create_model_quality_job_definition_request}: the existing definition's parts (on update)
     * with the given values over them.
     */
    private CreateModelQualityJobDefinitionRequest definitionRequest(String scheduleName, String definitionName,
            DescribeModelQualityJobDefinitionResponse existing, Definition d) {
        ModelQualityAppSpecification.Builder app = existing != null && existing.modelQualityAppSpecification() != null
                ? existing.modelQualityAppSpecification().toBuilder() : ModelQualityAppSpecification.builder();
        ModelQualityBaselineConfig.Builder baseline = existing != null && existing.modelQualityBaselineConfig() != null
                ? existing.modelQualityBaselineConfig().toBuilder() : null;
        ModelQualityJobInput.Builder input = existing != null && existing.modelQualityJobInput() != null
                ? existing.modelQualityJobInput().toBuilder() : ModelQualityJobInput.builder();
        String roleArn = d.role == null && existing != null ? existing.roleArn() : d.role;

        app.imageUri(imageUri);
        if (d.problemType != null) {
            app.problemType(d.problemType.value());
        }
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
            baseline = baseline != null ? baseline : ModelQualityBaselineConfig.builder();
            baseline.constraintsResource(MonitoringConstraintsResource.builder().s3Uri(d.constraints).build());
        }
        if (d.latestBaseliningJobName != null) {
            baseline = baseline != null ? baseline : ModelQualityBaselineConfig.builder();
            baseline.baseliningJobName(d.latestBaseliningJobName);
        }
        if (d.endpointInput != null) {
            input = ModelQualityJobInput.builder().endpointInput(d.endpointInput.toRequest());
        } else if (d.batchTransformInput != null) {
            input = ModelQualityJobInput.builder().batchTransformInput(d.batchTransformInput.toRequest());
        }
        if (d.groundTruthInput != null) {
            input.groundTruthS3Input(MonitoringGroundTruthS3Input.builder().s3Uri(d.groundTruthInput).build());
        }
        CreateModelQualityJobDefinitionRequest.Builder request = CreateModelQualityJobDefinitionRequest.builder()
                .jobDefinitionName(definitionName).modelQualityAppSpecification(app.build())
                .modelQualityJobInput(input.build())
                .modelQualityJobOutputConfig(d.output(existing != null ? existing.modelQualityJobOutputConfig() : null))
                .jobResources(d.resources(existing != null ? existing.jobResources() : null))
                .roleArn(session.expandRole(roleArn))
                .networkConfig(d.network(existing != null ? existing.networkConfig() : null))
                .stoppingCondition(d.stopping(existing != null ? existing.stoppingCondition() : null));
        if (baseline != null) {
            request.modelQualityBaselineConfig(baseline.build());
        }
        if (tags != null) {
            request.tags(tagList());
        }
        return request.build();
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
                    "pass DatasetFormat.csv(...) or json(...)");
        }
    }

    private static void requireProblemType(ProblemType problemType) {
        if (problemType == null) {
            throw new ValidationException("problem_type", null, "is missing",
                    "pass ProblemType.REGRESSION, BINARY_CLASSIFICATION or MULTICLASS_CLASSIFICATION");
        }
    }

    /** Python's {@code _generate_env_map}: env, then output_path and publish_cloudwatch_metrics. */
    private Map<String, String> baseEnvironment() {
        Map<String, String> e = new LinkedHashMap<>();
        if (env != null) {
            e.putAll(env);
        }
        e.put("output_path", CONTAINER_BASE + "/output");
        e.put("publish_cloudwatch_metrics", "Disabled");
        return e;
    }

    private static void analysis(Map<String, String> e, ProblemType problemType, String inferenceAttribute,
            String probabilityAttribute, String groundTruthAttribute, Double probabilityThresholdAttribute) {
        e.put("analysis_type", ANALYSIS_TYPE);
        e.put("problem_type", problemType.value());
        if (inferenceAttribute != null) {
            e.put("inference_attribute", inferenceAttribute);
        }
        if (probabilityAttribute != null) {
            e.put("probability_attribute", probabilityAttribute);
        }
        if (groundTruthAttribute != null) {
            e.put("ground_truth_attribute", groundTruthAttribute);
        }
        if (probabilityThresholdAttribute != null) {
            e.put("probability_threshold_attribute", probabilityThresholdAttribute.toString());
        }
    }

    private static void postAnalyticsScript(List<ProcessingInput> inputs, Map<String, String> environment,
            String script) {
        if (script != null) {
            String dir = CONTAINER_BASE + "/input/post_analytics_processor_script_input";
            inputs.add(ProcessingInput.builder().source(script).destination(dir)
                    .inputName("post_analytics_processor_script_input").build());
            String p = script.replaceAll("/+$", "");
            environment.put("post_analytics_processor_script", dir + "/" + p.substring(p.lastIndexOf('/') + 1));
        }
    }

    private Processor processor(Map<String, String> environment) {
        Processor.Builder b = Processor.builder().role(role).imageUri(imageUri).instanceCount(instanceCount)
                .instanceType(instanceType).volumeSizeInGB(volumeSizeInGB).volumeKmsKey(volumeKmsKey)
                .outputKmsKey(outputKmsKey).maxRuntimeInSeconds(maxRuntimeInSeconds).session(session)
                .env(environment).tags(tags).networkConfig(networkConfig);
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

    /**
     * Builds a {@link ModelQualityMonitor}: the keywords of Python's constructor ({@code role}, {@code instance_count},
     * {@code instance_type}, {@code volume_size_in_gb}, {@code volume_kms_key}, {@code output_kms_key},
     * {@code max_runtime_in_seconds}, {@code base_job_name}, {@code sagemaker_session}, {@code env}, {@code tags},
     * {@code network_config}; see {@link ModelMonitor.Builder}).
     */
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
        public ModelQualityMonitor build() {
            return new ModelQualityMonitor(this);
        }
    }

    /**
     * The keywords of {@link #suggestBaseline(String, DatasetFormat, ProblemType, SuggestBaselineOptions)}, as
     * Python's {@code suggest_baseline(..., inference_attribute=None, probability_attribute=None,
     * ground_truth_attribute=None, probability_threshold_attribute=None, post_analytics_processor_script=None,
     * output_s3_uri=None, wait=False, logs=False, job_name=None)}. Immutable.
     */
    public static final class SuggestBaselineOptions {
        private final String inferenceAttribute;
        private final String probabilityAttribute;
        private final String groundTruthAttribute;
        private final Double probabilityThresholdAttribute;
        private final String postAnalyticsProcessorScript;
        private final String outputS3Uri;
        private final boolean waitForJob;
        private final boolean logs;
        private final String jobName;

        private SuggestBaselineOptions(Builder b) {
            this.inferenceAttribute = b.inferenceAttribute;
            this.probabilityAttribute = b.probabilityAttribute;
            this.groundTruthAttribute = b.groundTruthAttribute;
            this.probabilityThresholdAttribute = b.probabilityThresholdAttribute;
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
            b.inferenceAttribute = inferenceAttribute;
            b.probabilityAttribute = probabilityAttribute;
            b.groundTruthAttribute = groundTruthAttribute;
            b.probabilityThresholdAttribute = probabilityThresholdAttribute;
            b.postAnalyticsProcessorScript = postAnalyticsProcessorScript;
            b.outputS3Uri = outputS3Uri;
            b.waitForJob = waitForJob;
            b.logs = logs;
            b.jobName = jobName;
            return b;
        }

        /**
         * The prediction's attribute.
         *
         * @return {@code inference_attribute}, or null
         */
        public String inferenceAttribute() {
            return inferenceAttribute;
        }

        /**
         * The probability's attribute.
         *
         * @return {@code probability_attribute}, or null
         */
        public String probabilityAttribute() {
            return probabilityAttribute;
        }

        /**
         * The label's attribute.
         *
         * @return {@code ground_truth_attribute}, or null
         */
        public String groundTruthAttribute() {
            return groundTruthAttribute;
        }

        /**
         * The probability threshold.
         *
         * @return {@code probability_threshold_attribute}, or null
         */
        public Double probabilityThresholdAttribute() {
            return probabilityThresholdAttribute;
        }

        /**
         * The post-analytics processor script.
         *
         * @return {@code post_analytics_processor_script}, or null
         */
        public String postAnalyticsProcessorScript() {
            return postAnalyticsProcessorScript;
        }

        /**
         * Where the reports go.
         *
         * @return {@code output_s3_uri}, or null
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
         * @return {@code job_name}, or null
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
            return Objects.equals(inferenceAttribute, x.inferenceAttribute)
                    && Objects.equals(probabilityAttribute, x.probabilityAttribute)
                    && Objects.equals(groundTruthAttribute, x.groundTruthAttribute)
                    && Objects.equals(probabilityThresholdAttribute, x.probabilityThresholdAttribute)
                    && Objects.equals(postAnalyticsProcessorScript, x.postAnalyticsProcessorScript)
                    && Objects.equals(outputS3Uri, x.outputS3Uri)
                    && waitForJob == x.waitForJob
                    && logs == x.logs
                    && Objects.equals(jobName, x.jobName);
        }

        @Override
        public int hashCode() {
            return Objects.hash(inferenceAttribute, probabilityAttribute, groundTruthAttribute,
                    probabilityThresholdAttribute, postAnalyticsProcessorScript, outputS3Uri, waitForJob, logs,
                    jobName);
        }

        @Override
        public String toString() {
            return "SuggestBaselineOptions(inference_attribute=" + inferenceAttribute
                    + ", probability_attribute=" + probabilityAttribute
                    + ", ground_truth_attribute=" + groundTruthAttribute
                    + ", probability_threshold_attribute=" + probabilityThresholdAttribute
                    + ", post_analytics_processor_script=" + postAnalyticsProcessorScript
                    + ", output_s3_uri=" + outputS3Uri + ", wait=" + waitForJob + ", logs=" + logs
                    + ", job_name=" + jobName + ")";
        }

        /** Builds {@link SuggestBaselineOptions}. */
        public static final class Builder {
            private String inferenceAttribute;
            private String probabilityAttribute;
            private String groundTruthAttribute;
            private Double probabilityThresholdAttribute;
            private String postAnalyticsProcessorScript;
            private String outputS3Uri;
            private boolean waitForJob;
            private boolean logs;
            private String jobName;

            private Builder() {
            }

            /**
             * Sets {@code inference_attribute} (default {@code None}): the column (CSV name or index) or JSON
             * key/JSONPath of the predicted label.
             *
             * @param inferenceAttribute the value
             * @return this builder
             */
            public Builder inferenceAttribute(String inferenceAttribute) {
                this.inferenceAttribute = inferenceAttribute;
                return this;
            }

            /**
             * Sets {@code probability_attribute} (default {@code None}): the column or JSON key/JSONPath of the
             * probability, from which binary predictions follow by the threshold when there is no inference
             * attribute.
             *
             * @param probabilityAttribute the value
             * @return this builder
             */
            public Builder probabilityAttribute(String probabilityAttribute) {
                this.probabilityAttribute = probabilityAttribute;
                return this;
            }

            /**
             * Sets {@code ground_truth_attribute} (default {@code None}): the column or JSON key/JSONPath of the label.
             *
             * @param groundTruthAttribute the value
             * @return this builder
             */
            public Builder groundTruthAttribute(String groundTruthAttribute) {
                this.groundTruthAttribute = groundTruthAttribute;
                return this;
            }

            /**
             * Sets {@code probability_threshold_attribute} (default {@code None}), which the analyzer reads as 0.5:
             * the probability from which a record is predicted positive.
             *
             * @param probabilityThresholdAttribute the value
             * @return this builder
             */
            public Builder probabilityThresholdAttribute(Double probabilityThresholdAttribute) {
                this.probabilityThresholdAttribute = probabilityThresholdAttribute;
                return this;
            }

            /**
             * Sets {@code post_analytics_processor_script} (default {@code None}); the local analyzer runs no Python
             * script and fails the job.
             *
             * @param postAnalyticsProcessorScript the value
             * @return this builder
             */
            public Builder postAnalyticsProcessorScript(String postAnalyticsProcessorScript) {
                this.postAnalyticsProcessorScript = postAnalyticsProcessorScript;
                return this;
            }

            /**
             * Sets {@code output_s3_uri} (default {@code None}): under the default bucket.
             *
             * @param outputS3Uri the value
             * @return this builder
             */
            public Builder outputS3Uri(String outputS3Uri) {
                this.outputS3Uri = outputS3Uri;
                return this;
            }

            /**
             * Sets {@code wait} (default {@code False}).
             *
             * @param wait the value
             * @return this builder
             */
            public Builder wait(boolean wait) {
                this.waitForJob = wait;
                return this;
            }

            /**
             * Sets {@code logs} (default {@code False}): shown only when waiting.
             *
             * @param logs the value
             * @return this builder
             */
            public Builder logs(boolean logs) {
                this.logs = logs;
                return this;
            }

            /**
             * Sets {@code job_name} (default {@code None}): generated from the base name.
             *
             * @param jobName the value
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
     * The keywords of {@link #runMonitoring(String, String, RunMonitoringOptions)}: those of an execution of
     * Python's {@code create_monitoring_schedule} ({@code problem_type=None} (the latest baseline's),
     * {@code post_analytics_processor_script=None, output_s3_uri=None, constraints=None}, and the
     * {@code EndpointInput} attributes {@code inference_attribute=None, probability_attribute=None,
     * probability_threshold_attribute=None}), with {@code ground_truth_attribute=None} for JSON ground truth, plus
     * {@code wait=True, logs=True, job_name=None}. Immutable.
     */
    public static final class RunMonitoringOptions {
        private final ProblemType problemType;
        private final String inferenceAttribute;
        private final String probabilityAttribute;
        private final String groundTruthAttribute;
        private final Double probabilityThresholdAttribute;
        private final String postAnalyticsProcessorScript;
        private final String outputS3Uri;
        private final Constraints constraints;
        private final boolean waitForJob;
        private final boolean logs;
        private final String jobName;

        private RunMonitoringOptions(Builder b) {
            this.problemType = b.problemType;
            this.inferenceAttribute = b.inferenceAttribute;
            this.probabilityAttribute = b.probabilityAttribute;
            this.groundTruthAttribute = b.groundTruthAttribute;
            this.probabilityThresholdAttribute = b.probabilityThresholdAttribute;
            this.postAnalyticsProcessorScript = b.postAnalyticsProcessorScript;
            this.outputS3Uri = b.outputS3Uri;
            this.constraints = b.constraints;
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
            b.problemType = problemType;
            b.inferenceAttribute = inferenceAttribute;
            b.probabilityAttribute = probabilityAttribute;
            b.groundTruthAttribute = groundTruthAttribute;
            b.probabilityThresholdAttribute = probabilityThresholdAttribute;
            b.postAnalyticsProcessorScript = postAnalyticsProcessorScript;
            b.outputS3Uri = outputS3Uri;
            b.constraints = constraints;
            b.waitForJob = waitForJob;
            b.logs = logs;
            b.jobName = jobName;
            return b;
        }

        /**
         * The problem type.
         *
         * @return {@code problem_type}, or null
         */
        public ProblemType problemType() {
            return problemType;
        }

        /**
         * The prediction's attribute.
         *
         * @return {@code inference_attribute}, or null
         */
        public String inferenceAttribute() {
            return inferenceAttribute;
        }

        /**
         * The probability's attribute.
         *
         * @return {@code probability_attribute}, or null
         */
        public String probabilityAttribute() {
            return probabilityAttribute;
        }

        /**
         * The label's attribute.
         *
         * @return {@code ground_truth_attribute}, or null
         */
        public String groundTruthAttribute() {
            return groundTruthAttribute;
        }

        /**
         * The probability threshold.
         *
         * @return {@code probability_threshold_attribute}, or null
         */
        public Double probabilityThresholdAttribute() {
            return probabilityThresholdAttribute;
        }

        /**
         * The post-analytics processor script.
         *
         * @return {@code post_analytics_processor_script}, or null
         */
        public String postAnalyticsProcessorScript() {
            return postAnalyticsProcessorScript;
        }

        /**
         * Where the reports go.
         *
         * @return {@code output_s3_uri}, or null
         */
        public String outputS3Uri() {
            return outputS3Uri;
        }

        /**
         * The baseline constraints.
         *
         * @return {@code constraints}, or null
         */
        public Constraints constraints() {
            return constraints;
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
         * Whether to show the log.
         *
         * @return {@code logs}
         */
        public boolean logs() {
            return logs;
        }

        /**
         * The job name.
         *
         * @return {@code job_name}, or null
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
            return Objects.equals(problemType, x.problemType)
                    && Objects.equals(inferenceAttribute, x.inferenceAttribute)
                    && Objects.equals(probabilityAttribute, x.probabilityAttribute)
                    && Objects.equals(groundTruthAttribute, x.groundTruthAttribute)
                    && Objects.equals(probabilityThresholdAttribute, x.probabilityThresholdAttribute)
                    && Objects.equals(postAnalyticsProcessorScript, x.postAnalyticsProcessorScript)
                    && Objects.equals(outputS3Uri, x.outputS3Uri)
                    && constraints == x.constraints
                    && waitForJob == x.waitForJob
                    && logs == x.logs
                    && Objects.equals(jobName, x.jobName);
        }

        @Override
        public int hashCode() {
            return Objects.hash(problemType, inferenceAttribute, probabilityAttribute, groundTruthAttribute,
                    probabilityThresholdAttribute, postAnalyticsProcessorScript, outputS3Uri, waitForJob, logs,
                    jobName);
        }

        @Override
        public String toString() {
            return "RunMonitoringOptions(problem_type=" + problemType + ", inference_attribute=" + inferenceAttribute
                    + ", probability_attribute=" + probabilityAttribute
                    + ", ground_truth_attribute=" + groundTruthAttribute
                    + ", probability_threshold_attribute=" + probabilityThresholdAttribute
                    + ", post_analytics_processor_script=" + postAnalyticsProcessorScript
                    + ", output_s3_uri=" + outputS3Uri + ", wait=" + waitForJob + ", logs=" + logs
                    + ", job_name=" + jobName + ")";
        }

        /** Builds {@link RunMonitoringOptions}. */
        public static final class Builder {
            private ProblemType problemType;
            private String inferenceAttribute;
            private String probabilityAttribute;
            private String groundTruthAttribute;
            private Double probabilityThresholdAttribute;
            private String postAnalyticsProcessorScript;
            private String outputS3Uri;
            private Constraints constraints;
            private boolean waitForJob = true;
            private boolean logs = true;
            private String jobName;

            private Builder() {
            }

            /**
             * Sets {@code problem_type} (default {@code None}): the latest baseline's.
             *
             * @param problemType the value
             * @return this builder
             */
            public Builder problemType(ProblemType problemType) {
                this.problemType = problemType;
                return this;
            }

            /**
             * Sets {@code inference_attribute} (default {@code None}): the index of CSV output or JSON key/JSONPath
             * of the predicted label (without it and a probability attribute, the output's first value).
             *
             * @param inferenceAttribute the value
             * @return this builder
             */
            public Builder inferenceAttribute(String inferenceAttribute) {
                this.inferenceAttribute = inferenceAttribute;
                return this;
            }

            /**
             * Sets {@code probability_attribute} (default {@code None}): the column or JSON key/JSONPath of the
             * probability, from which binary predictions follow by the threshold when there is no inference
             * attribute.
             *
             * @param probabilityAttribute the value
             * @return this builder
             */
            public Builder probabilityAttribute(String probabilityAttribute) {
                this.probabilityAttribute = probabilityAttribute;
                return this;
            }

            /**
             * Sets {@code ground_truth_attribute} (default {@code None}): the column or JSON key/JSONPath of the label.
             *
             * @param groundTruthAttribute the value
             * @return this builder
             */
            public Builder groundTruthAttribute(String groundTruthAttribute) {
                this.groundTruthAttribute = groundTruthAttribute;
                return this;
            }

            /**
             * Sets {@code probability_threshold_attribute} (default {@code None}), which the analyzer reads as 0.5:
             * the probability from which a record is predicted positive.
             *
             * @param probabilityThresholdAttribute the value
             * @return this builder
             */
            public Builder probabilityThresholdAttribute(Double probabilityThresholdAttribute) {
                this.probabilityThresholdAttribute = probabilityThresholdAttribute;
                return this;
            }

            /**
             * Sets {@code post_analytics_processor_script} (default {@code None}); the local analyzer runs no Python
             * script and fails the job.
             *
             * @param postAnalyticsProcessorScript the value
             * @return this builder
             */
            public Builder postAnalyticsProcessorScript(String postAnalyticsProcessorScript) {
                this.postAnalyticsProcessorScript = postAnalyticsProcessorScript;
                return this;
            }

            /**
             * Sets {@code output_s3_uri} (default {@code None}): under the default bucket.
             *
             * @param outputS3Uri the value
             * @return this builder
             */
            public Builder outputS3Uri(String outputS3Uri) {
                this.outputS3Uri = outputS3Uri;
                return this;
            }

            /**
             * Sets {@code constraints} (default {@code None}): the latest baseline's.
             *
             * @param constraints the value
             * @return this builder
             */
            public Builder constraints(Constraints constraints) {
                this.constraints = constraints;
                return this;
            }

            /**
             * Sets {@code wait} (default {@code True}).
             *
             * @param wait the value
             * @return this builder
             */
            public Builder wait(boolean wait) {
                this.waitForJob = wait;
                return this;
            }

            /**
             * Sets {@code logs} (default {@code True}): shown only when waiting.
             *
             * @param logs the value
             * @return this builder
             */
            public Builder logs(boolean logs) {
                this.logs = logs;
                return this;
            }

            /**
             * Sets {@code job_name} (default {@code None}): generated.
             *
             * @param jobName the value
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
     * The keywords of {@link #createMonitoringSchedule(CreateMonitoringScheduleOptions)}, as Python's
     * {@code ModelQualityMonitor.create_monitoring_schedule(endpoint_input=None, ground_truth_input=None,
     * problem_type=None, record_preprocessor_script=None, post_analytics_processor_script=None, output_s3_uri=None,
     * constraints=None, monitor_schedule_name=None, schedule_cron_expression=None, enable_cloudwatch_metrics=True,
     * batch_transform_input=None, data_analysis_start_time=None, data_analysis_end_time=None)}. Immutable.
     */
    public static final class CreateMonitoringScheduleOptions {
        private final EndpointInput endpointInput;
        private final String groundTruthInput;
        private final ProblemType problemType;
        private final String recordPreprocessorScript;
        private final String postAnalyticsProcessorScript;
        private final String outputS3Uri;
        private final String constraints;
        private final String monitorScheduleName;
        private final String scheduleCronExpression;
        private final boolean enableCloudwatchMetrics;
        private final BatchTransformInput batchTransformInput;
        private final String dataAnalysisStartTime;
        private final String dataAnalysisEndTime;

        private CreateMonitoringScheduleOptions(Builder b) {
            this.endpointInput = b.endpointInput;
            this.groundTruthInput = b.groundTruthInput;
            this.problemType = b.problemType;
            this.recordPreprocessorScript = b.recordPreprocessorScript;
            this.postAnalyticsProcessorScript = b.postAnalyticsProcessorScript;
            this.outputS3Uri = b.outputS3Uri;
            this.constraints = b.constraints;
            this.monitorScheduleName = b.monitorScheduleName;
            this.scheduleCronExpression = b.scheduleCronExpression;
            this.enableCloudwatchMetrics = b.enableCloudwatchMetrics;
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
            b.groundTruthInput = groundTruthInput;
            b.problemType = problemType;
            b.recordPreprocessorScript = recordPreprocessorScript;
            b.postAnalyticsProcessorScript = postAnalyticsProcessorScript;
            b.outputS3Uri = outputS3Uri;
            b.constraints = constraints;
            b.monitorScheduleName = monitorScheduleName;
            b.scheduleCronExpression = scheduleCronExpression;
            b.enableCloudwatchMetrics = enableCloudwatchMetrics;
            b.batchTransformInput = batchTransformInput;
            b.dataAnalysisStartTime = dataAnalysisStartTime;
            b.dataAnalysisEndTime = dataAnalysisEndTime;
            return b;
        }

        /**
         * Python's {@code endpoint_input}: the endpoint to monitor, with the attributes that find the prediction and
         * probability in its output and the time offsets of the window.
         *
         * @return the value, or null
         */
        public EndpointInput endpointInput() {
            return endpointInput;
        }

        /**
         * Python's {@code ground_truth_input}: the S3 URI the ground truth is uploaded under, as JSON Lines in
         * <code>yyyy/MM/dd/HH</code> folders.
         *
         * @return the value, or null
         */
        public String groundTruthInput() {
            return groundTruthInput;
        }

        /**
         * Python's {@code problem_type}: the problem the model solves.
         *
         * @return the value, or null
         */
        public ProblemType problemType() {
            return problemType;
        }

        /**
         * Python's {@code record_preprocessor_script}: a local path or S3 URI of the record preprocessor script (the
         * local analyzer runs no Python script).
         *
         * @return the value, or null
         */
        public String recordPreprocessorScript() {
            return recordPreprocessorScript;
        }

        /**
         * Python's {@code post_analytics_processor_script}: a local path or S3 URI of the post-analytics script (the
         * local analyzer runs no Python script).
         *
         * @return the value, or null
         */
        public String postAnalyticsProcessorScript() {
            return postAnalyticsProcessorScript;
        }

        /**
         * Python's {@code output_s3_uri}: where the reports go: <code>s3://&lt;default
         * bucket&gt;/model-monitor/monitoring/&lt;schedule&gt;/results</code>.
         *
         * @return the value, or null
         */
        public String outputS3Uri() {
            return outputS3Uri;
        }

        /**
         * Python's {@code constraints}: the S3 URI of the baseline constraints.json.
         *
         * @return the value, or null
         */
        public String constraints() {
            return constraints;
        }

        /**
         * Python's {@code monitor_schedule_name}: the schedule name: generated from the base job name.
         *
         * @return the value, or null
         */
        public String monitorScheduleName() {
            return monitorScheduleName;
        }

        /**
         * Python's {@code schedule_cron_expression}: the cron expression (CronExpressionGenerator); none means the
         * service default, daily.
         *
         * @return the value, or null
         */
        public String scheduleCronExpression() {
            return scheduleCronExpression;
        }

        /**
         * Python's {@code enable_cloudwatch_metrics}: whether the jobs publish CloudWatch metrics (not published
         * locally).
         *
         * @return the value
         */
        public boolean enableCloudwatchMetrics() {
            return enableCloudwatchMetrics;
        }

        /**
         * Python's {@code batch_transform_input}: the batch transform capture to monitor, instead of an endpoint.
         *
         * @return the value, or null
         */
        public BatchTransformInput batchTransformInput() {
            return batchTransformInput;
        }

        /**
         * Python's {@code data_analysis_start_time}: the start of a one-time (NOW) schedule's window, e.g.
         * <code>-PT1H</code>.
         *
         * @return the value, or null
         */
        public String dataAnalysisStartTime() {
            return dataAnalysisStartTime;
        }

        /**
         * Python's {@code data_analysis_end_time}: the end of a one-time (NOW) schedule's window, e.g.
         * <code>-PT0H</code>.
         *
         * @return the value, or null
         */
        public String dataAnalysisEndTime() {
            return dataAnalysisEndTime;
        }


        private List<Object> values() {
            return Arrays.asList(endpointInput, groundTruthInput, problemType, recordPreprocessorScript,
                    postAnalyticsProcessorScript, outputS3Uri, constraints, monitorScheduleName,
                    scheduleCronExpression, enableCloudwatchMetrics, batchTransformInput,
                    dataAnalysisStartTime, dataAnalysisEndTime);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof CreateMonitoringScheduleOptions
                    && values().equals(((CreateMonitoringScheduleOptions) o).values());
        }

        @Override
        public int hashCode() {
            return values().hashCode();
        }

        @Override
        public String toString() {
            return "CreateMonitoringScheduleOptions(endpoint_input=" + endpointInput
                    + ", ground_truth_input=" + groundTruthInput + ", problem_type=" + problemType
                    + ", record_preprocessor_script=" + recordPreprocessorScript
                    + ", post_analytics_processor_script=" + postAnalyticsProcessorScript
                    + ", output_s3_uri=" + outputS3Uri + ", constraints=" + constraints
                    + ", monitor_schedule_name=" + monitorScheduleName
                    + ", schedule_cron_expression=" + scheduleCronExpression
                    + ", enable_cloudwatch_metrics=" + enableCloudwatchMetrics
                    + ", batch_transform_input=" + batchTransformInput
                    + ", data_analysis_start_time=" + dataAnalysisStartTime
                    + ", data_analysis_end_time=" + dataAnalysisEndTime + ")";
        }

        /** Builds {@link CreateMonitoringScheduleOptions}. */
        public static final class Builder {
            private EndpointInput endpointInput;
            private String groundTruthInput;
            private ProblemType problemType;
            private String recordPreprocessorScript;
            private String postAnalyticsProcessorScript;
            private String outputS3Uri;
            private String constraints;
            private String monitorScheduleName;
            private String scheduleCronExpression;
            private boolean enableCloudwatchMetrics = true;
            private BatchTransformInput batchTransformInput;
            private String dataAnalysisStartTime;
            private String dataAnalysisEndTime;

            private Builder() {
            }

            /**
             * Sets {@code endpoint_input} (default {@code None}): the endpoint to monitor, with the attributes that
             * find the prediction and probability in its output and the time offsets of the window.
             *
             * @param endpointInput the value
             * @return this builder
             */
            public Builder endpointInput(EndpointInput endpointInput) {
                this.endpointInput = endpointInput;
                return this;
            }

            /**
             * Sets {@code ground_truth_input} (default {@code None (required)}): the S3 URI the ground truth is
             * uploaded under, as JSON Lines in <code>yyyy/MM/dd/HH</code> folders.
             *
             * @param groundTruthInput the value
             * @return this builder
             */
            public Builder groundTruthInput(String groundTruthInput) {
                this.groundTruthInput = groundTruthInput;
                return this;
            }

            /**
             * Sets {@code problem_type} (default {@code None (required)}): the problem the model solves.
             *
             * @param problemType the value
             * @return this builder
             */
            public Builder problemType(ProblemType problemType) {
                this.problemType = problemType;
                return this;
            }

            /**
             * Sets {@code record_preprocessor_script} (default {@code None}): a local path or S3 URI of the record
             * preprocessor script (the local analyzer runs no Python script).
             *
             * @param recordPreprocessorScript the value
             * @return this builder
             */
            public Builder recordPreprocessorScript(String recordPreprocessorScript) {
                this.recordPreprocessorScript = recordPreprocessorScript;
                return this;
            }

            /**
             * Sets {@code post_analytics_processor_script} (default {@code None}): a local path or S3 URI of the
             * post-analytics script (the local analyzer runs no Python script).
             *
             * @param postAnalyticsProcessorScript the value
             * @return this builder
             */
            public Builder postAnalyticsProcessorScript(String postAnalyticsProcessorScript) {
                this.postAnalyticsProcessorScript = postAnalyticsProcessorScript;
                return this;
            }

            /**
             * Sets {@code output_s3_uri} (default {@code None}): where the reports go: <code>s3://&lt;default
             * bucket&gt;/model-monitor/monitoring/&lt;schedule&gt;/results</code>.
             *
             * @param outputS3Uri the value
             * @return this builder
             */
            public Builder outputS3Uri(String outputS3Uri) {
                this.outputS3Uri = outputS3Uri;
                return this;
            }

            /**
             * Sets {@code constraints} (default {@code None}): the S3 URI of the baseline constraints.json.
             *
             * @param constraints the value
             * @return this builder
             */
            public Builder constraints(String constraints) {
                this.constraints = constraints;
                return this;
            }

            /**
             * Sets {@code monitor_schedule_name} (default {@code None}): the schedule name: generated from the base
             * job name.
             *
             * @param monitorScheduleName the value
             * @return this builder
             */
            public Builder monitorScheduleName(String monitorScheduleName) {
                this.monitorScheduleName = monitorScheduleName;
                return this;
            }

            /**
             * Sets {@code schedule_cron_expression} (default {@code None}): the cron expression
             * (CronExpressionGenerator); none means the service default, daily.
             *
             * @param scheduleCronExpression the value
             * @return this builder
             */
            public Builder scheduleCronExpression(String scheduleCronExpression) {
                this.scheduleCronExpression = scheduleCronExpression;
                return this;
            }

            /**
             * Sets {@code enable_cloudwatch_metrics} (default {@code True}): whether the jobs publish CloudWatch
             * metrics (not published locally).
             *
             * @param enableCloudwatchMetrics the value
             * @return this builder
             */
            public Builder enableCloudwatchMetrics(boolean enableCloudwatchMetrics) {
                this.enableCloudwatchMetrics = enableCloudwatchMetrics;
                return this;
            }

            /**
             * Sets {@code batch_transform_input} (default {@code None}): the batch transform capture to monitor,
             * instead of an endpoint.
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
             * window, e.g. <code>-PT1H</code>.
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
             * window, e.g. <code>-PT0H</code>.
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
            public CreateMonitoringScheduleOptions build() {
                return new CreateMonitoringScheduleOptions(this);
            }
        }
    }

    /**
     * The keywords of {@link #updateMonitoringSchedule(UpdateMonitoringScheduleOptions)}, as Python's
     * {@code ModelQualityMonitor.update_monitoring_schedule(...)}: every keyword defaults to {@code None}, which
     * keeps the current value. Immutable.
     */
    public static final class UpdateMonitoringScheduleOptions {
        private final EndpointInput endpointInput;
        private final String groundTruthInput;
        private final ProblemType problemType;
        private final String recordPreprocessorScript;
        private final String postAnalyticsProcessorScript;
        private final String outputS3Uri;
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
            this.groundTruthInput = b.groundTruthInput;
            this.problemType = b.problemType;
            this.recordPreprocessorScript = b.recordPreprocessorScript;
            this.postAnalyticsProcessorScript = b.postAnalyticsProcessorScript;
            this.outputS3Uri = b.outputS3Uri;
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
            b.groundTruthInput = groundTruthInput;
            b.problemType = problemType;
            b.recordPreprocessorScript = recordPreprocessorScript;
            b.postAnalyticsProcessorScript = postAnalyticsProcessorScript;
            b.outputS3Uri = outputS3Uri;
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
         * Python's {@code ground_truth_input}: a new ground truth S3 URI.
         *
         * @return the value, or null
         */
        public String groundTruthInput() {
            return groundTruthInput;
        }

        /**
         * Python's {@code problem_type}: a new problem type.
         *
         * @return the value, or null
         */
        public ProblemType problemType() {
            return problemType;
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
            return Arrays.asList(endpointInput, groundTruthInput, problemType, recordPreprocessorScript,
                    postAnalyticsProcessorScript, outputS3Uri, constraints, scheduleCronExpression,
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
                    + ", ground_truth_input=" + groundTruthInput + ", problem_type=" + problemType
                    + ", record_preprocessor_script=" + recordPreprocessorScript
                    + ", post_analytics_processor_script=" + postAnalyticsProcessorScript
                    + ", output_s3_uri=" + outputS3Uri + ", constraints=" + constraints
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
            private String groundTruthInput;
            private ProblemType problemType;
            private String recordPreprocessorScript;
            private String postAnalyticsProcessorScript;
            private String outputS3Uri;
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
             * Sets {@code ground_truth_input} (default {@code None}): a new ground truth S3 URI.
             *
             * @param groundTruthInput the value
             * @return this builder
             */
            public Builder groundTruthInput(String groundTruthInput) {
                this.groundTruthInput = groundTruthInput;
                return this;
            }

            /**
             * Sets {@code problem_type} (default {@code None}): a new problem type.
             *
             * @param problemType the value
             * @return this builder
             */
            public Builder problemType(ProblemType problemType) {
                this.problemType = problemType;
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
