/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.testsupport;

import dev.sagemaker4j.Session;
import dev.sagemaker4j.spi.TrainingJobsApi;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.services.sagemaker.model.DescribeTrainingJobRequest;
import software.amazon.awssdk.services.sagemaker.model.DescribeTrainingJobResponse;
import software.amazon.awssdk.services.sagemaker.model.StopTrainingJobRequest;

/**
 * Run in a child JVM by {@link JobLifecycleContract}: attaches to a training job another JVM created, waits
 * for its end and prints what it sees ({@code STATUS=}, {@code ARTIFACTS=}, {@code END=}, {@code MODEL=}).
 */
public final class JobAttachMain {
    private JobAttachMain() {
    }

    /**
     * Opens the session the arguments name, as a new JVM does to reach another JVM's jobs; a sibling main
     * for another job kind takes the same arguments.
     *
     * @param args {@code local <root> ...}, or {@code sagemaker <url> <client root> ...}
     * @return the session, to be closed by the caller
     */
    public static Session session(String[] args) {
        if (args[0].equals("local")) {
            return Session.local(Path.of(args[1]));
        }
        URI url = URI.create(args[1]);
        return Session.builder().backend("sagemaker").region("us-east-1")
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create("test-access", "test-secret")))
                .endpointOverride("sagemaker", url).endpointOverride("s3", url).s3PathStyle(true)
                .property("accountId", "000000000000").root(Path.of(args[2])).build();
    }

    /**
     * Entry point.
     *
     * @param args {@code local <root> <job> [--stop]}, or {@code sagemaker <url> <client root> <job> [--stop]}
     */
    public static void main(String[] args) {
        boolean stop = args[args.length - 1].equals("--stop");
        Session session = session(args);
        String job = args[args.length - (stop ? 2 : 1)];
        try (session) {
            if (stop) {
                // stops the job another JVM runs and reports what a describe says at once, then at the end
                TrainingJobsApi jobs = session.api(TrainingJobsApi.CAPABILITY);
                DescribeTrainingJobRequest described = DescribeTrainingJobRequest.builder().trainingJobName(job).build();
                jobs.stopTrainingJob(StopTrainingJobRequest.builder().trainingJobName(job).build());
                System.out.println("AFTER_STOP=" + jobs.describeTrainingJob(described)
                        .trainingJobStatusAsString());
                long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
                String status;
                do {
                    status = jobs.describeTrainingJob(described).trainingJobStatusAsString();
                } while (!status.equals("Stopped") && !status.equals("Completed") && !status.equals("Failed")
                        && System.nanoTime() < deadline && pause());
                System.out.println("STATUS=" + status);
                return;
            }
            DescribeTrainingJobResponse described = session.waitForJob(job, Duration.ofSeconds(60));
            System.out.println("STATUS=" + described.trainingJobStatusAsString());
            System.out.println("ARTIFACTS=" + described.modelArtifacts().s3ModelArtifacts());
            System.out.println("END=" + described.trainingEndTime());
            System.out.println("MODEL=" + session.objectStore().head(described.modelArtifacts().s3ModelArtifacts())
                    .orElseThrow().size());
        }
    }

    private static boolean pause() {
        try {
            Thread.sleep(20);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
