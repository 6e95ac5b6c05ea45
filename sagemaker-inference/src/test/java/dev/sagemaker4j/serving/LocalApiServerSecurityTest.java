/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.serving;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sagemaker4j.Session;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sagemaker.SageMakerClient;
import software.amazon.awssdk.services.sagemaker.model.Channel;
import software.amazon.awssdk.services.sagemaker.model.CreateModelRequest;
import software.amazon.awssdk.services.sagemaker.model.CreateTrainingJobRequest;
import software.amazon.awssdk.services.sagemaker.model.SageMakerException;

/** Through the local API server, clients reach neither this machine's files nor the server from a foreign Host. */
class LocalApiServerSecurityTest {
    @TempDir
    Path root;
    @TempDir
    Path elsewhere;

    private Session session;
    private final List<AutoCloseable> closeables = new ArrayList<>();

    @BeforeEach
    void openSession() {
        session = Session.local(root);
        closeables.add(session);
    }

    @AfterEach
    void closeAll() throws Exception {
        for (int i = closeables.size() - 1; i >= 0; i--) {
            closeables.get(i).close();
        }
    }

    private EndpointServer start(boolean allowLocalFiles) {
        EndpointServer server = EndpointServer.builder().session(session).controlPlane(true)
                .allowLocalFiles(allowLocalFiles).start();
        closeables.add(server);
        return server;
    }

    private SageMakerClient client(EndpointServer server) {
        SageMakerClient client = SageMakerClient.builder().region(Region.US_EAST_1)
                .endpointOverride(URI.create(server.url()))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("a", "b")))
                .httpClient(ApacheHttpClient.builder().build())
                .overrideConfiguration(o -> o.retryStrategy(AwsRetryStrategy.doNotRetry())).build();
        closeables.add(client);
        return client;
    }

    private CreateModelRequest model(String name, String modelData) {
        return CreateModelRequest.builder().modelName(name).executionRoleArn("arn:aws:iam::111122223333:role/SM")
                .primaryContainer(c -> c.image("683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-xgboost:1.7-1")
                        .modelDataUrl(modelData)).build();
    }

    private CreateTrainingJobRequest trainingJob(String input, String output) {
        return CreateTrainingJobRequest.builder().trainingJobName("reads-files")
                .roleArn("arn:aws:iam::111122223333:role/SM")
                .algorithmSpecification(a -> a.trainingImage(
                        "683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-xgboost:1.7-1").trainingInputMode("File"))
                .hyperParameters(java.util.Map.of("num_round", "2"))
                .inputDataConfig(Channel.builder().channelName("train").contentType("text/csv")
                        .dataSource(d -> d.s3DataSource(s -> s.s3DataType("S3Prefix").s3Uri(input))).build())
                .outputDataConfig(o -> o.s3OutputPath(output))
                .resourceConfig(r -> r.instanceCount(1).instanceType("ml.m5.large").volumeSizeInGB(1))
                .stoppingCondition(s -> s.maxRuntimeInSeconds(60)).build();
    }

    @Test
    void createModelAndTrainingJob_fileLocations_400NamingTheMemberAndTheOption() throws Exception {
        Files.writeString(elsewhere.resolve("secret.csv"), "do not read me");
        SageMakerClient sm = client(start(false));
        String folder = elsewhere.toUri().toString();

        assertThatThrownBy(() -> sm.createModel(model("local-model", folder + "model.tar.gz")))
                .isInstanceOfSatisfying(SageMakerException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(400);
                    assertThat(e.awsErrorDetails().errorCode()).isEqualTo("ValidationException");
                    assertThat(e.getMessage()).contains("PrimaryContainer.ModelDataUrl").contains("allowLocalFiles");
                });
        assertThatThrownBy(() -> sm.createTrainingJob(trainingJob(folder, "s3://bucket/out")))
                .isInstanceOfSatisfying(SageMakerException.class, e -> assertThat(e.getMessage())
                        .contains("InputDataConfig[0].DataSource.S3DataSource.S3Uri").doesNotContain("do not read me"));
        assertThatThrownBy(() -> sm.createTrainingJob(trainingJob("s3://bucket/in/", "FILE://" + elsewhere)))
                .isInstanceOfSatisfying(SageMakerException.class, e -> assertThat(e.getMessage())
                        .contains("OutputDataConfig.S3OutputPath").contains("allowLocalFiles"));
        assertThat(sm.listModels().models()).isEmpty();
        assertThat(sm.listTrainingJobs().trainingJobSummaries()).isEmpty();
        try (var files = Files.list(elsewhere)) {
            assertThat(files).containsExactly(elsewhere.resolve("secret.csv"));
        }
    }

    @Test
    void createModel_fileModelDataOnAServerThatAllowsLocalFiles_accepted() {
        SageMakerClient sm = client(start(true));

        sm.createModel(model("local-model", elsewhere.toUri() + "model.tar.gz"));

        assertThat(sm.describeModel(b -> b.modelName("local-model")).primaryContainer().modelDataUrl())
                .startsWith("file:");
    }

    @Test
    void createModel_s3ModelData_accepted() {
        SageMakerClient sm = client(start(false));

        sm.createModel(model("bucket-model", "s3://bucket/model.tar.gz"));

        assertThat(sm.describeModel(b -> b.modelName("bucket-model")).primaryContainer().modelDataUrl())
                .isEqualTo("s3://bucket/model.tar.gz");
    }

    @Test
    void hostHeader_loopbackOrBoundHost_served_anyOtherRefusedWith403() throws Exception {
        EndpointServer server = start(false);
        int port = server.port();

        for (String host : List.of("127.0.0.1:" + port, "127.0.0.1", "localhost:" + port, "LOCALHOST", "127.1.2.3",
                "[::1]:" + port, "[::1]")) {
            assertThat(statusFor(server, host)).as(host).isEqualTo(200);
        }
        for (String host : List.of("evil.example", "evil.example:" + port, "localhost.evil.example",
                "127.0.0.1.evil.example", "10.0.0.1:" + port, "127.0.0.1:" + port + ":1", "[::2]:" + port)) {
            assertThat(statusFor(server, host)).as(host).isEqualTo(403);
        }
    }

    @Test
    void hostHeader_allowedHostsAddsNames() throws Exception {
        EndpointServer server = EndpointServer.builder().session(session).controlPlane(true)
                .allowedHosts("models.internal").start();
        closeables.add(server);

        assertThat(statusFor(server, "models.internal:" + server.port())).isEqualTo(200);
        assertThat(statusFor(server, "other.internal")).isEqualTo(403);
    }

    /** The status of ListModels sent with this Host header. */
    private static int statusFor(EndpointServer server, String host) throws IOException {
        String body = "{}";
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), server.port()), 5000);
            s.setSoTimeout(10_000);
            s.getOutputStream().write(("POST / HTTP/1.1\r\nHost: " + host + "\r\nX-Amz-Target: SageMaker.ListModels\r\n"
                    + "Content-Type: application/x-amz-json-1.1\r\nContent-Length: " + body.length()
                    + "\r\nConnection: close\r\n\r\n" + body).getBytes(StandardCharsets.US_ASCII));
            s.getOutputStream().flush();
            String answer = new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return Integer.parseInt(answer.substring(9, 12));
        }
    }
}
