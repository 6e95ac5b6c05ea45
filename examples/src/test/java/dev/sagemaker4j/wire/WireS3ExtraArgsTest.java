/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sagemaker4j.Session;
import dev.sagemaker4j.config.SageMakerConfig;
import dev.sagemaker4j.exceptions.ValidationException;
import dev.sagemaker4j.serving.EndpointServer;
import dev.sagemaker4j.serving.LocalApiServer;
import dev.sagemaker4j.wire.RecordingClients.Captured;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * {@code upload_data(..., callback, extra_args)}, {@code download_data(..., extra_args)} and
 * {@code upload_string_as_file_body(..., kms_key)} on the sagemaker backend: boto3's {@code ExtraArgs} become the
 * PutObject / GetObject headers S3 reads ({@code x-amz-server-side-encryption}, {@code Content-Type},
 * {@code x-amz-meta-*}, {@code x-amz-request-payer}), sent to the LocalApiServer's S3 facade, which stores the
 * objects.
 */
class WireS3ExtraArgsTest {
    @TempDir
    Path tmp;

    /** Records each request's method, path and headers after signing (an S3 body is a one-shot stream: not read). */
    static final class HeaderRecorder implements ExecutionInterceptor {
        private final List<Captured> sink;

        HeaderRecorder(List<Captured> sink) {
            this.sink = sink;
        }

        @Override
        public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
            SdkHttpRequest http = context.httpRequest();
            sink.add(new Captured(null, http.method().name(), http.encodedPath(), http.headers(), ""));
        }
    }

    static String header(Captured c, String name) {
        return c.headers().entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                .map(e -> e.getValue().get(0)).findFirst().orElse(null);
    }

    @Test
    void uploadDownloadAndString_withExtraArgs_sendTheS3Headers() throws Exception {
        Path data = Files.createDirectories(tmp.resolve("data"));
        Files.writeString(data.resolve("train.csv"), "1,2,3\n");
        List<Captured> captured = new CopyOnWriteArrayList<>();
        try (Session serverSide = Session.builder().backend("local").root(tmp.resolve("server"))
                .sagemakerConfig(SageMakerConfig.empty()).build();
             EndpointServer api = LocalApiServer.start(serverSide, 0)) {
            URI url = URI.create(api.url());
            serverSide.objectStore().ensureBucket("extra-args");
            S3Client s3 = S3Client.builder().region(Region.US_EAST_1).credentialsProvider(RecordingClients.CREDENTIALS)
                    .endpointOverride(url).forcePathStyle(true)
                    .overrideConfiguration(c -> c.addExecutionInterceptor(new HeaderRecorder(captured))).build();
            try (Session client = Session.builder().backend("sagemaker").region("us-east-1")
                    .credentialsProvider(RecordingClients.CREDENTIALS).endpointOverride("sagemaker", url)
                    .s3Client(s3).sagemakerConfig(SageMakerConfig.empty()).root(tmp.resolve("client")).build()) {
                AtomicLong sent = new AtomicLong();

                String uri = client.uploadData(data.resolve("train.csv"), u -> u.bucket("extra-args")
                        .keyPrefix("in").extraArgs(Map.of("ServerSideEncryption", "aws:kms", "SSEKMSKeyId",
                                "alias/data", "ContentType", "text/csv", "Metadata", Map.of("team", "ml")))
                        .callback(sent::addAndGet));
                Captured put = captured.stream().filter(c -> c.method().equals("PUT")).reduce((a, b) -> b)
                        .orElseThrow();
                assertThat(uri).isEqualTo("s3://extra-args/in/train.csv");
                assertThat(put.path()).isEqualTo("/extra-args/in/train.csv");
                assertThat(header(put, "x-amz-server-side-encryption")).isEqualTo("aws:kms");
                assertThat(header(put, "x-amz-server-side-encryption-aws-kms-key-id")).isEqualTo("alias/data");
                assertThat(header(put, "Content-Type")).isEqualTo("text/csv");
                assertThat(header(put, "x-amz-meta-team")).isEqualTo("ml");
                assertThat(sent.get()).isEqualTo(6);
                assertThat(serverSide.objectStore().getString(uri)).isEqualTo("1,2,3\n");

                // upload_string_as_file_body(body, bucket, key, kms_key): ServerSideEncryption aws:kms, SSEKMSKeyId
                client.uploadStringAsFileBody("{}", o -> o.bucket("extra-args").key("notes/a.json").kmsKey("key-1"));
                Captured string = captured.stream().filter(c -> c.path().endsWith("/notes/a.json")).findFirst()
                        .orElseThrow();
                assertThat(header(string, "x-amz-server-side-encryption")).isEqualTo("aws:kms");
                assertThat(header(string, "x-amz-server-side-encryption-aws-kms-key-id")).isEqualTo("key-1");

                List<Path> files = client.downloadData(tmp.resolve("out"), "extra-args", d -> d.keyPrefix("in")
                        .extraArgs(Map.of("RequestPayer", "requester")));
                Captured get = captured.stream().filter(c -> c.method().equals("GET")
                        && c.path().equals("/extra-args/in/train.csv")).findFirst().orElseThrow();
                assertThat(header(get, "x-amz-request-payer")).isEqualTo("requester");
                assertThat(files).containsExactly(tmp.resolve("out/train.csv"));
                assertThat(Files.readString(files.get(0))).isEqualTo("1,2,3\n");

                int before = captured.size();
                assertThatThrownBy(() -> client.uploadData(data, u -> u.extraArgs(Map.of("VersionId", "1"))))
                        .isInstanceOfSatisfying(ValidationException.class,
                                e -> assertThat(e.field()).isEqualTo("extraArgs"));
                assertThat(captured).hasSize(before);
            }
        }
    }
}
