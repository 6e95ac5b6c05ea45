/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.monitor;

import dev.sagemaker4j.ImageUris;
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
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;
import software.amazon.awssdk.services.sagemaker.model.BatchTransformInput;
import software.amazon.awssdk.services.sagemaker.model.CreateModelQualityJobDefinitionRequest;
import software.amazon.awssdk.services.sagemaker.model.EndpointInput;
import software.amazon.awssdk.services.sagemaker.model.ModelQualityAppSpecification;
import software.amazon.awssdk.services.sagemaker.model.ModelQualityBaselineConfig;
import software.amazon.awssdk.services.sagemaker.model.ModelQualityJobInput;
import software.amazon.awssdk.services.sagemaker.model.MonitoringClusterConfig;
import software.amazon.awssdk.services.sagemaker.model.MonitoringConstraintsResource;
import software.amazon.awssdk.services.sagemaker.model.MonitoringGroundTruthS3Input;
import software.amazon.awssdk.services.sagemaker.model.MonitoringNetworkConfig;
import software.amazon.awssdk.services.sagemaker.model.MonitoringOutput;
import software.amazon.awssdk.services.sagemaker.model.MonitoringOutputConfig;
import software.amazon.awssdk.services.sagemaker.model.MonitoringResources;
import software.amazon.awssdk.services.sagemaker.model.MonitoringS3Output;
import software.amazon.awssdk.services.sagemaker.model.MonitoringStoppingCondition;
import software.amazon.awssdk.services.sagemaker.model.NetworkConfig;
import software.amazon.awssdk.services.sagemaker.model.Tag;

/**
 * Model Monitor's model-quality monitor, as Python's {@code sagemaker.model_monitor.ModelQualityMonitor}: suggests
 * a baseline of a model's quality metrics (statistics.json with {@code binary_classification_metrics},
 * {@code multiclass_classification_metrics} or {@code regression_metrics}, and constraints.json with a threshold and
 * comparison operator per metric) from a labelled data set, and evaluates an endpoint's captured predictions
 * against the ground truth uploaded for them, reporting constraint_violations.json when a metric crosses its
 * threshold. Both run as processing jobs of the {@code sagemaker-model-monitor-analyzer} image with
 * {@code analysis_type=MODEL_QUALITY}; the local backend runs its own implementation of that image in-process.
 *
 * <p>Ground truth is uploaded as the service expects it: JSON Lines under
 * {@code <ground_truth_s3_uri>/yyyy/mm/dd/hh/}, one
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
 * monitor.suggestedConstraints();     // binary_classification_constraints: recall, precision, f1, auc, ...
 * MonitoringExecution run = monitor.runMonitoring("s3://bucket/capture/my-endpoint", "s3://bucket/ground-truth",
 *         o -> o.probabilityAttribute("0").probabilityThresholdAttribute(0.5));
 * run.status();                       // Completed or CompletedWithViolations
 * }</pre>
 *
 * <p>Needs no closing.
 */
public final class ModelQualityMonitor {
    /** Python's {@code JOB_DEFINITION_BASE_NAME}. */
    static final String JOB_DEFINITION_BASE_NAME = "model-quality-job-definition";
    static final String SUGGESTION_JOB_BASE_NAME = "baseline-suggestion-job";
    static final String MONITORING_JOB_BASE_NAME = "model-quality-monitoring-job";
    static final String CONTAINER_BASE = "/opt/ml/processing";
    static final String BASELINE_INPUT_NAME = "baseline_dataset_input";
    static final String OUTPUT_NAME = "monitoring_output";
    static final String ANALYSIS_TYPE = "MODEL_QUALITY";

    private final String role;
    private final String imageUri;
    private final int instanceCount;
    private final String instanceType;
    private final int volumeSizeInGB;
    private final String volumeKmsKey;
    private final String outputKmsKey;
    private final Integer maxRuntimeInSeconds;
    private final String baseJobName;
    private final Session session;
    private final Map<String, String> env;
    private final List<Tag> tags;
    private final NetworkConfig networkConfig;
    private final List<ProcessingJob> baseliningJobs = Collections.synchronizedList(new ArrayList<>());
    private final List<MonitoringExecution> executions = Collections.synchronizedList(new ArrayList<>());
    private volatile String latestBaseliningJobName;
    private volatile String latestBaselineOutput;
    private volatile ProblemType latestProblemType;

