/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.clarify;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sagemaker4j.ImageUris;
import dev.sagemaker4j.Session;
import dev.sagemaker4j.clarify.internal.Json;
import dev.sagemaker4j.exceptions.ValidationException;
import dev.sagemaker4j.processing.ProcessingInput;
import dev.sagemaker4j.processing.ProcessingJob;
import dev.sagemaker4j.processing.ProcessingOutput;
import dev.sagemaker4j.processing.ProcessorBase;
import dev.sagemaker4j.utils.Names;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Python's {@code sagemaker.clarify.SageMakerClarifyProcessor}: a processing job on the Clarify image
 * ({@code sagemaker-clarify-processing}, as {@code image_uris.retrieve("clarify", region, version)} gives it) that
 * computes bias metrics and explanations. Each {@code run*} method builds the {@code analysis_config.json} Python
 * builds, uploads it next to the output ({@code s3_analysis_config_output_path}, else {@code s3_output_path}) and
 * runs the job with the inputs {@code dataset} and {@code analysis_config} and the output {@code analysis_result}
 * ({@code analysis.json} and {@code report.html}).
 *
 * <pre>{@code
 * SageMakerClarifyProcessor clarify = SageMakerClarifyProcessor.builder().role(role).instanceCount(1)
 *         .instanceType("local").session(session).build();
 * clarify.runPreTrainingBias(data, bias);
 * JsonNode analysis = JSON.readTree(session.readS3(data.s3OutputPath() + "/analysis.json"));
 * }</pre>
 *
 * <p>On the local backend the image's program runs in-process: pre-training metrics from the data set, post-training
 * metrics from the predictions of a shadow endpoint it creates for {@code ModelConfig.modelName} (and deletes when
 * done). Bad input (a facet that is not a column, a label value that never occurs, ragged rows) fails the job
 * with a {@code ClientError} reason.
 */
public final class SageMakerClarifyProcessor extends ProcessorBase {
    /** The container path of the data set input. */
    static final String CLARIFY_DATA_INPUT = "/opt/ml/processing/input/data";
    /** The container path of the analysis config input. */
    static final String CLARIFY_CONFIG_INPUT = "/opt/ml/processing/input/config";
    /** The container path of the output. */
    static final String CLARIFY_OUTPUT = "/opt/ml/processing/output";
    static final JsonNode ALL = Json.F.textNode("all");

    private final String jobNamePrefix;
    private final boolean skipEarlyValidation;
    private volatile ObjectNode lastAnalysisConfig;

    private SageMakerClarifyProcessor(Builder b) {
        super(b);
        this.jobNamePrefix = b.jobNamePrefix;
        this.skipEarlyValidation = b.skipEarlyValidation;
    }

    /**
     * A new builder.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Python's {@code job_name_prefix}.
     *
     * @return the prefix, or null
     */
    public String jobNamePrefix() {
        return jobNamePrefix;
    }

    /**
     * Python's {@code skip_early_validation}.
     *
     * @return whether the analysis config's schema check is skipped
     */
    public boolean skipEarlyValidation() {
        return skipEarlyValidation;
    }

    /**
     * Python's {@code _last_analysis_config}: the analysis config of the latest run (for debugging).
     *
     * @return a copy, or null before the first run
     */
    public ObjectNode lastAnalysisConfig() {
        ObjectNode c = lastAnalysisConfig;
        return c == null ? null : c.deepCopy();
    }

    // ---- run_pre_training_bias ----

    /**
     * Python's {@code run_pre_training_bias(data_config, data_bias_config)}: every pre-training metric; waits.
     *
     * @param dataConfig     the data set and output
     * @param dataBiasConfig the sensitive groups
     * @return the job
     * @throws dev.sagemaker4j.exceptions.UnexpectedStatusException when the job fails
     */
    public ProcessingJob runPreTrainingBias(DataConfig dataConfig, BiasConfig dataBiasConfig) {
        return runPreTrainingBias(dataConfig, dataBiasConfig, RunPreTrainingBiasOptions.builder().build());
    }

    /**
     * Python's {@code run_pre_training_bias(data_config, data_bias_config, methods='all', wait=True, logs=True,
     * job_name=None, kms_key=None, experiment_config=None)}: CI, DPL, KL, JS, LP, TVD, KS and CDDL of the labels.
     *
     * @param dataConfig     the data set and output
     * @param dataBiasConfig the sensitive groups
     * @param options        the keywords
     * @return the job
     */
    public ProcessingJob runPreTrainingBias(DataConfig dataConfig, BiasConfig dataBiasConfig,
            Consumer<RunPreTrainingBiasOptions.Builder> options) {
        return runPreTrainingBias(dataConfig, dataBiasConfig, RunPreTrainingBiasOptions.of(options));
    }

    /**
     * Python's {@code run_pre_training_bias} with kept options; see {@link #runPreTrainingBias(DataConfig,
     * BiasConfig, Consumer)}.
     *
     * @param dataConfig     the data set and output
     * @param dataBiasConfig the sensitive groups
     * @param options        the options
     * @return the job
     */
    public ProcessingJob runPreTrainingBias(DataConfig dataConfig, BiasConfig dataBiasConfig,
            RunPreTrainingBiasOptions options) {
        ObjectNode config = biasPreTraining(require("dataConfig", dataConfig),
                require("dataBiasConfig", dataBiasConfig), options.methods());
        return run(dataConfig, config, options.waitForJob(), options.logs(),
                jobName(options.jobName(), "Clarify-Pretraining-Bias"), options.kmsKey(), options.experimentConfig());
    }

    // ---- run_post_training_bias ----

    /**
     * Python's {@code run_post_training_bias(data_config, data_bias_config, model_config)}: every post-training
     * metric of the model's predictions; waits.
     *
     * @param dataConfig     the data set and output
     * @param dataBiasConfig the sensitive groups
     * @param modelConfig    the model (a shadow endpoint) or endpoint
     * @return the job
     */
    public ProcessingJob runPostTrainingBias(DataConfig dataConfig, BiasConfig dataBiasConfig,
            ModelConfig modelConfig) {
        return runPostTrainingBias(dataConfig, dataBiasConfig,
                RunPostTrainingBiasOptions.builder().modelConfig(modelConfig).build());
    }

    /**
     * Python's {@code run_post_training_bias(data_config, data_bias_config, model_config=None,
     * model_predicted_label_config=None, methods='all', wait=True, logs=True, job_name=None, kms_key=None,
     * experiment_config=None)}: DPPL, DI, DCA, DCR, RD, DAR, DRR, AD, CDDPL, TE and FT.
     *
     * @param dataConfig     the data set and output
     * @param dataBiasConfig the sensitive groups
     * @param options        the keywords
     * @return the job
     */
    public ProcessingJob runPostTrainingBias(DataConfig dataConfig, BiasConfig dataBiasConfig,
            Consumer<RunPostTrainingBiasOptions.Builder> options) {
        return runPostTrainingBias(dataConfig, dataBiasConfig, RunPostTrainingBiasOptions.of(options));
    }

    /**
     * Python's {@code run_post_training_bias} with kept options.
     *
     * @param dataConfig     the data set and output
     * @param dataBiasConfig the sensitive groups
     * @param options        the options
     * @return the job
     */
    public ProcessingJob runPostTrainingBias(DataConfig dataConfig, BiasConfig dataBiasConfig,
            RunPostTrainingBiasOptions options) {
        ObjectNode config = biasPostTraining(require("dataConfig", dataConfig),
                require("dataBiasConfig", dataBiasConfig), options.modelPredictedLabelConfig(), options.methods(),
                options.modelConfig());
        return run(dataConfig, config, options.waitForJob(), options.logs(),
                jobName(options.jobName(), "Clarify-Posttraining-Bias"), options.kmsKey(),
                options.experimentConfig());
    }

    // ---- run_bias ----

    /**
     * Python's {@code run_bias(data_config, bias_config, model_config)}: every pre- and post-training metric.
     *
     * @param dataConfig  the data set and output
     * @param biasConfig  the sensitive groups
     * @param modelConfig the model (a shadow endpoint) or endpoint
     * @return the job
     */
    public ProcessingJob runBias(DataConfig dataConfig, BiasConfig biasConfig, ModelConfig modelConfig) {
        return runBias(dataConfig, biasConfig, RunBiasOptions.builder().modelConfig(modelConfig).build());
    }

