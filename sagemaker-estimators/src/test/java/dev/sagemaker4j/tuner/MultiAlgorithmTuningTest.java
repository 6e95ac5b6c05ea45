/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.tuner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sagemaker4j.ImageUris;
import dev.sagemaker4j.Session;
import dev.sagemaker4j.estimator.Estimator;
import dev.sagemaker4j.estimator.EstimatorBase;
import dev.sagemaker4j.estimator.JavaEstimator;
import dev.sagemaker4j.estimator.TrainingScript;
import dev.sagemaker4j.exceptions.ValidationException;
import dev.sagemaker4j.inputs.TrainingInput;
import dev.sagemaker4j.local.TrainingEnvironment;
import dev.sagemaker4j.predictor.Predictor;
import dev.sagemaker4j.spi.TrainingJobsApi;
import dev.sagemaker4j.spi.TuningJobsApi;
import dev.sagemaker4j.testing.Dataset;
import dev.sagemaker4j.testing.Datasets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.sagemaker.model.DescribeHyperParameterTuningJobResponse;
import software.amazon.awssdk.services.sagemaker.model.DescribeTrainingJobRequest;
import software.amazon.awssdk.services.sagemaker.model.DescribeTrainingJobResponse;
import software.amazon.awssdk.services.sagemaker.model.HyperParameterTrainingJobSummary;
import software.amazon.awssdk.services.sagemaker.model.HyperParameterTuningInstanceConfig;
import software.amazon.awssdk.services.sagemaker.model.HyperParameterTuningJobWarmStartConfig;
import software.amazon.awssdk.services.sagemaker.model.ListHyperParameterTuningJobsRequest;
import software.amazon.awssdk.services.sagemaker.model.ListTrainingJobsForHyperParameterTuningJobRequest;
import software.amazon.awssdk.services.sagemaker.model.ListTrainingJobsRequest;
import software.amazon.awssdk.services.sagemaker.model.MetricDefinition;
import software.amazon.awssdk.services.sagemaker.model.ParameterRanges;
import software.amazon.awssdk.services.sagemaker.model.ParentHyperParameterTuningJob;

/**
 * Multi-algorithm tuning ({@code HyperparameterTuner.create}) with real training: the built-in XGBoost and a Java
 * entry point in one tuning job, each definition with its own ranges, statics, objective and algorithm; the best job
 * across both, the estimator of its definition rebuilt (also by attach from another session on the same root);
 * autotune's ranges for XGBoost; and Python's and the service's checks, before any training job starts.
 */
class MultiAlgorithmTuningTest {
    static final String AUC = "validation:auc";
    @TempDir
    static Path tmp;
    static Session session;
    static Map<String, TrainingInput> xgbInputs;
    static String javaData;

    /** Reports a "validation:auc" above any real AUC (1.5 at x = 0.3), so the best job is this definition's. */
    public static final class Score implements TrainingScript {
        @Override
        public void train(TrainingEnvironment env) throws Exception {
            double x = env.doubleHyperparameter("x", 0.5);
            env.log("validation:auc=" + (1.5 - (x - 0.3) * (x - 0.3)));
            java.nio.file.Files.writeString(env.modelDir().resolve("model.txt"), "x=" + x);
        }
    }

    @BeforeAll
    static void setUp() {
        session = Session.local(tmp.resolve("root"));
        Dataset all = Datasets.builder().rows(600).features(4).seed(5).noise(0.2).binaryClassification();
        xgbInputs = new LinkedHashMap<>();
        xgbInputs.put("train", TrainingInput.builder().s3Data(all.slice(0, 400).upload(session, "multi/train"))
                .contentType("text/csv").build());
        xgbInputs.put("validation", TrainingInput.builder().s3Data(all.slice(400, 600).upload(session,
                "multi/validation")).contentType("text/csv").build());
        javaData = session.uploadString("1\n", "s3://" + session.defaultBucket() + "/multi/java/rows.csv");
    }

    @AfterAll
    static void tearDown() {
        session.close();
    }

    static Estimator xgb() {
        return Estimator.builder().imageUri(ImageUris.retrieve("xgboost", session.region(), "1.7-1"))
                .instanceType("local").session(session).outputPath("s3://" + session.defaultBucket() + "/multi/out")
                .hyperparameters(Map.of("objective", "binary:logistic", "eval_metric", "auc", "num_round", 8))
                .build();
    }

