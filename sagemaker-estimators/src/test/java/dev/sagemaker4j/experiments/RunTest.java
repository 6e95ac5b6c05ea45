/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.experiments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sagemaker4j.ImageUris;
import dev.sagemaker4j.Session;
import dev.sagemaker4j.estimator.Estimator;
import dev.sagemaker4j.estimator.TrainingJob;
import dev.sagemaker4j.exceptions.ResourceNotFoundException;
import dev.sagemaker4j.exceptions.ValidationException;
import dev.sagemaker4j.inputs.TrainingInput;
import dev.sagemaker4j.local.SdkJson;
import dev.sagemaker4j.spi.ExperimentsApi;
import dev.sagemaker4j.spi.LineageApi;
import dev.sagemaker4j.spi.TrainingJobsApi;
import dev.sagemaker4j.testing.Dataset;
import dev.sagemaker4j.testing.Datasets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.Float8Vector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.sagemaker.model.CreateTrialRequest;
import software.amazon.awssdk.services.sagemaker.model.DescribeTrainingJobRequest;
import software.amazon.awssdk.services.sagemaker.model.DescribeTrialComponentRequest;
import software.amazon.awssdk.services.sagemaker.model.DescribeTrialComponentResponse;
import software.amazon.awssdk.services.sagemaker.model.ExperimentConfig;
import software.amazon.awssdk.services.sagemaker.model.ListAssociationsRequest;
import software.amazon.awssdk.services.sagemaker.model.ListTrialComponentsRequest;
import software.amazon.awssdk.services.sagemaker.model.TrialComponentMetricSummary;
import software.amazon.awssdk.services.sagemaker.model.TrialComponentSummary;

/**
 * Runs of an experiment with real XGBoost training jobs on small generated data: logged parameters and metrics,
 * jobs joining the open run, the summaries Describe and ExperimentAnalytics show, the graphs' JSON as Python's
 * scikit-learn computes it, persistence across sessions and the bad input the issue names.
 */
class RunTest {
    @TempDir
    static Path tmp;
    static Session session;
    static Map<String, TrainingInput> inputs;

    @BeforeAll
    static void setUp() {
        session = Session.local(tmp.resolve("root"));
        Dataset all = Datasets.builder().rows(400).features(4).seed(7).noise(0.3).regression();
        String train = all.slice(0, 300).upload(session, "exp/train");
        String validation = all.slice(300, 400).upload(session, "exp/validation");
        inputs = new LinkedHashMap<>();
        inputs.put("train", TrainingInput.builder().s3Data(train).contentType("text/csv").build());
        inputs.put("validation", TrainingInput.builder().s3Data(validation).contentType("text/csv").build());
    }

    @AfterAll
    static void tearDown() {
        session.close();
    }

    static Estimator xgb(double eta) {
        return Estimator.builder().imageUri(ImageUris.retrieve("xgboost", session.region(), "1.7-1"))
                .instanceType("local").session(session).outputPath("s3://" + session.defaultBucket() + "/exp/out")
                .hyperparameters(Map.of("objective", "reg:squarederror", "num_round", 8, "eta", eta)).build();
    }

