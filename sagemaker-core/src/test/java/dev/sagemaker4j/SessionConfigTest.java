/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sagemaker4j.config.SageMakerConfig;
import dev.sagemaker4j.exceptions.ValidationException;
import dev.sagemaker4j.internal.settings.Settings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The session's configuration file, settings and Python's local-mode {@code config}. */
class SessionConfigTest {
    static final String SESSION_DEFAULTS = "SchemaVersion: '1.0'\nSageMaker:\n  PythonSDK:\n    Modules:\n"
            + "      Session:\n        DefaultS3Bucket: config-bucket\n        DefaultS3ObjectKeyPrefix: config/prefix\n";

    @TempDir
    Path tmp;

    private Settings settings(Map<String, String> env) {
        return Settings.of(Map.of("user.home", tmp.resolve("home").toString()), env);
    }

    @Test
    void build_userConfigFileFromTheEnvironment_setsDefaultBucketAndPrefix() throws Exception {
        Path file = Files.writeString(tmp.resolve("user.yaml"), SESSION_DEFAULTS);

        try (Session session = Session.builder().backend("local").root(tmp.resolve("root"))
                .settings(settings(Map.of(SageMakerConfig.USER_CONFIG_OVERRIDE, file.toString()))).build()) {
            assertThat(session.sagemakerConfig().sources()).containsExactly(file.toString());
            assertThat(session.defaultBucket()).isEqualTo("config-bucket");
            assertThat(session.defaultBucketPrefix()).isEqualTo("config/prefix");
            assertThat(session.uploadStringAsFileBody("x", null, "k")).isEqualTo("s3://config-bucket/k");
        }
    }

    @Test
    void build_builderValues_winOverTheConfigFile() throws Exception {
        Path file = Files.writeString(tmp.resolve("config.yaml"), SESSION_DEFAULTS);

        try (Session session = Session.builder().backend("local").root(tmp.resolve("root")).sagemakerConfig(tmp)
                .defaultBucket("builder-bucket").defaultBucketPrefix("builder").settings(settings(Map.of()))
                .build()) {
            assertThat(session.sagemakerConfig()).isEqualTo(SageMakerConfig.fromPath(file));
            assertThat(session.defaultBucket()).isEqualTo("builder-bucket");
            assertThat(session.defaultBucketPrefix()).isEqualTo("builder");
        }
    }

    @Test
    void build_emptyConfig_readsNoFile() throws Exception {
        Path file = Files.writeString(tmp.resolve("user.yaml"), SESSION_DEFAULTS);

        try (Session session = Session.builder().backend("local").root(tmp.resolve("root"))
                .sagemakerConfig(SageMakerConfig.empty())
                .settings(settings(Map.of(SageMakerConfig.USER_CONFIG_OVERRIDE, file.toString()))).build()) {
            assertThat(session.sagemakerConfig().isEmpty()).isTrue();
            assertThat(session.defaultBucketPrefix()).isNull();
        }
    }

    @Test
    void build_invalidConfigFile_failsBeforeTheBackendStarts() throws Exception {
        Path file = Files.writeString(tmp.resolve("bad.yaml"), SESSION_DEFAULTS.replace("config-bucket",
                "Not_A_Bucket"));

        assertThatThrownBy(() -> Session.builder().backend("local").root(tmp.resolve("root"))
                .settings(settings(Map.of(SageMakerConfig.ADMIN_CONFIG_OVERRIDE, file.toString()))).build())
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field())
                        .isEqualTo("SageMaker.PythonSDK.Modules.Session.DefaultS3Bucket"));
        assertThatThrownBy(() -> Session.builder().sagemakerConfig(tmp.resolve("missing.yaml")))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void settingsAndConfig_pythonDefaults_andTheLocalModeFile() throws Exception {
        Path localMode = tmp.resolve("home/.sagemaker/config.yaml");
        Files.createDirectories(localMode.getParent());
        Files.writeString(localMode, "local:\n  local_code: true\n");
        SessionSettings custom = SessionSettings.builder().encryptRepackedArtifacts(false)
                .localDownloadDir(tmp).includeJumpstartTags(false).build();

        try (Session session = Session.builder().backend("local").root(tmp.resolve("root"))
                .settings(settings(Map.of())).settings(custom).build()) {
            assertThat(session.settings()).isEqualTo(custom).isNotEqualTo(SessionSettings.defaults());
            assertThat(session.settings().toBuilder().build()).isEqualTo(custom);
            assertThat(session.config()).isEqualTo(Map.of("local", Map.of("local_code", true)));
        }
        assertThat(SessionSettings.defaults().encryptRepackedArtifacts()).isTrue();
        assertThat(SessionSettings.defaults().includeJumpstartTags()).isTrue();
        assertThat(SessionSettings.defaults().localDownloadDir()).isNull();
    }

    @Test
    void readmeExample_configurationFile_runsAsShown() throws Exception {
        Path file = Files.writeString(Files.createTempFile(tmp, "sagemaker", ".yaml"), """
                SchemaVersion: "1.0"
                SageMaker:
                  PythonSDK:
                    Modules:
                      Session: {DefaultS3Bucket: my-team-bucket, DefaultS3ObjectKeyPrefix: experiments}
                  TrainingJob:
                    RoleArn: arn:aws:iam::111122223333:role/Training
                    VpcConfig: {Subnets: [subnet-0a1b2c3d], SecurityGroupIds: [sg-0a1b2c3d]}
                    Tags: [{Key: team, Value: ml}]
                """);
        try (Session session = Session.builder().backend("local").root(tmp.resolve("root")).sagemakerConfig(file)
                .build()) {
            assertThat(session.defaultBucket()).isEqualTo("my-team-bucket");
            assertThat(session.sagemakerConfig().getString("SageMaker.TrainingJob.RoleArn"))
                    .contains("arn:aws:iam::111122223333:role/Training");
            assertThat(session.uploadData(Files.writeString(tmp.resolve("x.csv"), "1")))
                    .isEqualTo("s3://my-team-bucket/experiments/data/x.csv");
        }
    }
}
