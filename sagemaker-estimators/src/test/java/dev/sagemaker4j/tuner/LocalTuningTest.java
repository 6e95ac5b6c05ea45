/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.tuner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sagemaker4j.Session;
import dev.sagemaker4j.analytics.HyperparameterTuningJobAnalytics;
import dev.sagemaker4j.estimator.JavaEstimator;
import dev.sagemaker4j.estimator.TrainingScript;
import dev.sagemaker4j.exceptions.ResourceNotFoundException;
import dev.sagemaker4j.exceptions.ValidationException;
import dev.sagemaker4j.inputs.TrainingInput;
import dev.sagemaker4j.local.TrainingEnvironment;
import dev.sagemaker4j.progress.ProgressEvent;
import dev.sagemaker4j.spi.TrainingJobsApi;
import dev.sagemaker4j.spi.TuningJobsApi;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.Float8Vector;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.sagemaker.model.DescribeHyperParameterTuningJobResponse;
import software.amazon.awssdk.services.sagemaker.model.DescribeTrainingJobRequest;
import software.amazon.awssdk.services.sagemaker.model.HyperParameterTrainingJobSummary;
import software.amazon.awssdk.services.sagemaker.model.HyperParameterTuningJobStrategyConfig;
import software.amazon.awssdk.services.sagemaker.model.HyperParameterTuningJobWarmStartConfig;
import software.amazon.awssdk.services.sagemaker.model.HyperbandStrategyConfig;
import software.amazon.awssdk.services.sagemaker.model.ListHyperParameterTuningJobsRequest;
import software.amazon.awssdk.services.sagemaker.model.ListTrainingJobsForHyperParameterTuningJobRequest;
import software.amazon.awssdk.services.sagemaker.model.ListTrainingJobsRequest;
import software.amazon.awssdk.services.sagemaker.model.ParentHyperParameterTuningJob;

/**
 * The local tuning engine with a Java entry point whose objective is a known function, so every job's objective and
 * the best point can be checked exactly: the strategies, the counters, the names, stop, failures, attach from
 * another session on the same root, and the service's checks before any training job starts.
 */
class LocalTuningTest {
    static final String METRIC_REGEX = "objective=([-+0-9.eE]+)";
    @TempDir
    static Path tmp;
    static Session session;
    static String trainUri;

    /** The objective: largest (0) at x = 0.3, n = 7, kernel = b. Fails for x above 0.95. */
    public static final class KnownFunction implements TrainingScript {
        @Override
        public void train(TrainingEnvironment env) throws Exception {
            double x = env.doubleHyperparameter("x", 0.5);
            int n = env.intHyperparameter("n", 1);
            String kernel = env.hyperparameters().getOrDefault("kernel", "b");
            if (x > 0.95) {
                throw new IllegalArgumentException("x " + x + " diverges");
            }
            if (env.hyperparameters().containsKey("sleep")) {
                Thread.sleep(Long.parseLong(env.hyperparameters().get("sleep")));
            }
            env.log("objective=" + f(x, n, kernel));
            java.nio.file.Files.writeString(env.modelDir().resolve("model.txt"), "x=" + x);
        }
    }

    /** Reports an objective that grows with the epochs, to x at the end; sleeps a little between epochs. */
    public static final class Epochs implements TrainingScript {
        @Override
        public void train(TrainingEnvironment env) throws Exception {
            double x = env.doubleHyperparameter("x", 0.5);
            for (int epoch = 0; epoch < 20; epoch++) {
                env.log("objective=" + x * (epoch + 1) / 20);
                Thread.sleep(40);
            }
            java.nio.file.Files.writeString(env.modelDir().resolve("model.txt"), "x=" + x);
        }
    }

    /** Reports x times the epoch number, one value per epoch, for {@code epochs} epochs (default 9). */
    public static final class Steps implements TrainingScript {
        @Override
        public void train(TrainingEnvironment env) throws Exception {
            double x = env.doubleHyperparameter("x", 0.5);
            int epochs = env.intHyperparameter("epochs", 9);
            for (int epoch = 1; epoch <= epochs; epoch++) {
                env.log("objective=" + x * epoch);
                Thread.sleep(60);
            }
            java.nio.file.Files.writeString(env.modelDir().resolve("model.txt"), "x=" + x);
        }
    }

    static double f(double x, int n, String kernel) {
        return -(x - 0.3) * (x - 0.3) - 0.01 * (n - 7) * (n - 7) - ("b".equals(kernel) ? 0 : 0.5);
    }

    @BeforeAll
    static void setUp() {
        session = Session.local(tmp.resolve("root"));
        trainUri = session.uploadString("1\n", "s3://" + session.defaultBucket() + "/tune/rows.csv");
    }

