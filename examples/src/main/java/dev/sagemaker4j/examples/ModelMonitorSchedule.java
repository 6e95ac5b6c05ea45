/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.examples;

import dev.sagemaker4j.Session;
import dev.sagemaker4j.deserializers.StringDeserializer;
import dev.sagemaker4j.inference.InferenceHandler;
import dev.sagemaker4j.model.Model;
import dev.sagemaker4j.modelmonitor.DataCaptureConfig;
import dev.sagemaker4j.modelmonitor.Monitor;
import dev.sagemaker4j.monitor.ConstraintViolations;
import dev.sagemaker4j.monitor.CronExpressionGenerator;
import dev.sagemaker4j.monitor.DatasetFormat;
import dev.sagemaker4j.monitor.DefaultModelMonitor;
import dev.sagemaker4j.monitor.MonitoringExecution;
import dev.sagemaker4j.predictor.Predictor;
import dev.sagemaker4j.serializers.StringSerializer;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Random;

/**
 * A Model Monitor schedule on an endpoint's captured traffic, in-process: a baseline from a training set (the label
 * first, then the features x and y), an endpoint that captures every request, an hourly data-quality schedule,
 * traffic with y shifted by 3, and the schedule's execution run now: CompletedWithViolations with a
 * {@code baseline_drift_check} on y (column {@code _c2}).
 *
 * <pre>{@code
 * mvn -B -q -Pexample -Dexample=ModelMonitorSchedule -pl examples -am verify -DskipTests
 * }</pre>
 */
public final class ModelMonitorSchedule {
    private static final String ROLE = "arn:aws:iam::111122223333:role/SageMakerRole";

    private ModelMonitorSchedule() {
    }

    /** The model: the label of "x,y" is 1 when x > 0. */
    public static final class Classifier implements InferenceHandler<String, String, String> {
        /** Creates the handler. */
        public Classifier() {
        }

        @Override
        public String modelFn(Path modelDir) {
            return "x > 0";
        }

        @Override
        public String inputFn(byte[] body, String contentType) {
            return new String(body, StandardCharsets.UTF_8);
        }

        @Override
        public String predictFn(String input, String model) {
            return Double.parseDouble(input.split(",")[0]) > 0 ? "1" : "0";
        }

        @Override
        public Output outputFn(String prediction, String accept) {
            return Output.of(prediction, "text/csv");
        }
    }

    /**
     * Runs the example.
     *
     * @param args optional: the root folder
     * @throws InterruptedException when interrupted while the capture is written
     */
    public static void main(String[] args) throws InterruptedException {
        run(args.length > 0 ? Path.of(args[0]) : Path.of("target", "examples", "model-monitor-schedule"), System.out);
    }

    /** The captured records under a prefix: one JSON line each. */
    static long captured(Session session, String prefix) {
        return session.objectStore().listAll(prefix)
                .mapToLong(o -> session.objectStore().getString(o.uri()).lines().count()).sum();
    }

    /**
     * Runs the example under a root folder, printing to {@code out}.
     *
     * @param root the session root
     * @param out  where to print
     * @throws InterruptedException when interrupted while the capture is written
     */
    public static void run(Path root, PrintStream out) throws InterruptedException {
        try (Session session = Session.local(root)) {
            String bucket = "s3://" + session.defaultBucket();
            Random random = new Random(42);
            StringBuilder train = new StringBuilder();
            for (int i = 0; i < 1000; i++) {
                double x = random.nextGaussian();
                train.append(x > 0 ? 1 : 0).append(',').append(x).append(',').append(random.nextGaussian()).append('\n');
            }
            String trainUri = session.uploadString(train.toString(), bucket + "/monitor-schedule/train.csv");

            Predictor<String> predictor = Model.builder().entryPoint(Classifier.class).session(session).build()
                    .deploy(d -> d.initialInstanceCount(1).instanceType("local").endpointName("churn")
                            .serializer(new StringSerializer("text/csv"))
                            .deserializer(new StringDeserializer(StandardCharsets.UTF_8, "text/csv"))
                            .dataCaptureConfig(DataCaptureConfig.builder().enableCapture(true).samplingPercentage(100)
                                    .destinationS3Uri(bucket + "/capture").build()));

            DefaultModelMonitor monitor = DefaultModelMonitor.builder().role(ROLE).instanceType("local")
                    .session(session).build();
            monitor.suggestBaseline(trainUri, DatasetFormat.csv(false), o -> o.logs(false));
            monitor.createMonitoringSchedule(s -> s.endpointInput("churn").outputS3Uri(bucket + "/reports")
                    .statistics(monitor.baselineStatistics()).constraints(monitor.suggestedConstraints())
                    .scheduleCronExpression(CronExpressionGenerator.hourly()));
            out.println("schedule: " + monitor.monitoringScheduleName() + " "
                    + monitor.describeSchedule().monitoringScheduleStatusAsString());

            for (int i = 0; i < 300; i++) {
                predictor.predict(random.nextGaussian() + "," + (random.nextGaussian() + 3));
            }
            // the capture is written off the request path, in batches: wait until it holds the 300 requests
            for (int i = 0; i < 600 && captured(session, bucket + "/capture/churn/") < 300; i++) {
                Thread.sleep(100);
            }

            MonitoringExecution run = monitor.runMonitoringSchedule();
            out.println("execution: " + run.status() + " over " + run.statistics().itemCount() + " records, reports in "
                    + run.outputS3Uri());
            ConstraintViolations violations = monitor.latestMonitoringConstraintViolations();
            violations.violations().forEach(v -> out.println("violation: " + v.featureName() + " "
                    + v.constraintCheckType() + " - " + v.description()));
            for (Monitor m : predictor.listMonitors()) {
                out.println("monitor of churn: " + m.monitoringScheduleName() + " (" + m.monitoringType() + ")");
            }
            monitor.deleteMonitoringSchedule();
            predictor.deleteEndpoint();
        }
    }
}
