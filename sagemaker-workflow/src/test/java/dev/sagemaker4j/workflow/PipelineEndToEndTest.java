/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sagemaker4j.ImageUris;
import dev.sagemaker4j.Session;
import dev.sagemaker4j.estimator.Estimator;
import dev.sagemaker4j.inputs.TrainingInput;
import dev.sagemaker4j.spi.HostingApi;
import dev.sagemaker4j.spi.ModelPackagesApi;
import dev.sagemaker4j.spi.TuningJobsApi;
import dev.sagemaker4j.transformer.Transformer;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.sagemaker.model.CategoricalParameterRange;
import software.amazon.awssdk.services.sagemaker.model.CreateHyperParameterTuningJobRequest;
import software.amazon.awssdk.services.sagemaker.model.CreateModelPackageGroupRequest;
import software.amazon.awssdk.services.sagemaker.model.CreateModelPackageRequest;
import software.amazon.awssdk.services.sagemaker.model.CreateModelRequest;
import software.amazon.awssdk.services.sagemaker.model.CreateTrainingJobRequest;
import software.amazon.awssdk.services.sagemaker.model.DescribeHyperParameterTuningJobRequest;
import software.amazon.awssdk.services.sagemaker.model.DescribeModelPackageRequest;
import software.amazon.awssdk.services.sagemaker.model.DescribeModelPackageResponse;
import software.amazon.awssdk.services.sagemaker.model.DescribeModelRequest;
import software.amazon.awssdk.services.sagemaker.model.DescribePipelineExecutionResponse;
import software.amazon.awssdk.services.sagemaker.model.HyperParameterTrainingJobDefinition;
import software.amazon.awssdk.services.sagemaker.model.HyperParameterTrainingJobSummary;
import software.amazon.awssdk.services.sagemaker.model.ListModelPackagesRequest;
import software.amazon.awssdk.services.sagemaker.model.ListTrainingJobsForHyperParameterTuningJobRequest;
import software.amazon.awssdk.services.sagemaker.model.ModelPackageContainerDefinition;
import software.amazon.awssdk.services.sagemaker.model.ModelPackageSummary;
import software.amazon.awssdk.services.sagemaker.model.PipelineExecutionStep;

/**
 * Pipelines built with the DSL, upserted and started through the session, run by the local engine: batch
 * transform of a trained model, registration in a model package group, a cache hit on the second execution, and a
 * tuning step whose best model a later step reads through {@link TuningStep#getTopModelS3Uri}.
 */
class PipelineEndToEndTest {
    static final String ROLE = "arn:aws:iam::111122223333:role/SageMakerRole";
    @TempDir
    static Path tmp;
    static Session session;
    static String bucket;
    static String image;
    static String train;
    static String validation;

    @BeforeAll
    static void setUp() {
        session = Session.local(tmp.resolve("root"));
        bucket = session.defaultBucket();
        image = ImageUris.retrieve("xgboost", session.region(), "1.7-1");
        train = session.uploadString(rows(300, 1, true), "s3://" + bucket + "/e2e/train/train.csv");
        validation = session.uploadString(rows(100, 2, true), "s3://" + bucket + "/e2e/validation/validation.csv");
    }

    @AfterAll
    static void tearDown() {
        session.close();
    }

    /** y = 3 x1 - 2 x2 + noise, label first unless {@code withLabel} is false; no header. */
    static String rows(int n, long seed, boolean withLabel) {
        Random random = new Random(seed);
        StringBuilder csv = new StringBuilder();
        for (int i = 0; i < n; i++) {
            double x1 = random.nextDouble() * 10;
            double x2 = random.nextDouble() * 5;
            double y = 3 * x1 - 2 * x2 + random.nextGaussian() * 0.1;
            csv.append(withLabel ? String.format(Locale.ROOT, "%.4f,", y) : "")
                    .append(String.format(Locale.ROOT, "%.4f,%.4f%n", x1, x2));
        }
        return csv.toString();
    }

    static Map<String, PipelineExecutionStep> steps(PipelineExecution execution) {
        return execution.listSteps().stream().collect(Collectors.toMap(PipelineExecutionStep::stepName, s -> s));
    }

    static Estimator xgb(String outputPath) {
        return Estimator.builder().imageUri(image).instanceCount(1).instanceType("ml.m5.xlarge")
                .outputPath(outputPath).hyperparameters(Map.of("objective", "reg:squarederror", "num_round", "10",
                        "max_depth", "3"))
                .session(session).build();
    }