    @AfterAll
    static void tearDown() {
        session.close();
    }

    static JavaEstimator estimator(Map<String, ?> hyperparameters) {
        return JavaEstimator.builder().entryPoint(KnownFunction.class).instanceType("local").session(session)
                .hyperparameters(hyperparameters).build();
    }

    static HyperparameterTuner.Builder tuner(Map<String, ParameterRange> ranges) {
        return HyperparameterTuner.builder().estimator(estimator(Map.of())).objectiveMetricName("objective")
                .metricDefinition("objective", METRIC_REGEX).hyperparameterRanges(ranges);
    }

    static Map<String, ParameterRange> mixed() {
        Map<String, ParameterRange> ranges = new LinkedHashMap<>();
        ranges.put("x", new ContinuousParameter(0.0, 0.9));
        ranges.put("n", new IntegerParameter(1, 10));
        ranges.put("kernel", CategoricalParameter.of("a", "b", "c"));
        return ranges;
    }

    static Map<String, TrainingInput> inputs() {
        return Map.of("train", TrainingInput.of(trainUri));
    }

    static List<HyperParameterTrainingJobSummary> trainingJobs(String tuningJob) {
        return session.api(TuningJobsApi.CAPABILITY).listTrainingJobsForHyperParameterTuningJob(
                ListTrainingJobsForHyperParameterTuningJobRequest.builder().hyperParameterTuningJobName(tuningJob)
                        .maxResults(100).build()).trainingJobSummaries();
    }

    static double objectiveOf(HyperParameterTrainingJobSummary s) {
        Map<String, String> hp = s.tunedHyperParameters();
        return f(Double.parseDouble(hp.get("x")), Integer.parseInt(hp.get("n")), hp.get("kernel"));
    }

    @Test
    void fit_random_runsMaxJobsWithCountersBestAndServiceNames() {
        HyperparameterTuner tuner = tuner(mixed()).strategy("Random").maxJobs(6).maxParallelJobs(2).randomSeed(3)
                .tags(Map.of("team", "ml")).build();

        String name = tuner.fit(inputs(), f -> f.jobName("random-known"));

        DescribeHyperParameterTuningJobResponse d = tuner.describe();
        assertThat(name).isEqualTo("random-known");
        assertThat(d.hyperParameterTuningJobStatusAsString()).isEqualTo("Completed");
        assertThat(d.trainingJobStatusCounters().completed()).isEqualTo(6);
        assertThat(d.trainingJobStatusCounters().inProgress()).isZero();
        assertThat(d.objectiveStatusCounters().succeeded()).isEqualTo(6);
        assertThat(d.trainingJobDefinition().staticHyperParameters()).containsEntry("_tuning_objective_metric",
                "objective");
        List<HyperParameterTrainingJobSummary> jobs = trainingJobs(name);
        assertThat(jobs).hasSize(6).allSatisfy(s -> {
            assertThat(s.trainingJobName()).matches("random-known-00[1-6]-[0-9a-f]{8}");
            assertThat(s.trainingJobStatusAsString()).isEqualTo("Completed");
            assertThat(s.tuningJobName()).isEqualTo(name);
            // the objective each job reported is the known function of its hyperparameters
            assertThat((double) s.finalHyperParameterTuningJobObjectiveMetric().value())
                    .isCloseTo(objectiveOf(s), org.assertj.core.data.Offset.offset(1e-6));
        });
        HyperParameterTrainingJobSummary best = jobs.stream().max((a, b) -> Float.compare(
                a.finalHyperParameterTuningJobObjectiveMetric().value(),
                b.finalHyperParameterTuningJobObjectiveMetric().value())).orElseThrow();
        assertThat(tuner.bestTrainingJob()).isEqualTo(best.trainingJobName());
        assertThat(d.bestTrainingJob().tunedHyperParameters()).isEqualTo(best.tunedHyperParameters());
        // each training job is a real one, with the static and tuned hyperparameters and the objective's name
        var job = session.api(TrainingJobsApi.CAPABILITY).describeTrainingJob(DescribeTrainingJobRequest.builder()
                .trainingJobName(best.trainingJobName()).build());
        assertThat(job.hyperParameters()).containsEntry("sagemaker_program", KnownFunction.class.getName())
                .containsEntry("_tuning_objective_metric", "objective").containsAllEntriesOf(best.tunedHyperParameters());
        assertThat(tuner.bestEstimator().modelData()).endsWith(best.trainingJobName() + "/output/model.tar.gz");
    }

