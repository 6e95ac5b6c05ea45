/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.serving.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import dev.sagemaker4j.Session;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CompletedPart;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Response;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.ObjectIdentifier;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;

/** S3's API over a local session's object store, driven by the AWS SDK's own S3Client. */
class S3HandlerTest {
    @TempDir
    static Path tmp;
    static Session session;
    static HttpServer server;
    static S3Handler handler;
    static S3Client s3;

    @BeforeAll
    static void setUp() throws Exception {
        session = Session.local(tmp.resolve("root"));
        handler = new S3Handler(session.objectStore());
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", handler::handle);
        server.start();
        s3 = S3Client.builder().endpointOverride(URI.create("http://127.0.0.1:" + server.getAddress().getPort()))
                .region(Region.US_EAST_1).forcePathStyle(true)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("k", "s")))
                .build();
    }

    @AfterAll
    static void tearDown() {
        s3.close();
        server.stop(0);
        handler.close();
        session.close();
    }

    @Test
    void putGetHeadDelete_throughS3Client_landInTheSessionsStore() {
        s3.createBucket(b -> b.bucket("data"));
        s3.putObject(b -> b.bucket("data").key("train/part 1+x.csv"), RequestBody.fromString("1,2\n3,4\n"));

        assertThat(session.objectStore().getString("s3://data/train/part 1+x.csv")).isEqualTo("1,2\n3,4\n");
        assertThat(s3.getObjectAsBytes(b -> b.bucket("data").key("train/part 1+x.csv")).asUtf8String())
                .isEqualTo("1,2\n3,4\n");
        assertThat(s3.headObject(b -> b.bucket("data").key("train/part 1+x.csv")).contentLength()).isEqualTo(8);
        ResponseBytes<GetObjectResponse> range = s3.getObjectAsBytes(b -> b.bucket("data")
                .key("train/part 1+x.csv").range("bytes=2-4"));
        assertThat(range.asUtf8String()).isEqualTo("2\n3");
        assertThat(range.response().contentRange()).isEqualTo("bytes 2-4/8");
        session.objectStore().putString("s3://data/made-here.txt", "hello");
        assertThat(s3.getObjectAsBytes(b -> b.bucket("data").key("made-here.txt")).asUtf8String()).isEqualTo("hello");
        assertThat(s3.listBuckets().buckets()).anyMatch(b -> b.name().equals("data"));

        s3.deleteObject(b -> b.bucket("data").key("made-here.txt"));

        assertThat(session.objectStore().exists("s3://data/made-here.txt")).isFalse();
        assertThatThrownBy(() -> s3.getObjectAsBytes(b -> b.bucket("data").key("made-here.txt")))
                .isInstanceOf(NoSuchKeyException.class);
        assertThatThrownBy(() -> s3.listObjectsV2(b -> b.bucket("nobucket")))
                .isInstanceOf(NoSuchBucketException.class);
    }

    @Test
    void listObjectsV2_pagesWithDelimiterAndPrefix_asS3Does() {
        s3.createBucket(b -> b.bucket("listing"));
        for (String k : List.of("a/1", "a/2", "b/x/1", "b/y", "c", "d/é", "e")) {
            s3.putObject(b -> b.bucket("listing").key(k), RequestBody.fromString(k));
        }

        List<String> seen = new ArrayList<>();
        String token = null;
        int pages = 0;
        do {
            String t = token;
            ListObjectsV2Response page = s3.listObjectsV2(b -> b.bucket("listing").delimiter("/").maxKeys(2)
                    .continuationToken(t));
            page.commonPrefixes().forEach(p -> seen.add(p.prefix()));
            page.contents().forEach(o -> seen.add(o.key()));
            token = page.nextContinuationToken();
            pages++;
        } while (token != null);

        assertThat(seen).containsExactlyInAnyOrder("a/", "b/", "c", "d/", "e");
        assertThat(pages).isEqualTo(3);
        assertThat(s3.listObjectsV2(b -> b.bucket("listing").prefix("b/")).contents().stream().map(S3Object::key)
                .collect(Collectors.toList())).containsExactly("b/x/1", "b/y");
        s3.deleteObjects(b -> b.bucket("listing").delete(d -> d.objects(ObjectIdentifier.builder().key("a/1").build(),
                ObjectIdentifier.builder().key("a/2").build())));
        assertThat(session.objectStore().exists("s3://listing/a/1")).isFalse();
        assertThat(session.objectStore().exists("s3://listing/b/y")).isTrue();
    }

    @Test
    void multipartUpload_assemblesThePartsInOrder_andAbortLeavesNothing() {
        s3.createBucket(b -> b.bucket("multi"));
        byte[] one = new byte[700_000];
        byte[] two = new byte[300_001];
        new Random(3).nextBytes(one);
        new Random(4).nextBytes(two);
        String id = s3.createMultipartUpload(b -> b.bucket("multi").key("big.bin")).uploadId();
        String e2 = s3.uploadPart(b -> b.bucket("multi").key("big.bin").uploadId(id).partNumber(2),
                RequestBody.fromBytes(two)).eTag();
        String e1 = s3.uploadPart(b -> b.bucket("multi").key("big.bin").uploadId(id).partNumber(1),
                RequestBody.fromBytes(one)).eTag();

        String etag = s3.completeMultipartUpload(b -> b.bucket("multi").key("big.bin").uploadId(id)
                .multipartUpload(m -> m.parts(CompletedPart.builder().partNumber(1).eTag(e1).build(),
                        CompletedPart.builder().partNumber(2).eTag(e2).build()))).eTag();

        byte[] got = s3.getObjectAsBytes(b -> b.bucket("multi").key("big.bin")).asByteArray();
        byte[] want = new byte[one.length + two.length];
        System.arraycopy(one, 0, want, 0, one.length);
        System.arraycopy(two, 0, want, one.length, two.length);
        assertThat(got).isEqualTo(want);
        assertThat(etag).endsWith("-2\"");

        String aborted = s3.createMultipartUpload(b -> b.bucket("multi").key("gone.bin")).uploadId();
        s3.uploadPart(b -> b.bucket("multi").key("gone.bin").uploadId(aborted).partNumber(1),
                RequestBody.fromString("x"));
        s3.abortMultipartUpload(b -> b.bucket("multi").key("gone.bin").uploadId(aborted));
        assertThat(session.objectStore().exists("s3://multi/gone.bin")).isFalse();
        assertThatThrownBy(() -> s3.uploadPart(b -> b.bucket("multi").key("gone.bin").uploadId(aborted)
                .partNumber(2), RequestBody.fromString("y"))).isInstanceOfSatisfying(S3Exception.class,
                        e -> assertThat(e.awsErrorDetails().errorCode()).isEqualTo("NoSuchUpload"));
    }

    @Test
    void hostileRequests_getS3Errors_andTouchNothingOutsideTheBuckets() throws Exception {
        s3.createBucket(b -> b.bucket("safe"));
        assertThatThrownBy(() -> s3.putObject(b -> b.bucket("safe").key("../../outside.txt"),
                RequestBody.fromString("x"))).isInstanceOf(S3Exception.class);
        assertThat(tmp.resolve("root/outside.txt")).doesNotExist();
        assertThat(tmp.resolve("outside.txt")).doesNotExist();
        java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        java.net.http.HttpResponse<String> xxe = http.send(java.net.http.HttpRequest.newBuilder(URI.create(base
                + "/safe?delete")).POST(java.net.http.HttpRequest.BodyPublishers.ofString("<?xml version=\"1.0\"?>"
                + "<!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><Delete><Object><Key>&x;</Key></Object>"
                + "</Delete>", StandardCharsets.UTF_8)).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(xxe.statusCode()).isEqualTo(400);
        assertThat(xxe.body()).contains("MalformedXML").doesNotContain("root:");
    }

    @Test
    void awsChunked_bodyWithSignaturesAndTrailer_decodesToThePayload_andABadChunkIs400() throws Exception {
        String body = "5;chunk-signature=abc\r\nhello\r\n7;chunk-signature=def\r\n, world\r\n0;chunk-signature=0\r\n"
                + "x-amz-checksum-crc32:AAAAAA==\r\n\r\n";
        try (java.io.InputStream in = new S3Handler.AwsChunkedInputStream(new java.io.ByteArrayInputStream(
                body.getBytes(StandardCharsets.UTF_8)))) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("hello, world");
        }
        for (String bad : new String[] {"zz\r\nhello", "ffffffffffffffffff\r\n", "10\r\nshort"}) {
            try (java.io.InputStream in = new S3Handler.AwsChunkedInputStream(new java.io.ByteArrayInputStream(
                    bad.getBytes(StandardCharsets.UTF_8)))) {
                assertThatThrownBy(in::readAllBytes).as(bad).isInstanceOfSatisfying(S3Handler.S3Error.class,
                        e -> assertThat(e.status).isEqualTo(400));
            }
        }
    }
}
