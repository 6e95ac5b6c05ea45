/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.workflow;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sagemaker4j.Session;
import dev.sagemaker4j.processing.Processor;
import dev.sagemaker4j.processing.ProcessingInput;
import dev.sagemaker4j.processing.ProcessingOutput;
import dev.sagemaker4j.utils.Names;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import software.amazon.awssdk.services.sagemaker.model.CreateProcessingJobRequest;

/**
 * A quality check step, as Python's {@code sagemaker.workflow.quality_check_step.QualityCheckStep(name,
 * quality_check_config, check_job_config, skip_check=False, fail_on_violation=True, register_new_baseline=False,
 * model_package_group_name=None, supplied_baseline_statistics=None, supplied_baseline_constraints=None,
 * display_name=None, description=None, cache_config=None, depends_on=None)}. Its definition (type
 * {@code QualityCheck}) is the Model Monitor analyzer's baselining processing job, as Python builds it, plus
 * {@code CheckType}, {@code ModelPackageGroupName}, {@code SkipCheck}, {@code FailOnViolation},
 * {@code RegisterNewBaseline}, {@code SuppliedBaselineStatistics} and {@code SuppliedBaselineConstraints}.
 *
 * <p>The local engine runs it as the service does: a baselining job over the data set
 * ({@code CalculatedBaselineStatistics}/{@code Constraints}); unless {@code skipCheck}, a check of the same data
 * against the previous baseline (the supplied files, else the latest {@code Approved} version's
 * {@code DriftCheckBaselines} in {@code modelPackageGroupName}); a violation fails the step with the violations'
 * descriptions unless {@code failOnViolation(false)}. {@code BaselineUsedForDriftCheck*} name the new baseline with
 * {@code registerNewBaseline(true)}, else the previous one.
 *
 * <pre>{@code
 * QualityCheckStep check = new QualityCheckStep("DataQualityCheck", DataQualityCheckConfig.builder()
 *         .baselineDataset(data).datasetFormat(DatasetFormat.csv(true)).build(), checkJob,
 *         o -> o.skipCheck(false).registerNewBaseline(false).modelPackageGroupName("churn"));
 * }</pre>
 */
public final class QualityCheckStep extends JobStep {
    static final String CONTAINER_BASE = "/opt/ml/processing";
    static final String BASELINE_INPUT = "baseline_dataset_input";
    static final String OUTPUT_NAME = "quality_check_output";

    private final QualityCheckConfig config;
    private final CheckStepOptions check;

    /**
     * A step with Python's defaults (the check runs against the supplied or registered baseline; a violation
     * fails the step).
     *
     * @param name               Python's {@code name}
     * @param qualityCheckConfig a {@link DataQualityCheckConfig} or a {@link ModelQualityCheckConfig}
     * @param checkJobConfig     the check job's role, instances and session
     */
    public QualityCheckStep(String name, QualityCheckConfig qualityCheckConfig, CheckJobConfig checkJobConfig) {
        this(name, qualityCheckConfig, checkJobConfig, CheckStepOptions.builder().build());
    }

    /**
     * A step with the other keywords by name.
     *
     * @param name               Python's {@code name}
     * @param qualityCheckConfig a {@link DataQualityCheckConfig} or a {@link ModelQualityCheckConfig}
     * @param checkJobConfig     the check job's role, instances and session
     * @param options            skipCheck, failOnViolation, registerNewBaseline, modelPackageGroupName,
     *                           suppliedBaselineStatistics, suppliedBaselineConstraints and the step keywords
     */
    public QualityCheckStep(String name, QualityCheckConfig qualityCheckConfig, CheckJobConfig checkJobConfig,
            Consumer<CheckStepOptions.Builder> options) {
        this(name, qualityCheckConfig, checkJobConfig, CheckStepOptions.of(options));
    }

    /**
     * A step with kept options.
     *
     * @param name               Python's {@code name}
     * @param qualityCheckConfig a {@link DataQualityCheckConfig} or a {@link ModelQualityCheckConfig}
     * @param checkJobConfig     the check job's role, instances and session
     * @param options            the options
     */
    public QualityCheckStep(String name, QualityCheckConfig qualityCheckConfig, CheckJobConfig checkJobConfig,
            CheckStepOptions options) {
        super(name, "QualityCheck", request(qualityCheckConfig, checkJobConfig), options.step(),
                "ProcessingJobName");
        this.config = qualityCheckConfig;
        this.check = options;
    }

