/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.monitor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sagemaker4j.Session;
import dev.sagemaker4j.clarify.BiasConfig;
import dev.sagemaker4j.clarify.DataConfig;
import dev.sagemaker4j.clarify.ModelConfig;
import dev.sagemaker4j.clarify.ModelPredictedLabelConfig;
import dev.sagemaker4j.exceptions.ValidationException;
import dev.sagemaker4j.local.SdkJson;
import dev.sagemaker4j.processing.ProcessingJob;
import dev.sagemaker4j.spi.MonitoringApi;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import software.amazon.awssdk.services.sagemaker.model.CreateModelBiasJobDefinitionRequest;
import software.amazon.awssdk.services.sagemaker.model.DescribeModelBiasJobDefinitionRequest;
import software.amazon.awssdk.services.sagemaker.model.DescribeMonitoringScheduleRequest;
import software.amazon.awssdk.services.sagemaker.model.DescribeMonitoringScheduleResponse;
import software.amazon.awssdk.services.sagemaker.model.NetworkConfig;

/**
 * Model Monitor's bias drift monitor, as Python's {@code sagemaker.model_monitor.ModelBiasMonitor} (v2.257.6):
 * {@code suggestBaseline} runs a Clarify bias job (pre- and post-training metrics on a labelled data set, the model
 * called through a shadow endpoint) whose {@code analysis.json} is the baseline; a schedule's executions merge the
 * endpoint's capture with the ground truth uploaded by event id, compute the post-training bias metrics of the
 * window and write {@code analysis.json} and {@code constraint_violations.json} ({@code bias_drift_check}: a metric
 * farther from its ideal value than the baseline's).
 *
 * <pre>{@code
 * ModelBiasMonitor monitor = ModelBiasMonitor.builder().role(role).instanceType("local").session(session).build();
 * monitor.suggestBaseline(data, bias, s -> s.modelConfig(model).modelPredictedLabelConfig(label).wait(true));
 * monitor.createMonitoringSchedule(s -> s.endpointInput(predictor.endpointName())
 *         .groundTruthInput("s3://bucket/ground-truth").scheduleCronExpression(CronExpressionGenerator.hourly()));
 * monitor.runMonitoringSchedule().status();   // Completed or CompletedWithViolations
 * monitor.latestMonitoringConstraintViolations();
 * }</pre>
 */
public final class ModelBiasMonitor extends ClarifyModelMonitor {
    /** Python's {@code JOB_DEFINITION_BASE_NAME}. */
    static final String JOB_DEFINITION_BASE_NAME = "model-bias-job-definition";