    static JavaEstimator java() {
        return JavaEstimator.builder().entryPoint(Score.class).instanceType("local").session(session)
                .hyperparameters(Map.of("unused", 1)).build();
    }

    static HyperparameterTuner multi(Consumer options) {
        Map<String, EstimatorBase> estimators = new LinkedHashMap<>();
        estimators.put("xgboost", xgb());
        estimators.put("java", java());
        Map<String, Map<String, ParameterRange>> ranges = new LinkedHashMap<>();
        ranges.put("xgboost", Map.of("eta", new ContinuousParameter(0.05, 0.5), "max_depth",
                new IntegerParameter(2, 5)));
        ranges.put("java", Map.of("x", new ContinuousParameter(0.0, 1.0)));
        return HyperparameterTuner.create(estimators, Map.of("xgboost", AUC, "java", AUC), ranges, c -> {
            c.metricDefinitionsDict(Map.of("java", List.of(MetricDefinition.builder().name(AUC)
                    .regex("validation:auc=([-+0-9.eE]+)").build())));
            options.accept(c);
        });
    }

    /** Options of a test's tuner. */
    interface Consumer extends java.util.function.Consumer<HyperparameterTuner.CreateOptions.Builder> {
    }

    static TuningInputs inputs() {
        return TuningInputs.builder().channels("xgboost", xgbInputs).input("java", javaData).build();
    }

    static List<HyperParameterTrainingJobSummary> jobs(Session s, String name) {
        return s.api(TuningJobsApi.CAPABILITY).listTrainingJobsForHyperParameterTuningJob(
                ListTrainingJobsForHyperParameterTuningJobRequest.builder().hyperParameterTuningJobName(name)
                        .maxResults(100).build()).trainingJobSummaries();
    }

