/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.internal.local;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sagemaker4j.Session;
import dev.sagemaker4j.testing.ChildJvmMain;
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
            DescribeTrainingJobResponse job = session.sageMakerApi().describeTrainingJob(
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
                DescribeTrainingJobResponse running = session.sageMakerApi().describeTrainingJob(
                        DescribeTrainingJobRequest.builder().trainingJobName("child-killed").build());
                assertThat(running.trainingJobStatusAsString()).isEqualTo("InProgress");

                p.destroyForcibly();
                assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();

                DescribeTrainingJobResponse lost = session.sageMakerApi().describeTrainingJob(
                        DescribeTrainingJobRequest.builder().trainingJobName("child-killed").build());
                assertThat(lost.trainingJobStatusAsString()).isEqualTo("Failed");
                assertThat(lost.failureReason()).contains("ended before it finished");
            }
        } finally {
            p.destroyForcibly();
        }
    }
}
