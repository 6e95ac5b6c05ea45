/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.testsupport;

import dev.sagemaker4j.Session;
import dev.sagemaker4j.spi.TrainingJobsApi;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * Run in a child JVM by tests: creates a training job in a session root. With {@code wait} it waits
 * for the job and exits; with {@code hang} it keeps the job running until the JVM is killed.
 */
public final class ChildJvmMain {
    private ChildJvmMain() {
    }

    /**
     * Entry point.
     *
     * @param args root, job name, {@code wait} or {@code hang}
     */
    public static void main(String[] args) {
        Path root = Path.of(args[0]);
        String job = args[1];
        boolean hang = args[2].equals("hang");
        Session session = Session.local(root);
        String bucket = session.defaultBucket();
        String train = session.uploadString("4\n6\n", "s3://" + bucket + "/child/" + job + "/train.csv");
        session.api(TrainingJobsApi.CAPABILITY).createTrainingJob(TrainingRequests.mean(job, train, "s3://" + bucket + "/child-out",
                hang ? Map.of("wait_for_stop", "true") : Map.of()));
        if (hang) {
            System.out.println("STARTED");
            System.out.flush();
            while (true) {
                try {
                    Thread.sleep(1000);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
        session.waitForJob(job, Duration.ofSeconds(60));
        session.close();
        System.out.println("DONE");
    }
}