    @Test
    void create_xgboostAndJavaEntryPoint_tunesEachDefinitionAndFindsTheBestAcrossBoth() {
        HyperparameterTuner tuner = multi(c -> c.strategy("Random").maxJobs(6).maxParallelJobs(2).randomSeed(4));
        tuner.overrideResourceConfig(Map.of("java", List.of(HyperParameterTuningInstanceConfig.builder()
                .instanceType("ml.m5.large").instanceCount(1).volumeSizeInGB(10).build())));

        String name = tuner.fit(inputs(), f -> f.jobName("multi-algo"));

        DescribeHyperParameterTuningJobResponse d = tuner.describe();
        assertThat(d.hyperParameterTuningJobStatusAsString()).isEqualTo("Completed");
        assertThat(d.trainingJobDefinition()).isNull();
        assertThat(d.trainingJobDefinitions()).extracting(x -> x.definitionName()).containsExactly("java", "xgboost");
        assertThat(d.trainingJobStatusCounters().completed()).isEqualTo(6);
        List<HyperParameterTrainingJobSummary> jobs = jobs(session, name);
        assertThat(jobs).hasSize(6);
        Map<String, List<HyperParameterTrainingJobSummary>> byDefinition = jobs.stream().collect(
                Collectors.groupingBy(HyperParameterTrainingJobSummary::trainingJobDefinitionName));
        assertThat(byDefinition).containsOnlyKeys("java", "xgboost");
        assertThat(byDefinition.get("java")).hasSize(3).allSatisfy(j -> {
            assertThat(j.tunedHyperParameters()).containsOnlyKeys("x");
            double x = Double.parseDouble(j.tunedHyperParameters().get("x"));
            assertThat(j.finalHyperParameterTuningJobObjectiveMetric().value()).isCloseTo(
                    (float) (1.5 - (x - 0.3) * (x - 0.3)), org.assertj.core.data.Offset.offset(1e-4f));
        });
        assertThat(byDefinition.get("xgboost")).hasSize(3).allSatisfy(j -> {
            assertThat(j.tunedHyperParameters()).containsOnlyKeys("eta", "max_depth");
            assertThat(j.finalHyperParameterTuningJobObjectiveMetric().value()).isBetween(0.5f, 1.0f);
        });
        // each job ran its own definition: its algorithm, statics and (for java) instance type override
        HyperParameterTrainingJobSummary anyXgb = byDefinition.get("xgboost").get(0);
        DescribeTrainingJobResponse xgbJob = session.api(TrainingJobsApi.CAPABILITY).describeTrainingJob(
                DescribeTrainingJobRequest.builder().trainingJobName(anyXgb.trainingJobName()).build());
        assertThat(xgbJob.hyperParameters()).containsEntry("num_round", "8").containsEntry(
                "_tuning_objective_metric", AUC).doesNotContainKey("x");
        DescribeTrainingJobResponse javaJob = session.api(TrainingJobsApi.CAPABILITY).describeTrainingJob(
                DescribeTrainingJobRequest.builder().trainingJobName(byDefinition.get("java").get(0)
                        .trainingJobName()).build());
        assertThat(javaJob.resourceConfig().instanceTypeAsString()).isEqualTo("ml.m5.large");
        assertThat(javaJob.hyperParameters()).containsEntry("unused", "1").doesNotContainKey("eta");
        // the best across both definitions, and the estimator of its definition
        HyperParameterTrainingJobSummary best = d.bestTrainingJob();
        float max = (float) jobs.stream().mapToDouble(j -> j.finalHyperParameterTuningJobObjectiveMetric().value())
                .max().orElseThrow();
        assertThat(best.finalHyperParameterTuningJobObjectiveMetric().value()).isEqualTo(max);
        assertThat(best.trainingJobDefinitionName()).isEqualTo("java");
        EstimatorBase bestEstimator = tuner.bestEstimator();
        assertThat(bestEstimator).isInstanceOf(JavaEstimator.class);
        assertThat(((JavaEstimator) bestEstimator).entryPoint()).isEqualTo(Score.class.getName());
        assertThat(bestEstimator.hyperparameters()).containsAllEntriesOf(best.tunedHyperParameters());
        // the best XGBoost job deploys as an XGBoost model
        HyperParameterTrainingJobSummary bestXgb = byDefinition.get("xgboost").stream().max((a, b) -> Float.compare(
                a.finalHyperParameterTuningJobObjectiveMetric().value(),
                b.finalHyperParameterTuningJobObjectiveMetric().value())).orElseThrow();
        EstimatorBase xgbEstimator = tuner.bestEstimator(bestXgb.trainingJobName());
        assertThat(xgbEstimator).isInstanceOf(Estimator.class);
        Predictor<?> predictor = xgbEstimator.deploy(1, "local");
        @SuppressWarnings("unchecked")
        List<List<String>> rows = (List<List<String>>) predictor.predict(new float[][] {{0.1f, 0.2f, 0.3f, 0.4f}});
        assertThat(Double.parseDouble(rows.get(0).get(0))).isBetween(0.0, 1.0);
        predictor.deleteEndpoint();

        // attach from a new session on the same root rebuilds both estimators from their definitions
        try (Session other = Session.local(tmp.resolve("root"))) {
            HyperparameterTuner attached = HyperparameterTuner.attach(name, other);
            assertThat(attached.estimator()).isNull();
            assertThat(attached.estimatorDict()).containsOnlyKeys("java", "xgboost");
            assertThat(attached.estimatorDict().get("java")).isInstanceOf(JavaEstimator.class);
            assertThat(attached.estimatorDict().get("xgboost")).isInstanceOf(Estimator.class);
            assertThat(attached.estimatorDict().get("xgboost").hyperparameters()).containsEntry("num_round", "8")
                    .doesNotContainKey("_tuning_objective_metric");
            assertThat(attached.objectiveMetricNameDict()).containsEntry("java", AUC).containsEntry("xgboost", AUC);
            assertThat(attached.hyperparameterRangesDict()).isEqualTo(tuner.hyperparameterRangesDict());
            assertThat(attached.bestTrainingJob()).isEqualTo(best.trainingJobName());
            assertThat(attached.bestEstimator()).isInstanceOf(JavaEstimator.class);
            HyperparameterTuner asEstimators = HyperparameterTuner.attach(name, other, a -> a.estimatorCls(
                    Map.of("java", Estimator.class)));
            assertThat(asEstimators.estimatorDict().get("java")).isExactlyInstanceOf(Estimator.class);
            assertThatThrownBy(() -> HyperparameterTuner.attach(name, other, a -> a.estimatorCls(
                    Map.of("pca", Estimator.class)))).isInstanceOfSatisfying(ValidationException.class,
                            e -> assertThat(e.field()).isEqualTo("estimatorCls"));
        }
    }

