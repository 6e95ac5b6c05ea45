/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sagemaker4j.Session;
import dev.sagemaker4j.clarify.BiasConfig;
import dev.sagemaker4j.clarify.DataConfig;
import dev.sagemaker4j.clarify.ModelConfig;
import dev.sagemaker4j.clarify.ModelPredictedLabelConfig;
import dev.sagemaker4j.clarify.SHAPConfig;
import dev.sagemaker4j.exceptions.ValidationException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * ClarifyCheckStep's definition against the Python SDK v2.257.6's
 * {@code tests/unit/sagemaker/workflow/test_clarify_check_step.py} (its module-level dicts, in
 * {@code python-definitions/}), field by field, and the analysis configuration it uploads.
 */
class ClarifyCheckStepTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    // Python's "my_bucket" is not a valid bucket name; its mocked session never checks, the local object store does
    private static final String INPUT = "s3://my-bucket/input";
    private static final String OUTPUT = "s3://my-bucket/output";
    private static final String ANALYSIS_CONFIG_OUTPUT = "s3://my-bucket/analysis_cfg_output";

    @TempDir
    Path tmp;

    Session session() {
        return Session.builder().backend("local").root(tmp).region("us-west-2").build();
    }

    /** Python's {@code check_job_config} fixture. */
    static CheckJobConfig checkJob(Session session) {
        return CheckJobConfig.builder().role("DummyRole").instanceType("ml.m5.xlarge").instanceCount(1)
                .session(session).outputKmsKey("output_kms_key").baseJobName("CheckJobPrefix").build();
    }

    /** Python's {@code data_config} fixture. */
    static DataConfig dataConfig() {
        return DataConfig.builder().s3DataInputPath(INPUT).s3OutputPath(OUTPUT).label("fraud")
                .datasetType("text/csv").build();
    }

    /** Python's {@code bias_config} fixture. */
    static BiasConfig biasConfig() {
        return BiasConfig.builder().labelValuesOrThreshold(List.of(0)).facetName("customer_gender_female")
                .facetValuesOrThreshold(List.of(1)).build();
    }

    /** Python's {@code model_config} fixture. */
    static ModelConfig modelConfig() {
        return ModelConfig.builder().modelName("model_name").instanceType("ml.m5.xlarge").instanceCount(1)
                .acceptType("text/csv").contentType("text/csv").build();
    }

    /**
     * Python's {@code shap_config} fixture, without its {@code baseline=[]}: an empty baseline is refused here (the
     * Clarify job would fail on it); the step's definition does not hold the SHAP configuration.
     */
    static SHAPConfig shapConfig() {
        return SHAPConfig.builder().numSamples(15).aggMethod("mean_abs")
                .saveLocalShapValues(true).build();
    }

    /** The Python dict, with the role a real session expands and without the job name (as QualityCheckStepTest). */
    static ObjectNode expected(String name) throws IOException {
        ObjectNode expected = (ObjectNode) MAPPER.readTree(QualityCheckStepTest.python(name).toString()
                .replace("s3://my_bucket/", "s3://my-bucket/"));
        ObjectNode arguments = (ObjectNode) expected.get("Arguments");
        arguments.put("RoleArn", "arn:aws:iam::000000000000:role/DummyRole");
        arguments.remove("ProcessingJobName");
        return expected;
    }

    static ObjectNode definition(Pipeline pipeline) throws IOException {
        return (ObjectNode) MAPPER.readTree(pipeline.definition()).get("Steps").get(0);
    }

    JsonNode uploaded(Session session, String uri) throws IOException {
        String rest = uri.substring("s3://".length());
        int slash = rest.indexOf('/');
        return MAPPER.readTree(session.readS3File(rest.substring(0, slash), rest.substring(slash + 1)));
    }

    @Test
    void dataBiasCheckStep_definition_equalsPythons() throws IOException {
        ParameterString group = new ParameterString("MyModelPackageGroup", "");
        try (Session session = session()) {
            DataConfig data = DataConfig.builder().s3DataInputPath(INPUT).s3OutputPath(OUTPUT)
                    .s3AnalysisConfigOutputPath(ANALYSIS_CONFIG_OUTPUT).label("fraud").datasetType("text/csv")
                    .build();
            DataBiasCheckConfig config = DataBiasCheckConfig.builder().dataConfig(data).dataBiasConfig(biasConfig())
                    .methods("all").kmsKey("kms_key").build();
            ClarifyCheckStep step = new ClarifyCheckStep("DataBiasCheckStep", config, checkJob(session),
                    o -> o.skipCheck(false).failOnViolation(false).registerNewBaseline(false)
                            .modelPackageGroupName(group).suppliedBaselineConstraints("supplied_baseline_constraints")
                            .cacheConfig(new CacheConfig(true, "PT1H")));
            Pipeline pipeline = Pipeline.builder("MyPipeline").parameters(group).steps(step).session(session).build();
            assertThat(definition(pipeline)).isEqualTo(expected("test_data_bias_check_step"));
            // the analysis configuration, as Python's _generate_processing_job_analysis_config writes it
            ObjectNode analysis = data.analysisConfig();
            analysis.setAll(biasConfig().analysisConfig());
            ObjectNode methods = analysis.putObject("methods");
            methods.putObject("pre_training_bias").put("methods", "all");
            methods.putObject("report").put("name", "report").put("title", "Analysis Report");
            assertThat(uploaded(session, ANALYSIS_CONFIG_OUTPUT + "/analysis_config.json")).isEqualTo(analysis);
            assertThat(analysis.get("label").asText()).isEqualTo("fraud");
            // Python: <s3_analysis_config_output_path>/bias-monitoring-configuration/bias-monitoring-config*/*/...
            assertThat(step.monitoringAnalysisConfigUri()).matches(ANALYSIS_CONFIG_OUTPUT.replace(".", "\\.")
                    + "/bias-monitoring-configuration/bias-monitoring-config.*/.*/analysis_config\\.json");
            JsonNode monitoring = uploaded(session, step.monitoringAnalysisConfigUri());
            ObjectNode bias = biasConfig().analysisConfig();
            bias.put("label", "fraud");
            assertThat(monitoring).isEqualTo(bias);
            assertThat(analysis.get("facet").get(0).get("name_or_index").asText())
                    .isEqualTo("customer_gender_female");
        }
    }

    @Test
    void modelBiasCheckStep_definition_equalsPythons() throws IOException {
        ParameterString group = new ParameterString("MyModelPackageGroup", "");
        try (Session session = session()) {
            ModelBiasCheckConfig config = ModelBiasCheckConfig.builder().dataConfig(dataConfig())
                    .dataBiasConfig(biasConfig()).modelConfig(modelConfig())
                    .modelPredictedLabelConfig(ModelPredictedLabelConfig.builder().probabilityThreshold(0.8).build())
                    .methods("all").build();
            ClarifyCheckStep step = new ClarifyCheckStep("ModelBiasCheckStep", config, checkJob(session),
                    o -> o.skipCheck(false).failOnViolation(true).registerNewBaseline(false)
                            .modelPackageGroupName(group).suppliedBaselineConstraints("supplied_baseline_constraints"));
            Pipeline pipeline = Pipeline.builder("MyPipeline").parameters(group).steps(step).session(session).build();
            assertThat(definition(pipeline)).isEqualTo(expected("test_model_bias_check_step"));
            JsonNode analysis = uploaded(session, OUTPUT + "/analysis_config.json");
            assertThat(analysis.get("predictor").has("model_name")).isFalse();
            assertThat(analysis.get("predictor").get("instance_type").asText()).isEqualTo("ml.m5.xlarge");
            assertThat(analysis.get("probability_threshold").asDouble()).isEqualTo(0.8);
            assertThat(analysis.get("methods").get("post_training_bias").get("methods").asText()).isEqualTo("all");
            assertThat(step.monitoringAnalysisConfigUri()).matches("s3://" + session.defaultBucket().replace(".",
                    "\\.") + "/model-monitor/bias-monitoring-configuration/bias-monitoring-config.*/.*/"
                    + "analysis_config\\.json");
        }
    }

    @Test
    void modelExplainabilityCheckStep_definition_equalsPythons() throws IOException {
        ParameterString group = new ParameterString("MyModelPackageGroup", "");
        try (Session session = session()) {
            ModelExplainabilityCheckConfig config = ModelExplainabilityCheckConfig.builder().dataConfig(dataConfig())
                    .modelConfig(modelConfig()).explainabilityConfig(shapConfig()).build();
            ClarifyCheckStep step = new ClarifyCheckStep("ModelExplainabilityCheckStep", config, checkJob(session),
                    o -> o.skipCheck(false).failOnViolation(false).registerNewBaseline(false)
                            .modelPackageGroupName(group).suppliedBaselineConstraints("supplied_baseline_constraints"));
            Pipeline pipeline = Pipeline.builder("MyPipeline").parameters(group).steps(step).session(session).build();
            assertThat(definition(pipeline)).isEqualTo(expected("test_model_explainability_check_step"));
            JsonNode analysis = uploaded(session, OUTPUT + "/analysis_config.json");
            assertThat(analysis.get("methods").get("shap")).isEqualTo(shapConfig().getExplainabilityConfig()
                    .get("shap"));
            assertThat(analysis.get("methods").has("report")).isTrue();
            assertThat(analysis.get("predictor").has("model_name")).isFalse();
            assertThat(step.monitoringAnalysisConfigUri()).matches("s3://" + session.defaultBucket().replace(".",
                    "\\.") + "/model-monitor/model-explainability-monitoring-configuration/"
                    + "model-explainability-monitoring-config-.*/.*/analysis_config\\.json");
            JsonNode monitoring = uploaded(session, step.monitoringAnalysisConfigUri());
            assertThat(monitoring.get("methods")).isEqualTo(shapConfig().getExplainabilityConfig());
            assertThat(monitoring.get("predictor").has("model_name")).isFalse();
        }
    }

    @Test
    void clarifyCheckStep_properties_areThePythonPaths() {
        try (Session session = session()) {
            ClarifyCheckStep step = new ClarifyCheckStep("ModelExplainabilityCheckStep",
                    ModelExplainabilityCheckConfig.builder().dataConfig(dataConfig()).modelConfig(modelConfig())
                            .explainabilityConfig(shapConfig()).build(), checkJob(session));
            assertThat(step.properties().calculatedBaselineConstraints().expr())
                    .isEqualTo(Map.of("Get", "Steps.ModelExplainabilityCheckStep.CalculatedBaselineConstraints"));
            assertThat(step.properties().baselineUsedForDriftCheckConstraints().expr()).isEqualTo(Map.of("Get",
                    "Steps.ModelExplainabilityCheckStep.BaselineUsedForDriftCheckConstraints"));
        }
    }

    @Test
    void clarifyCheckStep_badInput_isRefusedBeforeAnyRequest() {
        try (Session session = session()) {
            assertThatThrownBy(() -> new ClarifyCheckStep("Bias", DataBiasCheckConfig.builder()
                    .dataConfig(dataConfig()).dataBiasConfig(biasConfig()).build(), checkJob(session),
                    o -> o.suppliedBaselineStatistics("s3://b/statistics.json")))
                    .isInstanceOf(ValidationException.class).hasMessageContaining("suppliedBaselineStatistics");
            // Python: s3_output_path cannot be a pipeline variable when the analysis configuration goes there
            DataConfig variableOutput = DataConfig.builder().s3DataInputPath(INPUT)
                    .s3OutputPath(new ParameterString("S3OutputPath", OUTPUT).asString()).label("fraud")
                    .datasetType("text/csv").build();
            assertThatThrownBy(() -> new ClarifyCheckStep("Bias", DataBiasCheckConfig.builder()
                    .dataConfig(variableOutput).dataBiasConfig(biasConfig()).build(), checkJob(session)))
                    .isInstanceOf(ValidationException.class).hasMessageContaining("s3AnalysisConfigOutputPath");
            assertThatThrownBy(() -> DataBiasCheckConfig.builder().dataConfig(dataConfig()).build())
                    .isInstanceOf(ValidationException.class).hasMessageContaining("dataBiasConfig");
            assertThatThrownBy(() -> DataBiasCheckConfig.builder().dataConfig(dataConfig())
                    .dataBiasConfig(biasConfig()).methods(List.of()).build())
                    .isInstanceOf(ValidationException.class).hasMessageContaining("methods");
            assertThatThrownBy(() -> ModelExplainabilityCheckConfig.builder().dataConfig(dataConfig())
                    .modelConfig(modelConfig()).build()).isInstanceOf(ValidationException.class)
                    .hasMessageContaining("explainabilityConfig");
        }
    }
}