    private ModelQualityMonitor(Builder b) {
        if (b.session == null) {
            throw new ValidationException("sagemaker_session", null, "is missing",
                    "pass session(Session.local(...)) or session(Session.sagemaker(region))");
        }
        if (b.role == null || b.role.isBlank()) {
            throw new ValidationException("role", b.role, "is missing", "give an IAM role ARN");
        }
        this.role = b.role;
        this.session = b.session;
        this.imageUri = ImageUris.retrieve("model-monitor", session.region());
        this.instanceCount = b.instanceCount;
        this.instanceType = b.instanceType;
        this.volumeSizeInGB = b.volumeSizeInGB;
        this.volumeKmsKey = b.volumeKmsKey;
        this.outputKmsKey = b.outputKmsKey;
        this.maxRuntimeInSeconds = b.maxRuntimeInSeconds;
        this.baseJobName = b.baseJobName;
        this.env = b.env == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(b.env));
        this.tags = b.tags == null ? null : List.copyOf(b.tags);
        this.networkConfig = b.networkConfig;
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
     * The type of the monitoring jobs, as Python's {@code monitoring_type()}.
     *
     * @return {@code ModelQuality}
     */
    public static String monitoringType() {
        return "ModelQuality";
    }

    /**
     * The analyzer image: image_uris' {@code model-monitor} for the session's region, as Python's
     * {@code _get_default_image_uri}.
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
     * The session.
     *
     * @return the session
     */
    public Session session() {
        return session;
    }

    /**
     * The extra environment of the analyzer (Python's {@code env}).
     *
     * @return the variables, or null
     */
    public Map<String, String> env() {
        return env;
    }

    /**
     * The tags of the jobs (Python's {@code tags}).
     *
     * @return the tags, or null
     */
    public List<Tag> tags() {
        return tags;
    }

