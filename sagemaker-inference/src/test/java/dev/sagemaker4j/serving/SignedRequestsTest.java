/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.serving;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sagemaker4j.Session;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sagemaker.SageMakerClient;
import software.amazon.awssdk.services.sagemaker.model.ListTrainingJobsResponse;
import software.amazon.awssdk.services.sagemaker.model.SageMakerException;

/** The local API server checks AWS Signature Version 4 when it is given keys. */
class SignedRequestsTest {
    @TempDir
    static Path tmp;
    static Session session;
    static EndpointServer server;

    @BeforeAll
    static void start() {
        session = Session.local(tmp);
        server = EndpointServer.builder().session(session).controlPlane(true)
                .credentials(Map.of("AKIDLOCAL", "local-secret")).start();
    }

    @AfterAll
    static void stop() {
        server.close();
        session.close();
    }

    static SageMakerClient client(String key, String secret) {
        return SageMakerClient.builder().region(Region.EU_WEST_1).endpointOverride(URI.create(server.url()))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(key, secret)))
                .httpClient(ApacheHttpClient.builder().build()).build();
    }

    @Test
    void rightlySignedRequest_isServed() {
        try (SageMakerClient c = client("AKIDLOCAL", "local-secret")) {
            ListTrainingJobsResponse r = c.listTrainingJobs(b -> b.nameContains("x/y z").maxResults(5));
            assertThat(r.trainingJobSummaries()).isEmpty();
        }
    }

    @Test
    void wrongSecretOrUnknownKey_isRefusedWith403() {
        try (SageMakerClient c = client("AKIDLOCAL", "not-the-secret")) {
            assertThatThrownBy(c::listTrainingJobs).isInstanceOfSatisfying(SageMakerException.class, e -> {
                assertThat(e.statusCode()).isEqualTo(403);
                assertThat(e.awsErrorDetails().errorCode()).isEqualTo("InvalidSignatureException");
            });
        }
        try (SageMakerClient c = client("AKIDOTHER", "local-secret")) {
            assertThatThrownBy(c::listTrainingJobs).isInstanceOfSatisfying(SageMakerException.class,
                    e -> assertThat(e.awsErrorDetails().errorCode()).isEqualTo("UnrecognizedClientException"));
        }
    }

    @Test
    void unsignedRequest_isRefused() throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.url() + "/"))
                .header("X-Amz-Target", "SageMaker.ListTrainingJobs").POST(HttpRequest.BodyPublishers.ofString("{}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(r.body()).contains("MissingAuthenticationTokenException");
    }
}
