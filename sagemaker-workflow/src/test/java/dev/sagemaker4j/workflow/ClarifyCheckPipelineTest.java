/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.workflow;

import static dev.sagemaker4j.workflow.QualityCheckPipelineTest.step;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sagemaker4j.ImageUris;
import dev.sagemaker4j.Session;
import dev.sagemaker4j.clarify.BiasConfig;
import dev.sagemaker4j.clarify.DataConfig;
import dev.sagemaker4j.clarify.ModelConfig;
import dev.sagemaker4j.clarify.SHAPConfig;
import dev.sagemaker4j.driftcheckbaselines.DriftCheckBaselines;
import dev.sagemaker4j.estimator.Estimator;
import dev.sagemaker4j.inputs.TrainingInput;
import dev.sagemaker4j.modelmetrics.MetricsSource;
import dev.sagemaker4j.spi.ModelPackagesApi;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.sagemaker.model.ClarifyCheckStepMetadata;
import software.amazon.awssdk.services.sagemaker.model.CreateModelPackageGroupRequest;
import software.amazon.awssdk.services.sagemaker.model.CreateModelPackageRequest;
import software.amazon.awssdk.services.sagemaker.model.DescribePipelineExecutionResponse;
import software.amazon.awssdk.services.sagemaker.model.ModelPackageContainerDefinition;

/**
 * ClarifyCheck steps end to end on the local engine with the real Clarify program (issue 19, point 6): the first
 * pipeline calculates a data bias baseline (skip the check, register the new baseline) and registers an approved
 * model version whose {@code DriftCheckBaselines} bias pre-training constraints are the step's property; the second
 * checks the same data against that version's baseline and passes. A model explainability check runs Kernel SHAP on
 * an XGBoost model trained here, through the shadow endpoint of the step's {@code ModelName}.
 */
class ClarifyCheckPipelineTest {
    private static final String ROLE = "arn:aws:iam::123456789012:role/SageMakerRole";
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final List<String> HEADERS = List.of("label", "gender", "x");
    /** Facet gender F: 1 positive label of 4; M: 4 of 6. */
    private static final String TABLE = """
            1,F,1
            0,F,2
            0,F,3
            0,F,4
            1,M,1
            1,M,2
            1,M,3
            0,M,4
            0,M,5
            1,M,6
            """;

    @TempDir
    Path tmp;

    static DataBiasCheckConfig config(String input, String output) {
        return DataBiasCheckConfig.builder().dataConfig(DataConfig.builder().s3DataInputPath(input)
                .s3OutputPath(output).label("label").headers(HEADERS).datasetType("text/csv").build())
                .dataBiasConfig(BiasConfig.builder().labelValuesOrThreshold(List.of(1)).facetName("gender")
                        .facetValuesOrThreshold(List.of("F")).build())
                .methods(List.of("CI", "DPL")).build();
    }

