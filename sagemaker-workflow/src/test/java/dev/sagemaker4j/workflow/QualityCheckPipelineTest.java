/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sagemaker4j.Session;
import dev.sagemaker4j.driftcheckbaselines.DriftCheckBaselines;
import dev.sagemaker4j.exceptions.UnexpectedStatusException;
import dev.sagemaker4j.modelmetrics.MetricsSource;
import dev.sagemaker4j.modelmetrics.ModelMetrics;
import dev.sagemaker4j.monitor.Constraints;
import dev.sagemaker4j.monitor.DatasetFormat;
import dev.sagemaker4j.monitor.Statistics;
import dev.sagemaker4j.spi.ModelPackagesApi;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.sagemaker.model.CreateModelPackageGroupRequest;
import software.amazon.awssdk.services.sagemaker.model.CreateModelPackageRequest;
import software.amazon.awssdk.services.sagemaker.model.DescribePipelineExecutionResponse;
import software.amazon.awssdk.services.sagemaker.model.ModelPackageContainerDefinition;
import software.amazon.awssdk.services.sagemaker.model.PipelineExecutionStep;
import software.amazon.awssdk.services.sagemaker.model.QualityCheckStepMetadata;

/**
 * QualityCheck steps end to end on the local engine (issue 19, point 6): the first pipeline calculates a data
 * quality baseline (skip the check, register the new baseline) and registers an approved model version whose
 * {@code DriftCheckBaselines} and {@code ModelMetrics} are the step's properties; the second checks new data against
 * that version's baseline: unchanged data passes, a shifted feature fails the step with the violation, and with
 * {@code failOnViolation(false)} the step succeeds and names the violation report.
 */
class QualityCheckPipelineTest {
    private static final String ROLE = "arn:aws:iam::123456789012:role/SageMakerRole";

    @TempDir
    Path tmp;

    /** Rows of x ~ N(mean, 1), y ~ N(5, 1) and a category, with a header. */
    static String table(long seed, int rows, double xMean) {
        Random r = new Random(seed);
        StringBuilder b = new StringBuilder("x,y,color\n");
        String[] colors = {"red", "green", "blue"};
        for (int i = 0; i < rows; i++) {
            b.append(xMean + r.nextGaussian()).append(',').append(5 + r.nextGaussian()).append(',')
                    .append(colors[i % 3]).append('\n');
        }
        return b.toString();
    }

    /** Waits for the end of an execution, failed or not. */
    static DescribePipelineExecutionResponse end(PipelineExecution execution) {
        try {
            return execution.waitForCompletion(Duration.ofMinutes(5));
        } catch (UnexpectedStatusException e) {
            return execution.describe();
        }
    }

