/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.estimator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sagemaker4j.Session;
import dev.sagemaker4j.exceptions.UnexpectedStatusException;
import dev.sagemaker4j.inputs.TrainingInput;
import dev.sagemaker4j.local.TrainingEnvironment;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.sagemaker.model.DescribeTrainingJobResponse;

class JavaEstimatorTest {
    @TempDir
    static Path tmp;
    static Session session;
    static String trainUri;

    /** Counts rows, reports a metric per epoch, writes the model and a checkpoint. */
    public static final class CountingScript implements TrainingScript {
        @Override
        public void train(TrainingEnvironment env) throws Exception {
            int epochs = env.intHyperparameter("epochs", 1);
            double scale = env.doubleHyperparameter("scale", 1.0);
            List<String> lines = Files.readAllLines(env.channel("train").resolve("rows.csv"));
            for (int epoch = 0; epoch < epochs; epoch++) {
                env.logMetric("train:loss", scale / (epoch + 1), epoch);
                env.log("epoch " + epoch + " rows=" + lines.size());
            }
            Files.writeString(env.modelDir().resolve("model.txt"), "rows=" + lines.size() + " host="
                    + env.currentHost() + " gpus=" + env.numGpus());
            Files.writeString(env.checkpointDir().resolve("last.txt"), Integer.toString(epochs));
        }
    }

    /** Always fails. */
    public static final class FailingScript implements TrainingScript {
        @Override
        public void train(TrainingEnvironment env) {
            throw new IllegalArgumentException("learning rate 7 is far too large");
        }
    }

    @BeforeAll
    static void setUp() {
        session = Session.local(tmp.resolve("root"));
        trainUri = session.uploadString("1\n2\n3\n", "s3://" + session.defaultBucket() + "/java/rows.csv");
    }

    @AfterAll
    static void tearDown() {
        session.close();
    }

    @Test
    void fit_runsTheEntryPointWithTheContainerContract() throws Exception {
        JavaEstimator est = JavaEstimator.builder().entryPoint(CountingScript.class)
                .hyperparameters(Map.of("epochs", 3, "scale", 2.0)).instanceType("local").session(session)
                .checkpointS3Uri("s3://" + session.defaultBucket() + "/java/ckpt").build();

        TrainingJob job = est.fit(Map.of("train", TrainingInput.of(trainUri)));

        DescribeTrainingJobResponse d = job.describe();
        assertThat(d.trainingJobStatusAsString()).isEqualTo("Completed");
        assertThat(d.hyperParameters()).containsEntry("sagemaker_program", CountingScript.class.getName())
                .containsEntry("epochs", "3");
        assertThat(job.name()).startsWith("JavaEstimatorTest-CountingScript-");
        assertThat(d.finalMetricDataList()).anySatisfy(m -> {
            assertThat(m.metricName()).isEqualTo("train:loss");
            assertThat(m.value()).isEqualTo(2.0f / 3);
        });
        assertThat(est.trainingJobAnalytics().series("train:loss")).containsExactly(2.0, 1.0, 2.0 / 3);
        assertThat(job.logs()).contains("epoch 2 rows=3");
        assertThat(session.readS3File(session.defaultBucket(), "java/ckpt/last.txt")).isEqualTo("3");
    }

    @Test
    void fit_entryPointThrows_failsWithItsMessage() {
        JavaEstimator est = JavaEstimator.builder().entryPoint(FailingScript.class).instanceType("local")
                .session(session).build();

        assertThatThrownBy(() -> est.fit(Map.of("train", TrainingInput.of(trainUri))))
                .isInstanceOfSatisfying(UnexpectedStatusException.class, e -> assertThat(e.failureReason())
                        .isEqualTo("AlgorithmError: learning rate 7 is far too large"));
    }

    @Test
    void fit_unknownEntryPointClass_failsNamingIt() {
        JavaEstimator est = JavaEstimator.builder().entryPoint("com.example.Missing").instanceType("local")
                .session(session).build();

        assertThatThrownBy(() -> est.fit(Map.of("train", TrainingInput.of(trainUri))))
                .isInstanceOfSatisfying(UnexpectedStatusException.class, e -> assertThat(e.failureReason())
                        .contains("com.example.Missing").contains("is not a class on the class path"));
    }

    @Test
    void fit_badTypedHyperparameter_failsNamingIt() {
        JavaEstimator est = JavaEstimator.builder().entryPoint(CountingScript.class).instanceType("local")
                .hyperparameters(Map.of("epochs", "three")).session(session).build();

        assertThatThrownBy(() -> est.fit(Map.of("train", TrainingInput.of(trainUri))))
                .isInstanceOfSatisfying(UnexpectedStatusException.class, e -> assertThat(e.failureReason())
                        .isEqualTo("ClientError: epochs: is not an integer (got 'three'). pass a whole number for"
                                + " hyperparameter epochs"));
    }
}
