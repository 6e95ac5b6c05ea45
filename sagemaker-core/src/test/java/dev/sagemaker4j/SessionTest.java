/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sagemaker4j.exceptions.BackendSelectionException;
import dev.sagemaker4j.exceptions.ResourceNotFoundException;
import dev.sagemaker4j.exceptions.SessionClosedException;
import dev.sagemaker4j.exceptions.ValidationException;
import dev.sagemaker4j.internal.settings.Settings;
import dev.sagemaker4j.spi.TrainingJobsApi;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SessionTest {
    @TempDir
    Path tmp;

    @Test
    void local_rootFromBuilder_keepsBucketsUnderIt() {
        try (Session session = Session.local(tmp)) {
            assertThat(session.backendName()).isEqualTo("local");
            assertThat(session.region()).isEqualTo("us-east-1");
            assertThat(session.defaultBucket()).isEqualTo("sagemaker-us-east-1-000000000000");
            assertThat(tmp.resolve("s3/sagemaker-us-east-1-000000000000")).isDirectory();
        }
    }

    @Test
    void close_thenEveryCall_isSessionClosedExceptionAndCloseAgainIsANoOp() {
        Session session = Session.local(tmp);
        session.uploadString("x", "s3://bucket-a/k");
        var api = session.api(TrainingJobsApi.CAPABILITY);
        var store = session.objectStore();
        session.close();
        assertThatThrownBy(() -> session.uploadString("y", "s3://bucket-a/k"))
                .isInstanceOf(SessionClosedException.class).hasMessageContaining("closed");
        assertThatThrownBy(() -> session.readS3File("bucket-a", "k")).isInstanceOf(SessionClosedException.class);
        assertThatThrownBy(() -> session.api(TrainingJobsApi.CAPABILITY)).isInstanceOf(SessionClosedException.class);
        assertThatThrownBy(() -> api.describeTrainingJob(
                software.amazon.awssdk.services.sagemaker.model.DescribeTrainingJobRequest.builder()
                        .trainingJobName("j").build()))
                .isInstanceOf(SessionClosedException.class);
        assertThatThrownBy(() -> session.waitForJob("j")).isInstanceOf(SessionClosedException.class);
        assertThat(session.backendName()).isEqualTo("local");
        session.close();
        assertThat(store).isNotNull();
    }

    @Test
    void local_rootFromEnvironmentVariable_isUsedWhenBuilderHasNone() {
        Path home = tmp.resolve("from-env");
        Settings settings = Settings.of(Map.of("user.home", tmp.toString()),
                Map.of("SAGEMAKER4J_HOME", home.toString(), "AWS_REGION", "eu-west-1"));
        try (Session session = Session.builder().backend("local").settings(settings).build()) {
            session.uploadString("x", "s3://bucket-a/k");
            assertThat(home.resolve("s3/bucket-a/k")).hasContent("x");
            assertThat(session.region()).isEqualTo("eu-west-1");
        }
    }

    @Test
    void settings_withoutHome_defaultsToDotSagemaker4jInUserHome() {
        Settings settings = Settings.of(Map.of("user.home", "/home/someone"), Map.of());
        assertThat(settings.home()).isEqualTo(Path.of("/home/someone/.sagemaker4j"));
        assertThat(Settings.of(Map.of("sagemaker4j.home", "/a"), Map.of("SAGEMAKER4J_HOME", "/b")).home())
                .isEqualTo(Path.of("/a"));
    }

    @Test
    void builder_backendFromSystemPropertyOrEnvironment() {
        Settings fromEnv = Settings.of(Map.of("user.home", tmp.toString()), Map.of("SAGEMAKER4J_BACKEND", "local"));
        try (Session session = Session.builder().root(tmp).settings(fromEnv).build()) {
            assertThat(session.backendName()).isEqualTo("local");
        }
    }

    @Test
    void builder_noBackendChosen_isAnErrorListingBackends() {
        Settings none = Settings.of(Map.of("user.home", tmp.toString()), Map.of());
        assertThatThrownBy(() -> Session.builder().root(tmp).settings(none).build())
                .isInstanceOfSatisfying(BackendSelectionException.class, e -> {
                    assertThat(e.getMessage()).contains("No backend was chosen").contains("SAGEMAKER4J_BACKEND");
                    assertThat(e.candidates()).anyMatch(c -> c.startsWith("local ("))
                            .anyMatch(c -> c.startsWith("sagemaker ("));
                });
    }

    @Test
    void builder_unknownBackend_isAnErrorListingBackends() {
        assertThatThrownBy(() -> Session.builder().backend("spark").root(tmp).build())
                .isInstanceOf(BackendSelectionException.class)
                .hasMessageContaining("No backend named 'spark'")
                .hasMessageContaining("local (dev.sagemaker4j.internal.local.LocalBackendProvider)");
    }

    @Test
    void builder_unknownEndpointService_isValidationError() {
        assertThatThrownBy(() -> Session.builder().endpointOverride("ec2", java.net.URI.create("http://x")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("service"));
    }

    @Test
    void uploadData_file_goesUnderKeyPrefixWithItsName() throws Exception {
        Path file = Files.writeString(tmp.resolve("train.csv"), "1,2\n");
        try (Session session = Session.local(tmp.resolve("root"))) {
            String uri = session.uploadData(file);
            assertThat(uri).isEqualTo("s3://sagemaker-us-east-1-000000000000/data/train.csv");
            assertThat(session.readS3File("sagemaker-us-east-1-000000000000", "data/train.csv")).isEqualTo("1,2\n");

            String other = session.uploadData(file, "my-bucket", "a/b/");
            assertThat(other).isEqualTo("s3://my-bucket/a/b/train.csv");
        }
    }

    @Test
    void uploadData_folder_keepsRelativePathsAndDownloadDataBringsThemBack() throws Exception {
        Path folder = tmp.resolve("folder");
        Files.createDirectories(folder.resolve("sub"));
        Files.writeString(folder.resolve("a.csv"), "a");
        Files.writeString(folder.resolve("sub/b.csv"), "b");
        try (Session session = Session.local(tmp.resolve("root"))) {
            String uri = session.uploadData(folder, "my-bucket", "ds");
            assertThat(uri).isEqualTo("s3://my-bucket/ds");
            assertThat(session.listS3Files("my-bucket", "ds")).containsExactly("ds/a.csv", "ds/sub/b.csv");

            Path target = tmp.resolve("download");
            List<Path> files = session.downloadData(target, "my-bucket", "ds");
            assertThat(files).containsExactly(target.resolve("a.csv"), target.resolve("sub/b.csv"));
            assertThat(target.resolve("sub/b.csv")).hasContent("b");

            List<Path> single = session.downloadData(tmp.resolve("one"), "my-bucket", "ds/sub/b.csv");
            assertThat(single).containsExactly(tmp.resolve("one/b.csv"));
        }
    }

    @Test
    void uploadData_missingFile_isValidationErrorNamingThePath() {
        try (Session session = Session.local(tmp)) {
            assertThatThrownBy(() -> session.uploadData(tmp.resolve("nope.csv")))
                    .isInstanceOfSatisfying(ValidationException.class, e -> {
                        assertThat(e.field()).isEqualTo("path");
                        assertThat(e.value()).endsWith("nope.csv");
                    });
        }
    }

    @Test
    void uploadData_bucketNameS3WouldReject_isValidationError() throws Exception {
        Path file = Files.writeString(tmp.resolve("x.csv"), "1");
        try (Session session = Session.local(tmp.resolve("root"))) {
            for (String bad : List.of("My_Bucket", "ab", "a..b", "192.168.1.1", "-start", "xn--abc")) {
                assertThatThrownBy(() -> session.uploadData(file, bad, "data"))
                        .as(bad).isInstanceOfSatisfying(ValidationException.class, e -> {
                            assertThat(e.field()).isEqualTo("bucket");
                            assertThat(e.value()).isEqualTo(bad);
                        });
            }
        }
    }

    @Test
    void downloadData_emptyPrefix_isResourceNotFound() {
        try (Session session = Session.local(tmp)) {
            assertThatThrownBy(() -> session.downloadData(tmp.resolve("d"), "my-bucket", "nothing/"))
                    .isInstanceOf(ResourceNotFoundException.class).hasMessageContaining("s3://my-bucket/nothing/");
        }
    }

    @Test
    void uploadString_malformedUri_isValidationError() {
        try (Session session = Session.local(tmp)) {
            assertThatThrownBy(() -> session.uploadString("x", "http://bucket/key"))
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.getMessage())
                            .contains("is not an s3:// URI"));
        }
    }

    @Test
    void defaultBucketPrefix_isAppliedToUploadsInTheDefaultBucket() throws Exception {
        Path file = Files.writeString(tmp.resolve("x.csv"), "1");
        try (Session session = Session.builder().backend("local").root(tmp.resolve("r"))
                .defaultBucket("team-bucket").defaultBucketPrefix("alice").build()) {
            assertThat(session.uploadData(file)).isEqualTo("s3://team-bucket/alice/data/x.csv");
        }
    }

    @Test
    void local_unwritableRoot_isAClearError() throws Exception {
        Path file = Files.writeString(tmp.resolve("a-file"), "x");
        assertThatThrownBy(() -> Session.local(file.resolve("root")))
                .hasMessageContaining("session root").hasMessageContaining("SAGEMAKER4J_HOME");
    }
}
