/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.internal.remote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sagemaker4j.Session;
import dev.sagemaker4j.local.SdkJson;
import dev.sagemaker4j.spi.TrainingJobsApi;
import dev.sagemaker4j.testsupport.TrainingRequests;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sagemaker.SageMakerClient;
import software.amazon.awssdk.services.sagemaker.model.CreateTrainingJobRequest;
import software.amazon.awssdk.services.sagemaker.model.DescribeTrainingJobRequest;

/**
 * The seam, proven: the very request object the local backend runs is, given to the sagemaker
 * backend, a valid CreateTrainingJob call on the wire. An interceptor captures the signed HTTP
 * request instead of sending it.
 */
class SageMakerBackendCaptureTest {
    @TempDir
    Path root;

    /** Captures the marshalled request and aborts the call before it leaves the JVM. */
    static final class Capture implements ExecutionInterceptor {
        final AtomicReference<SdkHttpRequest> request = new AtomicReference<>();
        final AtomicReference<String> body = new AtomicReference<>();

        @Override
        public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
            request.set(context.httpRequest());
            context.requestBody().ifPresent(b -> {
                try (InputStream in = b.contentStreamProvider().newStream()) {
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    in.transferTo(out);
                    body.set(out.toString(StandardCharsets.UTF_8));
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            throw new CapturedException();
        }
    }

    static final class CapturedException extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }

    @Test
    void createTrainingJob_sameRequestObject_isAValidServiceCall() throws Exception {
        Session local = Session.local(root);
        String bucket = local.defaultBucket();
        String train = local.uploadString("1\n2\n", "s3://" + bucket + "/seam/train.csv");
        CreateTrainingJobRequest request = TrainingRequests.mean("seam-1", train, "s3://" + bucket + "/out",
                Map.of("epochs", "2"));

        // 1. the local backend runs it
        local.api(TrainingJobsApi.CAPABILITY).createTrainingJob(request);
        assertThat(local.waitForJob("seam-1", Duration.ofSeconds(30)).trainingJobStatusAsString())
                .isEqualTo("Completed");
        assertThat(local.objectStore().exists("s3://" + bucket + "/out/seam-1/output/model.tar.gz")).isTrue();
        local.close();

        // 2. the sagemaker backend sends it: capture what would go on the wire
        Capture capture = new Capture();
        SageMakerClient client = SageMakerClient.builder().region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("AKID", "SECRET")))
                .endpointOverride(URI.create("https://127.0.0.1:1"))
                .overrideConfiguration(c -> c.addExecutionInterceptor(capture))
                .build();
        try (Session remote = Session.builder().backend("sagemaker").sageMakerClient(client).region("us-east-1")
                .root(root.resolve("remote")).build()) {
            assertThatThrownBy(() -> remote.api(TrainingJobsApi.CAPABILITY).createTrainingJob(request))
                    .isInstanceOf(CapturedException.class);
        } finally {
            client.close();
        }

        SdkHttpRequest http = capture.request.get();
        assertThat(http.method().name()).isEqualTo("POST");
        assertThat(http.encodedPath()).isEqualTo("/");
        assertThat(http.firstMatchingHeader("X-Amz-Target")).contains("SageMaker.CreateTrainingJob");
        assertThat(http.firstMatchingHeader("Content-Type")).contains("application/x-amz-json-1.1");
        assertThat(http.firstMatchingHeader("Authorization")).get().asString()
                .startsWith("AWS4-HMAC-SHA256 Credential=AKID/").contains("/us-east-1/sagemaker/aws4_request");

        JsonNode body = SdkJson.MAPPER.readTree(capture.body.get());
        // every member the service model marks required for CreateTrainingJob is present
        for (String required : new String[] {"TrainingJobName", "AlgorithmSpecification", "RoleArn",
                "OutputDataConfig", "ResourceConfig", "StoppingCondition"}) {
            assertThat(body.has(required)).as(required).isTrue();
        }
        assertThat(body.get("TrainingJobName").asText()).isEqualTo("seam-1");
        assertThat(body.at("/AlgorithmSpecification/TrainingImage").asText())
                .isEqualTo(request.algorithmSpecification().trainingImage());
        assertThat(body.at("/InputDataConfig/0/DataSource/S3DataSource/S3Uri").asText()).isEqualTo(train);
        assertThat(body.at("/HyperParameters/epochs").asText()).isEqualTo("2");
        // and it reads back into exactly the request that the local backend ran
        CreateTrainingJobRequest parsed = SdkJson.fromJson(body, CreateTrainingJobRequest::builder);
        assertThat(parsed).isEqualTo(request);
        assertThat(SdkJson.toJson(request)).isEqualTo(body);
    }

    @Test
    void describe_throughSageMakerBackend_marshalsTheOperationName() {
        Capture capture = new Capture();
        SageMakerClient client = SageMakerClient.builder().region(Region.EU_WEST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("AKID", "SECRET")))
                .endpointOverride(URI.create("https://127.0.0.1:1"))
                .overrideConfiguration(c -> c.addExecutionInterceptor(capture))
                .build();
        try (Session remote = Session.builder().backend("sagemaker").sageMakerClient(client)
                .root(root.resolve("remote")).build()) {
            assertThat(remote.region()).isEqualTo("eu-west-1");
            assertThatThrownBy(() -> remote.api(TrainingJobsApi.CAPABILITY).describeTrainingJob(
                    DescribeTrainingJobRequest.builder().trainingJobName("job-1").build()))
                    .isInstanceOf(CapturedException.class);
        } finally {
            client.close();
        }
        assertThat(capture.request.get().firstMatchingHeader("X-Amz-Target"))
                .contains("SageMaker.DescribeTrainingJob");
        assertThat(capture.body.get()).isEqualTo("{\"TrainingJobName\":\"job-1\"}");
    }
}
