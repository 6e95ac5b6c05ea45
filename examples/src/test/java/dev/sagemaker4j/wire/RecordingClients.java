/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.wire;

import dev.sagemaker4j.Session;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sagemaker.SageMakerClient;
import software.amazon.awssdk.services.sagemakerfeaturestoreruntime.SageMakerFeatureStoreRuntimeClient;
import software.amazon.awssdk.services.sagemakerruntime.SageMakerRuntimeClient;

/**
 * The wire request tests' client: a {@code sagemaker} session whose AWS SDK v2 clients talk to a LocalApiServer and
 * record every request after signing (then let it go, so the server answers it). S3 points nowhere: these tests
 * reach the server's buckets through {@code file://} URIs or not at all.
 */
final class RecordingClients {
    static final StaticCredentialsProvider CREDENTIALS = StaticCredentialsProvider.create(
            AwsBasicCredentials.create("AKID", "SECRET"));

    private RecordingClients() {
    }

    /** One request as it went on the wire. */
    record Captured(String target, String method, String path, Map<String, List<String>> headers, String body) {
    }

    /** Records each request after signing into a list, then lets it go. */
    static final class Recorder implements ExecutionInterceptor {
        private final List<Captured> sink;

        Recorder(List<Captured> sink) {
            this.sink = sink;
        }

        @Override
        public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
            SdkHttpRequest http = context.httpRequest();
            String body = context.requestBody().map(b -> {
                try (InputStream in = b.contentStreamProvider().newStream()) {
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    in.transferTo(out);
                    return out.toString(StandardCharsets.UTF_8);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).orElse("");
            sink.add(new Captured(http.firstMatchingHeader("X-Amz-Target").orElse(null), http.method().name(),
                    http.encodedPath(), http.headers(), body));
        }
    }

    /**
     * A sagemaker session over the server at {@code uri}, its SageMaker, runtime and feature store runtime clients
     * recording into {@code sink}.
     */
    static Session session(URI uri, List<Captured> sink) {
        Recorder recorder = new Recorder(sink);
        SageMakerClient sm = SageMakerClient.builder().region(Region.US_EAST_1).credentialsProvider(CREDENTIALS)
                .endpointOverride(uri).overrideConfiguration(c -> c.addExecutionInterceptor(recorder)).build();
        SageMakerRuntimeClient rt = SageMakerRuntimeClient.builder().region(Region.US_EAST_1)
                .credentialsProvider(CREDENTIALS).endpointOverride(uri)
                .overrideConfiguration(c -> c.addExecutionInterceptor(recorder)).build();
        SageMakerFeatureStoreRuntimeClient fs = SageMakerFeatureStoreRuntimeClient.builder().region(Region.US_EAST_1)
                .credentialsProvider(CREDENTIALS).endpointOverride(uri)
                .overrideConfiguration(c -> c.addExecutionInterceptor(recorder)).build();
        S3Client s3 = S3Client.builder().region(Region.US_EAST_1).credentialsProvider(CREDENTIALS)
                .endpointOverride(URI.create("http://127.0.0.1:1")).build();
        return Session.sagemaker(sm, rt, fs, s3);
    }

    /**
     * A stand-in SageMaker on loopback, started: every awsJson1_1 call gets the answer {@code answers} holds for its
     * operation (the part of {@code X-Amz-Target} after the dot), else {@code {}}; the answer {@code ERROR} is a 400
     * ValidationException. The map may change while the server runs.
     */
    static com.sun.net.httpserver.HttpServer answeringStub(Map<String, String> answers) throws java.io.IOException {
        com.sun.net.httpserver.HttpServer stub = com.sun.net.httpserver.HttpServer.create(
                new java.net.InetSocketAddress("127.0.0.1", 0), 0);
        stub.createContext("/", exchange -> {
            try (InputStream in = exchange.getRequestBody()) {
                in.readAllBytes();
            }
            String target = String.valueOf(exchange.getRequestHeaders().getFirst("X-Amz-Target"));
            String answer = answers.getOrDefault(target.substring(target.indexOf('.') + 1), "{}");
            int status = 200;
            if ("ERROR".equals(answer)) {
                status = 400;
                answer = "{\"__type\": \"ValidationException\", \"message\": \"400\"}";
            }
            byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/x-amz-json-1.1");
            exchange.sendResponseHeaders(status, bytes.length);
            try (java.io.OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        stub.start();
        return stub;
    }
}