    private ModelBiasMonitor(Builder b) {
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
     * {@code ModelBias}, as Python's {@code ModelBiasMonitor.monitoring_type()}.
     *
     * @return the type
     */
    @Override
    public String monitoringType() {
        return "ModelBias";
    }

    /**
     * Suggests a baseline with Python's defaults (the job runs without waiting); see
     * {@link #suggestBaseline(DataConfig, BiasConfig, SuggestBaselineOptions)}.
     *
     * @param dataConfig  the labelled data set and the output
     * @param biasConfig  the sensitive groups
     * @param modelConfig the model, called through a shadow endpoint
     * @return the Clarify job
     */
    public ProcessingJob suggestBaseline(DataConfig dataConfig, BiasConfig biasConfig, ModelConfig modelConfig) {
        return suggestBaseline(dataConfig, biasConfig, SuggestBaselineOptions.builder().modelConfig(modelConfig)
                .build());
    }

    /**
     * Suggests a baseline; see {@link #suggestBaseline(DataConfig, BiasConfig, SuggestBaselineOptions)}.
     *
     * @param dataConfig the labelled data set and the output
     * @param biasConfig the sensitive groups
     * @param options    sets the keywords ({@code modelConfig} is required)
     * @return the Clarify job
     */
    public ProcessingJob suggestBaseline(DataConfig dataConfig, BiasConfig biasConfig,
            Consumer<SuggestBaselineOptions.Builder> options) {
        SuggestBaselineOptions.Builder b = SuggestBaselineOptions.builder();
        options.accept(b);
        return suggestBaseline(dataConfig, biasConfig, b.build());
    }

    /**
     * Suggests a baseline, as Python's {@code suggest_baseline(data_config, bias_config, model_config,
     * model_predicted_label_config=None, wait=False, logs=False, job_name=None, kms_key=None)}: a Clarify
     * {@code run_bias} job (job name {@code baseline-suggestion-job-<timestamp>} unless given) whose
     * {@code analysis.json} becomes the baseline; the schedule created next uses its analysis config
     * ({@link BiasAnalysisConfig} of the bias config with the data set's headers and label), its features
     * attribute and the predicted label's inference, probability and threshold attributes.
     *
     * @param dataConfig the labelled data set and the output
     * @param biasConfig the sensitive groups
     * @param options    the keywords
     * @return the Clarify job
     * @throws ValidationException without a model config, and as the Clarify processor validates
     */
    public ProcessingJob suggestBaseline(DataConfig dataConfig, BiasConfig biasConfig,
            SuggestBaselineOptions options) {
        if (options.modelConfig() == null) {
            throw new ValidationException("model_config", null, "is missing", "give modelConfig(ModelConfig...)");
        }
        String jobName = baseliningJobName(options.jobName());
        ProcessingJob job = baseliningProcessor().runBias(dataConfig, biasConfig, o -> {
            o.modelConfig(options.modelConfig()).wait(options.waitForJob()).logs(options.logs()).jobName(jobName)
                    .kmsKey(options.kmsKey());
            if (options.modelPredictedLabelConfig() != null) {
                o.modelPredictedLabelConfig(options.modelPredictedLabelConfig());
            }
        });
        ObjectNode data = dataConfig.analysisConfig();
        BiasAnalysisConfig.Builder analysis = BiasAnalysisConfig.builder().biasConfig(biasConfig);
        ObjectNode config = analysis.build().analysisConfig();
        if (data.has("headers")) {
            config.set("headers", data.get("headers"));
        }
        if (data.has("label")) {
            config.set("label", data.get("label"));
        }
        String inference = null;
        String probability = null;
        Double threshold = null;
        ModelPredictedLabelConfig label = options.modelPredictedLabelConfig();
        if (label != null) {
            ObjectNode p = label.predictorConfig();
            inference = text(p.get("label"));
            probability = text(p.get("probability"));
            threshold = label.probabilityThreshold();
        }
        baselined(job, new BaseliningConfig(config, text(data.get("features")), inference, probability, threshold));
        return job;
    }

    private static String text(JsonNode n) {
        return n == null || n.isNull() ? null : n.asText();
    }

    /**
     * Creates a monitoring schedule; see {@link #createMonitoringSchedule(CreateMonitoringScheduleOptions)}.
     *
     * @param options sets the keywords ({@code groundTruthInput} and {@code endpointInput} or
     *                {@code batchTransformInput} are required)
     */
    public void createMonitoringSchedule(Consumer<CreateMonitoringScheduleOptions.Builder> options) {
        CreateMonitoringScheduleOptions.Builder b = CreateMonitoringScheduleOptions.builder();
        options.accept(b);
        createMonitoringSchedule(b.build());
    }

    /**
     * Creates a monitoring schedule, as Python's {@code ModelBiasMonitor.create_monitoring_schedule(
     * endpoint_input=None, ground_truth_input=None, analysis_config=None, output_s3_uri=None, constraints=None,
     * monitor_schedule_name=None, schedule_cron_expression=None, enable_cloudwatch_metrics=True,
     * batch_transform_input=None, data_analysis_start_time=None, data_analysis_end_time=None)}:
     * CreateModelBiasJobDefinition (named {@code model-bias-job-definition-<timestamp>}), then
     * CreateMonitoringSchedule naming it (type {@code ModelBias}); the definition is deleted again when the schedule
     * cannot be created. On the local backend the executions run at the cron and with
     * {@link #runMonitoringSchedule()}.
     *
     * @param options the keywords
     * @throws ValidationException before anything is sent: no ground truth, this monitor already has a schedule,
     *                             neither or both inputs, no analysis config and no baseline, NOW without both
     *                             analysis times
     */
    public void createMonitoringSchedule(CreateMonitoringScheduleOptions options) {
        if (options.groundTruthInput() == null || options.groundTruthInput().isEmpty()) {
            throw new ValidationException("ground_truth_input", options.groundTruthInput(), "can not be None",
                    "give groundTruthInput(\"s3://bucket/ground-truth\")");
        }
        DefinitionArgs a = createArgs(scheduleName(options.monitorScheduleName()));
        a.endpointInput = options.endpointInput();
        a.batchTransformInput = options.batchTransformInput();
        a.groundTruthInput = options.groundTruthInput();
        a.analysisConfigUri = options.analysisConfig();
        a.analysisConfig = options.biasAnalysisConfig() == null ? null
                : options.biasAnalysisConfig().analysisConfig();
        a.outputS3Uri = options.outputS3Uri();
        a.constraints = options.constraints();
        a.enableCloudwatchMetrics = options.enableCloudwatchMetrics();
        createSchedule(a, JOB_DEFINITION_BASE_NAME, options.scheduleCronExpression(),
                options.dataAnalysisStartTime(), options.dataAnalysisEndTime());
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
     * Updates the schedule, as Python's {@code ModelBiasMonitor.update_monitoring_schedule(...)}: with nothing
     * given, nothing happens; with only {@code scheduleCronExpression}, UpdateMonitoringSchedule changes the
     * timing; otherwise a new job definition (the current one, described, with the keywords given) is created and
     * the schedule updated to run it. The monitor's own settings (role, instances, environment) stay those it was
     * built with.
     *
     * @param options the keywords
     * @throws ValidationException when this monitor has no schedule, both inputs are given, or NOW lacks a time
     */
    public void updateMonitoringSchedule(UpdateMonitoringScheduleOptions options) {
        UpdateMonitoringScheduleOptions o = options;
        Object[] all = {o.endpointInput(), o.groundTruthInput(), o.analysisConfig(), o.biasAnalysisConfig(),
            o.outputS3Uri(), o.constraints(), o.scheduleCronExpression(), o.enableCloudwatchMetrics(), o.role(),
            o.instanceCount(), o.instanceType(), o.volumeSizeInGB(), o.volumeKmsKey(), o.outputKmsKey(),
            o.maxRuntimeInSeconds(), o.env(), o.networkConfig(), o.batchTransformInput(), o.dataAnalysisStartTime(),
            o.dataAnalysisEndTime()};
        long given = java.util.Arrays.stream(all).filter(Objects::nonNull).count();
        DefinitionArgs a = new DefinitionArgs();
        a.endpointInput = o.endpointInput();
        a.batchTransformInput = o.batchTransformInput();
        a.groundTruthInput = o.groundTruthInput();
        a.analysisConfigUri = o.analysisConfig();
        a.analysisConfig = o.biasAnalysisConfig() == null ? null : o.biasAnalysisConfig().analysisConfig();
        a.outputS3Uri = o.outputS3Uri();
        a.constraints = o.constraints();
        a.enableCloudwatchMetrics = o.enableCloudwatchMetrics();
        a.role = o.role();
        a.instanceCount = o.instanceCount();
        a.instanceType = o.instanceType();
        a.volumeSizeInGB = o.volumeSizeInGB();
        a.volumeKmsKey = o.volumeKmsKey();
        a.outputKmsKey = o.outputKmsKey();
        a.maxRuntimeInSeconds = o.maxRuntimeInSeconds();
        a.env = o.env();
        a.networkConfig = o.networkConfig();
        a.tags = true;
        updateSchedule(a, given == 1 && o.scheduleCronExpression() != null, given == 0, JOB_DEFINITION_BASE_NAME,
                o.scheduleCronExpression(), o.dataAnalysisStartTime(), o.dataAnalysisEndTime());
    }

    @Override
    void createJobDefinition(ObjectNode request) {
        monitoringApi().createModelBiasJobDefinition(SdkJson.fromJson(request,
                CreateModelBiasJobDefinitionRequest::builder));
    }

    @Override
    ObjectNode describeJobDefinition(String definitionName) {
        return SdkJson.toJson(monitoringApi().describeModelBiasJobDefinition(DescribeModelBiasJobDefinitionRequest
                .builder().jobDefinitionName(definitionName).build()));
    }

    /**
     * Attaches to a bias schedule, as Python's {@code ModelBiasMonitor.attach(monitor_schedule_name)}: a monitor
     * with the settings of the schedule's job definition (role, cluster, KMS keys, runtime, environment, network),
     * owning the schedule.
     *
     * @param monitorScheduleName the schedule
     * @param session             the session
     * @return the monitor
     * @throws ValidationException when the schedule is not a ModelBias one
     * @throws dev.sagemaker4j.exceptions.ResourceNotFoundException when there is no such schedule
     */
    public static ModelBiasMonitor attach(String monitorScheduleName, Session session) {
        MonitoringApi api = session.api(MonitoringApi.CAPABILITY);
        DescribeMonitoringScheduleResponse schedule = api.describeMonitoringSchedule(DescribeMonitoringScheduleRequest
                .builder().monitoringScheduleName(monitorScheduleName).build());
        String type = schedule.monitoringScheduleConfig() == null ? null
                : schedule.monitoringScheduleConfig().monitoringTypeAsString();
        if (!"ModelBias".equals(type)) {
            throw new ValidationException("MonitoringType", type, "is not ModelBias: ModelBiasMonitor can only attach"
                    + " to ModelBias schedules", "attach with ModelMonitor.attach, which picks the schedule's type");
        }
        String definition = schedule.monitoringScheduleConfig().monitoringJobDefinitionName();
        ObjectNode d = SdkJson.toJson(api.describeModelBiasJobDefinition(DescribeModelBiasJobDefinitionRequest
                .builder().jobDefinitionName(definition).build()));
        Builder b = builder().session(session);
        fromJobDefinition(b, d, "ModelBias");
        ModelBiasMonitor monitor = b.build();
        monitor.scheduled(schedule.monitoringScheduleName(), definition);
        return monitor;
    }

    /**
     * Builds a {@link ModelBiasMonitor}: the keywords of Python's constructor (see
     * {@link ClarifyModelMonitor.Builder}).
     */
    public static final class Builder extends ClarifyModelMonitor.Builder<Builder> {
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
         * @throws ValidationException without a role or a session
         */
        public ModelBiasMonitor build() {
            return new ModelBiasMonitor(this);
        }
    }

    /**
     * The keywords of Python's {@code ModelBiasMonitor.suggest_baseline}. Immutable.
     */
    public static final class SuggestBaselineOptions {
        private final ModelConfig modelConfig;
        private final ModelPredictedLabelConfig modelPredictedLabelConfig;
        private final boolean wait;
        private final boolean logs;
        private final String jobName;
        private final String kmsKey;

        private SuggestBaselineOptions(Builder b) {
            this.modelConfig = b.modelConfig;
            this.modelPredictedLabelConfig = b.modelPredictedLabelConfig;
            this.wait = b.wait;
            this.logs = b.logs;
            this.jobName = b.jobName;
            this.kmsKey = b.kmsKey;
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
            b.modelConfig = modelConfig;
            b.modelPredictedLabelConfig = modelPredictedLabelConfig;
            b.wait = wait;
            b.logs = logs;
            b.jobName = jobName;
            b.kmsKey = kmsKey;
            return b;
        }

        /**
         * Python's {@code model_config}.
         *
         * @return the model the job calls through a shadow endpoint
         */
        public ModelConfig modelConfig() {
            return modelConfig;
        }

        /**
         * Python's {@code model_predicted_label_config}.
         *
         * @return how the predicted label is read from the model's output
         */
        public ModelPredictedLabelConfig modelPredictedLabelConfig() {
            return modelPredictedLabelConfig;
        }

        /**
         * Python's {@code wait}.
         *
         * @return whether the call waits for the job
         */
        public boolean waitForJob() {
            return wait;
        }

        /**
         * Python's {@code logs}.
         *
         * @return whether the job's log is shown while waiting
         */
        public boolean logs() {
            return logs;
        }

        /**
         * Python's {@code job_name}.
         *
         * @return the job name (default: generated from the base job name)
         */
        public String jobName() {
            return jobName;
        }

        /**
         * Python's {@code kms_key}.
         *
         * @return the KMS key of the analysis config upload
         */
        public String kmsKey() {
            return kmsKey;
        }

        @Override
        public boolean equals(Object o) {
            if (!(o instanceof SuggestBaselineOptions other)) {
                return false;
            }
            return Objects.equals(modelConfig, other.modelConfig) &&
                    Objects.equals(modelPredictedLabelConfig, other.modelPredictedLabelConfig) &&
                    Objects.equals(wait, other.wait) && Objects.equals(logs, other.logs) &&
                    Objects.equals(jobName, other.jobName) && Objects.equals(kmsKey, other.kmsKey);
        }

        @Override
        public int hashCode() {
            return Objects.hash(modelConfig, modelPredictedLabelConfig, wait, logs, jobName, kmsKey);
        }

        @Override
        public String toString() {
            return "SuggestBaselineOptions{" + "modelConfig=" + modelConfig
                     + ", modelPredictedLabelConfig=" + modelPredictedLabelConfig + ", wait=" + wait
                     + ", logs=" + logs + ", jobName=" + jobName + ", kmsKey=" + kmsKey + "}";
        }

        /** Builds a {@link SuggestBaselineOptions}. */
        public static final class Builder {
            private ModelConfig modelConfig;
            private ModelPredictedLabelConfig modelPredictedLabelConfig;
            private boolean wait = false;
            private boolean logs = false;
            private String jobName;
            private String kmsKey;

            private Builder() {
            }

            /**
             * Sets {@code model_config} (default {@code <required>}).
             *
             * @param modelConfig the model the job calls through a shadow endpoint
             * @return this builder
             */
            public Builder modelConfig(ModelConfig modelConfig) {
                this.modelConfig = modelConfig;
                return this;
            }

            /**
             * Sets {@code model_predicted_label_config} (default {@code None}).
             *
             * @param modelPredictedLabelConfig how the predicted label is read from the model's output
             * @return this builder
             */
            public Builder modelPredictedLabelConfig(ModelPredictedLabelConfig modelPredictedLabelConfig) {
                this.modelPredictedLabelConfig = modelPredictedLabelConfig;
                return this;
            }

            /**
             * Sets {@code wait} (default {@code False}).
             *
             * @param wait whether the call waits for the job
             * @return this builder
             */
            public Builder wait(boolean wait) {
                this.wait = wait;
                return this;
            }

            /**
             * Sets {@code logs} (default {@code False}).
             *
             * @param logs whether the job's log is shown while waiting
             * @return this builder
             */
            public Builder logs(boolean logs) {
                this.logs = logs;
                return this;
            }

            /**
             * Sets {@code job_name} (default {@code None}).
             *
             * @param jobName the job name (default: generated from the base job name)
             * @return this builder
             */
            public Builder jobName(String jobName) {
                this.jobName = jobName;
                return this;
            }

            /**
             * Sets {@code kms_key} (default {@code None}).
             *
             * @param kmsKey the KMS key of the analysis config upload
             * @return this builder
             */
            public Builder kmsKey(String kmsKey) {
                this.kmsKey = kmsKey;
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
     * The keywords of Python's {@code ModelBiasMonitor.create_monitoring_schedule}. Immutable.
     */
    public static final class CreateMonitoringScheduleOptions {
        private final EndpointInput endpointInput;
        private final String groundTruthInput;
        private final String analysisConfig;
        private final BiasAnalysisConfig biasAnalysisConfig;
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
            this.analysisConfig = b.analysisConfig;
            this.biasAnalysisConfig = b.biasAnalysisConfig;
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
            b.groundTruthInput = groundTruthInput;
            b.analysisConfig = analysisConfig;
            b.biasAnalysisConfig = biasAnalysisConfig;
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
         * Python's {@code endpoint_input}.
         *
         * @return the endpoint to monitor
         */
        public EndpointInput endpointInput() {
            return endpointInput;
        }

        /**
         * Python's {@code ground_truth_input}.
         *
         * @return the ground truth's S3 URI (JSON Lines under yyyy/mm/dd/hh/)
         */
        public String groundTruthInput() {
            return groundTruthInput;
        }

        /**
         * Python's {@code analysis_config}.
         *
         * @return the analysis_config.json URI (default: the latest baselining job's config)
         */
        public String analysisConfig() {
            return analysisConfig;
        }

        /**
         * Python's {@code analysis_config}.
         *
         * @return the analysis config, uploaded next to the output
         */
        public BiasAnalysisConfig biasAnalysisConfig() {
            return biasAnalysisConfig;
        }

        /**
         * Python's {@code output_s3_uri}.
         *
         * @return where the reports go (default {@code <bucket>/model-monitor/monitoring/<schedule>/results})
         */
        public String outputS3Uri() {
            return outputS3Uri;
        }

        /**
         * Python's {@code constraints}.
         *
         * @return the baseline constraints (an analysis.json) URI
         */
        public String constraints() {
            return constraints;
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
            return Objects.equals(endpointInput, other.endpointInput) &&
                    Objects.equals(groundTruthInput, other.groundTruthInput) &&
                    Objects.equals(analysisConfig, other.analysisConfig) &&
                    Objects.equals(biasAnalysisConfig, other.biasAnalysisConfig) &&
                    Objects.equals(outputS3Uri, other.outputS3Uri) &&
                    Objects.equals(constraints, other.constraints) &&
                    Objects.equals(monitorScheduleName, other.monitorScheduleName) &&
                    Objects.equals(scheduleCronExpression, other.scheduleCronExpression) &&
                    Objects.equals(enableCloudwatchMetrics, other.enableCloudwatchMetrics) &&
                    Objects.equals(batchTransformInput, other.batchTransformInput) &&
                    Objects.equals(dataAnalysisStartTime, other.dataAnalysisStartTime) &&
                    Objects.equals(dataAnalysisEndTime, other.dataAnalysisEndTime);
        }

        @Override
        public int hashCode() {
            return Objects.hash(endpointInput, groundTruthInput, analysisConfig, biasAnalysisConfig, outputS3Uri,
                    constraints, monitorScheduleName, scheduleCronExpression, enableCloudwatchMetrics,
                    batchTransformInput, dataAnalysisStartTime, dataAnalysisEndTime);
        }

        @Override
        public String toString() {
            return "CreateMonitoringScheduleOptions{" + "endpointInput=" + endpointInput
                     + ", groundTruthInput=" + groundTruthInput + ", analysisConfig=" + analysisConfig
                     + ", biasAnalysisConfig=" + biasAnalysisConfig + ", outputS3Uri=" + outputS3Uri
                     + ", constraints=" + constraints + ", monitorScheduleName=" + monitorScheduleName
                     + ", scheduleCronExpression=" + scheduleCronExpression
                     + ", enableCloudwatchMetrics=" + enableCloudwatchMetrics
                     + ", batchTransformInput=" + batchTransformInput
                     + ", dataAnalysisStartTime=" + dataAnalysisStartTime
                     + ", dataAnalysisEndTime=" + dataAnalysisEndTime + "}";
        }

        /** Builds a {@link CreateMonitoringScheduleOptions}. */
        public static final class Builder {
            private EndpointInput endpointInput;
            private String groundTruthInput;
            private String analysisConfig;
            private BiasAnalysisConfig biasAnalysisConfig;
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
             * Sets {@code ground_truth_input} (default {@code None}).
             *
             * @param groundTruthInput the ground truth's S3 URI (JSON Lines under yyyy/mm/dd/hh/)
             * @return this builder
             */
            public Builder groundTruthInput(String groundTruthInput) {
                this.groundTruthInput = groundTruthInput;
                return this;
            }

            /**
             * Sets {@code analysis_config} (default {@code None}).
             *
             * @param analysisConfig the analysis_config.json URI (default: the latest baselining job's config)
             * @return this builder
             */
            public Builder analysisConfig(String analysisConfig) {
                this.analysisConfig = analysisConfig;
                return this;
            }

            /**
             * Sets {@code output_s3_uri} (default {@code None}).
             *
             * @param outputS3Uri where the reports go (default
             *                    {@code <bucket>/model-monitor/monitoring/<schedule>/results})
             * @return this builder
             */
            public Builder outputS3Uri(String outputS3Uri) {
                this.outputS3Uri = outputS3Uri;
                return this;
            }

            /**
             * Sets {@code constraints} (default {@code None}).
             *
             * @param constraints the baseline constraints (an analysis.json) URI
             * @return this builder
             */
            public Builder constraints(String constraints) {
                this.constraints = constraints;
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
             * @param constraints the baseline's analysis.json
             * @return this builder
             */
            public Builder constraints(Constraints constraints) {
                this.constraints = constraints == null ? null : constraints.fileS3Uri();
                return this;
            }

            /**
             * Sets {@code analysis_config} from a {@link BiasAnalysisConfig} (uploaded next to the output).
             *
             * @param analysisConfig the config
             * @return this builder
             */
            public Builder analysisConfig(BiasAnalysisConfig analysisConfig) {
                this.biasAnalysisConfig = analysisConfig;
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
     * The keywords of Python's {@code ModelBiasMonitor.update_monitoring_schedule}. Immutable.
     */
    public static final class UpdateMonitoringScheduleOptions {
        private final EndpointInput endpointInput;
        private final String groundTruthInput;
        private final String analysisConfig;
        private final BiasAnalysisConfig biasAnalysisConfig;
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
            this.analysisConfig = b.analysisConfig;
            this.biasAnalysisConfig = b.biasAnalysisConfig;
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
            this.env = b.env;
            this.networkConfig = b.networkConfig;
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
            b.groundTruthInput = groundTruthInput;
            b.analysisConfig = analysisConfig;
            b.biasAnalysisConfig = biasAnalysisConfig;
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
         * Python's {@code endpoint_input}.
         *
         * @return the endpoint to monitor
         */
        public EndpointInput endpointInput() {
            return endpointInput;
        }

        /**
         * Python's {@code ground_truth_input}.
         *
         * @return the ground truth's S3 URI (JSON Lines under yyyy/mm/dd/hh/)
         */
        public String groundTruthInput() {
            return groundTruthInput;
        }

        /**
         * Python's {@code analysis_config}.
         *
         * @return the analysis_config.json URI (default: the latest baselining job's config)
         */
        public String analysisConfig() {
            return analysisConfig;
        }

        /**
         * Python's {@code analysis_config}.
         *
         * @return the analysis config, uploaded next to the output
         */
        public BiasAnalysisConfig biasAnalysisConfig() {
            return biasAnalysisConfig;
        }

        /**
         * Python's {@code output_s3_uri}.
         *
         * @return where the reports go (default {@code <bucket>/model-monitor/monitoring/<schedule>/results})
         */
        public String outputS3Uri() {
            return outputS3Uri;
        }

        /**
         * Python's {@code constraints}.
         *
         * @return the baseline constraints (an analysis.json) URI
         */
        public String constraints() {
            return constraints;
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
         * @return whether the jobs publish CloudWatch metrics (null: unchanged)
         */
        public Boolean enableCloudwatchMetrics() {
            return enableCloudwatchMetrics;
        }

        /**
         * Python's {@code role}.
         *
         * @return the new IAM role
         */
        public String role() {
            return role;
        }

        /**
         * Python's {@code instance_count}.
         *
         * @return the new instance count
         */
        public Integer instanceCount() {
            return instanceCount;
        }

        /**
         * Python's {@code instance_type}.
         *
         * @return the new instance type
         */
        public String instanceType() {
            return instanceType;
        }

        /**
         * Python's {@code volume_size_in_gb}.
         *
         * @return the new volume size
         */
        public Integer volumeSizeInGB() {
            return volumeSizeInGB;
        }

        /**
         * Python's {@code volume_kms_key}.
         *
         * @return the new volume KMS key
         */
        public String volumeKmsKey() {
            return volumeKmsKey;
        }

        /**
         * Python's {@code output_kms_key}.
         *
         * @return the new output KMS key
         */
        public String outputKmsKey() {
            return outputKmsKey;
        }

        /**
         * Python's {@code max_runtime_in_seconds}.
         *
         * @return the new runtime limit
         */
        public Integer maxRuntimeInSeconds() {
            return maxRuntimeInSeconds;
        }

        /**
         * Python's {@code env}.
         *
         * @return the new environment
         */
        public Map<String, String> env() {
            return env;
        }

        /**
         * Python's {@code network_config}.
         *
         * @return the new network settings
         */
        public NetworkConfig networkConfig() {
            return networkConfig;
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
            if (!(o instanceof UpdateMonitoringScheduleOptions other)) {
                return false;
            }
            return Objects.equals(endpointInput, other.endpointInput) &&
                    Objects.equals(groundTruthInput, other.groundTruthInput) &&
                    Objects.equals(analysisConfig, other.analysisConfig) &&
                    Objects.equals(biasAnalysisConfig, other.biasAnalysisConfig) &&
                    Objects.equals(outputS3Uri, other.outputS3Uri) &&
                    Objects.equals(constraints, other.constraints) &&
                    Objects.equals(scheduleCronExpression, other.scheduleCronExpression) &&
                    Objects.equals(enableCloudwatchMetrics, other.enableCloudwatchMetrics) &&
                    Objects.equals(role, other.role) && Objects.equals(instanceCount, other.instanceCount) &&
                    Objects.equals(instanceType, other.instanceType) &&
                    Objects.equals(volumeSizeInGB, other.volumeSizeInGB) &&
                    Objects.equals(volumeKmsKey, other.volumeKmsKey) &&
                    Objects.equals(outputKmsKey, other.outputKmsKey) &&
                    Objects.equals(maxRuntimeInSeconds, other.maxRuntimeInSeconds) &&
                    Objects.equals(env, other.env) && Objects.equals(networkConfig, other.networkConfig) &&
                    Objects.equals(batchTransformInput, other.batchTransformInput) &&
                    Objects.equals(dataAnalysisStartTime, other.dataAnalysisStartTime) &&
                    Objects.equals(dataAnalysisEndTime, other.dataAnalysisEndTime);
        }

        @Override
        public int hashCode() {
            return Objects.hash(endpointInput, groundTruthInput, analysisConfig, biasAnalysisConfig, outputS3Uri,
                    constraints, scheduleCronExpression, enableCloudwatchMetrics, role, instanceCount, instanceType,
                    volumeSizeInGB, volumeKmsKey, outputKmsKey, maxRuntimeInSeconds, env, networkConfig,
                    batchTransformInput, dataAnalysisStartTime, dataAnalysisEndTime);
        }

        @Override
        public String toString() {
            return "UpdateMonitoringScheduleOptions{" + "endpointInput=" + endpointInput
                     + ", groundTruthInput=" + groundTruthInput + ", analysisConfig=" + analysisConfig
                     + ", biasAnalysisConfig=" + biasAnalysisConfig + ", outputS3Uri=" + outputS3Uri
                     + ", constraints=" + constraints + ", scheduleCronExpression=" + scheduleCronExpression
                     + ", enableCloudwatchMetrics=" + enableCloudwatchMetrics + ", role=" + role
                     + ", instanceCount=" + instanceCount + ", instanceType=" + instanceType
                     + ", volumeSizeInGB=" + volumeSizeInGB + ", volumeKmsKey=" + volumeKmsKey
                     + ", outputKmsKey=" + outputKmsKey + ", maxRuntimeInSeconds=" + maxRuntimeInSeconds
                     + ", env=" + env + ", networkConfig=" + networkConfig
                     + ", batchTransformInput=" + batchTransformInput
                     + ", dataAnalysisStartTime=" + dataAnalysisStartTime
                     + ", dataAnalysisEndTime=" + dataAnalysisEndTime + "}";
        }

        /** Builds a {@link UpdateMonitoringScheduleOptions}. */
        public static final class Builder {
            private EndpointInput endpointInput;
            private String groundTruthInput;
            private String analysisConfig;
            private BiasAnalysisConfig biasAnalysisConfig;
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
             * Sets {@code ground_truth_input} (default {@code None}).
             *
             * @param groundTruthInput the ground truth's S3 URI (JSON Lines under yyyy/mm/dd/hh/)
             * @return this builder
             */
            public Builder groundTruthInput(String groundTruthInput) {
                this.groundTruthInput = groundTruthInput;
                return this;
            }

            /**
             * Sets {@code analysis_config} (default {@code None}).
             *
             * @param analysisConfig the analysis_config.json URI (default: the latest baselining job's config)
             * @return this builder
             */
            public Builder analysisConfig(String analysisConfig) {
                this.analysisConfig = analysisConfig;
                return this;
            }

            /**
             * Sets {@code output_s3_uri} (default {@code None}).
             *
             * @param outputS3Uri where the reports go (default
             *                    {@code <bucket>/model-monitor/monitoring/<schedule>/results})
             * @return this builder
             */
            public Builder outputS3Uri(String outputS3Uri) {
                this.outputS3Uri = outputS3Uri;
                return this;
            }

            /**
             * Sets {@code constraints} (default {@code None}).
             *
             * @param constraints the baseline constraints (an analysis.json) URI
             * @return this builder
             */
            public Builder constraints(String constraints) {
                this.constraints = constraints;
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
             * Sets {@code enable_cloudwatch_metrics} (default {@code None}).
             *
             * @param enableCloudwatchMetrics whether the jobs publish CloudWatch metrics (null: unchanged)
             * @return this builder
             */
            public Builder enableCloudwatchMetrics(Boolean enableCloudwatchMetrics) {
                this.enableCloudwatchMetrics = enableCloudwatchMetrics;
                return this;
            }

            /**
             * Sets {@code role} (default {@code None}).
             *
             * @param role the new IAM role
             * @return this builder
             */
            public Builder role(String role) {
                this.role = role;
                return this;
            }

            /**
             * Sets {@code instance_count} (default {@code None}).
             *
             * @param instanceCount the new instance count
             * @return this builder
             */
            public Builder instanceCount(Integer instanceCount) {
                this.instanceCount = instanceCount;
                return this;
            }

            /**
             * Sets {@code instance_type} (default {@code None}).
             *
             * @param instanceType the new instance type
             * @return this builder
             */
            public Builder instanceType(String instanceType) {
                this.instanceType = instanceType;
                return this;
            }

            /**
             * Sets {@code volume_size_in_gb} (default {@code None}).
             *
             * @param volumeSizeInGB the new volume size
             * @return this builder
             */
            public Builder volumeSizeInGB(Integer volumeSizeInGB) {
                this.volumeSizeInGB = volumeSizeInGB;
                return this;
            }

            /**
             * Sets {@code volume_kms_key} (default {@code None}).
             *
             * @param volumeKmsKey the new volume KMS key
             * @return this builder
             */
            public Builder volumeKmsKey(String volumeKmsKey) {
                this.volumeKmsKey = volumeKmsKey;
                return this;
            }

            /**
             * Sets {@code output_kms_key} (default {@code None}).
             *
             * @param outputKmsKey the new output KMS key
             * @return this builder
             */
            public Builder outputKmsKey(String outputKmsKey) {
                this.outputKmsKey = outputKmsKey;
                return this;
            }

            /**
             * Sets {@code max_runtime_in_seconds} (default {@code None}).
             *
             * @param maxRuntimeInSeconds the new runtime limit
             * @return this builder
             */
            public Builder maxRuntimeInSeconds(Integer maxRuntimeInSeconds) {
                this.maxRuntimeInSeconds = maxRuntimeInSeconds;
                return this;
            }

            /**
             * Sets {@code env} (default {@code None}).
             *
             * @param env the new environment
             * @return this builder
             */
            public Builder env(Map<String, String> env) {
                this.env = env == null ? null
                        : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(env));
                return this;
            }

            /**
             * Sets {@code network_config} (default {@code None}).
             *
             * @param networkConfig the new network settings
             * @return this builder
             */
            public Builder networkConfig(NetworkConfig networkConfig) {
                this.networkConfig = networkConfig;
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
             * @param constraints the baseline's analysis.json
             * @return this builder
             */
            public Builder constraints(Constraints constraints) {
                this.constraints = constraints == null ? null : constraints.fileS3Uri();
                return this;
            }

            /**
             * Sets {@code analysis_config} from a {@link BiasAnalysisConfig} (uploaded next to the output).
             *
             * @param analysisConfig the config
             * @return this builder
             */
            public Builder analysisConfig(BiasAnalysisConfig analysisConfig) {
                this.biasAnalysisConfig = analysisConfig;
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