    @Test
    void analytics_oneRowPerTrainingJob_asRowsCsvAndArrow() throws Exception {
        Map<String, ParameterRange> ranges = new LinkedHashMap<>();
        ranges.put("kernel", CategoricalParameter.of("a", "b"));
        ranges.put("n", CategoricalParameter.of(6, 7));
        HyperparameterTuner tuner = tuner(ranges).strategy("Grid").maxParallelJobs(2).build();
        tuner.fit(inputs(), f -> f.jobName("analytics-known"));

        HyperparameterTuningJobAnalytics analytics = tuner.analytics();
        List<Map<String, Object>> rows = analytics.dataframe();

        assertThat(rows).hasSize(4).allSatisfy(row -> {
            assertThat(row.keySet()).containsExactly("kernel", "n", "TrainingJobName", "TrainingJobStatus",
                    "FinalObjectiveValue", "TrainingStartTime", "TrainingEndTime", "TrainingElapsedTimeSeconds");
            assertThat(row.get("n")).isInstanceOf(Double.class);
            assertThat((Double) row.get("FinalObjectiveValue")).isCloseTo(f(0.5, ((Double) row.get("n")).intValue(),
                    (String) row.get("kernel")), org.assertj.core.data.Offset.offset(1e-6));
            assertThat((Double) row.get("TrainingElapsedTimeSeconds")).isPositive();
        });
        assertThat(analytics.tuningRanges()).containsOnlyKeys("kernel", "n");
        String csv = analytics.toCsv();
        assertThat(csv.lines().findFirst().orElseThrow()).isEqualTo("kernel,n,TrainingJobName,TrainingJobStatus,"
                + "FinalObjectiveValue,TrainingStartTime,TrainingEndTime,TrainingElapsedTimeSeconds");
        assertThat(csv.lines()).hasSize(5);
        assertThat(analytics.exportCsv(tmp.resolve("trials.csv"))).content().isEqualTo(csv);
        try (BufferAllocator allocator = new RootAllocator(); VectorSchemaRoot table = analytics.toArrow(allocator)) {
            assertThat(table.getRowCount()).isEqualTo(4);
            assertThat(table.getVector("n")).isInstanceOf(Float8Vector.class);
            assertThat(table.getVector("kernel")).isInstanceOf(VarCharVector.class);
            assertThat(table.getVector("FinalObjectiveValue")).isInstanceOf(Float8Vector.class);
        }
    }

    @Test
    void fit_grid_triesEveryCategoricalCombinationOnceAndFindsTheBest() {
        Map<String, ParameterRange> ranges = new LinkedHashMap<>();
        ranges.put("kernel", CategoricalParameter.of("a", "b", "c"));
        ranges.put("n", CategoricalParameter.of(5, 7));
        HyperparameterTuner tuner = tuner(ranges).strategy("Grid").maxParallelJobs(3).build();

        String name = tuner.fit(inputs(), f -> f.jobName("grid-known"));

        List<HyperParameterTrainingJobSummary> jobs = trainingJobs(name);
        Set<Map<String, String>> points = jobs.stream().map(HyperParameterTrainingJobSummary::tunedHyperParameters)
                .collect(Collectors.toSet());
        assertThat(jobs).hasSize(6);
        assertThat(points).hasSize(6);
        assertThat(tuner.describe().bestTrainingJob().tunedHyperParameters()).isEqualTo(Map.of("kernel", "b",
                "n", "7"));
        assertThat(tuner.describe().bestTrainingJob().finalHyperParameterTuningJobObjectiveMetric().value())
                .isEqualTo((float) f(0.5, 7, "b"));
    }

    @Test
    void fit_bayesian_findsAPointNearTheOptimumWithoutRepeatingOne() {
        HyperparameterTuner tuner = tuner(mixed()).strategy("Bayesian").maxJobs(18).maxParallelJobs(2)
                .randomSeed(11).build();

        String name = tuner.fit(inputs(), f -> f.jobName("bayes-known"));

        List<HyperParameterTrainingJobSummary> jobs = trainingJobs(name);
        assertThat(jobs).hasSize(18);
        Set<Map<String, String>> points = new HashSet<>();
        jobs.forEach(s -> assertThat(points.add(s.tunedHyperParameters())).as("proposed twice").isTrue());
        DescribeHyperParameterTuningJobResponse d = tuner.describe();
        assertThat(d.bestTrainingJob().tunedHyperParameters()).containsEntry("kernel", "b");
        assertThat(d.bestTrainingJob().finalHyperParameterTuningJobObjectiveMetric().value()).isGreaterThan(-0.02f);
    }