    @Test
    void runs_withXGBoostJobsAndLoggedMetrics_analyticsComparesThem() throws Exception {
        Map<String, String> jobs = new LinkedHashMap<>();
        for (double eta : new double[] {0.1, 0.4}) {
            String runName = "eta-" + (int) (eta * 10);
            try (Run run = Run.builder().experimentName("Churn").runName(runName).session(session).build()) {
                assertThat(Run.current()).containsSame(run);
                run.logParameter("eta", eta);
                run.logParameters(Map.of("booster", "gbtree", "rounds", 8));
                for (int step = 0; step < 12; step++) {
                    int at = step;
                    run.logMetric("loss", 1.0 / (step + 1) + eta, m -> m.step(at));
                }
                TrainingJob job = xgb(eta).fit(inputs);
                jobs.put(runName, job.name());
                var described = session.api(TrainingJobsApi.CAPABILITY).describeTrainingJob(
                        DescribeTrainingJobRequest.builder().trainingJobName(job.name()).build());
                // as Python's check_and_get_run_experiment_config: the open run's config, exactly
                assertThat(described.experimentConfig()).isEqualTo(run.experimentConfig());
                assertThat(run.experimentConfig()).isEqualTo(ExperimentConfig.builder().experimentName("churn")
                        .trialName("Default-Run-Group-churn").runName("churn-" + runName).build());
            }
            assertThat(Run.current()).isEmpty();
        }

        ExperimentsApi api = session.api(ExperimentsApi.CAPABILITY);
        DescribeTrialComponentResponse run = api.describeTrialComponent(DescribeTrialComponentRequest.builder()
                .trialComponentName("churn-eta-1").build());
        assertThat(run.status().primaryStatusAsString()).isEqualTo("Completed");
        assertThat(run.startTime()).isBefore(run.endTime());
        assertThat(run.parameters().get("eta").numberValue()).isEqualTo(0.1);
        assertThat(run.parameters().get("booster").stringValue()).isEqualTo("gbtree");
        TrialComponentMetricSummary loss = run.metrics().get(0);
        double[] values = new double[12];
        for (int i = 0; i < 12; i++) {
            values[i] = 1.0 / (i + 1) + 0.1;
        }
        double avg = java.util.Arrays.stream(values).average().orElseThrow();
        double var = java.util.Arrays.stream(values).map(v -> (v - avg) * (v - avg)).sum() / 11;
        assertThat(loss.metricName()).isEqualTo("loss");
        assertThat(loss.count()).isEqualTo(12);
        assertThat(loss.max()).isCloseTo(1.1, within(1e-12));
        assertThat(loss.min()).isCloseTo(1.0 / 12 + 0.1, within(1e-12));
        assertThat(loss.avg()).isCloseTo(avg, within(1e-12));
        assertThat(loss.stdDev()).isCloseTo(Math.sqrt(var), within(1e-12));

        // the jobs joined the run group with their hyperparameters, artifacts and metrics
        String jobTc = jobs.get("eta-4") + "-aws-training-job";
        DescribeTrialComponentResponse job = api.describeTrialComponent(DescribeTrialComponentRequest.builder()
                .trialComponentName(jobTc).build());
        assertThat(job.source().sourceType()).isEqualTo("SageMakerTrainingJob");
        assertThat(job.source().sourceArn()).endsWith(":training-job/" + jobs.get("eta-4"));
        assertThat(job.status().primaryStatusAsString()).isEqualTo("Completed");
        assertThat(job.parameters().get("eta").numberValue()).isEqualTo(0.4);
        assertThat(job.parameters().get("objective").stringValue()).isEqualTo("reg:squarederror");
        assertThat(job.inputArtifacts()).containsKeys("train", "validation", "SageMaker.ImageUri");
        assertThat(job.outputArtifacts().get("SageMaker.ModelArtifact").value()).endsWith("model.tar.gz");
        TrialComponentMetricSummary rmse = job.metrics().stream()
                .filter(m -> m.metricName().equals("validation:rmse")).findFirst().orElseThrow();
        assertThat(rmse.count()).isEqualTo(8);
        assertThat(rmse.min()).isLessThanOrEqualTo(rmse.last()).isLessThan(rmse.max());
        List<TrialComponentSummary> inGroup = api.listTrialComponents(ListTrialComponentsRequest.builder()
                .trialName("Default-Run-Group-churn").maxResults(100).build()).trialComponentSummaries();
        assertThat(inGroup).extracting(TrialComponentSummary::trialComponentName).containsExactlyInAnyOrder(
                "churn-eta-1", "churn-eta-4", jobs.get("eta-1") + "-aws-training-job", jobTc);

        ExperimentAnalytics analytics = ExperimentAnalytics.builder().experimentName("churn")
                .sortBy("TrialComponentName").sortOrder("Ascending").session(session).build();
        List<Map<String, Object>> rows = analytics.dataframe();
        assertThat(rows).extracting(r -> r.get("TrialComponentName")).containsExactly(
                "churn-eta-1", "churn-eta-4", jobs.get("eta-1") + "-aws-training-job", jobTc);
        Map<String, Object> first = rows.get(0);
        assertThat(first).containsEntry("eta", 0.1).containsEntry("booster", "gbtree").containsEntry("rounds", 8.0)
                .containsEntry("loss - Count", 12.0).containsEntry("loss - Max", 1.1)
                .containsEntry("Trials", List.of("Default-Run-Group-churn"))
                .containsEntry("Experiments", List.of("churn"));
        assertThat((Double) first.get("loss - Last")).isCloseTo(1.0 / 12 + 0.1, within(1e-12));
        assertThat(rows.get(3)).containsEntry("eta", 0.4).containsKeys("validation:rmse - Min",
                "validation:rmse - Last", "SourceArn", "SageMaker.ModelArtifact - Value");

        String csv = analytics.toCsv();
        assertThat(csv.lines().findFirst().orElseThrow()).startsWith("TrialComponentName,DisplayName,")
                .contains("loss - Min");
        assertThat(csv.lines().count()).isEqualTo(5);
        try (RootAllocator allocator = new RootAllocator(); VectorSchemaRoot table = analytics.toArrow(allocator)) {
            assertThat(table.getRowCount()).isEqualTo(4);
            assertThat(((Float8Vector) table.getVector("loss - Count")).get(1)).isEqualTo(12.0);
        }
        ExperimentAnalytics onlyLoss = ExperimentAnalytics.builder().experimentName("churn")
                .metricNames(List.of("loss")).parameterNames(List.of("eta")).session(session).build();
        assertThat(onlyLoss.dataframe().get(0).keySet()).noneMatch(k -> k.startsWith("validation:rmse"))
                .doesNotContain("booster");

        List<Path> files = analytics.plot(tmp.resolve("report"));
        assertThat(files).extracting(p -> p.getFileName().toString()).contains("churn-loss-runs.png",
                "churn-loss-steps.png", "churn-validation_rmse-runs.png", "churn-runs.html");
        for (Path f : files) {
            assertThat(Files.size(f)).isGreaterThan(500);
        }
        assertThat(Files.readString(tmp.resolve("report/churn-runs.html"))).contains("loss across runs",
                "loss over steps", "churn-eta-4");
        assertThat(analytics.metricSeries(run.trialComponentArn(), "loss")).hasSize(12).containsEntry(0L, 1.1);

        // a new session on the same root (a new JVM) sees the same records
        try (Session again = Session.local(tmp.resolve("root"))) {
            assertThat(ExperimentAnalytics.of("churn", again).dataframe()).hasSize(4);
        }
    }