    @Test
    void trainCreateModelTransformAndRegister_runsEveryStep_secondExecutionTakesTrainingFromTheCache() {
        session.api(ModelPackagesApi.CAPABILITY).createModelPackageGroup(CreateModelPackageGroupRequest.builder()
                .modelPackageGroupName("e2e-group").build());
        ParameterString approval = new ParameterString("ModelApprovalStatus", "Approved");
        TrainingStep fit = new TrainingStep("Train", xgb("s3://" + bucket + "/e2e/model").trainingJobRequest(
                Map.of("train", TrainingInput.builder().s3Data(train).contentType("text/csv").build()), "e2e-train"),
                o -> o.cacheConfig(new CacheConfig(true, "PT1H")));
        String modelData = fit.properties().modelArtifacts().s3ModelArtifacts().asString();
        ModelStep create = ModelStep.create("Model", CreateModelRequest.builder().executionRoleArn(ROLE)
                .primaryContainer(c -> c.image(image).modelDataUrl(modelData)).build());
        String batch = session.uploadString(rows(40, 3, false), "s3://" + bucket + "/e2e/batch/batch.csv");
        // a Transformer refused a model name that is a step property (Python's TransformStep pattern)
        Transformer transformer = Transformer.builder().modelName(create.properties().modelName().asString())
                .instanceCount(1).instanceType("ml.m5.xlarge").outputPath("s3://" + bucket + "/e2e/scores")
                .strategy("MultiRecord").assembleWith("Line").accept("text/csv").session(session).build();
        TransformStep transform = new TransformStep("Batch", transformer.transformJobRequest(batch,
                Transformer.TransformOptions.builder().contentType("text/csv").splitType("Line").build()));
        ModelStep register = ModelStep.register("Version", CreateModelPackageRequest.builder()
                .modelPackageGroupName("e2e-group").modelApprovalStatus(approval.asString())
                .inferenceSpecification(i -> i.supportedContentTypes("text/csv").supportedResponseMIMETypes("text/csv")
                        .containers(ModelPackageContainerDefinition.builder().image(image).modelDataUrl(modelData)
                                .build()))
                .build());
        Pipeline pipeline = Pipeline.builder("e2e-transform").parameters(approval)
                .steps(fit, create, transform, register).session(session).build();
        pipeline.upsert(ROLE);

        PipelineExecution first = pipeline.start();
        DescribePipelineExecutionResponse done = first.waitForCompletion();

        assertThat(done.pipelineExecutionStatusAsString()).isEqualTo("Succeeded");
        Map<String, PipelineExecutionStep> steps = steps(first);
        assertThat(steps).containsOnlyKeys("Train", "Model-CreateModel", "Batch", "Version-RegisterModel");
        assertThat(steps.values()).allSatisfy(s -> assertThat(s.stepStatusAsString()).isEqualTo("Succeeded"));
        // the transform ran the model the pipeline trained and created: one score per input row
        String modelArn = steps.get("Model-CreateModel").metadata().model().arn();
        String modelName = modelArn.substring(modelArn.indexOf('/') + 1);
        String artifact = session.api(HostingApi.CAPABILITY).describeModel(DescribeModelRequest.builder()
                .modelName(modelName).build()).primaryContainer().modelDataUrl();
        assertThat(artifact).startsWith("s3://" + bucket + "/e2e/model/pipelines-").endsWith("/output/model.tar.gz");
        assertThat(steps.get("Batch").metadata().transformJob().arn()).contains(":transform-job/pipelines-");
        List<String> scores = session.readS3File(bucket, "e2e/scores/batch.csv.out").lines()
                .collect(Collectors.toList());
        assertThat(scores).hasSize(40);
        double first0 = Double.parseDouble(scores.get(0));
        String[] x = rows(40, 3, false).lines().findFirst().orElseThrow().split(",");
        assertThat(first0).isCloseTo(3 * Double.parseDouble(x[0]) - 2 * Double.parseDouble(x[1]),
                org.assertj.core.data.Offset.offset(4.0));
        // the registered version: approved (the parameter's default) and listed in its group
        String packageArn = steps.get("Version-RegisterModel").metadata().registerModel().arn();
        DescribeModelPackageResponse version = session.api(ModelPackagesApi.CAPABILITY).describeModelPackage(
                DescribeModelPackageRequest.builder().modelPackageName(packageArn).build());
        assertThat(version.modelApprovalStatusAsString()).isEqualTo("Approved");
        assertThat(version.inferenceSpecification().containers().get(0).modelDataUrl()).isEqualTo(artifact);
        assertThat(session.api(ModelPackagesApi.CAPABILITY).listModelPackages(ListModelPackagesRequest.builder()
                .modelPackageGroupName("e2e-group").build()).modelPackageSummaryList())
                .extracting(ModelPackageSummary::modelPackageArn).containsExactly(packageArn);

        PipelineExecution second = pipeline.start(Map.of("ModelApprovalStatus", "PendingManualApproval"));
        assertThat(second.waitForCompletion().pipelineExecutionStatusAsString()).isEqualTo("Succeeded");
        Map<String, PipelineExecutionStep> again = steps(second);
        assertThat(again.get("Train").cacheHitResult().sourcePipelineExecutionArn()).isEqualTo(first.arn());
        assertThat(again.get("Train").metadata().trainingJob().arn())
                .isEqualTo(steps.get("Train").metadata().trainingJob().arn());
        assertThat(again.get("Batch").cacheHitResult()).isNull();
        assertThat(session.api(ModelPackagesApi.CAPABILITY).listModelPackages(ListModelPackagesRequest.builder()
                .modelPackageGroupName("e2e-group").build()).modelPackageSummaryList())
                .extracting(ModelPackageSummary::modelApprovalStatusAsString)
                .containsExactlyInAnyOrder("Approved", "PendingManualApproval");
    }