    @Test
    void fit_sameSeedOneAtATime_proposesTheSamePoints() {
        HyperparameterTuner first = tuner(mixed()).strategy("Bayesian").maxJobs(6).randomSeed(5).build();
        HyperparameterTuner second = tuner(mixed()).strategy("Bayesian").maxJobs(6).randomSeed(5).build();

        first.fit(inputs(), f -> f.jobName("seeded-one"));
        second.fit(inputs(), f -> f.jobName("seeded-two"));

        assertThat(trainingJobs("seeded-two").stream().map(HyperParameterTrainingJobSummary::tunedHyperParameters))
                .containsExactlyElementsOf(trainingJobs("seeded-one").stream()
                        .map(HyperParameterTrainingJobSummary::tunedHyperParameters).toList());
    }

    @Test
    void fit_someTrainingJobsFail_countsThemAndGoesOn() {
        Map<String, ParameterRange> ranges = Map.of("x", CategoricalParameter.of(0.2, 0.99, 0.3, 0.97));
        HyperparameterTuner tuner = tuner(ranges).strategy("Grid").maxParallelJobs(2).build();

        tuner.fit(inputs(), f -> f.jobName("failing-known"));

        DescribeHyperParameterTuningJobResponse d = tuner.describe();
        assertThat(d.hyperParameterTuningJobStatusAsString()).isEqualTo("Completed");
        assertThat(d.trainingJobStatusCounters().completed()).isEqualTo(2);
        assertThat(d.trainingJobStatusCounters().nonRetryableError()).isEqualTo(2);
        assertThat(d.objectiveStatusCounters().failed()).isEqualTo(2);
        assertThat(d.bestTrainingJob().tunedHyperParameters()).containsEntry("x", "0.3");
        assertThat(trainingJobs("failing-known")).filteredOn(s -> s.trainingJobStatusAsString().equals("Failed"))
                .allSatisfy(s -> assertThat(s.failureReason()).contains("diverges"));
    }

    @Test
    void stop_runningTuningJob_stopsItsTrainingJobsAndKeepsTheFinishedOnes() throws Exception {
        HyperparameterTuner tuner = HyperparameterTuner.builder()
                .estimator(estimator(Map.of("sleep", 60_000))).objectiveMetricName("objective")
                .metricDefinition("objective", METRIC_REGEX)
                // x stays below 0.95, where the function fails
                .hyperparameterRanges(Map.of("x", new ContinuousParameter(0.0, 0.9))).strategy("Random")
                .maxJobs(5).maxParallelJobs(2).build();
        String name = tuner.fit(inputs(), f -> f.jobName("stopped-known").wait(false));
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (tuner.describe().trainingJobStatusCounters().inProgress() < 2 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }

        tuner.stopTuningJob();

        DescribeHyperParameterTuningJobResponse d = tuner.waitForJob();
        assertThat(d.hyperParameterTuningJobStatusAsString()).isEqualTo("Stopped");
        assertThat(d.trainingJobStatusCounters().stopped()).isEqualTo(2);
        assertThat(d.trainingJobStatusCounters().inProgress()).isZero();
        assertThat(trainingJobs(name)).hasSize(2).allSatisfy(s -> assertThat(s.trainingJobStatusAsString())
                .isEqualTo("Stopped"));
    }

    @Test
    void attach_fromAnotherSessionOnTheSameRoot_describesListsAndRebuildsTheTuner() {
        HyperparameterTuner tuner = tuner(mixed()).strategy("Random").maxJobs(3).maxParallelJobs(3).randomSeed(1)
                .build();
        String name = tuner.fit(inputs(), f -> f.jobName("attached-known"));

        try (Session other = Session.local(tmp.resolve("root"))) {
            HyperparameterTuner attached = HyperparameterTuner.attach(name, other);

            assertThat(attached.bestTrainingJob()).isEqualTo(tuner.bestTrainingJob());
            assertThat(attached.ranges()).isEqualTo(mixed());
            assertThat(attached.strategy()).isEqualTo("Random");
            assertThat(attached.maxJobs()).isEqualTo(3);
            assertThat(attached.estimator().hyperparameters()).containsEntry("sagemaker_program",
                    KnownFunction.class.getName()).doesNotContainKey("_tuning_objective_metric");
            assertThat(other.api(TuningJobsApi.CAPABILITY).listTrainingJobsForHyperParameterTuningJob(
                    ListTrainingJobsForHyperParameterTuningJobRequest.builder().hyperParameterTuningJobName(name)
                            .build()).trainingJobSummaries()).hasSize(3);
            assertThat(other.api(TuningJobsApi.CAPABILITY).listHyperParameterTuningJobs(
                    ListHyperParameterTuningJobsRequest.builder().nameContains("attached").build())
                    .hyperParameterTuningJobSummaries()).singleElement().satisfies(s -> {
                        assertThat(s.hyperParameterTuningJobName()).isEqualTo(name);
                        assertThat(s.trainingJobStatusCounters().completed()).isEqualTo(3);
                        assertThat(s.strategyAsString()).isEqualTo("Random");
                    });
        }
    }

