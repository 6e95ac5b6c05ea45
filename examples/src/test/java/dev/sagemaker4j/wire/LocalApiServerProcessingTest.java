/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sagemaker4j.Session;
import dev.sagemaker4j.processing.JavaProcessor;
import dev.sagemaker4j.processing.ProcessingEnvironment;
import dev.sagemaker4j.processing.ProcessingScript;
import dev.sagemaker4j.serving.EndpointServer;
import dev.sagemaker4j.serving.LocalApiServer;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sagemaker.SageMakerClient;
import software.amazon.awssdk.services.sagemaker.model.CreateProcessingJobRequest;
import software.amazon.awssdk.services.sagemaker.model.DescribeProcessingJobResponse;
import software.amazon.awssdk.services.sagemaker.model.ProcessingInput;
import software.amazon.awssdk.services.sagemaker.model.ProcessingJobSummary;
import software.amazon.awssdk.services.sagemaker.model.ProcessingOutput;
import software.amazon.awssdk.services.sagemaker.model.SageMakerException;

/**
 * Processing jobs served by LocalApiServer to the AWS SDK for Java v2's own {@code SageMakerClient}: a job created
 * over the wire runs a Java processing script in the server's JVM, is described until it completes, listed with a
 * filter, and another is stopped; a bad request comes back as the service's ValidationException.
 */
class LocalApiServerProcessingTest {
    @TempDir
    Path tmp;

    /** Upper-cases its input into its output. */
    public static final class Upper implements ProcessingScript {
        @Override
        public void process(ProcessingEnvironment env) throws Exception {
            String text = Files.readString(env.input("in").resolve("words.txt"));
            Files.writeString(env.output("out").resolve("upper.txt"), text.toUpperCase(java.util.Locale.ROOT));
        }
    }

    /** Waits until stopped. */
    public static final class Waits implements ProcessingScript {
        @Override
        public void process(ProcessingEnvironment env) throws Exception {
            while (!env.stopRequested()) {
                Thread.sleep(50);
            }
        }
    }

    static CreateProcessingJobRequest request(String name, Class<? extends ProcessingScript> script) {
        return CreateProcessingJobRequest.builder().processingJobName(name)
                .roleArn("arn:aws:iam::111122223333:role/SageMakerRole")
                .appSpecification(a -> a.imageUri(JavaProcessor.IMAGE)
                        .containerEntrypoint("java", JavaProcessor.MAIN_CLASS, script.getName()))
                .processingResources(r -> r.clusterConfig(c -> c.instanceCount(1).instanceType("ml.m5.large")
                        .volumeSizeInGB(1)))
                .processingInputs(ProcessingInput.builder().inputName("in").s3Input(s -> s
                        .s3Uri("s3://data/words/").localPath("/opt/ml/processing/input/in").s3DataType("S3Prefix")
                        .s3InputMode("File")).build())
                .processingOutputConfig(o -> o.outputs(ProcessingOutput.builder().outputName("out").s3Output(s -> s
                        .s3Uri("s3://data/out/" + name).localPath("/opt/ml/processing/output/out")
                        .s3UploadMode("EndOfJob")).build()))
                .build();
    }

    static DescribeProcessingJobResponse await(SageMakerClient sm, String name, Predicate<String> done) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (true) {
            DescribeProcessingJobResponse d = sm.describeProcessingJob(b -> b.processingJobName(name));
            if (done.test(d.processingJobStatusAsString()) || Instant.now().isAfter(deadline)) {
                return d;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return d;
            }
        }
    }

    @Test
    void sageMakerClient_createsDescribesListsAndStopsProcessingJobs() {
        try (Session serverSide = Session.local(tmp.resolve("server"));
             EndpointServer api = LocalApiServer.start(serverSide, 0);
             SageMakerClient sm = SageMakerClient.builder().region(Region.US_EAST_1)
                     .credentialsProvider(RecordingClients.CREDENTIALS).endpointOverride(URI.create(api.url()))
                     .build()) {
            assertThat(LocalApiServer.operations(serverSide)).contains("CreateProcessingJob", "DescribeProcessingJob",
                    "StopProcessingJob", "ListProcessingJobs");
            serverSide.objectStore().putString("s3://data/words/words.txt", "hello processing");

            String arn = sm.createProcessingJob(request("upper-1", Upper.class)).processingJobArn();
            assertThat(arn).endsWith(":processing-job/upper-1");
            DescribeProcessingJobResponse done = await(sm, "upper-1", s -> !s.equals("InProgress"));
            assertThat(done.processingJobStatusAsString()).isEqualTo("Completed");
            assertThat(done.processingInputs().get(0).s3Input().localPath()).isEqualTo("/opt/ml/processing/input/in");
            assertThat(serverSide.objectStore().getString("s3://data/out/upper-1/upper.txt"))
                    .isEqualTo("HELLO PROCESSING");

            sm.createProcessingJob(request("waits-1", Waits.class));
            sm.stopProcessingJob(b -> b.processingJobName("waits-1"));
            DescribeProcessingJobResponse stopped = await(sm, "waits-1", s -> s.equals("Stopped") || s.equals("Failed")
                    || s.equals("Completed"));
            assertThat(stopped.processingJobStatusAsString()).isEqualTo("Stopped");

            List<ProcessingJobSummary> listed = sm.listProcessingJobs(l -> l.nameContains("-1").sortBy("Name")
                    .sortOrder("Ascending")).processingJobSummaries();
            assertThat(listed).extracting(ProcessingJobSummary::processingJobName).containsExactly("upper-1", "waits-1");
            assertThat(sm.listProcessingJobs(l -> l.statusEquals("Completed")).processingJobSummaries())
                    .extracting(ProcessingJobSummary::processingJobName).containsExactly("upper-1");

            CreateProcessingJobRequest outside = request("outside-1", Upper.class).toBuilder()
                    .processingInputs(ProcessingInput.builder().inputName("in").s3Input(s -> s.s3Uri("s3://data/words/")
                            .localPath("/tmp/in").s3DataType("S3Prefix").s3InputMode("File")).build()).build();
            assertThatThrownBy(() -> sm.createProcessingJob(outside)).isInstanceOf(SageMakerException.class)
                    .satisfies(e -> {
                        SageMakerException s = (SageMakerException) e;
                        assertThat(s.statusCode()).isEqualTo(400);
                        assertThat(s.awsErrorDetails().errorCode()).isEqualTo("ValidationException");
                        assertThat(s.awsErrorDetails().errorMessage())
                                .contains("ProcessingInputs[0].S3Input.LocalPath").contains("/opt/ml/processing/");
                    });
            assertThatThrownBy(() -> sm.describeProcessingJob(b -> b.processingJobName("outside-1")))
                    .isInstanceOf(SageMakerException.class)
                    .satisfies(e -> assertThat(((SageMakerException) e).awsErrorDetails().errorCode())
                            .isIn("ResourceNotFound", "ValidationException"));
        }
    }
}
