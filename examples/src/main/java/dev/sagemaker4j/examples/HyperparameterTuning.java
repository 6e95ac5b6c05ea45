/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.examples;

import dev.sagemaker4j.ImageUris;
import dev.sagemaker4j.Session;
import dev.sagemaker4j.estimator.Estimator;
import dev.sagemaker4j.inputs.TrainingInput;
import dev.sagemaker4j.predictor.Predictor;
import dev.sagemaker4j.spi.TuningJobsApi;
import dev.sagemaker4j.tuner.CategoricalParameter;
import dev.sagemaker4j.tuner.ContinuousParameter;
import dev.sagemaker4j.tuner.HyperparameterTuner;
import dev.sagemaker4j.tuner.IntegerParameter;
import dev.sagemaker4j.tuner.ParameterRange;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import software.amazon.awssdk.services.sagemaker.model.DescribeHyperParameterTuningJobResponse;
import software.amazon.awssdk.services.sagemaker.model.HyperParameterTrainingJobSummary;
import software.amazon.awssdk.services.sagemaker.model.ListTrainingJobsForHyperParameterTuningJobRequest;

/**
 * Hyperparameter tuning of XGBoost on a generated data set: a Bayesian search over the learning rate (log scale),
 * the tree depth and the growth policy maximises the validation AUC over real local training jobs, two at a time;
 * the best model is deployed and scores a held-out test set.
 *
 * <pre>{@code
 * mvn -B -q -Pexample -Dexample=HyperparameterTuning -pl examples -am verify -DskipTests
 * }</pre>
 */
public final class HyperparameterTuning {
    private HyperparameterTuning() {
    }

    /**
     * Runs the example.
     *
     * @param args optional: the root folder (default {@code target/examples/tuning})
     * @throws IOException when the data cannot be written
     */
    public static void main(String[] args) throws IOException {
        run(args.length > 0 ? Path.of(args[0]) : Path.of("target", "examples", "tuning"), System.out);
    }

    /**
     * Runs the example, printing what it does.
     *
     * @param root the folder for the session and the data
     * @param out  where to print
     * @throws IOException when the data cannot be written
     */
    public static void run(Path root, PrintStream out) throws IOException {
        SyntheticData all = SyntheticData.circle(2500, 4, 7);
        SyntheticData train = all.slice(0, 1500);
        SyntheticData validation = all.slice(1500, 2000);
        SyntheticData test = all.slice(2000, 2500);
        try (Session session = Session.local(root.resolve("session"))) {
            String bucket = session.defaultBucket();
            Path data = root.resolve("data");
            String trainUri = session.uploadData(train.writeLabelFirstCsv(data.resolve("train.csv")), bucket,
                    "tuning/train");
            String validationUri = session.uploadData(validation.writeLabelFirstCsv(data.resolve("validation.csv")),
                    bucket, "tuning/validation");

            Estimator xgb = Estimator.builder()
                    .imageUri(ImageUris.retrieve("xgboost", session.region(), "1.7-1"))
                    .instanceType("local").outputPath("s3://" + bucket + "/tuning/models").session(session)
                    .hyperparameters(Map.of("objective", "binary:logistic", "num_round", 30, "eval_metric", "auc"))
                    .build();
            Map<String, ParameterRange> ranges = new LinkedHashMap<>();
            ranges.put("eta", new ContinuousParameter(0.02, 0.5, "Logarithmic"));
            ranges.put("max_depth", new IntegerParameter(1, 6));
            ranges.put("grow_policy", CategoricalParameter.of("depthwise", "lossguide"));
            HyperparameterTuner tuner = HyperparameterTuner.builder()
                    .estimator(xgb)
                    .objectiveMetricName("validation:auc").objectiveType("Maximize")
                    .hyperparameterRanges(ranges)
                    .strategy("Bayesian").maxJobs(8).maxParallelJobs(2).randomSeed(7)
                    .build();
            String name = tuner.fit(Map.of(
                    "train", TrainingInput.builder().s3Data(trainUri).contentType("text/csv").build(),
                    "validation", TrainingInput.builder().s3Data(validationUri).contentType("text/csv").build()));

            DescribeHyperParameterTuningJobResponse d = tuner.describe();
            out.println("tuning job: " + name + " " + d.hyperParameterTuningJobStatusAsString() + ", "
                    + d.trainingJobStatusCounters().completed() + " training jobs completed");
            List<HyperParameterTrainingJobSummary> jobs = session.api(TuningJobsApi.CAPABILITY)
                    .listTrainingJobsForHyperParameterTuningJob(ListTrainingJobsForHyperParameterTuningJobRequest
                            .builder().hyperParameterTuningJobName(name).sortBy("CreationTime")
                            .sortOrder("Ascending").build()).trainingJobSummaries();
            for (HyperParameterTrainingJobSummary job : jobs) {
                out.println(String.format(Locale.ROOT, "  %s %s validation:auc = %.4f", job.trainingJobName(),
                        job.tunedHyperParameters(), job.finalHyperParameterTuningJobObjectiveMetric().value()));
            }
            out.println("best job: " + tuner.bestTrainingJob());
            out.println(String.format(Locale.ROOT, "best validation:auc = %.4f",
                    d.bestTrainingJob().finalHyperParameterTuningJobObjectiveMetric().value()));

            Predictor<?> predictor = tuner.deploy(1, "local");
            @SuppressWarnings("unchecked")
            List<List<String>> scores = (List<List<String>>) predictor.predict(test.features);
            int correct = 0;
            for (int i = 0; i < scores.size(); i++) {
                correct += (Double.parseDouble(scores.get(i).get(0)) >= 0.5 ? 1 : 0) == test.labels[i] ? 1 : 0;
            }
            out.println(String.format(Locale.ROOT, "test accuracy = %.4f", (double) correct / scores.size()));
            predictor.deleteEndpoint();
        }
    }
}
