/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.workflow;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sagemaker4j.Session;
import dev.sagemaker4j.clarify.DataConfig;
import dev.sagemaker4j.exceptions.ValidationException;
import dev.sagemaker4j.processing.ProcessingInput;
import dev.sagemaker4j.processing.ProcessingOutput;
import dev.sagemaker4j.processing.Processor;
import dev.sagemaker4j.utils.Names;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;
import software.amazon.awssdk.services.sagemaker.model.CreateProcessingJobRequest;

/**
 * A Clarify check step, as Python's {@code sagemaker.workflow.clarify_check_step.ClarifyCheckStep(name,
 * clarify_check_config, check_job_config, skip_check=False, fail_on_violation=True, register_new_baseline=False,
 * model_package_group_name=None, supplied_baseline_constraints=None, display_name=None, description=None,
 * cache_config=None, depends_on=None)}. Its definition (type {@code ClarifyCheck}) is the Clarify processing job, as
 * Python builds it (the {@code analysis_config.json} is uploaded when the step is built, to the data config's
 * {@code s3AnalysisConfigOutputPath}, else its {@code s3OutputPath}), plus {@code CheckType} ({@code DATA_BIAS},
 * {@code MODEL_BIAS} or {@code MODEL_EXPLAINABILITY}), {@code ModelPackageGroupName}, {@code SkipCheck},
 * {@code FailOnViolation}, {@code RegisterNewBaseline}, {@code SuppliedBaselineConstraints} and, for model checks,
 * {@code ModelName}.
 *
 * <p>The local engine runs it as the service does: the Clarify job's {@code analysis.json} is the step's
 * {@code CalculatedBaselineConstraints}; unless {@code skipCheck}, the job gets the previous baseline (the supplied
 * constraints, else the latest {@code Approved} version's {@code DriftCheckBaselines} in
 * {@code modelPackageGroupName}); {@code BaselineUsedForDriftCheckConstraints} names the new baseline with
 * {@code registerNewBaseline(true)}, else the previous one. {@code suppliedBaselineStatistics} is a QualityCheck
 * keyword and is refused here, as Python has no such keyword.
 *
 * <pre>{@code
 * ClarifyCheckStep check = new ClarifyCheckStep("DataBiasCheck", DataBiasCheckConfig.builder().dataConfig(data)
 *         .dataBiasConfig(bias).build(), checkJob, o -> o.registerNewBaseline(true).modelPackageGroupName("churn"));
 * }</pre>
 */
public final class ClarifyCheckStep extends JobStep {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    static final String CONFIG_INPUT = "/opt/ml/processing/input/config";
    static final String DATA_INPUT = "/opt/ml/processing/input/data";
    static final String OUTPUT = "/opt/ml/processing/output";

    private final ClarifyCheckConfig config;
    private final CheckStepOptions check;
    private final String monitoringAnalysisConfigUri;

    /**
     * A step with Python's defaults (the check runs against the supplied or registered baseline; a violation
     * fails the step).
     *
     * @param name               Python's {@code name}
     * @param clarifyCheckConfig a {@link DataBiasCheckConfig}, {@link ModelBiasCheckConfig} or
     *                           {@link ModelExplainabilityCheckConfig}
     * @param checkJobConfig     the check job's role, instances and session
     */
    public ClarifyCheckStep(String name, ClarifyCheckConfig clarifyCheckConfig, CheckJobConfig checkJobConfig) {
        this(name, clarifyCheckConfig, checkJobConfig, CheckStepOptions.builder().build());
    }

    /**
     * A step with the other keywords by name.
     *
     * @param name               Python's {@code name}
     * @param clarifyCheckConfig a {@link DataBiasCheckConfig}, {@link ModelBiasCheckConfig} or
     *                           {@link ModelExplainabilityCheckConfig}
     * @param checkJobConfig     the check job's role, instances and session
     * @param options            skipCheck, failOnViolation, registerNewBaseline, modelPackageGroupName,
     *                           suppliedBaselineConstraints and the step keywords
     */
    public ClarifyCheckStep(String name, ClarifyCheckConfig clarifyCheckConfig, CheckJobConfig checkJobConfig,
            Consumer<CheckStepOptions.Builder> options) {
        this(name, clarifyCheckConfig, checkJobConfig, CheckStepOptions.of(options));
    }

    /**
     * A step with kept options.
     *
     * @param name               Python's {@code name}
     * @param clarifyCheckConfig a {@link DataBiasCheckConfig}, {@link ModelBiasCheckConfig} or
     *                           {@link ModelExplainabilityCheckConfig}
     * @param checkJobConfig     the check job's role, instances and session
     * @param options            the options
     * @throws ValidationException when {@code suppliedBaselineStatistics} is set, or the analysis configuration's
     *                             output is not an {@code s3://} URI
     */
    public ClarifyCheckStep(String name, ClarifyCheckConfig clarifyCheckConfig, CheckJobConfig checkJobConfig,
            CheckStepOptions options) {
        super(name, "ClarifyCheck", request(clarifyCheckConfig, checkJobConfig, options), options.step(),
                "ProcessingJobName");
        this.config = clarifyCheckConfig;
        this.check = options;
        this.monitoringAnalysisConfigUri = uploadMonitoringAnalysisConfig(clarifyCheckConfig, checkJobConfig);
    }

