/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.tuner;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sagemaker4j.ImageUris;
import dev.sagemaker4j.Session;
import dev.sagemaker4j.analytics.TrainingJobAnalytics;
import dev.sagemaker4j.estimator.Estimator;
import dev.sagemaker4j.inputs.TrainingInput;
import dev.sagemaker4j.spi.TrainingJobsApi;
import dev.sagemaker4j.spi.TuningJobsApi;
import dev.sagemaker4j.testing.Dataset;
import dev.sagemaker4j.testing.Datasets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.sagemaker.model.DescribeHyperParameterTuningJobResponse;
import software.amazon.awssdk.services.sagemaker.model.DescribeTrainingJobRequest;
import software.amazon.awssdk.services.sagemaker.model.DescribeTrainingJobResponse;
import software.amazon.awssdk.services.sagemaker.model.HyperParameterTrainingJobSummary;
import software.amazon.awssdk.services.sagemaker.model.HyperParameterTuningJobStrategyConfig;
import software.amazon.awssdk.services.sagemaker.model.HyperbandStrategyConfig;
import software.amazon.awssdk.services.sagemaker.model.ListTrainingJobsForHyperParameterTuningJobRequest;
import software.amazon.awssdk.services.sagemaker.model.MetricData;

/**
 * Hyperband over the built-in XGBoost: the resource is {@code num_round} (MaxResource read from the static
 * hyperparameter, as the service does), the rungs judge the {@code validation:rmse} the rounds report, and the jobs
 * behind at a rung are stopped between two rounds and end Stopped with the objective they reached, as on the service.
 */
class TunerHyperbandXGBoostTest {
    static final int ROUNDS = 90;
    @TempDir
    static Path tmp;
    static Session session;
    static Map<String, TrainingInput> inputs;

    @BeforeAll
    static void setUp() {
        session = Session.local(tmp.resolve("root"));
        // rows enough that a round takes milliseconds: the tuner sees a job's rung before the job ends
        Dataset all = Datasets.builder().rows(24_000).features(10).seed(5).noise(0.5).regression();
        String train = all.slice(0, 20_000).upload(session, "hyperband/train");
        String validation = all.slice(20_000, 24_000).upload(session, "hyperband/validation");
        inputs = new LinkedHashMap<>();
        inputs.put("train", TrainingInput.builder().s3Data(train).contentType("text/csv").build());
        inputs.put("validation", TrainingInput.builder().s3Data(validation).contentType("text/csv").build());
    }

    @AfterAll
    static void tearDown() {
        session.close();
    }

    @Test
    void fit_hyperbandOverNumRound_stopsXgboostJobsBehindAtARungAndTheyEndStopped() {
        Estimator xgb = Estimator.builder().imageUri(ImageUris.retrieve("xgboost", session.region(), "1.7-1"))
                .instanceType("local").session(session).outputPath("s3://" + session.defaultBucket() + "/hb/out")
                .hyperparameters(Map.of("objective", "reg:squarederror", "num_round", ROUNDS)).build();
        Map<String, ParameterRange> ranges = new LinkedHashMap<>();
        // eta decides how far a job gets in 10 rounds: the slow learners are behind at the first rung
        ranges.put("eta", new ContinuousParameter(0.005, 0.5, "Logarithmic"));
        ranges.put("max_depth", new IntegerParameter(2, 6));
        HyperparameterTuner tuner = HyperparameterTuner.builder().estimator(xgb)
                .objectiveMetricName("validation:rmse").objectiveType("Minimize").hyperparameterRanges(ranges)
                .strategy("Hyperband")
                // MinResource 10 and MaxResource from num_round (90): brackets with rungs {10, 30} and {30}
                .strategyConfig(HyperParameterTuningJobStrategyConfig.builder().hyperbandStrategyConfig(
                        HyperbandStrategyConfig.builder().minResource(10).build()).build())
                .maxJobs(12).maxParallelJobs(2).randomSeed(4).build();

        String name = tuner.fit(inputs, f -> f.jobName("hb-xgboost"));

        DescribeHyperParameterTuningJobResponse d = tuner.describe();
        assertThat(d.hyperParameterTuningJobStatusAsString()).isEqualTo("Completed");
        assertThat(d.trainingJobStatusCounters().stopped()).isPositive();
        assertThat(d.trainingJobStatusCounters().completed()).isPositive();
        assertThat(d.trainingJobStatusCounters().completed() + d.trainingJobStatusCounters().stopped())
                .isEqualTo(12);
        assertThat(d.objectiveStatusCounters().succeeded()).isEqualTo(12);
        List<HyperParameterTrainingJobSummary> jobs = session.api(TuningJobsApi.CAPABILITY)
                .listTrainingJobsForHyperParameterTuningJob(ListTrainingJobsForHyperParameterTuningJobRequest
                        .builder().hyperParameterTuningJobName(name).maxResults(100).build()).trainingJobSummaries();
        assertThat(jobs).hasSize(12);
        float best = Float.POSITIVE_INFINITY;
        for (HyperParameterTrainingJobSummary s : jobs) {
            DescribeTrainingJobResponse job = session.api(TrainingJobsApi.CAPABILITY).describeTrainingJob(
                    DescribeTrainingJobRequest.builder().trainingJobName(s.trainingJobName()).build());
            // the training job itself says how it ended, as DescribeTrainingJob does on the service
            assertThat(job.trainingJobStatusAsString()).isEqualTo(s.trainingJobStatusAsString());
            float objective = s.finalHyperParameterTuningJobObjectiveMetric().value();
            assertThat(job.finalMetricDataList()).extracting(MetricData::metricName).contains("validation:rmse");
            best = Math.min(best, objective);
            if ("Stopped".equals(s.trainingJobStatusAsString())) {
                // stopped between two rounds, after its rung and before num_round: fewer rounds than a whole job
                assertThat(job.secondaryStatusTransitions()).isNotEmpty();
                assertThat(job.hyperParameters()).containsEntry("num_round", Integer.toString(ROUNDS));
                assertThat(rounds(job)).isBetween(10, ROUNDS - 1);
            } else {
                assertThat(s.trainingJobStatusAsString()).isEqualTo("Completed");
                assertThat(rounds(job)).isEqualTo(ROUNDS);
            }
        }
        assertThat(d.bestTrainingJob().finalHyperParameterTuningJobObjectiveMetric().value()).isEqualTo(best);
        assertThat(d.bestTrainingJob().trainingJobStatusAsString()).isEqualTo("Completed");
    }

    /** How many rounds a job reported its validation:rmse for (its metric series). */
    static int rounds(DescribeTrainingJobResponse job) {
        return new TrainingJobAnalytics(job.trainingJobName(), session).series("validation:rmse").size();
    }
}