    @Test
    void dataBiasCheck_baselineRegisteredThenChecked_sameDataPasses() throws Exception {
        try (Session session = Session.local(tmp.resolve("root"))) {
            String bucket = "s3://" + session.defaultBucket();
            String data = session.uploadString(TABLE, bucket + "/cc/data.csv");
            session.api(ModelPackagesApi.CAPABILITY).createModelPackageGroup(CreateModelPackageGroupRequest
                    .builder().modelPackageGroupName("credit").build());
            CheckJobConfig job = CheckJobConfig.builder().role(ROLE).instanceType("local").session(session).build();

            // 1. the first run: the baseline only, registered with the model version
            ClarifyCheckStep baseline = new ClarifyCheckStep("DataBias", config(data, bucket + "/cc/base"), job,
                    o -> o.skipCheck(true).registerNewBaseline(true).modelPackageGroupName("credit"));
            QualityCheckStep.CheckProperties p = baseline.properties();
            CreateModelPackageRequest register = CreateModelPackageRequest.builder().modelPackageGroupName("credit")
                    .modelApprovalStatus("Approved")
                    .inferenceSpecification(i -> i.containers(ModelPackageContainerDefinition.builder()
                            .image("123456789012.dkr.ecr.us-west-2.amazonaws.com/xgb:1")
                            .modelDataUrl(bucket + "/model.tar.gz").build())
                            .supportedContentTypes("text/csv").supportedResponseMIMETypes("text/csv"))
                    .driftCheckBaselines(DriftCheckBaselines.builder()
                            .biasPreTrainingConstraints(MetricsSource.of("application/json",
                                    p.baselineUsedForDriftCheckConstraints().asString())).build().toRequest())
                    .build();
            Pipeline first = Pipeline.builder("bias-baseline").steps(baseline, ModelStep.register("Register",
                    register)).session(session).build();
            first.upsert(ROLE);
            PipelineExecution run = first.start();
            DescribePipelineExecutionResponse done = run.waitForCompletion(Duration.ofMinutes(5));
            assertThat(done.pipelineExecutionStatusAsString()).as(String.valueOf(done.failureReason()))
                    .isEqualTo("Succeeded");
            ClarifyCheckStepMetadata m = step(run, "DataBias").metadata().clarifyCheck();
            assertThat(m.checkType()).isEqualTo("DATA_BIAS");
            assertThat(m.calculatedBaselineConstraints()).isEqualTo(bucket + "/cc/base/analysis.json");
            assertThat(m.baselineUsedForDriftCheckConstraints()).isEqualTo(m.calculatedBaselineConstraints());
            assertThat(m.skipCheck()).isTrue();
            assertThat(m.registerNewBaseline()).isTrue();
            JsonNode analysis = MAPPER.readTree(session.objectStore().getString(m.calculatedBaselineConstraints()));
            JsonNode metrics = analysis.path("pre_training_bias_metrics").path("facets").path("gender").get(0)
                    .path("metrics");
            assertThat(metrics).hasSize(2);
            for (JsonNode metric : metrics) {
                // CI = (n_a - n_d) / n = (6 - 4) / 10; DPL = q_a - q_d = 4/6 - 1/4
                double expected = metric.path("name").asText().equals("CI") ? 0.2 : 4.0 / 6 - 1.0 / 4;
                assertThat(metric.path("value").asDouble()).as(metric.toString()).isCloseTo(expected,
                        offset(1e-9));
            }
            String packageArn = step(run, "Register-RegisterModel").metadata().registerModel().arn();
            var registered = session.waitForModelPackage(packageArn);
            assertThat(registered.driftCheckBaselines().bias().preTrainingConstraints().s3Uri())
                    .isEqualTo(m.calculatedBaselineConstraints());

            // 2. a later run checks the same data against the approved version's baseline and passes
            ClarifyCheckStep check = new ClarifyCheckStep("DataBias", config(data, bucket + "/cc/check"), job,
                    o -> o.modelPackageGroupName("credit"));
            Pipeline second = Pipeline.builder("bias-check").steps(check).session(session).build();
            second.upsert(ROLE);
            PipelineExecution checked = second.start();
            done = checked.waitForCompletion(Duration.ofMinutes(5));
            assertThat(done.pipelineExecutionStatusAsString()).as(String.valueOf(done.failureReason()))
                    .isEqualTo("Succeeded");
            ClarifyCheckStepMetadata c = step(checked, "DataBias").metadata().clarifyCheck();
            assertThat(c.skipCheck()).isFalse();
            assertThat(c.baselineUsedForDriftCheckConstraints()).isEqualTo(m.calculatedBaselineConstraints());
            assertThat(c.calculatedBaselineConstraints()).isEqualTo(bucket + "/cc/check/analysis.json");
            assertThat(session.objectStore().exists(c.calculatedBaselineConstraints())).isTrue();
        }
    }

