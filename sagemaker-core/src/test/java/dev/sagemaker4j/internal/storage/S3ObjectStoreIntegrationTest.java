/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.internal.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sagemaker4j.Session;
import dev.sagemaker4j.exceptions.ResourceNotFoundException;
import dev.sagemaker4j.spi.ObjectStore;
import dev.sagemaker4j.spi.ObjectSummary;
import dev.sagemaker4j.testsupport.ObjectStoreContract;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.List;
import java.util.Random;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.nio2blob.FilesystemNio2BlobStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

/**
 * The S3 path of the object store against a real S3-compatible server (s3proxy) on loopback: the
 * {@link ObjectStoreContract} every store keeps, and what only S3 has (multipart uploads, the default bucket
 * created on the server, the session's transfers).
 */
class S3ObjectStoreIntegrationTest extends ObjectStoreContract {
    @TempDir
    static Path tmp;
    private static S3Proxy proxy;
    private static Session session;

    @BeforeAll
    static void startServer() throws Exception {
        Path blobs = Files.createDirectories(tmp.resolve("blobs"));
        proxy = S3Proxy.builder().blobStore(new FilesystemNio2BlobStore(blobs.toString()))
                .endpoint(URI.create("http://127.0.0.1:0"))
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, "test-access", "test-secret")
                .build();
        proxy.start();
        long deadline = System.currentTimeMillis() + 10_000;
        while (!"STARTED".equals(proxy.getState()) && System.currentTimeMillis() < deadline) {
            Thread.sleep(20);
        }
        session = Session.builder().backend("sagemaker").region("us-east-1")
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create("test-access", "test-secret")))
                .endpointOverride("s3", URI.create("http://127.0.0.1:" + proxy.getPort()))
                .s3PathStyle(true)
                .property("accountId", "123456789012")
                .root(tmp.resolve("root"))
                .build();
    }

    @AfterAll
    static void stopServer() throws Exception {
        if (session != null) {
            session.close();
        }
        if (proxy != null) {
            proxy.stop();
        }
    }

    @Override
    protected Session session() {
        return session;
    }

    @Override
    protected Path scratch() {
        return tmp;
    }

    @Test
    void defaultBucket_isCreatedOnTheServer() {
        String bucket = session.defaultBucket();
        assertThat(bucket).isEqualTo("sagemaker-us-east-1-123456789012");
        session.uploadString("hello", "s3://" + bucket + "/greeting.txt");
        assertThat(session.readS3File(bucket, "greeting.txt")).isEqualTo("hello");
    }

    @Test
    void roundTrip_50MB_streamAndFile_matchByteForByte() throws Exception {
        ObjectStore store = session.objectStore();
        store.ensureBucket("big-objects");
        Path file = tmp.resolve("50mb.bin");
        byte[] chunk = new byte[1 << 20];
        Random random = new Random(42);
        MessageDigest expected = MessageDigest.getInstance("SHA-256");
        try (var out = Files.newOutputStream(file)) {
            for (int i = 0; i < 50; i++) {
                random.nextBytes(chunk);
                expected.update(chunk);
                out.write(chunk);
            }
        }
        byte[] digest = expected.digest();

        store.put("s3://big-objects/from-file.bin", file);
        try (InputStream in = Files.newInputStream(file)) {
            store.put("s3://big-objects/from-stream.bin", in);   // unknown length: multipart upload
        }

        for (String key : List.of("from-file.bin", "from-stream.bin")) {
            MessageDigest actual = MessageDigest.getInstance("SHA-256");
            try (InputStream in = new DigestInputStream(store.get("s3://big-objects/" + key), actual)) {
                in.transferTo(java.io.OutputStream.nullOutputStream());
            }
            assertThat(actual.digest()).as(key).isEqualTo(digest);
            assertThat(store.head("s3://big-objects/" + key)).get().extracting(ObjectSummary::size)
                    .isEqualTo(50L << 20);
        }
        Path copy = tmp.resolve("copy.bin");
        store.get("s3://big-objects/from-stream.bin", copy);
        assertThat(Files.size(copy)).isEqualTo(50L << 20);
    }

    @Test
    void uploadAndDownloadData_throughTheSession() throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("up/sub"));
        Files.writeString(folder.resolve("x.csv"), "1,2");
        assertThatThrownBy(() -> session.uploadData(tmp.resolve("up"), "transfer-bucket", "ds"))
                .isInstanceOf(ResourceNotFoundException.class).hasMessageContaining("does not exist");
        session.objectStore().ensureBucket("transfer-bucket");
        String uri = session.uploadData(tmp.resolve("up"), "transfer-bucket", "ds");
        assertThat(uri).isEqualTo("s3://transfer-bucket/ds");

        List<Path> files = session.downloadData(tmp.resolve("down"), "transfer-bucket", "ds");

        assertThat(files).containsExactly(tmp.resolve("down/sub/x.csv"));
        assertThat(tmp.resolve("down/sub/x.csv")).hasContent("1,2");
    }
}