    /**
     * Python's {@code run_bias(data_config, bias_config, model_config=None, model_predicted_label_config=None,
     * pre_training_methods='all', post_training_methods='all', wait=True, logs=True, job_name=None, kms_key=None,
     * experiment_config=None)}.
     *
     * @param dataConfig the data set and output
     * @param biasConfig the sensitive groups
     * @param options    the keywords
     * @return the job
     */
    public ProcessingJob runBias(DataConfig dataConfig, BiasConfig biasConfig,
            Consumer<RunBiasOptions.Builder> options) {
        return runBias(dataConfig, biasConfig, RunBiasOptions.of(options));
    }

    /**
     * Python's {@code run_bias} with kept options.
     *
     * @param dataConfig the data set and output
     * @param biasConfig the sensitive groups
     * @param options    the options
     * @return the job
     */
    public ProcessingJob runBias(DataConfig dataConfig, BiasConfig biasConfig, RunBiasOptions options) {
        ObjectNode config = bias(require("dataConfig", dataConfig), require("biasConfig", biasConfig),
                options.modelConfig(), options.modelPredictedLabelConfig(), options.preTrainingMethods(),
                options.postTrainingMethods());
        return run(dataConfig, config, options.waitForJob(), options.logs(),
                jobName(options.jobName(), "Clarify-Bias"), options.kmsKey(), options.experimentConfig());
    }

    // ---- run_explainability ----

    /**
     * Python's {@code run_explainability(data_config, model_config, explainability_config)}; waits.
     *
     * @param dataConfig           the data set and output
     * @param modelConfig          the model (a shadow endpoint) or endpoint
     * @param explainabilityConfig the method, e.g. a {@code SHAPConfig}
     * @return the job
     */
    public ProcessingJob runExplainability(DataConfig dataConfig, ModelConfig modelConfig,
            ExplainabilityConfig explainabilityConfig) {
        return runExplainability(dataConfig, modelConfig,
                RunExplainabilityOptions.builder().explainabilityConfig(explainabilityConfig).build());
    }

    /**
     * Python's {@code run_explainability(data_config, model_config, explainability_config, model_scores=None,
     * wait=True, logs=True, job_name=None, kms_key=None, experiment_config=None)}, with the third required
     * argument named: {@code runExplainability(data, model, o -> o.explainabilityConfig(shap).modelScores(0))}.
     *
     * @param dataConfig  the data set and output
     * @param modelConfig the model (a shadow endpoint) or endpoint
     * @param options     the keywords ({@code explainabilityConfig} required)
     * @return the job
     */
    public ProcessingJob runExplainability(DataConfig dataConfig, ModelConfig modelConfig,
            Consumer<RunExplainabilityOptions.Builder> options) {
        return runExplainability(dataConfig, modelConfig, RunExplainabilityOptions.of(options));
    }

    /**
     * Python's {@code run_explainability} with kept options.
     *
     * @param dataConfig  the data set and output
     * @param modelConfig the model (a shadow endpoint) or endpoint
     * @param options     the options
     * @return the job
     */
    public ProcessingJob runExplainability(DataConfig dataConfig, ModelConfig modelConfig,
            RunExplainabilityOptions options) {
        Object scores = options.modelScores();
        ModelPredictedLabelConfig labelConfig = scores instanceof ModelPredictedLabelConfig m ? m : null;
        ObjectNode config = explainability(require("dataConfig", dataConfig), require("modelConfig", modelConfig),
                labelConfig, requireExplainability(options.explainabilityConfig()));
        if (labelConfig == null && scores != null && config.has("predictor")) {
            ((ObjectNode) config.get("predictor")).set("label", Json.value("modelScores", scores));
        }
        return run(dataConfig, config, options.waitForJob(), options.logs(),
                jobName(options.jobName(), "Clarify-Explainability"), options.kmsKey(), options.experimentConfig());
    }

    // ---- run_bias_and_explainability ----

    /**
     * Python's {@code run_bias_and_explainability(data_config, model_config, explainability_config, bias_config,
     * pre_training_methods='all', post_training_methods='all', model_predicted_label_config=None, wait=True,
     * logs=True, job_name=None, kms_key=None, experiment_config=None)}, with the third and fourth required
     * arguments named: {@code runBiasAndExplainability(data, model, o -> o.explainabilityConfig(shap)
     * .biasConfig(bias))}.
     *
     * @param dataConfig  the data set and output
     * @param modelConfig the model (a shadow endpoint) or endpoint
     * @param options     the keywords ({@code explainabilityConfig} and {@code biasConfig} required)
     * @return the job
     */
    public ProcessingJob runBiasAndExplainability(DataConfig dataConfig, ModelConfig modelConfig,
            Consumer<RunBiasAndExplainabilityOptions.Builder> options) {
        return runBiasAndExplainability(dataConfig, modelConfig, RunBiasAndExplainabilityOptions.of(options));
    }

    /**
     * Python's {@code run_bias_and_explainability} with kept options.
     *
     * @param dataConfig  the data set and output
     * @param modelConfig the model (a shadow endpoint) or endpoint
     * @param options     the options
     * @return the job
     */
    public ProcessingJob runBiasAndExplainability(DataConfig dataConfig, ModelConfig modelConfig,
            RunBiasAndExplainabilityOptions options) {
        ObjectNode config = biasAndExplainability(require("dataConfig", dataConfig), modelConfig,
                options.modelPredictedLabelConfig(), requireExplainability(options.explainabilityConfig()),
                require("biasConfig", options.biasConfig()), options.preTrainingMethods(),
                options.postTrainingMethods());
        return run(dataConfig, config, options.waitForJob(), options.logs(),
                jobName(options.jobName(), "Clarify-Bias-And-Explainability"), options.kmsKey(),
                options.experimentConfig());
    }

    // ---- Python's _run ----