    /** Python's {@code arguments}: the baselining processor's request. */
    private static CreateProcessingJobRequest request(QualityCheckConfig config, CheckJobConfig job) {
        Objects.requireNonNull(config, "qualityCheckConfig");
        Objects.requireNonNull(job, "checkJobConfig");
        Session session = job.session();
        String jobName = Names.nameFromBase(job.baseJobName() != null ? job.baseJobName()
                : "baseline-suggestion-job");
        String datasetPath = CONTAINER_BASE + "/input/" + BASELINE_INPUT;
        List<ProcessingInput> inputs = new ArrayList<>();
        inputs.add(ProcessingInput.builder().source(config.baselineDataset()).destination(datasetPath)
                .inputName(BASELINE_INPUT).build());
        Map<String, String> env = new LinkedHashMap<>();
        if (job.env() != null) {
            env.putAll(job.env());
        }
        env.put("output_path", CONTAINER_BASE + "/output");
        env.put("publish_cloudwatch_metrics", "Disabled");
        env.put("dataset_format", config.datasetFormat().toJson());
        String post = config.postAnalyticsProcessorScript();
        if (post != null) {
            inputs.add(script(post, "post_analytics_processor_script_input"));
        }
        if (config instanceof DataQualityCheckConfig d && d.recordPreprocessorScript() != null) {
            inputs.add(script(d.recordPreprocessorScript(), "record_preprocessor_script_input"));
            env.put("record_preprocessor_script", scriptPath(d.recordPreprocessorScript(),
                    "record_preprocessor_script_input"));
        }
        if (post != null) {
            env.put("post_analytics_processor_script", scriptPath(post, "post_analytics_processor_script_input"));
        }
        env.put("dataset_source", datasetPath);
        if (config instanceof ModelQualityCheckConfig m) {
            env.put("analysis_type", "MODEL_QUALITY");
            env.put("problem_type", m.problemType());
            putIfSet(env, "inference_attribute", m.inferenceAttribute());
            putIfSet(env, "probability_attribute", m.probabilityAttribute());
            putIfSet(env, "ground_truth_attribute", m.groundTruthAttribute());
            putIfSet(env, "probability_threshold_attribute", m.probabilityThresholdAttribute());
        }
        String output = config.outputS3Uri();
        if (output == null || output.isEmpty()) {
            StringBuilder b = new StringBuilder("s3://").append(session.defaultBucket());
            String prefix = session.defaultBucketPrefix();
            if (prefix != null && !prefix.isBlank()) {
                b.append('/').append(prefix.replaceAll("^/+|/+$", ""));
            }
            output = b.append("/model-monitor/baselining/").append(jobName).append("/results").toString();
        }
        ProcessingOutput out = ProcessingOutput.builder().source(CONTAINER_BASE + "/output").destination(output)
                .outputName(OUTPUT_NAME).build();
        Processor processor = job.processor("model-monitor", env);
        return processor.request(Processor.RunOptions.builder().inputs(inputs).outputs(List.of(out))
                .jobName(jobName).build());
    }

    private static void putIfSet(Map<String, String> env, String key, String value) {
        if (value != null) {
            env.put(key, value);
        }
    }

    private static ProcessingInput script(String source, String name) {
        return ProcessingInput.builder().source(source).destination(CONTAINER_BASE + "/input/" + name)
                .inputName(name).build();
    }

    private static String scriptPath(String source, String name) {
        String p = source.replaceAll("/+$", "");
        return CONTAINER_BASE + "/input/" + name + "/" + p.substring(p.lastIndexOf('/') + 1);
    }

    /**
     * Python's {@code quality_check_config}.
     *
     * @return the configuration
     */
    public QualityCheckConfig qualityCheckConfig() {
        return config;
    }

    /**
     * The check keywords.
     *
     * @return the options
     */
    public CheckStepOptions checkOptions() {
        return check;
    }

    @Override
    void extend(ObjectNode node) {
        node.put("CheckType", config.checkType());
        node.set("ModelPackageGroupName", Json.toNode(check.modelPackageGroupName()));
        node.set("SkipCheck", Json.toNode(check.skipCheck()));
        node.set("FailOnViolation", Json.toNode(check.failOnViolation()));
        node.set("RegisterNewBaseline", Json.toNode(check.registerNewBaseline()));
        node.set("SuppliedBaselineStatistics", Json.toNode(check.suppliedBaselineStatistics()));
        node.set("SuppliedBaselineConstraints", Json.toNode(check.suppliedBaselineConstraints()));
    }

    @Override
    public CheckProperties properties() {
        return new CheckProperties(name());
    }

    /**
     * The properties of a check step, as Python's: the S3 URIs of the newly calculated baseline and of the
     * baseline used for the drift check.
     */
    public static final class CheckProperties extends Properties {
        CheckProperties(String path) {
            super(path);
        }

        /**
         * {@code CalculatedBaselineStatistics} (a QualityCheck step's statistics.json).
         *
         * @return the property
         */
        public Properties calculatedBaselineStatistics() {
            return get("CalculatedBaselineStatistics");
        }

        /**
         * {@code CalculatedBaselineConstraints} (constraints.json; a ClarifyCheck step's analysis.json).
         *
         * @return the property
         */
        public Properties calculatedBaselineConstraints() {
            return get("CalculatedBaselineConstraints");
        }

        /**
         * {@code BaselineUsedForDriftCheckStatistics} (QualityCheck steps).
         *
         * @return the property
         */
        public Properties baselineUsedForDriftCheckStatistics() {
            return get("BaselineUsedForDriftCheckStatistics");
        }

        /**
         * {@code BaselineUsedForDriftCheckConstraints}.
         *
         * @return the property
         */
        public Properties baselineUsedForDriftCheckConstraints() {
            return get("BaselineUsedForDriftCheckConstraints");
        }
    }
}
