/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.examples;

import dev.sagemaker4j.ImageUris;
import dev.sagemaker4j.Session;
import dev.sagemaker4j.estimator.Estimator;
import dev.sagemaker4j.estimator.EstimatorBase;
import dev.sagemaker4j.inputs.TrainingInput;
import dev.sagemaker4j.spi.TuningJobsApi;
import dev.sagemaker4j.tuner.ContinuousParameter;
import dev.sagemaker4j.tuner.HyperparameterTuner;
import dev.sagemaker4j.tuner.IntegerParameter;
import dev.sagemaker4j.tuner.ParameterRange;
import dev.sagemaker4j.tuner.TuningInputs;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import software.amazon.awssdk.services.sagemaker.model.DescribeHyperParameterTuningJobResponse;
import software.amazon.awssdk.services.sagemaker.model.HyperParameterTrainingJobSummary;
import software.amazon.awssdk.services.sagemaker.model.ListTrainingJobsForHyperParameterTuningJobRequest;

/**
 * Multi-algorithm tuning ({@code HyperparameterTuner.create}): XGBoost and Linear Learner compete on the same
 * generated data (a circle, which trees fit and a line does not) in one tuning job, each with its own ranges and its
 * validation log loss as the objective; the best job across both tells which algorithm wins.
 *
 * <pre>{@code
 * mvn -B -q -Pexample -Dexample=MultiAlgorithmTuning -pl examples -am verify -DskipTests
 * }</pre>
 */
public final class MultiAlgorithmTuning {
    private MultiAlgorithmTuning() {
    }

    /**
     * Runs the example.
     *
     * @param args optional: the root folder (default {@code target/examples/multi-tuning})
     * @throws IOException when the data cannot be written
     */
    public static void main(String[] args) throws IOException {
        run(args.length > 0 ? Path.of(args[0]) : Path.of("target", "examples", "multi-tuning"), System.out);
    }

    /**
     * Runs the example, printing what it does.
     *
     * @param root the folder for the session and the data
     * @param out  where to print
     * @throws IOException when the data cannot be written
     */
    public static void run(Path root, PrintStream out) throws IOException {
        SyntheticData all = SyntheticData.circle(1500, 4, 11);
        try (Session session = Session.local(root.resolve("session"))) {
            String bucket = session.defaultBucket();
            Path data = root.resolve("data");
            String trainUri = session.uploadData(all.slice(0, 1000).writeLabelFirstCsv(data.resolve("train.csv")),
                    bucket, "multi/train");
            String validationUri = session.uploadData(all.slice(1000, 1500).writeLabelFirstCsv(
                    data.resolve("validation.csv")), bucket, "multi/validation");
            Map<String, TrainingInput> channels = Map.of(
                    "train", TrainingInput.builder().s3Data(trainUri).contentType("text/csv").build(),
                    "validation", TrainingInput.builder().s3Data(validationUri).contentType("text/csv").build());

            Map<String, EstimatorBase> estimators = new LinkedHashMap<>();
            estimators.put("xgboost", Estimator.builder()
                    .imageUri(ImageUris.retrieve("xgboost", session.region(), "1.7-1"))
                    .instanceType("local").outputPath("s3://" + bucket + "/multi/xgboost").session(session)
                    .hyperparameters(Map.of("objective", "binary:logistic", "num_round", 20, "eval_metric",
                            "logloss"))
                    .build());
            estimators.put("linear", Estimator.builder()
                    .imageUri(ImageUris.retrieve("linear-learner", session.region()))
                    .instanceType("local").outputPath("s3://" + bucket + "/multi/linear").session(session)
                    .hyperparameters(Map.of("predictor_type", "binary_classifier", "epochs", 5))
                    .build());
            Map<String, Map<String, ParameterRange>> ranges = new LinkedHashMap<>();
            ranges.put("xgboost", Map.of("eta", new ContinuousParameter(0.05, 0.5, "Logarithmic"),
                    "max_depth", new IntegerParameter(2, 6)));
            ranges.put("linear", Map.of("learning_rate", new ContinuousParameter(0.001, 0.5, "Logarithmic")));
            HyperparameterTuner tuner = HyperparameterTuner.create(estimators,
                    Map.of("xgboost", "validation:logloss", "linear", "validation:objective_loss"), ranges,
                    c -> c.objectiveType("Minimize").strategy("Bayesian").maxJobs(6).maxParallelJobs(2)
                            .randomSeed(3));
            String name = tuner.fit(TuningInputs.builder().channels("xgboost", channels)
                    .channels("linear", channels).build());

            DescribeHyperParameterTuningJobResponse d = tuner.describe();
            out.println("tuning job: " + name + " " + d.hyperParameterTuningJobStatusAsString() + ", "
                    + d.trainingJobStatusCounters().completed() + " training jobs completed");
            for (HyperParameterTrainingJobSummary job : session.api(TuningJobsApi.CAPABILITY)
                    .listTrainingJobsForHyperParameterTuningJob(ListTrainingJobsForHyperParameterTuningJobRequest
                            .builder().hyperParameterTuningJobName(name).sortBy("CreationTime")
                            .sortOrder("Ascending").build()).trainingJobSummaries()) {
                out.println(String.format(Locale.ROOT, "  %-8s %s %s = %.4f", job.trainingJobDefinitionName(),
                        job.tunedHyperParameters(), job.finalHyperParameterTuningJobObjectiveMetric().metricName(),
                        job.finalHyperParameterTuningJobObjectiveMetric().value()));
            }
            HyperParameterTrainingJobSummary best = d.bestTrainingJob();
            out.println(String.format(Locale.ROOT, "best: %s (%s) %s = %.4f", best.trainingJobName(),
                    best.trainingJobDefinitionName(), best.finalHyperParameterTuningJobObjectiveMetric().metricName(),
                    best.finalHyperParameterTuningJobObjectiveMetric().value()));
            out.println("best estimator: " + tuner.bestEstimator().trainingImageUri());
        }
    }
}