    /**
     * Python's {@code _upload_monitoring_analysis_config()}: the analysis configuration of a monitoring schedule for
     * the same check, at {@code <s3AnalysisConfigOutputPath or s3://<bucket>/model-monitor>/<bias-monitoring or
     * model-explainability-monitoring>-configuration/<...-config-timestamp>/<uuid>/analysis_config.json}.
     */
    private static String uploadMonitoringAnalysisConfig(ClarifyCheckConfig config, CheckJobConfig job) {
        String base = config instanceof ModelExplainabilityCheckConfig ? "model-explainability-monitoring"
                : "bias-monitoring";
        String root = config.dataConfig().s3AnalysisConfigOutputPath();
        if (root == null || root.isEmpty()) {
            Session session = job.session();
            StringBuilder b = new StringBuilder("s3://").append(session.defaultBucket());
            String prefix = session.defaultBucketPrefix();
            if (prefix != null && !prefix.isBlank()) {
                b.append('/').append(prefix.replaceAll("^/+|/+$", ""));
            }
            root = b.append("/model-monitor").toString();
        }
        String dir = root.replaceAll("/+$", "") + "/" + base + "-configuration/" + Names.nameFromBase(base
                + "-config") + "/" + UUID.randomUUID();
        return upload(job.session(), config.monitoringAnalysisConfig(), dir, config.kmsKey());
    }

    /**
     * Python's {@code clarify_check_config.monitoring_analysis_config_uri}: where the step uploaded the analysis
     * configuration a monitoring schedule of the same check would use.
     *
     * @return the S3 URI of that {@code analysis_config.json}
     */
    public String monitoringAnalysisConfigUri() {
        return monitoringAnalysisConfigUri;
    }

    /** Python's {@code arguments}: the Clarify processor's request, its analysis configuration uploaded. */
    private static CreateProcessingJobRequest request(ClarifyCheckConfig config, CheckJobConfig job,
            CheckStepOptions options) {
        Objects.requireNonNull(config, "clarifyCheckConfig");
        Objects.requireNonNull(job, "checkJobConfig");
        if (options.suppliedBaselineStatistics() != null) {
            throw new ValidationException("suppliedBaselineStatistics", options.suppliedBaselineStatistics(),
                    "is not a ClarifyCheckStep keyword (a Clarify baseline is one analysis.json)",
                    "pass the previous analysis.json as suppliedBaselineConstraints");
        }
        DataConfig data = config.dataConfig();
        ObjectNode analysis = config.analysisConfig();
        ((ObjectNode) analysis.get("methods")).putObject("report").put("name", "report")
                .put("title", "Analysis Report");
        String base = data.s3AnalysisConfigOutputPath() != null && !data.s3AnalysisConfigOutputPath().isEmpty()
                ? data.s3AnalysisConfigOutputPath() : data.s3OutputPath();
        String configUri = upload(job.session(), analysis, base, config.kmsKey());
        ProcessingInput configInput = ProcessingInput.builder().inputName("analysis_config").source(configUri)
                .destination(CONFIG_INPUT).s3DataType("S3Prefix").s3InputMode("File").s3CompressionType("None")
                .build();
        ProcessingInput dataInput = ProcessingInput.builder().inputName("dataset").source(data.s3DataInputPath())
                .destination(DATA_INPUT).s3DataType("S3Prefix").s3InputMode("File")
                .s3DataDistributionType(data.s3DataDistributionType()).s3CompressionType(data.s3CompressionType())
                .build();
        ProcessingOutput output = ProcessingOutput.builder().source(OUTPUT).destination(data.s3OutputPath())
                .outputName("analysis_result").s3UploadMode("application/x-image".equals(
                        analysis.path("dataset_type").asText()) ? "Continuous" : "EndOfJob").build();
        String jobName = Names.nameFromBase(job.baseJobName() != null ? job.baseJobName() : "Clarify-Check");
        Processor processor = job.processor("clarify", job.env());
        return processor.request(Processor.RunOptions.builder().inputs(List.of(configInput, dataInput))
                .outputs(List.of(output)).jobName(jobName).build());
    }

    /** Python's {@code _upload_analysis_config}: {@code <base>/analysis_config.json}. */
    private static String upload(Session session, ObjectNode analysis, String base, String kmsKey) {
        if (base == null || !base.startsWith("s3://") || base.length() <= "s3://".length()) {
            throw new ValidationException("s3AnalysisConfigOutputPath", base, "is not an s3:// URI (the analysis"
                    + " configuration is uploaded when the step is built, so it cannot be a pipeline variable)",
                    "set the DataConfig's s3AnalysisConfigOutputPath (or s3OutputPath) to an s3:// prefix");
        }
        String rest = base.substring("s3://".length()).replaceAll("/+$", "");
        int slash = rest.indexOf('/');
        String bucket = slash < 0 ? rest : rest.substring(0, slash);
        String key = (slash < 0 ? "" : rest.substring(slash + 1) + "/") + "analysis_config.json";
        String body;
        try {
            body = MAPPER.writeValueAsString(analysis);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        return session.uploadStringAsFileBody(body, u -> u.bucket(bucket).key(key).kmsKey(kmsKey));
    }

    /**
     * Python's {@code clarify_check_config}.
     *
     * @return the configuration
     */
    public ClarifyCheckConfig clarifyCheckConfig() {
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
        node.set("SuppliedBaselineConstraints", Json.toNode(check.suppliedBaselineConstraints()));
        if (config.modelName() != null) {
            node.put("ModelName", config.modelName());
        }
    }

    /**
     * Python's properties: {@code CalculatedBaselineConstraints} (the Clarify job's analysis.json) and
     * {@code BaselineUsedForDriftCheckConstraints}; the statistics properties belong to QualityCheck steps.
     *
     * @return the properties
     */
    @Override
    public QualityCheckStep.CheckProperties properties() {
        return new QualityCheckStep.CheckProperties(name());
    }
}
