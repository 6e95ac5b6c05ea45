/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.estimator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sagemaker4j.Session;
import dev.sagemaker4j.exceptions.ValidationException;
import dev.sagemaker4j.inputs.TrainingInput;
import dev.sagemaker4j.local.Tarballs;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.sagemaker.model.CreateTrainingJobRequest;

/**
 * Script mode ({@code entry_point}, {@code source_dir}, {@code dependencies}, {@code code_location},
 * {@code container_log_level}, {@code git_config}) as the Python SDK v2.257.6 stages it: {@code sourcedir.tar.gz}
 * uploaded and the {@code sagemaker_*} hyperparameters JSON-encoded ({@code tests/unit/test_estimator.py}'s
 * {@code BASE_HP}); the local backend refuses to run the script in place of the built-in algorithm.
 */
class ScriptModeTest {
    static final String IMAGE = "683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-xgboost:1.7-1";
    @TempDir
    static Path tmp;
    static Session session;
    static Path source;
    static Path lib;

    @BeforeAll
    static void setUp() throws Exception {
        session = Session.local(tmp.resolve("root"));
        source = Files.createDirectories(tmp.resolve("src"));
        Files.writeString(source.resolve("train.py"), "print('training')\n");
        Files.createDirectories(source.resolve("util"));
        Files.writeString(source.resolve("util/helpers.py"), "X = 1\n");
        lib = Files.createDirectories(tmp.resolve("deps/mylib"));
        Files.writeString(lib.resolve("__init__.py"), "");
    }

    @AfterAll
    static void tearDown() {
        session.close();
    }

    Estimator.Builder estimator() {
        return Estimator.builder().imageUri(IMAGE).instanceType("local").session(session)
                .outputPath("s3://" + session.defaultBucket() + "/out/");
    }

    static List<String> entries(String bucket, String key) throws Exception {
        Path down = Files.createTempDirectory(tmp, "down");
        session.downloadData(down, bucket, key);
        Path unpacked = Files.createTempDirectory(tmp, "unpacked");
        try (InputStream in = Files.newInputStream(down.resolve("sourcedir.tar.gz"))) {
            return Tarballs.unpack(in, unpacked, key).stream().map(p -> unpacked.relativize(p).toString()
                    .replace('\\', '/')).sorted().toList();
        }
    }

    @Test
    void fit_sourceDirAndDependencies_uploadsTheTarAndSendsPythonsHyperparameters_thenTheLocalBackendRefuses()
            throws Exception {
        Map<String, Object> hp = new LinkedHashMap<>();
        hp.put("int_hyperparam", 1);
        hp.put("string_hyperparam", "hello");
        hp.put("float_hyperparam", 1.234);
        Estimator e = estimator().entryPoint("train.py").sourceDir(source.toString())
                .dependencies(List.of(lib.toString())).containerLogLevel(10).hyperparameters(hp).build();

        // the local backend knows the image only as the built-in XGBoost: it must not train that instead
        assertThatThrownBy(() -> e.fit(TrainingInput.of("s3://" + session.defaultBucket() + "/data"),
                f -> f.wait(false).jobName("script-1")))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("sagemaker_program").hasMessageContaining("JavaEstimator");

        String bucket = session.defaultBucket();
        // code_location default: the output path's bucket, <job>/source (the output path was given)
        assertThat(entries(bucket, "script-1/source/sourcedir.tar.gz")).containsExactly("mylib/__init__.py",
                "train.py", "util/helpers.py");
        // set_hyperparameters JSON-encodes with a source_dir; _script_mode_hyperparam_update adds the rest
        assertThat(e.hyperparameters()).containsExactly(Map.entry("int_hyperparam", "1"),
                Map.entry("string_hyperparam", "\"hello\""), Map.entry("float_hyperparam", "1.234"),
                Map.entry("sagemaker_submit_directory", "\"s3://" + bucket + "/script-1/source/sourcedir.tar.gz\""),
                Map.entry("sagemaker_program", "\"train.py\""), Map.entry("sagemaker_container_log_level", "10"),
                Map.entry("sagemaker_job_name", "\"script-1\""),
                Map.entry("sagemaker_region", "\"" + session.region() + "\""));
        assertThat(session.api(dev.sagemaker4j.spi.TrainingJobsApi.CAPABILITY).listTrainingJobs(
                software.amazon.awssdk.services.sagemaker.model.ListTrainingJobsRequest.builder().build())
                .trainingJobSummaries()).isEmpty();
    }

    @Test
    void prepareWorkflowForTraining_entryPointOnly_codeLocation_theRequestFitWouldSend() throws Exception {
        Estimator e = estimator().entryPoint(source.resolve("train.py").toString())
                .codeLocation("s3://" + session.defaultBucket() + "/code/").hyperparameter("epochs", 2).build();

        String name = e.prepareWorkflowForTraining("script-2");

        assertThat(name).isEqualTo("script-2");
        assertThat(entries(session.defaultBucket(), "code/script-2/source/sourcedir.tar.gz"))
                .containsExactly("train.py");
        CreateTrainingJobRequest r = e.trainingJobRequest(Map.of(), name);
        // without a source_dir the user's values are str(), the script's name is its base name
        assertThat(r.hyperParameters()).containsEntry("epochs", "2")
                .containsEntry("sagemaker_program", "\"train.py\"")
                .containsEntry("sagemaker_container_log_level", "20")
                .containsEntry("sagemaker_submit_directory",
                        "\"s3://" + session.defaultBucket() + "/code/script-2/source/sourcedir.tar.gz\"");
    }

