/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sagemaker4j.config.SageMakerConfig;
import dev.sagemaker4j.exceptions.OperationNotSupportedException;
import dev.sagemaker4j.exceptions.ValidationException;
import dev.sagemaker4j.spi.ObjectListing;
import dev.sagemaker4j.spi.ObjectOptions;
import dev.sagemaker4j.spi.ObjectStore;
import dev.sagemaker4j.spi.ObjectSummary;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** upload_data / download_data / upload_string_as_file_body with extra arguments and callbacks, locally. */
class SessionTransferOptionsTest {
    @TempDir
    Path tmp;

    private Session local() {
        return Session.builder().backend("local").root(tmp.resolve("root")).sagemakerConfig(SageMakerConfig.empty())
                .build();
    }

    @Test
    void uploadData_folderWithExtraArgs_keepsContentTypeAndMetadataAndReportsEveryByte() throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("data/sub"));
        Files.writeString(folder.resolve("a.csv"), "12345");
        Files.writeString(tmp.resolve("data/b.csv"), "123");
        AtomicLong sent = new AtomicLong();
        try (Session session = local()) {
            String prefix = session.uploadData(tmp.resolve("data"), u -> u.bucket("transfer").keyPrefix("in")
                    .extraArgs(Map.of("ContentType", "text/csv", "Metadata", Map.of("team", "ml"),
                            "ServerSideEncryption", "aws:kms"))
                    .callback(sent::addAndGet));

            assertThat(prefix).isEqualTo("s3://transfer/in");
            assertThat(sent.get()).isEqualTo(8);
            assertThat(session.objectStore().attributes("s3://transfer/in/sub/a.csv")).isEqualTo(Map.of(
                    "ContentType", "text/csv", "Metadata", Map.of("team", "ml")));
            // a later write without attributes forgets them; a removed object has none
            session.objectStore().put("s3://transfer/in/b.csv", tmp.resolve("data/b.csv"), ObjectOptions.none());
            assertThat(session.objectStore().attributes("s3://transfer/in/b.csv")).isEmpty();
            session.objectStore().delete("s3://transfer/in/sub/a.csv");
            assertThat(session.objectStore().attributes("s3://transfer/in/sub/a.csv")).isEmpty();
            assertThat(session.listS3Files("transfer", "")).containsExactly("in/b.csv");

            AtomicLong read = new AtomicLong();
            List<Path> files = session.downloadData(tmp.resolve("out"), "transfer", d -> d.keyPrefix("in")
                    .extraArgs(Map.of("ExpectedBucketOwner", "000000000000")));
            session.objectStore().get("s3://transfer/in/b.csv", tmp.resolve("b.copy"), ObjectOptions.builder()
                    .callback(read::addAndGet).build());
            assertThat(files).containsExactly(tmp.resolve("out/b.csv"));
            assertThat(read.get()).isEqualTo(3);
        }
    }

    @Test
    void uploadStringAsFileBody_kmsKeyAndBucketByName_writesTheObject() {
        try (Session session = local()) {
            String uri = session.uploadStringAsFileBody("{}",
                    o -> o.bucket("strings").key("a/b.json").kmsKey("key-1"));

            assertThat(uri).isEqualTo("s3://strings/a/b.json");
            assertThat(session.readS3File("strings", "a/b.json")).isEqualTo("{}");
            assertThat(Session.UploadStringAsFileBodyOptions.builder().kmsKey("k").build().toBuilder().build())
                    .isEqualTo(Session.UploadStringAsFileBodyOptions.builder().kmsKey("k").build());
            assertThatThrownBy(() -> session.uploadStringAsFileBody("{}", o -> o.key("k").kmsKey(" ")))
                    .isInstanceOf(ValidationException.class);
            assertThatThrownBy(() -> session.uploadStringAsFileBody("{}", o -> o.bucket("strings")))
                    .isInstanceOf(ValidationException.class).hasMessageContaining("key");
        }
    }

    @Test
    void options_badArguments_areValidationExceptionsNamingThem() {
        assertThatThrownBy(() -> Session.UploadDataOptions.builder().extraArgs(Map.of("SSEKMSKeyID", "k")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.value()).isEqualTo("SSEKMSKeyID"));
        assertThatThrownBy(() -> Session.DownloadDataOptions.builder().extraArgs(Map.of("ContentType", "x")))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> Session.UploadDataOptions.builder().extraArgs(Map.of("Metadata", "x")))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.field()).isEqualTo("extraArgs.Metadata"));
        Session.UploadDataOptions kept = Session.UploadDataOptions.builder().keyPrefix(null)
                .extraArgs(Map.of("ACL", "private")).build();
        assertThat(kept.keyPrefix()).isEqualTo("data");
        assertThat(kept.toBuilder().build()).isEqualTo(kept);
        assertThat(Session.DownloadDataOptions.builder().build().keyPrefix()).isEmpty();
    }

    @Test
    void objectStoreDefaults_aStoreWithoutExtraArgs_refusesThemAndCountsBytes() throws Exception {
        ObjectStore minimal = new ObjectStore() {
            @Override
            public void ensureBucket(String bucket) {
            }

            @Override
            public void put(String uri, Path source) {
            }

            @Override
            public void put(String uri, InputStream content) {
                try {
                    content.readAllBytes();
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }

            @Override
            public InputStream get(String uri) {
                return InputStream.nullInputStream();
            }

            @Override
            public void get(String uri, Path target) {
            }

            @Override
            public Optional<ObjectSummary> head(String uri) {
                return Optional.empty();
            }

            @Override
            public ObjectListing list(String prefixUri, String continuationToken, int maxKeys) {
                return new ObjectListing(List.of(), null);
            }

            @Override
            public boolean delete(String uri) {
                return false;
            }

            @Override
            public void close() {
            }
        };
        AtomicLong sent = new AtomicLong();

        minimal.put("s3://b/k", new java.io.ByteArrayInputStream(new byte[42]), ObjectOptions.builder()
                .callback(sent::addAndGet).build());

        assertThat(sent.get()).isEqualTo(42);
        assertThat(minimal.attributes("s3://b/k")).isEmpty();
        assertThatThrownBy(() -> minimal.put("s3://b/k", tmp, ObjectOptions.builder()
                .extraArg("ServerSideEncryption", "aws:kms").build()))
                .isInstanceOf(OperationNotSupportedException.class).hasMessageContaining("ServerSideEncryption");
    }
}
