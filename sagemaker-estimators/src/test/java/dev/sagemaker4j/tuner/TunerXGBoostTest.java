/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.tuner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sagemaker4j.ImageUris;
import dev.sagemaker4j.Session;
import dev.sagemaker4j.estimator.Estimator;
import dev.sagemaker4j.exceptions.ValidationException;
import dev.sagemaker4j.inputs.TrainingInput;
import dev.sagemaker4j.predictor.Predictor;
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
import software.amazon.awssdk.services.sagemaker.model.HyperParameterTrainingJobSummary;
import software.amazon.awssdk.services.sagemaker.model.ListHyperParameterTuningJobsRequest;
import software.amazon.awssdk.services.sagemaker.model.ListTrainingJobsForHyperParameterTuningJobRequest;
import software.amazon.awssdk.services.sagemaker.model.ListTrainingJobsRequest;

/**
 * Tuning the built-in XGBoost on small generated data: real training jobs, the objective from their validation
 * metric, the best model deployed; and the algorithm's own refusal of a range, before any training job starts.
 */
class TunerXGBoostTest {
    @TempDir
    static Path tmp;
    static Session session;
    static Map<String, TrainingInput> inputs;

    @BeforeAll
    static void setUp() {
        session = Session.local(tmp.resolve("root"));
        Dataset all = Datasets.builder().rows(1200).features(5).seed(17).noise(0.3).regression();
        String train = all.slice(0, 900).upload(session, "tune/train");
        String validation = all.slice(900, 1200).upload(session, "tune/validation");
        inputs = new LinkedHashMap<>();
        inputs.put("train", TrainingInput.builder().s3Data(train).contentType("text/csv").build());
        inputs.put("validation", TrainingInput.builder().s3Data(validation).contentType("text/csv").build());
    }

    @AfterAll
    static void tearDown() {
        session.close();
    }

    static Estimator xgb() {
        return Estimator.builder().imageUri(ImageUris.retrieve("xgboost", session.region(), "1.7-1"))
                .instanceType("local").session(session).outputPath("s3://" + session.defaultBucket() + "/tune/out")
                .hyperparameters(Map.of("objective", "reg:squarederror", "num_round", 20)).build();
    }

    @Test
    void fit_xgboostRandom_minimisesValidationRmseAndDeploysTheBestModel() {
        Map<String, ParameterRange> ranges = new LinkedHashMap<>();
        ranges.put("eta", new ContinuousParameter(0.02, 0.5, "Logarithmic"));
        ranges.put("max_depth", new IntegerParameter(1, 6));
        HyperparameterTuner tuner = HyperparameterTuner.builder().estimator(xgb())
                .objectiveMetricName("validation:rmse").objectiveType("Minimize").hyperparameterRanges(ranges)
                .strategy("Random").maxJobs(4).maxParallelJobs(2).randomSeed(2).build();

        String name = tuner.fit(inputs);

        assertThat(name).matches("sagemaker-xgboost-\\d{6}-\\d{4}");
        DescribeHyperParameterTuningJobResponse d = tuner.describe();
        assertThat(d.hyperParameterTuningJobStatusAsString()).isEqualTo("Completed");
        assertThat(d.objectiveStatusCounters().succeeded()).isEqualTo(4);
        List<HyperParameterTrainingJobSummary> jobs = session.api(TuningJobsApi.CAPABILITY)
                .listTrainingJobsForHyperParameterTuningJob(ListTrainingJobsForHyperParameterTuningJobRequest
                        .builder().hyperParameterTuningJobName(name).sortBy("FinalObjectiveMetricValue")
                        .sortOrder("Ascending").build()).trainingJobSummaries();
        assertThat(jobs).hasSize(4);
        assertThat(jobs.get(0).trainingJobName()).isEqualTo(tuner.bestTrainingJob());
        assertThat(jobs.get(0).finalHyperParameterTuningJobObjectiveMetric().value())
                .isLessThanOrEqualTo(jobs.get(3).finalHyperParameterTuningJobObjectiveMetric().value());
        assertThat(tuner.bestEstimator().hyperparameters()).containsAllEntriesOf(jobs.get(0).tunedHyperParameters())
                .containsEntry("num_round", "20");

        Predictor<?> predictor = tuner.deploy(1, "local");
        @SuppressWarnings("unchecked")
        List<List<String>> rows = (List<List<String>>) predictor.predict(new float[][] {{0.1f, 0.2f, 0.3f, 0.4f,
                0.5f}});
        assertThat(Double.parseDouble(rows.get(0).get(0))).isFinite();
        predictor.deleteEndpoint();
    }

    @Test
    void fit_rangeOverAHyperparameterXgboostDoesNotTake_failsBeforeAnyTrainingJob() {
        int before = session.api(TrainingJobsApi.CAPABILITY).listTrainingJobs(ListTrainingJobsRequest.builder()
                .maxResults(100).build()).trainingJobSummaries().size();
        HyperparameterTuner tuner = HyperparameterTuner.builder().estimator(xgb())
                .objectiveMetricName("validation:rmse").objectiveType("Minimize")
                .hyperparameterRanges(Map.of("learning_rate_typo", new ContinuousParameter(0.1, 0.3)))
                .strategy("Random").maxJobs(2).build();
        HyperparameterTuner outOfRange = HyperparameterTuner.builder().estimator(xgb())
                .objectiveMetricName("validation:rmse").objectiveType("Minimize")
                .hyperparameterRanges(Map.of("eta", new ContinuousParameter(0.1, 3))).maxJobs(2).build();
        HyperparameterTuner noSuchMetric = HyperparameterTuner.builder().estimator(xgb())
                .objectiveMetricName("validation:accuracy_typo").hyperparameterRanges(Map.of("eta",
                        new ContinuousParameter(0.1, 0.3))).maxJobs(2).build();

        assertThatThrownBy(() -> tuner.fit(inputs, f -> f.jobName("typo-range")))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.field()).isEqualTo("HyperParameterTuningJobConfig.ParameterRanges");
                    assertThat(e.getMessage()).contains("learning_rate_typo").contains("is not a hyperparameter of");
                });
        assertThatThrownBy(() -> outOfRange.fit(inputs, f -> f.jobName("eta-range")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.getMessage()).contains("eta"));
        assertThatThrownBy(() -> noSuchMetric.fit(inputs, f -> f.jobName("metric-typo")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.getMessage())
                        .contains("validation:rmse"));

        assertThat(session.api(TuningJobsApi.CAPABILITY).listHyperParameterTuningJobs(
                ListHyperParameterTuningJobsRequest.builder().build()).hyperParameterTuningJobSummaries())
                .noneMatch(s -> s.hyperParameterTuningJobName().matches("typo-range|eta-range|metric-typo"));
        assertThat(session.api(TrainingJobsApi.CAPABILITY).listTrainingJobs(ListTrainingJobsRequest.builder()
                .maxResults(100).build()).trainingJobSummaries()).hasSize(before);
    }
}