    @Test
    void modelExplainabilityCheck_xgboostModel_shapBaselineCalculatedThenCheckedAgainst() throws Exception {
        try (Session session = Session.local(tmp.resolve("root"))) {
            String bucket = "s3://" + session.defaultBucket();
            Random r = new Random(7);
            StringBuilder csv = new StringBuilder();
            for (int i = 0; i < 40; i++) {
                double a = r.nextDouble();
                double b = r.nextDouble();
                csv.append(a + 0.2 * r.nextGaussian() > 0.5 ? 1 : 0).append(',').append(a).append(',').append(b)
                        .append('\n');
            }
            String data = session.uploadString(csv.toString(), bucket + "/cx/train.csv");
            Estimator xgb = Estimator.builder().imageUri(ImageUris.retrieve("xgboost", session.region(), "1.7-1"))
                    .instanceType("local").session(session).role(ROLE).outputPath(bucket + "/cx/out")
                    .hyperparameters(Map.of("objective", "binary:logistic", "num_round", 10, "max_depth", 2)).build();
            xgb.fit(Map.of("train", TrainingInput.builder().s3Data(data).contentType("text/csv").build()));
            String modelName = xgb.createModel().create();
            CheckJobConfig job = CheckJobConfig.builder().role(ROLE).instanceType("local").session(session).build();
            ModelExplainabilityCheckConfig config = ModelExplainabilityCheckConfig.builder()
                    .dataConfig(DataConfig.builder().s3DataInputPath(data).s3OutputPath(bucket + "/cx/shap")
                            .label("y").headers(List.of("y", "a", "b")).datasetType("text/csv").build())
                    .modelConfig(ModelConfig.builder().modelName(modelName).instanceType("ml.m5.xlarge")
                            .instanceCount(1).contentType("text/csv").acceptType("text/csv").build())
                    .explainabilityConfig(SHAPConfig.builder().baseline(new double[][] {{0.5, 0.5}}).build())
                    .build();

            ClarifyCheckStep baseline = new ClarifyCheckStep("Explainability", config, job,
                    o -> o.skipCheck(true).registerNewBaseline(true));
            Pipeline first = Pipeline.builder("shap-baseline").steps(baseline).session(session).build();
            first.upsert(ROLE);
            PipelineExecution run = first.start();
            DescribePipelineExecutionResponse done = run.waitForCompletion(Duration.ofMinutes(5));
            assertThat(done.pipelineExecutionStatusAsString()).as(String.valueOf(done.failureReason()))
                    .isEqualTo("Succeeded");
            ClarifyCheckStepMetadata m = step(run, "Explainability").metadata().clarifyCheck();
            assertThat(m.checkType()).isEqualTo("MODEL_EXPLAINABILITY");
            assertThat(m.calculatedBaselineConstraints()).isEqualTo(bucket + "/cx/shap/analysis.json");
            JsonNode kernel = MAPPER.readTree(session.objectStore().getString(m.calculatedBaselineConstraints()))
                    .path("explanations").path("kernel_shap");
            JsonNode global = kernel.elements().next().path("global_shap_values");
            assertThat(global.size()).isEqualTo(2);
            // the label follows a, not b
            assertThat(global.path("a").asDouble()).isGreaterThan(global.path("b").asDouble());

            ClarifyCheckStep check = new ClarifyCheckStep("Explainability", config, job,
                    o -> o.suppliedBaselineConstraints(m.calculatedBaselineConstraints()));
            Pipeline second = Pipeline.builder("shap-check").steps(check).session(session).build();
            second.upsert(ROLE);
            PipelineExecution checked = second.start();
            done = checked.waitForCompletion(Duration.ofMinutes(5));
            assertThat(done.pipelineExecutionStatusAsString()).as(String.valueOf(done.failureReason()))
                    .isEqualTo("Succeeded");
            assertThat(step(checked, "Explainability").metadata().clarifyCheck().baselineUsedForDriftCheckConstraints())
                    .isEqualTo(m.calculatedBaselineConstraints());
        }
    }
}
