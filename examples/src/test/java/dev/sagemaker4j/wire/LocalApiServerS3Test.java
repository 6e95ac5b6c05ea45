/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.wire;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sagemaker4j.Session;
import dev.sagemaker4j.serving.EndpointServer;
import dev.sagemaker4j.serving.LocalApiServer;
import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * LocalApiServer speaks S3 too: a client that knows nothing but the server's URL uploads its data, trains,
 * deploys, predicts and transforms with the real AWS SDK clients, and gets what {@code Session.local()} gets.
 */
class LocalApiServerS3Test {
    static final StaticCredentialsProvider CREDENTIALS = StaticCredentialsProvider.create(
            AwsBasicCredentials.create("test-access", "test-secret"));
    @TempDir
    Path tmp;

    @Test
    void quickstartFlow_withS3FromTheSameServer_equalsTheLocalSession() throws Exception {
        Path data = WireCompatibilityTest.dataIn(tmp.resolve("data"));
        try (Session serverSide = Session.local(tmp.resolve("server"));
             EndpointServer api = LocalApiServer.start(serverSide, 0)) {
            URI url = URI.create(api.url());
            WireCompatibilityTest.Outcome remote;
            try (Session client = Session.builder().backend("sagemaker").region("us-east-1")
                    .credentialsProvider(CREDENTIALS).endpointOverride("sagemaker", url)
                    .endpointOverride("sagemaker-runtime", url).endpointOverride("sagemaker-featurestore-runtime", url)
                    .endpointOverride("s3", url).s3PathStyle(true).property("accountId", "000000000000")
                    .root(tmp.resolve("client")).build()) {
                remote = WireCompatibilityTest.quickstart(client, data);
            }
            WireCompatibilityTest.Outcome local;
            try (Session direct = Session.local(tmp.resolve("direct"))) {
                local = WireCompatibilityTest.quickstart(direct, data);
            }

            assertThat(remote.metrics).isEqualTo(local.metrics).containsKey("train:auc");
            assertThat(remote.predictions).isEqualTo(local.predictions).hasSize(2);
            assertThat(remote.transformed).isEqualTo(local.transformed).hasSize(20);
            // the data went into the server's own local buckets, through S3's API
            String bucket = serverSide.defaultBucket();
            assertThat(serverSide.objectStore().getString("s3://" + bucket + "/wire/train/train.csv"))
                    .isEqualTo(java.nio.file.Files.readString(data.resolve("train.csv")));
            try (S3Client s3 = S3Client.builder().endpointOverride(url).region(Region.US_EAST_1).forcePathStyle(true)
                    .credentialsProvider(CREDENTIALS).build()) {
                s3.putObject(b -> b.bucket(bucket).key("notes/hello.txt"), RequestBody.fromString("hi"));
                assertThat(serverSide.objectStore().getString("s3://" + bucket + "/notes/hello.txt")).isEqualTo("hi");
                assertThat(s3.listObjectsV2(b -> b.bucket(bucket).prefix("wire/scores/")).contents())
                        .anyMatch(o -> o.key().equals("wire/scores/batch.csv.out"));
            }
        }
    }

    @Test
    void s3ThroughAServerWithCredentials_refusesAWrongSecret_andServesTheRightOne() {
        try (Session serverSide = Session.local(tmp.resolve("signed"));
             EndpointServer api = EndpointServer.builder().session(serverSide).port(0).controlPlane(true)
                     .credentials(Map.of("test-access", "test-secret")).start()) {
            URI url = URI.create(api.url());
            String bucket = serverSide.defaultBucket();
            serverSide.objectStore().ensureBucket(bucket);
            try (S3Client good = S3Client.builder().endpointOverride(url).region(Region.US_EAST_1).forcePathStyle(true)
                    .credentialsProvider(CREDENTIALS).build();
                 S3Client bad = S3Client.builder().endpointOverride(url).region(Region.US_EAST_1).forcePathStyle(true)
                         .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(
                                 "test-access", "wrong"))).build()) {
                good.putObject(b -> b.bucket(bucket).key("a b+c.txt"), RequestBody.fromString("signed"));
                assertThat(good.getObjectAsBytes(b -> b.bucket(bucket).key("a b+c.txt")).asUtf8String())
                        .isEqualTo("signed");
                org.assertj.core.api.Assertions.assertThatThrownBy(() -> bad.putObject(b -> b.bucket(bucket)
                        .key("x.txt"), RequestBody.fromString("nope")))
                        .isInstanceOf(software.amazon.awssdk.services.s3.model.S3Exception.class);
                assertThat(serverSide.objectStore().exists("s3://" + bucket + "/x.txt")).isFalse();
            }
        }
    }
}