    @Test
    void fit_earlyStoppingAuto_stopsJobsWorseThanTheMedianOfEarlierOnes() {
        HyperparameterTuner tuner = HyperparameterTuner.builder()
                .estimator(JavaEstimator.builder().entryPoint(Epochs.class).instanceType("local").session(session)
                        .build())
                .objectiveMetricName("objective").metricDefinition("objective", METRIC_REGEX)
                .hyperparameterRanges(Map.of("x", CategoricalParameter.of(0.9, 0.8, 0.7, 0.1, 0.75, 0.2)))
                .strategy("Grid").maxParallelJobs(1).earlyStoppingType("Auto").build();

        String name = tuner.fit(inputs(), f -> f.jobName("early-stopping"));

        DescribeHyperParameterTuningJobResponse d = tuner.describe();
        assertThat(d.hyperParameterTuningJobStatusAsString()).isEqualTo("Completed");
        assertThat(d.trainingJobStatusCounters().completed()).isEqualTo(4);
        assertThat(d.trainingJobStatusCounters().stopped()).isEqualTo(2);
        // a job stopped early keeps the objective it reached
        assertThat(d.objectiveStatusCounters().succeeded()).isEqualTo(6);
        Map<String, String> statusByX = trainingJobs(name).stream().collect(Collectors.toMap(
                s -> s.tunedHyperParameters().get("x"), HyperParameterTrainingJobSummary::trainingJobStatusAsString));
        assertThat(statusByX).containsEntry("0.1", "Stopped").containsEntry("0.2", "Stopped")
                .containsEntry("0.75", "Completed").containsEntry("0.9", "Completed");
        assertThat(tuner.bestTrainingJob()).isEqualTo(d.bestTrainingJob().trainingJobName());
        assertThat(d.bestTrainingJob().tunedHyperParameters()).containsEntry("x", "0.9");
    }

    static HyperparameterTuner.Builder hyperband(Map<String, ?> hyperparameters) {
        return HyperparameterTuner.builder()
                .estimator(JavaEstimator.builder().entryPoint(Steps.class).instanceType("local").session(session)
                        .hyperparameters(hyperparameters).build())
                .objectiveMetricName("objective").metricDefinition("objective", METRIC_REGEX)
                .hyperparameterRanges(Map.of("x", new ContinuousParameter(0.0, 1.0))).strategy("Hyperband");
    }

    @Test
    void fit_hyperband_stopsJobsBehindAtTheirRungsAndKeepsTheBest() {
        HyperparameterTuner tuner = hyperband(Map.of())
                .strategyConfig(HyperParameterTuningJobStrategyConfig.builder().hyperbandStrategyConfig(
                        HyperbandStrategyConfig.builder().minResource(1).maxResource(9).build()).build())
                .maxJobs(12).maxParallelJobs(1).randomSeed(7).build();

        String name = tuner.fit(inputs(), f -> f.jobName("hyperband"));

        DescribeHyperParameterTuningJobResponse d = tuner.describe();
        assertThat(d.hyperParameterTuningJobStatusAsString()).isEqualTo("Completed");
        List<HyperParameterTrainingJobSummary> jobs = trainingJobs(name);
        assertThat(jobs).hasSize(12);
        // the most aggressive bracket judges at epochs 1 and 3: jobs behind there end Stopped, as on the service
        assertThat(d.trainingJobStatusCounters().stopped()).isPositive();
        assertThat(d.trainingJobStatusCounters().completed() + d.trainingJobStatusCounters().stopped())
                .isEqualTo(12);
        double bestX = jobs.stream().mapToDouble(s -> Double.parseDouble(s.tunedHyperParameters().get("x")))
                .max().orElseThrow();
        // the objective grows with x at every epoch: the largest x is never behind, runs all 9 epochs and wins
        assertThat(Double.parseDouble(d.bestTrainingJob().tunedHyperParameters().get("x"))).isEqualTo(bestX);
        assertThat(d.bestTrainingJob().trainingJobStatusAsString()).isEqualTo("Completed");
        assertThat((double) d.bestTrainingJob().finalHyperParameterTuningJobObjectiveMetric().value())
                .isCloseTo(bestX * 9, Offset.offset(1e-4));
        for (HyperParameterTrainingJobSummary s : jobs) {
            if ("Stopped".equals(s.trainingJobStatusAsString())) {
                // stopped before its last epoch, with the objective it reached
                assertThat((double) s.finalHyperParameterTuningJobObjectiveMetric().value())
                        .isLessThan(Double.parseDouble(s.tunedHyperParameters().get("x")) * 9 - 1e-6);
            }
        }
    }

