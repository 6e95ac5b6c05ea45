/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.examples;

import dev.sagemaker4j.ImageUris;
import dev.sagemaker4j.Session;
import dev.sagemaker4j.deserializers.StringDeserializer;
import dev.sagemaker4j.estimator.Estimator;
import dev.sagemaker4j.inputs.TrainingInput;
import dev.sagemaker4j.modelmonitor.DataCaptureConfig;
import dev.sagemaker4j.monitor.ConstraintViolations;
import dev.sagemaker4j.monitor.CronExpressionGenerator;
import dev.sagemaker4j.monitor.DatasetFormat;
import dev.sagemaker4j.monitor.EndpointInput;
import dev.sagemaker4j.monitor.ModelQualityMonitor;
import dev.sagemaker4j.monitor.MonitoringExecution;
import dev.sagemaker4j.monitor.ProblemType;
import dev.sagemaker4j.predictor.Predictor;
import dev.sagemaker4j.serializers.StringSerializer;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Random;

/**
 * Model quality monitoring, in-process: an XGBoost classifier deployed with data capture; its predictions on a
 * labelled validation set become the baseline (statistics.json with binary_classification_metrics,
 * constraints.json); requests carry an InferenceId, the ground truth arrives later as the service expects it
 * (JSON Lines keyed by that id) and on-demand executions merge it with the capture. Replaying the validation set
 * reproduces the baseline (Completed); traffic from a world where the label's rule changed does not
 * (CompletedWithViolations: accuracy, f1, auc ... below their thresholds). Last, an hourly monitoring schedule runs
 * the same check over the capture of its window and the labels collected in it.
 *
 * <pre>{@code
 * mvn -B -q -Pexample -Dexample=ModelQualityMonitoring -pl examples -am verify -DskipTests
 * }</pre>
 */
public final class ModelQualityMonitoring {
    private static final String ROLE = "arn:aws:iam::111122223333:role/SageMakerRole";

    private ModelQualityMonitoring() {
    }

    /**
     * Runs the example.
     *
     * @param args optional: the root folder
     * @throws Exception when the data cannot be written or the capture does not arrive
     */
    public static void main(String[] args) throws Exception {
        run(args.length > 0 ? Path.of(args[0]) : Path.of("target", "examples", "model-quality"), System.out);
    }

    /** The ground truth's folder layout: the hour the labels were collected. */
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("yyyy/MM/dd/HH").withZone(ZoneOffset.UTC);

    /** Rows of five features and a label from a noisy linear rule; {@code flipped} changes the rule. */
    static double[][] rows(int n, long seed, boolean flipped) {
        Random r = new Random(seed);
        double[][] out = new double[n][6];
        for (int i = 0; i < n; i++) {
            double score = 0;
            for (int j = 1; j < 6; j++) {
                out[i][j] = (float) r.nextGaussian();
                score += (j % 2 == 1 ? 1 : -0.5) * out[i][j] * (flipped && j == 1 ? -1 : 1);
            }
            out[i][0] = score + 0.3 * r.nextGaussian() > 0 ? 1 : 0;
        }
        return out;
    }

    static String features(double[] row) {
        StringBuilder b = new StringBuilder();
        for (int j = 1; j < row.length; j++) {
            b.append(j > 1 ? "," : "").append((float) row[j]);
        }
        return b.toString();
    }

