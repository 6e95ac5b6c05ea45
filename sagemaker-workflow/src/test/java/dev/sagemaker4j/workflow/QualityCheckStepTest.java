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
import dev.sagemaker4j.exceptions.ValidationException;
import dev.sagemaker4j.monitor.DatasetFormat;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * QualityCheckStep's definition against the Python SDK v2.257.6's
 * {@code tests/unit/sagemaker/workflow/test_quality_check_step.py} (its module-level dicts, in
 * {@code python-definitions/}), field by field.
 */
class QualityCheckStepTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path tmp;

    static JsonNode python(String name) throws IOException {
        try (InputStream in = QualityCheckStepTest.class.getResourceAsStream("/python-definitions/" + name
                + ".json")) {
            return MAPPER.readTree(in);
        }
    }

    /** Python's {@code _get_step_definition_for_test}: the S3 URIs of inputs and outputs not named are popped. */
    static ObjectNode stepDefinition(Pipeline pipeline, List<String> keep) throws IOException {
        ObjectNode step = (ObjectNode) MAPPER.readTree(pipeline.definition()).get("Steps").get(0);
        for (JsonNode in : step.get("Arguments").get("ProcessingInputs")) {
            if (!keep.contains(in.get("InputName").asText())) {
                ((ObjectNode) in.get("S3Input")).remove("S3Uri");
            }
        }
        for (JsonNode out : step.get("Arguments").get("ProcessingOutputConfig").get("Outputs")) {
            if (!keep.contains(out.get("OutputName").asText())) {
                ((ObjectNode) out.get("S3Output")).remove("S3Uri");
            }
        }
        return step;
    }

    /** The Python dict, with the role a real session expands and without the job name (see below). */
    static ObjectNode expected(String name) throws IOException {
        ObjectNode expected = (ObjectNode) python(name);
        ObjectNode arguments = (ObjectNode) expected.get("Arguments");
        // Python's test session is a mock whose expand_role returns "DummyRole" as it is; a real session expands
        // a role name to its ARN. The data quality test keeps ProcessingJobName through Python's
        // PipelineDefinitionConfig(use_custom_job_prefix=True), which the Java pipeline does not offer: the job
        // name is left out, as for every other job step
        arguments.put("RoleArn", "arn:aws:iam::000000000000:role/DummyRole");
        arguments.remove("ProcessingJobName");
        return expected;
    }

    CheckJobConfig checkJob(Session session) {
        return CheckJobConfig.builder().role("DummyRole").instanceCount(1).instanceType("ml.m5.xlarge")
                .volumeSizeInGB(60).maxRuntimeInSeconds(1800).session(session).baseJobName("CheckJobPrefix")
                .build();
    }

    @Test
    void dataQualityCheckStep_definition_equalsPythons() throws IOException {
        ParameterString group = new ParameterString("MyModelPackageGroup", "");
        ParameterString statistics = new ParameterString("SuppliedBaselineStatisticsUri", "");
        ParameterString constraints = new ParameterString("SuppliedBaselineConstraintsUri", "");
        ParameterString dataset = new ParameterString("BaselineDataset");
        try (Session session = Session.builder().backend("local").root(tmp).region("us-west-2").build()) {
            QualityCheckStep step = new QualityCheckStep("DataQualityCheckStep", DataQualityCheckConfig.builder()
                    .baselineDataset(dataset).datasetFormat(DatasetFormat.csv(true))
                    .outputS3Uri("s3://...")
                    .recordPreprocessorScript("s3://my_bucket/data_quality/preprocessor.py")
                    .postAnalyticsProcessorScript("s3://my_bucket/data_quality/postprocessor.py").build(),
                    checkJob(session), o -> o.skipCheck(false).failOnViolation(false).registerNewBaseline(false)
                            .modelPackageGroupName(group).suppliedBaselineStatistics(statistics)
                            .suppliedBaselineConstraints(constraints).cacheConfig(new CacheConfig(true, "PT1H")));
            // Python's test leaves BaselineDataset out of the parameters, which its pipeline does not check; the
            // Java pipeline refuses a reference to an undeclared parameter
            Pipeline pipeline = Pipeline.builder("MyPipeline").parameters(statistics, constraints, group, dataset)
                    .steps(step).session(session).build();
            assertThat(stepDefinition(pipeline, List.of("baseline_dataset_input", "quality_check_output")))
                    .isEqualTo(expected("test_data_quality_check_step"));
        }
    }

    @Test
    void modelQualityCheckStep_definition_equalsPythons() throws IOException {
        ParameterString group = new ParameterString("MyModelPackageGroup", "");
        ParameterString statistics = new ParameterString("SuppliedBaselineStatisticsUri", "");
        ParameterString constraints = new ParameterString("SuppliedBaselineConstraintsUri", "");
        ParameterString attribute = new ParameterString("ParamStringEnvVar");
        try (Session session = Session.builder().backend("local").root(tmp).region("us-west-2").build()) {
            // Python's parametrized cases: "0" -> "0", a ParameterString -> its Get, None -> absent. Python's
            // baseline_dataset "baseline_dataset_s3_url" is a local path its mocked session "uploads"; here an S3
            // URI (the test pops the input's S3Uri either way)
            for (Object value : new Object[] {"0", attribute, null}) {
                ModelQualityCheckConfig.Builder config = ModelQualityCheckConfig.builder()
                        .baselineDataset("s3://my_bucket/baseline_dataset").datasetFormat(DatasetFormat.csv(true))
                        .problemType("BinaryClassification")
                        .postAnalyticsProcessorScript("s3://my_bucket/data_quality/postprocessor.py").outputS3Uri("");
                if (value instanceof String s) {
                    config.inferenceAttribute(s).probabilityAttribute(s).groundTruthAttribute(s)
                            .probabilityThresholdAttribute(s);
                } else if (value instanceof PipelineVariable v) {
                    config.inferenceAttribute(v).probabilityAttribute(v).groundTruthAttribute(v)
                            .probabilityThresholdAttribute(v);
                }
                QualityCheckStep step = new QualityCheckStep("ModelQualityCheckStep", config.build(),
                        checkJob(session), o -> o.registerNewBaseline(false).skipCheck(false).failOnViolation(true)
                                .modelPackageGroupName(group).suppliedBaselineStatistics(statistics)
                                .suppliedBaselineConstraints(constraints));
                // Python's pipeline does not declare ParamStringEnvVar (it checks no reference); Java does
                Pipeline pipeline = Pipeline.builder("MyPipeline").parameters(statistics, constraints, group,
                        attribute).steps(step).session(session).build();
                ObjectNode definition = stepDefinition(pipeline, List.of());
                ObjectNode env = (ObjectNode) definition.get("Arguments").get("Environment");
                for (String var : List.of("inference_attribute", "probability_attribute", "ground_truth_attribute",
                        "probability_threshold_attribute")) {
                    JsonNode dsl = env.remove(var);
                    if (value == null) {
                        assertThat(dsl).as(var).isNull();
                    } else if (value instanceof String s) {
                        assertThat(dsl.asText()).as(var).isEqualTo(s);
                    } else {
                        assertThat(dsl).as(var).isEqualTo(MAPPER.valueToTree(Map.of("Get",
                                "Parameters.ParamStringEnvVar")));
                    }
                }
                assertThat(definition).isEqualTo(expected("test_model_quality_check_step"));
            }
        }
    }

    @Test
    void qualityCheckStep_properties_areThePythonPaths() {
        try (Session session = Session.builder().backend("local").root(tmp).region("us-west-2").build()) {
            QualityCheckStep step = new QualityCheckStep("ModelQualityCheckStep", ModelQualityCheckConfig.builder()
                    .baselineDataset("s3://b/baseline.csv").datasetFormat(DatasetFormat.csv(true))
                    .problemType("BinaryClassification").probabilityAttribute("0")
                    .probabilityThresholdAttribute("0.5").build(), checkJob(session));
            assertThat(step.properties().calculatedBaselineConstraints().expr())
                    .isEqualTo(Map.of("Get", "Steps.ModelQualityCheckStep.CalculatedBaselineConstraints"));
            assertThat(step.properties().calculatedBaselineStatistics().expr())
                    .isEqualTo(Map.of("Get", "Steps.ModelQualityCheckStep.CalculatedBaselineStatistics"));
            assertThat(step.properties().baselineUsedForDriftCheckStatistics().expr())
                    .isEqualTo(Map.of("Get", "Steps.ModelQualityCheckStep.BaselineUsedForDriftCheckStatistics"));
            assertThat(step.properties().baselineUsedForDriftCheckConstraints().expr())
                    .isEqualTo(Map.of("Get", "Steps.ModelQualityCheckStep.BaselineUsedForDriftCheckConstraints"));
        }
    }

    @Test
    void modelQualityCheckConfig_integerParameter_isRefusedAsPythonDoes() {
        assertThatThrownBy(() -> ModelQualityCheckConfig.builder().inferenceAttribute(
                new ParameterInteger("ParamIntEnvVar"))).isInstanceOf(ValidationException.class)
                .hasMessageContaining("cannot be Parameter types other than ParameterString");
        assertThatThrownBy(() -> ModelQualityCheckConfig.builder().baselineDataset("s3://b/d.csv")
                .datasetFormat(DatasetFormat.csv(true)).build()).isInstanceOf(ValidationException.class)
                .hasMessageContaining("problemType");
    }
}