    @Test
    void fit_hyperbandBadInput_refusesEarlyStoppingAutoAndAMissingMaxResource() {
        assertThatThrownBy(() -> hyperband(Map.of("epochs", 9)).maxJobs(3).maxParallelJobs(1)
                .earlyStoppingType("Auto").build().fit(inputs(), f -> f.jobName("hb-auto")))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("HyperParameterTuningJobConfig.TrainingJobEarlyStoppingType")
                .hasMessageContaining("Hyperband");
        assertThatThrownBy(() -> hyperband(Map.of()).maxJobs(3).maxParallelJobs(1).build()
                .fit(inputs(), f -> f.jobName("hb-no-max")))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("HyperbandStrategyConfig.MaxResource");
        assertThat(session.api(TuningJobsApi.CAPABILITY).listHyperParameterTuningJobs(
                ListHyperParameterTuningJobsRequest.builder().nameContains("hb-no-max").build())
                .hyperParameterTuningJobSummaries()).isEmpty();
    }

    @Test
    void fit_hyperbandMaxResourceFromStaticEpochs_runsLocally() {
        HyperparameterTuner tuner = hyperband(Map.of("epochs", 3)).maxJobs(3).maxParallelJobs(3).build();

        tuner.fit(inputs(), f -> f.jobName("hb-epochs"));

        assertThat(tuner.describe().hyperParameterTuningJobStatusAsString()).isEqualTo("Completed");
        assertThat(tuner.describe().objectiveStatusCounters().succeeded()).isEqualTo(3);
    }

    @Test
    void fit_progress_reportsJobsDoneOfTotalAndTheBestObjectiveSoFar() {
        List<ProgressEvent> events = new CopyOnWriteArrayList<>();
        try (Session watched = Session.builder().backend("local").root(tmp.resolve("root"))
                .progressListener(events::add).build()) {
            HyperparameterTuner.builder()
                    .estimator(JavaEstimator.builder().entryPoint(KnownFunction.class).instanceType("local")
                            .session(watched).build())
                    .objectiveMetricName("objective").metricDefinition("objective", METRIC_REGEX)
                    .hyperparameterRanges(Map.of("x", CategoricalParameter.of(0.1, 0.3, 0.6, 0.5)))
                    .strategy("Grid").maxParallelJobs(1).build()
                    .fit(inputs(), f -> f.jobName("progress"));
        }
        List<ProgressEvent> tuning = events.stream().filter(e -> "Tuning".equals(e.task())).toList();
        assertThat(tuning).isNotEmpty().allSatisfy(e -> {
            assertThat(e.name()).isEqualTo("progress");
            assertThat(e.unit()).isEqualTo("job");
            assertThat(e.total()).isEqualTo(4);
        });
        assertThat(tuning).extracting(ProgressEvent::done).isSorted().contains(1L, 2L, 3L, 4L);
        // the best so far: f(0.1) first, then f(0.3) = 0 (the optimum) from the second job on
        assertThat(tuning.stream().filter(e -> e.done() == 1).findFirst().orElseThrow().metrics())
                .containsEntry("best_objective", (double) (float) f(0.1, 1, "b"));
        ProgressEvent last = tuning.get(tuning.size() - 1);
        assertThat(last.done()).isEqualTo(4);
        assertThat(last.metrics().get("best_objective")).isCloseTo(f(0.3, 1, "b"), Offset.offset(1e-6));
        assertThat(last.metrics()).containsKey("objective");
    }

    @Test
    void fit_warmStartFromAParent_seedsTheSurrogateAndTriesNoParentPointAgain() {
        tuner(mixed()).strategy("Random").maxJobs(5).maxParallelJobs(5).randomSeed(8).build()
                .fit(inputs(), f -> f.jobName("warm-parent"));
        HyperparameterTuner child = tuner(mixed()).strategy("Bayesian").maxJobs(3).randomSeed(8)
                .warmStartConfig(HyperParameterTuningJobWarmStartConfig.builder()
                        .warmStartType("IdenticalDataAndAlgorithm").parentHyperParameterTuningJobs(
                                ParentHyperParameterTuningJob.builder().hyperParameterTuningJobName("warm-parent")
                                        .build()).build())
                .build();

        child.fit(inputs(), f -> f.jobName("warm-child"));

        Set<Map<String, String>> parentPoints = trainingJobs("warm-parent").stream()
                .map(HyperParameterTrainingJobSummary::tunedHyperParameters).collect(Collectors.toSet());
        assertThat(child.describe().warmStartConfig().parentHyperParameterTuningJobs()).hasSize(1);
        assertThat(child.describe().trainingJobStatusCounters().completed()).isEqualTo(3);
        assertThat(trainingJobs("warm-child")).hasSize(3).allSatisfy(s -> assertThat(parentPoints)
                .doesNotContain(s.tunedHyperParameters()));
    }

