/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sagemaker4j.exceptions.ValidationException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Loading, merging and validating the SageMaker Python SDK's configuration file, with the Python SDK's own
 * sample files (tests/data/config of v2.257.6, copied into the test resources) and files written here.
 */
class SageMakerConfigTest {
    @TempDir
    Path tmp;

    private Path fixture(String name) throws IOException {
        Path file = tmp.resolve(name);
        try (InputStream in = getClass().getResourceAsStream("/dev/sagemaker4j/config/python-sdk-" + name)) {
            Files.copy(in, file);
        }
        return file;
    }

    private Path write(String name, String yaml) throws IOException {
        Path file = tmp.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, yaml);
        return file;
    }

    @Test
    void fromPath_pythonSdkSampleConfig_loadsEveryValue() throws Exception {
        SageMakerConfig config = SageMakerConfig.fromPath(fixture("config.yaml"));

        assertThat(config.getString("SchemaVersion")).contains("1.0");
        assertThat(config.getString("SageMaker.PythonSDK.Modules.Session.DefaultS3Bucket"))
                .contains("sagemaker-python-sdk-test-bucket");
        assertThat(config.getString("SageMaker.TrainingJob.RoleArn")).contains("arn:aws:iam::555555555555:role/IMRole");
        assertThat(config.get("SageMaker.TrainingJob.VpcConfig.Subnets")).contains(List.of("subnet-1234"));
        assertThat(config.get("SageMaker.Model.EnableNetworkIsolation")).contains(true);
        assertThat(config.get("SageMaker.TrainingJob.Nothing")).isEmpty();
        assertThat(config.sources()).containsExactly(tmp.resolve("config.yaml").toString());
    }

    @Test
    void load_adminThenUserOverrides_mergeAsPythonsLoadSagemakerConfig() throws Exception {
        Path admin = fixture("sample_config_for_merge.yaml");
        Path user = fixture("sample_additional_config_for_merge.yaml");

        SageMakerConfig merged = SageMakerConfig.load(Map.of(SageMakerConfig.ADMIN_CONFIG_OVERRIDE, admin.toString(),
                SageMakerConfig.USER_CONFIG_OVERRIDE, user.toString()));

        assertThat(merged).isEqualTo(SageMakerConfig.fromPath(fixture("expected_output_config_after_merge.yaml")));
        assertThat(merged.sources()).containsExactly(admin.toString(), user.toString());
    }

    @Test
    void load_additionalPathsAndFolders_mergeInOrderOverTheDefaults() throws Exception {
        Path home = tmp.resolve("home");
        write("home/.config/sagemaker/config.yaml", "SchemaVersion: '1.0'\nSageMaker:\n  Pipeline:\n"
                + "    RoleArn: arn:aws:iam::111122223333:role/User\n");
        write("extra/config.yaml", "SchemaVersion: '1.0'\nSageMaker:\n  Pipeline:\n"
                + "    RoleArn: arn:aws:iam::111122223333:role/Extra\n");

        SageMakerConfig user = SageMakerConfig.load(Map.of("HOME", home.toString(), "XDG_CONFIG_DIRS",
                tmp.resolve("none").toString()));
        SageMakerConfig extra = SageMakerConfig.load(Map.of("HOME", home.toString()), tmp.resolve("extra"));

        assertThat(user.getString("SageMaker.Pipeline.RoleArn")).contains("arn:aws:iam::111122223333:role/User");
        assertThat(extra.getString("SageMaker.Pipeline.RoleArn")).contains("arn:aws:iam::111122223333:role/Extra");
    }

    @Test
    void load_noFilesAtTheDefaultLocations_isEmpty() {
        SageMakerConfig config = SageMakerConfig.load(Map.of("HOME", tmp.toString(), "XDG_CONFIG_DIRS",
                tmp.toString()));

        assertThat(config.isEmpty()).isTrue();
        assertThat(config.asMap()).isEmpty();
    }

    @Test
    void load_overrideNamesAMissingFile_isValidationException() {
        assertThatThrownBy(() -> SageMakerConfig.load(Map.of(SageMakerConfig.USER_CONFIG_OVERRIDE,
                tmp.resolve("missing.yaml").toString(), "HOME", tmp.toString())))
                .isInstanceOf(ValidationException.class).hasMessageContaining("missing.yaml");
    }

    @Test
    void fromPath_pythonSdkInvalidFile_namesTheRoleArnPath() throws Exception {
        Path invalid = fixture("invalid_config_file.yaml");

        assertThatThrownBy(() -> SageMakerConfig.fromPath(invalid)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.field()).isEqualTo("SageMaker.FeatureGroup.RoleArn"));
    }

    @Test
    void fromYaml_unknownKey_namesItsPath() {
        assertThatThrownBy(() -> SageMakerConfig.fromYaml("SchemaVersion: '1.0'\nSageMaker:\n  TrainingJob:\n"
                + "    VpcConfig:\n      Subnet: [subnet-1]\n"))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.field()).isEqualTo("SageMaker.TrainingJob.VpcConfig.Subnet"));
    }

    @Test
    void fromYaml_wrongTypes_nameThePath() {
        assertThatThrownBy(() -> SageMakerConfig.fromYaml("SchemaVersion: '1.0'\nSageMaker:\n  Model:\n"
                + "    EnableNetworkIsolation: 'yes please'\n"))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.field()).isEqualTo("SageMaker.Model.EnableNetworkIsolation"));
        assertThatThrownBy(() -> SageMakerConfig.fromYaml("SchemaVersion: '1.0'\nSageMaker:\n  TrainingJob:\n"
                + "    VpcConfig:\n      Subnets: [subnet-1, 7]\n"))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.field()).isEqualTo("SageMaker.TrainingJob.VpcConfig.Subnets[1]"));
        assertThatThrownBy(() -> SageMakerConfig.fromYaml("SchemaVersion: '1.0'\nSageMaker:\n  TrainingJob:\n"
                + "    Tags: [{Key: only-a-key}]\n"))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.field()).isEqualTo("SageMaker.TrainingJob.Tags[0].Value"));
    }

    @Test
    void fromYaml_schemaVersionMissingOrUnquoted_isValidationException() {
        assertThatThrownBy(() -> SageMakerConfig.fromYaml("SageMaker: {}\n"))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.field()).isEqualTo("SchemaVersion"));
        // unquoted 1.0 is a number in YAML, as Python's safe_load reads it: not the string the schema asks for
        assertThatThrownBy(() -> SageMakerConfig.fromYaml("SchemaVersion: 1.0\n"))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.field()).isEqualTo("SchemaVersion"));
        assertThatThrownBy(() -> SageMakerConfig.fromYaml("SchemaVersion: '2.0'\n"))
                .isInstanceOf(ValidationException.class).hasMessageContaining("one of");
    }

    @Test
    void fromYaml_malformedOrNotAMapping_isValidationException() {
        assertThatThrownBy(() -> SageMakerConfig.fromYaml("SchemaVersion: '1.0'\nSageMaker: [unclosed\n"))
                .isInstanceOf(ValidationException.class).hasMessageContaining("YAML");
        assertThatThrownBy(() -> SageMakerConfig.fromYaml("- a list\n- not a mapping\n"))
                .isInstanceOf(ValidationException.class).hasMessageContaining("mapping");
        assertThatThrownBy(() -> SageMakerConfig.fromYaml("SchemaVersion: '1.0'\nSchemaVersion: '1.0'\n"))
                .isInstanceOf(ValidationException.class);
        assertThat(SageMakerConfig.fromYaml("").isEmpty()).isTrue();
    }

    @Test
    void fromYaml_absurdSizes_areRejectedBeforeOrWhileParsing() throws Exception {
        String billionLaughs = "a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
                + "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n"
                + "e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]\nf: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]\n"
                + "g: &g [*f, *f, *f, *f, *f, *f, *f, *f, *f]\n";
        assertThatThrownBy(() -> SageMakerConfig.fromYaml(billionLaughs)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> SageMakerConfig.fromYaml("a: " + "[".repeat(200) + "]".repeat(200)))
                .isInstanceOf(ValidationException.class);
        Path huge = write("huge.yaml", "SchemaVersion: '1.0'\n#" + "x".repeat(SageMakerConfig.MAX_FILE_BYTES));
        assertThatThrownBy(() -> SageMakerConfig.fromPath(huge)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("bytes");
    }

    @Test
    void of_map_isValidatedAndMergedWithOverWinning() {
        SageMakerConfig base = SageMakerConfig.of(Map.of("SchemaVersion", "1.0", "SageMaker", Map.of("Model",
                Map.of("EnableNetworkIsolation", true, "ExecutionRoleArn", "arn:aws:iam::111122223333:role/A"))));
        SageMakerConfig over = SageMakerConfig.of(Map.of("SchemaVersion", "1.0", "SageMaker", Map.of("Model",
                Map.of("ExecutionRoleArn", "arn:aws:iam::111122223333:role/B"))));

        SageMakerConfig merged = base.mergedWith(over);

        assertThat(merged.get("SageMaker.Model.EnableNetworkIsolation")).contains(true);
        assertThat(merged.getString("SageMaker.Model.ExecutionRoleArn")).contains("arn:aws:iam::111122223333:role/B");
        assertThat(SageMakerConfig.fromYaml(merged.toYaml())).isEqualTo(merged);
        assertThatThrownBy(() -> SageMakerConfig.of(Map.of("SchemaVersion", "1.0", "Sagemaker", Map.of())))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("Sagemaker"));
    }

    @Test
    void loadLocalModeConfig_pythonLocalModeFile_readsItWithoutTheSchema() throws Exception {
        Path file = write("local.yaml", "local:\n  local_code: true\n  container_root: /tmp\n");

        assertThat(SageMakerConfig.loadLocalModeConfig(file)).isEqualTo(Map.of("local",
                Map.of("local_code", true, "container_root", "/tmp")));
        assertThat(SageMakerConfig.loadLocalModeConfig(tmp.resolve("none.yaml"))).isEmpty();
    }
}
