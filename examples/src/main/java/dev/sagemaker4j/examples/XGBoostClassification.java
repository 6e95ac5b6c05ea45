/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.examples;

import dev.sagemaker4j.ImageUris;
import dev.sagemaker4j.Session;
import dev.sagemaker4j.analytics.TrainingJobAnalytics;
import dev.sagemaker4j.deserializers.CSVDeserializer;
import dev.sagemaker4j.estimator.Estimator;
import dev.sagemaker4j.estimator.TrainingJob;
import dev.sagemaker4j.evaluation.ClassificationEvaluation;
import dev.sagemaker4j.inputs.TrainingInput;
import dev.sagemaker4j.predictor.Predictor;
import dev.sagemaker4j.serializers.CSVSerializer;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import software.amazon.awssdk.services.sagemaker.model.MetricData;

/**
 * XGBoost on a generated data set, with its metrics and pictures: the built-in algorithm's image
 * trains on a train and a validation channel, reporting AUC and log loss per round; the learning
 * curves are drawn from {@code trainingJobAnalytics()}; the model is deployed and scores a held-out
 * test set, whose confusion matrix and ROC curve are drawn too.
 *
 * <p>Writes under the root folder (first argument, default {@code target/examples/xgboost}): the
 * local session's state, and in {@code output/} the pictures — {@code <job>-auc.png},
 * {@code <job>-logloss.png}, {@code <job>-learning-curves.html}, {@code confusion-matrix.png},
 * {@code roc-curve.png}, {@code evaluation.html}.
 *
 * <pre>{@code
 * mvn -B -q -Pexample -Dexample=XGBoostClassification -pl examples -am verify -DskipTests
 * }</pre>
 */
public final class XGBoostClassification {
    private XGBoostClassification() {
    }

    /**
     * Runs the example.
     *
     * @param args optional: the root folder
     * @throws IOException when the data cannot be written
     */
    public static void main(String[] args) throws IOException {
        run(args.length > 0 ? Path.of(args[0]) : Path.of("target", "examples", "xgboost"), System.out);
    }

    /**
     * Runs the example, printing what it does.
     *
     * @param root the folder for the session and the output
     * @param out  where to print
     * @throws IOException when the data cannot be written
     */
    public static void run(Path root, PrintStream out) throws IOException {
        Path output = root.resolve("output");
        SyntheticData all = SyntheticData.circle(5000, 6, 42);
        SyntheticData train = all.slice(0, 3000);
        SyntheticData validation = all.slice(3000, 4000);
        SyntheticData test = all.slice(4000, 5000);

        try (Session session = Session.local(root.resolve("session"))) {
            String bucket = session.defaultBucket();
            String trainUri = session.uploadData(train.writeLabelFirstCsv(output.resolve("data/train.csv")), bucket,
                    "xgboost/train");
            String validationUri = session.uploadData(
                    validation.writeLabelFirstCsv(output.resolve("data/validation.csv")), bucket, "xgboost/validation");
            out.println("data: " + train.labels.length + " train, " + validation.labels.length + " validation, "
                    + test.labels.length + " test rows, " + train.features[0].length + " features");

            Estimator xgb = Estimator.builder()
                    .imageUri(ImageUris.retrieve("xgboost", session.region(), "1.7-1"))
                    .instanceCount(1).instanceType("local")
                    .outputPath("s3://" + bucket + "/xgboost/model")
                    .hyperparameters(Map.of("objective", "binary:logistic", "num_round", "60", "max_depth", "4",
                            "eta", "0.2", "eval_metric", "auc,logloss"))
                    .session(session).build();
            TrainingJob job = xgb.fit(Map.of(
                    "train", TrainingInput.builder().s3Data(trainUri).contentType("text/csv").build(),
                    "validation", TrainingInput.builder().s3Data(validationUri).contentType("text/csv").build()));
            out.println("training job: " + job.name() + " " + job.describe().trainingJobStatusAsString());
            for (MetricData m : job.describe().finalMetricDataList()) {
                out.println(String.format(Locale.ROOT, "  %s = %.4f", m.metricName(), m.value()));
            }

            TrainingJobAnalytics analytics = xgb.trainingJobAnalytics();
            out.println("metric families: " + analytics.metricFamilies().keySet());
            for (Path file : analytics.plot(output)) {
                out.println("learning curves: " + file);
            }

            Predictor<List<List<String>>> predictor = xgb.deploy(d -> d.initialInstanceCount(1)
                    .instanceType("local").serializer(new CSVSerializer()).deserializer(new CSVDeserializer()));
            try {
                List<List<String>> rows = predictor.predict(test.features);
                float[] scores = new float[rows.size()];
                for (int i = 0; i < scores.length; i++) {
                    scores[i] = Float.parseFloat(rows.get(i).get(0));
                }
                ClassificationEvaluation evaluation = ClassificationEvaluation.of(test.floatLabels(), scores, 0.5);
                long[][] cm = evaluation.confusionMatrix();
                out.println("test confusion matrix: [[tn=" + cm[0][0] + ", fp=" + cm[0][1] + "], [fn=" + cm[1][0]
                        + ", tp=" + cm[1][1] + "]]");
                evaluation.metrics().forEach((name, value) ->
                        out.println(String.format(Locale.ROOT, "test %s = %.4f", name, value)));
                for (Path file : evaluation.plot(output)) {
                    out.println("evaluation: " + file);
                }
            } finally {
                predictor.deleteModel();
                predictor.deleteEndpoint();
            }
        }
    }
}