    @Test
    void tuningStep_nextStepReadsTheBestTrainingJobsModelThroughGetTopModelS3Uri() {
        CreateTrainingJobRequest template = xgb("s3://" + bucket + "/e2e/tuning").trainingJobRequest(Map.of(
                "train", TrainingInput.builder().s3Data(train).contentType("text/csv").build(),
                "validation", TrainingInput.builder().s3Data(validation).contentType("text/csv").build()),
                "e2e-template");
        // Maximize an error, so that "best" is the largest value: the engine listed TrainingJobSummaries in
        // ascending order whatever the objective, and index 0 was then the worst job
        CreateHyperParameterTuningJobRequest request = CreateHyperParameterTuningJobRequest.builder()
                .hyperParameterTuningJobName("e2e-tuning")
                .hyperParameterTuningJobConfig(c -> c.strategy("Grid")
                        .hyperParameterTuningJobObjective(o -> o.type("Maximize").metricName("validation:rmse"))
                        .resourceLimits(l -> l.maxNumberOfTrainingJobs(3).maxParallelTrainingJobs(1))
                        .parameterRanges(r -> r.categoricalParameterRanges(CategoricalParameterRange.builder()
                                .name("max_depth").values("1", "2", "4").build())))
                .trainingJobDefinition(HyperParameterTrainingJobDefinition.builder()
                        .staticHyperParameters(Map.of("objective", "reg:squarederror", "num_round", "10"))
                        .algorithmSpecification(a -> a.trainingImage(image).trainingInputMode("File"))
                        .roleArn(ROLE).inputDataConfig(template.inputDataConfig())
                        .outputDataConfig(template.outputDataConfig()).resourceConfig(template.resourceConfig())
                        .stoppingCondition(template.stoppingCondition()).build())
                .build();
        TuningStep tune = new TuningStep("Tune", request);
        ModelStep best = ModelStep.create("Best", CreateModelRequest.builder().executionRoleArn(ROLE)
                .primaryContainer(c -> c.image(image).modelDataUrl(tune.getTopModelS3Uri(0, bucket, "e2e/tuning")
                        .asString())).build());
        Pipeline pipeline = Pipeline.builder("e2e-tuning").steps(tune, best).session(session).build();
        assertThat(pipeline.definition()).contains("\"Std:Join\":{\"On\":\"/\",\"Values\":[\"s3:/\",\"" + bucket
                + "\",\"e2e/tuning\",{\"Get\":\"Steps.Tune.TrainingJobSummaries[0].TrainingJobName\"},"
                + "\"output/model.tar.gz\"]}");
        pipeline.upsert(ROLE);

        PipelineExecution execution = pipeline.start();

        assertThat(execution.waitForCompletion().pipelineExecutionStatusAsString()).isEqualTo("Succeeded");
        Map<String, PipelineExecutionStep> steps = steps(execution);
        String tuningArn = steps.get("Tune").metadata().tuningJob().arn();
        String tuningJob = tuningArn.substring(tuningArn.indexOf('/') + 1);
        TuningJobsApi tuning = session.api(TuningJobsApi.CAPABILITY);
        String bestJob = tuning.describeHyperParameterTuningJob(DescribeHyperParameterTuningJobRequest.builder()
                .hyperParameterTuningJobName(tuningJob).build()).bestTrainingJob().trainingJobName();
        List<HyperParameterTrainingJobSummary> trials = tuning.listTrainingJobsForHyperParameterTuningJob(
                ListTrainingJobsForHyperParameterTuningJobRequest.builder().hyperParameterTuningJobName(tuningJob)
                        .build()).trainingJobSummaries();
        assertThat(trials).hasSize(3);
        String modelArn = steps.get("Best-CreateModel").metadata().model().arn();
        String modelData = session.api(HostingApi.CAPABILITY).describeModel(DescribeModelRequest.builder()
                .modelName(modelArn.substring(modelArn.indexOf('/') + 1)).build()).primaryContainer().modelDataUrl();
        assertThat(modelData).startsWith("s3://" + bucket + "/e2e/tuning/").endsWith("/output/model.tar.gz");
        String chosen = modelData.substring(("s3://" + bucket + "/e2e/tuning/").length(),
                modelData.length() - "/output/model.tar.gz".length());
        // three depths, three different errors: the chosen job is the one with the largest
        Map<String, Float> values = trials.stream().collect(Collectors.toMap(
                HyperParameterTrainingJobSummary::trainingJobName,
                t -> t.finalHyperParameterTuningJobObjectiveMetric().value()));
        assertThat(new java.util.HashSet<>(values.values())).hasSize(3);
        assertThat(values.get(chosen)).isEqualTo(values.get(bestJob))
                .isEqualTo(values.values().stream().max(Float::compare).orElseThrow());
        assertThat(session.objectStore().exists(modelData)).isTrue();
    }
}
