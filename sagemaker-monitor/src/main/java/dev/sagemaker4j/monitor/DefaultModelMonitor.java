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
import java.util.function.Consumer;

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
public final class DefaultModelMonitor {
    /** Python's {@code _SUGGESTION_JOB_BASE_NAME}. */
    static final String SUGGESTION_JOB_BASE_NAME = "baseline-suggestion-job";
    /** The base name of an on-demand monitoring execution's job. */
    static final String MONITORING_JOB_BASE_NAME = "model-monitoring-job";
    static final String CONTAINER_BASE = "/opt/ml/processing";
    static final String BASELINE_INPUT_NAME = "baseline_dataset_input";
    static final String OUTPUT_NAME = "monitoring_output";

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
    private final List<ProcessingJob> baseliningJobs = Collections.synchronizedList(new ArrayList<>());
    private final List<MonitoringExecution> executions = Collections.synchronizedList(new ArrayList<>());
    private volatile String latestBaseliningJobName;
    private volatile String latestBaselineOutput;

    private DefaultModelMonitor(Builder b) {
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
     * The analyzer image (Python's {@code image_uri}): image_uris' {@code model-monitor} for the session's region
     * unless one was given.
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

    /** Builds a {@link DefaultModelMonitor}. */
    public static final class Builder {
        private String role;
        private String imageUri;
        private int instanceCount = 1;
        private String instanceType = "ml.m5.xlarge";
        private int volumeSizeInGB = 30;
        private String volumeKmsKey;
        private String outputKmsKey;
        private Integer maxRuntimeInSeconds;
        private String baseJobName;
        private Session session;
        private Map<String, String> env;

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
         * Sets the analyzer image (default: image_uris' {@code model-monitor} for the session's region).
         *
         * @param imageUri the image URI
         * @return this builder
         */
        public Builder imageUri(String imageUri) {
            this.imageUri = imageUri;
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
         * Sets {@code volume_kms_key} (default {@code None}).
         *
         * @param volumeKmsKey the key
         * @return this builder
         */
        public Builder volumeKmsKey(String volumeKmsKey) {
            this.volumeKmsKey = volumeKmsKey;
            return this;
        }

        /**
         * Sets {@code output_kms_key} (default {@code None}).
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
         * Sets {@code base_job_name} (default {@code None}: {@code baseline-suggestion-job} for baselines).
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
}