    @Test
    void identicalDatasetAndAlgorithmTuner_afterFit_warmStartsFromItAndTheGivenParents() {
        HyperparameterTuner parent = tuner(mixed()).strategy("Random").maxJobs(3).maxParallelJobs(3).randomSeed(4)
                .build();
        assertThatThrownBy(() -> parent.identicalDatasetAndAlgorithmTuner(Set.of()))
                .isInstanceOf(ValidationException.class).hasMessageContaining("latestTuningJob");
        parent.fit(inputs(), f -> f.jobName("ident-parent"));
        tuner(mixed()).strategy("Random").maxJobs(2).maxParallelJobs(2).randomSeed(5).build()
                .fit(inputs(), f -> f.jobName("ident-other"));

        HyperparameterTuner child = parent.identicalDatasetAndAlgorithmTuner(Set.of("ident-other"));
        child.fit(inputs(), f -> f.jobName("ident-child"));

        HyperParameterTuningJobWarmStartConfig warm = child.describe().warmStartConfig();
        assertThat(warm.warmStartTypeAsString()).isEqualTo("IdenticalDataAndAlgorithm");
        assertThat(warm.parentHyperParameterTuningJobs()).extracting(
                ParentHyperParameterTuningJob::hyperParameterTuningJobName).containsExactly("ident-parent", "ident-other");
        assertThat(child.ranges()).isEqualTo(parent.ranges());
        assertThat(child.maxJobs()).isEqualTo(3);
        assertThat(child.describe().trainingJobStatusCounters().completed()).isEqualTo(3);
        Set<Map<String, String>> parentPoints = new HashSet<>();
        for (String p : List.of("ident-parent", "ident-other")) {
            trainingJobs(p).forEach(j -> parentPoints.add(j.tunedHyperParameters()));
        }
        assertThat(trainingJobs("ident-child")).allSatisfy(j -> assertThat(parentPoints)
                .doesNotContain(j.tunedHyperParameters()));
    }

    static HyperParameterTuningJobWarmStartConfig warm(String type, String parent) {
        return HyperParameterTuningJobWarmStartConfig.builder().warmStartType(type).parentHyperParameterTuningJobs(
                ParentHyperParameterTuningJob.builder().hyperParameterTuningJobName(parent).build()).build();
    }