    @Test
    void autotune_xgboostWithoutRanges_tunesItsRecommendedRangesAndDescribesThem() {
        HyperparameterTuner tuner = HyperparameterTuner.builder().estimator(xgb()).objectiveMetricName(AUC)
                .autotune(true).hyperparametersToKeepStatic(List.of("objective", "eval_metric", "num_round"))
                .strategy("Random").maxJobs(2).maxParallelJobs(2).randomSeed(1).build();

        String name = tuner.fit(xgbInputs, f -> f.jobName("autotune-xgb"));

        DescribeHyperParameterTuningJobResponse d = tuner.describe();
        assertThat(d.autotune().modeAsString()).isEqualTo("Enabled");
        assertThat(d.hyperParameterTuningJobStatusAsString()).isEqualTo("Completed");
        ParameterRanges chosen = d.hyperParameterTuningJobConfig().parameterRanges();
        assertThat(chosen.continuousParameterRanges()).extracting(r -> r.name()).containsExactly("alpha", "eta",
                "gamma", "lambda", "min_child_weight", "subsample", "colsample_bytree");
        assertThat(chosen.integerParameterRanges()).singleElement().satisfies(r -> {
            assertThat(r.name()).isEqualTo("max_depth");
            assertThat(r.maxValue()).isEqualTo("10");
        });
        assertThat(d.trainingJobDefinition().staticHyperParameters()).containsEntry("num_round", "8")
                .containsEntry("objective", "binary:logistic");
        assertThat(jobs(session, name)).hasSize(2).allSatisfy(j -> assertThat(j.tunedHyperParameters().keySet())
                .containsExactlyInAnyOrder("alpha", "eta", "gamma", "lambda", "max_depth", "min_child_weight",
                        "subsample", "colsample_bytree"));
    }