    /**
     * The network configuration of the jobs (Python's {@code network_config}); not enforced locally.
     *
     * @return the configuration, or null
     */
    public NetworkConfig networkConfig() {
        return networkConfig;
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
     * The monitoring executions this monitor ran, as Python's {@code list_executions()}.
     *
     * @return the executions, oldest first
     */
    public List<MonitoringExecution> listExecutions() {
        return List.copyOf(executions);
    }

    /**
     * The latest execution's statistics, as Python's {@code latest_monitoring_statistics()}.
     *
     * @return statistics.json of the latest execution, or null when none ran
     */
    public Statistics latestMonitoringStatistics() {
        MonitoringExecution last = latest();
        return last == null ? null : last.statistics();
    }

    /**
     * The latest execution's violations, as Python's {@code latest_monitoring_constraint_violations()}.
     *
     * @return constraint_violations.json of the latest execution, or null when none ran
     */
    public ConstraintViolations latestMonitoringConstraintViolations() {
        MonitoringExecution last = latest();
        return last == null ? null : last.constraintViolations();
    }

    /**
     * The CreateModelQualityJobDefinition request of a schedule, as Python's
     * {@code _build_create_model_quality_job_definition_request} builds it from this monitor's settings (without an
     * existing definition): {@code ModelQualityAppSpecification} (image, problem type, scripts, environment with
     * {@code publish_cloudwatch_metrics}), {@code ModelQualityBaselineConfig} (constraints, baselining job),
     * {@code ModelQualityJobInput} (endpoint or batch transform input, {@code GroundTruthS3Input}),
     * {@code ModelQualityJobOutputConfig}, {@code JobResources}, {@code NetworkConfig}, {@code StoppingCondition}
     * and {@code Tags}. A local script is uploaded first, as Python does.
     */
    CreateModelQualityJobDefinitionRequest createModelQualityJobDefinitionRequest(String monitoringScheduleName,
            String jobDefinitionName, EndpointInput endpointInput, BatchTransformInput batchTransformInput,
            String groundTruthInput, ProblemType problemType, String recordPreprocessorScript,
            String postAnalyticsProcessorScript, String outputS3Uri, Constraints constraints,
            Boolean enableCloudwatchMetrics) {
        ModelQualityAppSpecification.Builder app = ModelQualityAppSpecification.builder().imageUri(imageUri);
        if (problemType != null) {
            app.problemType(problemType.value());
        }
        if (postAnalyticsProcessorScript != null) {
            app.postAnalyticsProcessorSourceUri(s3UriFromLocalPath(postAnalyticsProcessorScript,
                    monitoringScheduleName));
        }
        if (recordPreprocessorScript != null) {
            app.recordPreprocessorSourceUri(s3UriFromLocalPath(recordPreprocessorScript, monitoringScheduleName));
        }
        Map<String, String> environment = new LinkedHashMap<>();
        if (env != null) {
            environment.putAll(env);
        }
        if (enableCloudwatchMetrics != null) {
            environment.put("publish_cloudwatch_metrics", enableCloudwatchMetrics ? "Enabled" : "Disabled");
        }
        if (!environment.isEmpty()) {
            app.environment(environment);
        }
        ModelQualityBaselineConfig.Builder baseline = ModelQualityBaselineConfig.builder();
        boolean hasBaseline = false;
        if (constraints != null) {
            baseline.constraintsResource(MonitoringConstraintsResource.builder().s3Uri(constraints.fileS3Uri())
                    .build());
            hasBaseline = true;
        }
        if (latestBaseliningJobName != null) {
            baseline.baseliningJobName(latestBaseliningJobName);
            hasBaseline = true;
        }
        ModelQualityJobInput.Builder input = ModelQualityJobInput.builder();
        if (endpointInput != null) {
            input.endpointInput(endpointInput);
        } else if (batchTransformInput != null) {
            input.batchTransformInput(batchTransformInput);
        }
        if (groundTruthInput != null) {
            input.groundTruthS3Input(MonitoringGroundTruthS3Input.builder().s3Uri(groundTruthInput).build());
        }
        MonitoringOutputConfig.Builder output = MonitoringOutputConfig.builder();
        if (outputS3Uri != null) {
            output.monitoringOutputs(MonitoringOutput.builder().s3Output(MonitoringS3Output.builder()
                    .s3Uri(outputS3Uri).localPath(CONTAINER_BASE + "/output").s3UploadMode("Continuous").build())
                    .build());
        }
        if (outputKmsKey != null) {
            output.kmsKeyId(outputKmsKey);
        }
        MonitoringClusterConfig cluster = MonitoringClusterConfig.builder().instanceCount(instanceCount)
                .instanceType(instanceType).volumeSizeInGB(volumeSizeInGB).volumeKmsKeyId(volumeKmsKey).build();
        CreateModelQualityJobDefinitionRequest.Builder request = CreateModelQualityJobDefinitionRequest.builder()
                .jobDefinitionName(jobDefinitionName).modelQualityAppSpecification(app.build())
                .modelQualityJobInput(input.build()).modelQualityJobOutputConfig(output.build())
                .jobResources(MonitoringResources.builder().clusterConfig(cluster).build())
                .roleArn(session.expandRole(role));
        if (hasBaseline) {
            request.modelQualityBaselineConfig(baseline.build());
        }
        if (networkConfig != null) {
            request.networkConfig(MonitoringNetworkConfig.builder()
                    .enableNetworkIsolation(networkConfig.enableNetworkIsolation() != null
                            ? networkConfig.enableNetworkIsolation() : Boolean.FALSE)
                    .enableInterContainerTrafficEncryption(networkConfig.enableInterContainerTrafficEncryption())
                    .vpcConfig(networkConfig.vpcConfig()).build());
        }
        if (maxRuntimeInSeconds != null) {
            request.stoppingCondition(MonitoringStoppingCondition.builder()
                    .maxRuntimeInSeconds(maxRuntimeInSeconds).build());
        }
        if (tags != null) {
            request.tags(tags);
        }
        return request.build();
    }

    /** Python's {@code _s3_uri_from_local_path}: an S3 URI as is, a local file uploaded first. */
    private String s3UriFromLocalPath(String path, String monitoringScheduleName) {
        if (path.startsWith("s3://")) {
            return path;
        }
        String prefix = s3Join("model-monitor", "monitoring", monitoringScheduleName, "input",
                UUID.randomUUID().toString());
        String keyPrefix = prefix.substring(("s3://" + session.defaultBucket() + "/").length());
        return session.uploadData(Path.of(path), session.defaultBucket(), keyPrefix);
    }

    private MonitoringExecution latest() {
        synchronized (executions) {
            return executions.isEmpty() ? null : executions.get(executions.size() - 1);
        }
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

    private String s3Join(String... parts) {
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

    private static String trim(String uri) {
        return uri.replaceAll("/+$", "");
    }

    /** Builds a {@link ModelQualityMonitor}. */
    public static final class Builder {
        private String role;
        private int instanceCount = 1;
        private String instanceType = "ml.m5.xlarge";
        private int volumeSizeInGB = 30;
        private String volumeKmsKey;
        private String outputKmsKey;
        private Integer maxRuntimeInSeconds;
        private String baseJobName;
        private Session session;
        private Map<String, String> env;
        private List<Tag> tags;
        private NetworkConfig networkConfig;

        private Builder() {
        }

        /**
         * Sets {@code role} (required), the IAM role of the jobs.
         *
         * @param role the role ARN
         * @return this builder
         */
        public Builder role(String role) {
            this.role = role;
            return this;
        }

        /**
         * Sets {@code instance_count} (default 1).
         *
         * @param instanceCount the instance count
         * @return this builder
         */
        public Builder instanceCount(int instanceCount) {
            this.instanceCount = instanceCount;
            return this;
        }

        /**
         * Sets {@code instance_type} (default {@code ml.m5.xlarge}; {@code local} runs on the local backend).
         *
         * @param instanceType the instance type
         * @return this builder
         */
        public Builder instanceType(String instanceType) {
            this.instanceType = instanceType;
            return this;
        }

        /**
         * Sets {@code volume_size_in_gb} (default 30).
         *
         * @param volumeSizeInGB the size
         * @return this builder
         */
        public Builder volumeSizeInGB(int volumeSizeInGB) {
            this.volumeSizeInGB = volumeSizeInGB;
            return this;
        }

        /**
         * Sets {@code volume_kms_key} (default {@code None}); not enforced locally.
         *
         * @param volumeKmsKey the key
         * @return this builder
         */
        public Builder volumeKmsKey(String volumeKmsKey) {
            this.volumeKmsKey = volumeKmsKey;
            return this;
        }

        /**
         * Sets {@code output_kms_key} (default {@code None}); not enforced locally.
         *
         * @param outputKmsKey the key
         * @return this builder
         */
        public Builder outputKmsKey(String outputKmsKey) {
            this.outputKmsKey = outputKmsKey;
            return this;
        }

        /**
         * Sets {@code max_runtime_in_seconds} (default {@code None}).
         *
         * @param maxRuntimeInSeconds the limit
         * @return this builder
         */
        public Builder maxRuntimeInSeconds(Integer maxRuntimeInSeconds) {
            this.maxRuntimeInSeconds = maxRuntimeInSeconds;
            return this;
        }

        /**
         * Sets {@code base_job_name} (default {@code None}: {@code baseline-suggestion-job} for baselines,
         * {@code model-quality-monitoring-job} for on-demand executions).
         *
         * @param baseJobName the base name
         * @return this builder
         */
        public Builder baseJobName(String baseJobName) {
            this.baseJobName = baseJobName;
            return this;
        }

        /**
         * Sets {@code sagemaker_session} (required).
         *
         * @param session the session
         * @return this builder
         */
        public Builder session(Session session) {
            this.session = session;
            return this;
        }

        /**
         * Sets {@code env} (default {@code None}), extra environment of the analyzer.
         *
         * @param env the variables, copied
         * @return this builder
         */
        public Builder env(Map<String, String> env) {
            this.env = env == null ? null : new LinkedHashMap<>(env);
            return this;
        }

        /**
         * Sets {@code tags} (default {@code None}), the tags of the jobs and the job definition.
         *
         * @param tags the tags, copied
         * @return this builder
         */
        public Builder tags(List<Tag> tags) {
            this.tags = tags == null ? null : new ArrayList<>(tags);
            return this;
        }

        /**
         * Sets {@code network_config} (default {@code None}) in the service's shape; not enforced locally.
         *
         * @param networkConfig the configuration
         * @return this builder
         */
        public Builder networkConfig(NetworkConfig networkConfig) {
            this.networkConfig = networkConfig;
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
}