    static PipelineExecutionStep step(PipelineExecution execution, String name) {
        return execution.listSteps().stream().filter(s -> s.stepName().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void qualityCheck_baselineRegisteredThenChecked_shiftedFeatureFailsTheStep() {
        try (Session session = Session.local(tmp.resolve("root"))) {
            String bucket = "s3://" + session.defaultBucket();
            String train = session.uploadString(table(1, 400, 0), bucket + "/qc/train.csv");
            String same = session.uploadString(table(1, 400, 0), bucket + "/qc/same.csv");
            String shifted = session.uploadString(table(2, 400, 4), bucket + "/qc/shifted.csv");
            session.api(ModelPackagesApi.CAPABILITY).createModelPackageGroup(CreateModelPackageGroupRequest
                    .builder().modelPackageGroupName("churn").build());
            CheckJobConfig job = CheckJobConfig.builder().role(ROLE).instanceType("local").session(session).build();
            ParameterString data = new ParameterString("Data", train);

            // 1. the first run: baseline only, registered with the model version
            QualityCheckStep baseline = new QualityCheckStep("DataQuality", DataQualityCheckConfig.builder()
                    .baselineDataset(data).datasetFormat(DatasetFormat.csv(true)).outputS3Uri(bucket + "/qc/base")
                    .build(), job, o -> o.skipCheck(true).registerNewBaseline(true).modelPackageGroupName("churn"));
            QualityCheckStep.CheckProperties p = baseline.properties();
            CreateModelPackageRequest register = CreateModelPackageRequest.builder().modelPackageGroupName("churn")
                    .modelApprovalStatus("Approved")
                    .inferenceSpecification(i -> i.containers(ModelPackageContainerDefinition.builder()
                            .image("123456789012.dkr.ecr.us-west-2.amazonaws.com/xgb:1")
                            .modelDataUrl(bucket + "/model.tar.gz").build())
                            .supportedContentTypes("text/csv").supportedResponseMIMETypes("text/csv"))
                    .modelMetrics(ModelMetrics.builder()
                            .modelDataStatistics(MetricsSource.of("application/json",
                                    p.calculatedBaselineStatistics().asString()))
                            .modelDataConstraints(MetricsSource.of("application/json",
                                    p.calculatedBaselineConstraints().asString())).build().toRequest())
                    .driftCheckBaselines(DriftCheckBaselines.builder()
                            .modelDataStatistics(MetricsSource.of("application/json",
                                    p.baselineUsedForDriftCheckStatistics().asString()))
                            .modelDataConstraints(MetricsSource.of("application/json",
                                    p.baselineUsedForDriftCheckConstraints().asString())).build().toRequest())
                    .build();
            Pipeline first = Pipeline.builder("qc-baseline").parameters(data)
                    .steps(baseline, ModelStep.register("Register", register)).session(session).build();
            first.upsert(ROLE);
            PipelineExecution run = first.start();
            DescribePipelineExecutionResponse done = run.waitForCompletion(Duration.ofMinutes(5));
            assertThat(done.pipelineExecutionStatusAsString()).as(String.valueOf(done.failureReason()))
                    .isEqualTo("Succeeded");
            QualityCheckStepMetadata m = step(run, "DataQuality").metadata().qualityCheck();
            assertThat(m.checkType()).isEqualTo("DATA_QUALITY");
            assertThat(m.calculatedBaselineStatistics()).isEqualTo(bucket + "/qc/base/statistics.json");
            assertThat(m.calculatedBaselineConstraints()).isEqualTo(bucket + "/qc/base/constraints.json");
            assertThat(m.baselineUsedForDriftCheckConstraints()).isEqualTo(m.calculatedBaselineConstraints());
            assertThat(m.skipCheck()).isTrue();
            assertThat(m.registerNewBaseline()).isTrue();
            assertThat(m.violationReport()).isNull();
            assertThat(Statistics.fromS3Uri(m.calculatedBaselineStatistics(), session).bodyDict().path("dataset")
                    .path("item_count").asLong()).isEqualTo(400);
            assertThat(Constraints.fromS3Uri(m.calculatedBaselineConstraints(), session).bodyDict()
                    .path("features")).hasSize(3);
            String packageArn = step(run, "Register-RegisterModel").metadata().registerModel().arn();
            var registered = session.waitForModelPackage(packageArn);
            assertThat(registered.driftCheckBaselines().modelDataQuality().constraints().s3Uri())
                    .isEqualTo(m.calculatedBaselineConstraints());
            assertThat(registered.modelMetrics().modelDataQuality().statistics().s3Uri())
                    .isEqualTo(m.calculatedBaselineStatistics());

            // 2. later runs: check against the approved version's baseline
            ParameterString current = new ParameterString("Data", same);
            ParameterBoolean failOnViolation = new ParameterBoolean("FailOnViolation", true);
            QualityCheckStep check = new QualityCheckStep("DataQuality", DataQualityCheckConfig.builder()
                    .baselineDataset(current).datasetFormat(DatasetFormat.csv(true)).build(), job,
                    o -> o.skipCheck(false).registerNewBaseline(false).failOnViolation(failOnViolation)
                            .modelPackageGroupName("churn"));
            Pipeline second = Pipeline.builder("qc-check").parameters(current, failOnViolation).steps(check)
                    .session(session).build();
            second.upsert(ROLE);

            PipelineExecution unchanged = second.start();
            done = unchanged.waitForCompletion(Duration.ofMinutes(5));
            assertThat(done.pipelineExecutionStatusAsString()).as(String.valueOf(done.failureReason()))
                    .isEqualTo("Succeeded");
            QualityCheckStepMetadata c = step(unchanged, "DataQuality").metadata().qualityCheck();
            assertThat(c.baselineUsedForDriftCheckConstraints()).isEqualTo(m.calculatedBaselineConstraints());
            assertThat(c.baselineUsedForDriftCheckStatistics()).isEqualTo(m.calculatedBaselineStatistics());
            assertThat(c.calculatedBaselineConstraints()).isNotEqualTo(m.calculatedBaselineConstraints());
            assertThat(c.violationReport()).endsWith("/drift_check/constraint_violations.json");
            assertThat(session.objectStore().getString(c.violationReport())).contains("\"violations\"");

            PipelineExecution drifted = second.start(Map.of("Data", shifted));
            done = end(drifted);
            assertThat(done.pipelineExecutionStatusAsString()).isEqualTo("Failed");
            PipelineExecutionStep failed = step(drifted, "DataQuality");
            assertThat(failed.stepStatusAsString()).isEqualTo("Failed");
            assertThat(failed.failureReason()).contains("DATA_QUALITY check failed", "baseline_drift_check", "x");
            assertThat(failed.metadata().qualityCheck().violationReport()).isNotNull();

            PipelineExecution tolerated = second.start(Map.of("Data", shifted, "FailOnViolation", false));
            done = tolerated.waitForCompletion(Duration.ofMinutes(5));
            assertThat(done.pipelineExecutionStatusAsString()).isEqualTo("Succeeded");
            assertThat(session.objectStore().getString(step(tolerated, "DataQuality").metadata().qualityCheck()
                    .violationReport())).contains("baseline_drift_check");
        }
    }

    @Test
    void qualityCheck_noPreviousBaseline_failsTheStepWithTheReason() {
        try (Session session = Session.local(tmp.resolve("root"))) {
            String bucket = "s3://" + session.defaultBucket();
            String train = session.uploadString(table(1, 50, 0), bucket + "/qc/train.csv");
            CheckJobConfig job = CheckJobConfig.builder().role(ROLE).instanceType("local").session(session).build();
            QualityCheckStep check = new QualityCheckStep("DataQuality", DataQualityCheckConfig.builder()
                    .baselineDataset(train).datasetFormat(DatasetFormat.csv(true)).build(), job,
                    o -> o.modelPackageGroupName("nobody"));
            Pipeline pipeline = Pipeline.builder("qc-none").steps(check).session(session).build();
            pipeline.upsert(ROLE);
            PipelineExecution run = pipeline.start();
            assertThat(end(run).pipelineExecutionStatusAsString())
                    .isEqualTo("Failed");
            assertThat(step(run, "DataQuality").failureReason()).startsWith("ClientError: there is no baseline")
                    .contains("nobody");
        }
    }
}