    @Test
    void setHyperparameters_addsAndReplaces_asPythonsSetHyperparameters() {
        Estimator plain = estimator().hyperparameter("a", 1).build();
        plain.setHyperparameters(Map.of("b", true));
        plain.setHyperparameters(Map.of("a", 1e-5));
        assertThat(plain.hyperparameters()).containsExactly(Map.entry("a", "1e-05"), Map.entry("b", "True"));

        Estimator script = estimator().entryPoint("train.py").sourceDir("s3://bucket/code/sourcedir.tar.gz").build();
        script.setHyperparameters(Map.of("b", true, "l", List.of(1, "x")));
        assertThat(script.hyperparameters()).containsEntry("b", "true").containsEntry("l", "[1, \"x\"]");
    }

    @Test
    void gitConfig_cloneOfALocalRepository_branchAndCommit_staged() throws Exception {
        Path repo = Files.createDirectories(tmp.resolve("repo"));
        git(repo, "init", "-q", "-b", "main");
        Files.createDirectories(repo.resolve("code"));
        Files.writeString(repo.resolve("code/train.py"), "print('main')\n");
        git(repo, "add", ".");
        git(repo, "-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-q", "-m", "one");
        git(repo, "checkout", "-q", "-b", "dev");
        Files.writeString(repo.resolve("code/extra.py"), "Y = 2\n");
        git(repo, "add", ".");
        git(repo, "-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-q", "-m", "two");
        git(repo, "checkout", "-q", "main");

        Estimator e = estimator().entryPoint("train.py").sourceDir("code")
                .gitConfig(Map.of("repo", repo.toUri().toString().replaceFirst("^file:/+", "file:///"),
                        "branch", "dev"))
                .build();
        e.prepareWorkflowForTraining("git-1");

        assertThat(entries(session.defaultBucket(), "git-1/source/sourcedir.tar.gz"))
                .containsExactly("extra.py", "train.py");
        assertThat(e.hyperparameters()).containsEntry("sagemaker_program", "\"train.py\"");

        Estimator missing = estimator().entryPoint("nope.py").sourceDir("code")
                .gitConfig(Map.of("repo", repo.toUri().toString().replaceFirst("^file:/+", "file:///"))).build();
        assertThatThrownBy(() -> missing.prepareWorkflowForTraining("git-2")).isInstanceOf(ValidationException.class)
                .hasMessageContaining("entryPoint").hasMessageContaining("does not exist in the repo");
        Estimator noBranch = estimator().entryPoint("train.py").sourceDir("code")
                .gitConfig(Map.of("repo", repo.toUri().toString().replaceFirst("^file:/+", "file:///"),
                        "branch", "no-such-branch")).build();
        assertThatThrownBy(() -> noBranch.prepareWorkflowForTraining("git-3")).isInstanceOf(ValidationException.class)
                .hasMessageContaining("git checkout");
    }

    @Test
    void gitConfig_badKeysAndUrls_validationErrorsNamingTheKey() {
        assertThatThrownBy(() -> estimator().gitConfig(Map.of("repo", "https://github.com/o/r.git", "brnach", "x")))
                .isInstanceOf(ValidationException.class).hasMessageContaining("brnach");
        assertThatThrownBy(() -> estimator().gitConfig(Map.of("branch", "x")))
                .isInstanceOf(ValidationException.class).hasMessageContaining("no repo");
        assertThatThrownBy(() -> estimator().gitConfig(Map.of("repo", "https://github.com/o/r.git",
                "2FA_enabled", "yes"))).isInstanceOf(ValidationException.class).hasMessageContaining("2FA_enabled");
        assertThatThrownBy(() -> estimator().gitConfig(Map.of("repo", "https://a@b@github.com/o/r.git")))
                .isInstanceOf(ValidationException.class).hasMessageContaining("more than one @");
        assertThatThrownBy(() -> estimator().gitConfig(Map.of("repo", "ftp://example.com/r.git")))
                .isInstanceOf(ValidationException.class).hasMessageContaining("gitConfig[repo]");
        assertThatThrownBy(() -> estimator().gitConfig(Map.of("repo", "https://github.com/o/r.git")).build())
                .isInstanceOf(ValidationException.class).hasMessageContaining("entryPoint");
    }

    @Test
    void scriptSettings_badValues_andJavaEstimator_refused() {
        assertThatThrownBy(() -> estimator().codeLocation("/tmp/code").build())
                .isInstanceOf(ValidationException.class).hasMessageContaining("codeLocation");
        assertThatThrownBy(() -> estimator().entryPoint("train.py").sourceDir(tmp.resolve("absent").toString())
                .build()).isInstanceOf(ValidationException.class).hasMessageContaining("sourceDir");
        Estimator wrongScript = estimator().entryPoint("absent.py").sourceDir(source.toString()).build();
        assertThatThrownBy(() -> wrongScript.prepareWorkflowForTraining("s-3"))
                .isInstanceOf(ValidationException.class).hasMessageContaining("absent.py");
        assertThatThrownBy(() -> JavaEstimator.builder().entryPoint(JavaEstimatorTest.CountingScript.class)
                .gitConfig(Map.of("repo", "https://github.com/example/training.git")).instanceType("local")
                .session(session).build())
                .isInstanceOf(ValidationException.class).hasMessageContaining("gitConfig");
    }

    static void git(Path dir, String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of("git"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(out).isZero();
    }
}
