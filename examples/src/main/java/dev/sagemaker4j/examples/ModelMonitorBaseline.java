/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.examples;

import dev.sagemaker4j.Session;
import dev.sagemaker4j.monitor.ConstraintViolations;
import dev.sagemaker4j.monitor.DatasetFormat;
import dev.sagemaker4j.monitor.DefaultModelMonitor;
import dev.sagemaker4j.monitor.MonitoringExecution;
import dev.sagemaker4j.monitor.Statistics;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Model Monitor, in-process: a baseline (statistics.json, constraints.json) suggested from a training set, then
 * two on-demand monitoring executions — one over data from the same distribution (Completed), one where the
 * feature {@code income} is shifted (CompletedWithViolations: a {@code baseline_drift_check} on {@code income}).
 *
 * <p>Writes under the root folder (first argument, default {@code target/examples/model-monitor}): the data and
 * the local session, with the reports in its bucket.
 *
 * <pre>{@code
 * mvn -B -q -Pexample -Dexample=ModelMonitorBaseline -pl examples -am verify -DskipTests
 * }</pre>
 */
public final class ModelMonitorBaseline {
    private static final String ROLE = "arn:aws:iam::111122223333:role/SageMakerRole";

    private ModelMonitorBaseline() {
    }

    /**
     * Runs the example.
     *
     * @param args optional: the root folder
     * @throws IOException when the data cannot be written
     */
    public static void main(String[] args) throws IOException {
        run(args.length > 0 ? Path.of(args[0]) : Path.of("target", "examples", "model-monitor"), System.out);
    }

    /**
     * Writes rows of age, income and plan; income's mean is shifted by {@code shift}.
     *
     * @param file  where
     * @param seed  the random seed
     * @param rows  how many rows
     * @param shift added to every income
     * @return the file, as a string path
     * @throws IOException when it cannot be written
     */
    static String data(Path file, long seed, int rows, double shift) throws IOException {
        Random r = new Random(seed);
        StringBuilder b = new StringBuilder("age,income,plan\n");
        for (int i = 0; i < rows; i++) {
            b.append(18 + r.nextInt(60)).append(',').append(50_000 + shift + 12_000 * r.nextGaussian()).append(',')
                    .append(r.nextInt(3) == 0 ? "pro" : "basic").append('\n');
        }
        Files.createDirectories(file.getParent());
        Files.writeString(file, b);
        return file.toString();
    }

    /**
     * Runs the example, printing what it does.
     *
     * @param root the folder for the session and the data
     * @param out  where to print
     * @throws IOException when the data cannot be written
     */
    public static void run(Path root, PrintStream out) throws IOException {
        String train = data(root.resolve("data/train.csv"), 1, 5_000, 0);
        String today = data(root.resolve("data/today.csv"), 2, 1_000, 0);
        String shifted = data(root.resolve("data/shifted.csv"), 3, 1_000, 10_000);
        try (Session session = Session.local(root.resolve("session"))) {
            DefaultModelMonitor monitor = DefaultModelMonitor.builder().role(ROLE).instanceType("local")
                    .session(session).build();
            monitor.suggestBaseline(train, DatasetFormat.csv(true), b -> b.logs(false));
            Statistics baseline = monitor.baselineStatistics();
            out.println("baseline: " + baseline.itemCount() + " rows at " + baseline.fileS3Uri());
            out.println("income mean = " + baseline.feature("income").path("numerical_statistics").path("mean")
                    .asDouble());

            MonitoringExecution same = monitor.runMonitoring(today, DatasetFormat.csv(true), o -> o.logs(false));
            out.println("same distribution: " + same.status());
            MonitoringExecution drift = monitor.runMonitoring(shifted, DatasetFormat.csv(true), o -> o.logs(false));
            out.println("income shifted: " + drift.status());
            for (ConstraintViolations.Violation v : drift.constraintViolations().violations()) {
                out.println("violation: " + v.featureName() + " " + v.constraintCheckType() + " - "
                        + v.description());
            }
        }
    }
}