    @Test
    void transform_withTheRunsExperimentConfig_joinsTheRunGroup() {
        String features = session.uploadString("0.1,0.2,0.3,0.4\n0.5,0.6,0.7,0.8\n",
                "s3://" + session.defaultBucket() + "/exp/batch/in.csv");
        String transformJob;
        try (Run run = Run.create("batch", "r1", session)) {
            Estimator estimator = xgb(0.2);
            estimator.fit(inputs);
            transformJob = estimator.transformer(1, "local").transform(features, t -> t.contentType("text/csv")
                    .experimentConfig(run.experimentConfig()));
        }
        DescribeTrialComponentResponse tc = session.api(ExperimentsApi.CAPABILITY).describeTrialComponent(
                DescribeTrialComponentRequest.builder().trialComponentName(transformJob + "-aws-transform-job")
                        .build());
        assertThat(tc.source().sourceType()).isEqualTo("SageMakerTransformJob");
        assertThat(tc.status().primaryStatusAsString()).isEqualTo("Completed");
        assertThat(tc.inputArtifacts().get("SageMaker.TransformInput").value()).isEqualTo(features);
        assertThat(tc.outputArtifacts()).containsKey("SageMaker.TransformOutput");
        assertThat(tc.parameters().get("SageMaker.InstanceCount").numberValue()).isEqualTo(1.0);
        assertThat(session.api(ExperimentsApi.CAPABILITY).listTrialComponents(ListTrialComponentsRequest.builder()
                .trialName("Default-Run-Group-batch").build()).trialComponentSummaries())
                .extracting(TrialComponentSummary::trialComponentName).hasSize(3)
                .contains("batch-r1", transformJob + "-aws-transform-job");
    }

