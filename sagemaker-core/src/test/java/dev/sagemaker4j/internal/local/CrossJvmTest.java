/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.internal.local;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sagemaker4j.Session;
import dev.sagemaker4j.local.JobKind;
import dev.sagemaker4j.spi.TrainingJobsApi;
import dev.sagemaker4j.testsupport.ChildJvmMain;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.sagemaker.model.DescribeTrainingJobRequest;
import software.amazon.awssdk.services.sagemaker.model.DescribeTrainingJobResponse;

/** Job records outlive the JVM that ran the job: a new JVM describes, attaches, and sees lost jobs fail. */
class CrossJvmTest {
    @TempDir
    Path root;

    private Process child(String job, String mode) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                "-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir"), ChildJvmMain.class.getName(),
                root.toString(), job, mode);
        pb.redirectErrorStream(true);
        return pb.start();
    }

    @Test
    void jobCompletedInAnotherJvm_isDescribedHere() throws Exception {
        Process p = child("child-done", "wait");
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(out).contains("DONE");

        try (Session session = Session.local(root)) {
            DescribeTrainingJobResponse job = session.api(TrainingJobsApi.CAPABILITY).describeTrainingJob(
                    DescribeTrainingJobRequest.builder().trainingJobName("child-done").build());
            assertThat(job.trainingJobStatusAsString()).isEqualTo("Completed");
            assertThat(session.objectStore().exists(job.modelArtifacts().s3ModelArtifacts())).isTrue();
            List<String> logs = session.logsForJob("child-done");
            assertThat(logs).anyMatch(l -> l.startsWith("Training job completed"));
        }
    }

    @Test
    void jobOfAKilledJvm_isMarkedFailed() throws Exception {
        Process p = child("child-killed", "hang");
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(p.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null && !line.contains("STARTED")) {
                // wait for the job to be created
            }
            try (Session session = Session.local(root)) {
                DescribeTrainingJobResponse running = session.api(TrainingJobsApi.CAPABILITY).describeTrainingJob(
                        DescribeTrainingJobRequest.builder().trainingJobName("child-killed").build());
                assertThat(running.trainingJobStatusAsString()).isEqualTo("InProgress");

                p.destroyForcibly();
                assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();

                DescribeTrainingJobResponse lost = session.api(TrainingJobsApi.CAPABILITY).describeTrainingJob(
                        DescribeTrainingJobRequest.builder().trainingJobName("child-killed").build());
                assertThat(lost.trainingJobStatusAsString()).isEqualTo("Failed");
                assertThat(lost.failureReason()).contains("ended before it finished");
            }
        } finally {
            p.destroyForcibly();
        }
    }

    private Path jobFolder(String job) {
        return root.resolve("jobs").resolve(JobKind.TRAINING.folder()).resolve(job);
    }

    /** A partial output as a killed transform leaves it (55 MB in the report; 1 MiB here). */
    private static Path leftover(Path folder) throws Exception {
        Path part = folder.resolve(".out-42.sm4j-tmp-part");
        java.nio.file.Files.write(part, new byte[1 << 20]);
        return part;
    }

    // "try": opening a Session is the action under test (it sweeps the leftovers of dead owners), so the
    // resource is held open around the assertions but never referenced
    @SuppressWarnings("try")
    @Test
    void leftoversOfAKilledJvm_areKeptWhileItLives_andRemovedByTheNextSession() throws Exception {
        Process p = child("child-leftovers", "hang");
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(p.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null && !line.contains("STARTED")) {
                // wait for the job to be created
            }
            Path folder = jobFolder("child-leftovers");
            Path inputData = folder.resolve("algo-1").resolve("input").resolve("data");
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!java.nio.file.Files.isDirectory(inputData.resolve("train")) && System.nanoTime() < deadline) {
                Thread.sleep(20); // the child is still copying its input
            }
            Path part = leftover(folder);
            assertThat(inputData).isDirectory();

            // the other JVM is alive: a new session must not take its files
            try (Session session = Session.local(root)) {
                assertThat(part).exists();
                assertThat(inputData).isDirectory();
            }

            p.destroyForcibly();
            assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();

            try (Session session = Session.local(root)) {
                assertThat(part).doesNotExist();
                assertThat(inputData).doesNotExist();
                DescribeTrainingJobResponse lost = session.api(TrainingJobsApi.CAPABILITY).describeTrainingJob(
                        DescribeTrainingJobRequest.builder().trainingJobName("child-leftovers").build());
                assertThat(lost.trainingJobStatusAsString()).isEqualTo("Failed");
            }
        } finally {
            p.destroyForcibly();
        }
    }

    // "try": opening a Session is the action under test (it sweeps the leftovers of dead owners), so the
    // resource is held open around the assertions but never referenced
    @SuppressWarnings("try")
    @Test
    void leftoversOfALiveJobInThisJvm_areNeverRemovedByAnotherSession() throws Exception {
        try (Session running = Session.local(root)) {
            String bucket = running.defaultBucket();
            String train = running.uploadString("4\n6\n", "s3://" + bucket + "/here/train.csv");
            running.api(TrainingJobsApi.CAPABILITY).createTrainingJob(dev.sagemaker4j.testsupport.TrainingRequests.mean("here-live",
                    train, "s3://" + bucket + "/here-out", java.util.Map.of("wait_for_stop", "true")));
            Path folder = jobFolder("here-live");
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (!"Training".equals(running.api(TrainingJobsApi.CAPABILITY).describeTrainingJob(DescribeTrainingJobRequest.builder()
                    .trainingJobName("here-live").build()).secondaryStatusAsString()) && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            Path part = leftover(folder);

            try (Session other = Session.local(root)) {
                assertThat(part).exists();
                assertThat(folder.resolve("algo-1").resolve("input").resolve("data")).isDirectory();
            }

            running.api(TrainingJobsApi.CAPABILITY).stopTrainingJob(software.amazon.awssdk.services.sagemaker.model
                    .StopTrainingJobRequest.builder().trainingJobName("here-live").build());
            running.waitForJob("here-live", java.time.Duration.ofSeconds(30));
        }
    }

    // "try": opening a Session is the action under test (it sweeps the leftovers of dead owners), so the
    // resource is held open around the assertions but never referenced
    @SuppressWarnings("try")
    @Test
    void transformPartOfAnEndedProcess_isRemovedByTheNextSession() throws Exception {
        Process ended = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-version").redirectErrorStream(true).start();
        ended.getInputStream().readAllBytes();
        assertThat(ended.waitFor(60, TimeUnit.SECONDS)).isTrue();
        // the record as a transform job of that process left it, InProgress, with its partial output
        Path folder = java.nio.file.Files.createDirectories(root.resolve("jobs")
                .resolve(JobKind.TRANSFORM.folder()).resolve("killed-transform"));
        java.nio.file.Files.writeString(folder.resolve("record.json"), "{\"owner\":{\"pid\":" + ended.pid()
                + ",\"started\":\"2026-01-01T00:00:00Z\"},\"record\":{\"TransformJobName\":\"killed-transform\","
                + "\"TransformJobStatus\":\"InProgress\"}}");
        Path part = leftover(folder);
        Path log = java.nio.file.Files.writeString(folder.resolve("log.txt"), "Transforming 1 object(s)\n");

        try (Session session = Session.local(root)) {
            assertThat(part).doesNotExist();
            assertThat(log).exists();
        }
    }
}