    @Test
    void warmStart_parentOnOtherDataOrAlgorithm_identicalRefusesTransferLearningClipsAndRuns() {
        tuner(mixed()).strategy("Random").maxJobs(3).maxParallelJobs(3).randomSeed(8).build()
                .fit(inputs(), f -> f.jobName("ws-parent"));
        String otherData = session.uploadString("2\n", "s3://" + session.defaultBucket() + "/tune/other.csv");
        Map<String, ParameterRange> narrower = new LinkedHashMap<>();
        narrower.put("x", new ContinuousParameter(0.2, 0.5));
        narrower.put("n", new IntegerParameter(5, 9));
        narrower.put("kernel", CategoricalParameter.of("a", "b"));
        HyperparameterTuner identical = tuner(narrower).maxJobs(2)
                .warmStartConfig(warm("IdenticalDataAndAlgorithm", "ws-parent")).build();
        dev.sagemaker4j.estimator.Estimator xgb = dev.sagemaker4j.estimator.Estimator.builder()
                .imageUri(dev.sagemaker4j.ImageUris.retrieve("xgboost", session.region(), "1.7-1"))
                .instanceType("local").session(session).outputPath("s3://" + session.defaultBucket() + "/tune/xgb")
                .hyperparameters(Map.of("num_round", 2)).build();
        HyperparameterTuner otherAlgorithm = HyperparameterTuner.builder().estimator(xgb)
                .objectiveMetricName("objective").metricDefinition("objective", METRIC_REGEX)
                .hyperparameterRanges(Map.of("eta", new ContinuousParameter(0.1, 0.3))).maxJobs(1)
                .warmStartConfig(warm("IdenticalDataAndAlgorithm", "ws-parent")).build();

        assertThatThrownBy(() -> identical.fit(Map.of("train", TrainingInput.of(otherData)),
                f -> f.jobName("ws-identical"))).isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.field()).isEqualTo("WarmStartConfig.ParentHyperParameterTuningJobs");
                    assertThat(e.getMessage()).contains("input data").contains("TransferLearning");
                });
        assertThatThrownBy(() -> otherAlgorithm.fit(inputs(), f -> f.jobName("ws-algorithm")))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.field()).isEqualTo("WarmStartConfig.ParentHyperParameterTuningJobs");
                    assertThat(e.getMessage()).contains("image").contains("TransferLearning");
                });

        // TransferLearning takes the parent on other data with other ranges: its jobs are the prior, clipped
        HyperparameterTuner transfer = tuner(narrower).maxJobs(3).randomSeed(2)
                .warmStartConfig(warm("TransferLearning", "ws-parent")).build();
        transfer.fit(Map.of("train", TrainingInput.of(otherData)), f -> f.jobName("ws-transfer"));

        assertThat(transfer.describe().hyperParameterTuningJobStatusAsString()).isEqualTo("Completed");
        assertThat(trainingJobs("ws-transfer")).hasSize(3).allSatisfy(j -> assertThat(Double.parseDouble(
                j.tunedHyperParameters().get("x"))).isBetween(0.2, 0.5));
    }

    @Test
    void transferLearningTuner_withAnotherEstimatorAndTooManyParents_keepsTheRangesOrRefuses() {
        HyperparameterTuner parent = tuner(mixed()).strategy("Random").maxJobs(1).randomSeed(6).build();
        parent.fit(inputs(), f -> f.jobName("transfer-parent"));

        HyperparameterTuner child = parent.transferLearningTuner(null, parent.estimator());

        assertThat(child.estimator()).isSameAs(parent.estimator());
        assertThat(child.ranges()).isEqualTo(parent.ranges());
        assertThatThrownBy(() -> parent.transferLearningTuner(Set.of("a", "b", "c", "d", "e"), null))
                .isInstanceOf(ValidationException.class).hasMessageContaining("additionalParents")
                .hasMessageContaining("5");
    }

    @Test
    void fit_badInput_failsNamingTheFieldBeforeAnyTrainingJobStarts() {
        int trainingJobsBefore = session.api(TrainingJobsApi.CAPABILITY).listTrainingJobs(
                ListTrainingJobsRequest.builder().maxResults(100).build()).trainingJobSummaries().size();
        // a range over a hyperparameter the algorithm does not know: TunerXGBoostTest (the algorithm's own check)

        assertThatThrownBy(() -> tuner(Map.of("x", new ContinuousParameter(0, 1))).strategy("Grid").build())
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field())
                        .isEqualTo("hyperparameterRanges.x"));
        assertThatThrownBy(() -> tuner(mixed()).maxJobs(2).maxParallelJobs(3).build())
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field())
                        .isEqualTo("maxParallelJobs"));
        assertThatThrownBy(() -> tuner(mixed()).objectiveMetricName("accuracy").build())
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field())
                        .isEqualTo("objectiveMetricName"));
        assertThatThrownBy(() -> tuner(Map.of()).build())
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field())
                        .isEqualTo("hyperparameterRanges"));
        // the service's own check: a custom algorithm's objective needs a metric definition
        HyperparameterTuner noDefinition = HyperparameterTuner.builder().estimator(estimator(Map.of()))
                .objectiveMetricName("objective").hyperparameterRanges(mixed()).build();
        assertThatThrownBy(() -> noDefinition.fit(inputs(), f -> f.jobName("bad-metric")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo(
                        "HyperParameterTuningJobConfig.HyperParameterTuningJobObjective.MetricName"));
        HyperparameterTuner badParent = tuner(mixed()).warmStartConfig(HyperParameterTuningJobWarmStartConfig
                .builder().warmStartType("IdenticalDataAndAlgorithm").parentHyperParameterTuningJobs(ParentHyperParameterTuningJob.builder()
                        .hyperParameterTuningJobName("no-such-parent").build()).build()).build();
        assertThatThrownBy(() -> badParent.fit(inputs(), f -> f.jobName("bad-parent")))
                .isInstanceOf(ResourceNotFoundException.class).hasMessageContaining("no-such-parent");

        assertThat(session.api(TuningJobsApi.CAPABILITY).listHyperParameterTuningJobs(
                ListHyperParameterTuningJobsRequest.builder().nameContains("bad-").build())
                .hyperParameterTuningJobSummaries()).isEmpty();
        assertThat(session.api(TrainingJobsApi.CAPABILITY).listTrainingJobs(ListTrainingJobsRequest.builder()
                .maxResults(100).build()).trainingJobSummaries()).hasSize(trainingJobsBefore);
    }
}