    /** Ground truth as the service expects it: one JSON line per labelled request, keyed by its id. */
    static String groundTruth(double[][] rows, String idPrefix) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < rows.length; i++) {
            b.append("{\"groundTruthData\": {\"data\": \"").append((int) rows[i][0])
                    .append("\", \"encoding\": \"CSV\"}, \"eventMetadata\": {\"eventId\": \"").append(idPrefix)
                    .append(i).append("\"}, \"eventVersion\": \"0\"}\n");
        }
        return b.toString();
    }

    /**
     * Runs the example, printing what it does.
     *
     * @param root the folder for the session and the data
     * @param out  where to print
     * @throws Exception when the data cannot be written or the capture does not arrive
     */
    public static void run(Path root, PrintStream out) throws Exception {
        try (Session session = Session.local(root.resolve("session"))) {
            String bucket = "s3://" + session.defaultBucket();
            StringBuilder train = new StringBuilder();
            for (double[] row : rows(2000, 1, false)) {
                train.append((int) row[0]).append(',').append(features(row)).append('\n');
            }
            Path trainFile = root.resolve("data/train.csv");
            Files.createDirectories(trainFile.getParent());
            Files.writeString(trainFile, train);
            Estimator xgb = Estimator.builder().imageUri(ImageUris.retrieve("xgboost", session.region(), "1.7-1"))
                    .instanceCount(1).instanceType("local").outputPath(bucket + "/mq/model")
                    .hyperparameters(Map.of("objective", "binary:logistic", "num_round", "50", "max_depth", "4"))
                    .session(session).build();
            xgb.fit(Map.of("train", TrainingInput.builder().s3Data(session.uploadData(trainFile, null, "mq/train"))
                    .contentType("text/csv").build()));
            String capture = bucket + "/mq/capture";
            Predictor<String> endpoint = xgb.deploy(d -> d.initialInstanceCount(1).instanceType("local")
                    .serializer(new StringSerializer("text/csv"))
                    .deserializer(new StringDeserializer(StandardCharsets.UTF_8, "text/csv"))
                    .dataCaptureConfig(DataCaptureConfig.builder().samplingPercentage(100)
                            .destinationS3Uri(capture).build()));

            // the baseline: the model's probabilities on a labelled validation set
            double[][] validation = rows(500, 2, false);
            StringBuilder labelled = new StringBuilder("label,probability\n");
            for (int i = 0; i < validation.length; i++) {
                String id = "val-" + i;
                String probability = endpoint.predict(features(validation[i]), o -> o.inferenceId(id)).strip();
                labelled.append((int) validation[i][0]).append(',').append(probability).append('\n');
            }
            ModelQualityMonitor monitor = ModelQualityMonitor.builder().role(ROLE).instanceType("local")
                    .session(session).build();
            monitor.suggestBaseline(session.uploadString(labelled.toString(), bucket + "/mq/validation.csv"),
                    DatasetFormat.csv(true), ProblemType.BINARY_CLASSIFICATION,
                    o -> o.probabilityAttribute("probability").groundTruthAttribute("label").wait(true));
            out.println("baseline f1 = " + monitor.baselineStatistics().bodyDict()
                    .at("/binary_classification_metrics/f1/value").asDouble());

            // today's traffic comes from a world where the first feature's effect changed sign
            double[][] today = rows(500, 3, true);
            for (int i = 0; i < today.length; i++) {
                String id = "today-" + i;
                endpoint.predict(features(today[i]), o -> o.inferenceId(id));
            }
            waitForCapture(session, capture, validation.length + today.length);

            session.uploadString(groundTruth(validation, "val-"), bucket + "/mq/ground-truth/validation/"
                    + "2026/12/06/10/labels.jsonl");
            MonitoringExecution replay = monitor.runMonitoring(capture, bucket + "/mq/ground-truth/validation",
                    o -> o.probabilityAttribute("0").logs(false));
            out.println("validation replayed: " + replay.status());

            session.uploadString(groundTruth(today, "today-"), bucket + "/mq/ground-truth/today/"
                    + "2026/12/06/11/labels.jsonl");
            MonitoringExecution drift = monitor.runMonitoring(capture, bucket + "/mq/ground-truth/today",
                    o -> o.probabilityAttribute("0").logs(false));
            out.println("label rule changed: " + drift.status() + ", f1 = " + drift.statistics().bodyDict()
                    .at("/binary_classification_metrics/f1/value").asDouble());
            for (ConstraintViolations.Violation v : drift.constraintViolations().violations()) {
                out.println("violation: " + v.constraintCheckType() + " - " + v.description());
            }

            // the same check on an hourly schedule: each execution merges the capture of its hour with the labels
            // collected since; runMonitoringSchedule() runs the execution of this instant now
            monitor.createMonitoringSchedule(s -> s.endpointInput(EndpointInput.builder()
                            .endpointName(endpoint.endpointName()).probabilityAttribute("0").build())
                    .groundTruthInput(bucket + "/mq/ground-truth/live").problemType(ProblemType.BINARY_CLASSIFICATION)
                    .constraints(monitor.suggestedConstraints())
                    .scheduleCronExpression(CronExpressionGenerator.hourly()));
            session.uploadString(groundTruth(today, "today-"), bucket + "/mq/ground-truth/live/"
                    + HOUR.format(Instant.now()) + "/labels.jsonl");
            MonitoringExecution scheduled = monitor.runMonitoringSchedule();
            out.println("scheduled execution: " + scheduled.status() + ", f1 = " + monitor
                    .latestMonitoringStatistics().bodyDict().at("/binary_classification_metrics/f1/value").asDouble());
            monitor.deleteMonitoringSchedule();
            endpoint.deleteEndpoint();
        }
    }

    private static void waitForCapture(Session session, String capture, int records) throws InterruptedException {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (System.nanoTime() < deadline) {
            long lines = session.objectStore().listAll(capture + "/")
                    .mapToLong(f -> session.objectStore().getString(f.uri()).lines().count()).sum();
            if (lines >= records) {
                return;
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("the capture of " + records + " requests did not arrive in 30 s");
    }
}
