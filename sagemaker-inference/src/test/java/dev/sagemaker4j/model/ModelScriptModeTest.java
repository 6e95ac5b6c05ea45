/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sagemaker4j.Session;
import dev.sagemaker4j.exceptions.ValidationException;
import dev.sagemaker4j.local.Tarballs;
import dev.sagemaker4j.s3.S3Uri;
import dev.sagemaker4j.spi.HostingApi;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.sagemaker.model.DescribeModelRequest;
import software.amazon.awssdk.services.sagemaker.model.DescribeModelResponse;

/**
 * A model's script mode as the Python SDK v2.257.6 stages it at creation ({@code prepare_container_def},
 * {@code _upload_code}, {@code _script_mode_env_vars}; {@code tests/unit/sagemaker/model/test_model.py}'s
 * {@code test_script_mode_model_uses_proper_sagemaker_submit_dir}): a local source folder repacked into the
 * artifact under {@code code/}, an entry point alone uploaded as {@code sourcedir.tar.gz}.
 */
class ModelScriptModeTest {
    static final String IMAGE = "763104351884.dkr.ecr.us-east-1.amazonaws.com/pytorch-inference:2.1-cpu-py310";
    @TempDir
    static Path tmp;
    static Session session;
    static String modelData;
    static Path source;

    @BeforeAll
    static void setUp() throws Exception {
        session = Session.local(tmp.resolve("root"));
        Path model = Files.createDirectories(tmp.resolve("model"));
        Files.writeString(model.resolve("weights.bin"), "w");
        Path tar = Files.createDirectories(tmp.resolve("tar")).resolve("model.tar.gz");
        Tarballs.pack(model, tar);
        modelData = session.uploadData(tar, null, "artifacts");
        source = Files.createDirectories(tmp.resolve("src"));
        Files.writeString(source.resolve("inference.py"), "def model_fn(d): pass\n");
        Files.writeString(Files.createDirectories(tmp.resolve("deps/mylib")).resolve("__init__.py"), "");
    }

    @AfterAll
    static void tearDown() {
        session.close();
    }

    static DescribeModelResponse describe(String name) {
        return session.api(HostingApi.CAPABILITY).describeModel(DescribeModelRequest.builder().modelName(name).build());
    }

    static List<String> entries(String uri, String file) throws Exception {
        S3Uri u = S3Uri.parse(uri);
        Path down = Files.createTempDirectory(tmp, "down");
        session.downloadData(down, u.bucket(), u.key());
        Path unpacked = Files.createTempDirectory(tmp, "unpacked");
        try (InputStream in = Files.newInputStream(down.resolve(file))) {
            return Tarballs.unpack(in, unpacked, uri).stream().map(p -> unpacked.relativize(p).toString()
                    .replace('\\', '/')).sorted().toList();
        }
    }

    @Test
    void create_sourceDir_repacksTheCodeIntoTheArtifact_andSetsPythonsEnvironment() throws Exception {
        Model model = Model.builder().imageUri(IMAGE).modelData(modelData).entryPoint("inference.py")
                .sourceDir(source.toString()).dependencies(List.of(tmp.resolve("deps/mylib").toString()))
                .env(Map.of("A", "1")).name("script-model-1").session(session).build();

        assertThat(model.isRepack()).isTrue();
        String name = model.create();

        DescribeModelResponse d = describe(name);
        String repacked = "s3://" + session.defaultBucket() + "/script-model-1/model.tar.gz";
        assertThat(d.primaryContainer().modelDataUrl()).isEqualTo(repacked);
        assertThat(d.primaryContainer().environment()).containsExactlyInAnyOrderEntriesOf(Map.of("A", "1",
                "SAGEMAKER_PROGRAM", "inference.py", "SAGEMAKER_SUBMIT_DIRECTORY", "/opt/ml/model/code",
                "SAGEMAKER_CONTAINER_LOG_LEVEL", "20", "SAGEMAKER_REGION", session.region()));
        assertThat(entries(repacked, "model.tar.gz")).containsExactly("code/inference.py",
                "code/lib/mylib/__init__.py", "weights.bin");
    }

    @Test
    void create_entryPointAndCodeLocation_uploadsSourcedirTar() throws Exception {
        String location = "s3://" + session.defaultBucket() + "/code/loc";
        Model model = Model.builder().imageUri(IMAGE).modelData(modelData)
                .entryPoint(source.resolve("inference.py").toString()).codeLocation(location).containerLogLevel(10)
                .name("script-model-2").session(session).build();
        assertThat(model.isRepack()).isFalse();

        String name = model.create();

        Map<String, String> env = describe(name).primaryContainer().environment();
        assertThat(env).containsEntry("SAGEMAKER_PROGRAM", "inference.py")
                .containsEntry("SAGEMAKER_SUBMIT_DIRECTORY", location + "/script-model-2/sourcedir.tar.gz")
                .containsEntry("SAGEMAKER_CONTAINER_LOG_LEVEL", "10");
        assertThat(describe(name).primaryContainer().modelDataUrl()).isEqualTo(modelData);
        assertThat(entries(location + "/script-model-2/sourcedir.tar.gz", "sourcedir.tar.gz"))
                .containsExactly("inference.py");
    }

    @Test
    void scriptMode_badSettings_validationErrorsBeforeAnyRequest() {
        assertThatThrownBy(() -> Model.builder().modelData(modelData).entryPoint("inference.py")
                .sourceDir(source.toString()).session(session).build()).isInstanceOf(ValidationException.class)
                .hasMessageContaining("imageUri");
        assertThatThrownBy(() -> Model.builder().imageUri(IMAGE).modelData(modelData).sourceDir(source.toString())
                .session(session).build()).isInstanceOf(ValidationException.class).hasMessageContaining("entryPoint");
        assertThatThrownBy(() -> Model.builder().imageUri(IMAGE).modelData(modelData).entryPoint("inference.py")
                .codeLocation("/tmp/x").session(session).build()).isInstanceOf(ValidationException.class)
                .hasMessageContaining("codeLocation");
        assertThatThrownBy(() -> Model.builder().gitConfig(Map.of("repo", "https://github.com/o/r.git", "tag", "v1")))
                .isInstanceOf(ValidationException.class).hasMessageContaining("tag");
    }
}