    private ProcessingJob run(DataConfig dataConfig, ObjectNode analysisConfig, boolean wait, boolean logs,
            String jobName, String kmsKey, Map<String, String> experimentConfig) {
        lastAnalysisConfig = analysisConfig.deepCopy();
        if (!skipEarlyValidation) {
            validate(analysisConfig);
        }
        RunOptions check = RunOptions.builder().wait(wait).logs(logs).build();
        checkRunOptions(check);
        String body;
        try {
            body = Json.MAPPER.writeValueAsString(analysisConfig);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        String base = dataConfig.s3AnalysisConfigOutputPath() != null ? dataConfig.s3AnalysisConfigOutputPath()
                : dataConfig.s3OutputPath();
        String configUri = upload(body, base.replaceAll("/+$", "") + "/analysis_config.json", kmsKey);
        ProcessingInput configInput = ProcessingInput.builder().inputName("analysis_config").source(configUri)
                .destination(CLARIFY_CONFIG_INPUT).s3DataType("S3Prefix").s3InputMode("File")
                .s3CompressionType("None").build();
        ProcessingInput dataInput = ProcessingInput.builder().inputName("dataset")
                .source(dataConfig.s3DataInputPath()).destination(CLARIFY_DATA_INPUT).s3DataType("S3Prefix")
                .s3InputMode("File").s3DataDistributionType(dataConfig.s3DataDistributionType())
                .s3CompressionType(dataConfig.s3CompressionType()).build();
        ProcessingOutput output = ProcessingOutput.builder().source(CLARIFY_OUTPUT)
                .destination(dataConfig.s3OutputPath()).outputName("analysis_result")
                .s3UploadMode("application/x-image".equals(analysisConfig.path("dataset_type").asText())
                        ? "Continuous" : "EndOfJob").build();
        RunOptions.Builder r = RunOptions.builder().inputs(List.of(dataInput, configInput)).outputs(List.of(output))
                .wait(wait).logs(logs).jobName(jobName).kmsKey(kmsKey);
        if (experimentConfig != null) {
            r.experimentConfig(experimentConfig);
        }
        RunOptions runOptions = r.build();
        return start(buildRequest(jobName, runOptions, List.of(), null, null), runOptions);
    }

    private String upload(String body, String uri, String kmsKey) {
        if (!uri.startsWith("s3://")) {
            throw new ValidationException("s3OutputPath", uri, "is not an s3:// URI",
                    "pass an s3:// prefix for the output (file:// data goes through session.uploadData first)");
        }
        String rest = uri.substring("s3://".length());
        int slash = rest.indexOf('/');
        String bucket = rest.substring(0, slash);
        String key = rest.substring(slash + 1);
        return session().uploadStringAsFileBody(body, u -> u.bucket(bucket).key(key).kmsKey(kmsKey));
    }

    private String jobName(String given, String defaultPrefix) {
        if (given != null && !given.isEmpty()) {
            return given;
        }
        return Names.nameFromBase(jobNamePrefix != null && !jobNamePrefix.isEmpty() ? jobNamePrefix : defaultPrefix);
    }

    private static <T> T require(String field, T value) {
        if (value == null) {
            throw new ValidationException(field, null, "is missing", "pass the " + field);
        }
        return value;
    }

    private static List<ExplainabilityConfig> requireExplainability(List<ExplainabilityConfig> configs) {
        if (configs == null) {
            throw new ValidationException("explainabilityConfig", null, "is missing (a required argument)",
                    "name it: o -> o.explainabilityConfig(shapConfig)");
        }
        return configs;
    }

    /** What the service's schema check finds before sending: the parts the local program needs. */
    private static void validate(ObjectNode c) {
        JsonNode methods = c.path("methods");
        if ((methods.has("pre_training_bias") || methods.has("post_training_bias")) && !c.has("label")
                && !c.has("predicted_label")) {
            throw new ValidationException("label", null, "is missing from the data config, and the bias metrics"
                    + " compare label values", "set DataConfig.builder().label(...)");
        }
        JsonNode headers = c.path("headers");
        if (headers.isArray() && c.has("facet")) {
            Set<String> names = new HashSet<>();
            headers.forEach(h -> names.add(h.asText()));
            for (JsonNode f : c.get("facet")) {
                JsonNode n = f.path("name_or_index");
                if (n.isTextual() && !names.contains(n.asText())) {
                    throw new ValidationException("facetName", n.asText(), "is not a column of the data set"
                            + " (headers " + headers + ")", "name one of the headers, or give the column's index");
                }
            }
            JsonNode label = c.path("label");
            if (label.isTextual() && !names.contains(label.asText())) {
                throw new ValidationException("label", label.asText(), "is not a column of the data set (headers "
                        + headers + ")", "name one of the headers, or give the column's index");
            }
            JsonNode group = c.path("group_variable");
            if (group.isTextual() && !names.contains(group.asText())) {
                throw new ValidationException("groupName", group.asText(), "is not a column of the data set"
                        + " (headers " + headers + ")", "name one of the headers");
            }
        }
    }

    // ---- Python's _AnalysisConfigGenerator ----

    static ObjectNode biasPreTraining(DataConfig dataConfig, BiasConfig biasConfig, JsonNode methods) {
        ObjectNode c = merge(dataConfig.analysisConfig(), biasConfig.analysisConfig());
        return addMethods(c, methods, null, null);
    }

    static ObjectNode biasPostTraining(DataConfig dataConfig, BiasConfig biasConfig,
            ModelPredictedLabelConfig labelConfig, JsonNode methods, ModelConfig modelConfig) {
        ObjectNode c = merge(dataConfig.analysisConfig(), biasConfig.analysisConfig());
        c = addMethods(c, null, methods, null);
        return addPredictor(c, modelConfig, labelConfig);
    }

    static ObjectNode bias(DataConfig dataConfig, BiasConfig biasConfig, ModelConfig modelConfig,
            ModelPredictedLabelConfig labelConfig, JsonNode preTrainingMethods, JsonNode postTrainingMethods) {
        ObjectNode c = merge(dataConfig.analysisConfig(), biasConfig.analysisConfig());
        c = addMethods(c, preTrainingMethods, postTrainingMethods, null);
        return addPredictor(c, modelConfig, labelConfig);
    }

    static ObjectNode explainability(DataConfig dataConfig, ModelConfig modelConfig,
            ModelPredictedLabelConfig labelConfig, List<ExplainabilityConfig> explainabilityConfig) {
        ObjectNode c = dataConfig.analysisConfig();
        c = addPredictor(c, modelConfig, labelConfig);
        return addMethods(c, null, null, explainabilityConfig);
    }

    static ObjectNode biasAndExplainability(DataConfig dataConfig, ModelConfig modelConfig,
            ModelPredictedLabelConfig labelConfig, List<ExplainabilityConfig> explainabilityConfig,
            BiasConfig biasConfig, JsonNode preTrainingMethods, JsonNode postTrainingMethods) {
        ObjectNode c = merge(dataConfig.analysisConfig(), biasConfig.analysisConfig());
        c = addMethods(c, preTrainingMethods, postTrainingMethods, explainabilityConfig);
        return addPredictor(c, modelConfig, labelConfig);
    }

    private static ObjectNode merge(ObjectNode a, ObjectNode b) {
        ObjectNode c = a.deepCopy();
        c.setAll(b.deepCopy());
        return c;
    }

    private static ObjectNode addPredictor(ObjectNode config, ModelConfig modelConfig,
            ModelPredictedLabelConfig labelConfig) {
        ObjectNode c = config.deepCopy();
        if (modelConfig != null) {
            c.set("predictor", modelConfig.predictorConfig());
        } else {
            JsonNode methods = c.path("methods");
            if (methods.has("shap") || methods.has("pdp") || methods.has("asymmetric_shapley_value")) {
                throw new ValidationException("modelConfig", null,
                        "model_config must be provided when explainability methods are selected.",
                        "pass a ModelConfig");
            }
            if (!c.has("predicted_label_dataset_uri") && !c.has("predicted_label")) {
                throw new ValidationException("modelConfig", null, "model_config must be provided when"
                        + " `predicted_label_dataset_uri` or `predicted_label` are not provided in data_config.",
                        "pass a ModelConfig, or name the predicted label column in the DataConfig");
            }
        }
        if (labelConfig != null) {
            ObjectNode predictor = labelConfig.predictorConfig();
            if (!predictor.isEmpty() && c.has("predictor")) {
                ((ObjectNode) c.get("predictor")).setAll(predictor);
            }
            if (labelConfig.probabilityThreshold() != null) {
                c.put("probability_threshold", labelConfig.probabilityThreshold());
            }
        }
        return c;
    }

    private static ObjectNode addMethods(ObjectNode config, JsonNode preTrainingMethods,
            JsonNode postTrainingMethods, List<ExplainabilityConfig> explainabilityConfig) {
        if (truthy(preTrainingMethods) == null && truthy(postTrainingMethods) == null
                && explainabilityConfig == null) {
            throw new ValidationException("methods", null, "analysis_config must have at least one working method:"
                    + " One of the `pre_training_methods`, `post_training_methods`, `explainability_config`.",
                    "ask for \"all\" or a list of metric codes");
        }
        ObjectNode c = config.deepCopy();
        ObjectNode methods = c.has("methods") ? (ObjectNode) c.get("methods") : c.putObject("methods");
        methods.putObject("report").put("name", "report").put("title", "Analysis Report");
        if (truthy(preTrainingMethods) != null) {
            methods.putObject("pre_training_bias").set("methods", preTrainingMethods.deepCopy());
        }
        if (truthy(postTrainingMethods) != null) {
            methods.putObject("post_training_bias").set("methods", postTrainingMethods.deepCopy());
        }
        if (explainabilityConfig != null) {
            if (explainabilityConfig.isEmpty()) {
                throw new ValidationException("explainabilityConfig", explainabilityConfig,
                        "Please provide at least one explainability config.", "pass a SHAPConfig or PDPConfig");
            }
            ObjectNode merged = Json.F.objectNode();
            for (ExplainabilityConfig e : explainabilityConfig) {
                merged.setAll(Objects.requireNonNull(e, "explainabilityConfig[i]").getExplainabilityConfig());
            }
            if (merged.size() != explainabilityConfig.size()) {
                throw new ValidationException("explainabilityConfig", explainabilityConfig,
                        "Duplicate explainability configs are provided", "pass each method once");
            }
            if (!merged.has("shap") && merged.has("pdp") && !merged.get("pdp").has("features")) {
                throw new ValidationException("explainabilityConfig", explainabilityConfig,
                        "PDP features must be provided when ShapConfig is not provided",
                        "set the PDPConfig's features, or add a SHAPConfig");
            }
            methods.setAll(merged);
        }
        return c;
    }

    /** Python's truthiness of a methods argument: null, "" and [] are false. */
    private static JsonNode truthy(JsonNode methods) {
        if (methods == null || methods.isNull() || (methods.isTextual() && methods.asText().isEmpty())
                || (methods.isArray() && methods.isEmpty())) {
            return null;
        }
        return methods;
    }

    static JsonNode methodsNode(String field, String methods) {
        if (methods == null) {
            return null;
        }
        return Json.F.textNode(methods);
    }

    static JsonNode methodsNode(String field, List<String> methods) {
        if (methods == null) {
            return null;
        }
        ArrayNode a = Json.F.arrayNode();
        for (String m : methods) {
            if (m == null || m.isBlank()) {
                throw new ValidationException(field, methods, "holds an empty metric code",
                        "list metric codes such as \"CI\" or \"DPPL\", or pass \"all\"");
            }
            a.add(m);
        }
        return a;
    }

    /** Builds a {@link SageMakerClarifyProcessor}; each method is a keyword of Python's constructor. */
    public static final class Builder extends AbstractBuilder<Builder, SageMakerClarifyProcessor> {
        private String version;
        private String jobNamePrefix;
        private boolean skipEarlyValidation;
        private Session chosenSession;

        private Builder() {
        }

        @Override
        public Builder session(Session session) {
            this.chosenSession = session;
            return super.session(session);
        }

        /**
         * Sets {@code version} (default {@code None}: the latest): the Clarify image's version.
         *
         * @param v e.g. {@code 1.0}
         * @return this builder
         */
        public Builder version(String v) {
            this.version = v;
            return this;
        }

        /**
         * Sets {@code job_name_prefix} (default {@code None}: the method's own, e.g.
         * {@code Clarify-Pretraining-Bias}).
         *
         * @param v the prefix
         * @return this builder
         */
        public Builder jobNamePrefix(String v) {
            this.jobNamePrefix = v;
            return this;
        }

        /**
         * Sets {@code skip_early_validation} (default {@code False}): skips the checks of the analysis config
         * made before the job is sent.
         *
         * @param v whether to skip them
         * @return this builder
         */
        public Builder skipEarlyValidation(boolean v) {
            this.skipEarlyValidation = v;
            return this;
        }

        /**
         * The processor, on the image {@code image_uris.retrieve("clarify", region, version)}.
         *
         * @return the processor
         * @throws ValidationException for a missing role, instance type or session
         */
        @Override
        public SageMakerClarifyProcessor build() {
            Session s = chosenSession;
            if (s == null) {
                s = Session.local();
                session(s);
            }
            imageUri(ImageUris.retrieve("clarify", s.region(), version));
            return new SageMakerClarifyProcessor(this);
        }
    }

    /**
     * The keywords of Python's {@code run_pre_training_bias(data_config, data_bias_config, methods='all', wait=True, logs=True, job_name=None, kms_key=None, experiment_config=None)}. Immutable.
     */
    public static final class RunPreTrainingBiasOptions {
        private final JsonNode methods;
        private final boolean waitForJob;
        private final boolean logs;
        private final String jobName;
        private final String kmsKey;
        private final Map<String, String> experimentConfig;

        private RunPreTrainingBiasOptions(Builder b) {
            this.methods = b.methods;
            this.waitForJob = b.waitForJob;
            this.logs = b.logs;
            this.jobName = b.jobName;
            this.kmsKey = b.kmsKey;
            this.experimentConfig = b.experimentConfig;
        }

        /**
         * A new builder with Python's defaults.
         *
         * @return the builder
         */
        public static Builder builder() {
            return new Builder();
        }

        static RunPreTrainingBiasOptions of(Consumer<Builder> options) {
            Builder b = builder();
            options.accept(b);
            return b.build();
        }

        /**
         * A builder holding these options.
         *
         * @return the builder
         */
        public Builder toBuilder() {
            Builder b = new Builder();
            b.methods = methods;
            b.waitForJob = waitForJob;
            b.logs = logs;
            b.jobName = jobName;
            b.kmsKey = kmsKey;
            b.experimentConfig = experimentConfig;
            return b;
        }

        /**
         * Python's {@code methods}: the metrics to compute: "all" or a list of metric codes.
         *
         * @return the value
         */
        public JsonNode methods() {
            return methods;
        }

        /**
         * Python's {@code wait}: whether the call waits until the job completes.
         *
         * @return the value
         */
        public boolean waitForJob() {
            return waitForJob;
        }

        /**
         * Python's {@code logs}: whether the job's log is shown (only with wait).
         *
         * @return the value
         */
        public boolean logs() {
            return logs;
        }

        /**
         * Python's {@code job_name}: the processing job's name; generated from job_name_prefix or the method's default prefix when not set.
         *
         * @return the value
         */
        public String jobName() {
            return jobName;
        }

        /**
         * Python's {@code kms_key}: the KMS key of the uploaded analysis config.
         *
         * @return the value
         */
        public String kmsKey() {
            return kmsKey;
        }

        /**
         * Python's {@code experiment_config}: the experiment configuration (ExperimentName, TrialName, TrialComponentDisplayName, RunName).
         *
         * @return the value
         */
        public Map<String, String> experimentConfig() {
            return experimentConfig;
        }

        @Override
        public boolean equals(Object o) {
            if (!(o instanceof RunPreTrainingBiasOptions)) {
                return false;
            }
            RunPreTrainingBiasOptions x = (RunPreTrainingBiasOptions) o;
            return Objects.equals(methods, x.methods) && waitForJob == x.waitForJob && logs == x.logs && Objects.equals(jobName, x.jobName) && Objects.equals(kmsKey, x.kmsKey) && Objects.equals(experimentConfig, x.experimentConfig);
        }

        @Override
        public int hashCode() {
            return Objects.hash(methods, waitForJob, logs, jobName, kmsKey, experimentConfig);
        }

        @Override
        public String toString() {
            return "RunPreTrainingBiasOptions[" + "methods=" + methods + ", " + "waitForJob=" + waitForJob + ", " + "logs=" + logs + ", " + "jobName=" + jobName + ", " + "kmsKey=" + kmsKey + ", " + "experimentConfig=" + experimentConfig + "]";
        }

        /** Builds {@link RunPreTrainingBiasOptions}; each method is a keyword of Python's method. */
        public static final class Builder {
            private JsonNode methods = ALL;
            private boolean waitForJob = true;
            private boolean logs = true;
            private String jobName = null;
            private String kmsKey = null;
            private Map<String, String> experimentConfig = null;

            private Builder() {
            }

            /**
             * Sets Python's {@code methods} (default {@code 'all'}): the metrics to compute: "all" or a list of metric codes.
             *
             * @param v the value
             * @return this builder
             */
            public Builder methods(String v) {
                this.methods = methodsNode("methods", v);
                return this;
            }

            /**
             * Sets Python's {@code methods} (default {@code 'all'}): the metrics to compute: "all" or a list of metric codes.
             *
             * @param v the value
             * @return this builder
             */
            public Builder methods(List<String> v) {
                this.methods = methodsNode("methods", v);
                return this;
            }

            /**
             * Sets Python's {@code wait} (default {@code True}): whether the call waits until the job completes.
             *
             * @param v the value
             * @return this builder
             */
            public Builder wait(boolean v) {
                this.waitForJob = v;
                return this;
            }

            /**
             * Sets Python's {@code logs} (default {@code True}): whether the job's log is shown (only with wait).
             *
             * @param v the value
             * @return this builder
             */
            public Builder logs(boolean v) {
                this.logs = v;
                return this;
            }

            /**
             * Sets Python's {@code job_name} (default {@code None}): the processing job's name; generated from job_name_prefix or the method's default prefix when not set.
             *
             * @param v the value
             * @return this builder
             */
            public Builder jobName(String v) {
                this.jobName = v;
                return this;
            }

            /**
             * Sets Python's {@code kms_key} (default {@code None}): the KMS key of the uploaded analysis config.
             *
             * @param v the value
             * @return this builder
             */
            public Builder kmsKey(String v) {
                this.kmsKey = v;
                return this;
            }

            /**
             * Sets Python's {@code experiment_config} (default {@code None}): the experiment configuration (ExperimentName, TrialName, TrialComponentDisplayName, RunName).
             *
             * @param v the value
             * @return this builder
             */
            public Builder experimentConfig(Map<String, String> v) {
                this.experimentConfig = v == null ? null : Map.copyOf(v);
                return this;
            }

            /**
             * The options.
             *
             * @return the options
             */
            public RunPreTrainingBiasOptions build() {
                return new RunPreTrainingBiasOptions(this);
            }
        }
    }

    /**
     * The keywords of Python's {@code run_post_training_bias(data_config, data_bias_config, model_config=None, model_predicted_label_config=None, methods='all', wait=True, logs=True, job_name=None, kms_key=None, experiment_config=None)}. Immutable.
     */
    public static final class RunPostTrainingBiasOptions {
        private final ModelConfig modelConfig;
        private final ModelPredictedLabelConfig modelPredictedLabelConfig;
        private final JsonNode methods;
        private final boolean waitForJob;
        private final boolean logs;
        private final String jobName;
        private final String kmsKey;
        private final Map<String, String> experimentConfig;

        private RunPostTrainingBiasOptions(Builder b) {
            this.modelConfig = b.modelConfig;
            this.modelPredictedLabelConfig = b.modelPredictedLabelConfig;
            this.methods = b.methods;
            this.waitForJob = b.waitForJob;
            this.logs = b.logs;
            this.jobName = b.jobName;
            this.kmsKey = b.kmsKey;
            this.experimentConfig = b.experimentConfig;
        }

        /**
         * A new builder with Python's defaults.
         *
         * @return the builder
         */
        public static Builder builder() {
            return new Builder();
        }

        static RunPostTrainingBiasOptions of(Consumer<Builder> options) {
            Builder b = builder();
            options.accept(b);
            return b.build();
        }

        /**
         * A builder holding these options.
         *
         * @return the builder
         */
        public Builder toBuilder() {
            Builder b = new Builder();
            b.modelConfig = modelConfig;
            b.modelPredictedLabelConfig = modelPredictedLabelConfig;
            b.methods = methods;
            b.waitForJob = waitForJob;
            b.logs = logs;
            b.jobName = jobName;
            b.kmsKey = kmsKey;
            b.experimentConfig = experimentConfig;
            return b;
        }

        /**
         * Python's {@code model_config}: the model and its shadow endpoint; required unless the data config names predicted labels.
         *
         * @return the value
         */
        public ModelConfig modelConfig() {
            return modelConfig;
        }

        /**
         * Python's {@code model_predicted_label_config}: how to read the predicted label from the model's output.
         *
         * @return the value
         */
        public ModelPredictedLabelConfig modelPredictedLabelConfig() {
            return modelPredictedLabelConfig;
        }

        /**
         * Python's {@code methods}: the metrics to compute: "all" or a list of metric codes.
         *
         * @return the value
         */
        public JsonNode methods() {
            return methods;
        }

        /**
         * Python's {@code wait}: whether the call waits until the job completes.
         *
         * @return the value
         */
        public boolean waitForJob() {
            return waitForJob;
        }

        /**
         * Python's {@code logs}: whether the job's log is shown (only with wait).
         *
         * @return the value
         */
        public boolean logs() {
            return logs;
        }

        /**
         * Python's {@code job_name}: the processing job's name; generated from job_name_prefix or the method's default prefix when not set.
         *
         * @return the value
         */
        public String jobName() {
            return jobName;
        }

        /**
         * Python's {@code kms_key}: the KMS key of the uploaded analysis config.
         *
         * @return the value
         */
        public String kmsKey() {
            return kmsKey;
        }

        /**
         * Python's {@code experiment_config}: the experiment configuration (ExperimentName, TrialName, TrialComponentDisplayName, RunName).
         *
         * @return the value
         */
        public Map<String, String> experimentConfig() {
            return experimentConfig;
        }

        @Override
        public boolean equals(Object o) {
            if (!(o instanceof RunPostTrainingBiasOptions)) {
                return false;
            }
            RunPostTrainingBiasOptions x = (RunPostTrainingBiasOptions) o;
            return Objects.equals(modelConfig, x.modelConfig) && Objects.equals(modelPredictedLabelConfig, x.modelPredictedLabelConfig) && Objects.equals(methods, x.methods) && waitForJob == x.waitForJob && logs == x.logs && Objects.equals(jobName, x.jobName) && Objects.equals(kmsKey, x.kmsKey) && Objects.equals(experimentConfig, x.experimentConfig);
        }

        @Override
        public int hashCode() {
            return Objects.hash(modelConfig, modelPredictedLabelConfig, methods, waitForJob, logs, jobName, kmsKey, experimentConfig);
        }

        @Override
        public String toString() {
            return "RunPostTrainingBiasOptions[" + "modelConfig=" + modelConfig + ", " + "modelPredictedLabelConfig=" + modelPredictedLabelConfig + ", " + "methods=" + methods + ", " + "waitForJob=" + waitForJob + ", " + "logs=" + logs + ", " + "jobName=" + jobName + ", " + "kmsKey=" + kmsKey + ", " + "experimentConfig=" + experimentConfig + "]";
        }

        /** Builds {@link RunPostTrainingBiasOptions}; each method is a keyword of Python's method. */
        public static final class Builder {
            private ModelConfig modelConfig = null;
            private ModelPredictedLabelConfig modelPredictedLabelConfig = null;
            private JsonNode methods = ALL;
            private boolean waitForJob = true;
            private boolean logs = true;
            private String jobName = null;
            private String kmsKey = null;
            private Map<String, String> experimentConfig = null;

            private Builder() {
            }

            /**
             * Sets Python's {@code model_config} (default {@code None}): the model and its shadow endpoint; required unless the data config names predicted labels.
             *
             * @param v the value
             * @return this builder
             */
            public Builder modelConfig(ModelConfig v) {
                this.modelConfig = v;
                return this;
            }

            /**
             * Sets Python's {@code model_predicted_label_config} (default {@code None}): how to read the predicted label from the model's output.
             *
             * @param v the value
             * @return this builder
             */
            public Builder modelPredictedLabelConfig(ModelPredictedLabelConfig v) {
                this.modelPredictedLabelConfig = v;
                return this;
            }

            /**
             * Sets Python's {@code methods} (default {@code 'all'}): the metrics to compute: "all" or a list of metric codes.
             *
             * @param v the value
             * @return this builder
             */
            public Builder methods(String v) {
                this.methods = methodsNode("methods", v);
                return this;
            }

            /**
             * Sets Python's {@code methods} (default {@code 'all'}): the metrics to compute: "all" or a list of metric codes.
             *
             * @param v the value
             * @return this builder
             */
            public Builder methods(List<String> v) {
                this.methods = methodsNode("methods", v);
                return this;
            }

            /**
             * Sets Python's {@code wait} (default {@code True}): whether the call waits until the job completes.
             *
             * @param v the value
             * @return this builder
             */
            public Builder wait(boolean v) {
                this.waitForJob = v;
                return this;
            }

            /**
             * Sets Python's {@code logs} (default {@code True}): whether the job's log is shown (only with wait).
             *
             * @param v the value
             * @return this builder
             */
            public Builder logs(boolean v) {
                this.logs = v;
                return this;
            }

            /**
             * Sets Python's {@code job_name} (default {@code None}): the processing job's name; generated from job_name_prefix or the method's default prefix when not set.
             *
             * @param v the value
             * @return this builder
             */
            public Builder jobName(String v) {
                this.jobName = v;
                return this;
            }

            /**
             * Sets Python's {@code kms_key} (default {@code None}): the KMS key of the uploaded analysis config.
             *
             * @param v the value
             * @return this builder
             */
            public Builder kmsKey(String v) {
                this.kmsKey = v;
                return this;
            }

            /**
             * Sets Python's {@code experiment_config} (default {@code None}): the experiment configuration (ExperimentName, TrialName, TrialComponentDisplayName, RunName).
             *
             * @param v the value
             * @return this builder
             */
            public Builder experimentConfig(Map<String, String> v) {
                this.experimentConfig = v == null ? null : Map.copyOf(v);
                return this;
            }

            /**
             * The options.
             *
             * @return the options
             */
            public RunPostTrainingBiasOptions build() {
                return new RunPostTrainingBiasOptions(this);
            }
        }
    }

    /**
     * The keywords of Python's {@code run_bias(data_config, bias_config, model_config=None, model_predicted_label_config=None, pre_training_methods='all', post_training_methods='all', wait=True, logs=True, job_name=None, kms_key=None, experiment_config=None)}. Immutable.
     */
    public static final class RunBiasOptions {
        private final ModelConfig modelConfig;
        private final ModelPredictedLabelConfig modelPredictedLabelConfig;
        private final JsonNode preTrainingMethods;
        private final JsonNode postTrainingMethods;
        private final boolean waitForJob;
        private final boolean logs;
        private final String jobName;
        private final String kmsKey;
        private final Map<String, String> experimentConfig;

        private RunBiasOptions(Builder b) {
            this.modelConfig = b.modelConfig;
            this.modelPredictedLabelConfig = b.modelPredictedLabelConfig;
            this.preTrainingMethods = b.preTrainingMethods;
            this.postTrainingMethods = b.postTrainingMethods;
            this.waitForJob = b.waitForJob;
            this.logs = b.logs;
            this.jobName = b.jobName;
            this.kmsKey = b.kmsKey;
            this.experimentConfig = b.experimentConfig;
        }

        /**
         * A new builder with Python's defaults.
         *
         * @return the builder
         */
        public static Builder builder() {
            return new Builder();
        }

        static RunBiasOptions of(Consumer<Builder> options) {
            Builder b = builder();
            options.accept(b);
            return b.build();
        }

        /**
         * A builder holding these options.
         *
         * @return the builder
         */
        public Builder toBuilder() {
            Builder b = new Builder();
            b.modelConfig = modelConfig;
            b.modelPredictedLabelConfig = modelPredictedLabelConfig;
            b.preTrainingMethods = preTrainingMethods;
            b.postTrainingMethods = postTrainingMethods;
            b.waitForJob = waitForJob;
            b.logs = logs;
            b.jobName = jobName;
            b.kmsKey = kmsKey;
            b.experimentConfig = experimentConfig;
            return b;
        }

        /**
         * Python's {@code model_config}: the model and its shadow endpoint; required unless the data config names predicted labels.
         *
         * @return the value
         */
        public ModelConfig modelConfig() {
            return modelConfig;
        }

        /**
         * Python's {@code model_predicted_label_config}: how to read the predicted label from the model's output.
         *
         * @return the value
         */
        public ModelPredictedLabelConfig modelPredictedLabelConfig() {
            return modelPredictedLabelConfig;
        }

        /**
         * Python's {@code pre_training_methods}: the metrics to compute: "all" or a list of metric codes.
         *
         * @return the value
         */
        public JsonNode preTrainingMethods() {
            return preTrainingMethods;
        }

        /**
         * Python's {@code post_training_methods}: the metrics to compute: "all" or a list of metric codes.
         *
         * @return the value
         */
        public JsonNode postTrainingMethods() {
            return postTrainingMethods;
        }

        /**
         * Python's {@code wait}: whether the call waits until the job completes.
         *
         * @return the value
         */
        public boolean waitForJob() {
            return waitForJob;
        }

        /**
         * Python's {@code logs}: whether the job's log is shown (only with wait).
         *
         * @return the value
         */
        public boolean logs() {
            return logs;
        }

        /**
         * Python's {@code job_name}: the processing job's name; generated from job_name_prefix or the method's default prefix when not set.
         *
         * @return the value
         */
        public String jobName() {
            return jobName;
        }

        /**
         * Python's {@code kms_key}: the KMS key of the uploaded analysis config.
         *
         * @return the value
         */
        public String kmsKey() {
            return kmsKey;
        }

        /**
         * Python's {@code experiment_config}: the experiment configuration (ExperimentName, TrialName, TrialComponentDisplayName, RunName).
         *
         * @return the value
         */
        public Map<String, String> experimentConfig() {
            return experimentConfig;
        }

        @Override
        public boolean equals(Object o) {
            if (!(o instanceof RunBiasOptions)) {
                return false;
            }
            RunBiasOptions x = (RunBiasOptions) o;
            return Objects.equals(modelConfig, x.modelConfig) && Objects.equals(modelPredictedLabelConfig, x.modelPredictedLabelConfig) && Objects.equals(preTrainingMethods, x.preTrainingMethods) && Objects.equals(postTrainingMethods, x.postTrainingMethods) && waitForJob == x.waitForJob && logs == x.logs && Objects.equals(jobName, x.jobName) && Objects.equals(kmsKey, x.kmsKey) && Objects.equals(experimentConfig, x.experimentConfig);
        }

        @Override
        public int hashCode() {
            return Objects.hash(modelConfig, modelPredictedLabelConfig, preTrainingMethods, postTrainingMethods, waitForJob, logs, jobName, kmsKey, experimentConfig);
        }

        @Override
        public String toString() {
            return "RunBiasOptions[" + "modelConfig=" + modelConfig + ", " + "modelPredictedLabelConfig=" + modelPredictedLabelConfig + ", " + "preTrainingMethods=" + preTrainingMethods + ", " + "postTrainingMethods=" + postTrainingMethods + ", " + "waitForJob=" + waitForJob + ", " + "logs=" + logs + ", " + "jobName=" + jobName + ", " + "kmsKey=" + kmsKey + ", " + "experimentConfig=" + experimentConfig + "]";
        }

        /** Builds {@link RunBiasOptions}; each method is a keyword of Python's method. */
        public static final class Builder {
            private ModelConfig modelConfig = null;
            private ModelPredictedLabelConfig modelPredictedLabelConfig = null;
            private JsonNode preTrainingMethods = ALL;
            private JsonNode postTrainingMethods = ALL;
            private boolean waitForJob = true;
            private boolean logs = true;
            private String jobName = null;
            private String kmsKey = null;
            private Map<String, String> experimentConfig = null;

            private Builder() {
            }

            /**
             * Sets Python's {@code model_config} (default {@code None}): the model and its shadow endpoint; required unless the data config names predicted labels.
             *
             * @param v the value
             * @return this builder
             */
            public Builder modelConfig(ModelConfig v) {
                this.modelConfig = v;
                return this;
            }

            /**
             * Sets Python's {@code model_predicted_label_config} (default {@code None}): how to read the predicted label from the model's output.
             *
             * @param v the value
             * @return this builder
             */
            public Builder modelPredictedLabelConfig(ModelPredictedLabelConfig v) {
                this.modelPredictedLabelConfig = v;
                return this;
            }

            /**
             * Sets Python's {@code pre_training_methods} (default {@code 'all'}): the metrics to compute: "all" or a list of metric codes.
             *
             * @param v the value
             * @return this builder
             */
            public Builder preTrainingMethods(String v) {
                this.preTrainingMethods = methodsNode("preTrainingMethods", v);
                return this;
            }

            /**
             * Sets Python's {@code pre_training_methods} (default {@code 'all'}): the metrics to compute: "all" or a list of metric codes.
             *
             * @param v the value
             * @return this builder
             */
            public Builder preTrainingMethods(List<String> v) {
                this.preTrainingMethods = methodsNode("preTrainingMethods", v);
                return this;
            }

            /**
             * Sets Python's {@code post_training_methods} (default {@code 'all'}): the metrics to compute: "all" or a list of metric codes.
             *
             * @param v the value
             * @return this builder
             */
            public Builder postTrainingMethods(String v) {
                this.postTrainingMethods = methodsNode("postTrainingMethods", v);
                return this;
            }

            /**
             * Sets Python's {@code post_training_methods} (default {@code 'all'}): the metrics to compute: "all" or a list of metric codes.
             *
             * @param v the value
             * @return this builder
             */
            public Builder postTrainingMethods(List<String> v) {
                this.postTrainingMethods = methodsNode("postTrainingMethods", v);
                return this;
            }

            /**
             * Sets Python's {@code wait} (default {@code True}): whether the call waits until the job completes.
             *
             * @param v the value
             * @return this builder
             */
            public Builder wait(boolean v) {
                this.waitForJob = v;
                return this;
            }

            /**
             * Sets Python's {@code logs} (default {@code True}): whether the job's log is shown (only with wait).
             *
             * @param v the value
             * @return this builder
             */
            public Builder logs(boolean v) {
                this.logs = v;
                return this;
            }

            /**
             * Sets Python's {@code job_name} (default {@code None}): the processing job's name; generated from job_name_prefix or the method's default prefix when not set.
             *
             * @param v the value
             * @return this builder
             */
            public Builder jobName(String v) {
                this.jobName = v;
                return this;
            }

            /**
             * Sets Python's {@code kms_key} (default {@code None}): the KMS key of the uploaded analysis config.
             *
             * @param v the value
             * @return this builder
             */
            public Builder kmsKey(String v) {
                this.kmsKey = v;
                return this;
            }

            /**
             * Sets Python's {@code experiment_config} (default {@code None}): the experiment configuration (ExperimentName, TrialName, TrialComponentDisplayName, RunName).
             *
             * @param v the value
             * @return this builder
             */
            public Builder experimentConfig(Map<String, String> v) {
                this.experimentConfig = v == null ? null : Map.copyOf(v);
                return this;
            }

            /**
             * The options.
             *
             * @return the options
             */
            public RunBiasOptions build() {
                return new RunBiasOptions(this);
            }
        }
    }

    /**
     * The keywords of Python's {@code run_explainability(data_config, model_config, explainability_config, model_scores=None, wait=True, logs=True, job_name=None, kms_key=None, experiment_config=None)}. Immutable.
     */
    public static final class RunExplainabilityOptions {
        private final List<ExplainabilityConfig> explainabilityConfig;
        private final Object modelScores;
        private final boolean waitForJob;
        private final boolean logs;
        private final String jobName;
        private final String kmsKey;
        private final Map<String, String> experimentConfig;

        private RunExplainabilityOptions(Builder b) {
            this.explainabilityConfig = b.explainabilityConfig;
            this.modelScores = b.modelScores;
            this.waitForJob = b.waitForJob;
            this.logs = b.logs;
            this.jobName = b.jobName;
            this.kmsKey = b.kmsKey;
            this.experimentConfig = b.experimentConfig;
        }

        /**
         * A new builder with Python's defaults.
         *
         * @return the builder
         */
        public static Builder builder() {
            return new Builder();
        }

        static RunExplainabilityOptions of(Consumer<Builder> options) {
            Builder b = builder();
            options.accept(b);
            return b.build();
        }

        /**
         * A builder holding these options.
         *
         * @return the builder
         */
        public Builder toBuilder() {
            Builder b = new Builder();
            b.explainabilityConfig = explainabilityConfig;
            b.modelScores = modelScores;
            b.waitForJob = waitForJob;
            b.logs = logs;
            b.jobName = jobName;
            b.kmsKey = kmsKey;
            b.experimentConfig = experimentConfig;
            return b;
        }

        /**
         * Python's {@code explainability_config}: the explanation method(s) (required: Python's third positional argument).
         *
         * @return the value
         */
        public List<ExplainabilityConfig> explainabilityConfig() {
            return explainabilityConfig;
        }

        /**
         * Python's {@code model_scores}: where the model's scores are: an index, a JMESPath expression, or a ModelPredictedLabelConfig.
         *
         * @return the value
         */
        public Object modelScores() {
            return modelScores;
        }

        /**
         * Python's {@code wait}: whether the call waits until the job completes.
         *
         * @return the value
         */
        public boolean waitForJob() {
            return waitForJob;
        }

        /**
         * Python's {@code logs}: whether the job's log is shown (only with wait).
         *
         * @return the value
         */
        public boolean logs() {
            return logs;
        }

        /**
         * Python's {@code job_name}: the processing job's name; generated from job_name_prefix or the method's default prefix when not set.
         *
         * @return the value
         */
        public String jobName() {
            return jobName;
        }

        /**
         * Python's {@code kms_key}: the KMS key of the uploaded analysis config.
         *
         * @return the value
         */
        public String kmsKey() {
            return kmsKey;
        }

        /**
         * Python's {@code experiment_config}: the experiment configuration (ExperimentName, TrialName, TrialComponentDisplayName, RunName).
         *
         * @return the value
         */
        public Map<String, String> experimentConfig() {
            return experimentConfig;
        }

        @Override
        public boolean equals(Object o) {
            if (!(o instanceof RunExplainabilityOptions)) {
                return false;
            }
            RunExplainabilityOptions x = (RunExplainabilityOptions) o;
            return Objects.equals(explainabilityConfig, x.explainabilityConfig) && Objects.equals(modelScores, x.modelScores) && waitForJob == x.waitForJob && logs == x.logs && Objects.equals(jobName, x.jobName) && Objects.equals(kmsKey, x.kmsKey) && Objects.equals(experimentConfig, x.experimentConfig);
        }

        @Override
        public int hashCode() {
            return Objects.hash(explainabilityConfig, modelScores, waitForJob, logs, jobName, kmsKey, experimentConfig);
        }

        @Override
        public String toString() {
            return "RunExplainabilityOptions[" + "explainabilityConfig=" + explainabilityConfig + ", " + "modelScores=" + modelScores + ", " + "waitForJob=" + waitForJob + ", " + "logs=" + logs + ", " + "jobName=" + jobName + ", " + "kmsKey=" + kmsKey + ", " + "experimentConfig=" + experimentConfig + "]";
        }

        /** Builds {@link RunExplainabilityOptions}; each method is a keyword of Python's method. */
        public static final class Builder {
            private List<ExplainabilityConfig> explainabilityConfig = null;
            private Object modelScores = null;
            private boolean waitForJob = true;
            private boolean logs = true;
            private String jobName = null;
            private String kmsKey = null;
            private Map<String, String> experimentConfig = null;

            private Builder() {
            }

            /**
             * Sets Python's {@code explainability_config} (default {@code (required)}): the explanation method(s) (required: Python's third positional argument).
             *
             * @param v the value
             * @return this builder
             */
            public Builder explainabilityConfig(ExplainabilityConfig v) {
                this.explainabilityConfig = v == null ? null : List.of(v);
                return this;
            }

            /**
             * Sets Python's {@code explainability_config} (default {@code (required)}): the explanation method(s) (required: Python's third positional argument).
             *
             * @param v the value
             * @return this builder
             */
            public Builder explainabilityConfig(List<ExplainabilityConfig> v) {
                this.explainabilityConfig = v == null ? null : List.copyOf(v);
                return this;
            }

            /**
             * Sets Python's {@code model_scores} (default {@code None}): where the model's scores are: an index, a JMESPath expression, or a ModelPredictedLabelConfig.
             *
             * @param v the value
             * @return this builder
             */
            public Builder modelScores(int v) {
                this.modelScores = v;
                return this;
            }

            /**
             * Sets Python's {@code model_scores} (default {@code None}): where the model's scores are: an index, a JMESPath expression, or a ModelPredictedLabelConfig.
             *
             * @param v the value
             * @return this builder
             */
            public Builder modelScores(String v) {
                this.modelScores = v;
                return this;
            }

            /**
             * Sets Python's {@code model_scores} (default {@code None}): where the model's scores are: an index, a JMESPath expression, or a ModelPredictedLabelConfig.
             *
             * @param v the value
             * @return this builder
             */
            public Builder modelScores(ModelPredictedLabelConfig v) {
                this.modelScores = v;
                return this;
            }

            /**
             * Sets Python's {@code wait} (default {@code True}): whether the call waits until the job completes.
             *
             * @param v the value
             * @return this builder
             */
            public Builder wait(boolean v) {
                this.waitForJob = v;
                return this;
            }

            /**
             * Sets Python's {@code logs} (default {@code True}): whether the job's log is shown (only with wait).
             *
             * @param v the value
             * @return this builder
             */
            public Builder logs(boolean v) {
                this.logs = v;
                return this;
            }

            /**
             * Sets Python's {@code job_name} (default {@code None}): the processing job's name; generated from job_name_prefix or the method's default prefix when not set.
             *
             * @param v the value
             * @return this builder
             */
            public Builder jobName(String v) {
                this.jobName = v;
                return this;
            }

            /**
             * Sets Python's {@code kms_key} (default {@code None}): the KMS key of the uploaded analysis config.
             *
             * @param v the value
             * @return this builder
             */
            public Builder kmsKey(String v) {
                this.kmsKey = v;
                return this;
            }

            /**
             * Sets Python's {@code experiment_config} (default {@code None}): the experiment configuration (ExperimentName, TrialName, TrialComponentDisplayName, RunName).
             *
             * @param v the value
             * @return this builder
             */
            public Builder experimentConfig(Map<String, String> v) {
                this.experimentConfig = v == null ? null : Map.copyOf(v);
                return this;
            }

            /**
             * The options.
             *
             * @return the options
             */
            public RunExplainabilityOptions build() {
                return new RunExplainabilityOptions(this);
            }
        }
    }

    /**
     * The keywords of Python's {@code run_bias_and_explainability(data_config, model_config, explainability_config, bias_config, pre_training_methods='all', post_training_methods='all', model_predicted_label_config=None, wait=True, logs=True, job_name=None, kms_key=None, experiment_config=None)}. Immutable.
     */
    public static final class RunBiasAndExplainabilityOptions {
        private final List<ExplainabilityConfig> explainabilityConfig;
        private final BiasConfig biasConfig;
        private final JsonNode preTrainingMethods;
        private final JsonNode postTrainingMethods;
        private final ModelPredictedLabelConfig modelPredictedLabelConfig;
        private final boolean waitForJob;
        private final boolean logs;
        private final String jobName;
        private final String kmsKey;
        private final Map<String, String> experimentConfig;

        private RunBiasAndExplainabilityOptions(Builder b) {
            this.explainabilityConfig = b.explainabilityConfig;
            this.biasConfig = b.biasConfig;
            this.preTrainingMethods = b.preTrainingMethods;
            this.postTrainingMethods = b.postTrainingMethods;
            this.modelPredictedLabelConfig = b.modelPredictedLabelConfig;
            this.waitForJob = b.waitForJob;
            this.logs = b.logs;
            this.jobName = b.jobName;
            this.kmsKey = b.kmsKey;
            this.experimentConfig = b.experimentConfig;
        }

        /**
         * A new builder with Python's defaults.
         *
         * @return the builder
         */
        public static Builder builder() {
            return new Builder();
        }

        static RunBiasAndExplainabilityOptions of(Consumer<Builder> options) {
            Builder b = builder();
            options.accept(b);
            return b.build();
        }

        /**
         * A builder holding these options.
         *
         * @return the builder
         */
        public Builder toBuilder() {
            Builder b = new Builder();
            b.explainabilityConfig = explainabilityConfig;
            b.biasConfig = biasConfig;
            b.preTrainingMethods = preTrainingMethods;
            b.postTrainingMethods = postTrainingMethods;
            b.modelPredictedLabelConfig = modelPredictedLabelConfig;
            b.waitForJob = waitForJob;
            b.logs = logs;
            b.jobName = jobName;
            b.kmsKey = kmsKey;
            b.experimentConfig = experimentConfig;
            return b;
        }

        /**
         * Python's {@code explainability_config}: the explanation method(s) (required: Python's third positional argument).
         *
         * @return the value
         */
        public List<ExplainabilityConfig> explainabilityConfig() {
            return explainabilityConfig;
        }

        /**
         * Python's {@code bias_config}: the sensitive groups (required: Python's fourth positional argument).
         *
         * @return the value
         */
        public BiasConfig biasConfig() {
            return biasConfig;
        }

        /**
         * Python's {@code pre_training_methods}: the metrics to compute: "all" or a list of metric codes.
         *
         * @return the value
         */
        public JsonNode preTrainingMethods() {
            return preTrainingMethods;
        }

        /**
         * Python's {@code post_training_methods}: the metrics to compute: "all" or a list of metric codes.
         *
         * @return the value
         */
        public JsonNode postTrainingMethods() {
            return postTrainingMethods;
        }

        /**
         * Python's {@code model_predicted_label_config}: how to read the predicted label from the model's output.
         *
         * @return the value
         */
        public ModelPredictedLabelConfig modelPredictedLabelConfig() {
            return modelPredictedLabelConfig;
        }

        /**
         * Python's {@code wait}: whether the call waits until the job completes.
         *
         * @return the value
         */
        public boolean waitForJob() {
            return waitForJob;
        }

        /**
         * Python's {@code logs}: whether the job's log is shown (only with wait).
         *
         * @return the value
         */
        public boolean logs() {
            return logs;
        }

        /**
         * Python's {@code job_name}: the processing job's name; generated from job_name_prefix or the method's default prefix when not set.
         *
         * @return the value
         */
        public String jobName() {
            return jobName;
        }

        /**
         * Python's {@code kms_key}: the KMS key of the uploaded analysis config.
         *
         * @return the value
         */
        public String kmsKey() {
            return kmsKey;
        }

        /**
         * Python's {@code experiment_config}: the experiment configuration (ExperimentName, TrialName, TrialComponentDisplayName, RunName).
         *
         * @return the value
         */
        public Map<String, String> experimentConfig() {
            return experimentConfig;
        }

        @Override
        public boolean equals(Object o) {
            if (!(o instanceof RunBiasAndExplainabilityOptions)) {
                return false;
            }
            RunBiasAndExplainabilityOptions x = (RunBiasAndExplainabilityOptions) o;
            return Objects.equals(explainabilityConfig, x.explainabilityConfig) && Objects.equals(biasConfig, x.biasConfig) && Objects.equals(preTrainingMethods, x.preTrainingMethods) && Objects.equals(postTrainingMethods, x.postTrainingMethods) && Objects.equals(modelPredictedLabelConfig, x.modelPredictedLabelConfig) && waitForJob == x.waitForJob && logs == x.logs && Objects.equals(jobName, x.jobName) && Objects.equals(kmsKey, x.kmsKey) && Objects.equals(experimentConfig, x.experimentConfig);
        }

        @Override
        public int hashCode() {
            return Objects.hash(explainabilityConfig, biasConfig, preTrainingMethods, postTrainingMethods, modelPredictedLabelConfig, waitForJob, logs, jobName, kmsKey, experimentConfig);
        }

        @Override
        public String toString() {
            return "RunBiasAndExplainabilityOptions[" + "explainabilityConfig=" + explainabilityConfig + ", " + "biasConfig=" + biasConfig + ", " + "preTrainingMethods=" + preTrainingMethods + ", " + "postTrainingMethods=" + postTrainingMethods + ", " + "modelPredictedLabelConfig=" + modelPredictedLabelConfig + ", " + "waitForJob=" + waitForJob + ", " + "logs=" + logs + ", " + "jobName=" + jobName + ", " + "kmsKey=" + kmsKey + ", " + "experimentConfig=" + experimentConfig + "]";
        }

        /** Builds {@link RunBiasAndExplainabilityOptions}; each method is a keyword of Python's method. */
        public static final class Builder {
            private List<ExplainabilityConfig> explainabilityConfig = null;
            private BiasConfig biasConfig = null;
            private JsonNode preTrainingMethods = ALL;
            private JsonNode postTrainingMethods = ALL;
            private ModelPredictedLabelConfig modelPredictedLabelConfig = null;
            private boolean waitForJob = true;
            private boolean logs = true;
            private String jobName = null;
            private String kmsKey = null;
            private Map<String, String> experimentConfig = null;

            private Builder() {
            }

            /**
             * Sets Python's {@code explainability_config} (default {@code (required)}): the explanation method(s) (required: Python's third positional argument).
             *
             * @param v the value
             * @return this builder
             */
            public Builder explainabilityConfig(ExplainabilityConfig v) {
                this.explainabilityConfig = v == null ? null : List.of(v);
                return this;
            }

            /**
             * Sets Python's {@code explainability_config} (default {@code (required)}): the explanation method(s) (required: Python's third positional argument).
             *
             * @param v the value
             * @return this builder
             */
            public Builder explainabilityConfig(List<ExplainabilityConfig> v) {
                this.explainabilityConfig = v == null ? null : List.copyOf(v);
                return this;
            }

            /**
             * Sets Python's {@code bias_config} (default {@code (required)}): the sensitive groups (required: Python's fourth positional argument).
             *
             * @param v the value
             * @return this builder
             */
            public Builder biasConfig(BiasConfig v) {
                this.biasConfig = v;
                return this;
            }

            /**
             * Sets Python's {@code pre_training_methods} (default {@code 'all'}): the metrics to compute: "all" or a list of metric codes.
             *
             * @param v the value
             * @return this builder
             */
            public Builder preTrainingMethods(String v) {
                this.preTrainingMethods = methodsNode("preTrainingMethods", v);
                return this;
            }

            /**
             * Sets Python's {@code pre_training_methods} (default {@code 'all'}): the metrics to compute: "all" or a list of metric codes.
             *
             * @param v the value
             * @return this builder
             */
            public Builder preTrainingMethods(List<String> v) {
                this.preTrainingMethods = methodsNode("preTrainingMethods", v);
                return this;
            }

            /**
             * Sets Python's {@code post_training_methods} (default {@code 'all'}): the metrics to compute: "all" or a list of metric codes.
             *
             * @param v the value
             * @return this builder
             */
            public Builder postTrainingMethods(String v) {
                this.postTrainingMethods = methodsNode("postTrainingMethods", v);
                return this;
            }

            /**
             * Sets Python's {@code post_training_methods} (default {@code 'all'}): the metrics to compute: "all" or a list of metric codes.
             *
             * @param v the value
             * @return this builder
             */
            public Builder postTrainingMethods(List<String> v) {
                this.postTrainingMethods = methodsNode("postTrainingMethods", v);
                return this;
            }

            /**
             * Sets Python's {@code model_predicted_label_config} (default {@code None}): how to read the predicted label from the model's output.
             *
             * @param v the value
             * @return this builder
             */
            public Builder modelPredictedLabelConfig(ModelPredictedLabelConfig v) {
                this.modelPredictedLabelConfig = v;
                return this;
            }

            /**
             * Sets Python's {@code wait} (default {@code True}): whether the call waits until the job completes.
             *
             * @param v the value
             * @return this builder
             */
            public Builder wait(boolean v) {
                this.waitForJob = v;
                return this;
            }

            /**
             * Sets Python's {@code logs} (default {@code True}): whether the job's log is shown (only with wait).
             *
             * @param v the value
             * @return this builder
             */
            public Builder logs(boolean v) {
                this.logs = v;
                return this;
            }

            /**
             * Sets Python's {@code job_name} (default {@code None}): the processing job's name; generated from job_name_prefix or the method's default prefix when not set.
             *
             * @param v the value
             * @return this builder
             */
            public Builder jobName(String v) {
                this.jobName = v;
                return this;
            }

            /**
             * Sets Python's {@code kms_key} (default {@code None}): the KMS key of the uploaded analysis config.
             *
             * @param v the value
             * @return this builder
             */
            public Builder kmsKey(String v) {
                this.kmsKey = v;
                return this;
            }

            /**
             * Sets Python's {@code experiment_config} (default {@code None}): the experiment configuration (ExperimentName, TrialName, TrialComponentDisplayName, RunName).
             *
             * @param v the value
             * @return this builder
             */
            public Builder experimentConfig(Map<String, String> v) {
                this.experimentConfig = v == null ? null : Map.copyOf(v);
                return this;
            }

            /**
             * The options.
             *
             * @return the options
             */
            public RunBiasAndExplainabilityOptions build() {
                return new RunBiasAndExplainabilityOptions(this);
            }
        }
    }
}
