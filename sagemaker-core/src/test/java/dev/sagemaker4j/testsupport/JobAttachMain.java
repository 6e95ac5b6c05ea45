/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.testsupport;

import dev.sagemaker4j.Session;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.services.sagemaker.model.DescribeTrainingJobResponse;

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
     * @param args {@code local <root> <job>}, or {@code sagemaker <url> <client root> <job>}
     */
    public static void main(String[] args) {
        Session session = session(args);
        String job = args[args.length - 1];
        try (session) {
            DescribeTrainingJobResponse described = session.waitForJob(job, Duration.ofSeconds(60));
            System.out.println("STATUS=" + described.trainingJobStatusAsString());
            System.out.println("ARTIFACTS=" + described.modelArtifacts().s3ModelArtifacts());
            System.out.println("END=" + described.trainingEndTime());
            System.out.println("MODEL=" + session.objectStore().head(described.modelArtifacts().s3ModelArtifacts())
                    .orElseThrow().size());
        }
    }
}
