/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.examples;

import dev.sagemaker4j.ImageUris;
import dev.sagemaker4j.Session;
import dev.sagemaker4j.estimator.Estimator;
import dev.sagemaker4j.experiments.ExperimentAnalytics;
import dev.sagemaker4j.experiments.Run;
import dev.sagemaker4j.inputs.TrainingInput;
import dev.sagemaker4j.predictor.Predictor;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Experiment tracking: two runs of XGBoost with different learning rates, each logging its parameters, a metric per
 * step, the training job that joins the run, and its validation ROC curve and confusion matrix; then
 * ExperimentAnalytics compares the runs as a table, CSV and charts.
 *
 * <pre>{@code
 * mvn -B -q -Pexample -Dexample=Experiments -pl examples -am verify -DskipTests
 * }</pre>
 */
public final class Experiments {
    private Experiments() {
    }

    /**
     * Runs the example.
     *
     * @param args optional: the root folder (default {@code target/examples/experiments})
     * @throws IOException when the data cannot be written
     */
    public static void main(String[] args) throws IOException {
        run(args.length > 0 ? Path.of(args[0]) : Path.of("target", "examples", "experiments"), System.out);
    }

    /**
     * Runs the example, printing what it does.
     *
     * @param root the folder for the session, the data and the charts
     * @param out  where to print
     * @throws IOException when the data cannot be written
     */
    public static void run(Path root, PrintStream out) throws IOException {
        SyntheticData all = SyntheticData.circle(1500, 4, 11);
        SyntheticData train = all.slice(0, 1000);
        SyntheticData validation = all.slice(1000, 1500);
        try (Session session = Session.local(root.resolve("session"))) {
            String bucket = session.defaultBucket();
            Path data = root.resolve("data");
            String trainUri = session.uploadData(train.writeLabelFirstCsv(data.resolve("train.csv")), bucket,
                    "experiments/train");
            String validationUri = session.uploadData(validation.writeLabelFirstCsv(data.resolve("validation.csv")),
                    bucket, "experiments/validation");
            Map<String, TrainingInput> inputs = Map.of(
                    "train", TrainingInput.builder().s3Data(trainUri).contentType("text/csv").build(),
                    "validation", TrainingInput.builder().s3Data(validationUri).contentType("text/csv").build());

            for (double eta : new double[] {0.05, 0.3}) {
                String runName = "eta-" + String.valueOf(eta).replace('.', '-');
                try (Run run = Run.builder().experimentName("churn").runName(runName).session(session).build()) {
                    run.logParameters(Map.of("eta", eta, "num_round", 20));
                    Estimator xgb = Estimator.builder()
                            .imageUri(ImageUris.retrieve("xgboost", session.region(), "1.7-1"))
                            .instanceType("local").outputPath("s3://" + bucket + "/experiments/models")
                            .session(session).hyperparameters(Map.of("objective", "binary:logistic",
                                    "num_round", 20, "eta", eta, "eval_metric", "auc"))
                            .build();
                    xgb.fit(inputs);                      // the training job joins the open run
                    Predictor<?> predictor = xgb.deploy(1, "local");
                    @SuppressWarnings("unchecked")
                    List<List<String>> scores = (List<List<String>>) predictor.predict(validation.features);
                    predictor.deleteEndpoint();
                    List<Integer> yTrue = new ArrayList<>();
                    List<Double> yScore = new ArrayList<>();
                    List<Integer> yPred = new ArrayList<>();
                    int correct = 0;
                    for (int i = 0; i < scores.size(); i++) {
                        double p = Double.parseDouble(scores.get(i).get(0));
                        yTrue.add(validation.labels[i]);
                        yScore.add(p);
                        yPred.add(p >= 0.5 ? 1 : 0);
                        correct += (p >= 0.5 ? 1 : 0) == validation.labels[i] ? 1 : 0;
                        if ((i + 1) % 100 == 0) {          // the running accuracy, one value per 100 rows
                            int step = (i + 1) / 100;
                            run.logMetric("validation:accuracy", (double) correct / (i + 1), m -> m.step(step));
                        }
                    }
                    run.logRocCurve(yTrue, yScore, o -> o.title("roc-" + runName));
                    run.logConfusionMatrix(yTrue, yPred, o -> o.title("confusion-" + runName));
                    out.println(String.format(Locale.ROOT, "run %s: accuracy = %.4f", run.runName(),
                            (double) correct / scores.size()));
                }
            }

            ExperimentAnalytics analytics = ExperimentAnalytics.builder().experimentName("churn")
                    .sortBy("TrialComponentName").sortOrder("Ascending").session(session).build();
            for (Map<String, Object> row : analytics.dataframe()) {
                out.println(String.format(Locale.ROOT, "%s eta=%s validation:accuracy last=%s validation:auc last=%s",
                        row.get("TrialComponentName"), row.get("eta"), row.get("validation:accuracy - Last"),
                        row.get("validation:auc - Last")));
            }
            analytics.exportCsv(root.resolve("report/churn.csv"));
            for (Path file : analytics.plot(root.resolve("report"))) {
                out.println("wrote " + file.getFileName());
            }
        }
    }
}