    @Test
    void build_runNameReusedInTheExperiment_refusedNamingRunName_andNothingWritten() {
        try (Run run = Run.create("reuse", "first", session)) {
            run.logParameter("a", 1);
        }
        ExperimentsApi api = session.api(ExperimentsApi.CAPABILITY);
        DescribeTrialComponentResponse before = api.describeTrialComponent(DescribeTrialComponentRequest.builder()
                .trialComponentName("reuse-first").build());

        assertThatThrownBy(() -> Run.create("reuse", "FIRST", session)).isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).field()).isEqualTo("runName"))
                .hasMessageContaining("already a run of experiment reuse").hasMessageContaining("Run.load");

        assertThat(Run.current()).isEmpty();
        DescribeTrialComponentResponse after = api.describeTrialComponent(DescribeTrialComponentRequest.builder()
                .trialComponentName("reuse-first").build());
        assertThat(after).isEqualTo(before);
        assertThat(api.listTrialComponents(ListTrialComponentsRequest.builder().experimentName("reuse").build())
                .trialComponentSummaries()).hasSize(1);

        // loading it on purpose adds to the same run
        try (Run loaded = Run.load("first", "reuse", session)) {
            loaded.logParameter("b", "two");
            assertThat(Run.load()).isSameAs(loaded);
        }
        assertThat(api.describeTrialComponent(DescribeTrialComponentRequest.builder()
                .trialComponentName("reuse-first").build()).parameters()).containsOnlyKeys("a", "b");
    }

    @Test
    void loadAndCreateTrial_unknownExperiment_notFoundWithTheFix() {
        assertThatThrownBy(() -> Run.load("r", "no-such-experiment", session))
                .isInstanceOf(ResourceNotFoundException.class).hasMessageContaining("no-such-experiment");
        assertThatThrownBy(() -> session.api(ExperimentsApi.CAPABILITY).createTrial(CreateTrialRequest.builder()
                .trialName("t").experimentName("no-such-experiment").build()))
                .isInstanceOf(ResourceNotFoundException.class).hasMessageContaining("CreateExperiment");
        assertThatThrownBy(() -> Run.load()).isInstanceOf(ValidationException.class)
                .hasMessageContaining("no run is open");
    }

    @Test
    void build_insideAnOpenRun_refused() {
        try (Run outer = Run.create("nested", "outer", session)) {
            assertThatThrownBy(() -> Run.create("nested", "inner", session))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("outer");
            assertThat(Run.current()).containsSame(outer);
        }
    }

    @Test
    void logMetric_outsideTheServiceWindowOrAfterClose_refused() {
        Run run = Run.create("window", "r1", session);
        assertThatThrownBy(() -> run.logMetric("m", 1.0, Instant.now().minusSeconds(15 * 24 * 3600)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("two weeks");
        run.logMetric("m", Double.NaN);
        run.close();
        assertThatThrownBy(() -> run.logMetric("m", 1.0)).isInstanceOf(IllegalStateException.class);
        assertThat(session.api(ExperimentsApi.CAPABILITY).describeTrialComponent(DescribeTrialComponentRequest
                .builder().trialComponentName("window-r1").build()).hasMetrics()).isFalse();
    }

    @Test
    void graphs_sameJsonAsPythonsScikitLearnCurves_uploadedAndInLineage() throws Exception {
        String roc;
        String pr;
        String cm;
        String arn;
        try (Run run = Run.create("graphs", "r1", session)) {
            arn = run.trialComponentArn();
            roc = run.logRocCurve(List.of(0, 0, 1, 1), List.of(0.1, 0.4, 0.35, 0.8), o -> o.title("roc"));
            pr = run.logPrecisionRecall(List.of(0, 0, 1, 1), List.of(0.1, 0.4, 0.35, 0.8), o -> o.title("pr"));
            cm = run.logConfusionMatrix(List.of(2, 0, 2, 2, 0, 1), List.of(0, 0, 2, 2, 0, 2), o -> o.title("cm"));
            Path notes = tmp.resolve("notes.txt");
            Files.writeString(notes, "hello");
            String uri = run.logFile(notes);
            assertThat(uri).isEqualTo("s3://" + session.defaultBucket()
                    + "/trial-component-artifacts/graphs-r1/notes.txt");
            run.logArtifact("data", "s3://b/k", a -> a.mediaType("text/csv").isOutput(false));
        }
        // sklearn: roc_curve([0,0,1,1],[.1,.4,.35,.8]) -> fpr [0,0,.5,.5,1], tpr [0,.5,.5,1,1], auc .75
        JsonNode r = SdkJson.MAPPER.readTree(session.objectStore().getString(roc));
        assertThat(r.path("type").asText()).isEqualTo("ROCCurve");
        assertThat(r.path("version").asInt()).isZero();
        assertThat(r.path("title").asText()).isEqualTo("roc");
        assertThat(doubles(r.path("falsePositiveRate"))).containsExactly(0.0, 0.0, 0.5, 0.5, 1.0);
        assertThat(doubles(r.path("truePositiveRate"))).containsExactly(0.0, 0.5, 0.5, 1.0, 1.0);
        assertThat(r.path("areaUnderCurve").asDouble()).isEqualTo(0.75);
        // precision_recall_curve -> precision [.5,.667,.5,1,1], recall [1,1,.5,.5,0]; average precision .8333
        JsonNode p = SdkJson.MAPPER.readTree(session.objectStore().getString(pr));
        assertThat(doubles(p.path("precision"))).containsExactly(0.5, 2.0 / 3, 0.5, 1.0, 1.0);
        assertThat(doubles(p.path("recall"))).containsExactly(1.0, 1.0, 0.5, 0.5, 0.0);
        assertThat(p.path("averagePrecisionScore").asDouble()).isCloseTo(5.0 / 6, within(1e-12));
        assertThat(p.path("noSkill").isNull()).isTrue();
        JsonNode c = SdkJson.MAPPER.readTree(session.objectStore().getString(cm));
        assertThat(c.path("confusionMatrix").toString()).isEqualTo("[[2,0,0],[0,0,1],[1,0,2]]");
        assertThat(c.fieldNames()).toIterable().containsExactly("type", "version", "title", "confusionMatrix");

        DescribeTrialComponentResponse tc = session.api(ExperimentsApi.CAPABILITY).describeTrialComponent(
                DescribeTrialComponentRequest.builder().trialComponentName("graphs-r1").build());
        assertThat(tc.outputArtifacts().get("notes").mediaType()).isEqualTo("text/plain");
        assertThat(tc.inputArtifacts().get("data").value()).isEqualTo("s3://b/k");
        var produced = session.api(LineageApi.CAPABILITY).listAssociations(ListAssociationsRequest.builder()
                .sourceArn(arn).build()).associationSummaries();
        assertThat(produced).extracting(a -> a.destinationName()).containsExactlyInAnyOrder("roc", "pr", "cm");
        assertThat(produced).allMatch(a -> a.associationTypeAsString().equals("Produced"));
    }

    private static List<Double> doubles(JsonNode array) {
        List<Double> out = new java.util.ArrayList<>();
        array.forEach(n -> out.add(n.asDouble()));
        return out.stream().collect(Collectors.toList());
    }
}