    /**
     * The request with autotune, as Python's {@code test_fit_pca_with_autotune} and
     * {@code test_fit_multi_estimators_autotune}: {@code Autotune{Mode=Enabled}}; the hyperparameters not kept static
     * go as {@code AutoParameters} (their values the hints), only the kept ones stay static.
     */
    @Test
    void request_autotune_sendsAutoParametersAsPython() {
        HyperparameterTuner single = HyperparameterTuner.builder().estimator(xgb()).objectiveMetricName(AUC)
                .autotune(true).hyperparametersToKeepStatic(List.of("objective")).build();
        var request = single.request("auto", xgb().trainingJobRequest(xgbInputs, "auto"), false);

        assertThat(request.autotune().modeAsString()).isEqualTo("Enabled");
        assertThat(request.trainingJobDefinition().staticHyperParameters()).containsOnlyKeys("objective");
        assertThat(request.hyperParameterTuningJobConfig().parameterRanges().autoParameters())
                .extracting(a -> a.name() + "=" + a.valueHint()).containsExactlyInAnyOrder("eval_metric=auc",
                        "num_round=8");
        assertThat(request.hyperParameterTuningJobConfig().parameterRanges().hasContinuousParameterRanges())
                .isFalse();

        HyperparameterTuner multi = multi(c -> c.autotune(true).hyperparametersToKeepStaticDict(Map.of("xgboost",
                List.of("objective", "num_round"))));
        Map<String, software.amazon.awssdk.services.sagemaker.model.CreateTrainingJobRequest> trainings =
                new LinkedHashMap<>();
        trainings.put("java", java().trainingJobRequest(Map.of(), "auto"));
        trainings.put("xgboost", xgb().trainingJobRequest(xgbInputs, "auto"));
        var multiRequest = multi.requestForEstimators("auto", trainings, false);
        assertThat(multiRequest.trainingJobDefinitions().get(0).staticHyperParameters()).isEmpty();
        assertThat(multiRequest.trainingJobDefinitions().get(0).hyperParameterRanges().autoParameters())
                .extracting(a -> a.name()).containsExactlyInAnyOrder("unused", "sagemaker_program");
        assertThat(multiRequest.trainingJobDefinitions().get(1).staticHyperParameters())
                .containsOnlyKeys("objective", "num_round");
        assertThat(multiRequest.trainingJobDefinitions().get(1).hyperParameterRanges().continuousParameterRanges())
                .extracting(r -> r.name()).containsExactly("eta");
        assertThatThrownBy(() -> HyperparameterTuner.builder().estimator(xgb()).objectiveMetricName(AUC)
                .autotune(true).hyperparametersToKeepStatic(List.of("no_such")).build().request("auto",
                        xgb().trainingJobRequest(xgbInputs, "auto"), false))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field())
                        .isEqualTo("hyperparametersToKeepStatic"));
    }

    @Test
    void badInput_asPythonAndTheServiceAnswer_failsNamingTheFieldBeforeAnyTrainingJob() {
        int before = session.api(TrainingJobsApi.CAPABILITY).listTrainingJobs(ListTrainingJobsRequest.builder()
                .maxResults(100).build()).trainingJobSummaries().size();
        Map<String, ParameterRange> eta = Map.of("eta", new ContinuousParameter(0.1, 0.3));

        assertThatThrownBy(() -> HyperparameterTuner.create(Map.of(), Map.of(), Map.of()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field())
                        .isEqualTo("estimatorDict"));
        assertThatThrownBy(() -> HyperparameterTuner.create(Map.of("xgboost", xgb()), Map.of("xgb", AUC),
                Map.of("xgboost", eta))).isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.field()).isEqualTo("objectiveMetricNameDict");
                    assertThat(e.getMessage()).contains("[xgboost]");
                });
        assertThatThrownBy(() -> HyperparameterTuner.create(Map.of("xgboost", xgb()), Map.of("xgboost", AUC),
                Map.of("xgboost", eta), c -> c.metricDefinitionsDict(Map.of("pca", List.of()))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field())
                        .isEqualTo("metricDefinitionsDict"));
        assertThatThrownBy(() -> HyperparameterTuner.create(Map.of("xgboost", xgb()), Map.of("xgboost", AUC),
                Map.of("xgboost", eta), c -> c.strategy("Grid"))).isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.field()).isEqualTo("hyperparameterRangesDict.xgboost.eta"));
        assertThatThrownBy(() -> HyperparameterTuner.create(Map.of("xgboost", xgb()), Map.of("xgboost", AUC),
                Map.of("xgboost", Map.of()))).isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.field()).isEqualTo("hyperparameterRangesDict.xgboost"));
        assertThatThrownBy(() -> HyperparameterTuner.builder().estimator(xgb()).objectiveMetricName(AUC)
                .hyperparameterRanges(eta).hyperparametersToKeepStatic(List.of("objective")).build())
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field())
                        .isEqualTo("hyperparametersToKeepStatic"));
        HyperparameterTuner tuner = multi(c -> c.maxJobs(2));
        assertThatThrownBy(() -> tuner.fit(TuningInputs.builder().channels("pca", xgbInputs).build()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("inputs"));
        assertThatThrownBy(() -> tuner.fit(xgbInputs)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.getMessage()).contains("TuningInputs"));
        assertThatThrownBy(() -> tuner.fit(inputs(), f -> f.estimatorKwargs(Map.of("pca",
                EstimatorBase.FitOptions.builder().build())))).isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.field()).isEqualTo("estimatorKwargs"));
        // the service's: early stopping and warm start only when tuning a single algorithm
        assertThatThrownBy(() -> multi(c -> c.maxJobs(2).earlyStoppingType("Auto")).fit(inputs(),
                f -> f.jobName("bad-multi-stop"))).isInstanceOfSatisfying(ValidationException.class, e -> assertThat(
                        e.field()).isEqualTo("HyperParameterTuningJobConfig.TrainingJobEarlyStoppingType"));
        assertThatThrownBy(() -> multi(c -> c.maxJobs(2).warmStartConfig(HyperParameterTuningJobWarmStartConfig
                .builder().warmStartType("TransferLearning").parentHyperParameterTuningJobs(
                        ParentHyperParameterTuningJob.builder().hyperParameterTuningJobName("any").build()).build()))
                .fit(inputs(), f -> f.jobName("bad-multi-warm"))).isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.field()).isEqualTo("WarmStartConfig"));
        // autotune knows no ranges for a Java entry point
        HyperparameterTuner noTunables = HyperparameterTuner.builder().estimator(java()).objectiveMetricName(AUC)
                .metricDefinition(AUC, "validation:auc=([0-9.]+)").autotune(true).build();
        assertThatThrownBy(() -> noTunables.fit(Map.of("train", TrainingInput.of(javaData)),
                f -> f.jobName("bad-autotune"))).isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.field()).isEqualTo("HyperParameterTuningJobConfig.ParameterRanges");
                    assertThat(e.getMessage()).contains("Autotune").contains("hyperparameterRanges");
                });

        assertThat(session.api(TrainingJobsApi.CAPABILITY).listTrainingJobs(ListTrainingJobsRequest.builder()
                .maxResults(100).build()).trainingJobSummaries()).hasSize(before);
        assertThat(session.api(TuningJobsApi.CAPABILITY).listHyperParameterTuningJobs(
                ListHyperParameterTuningJobsRequest.builder().nameContains("bad-").build())
                .hyperParameterTuningJobSummaries()).isEmpty();
    }
}
