/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.djl.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.djl.Model;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.Trainer;
import ai.djl.training.evaluator.Accuracy;
import ai.djl.training.listener.TrainingListenerAdapter;
import ai.djl.training.loss.Loss;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;
import dev.sagemaker4j.Session;
import dev.sagemaker4j.estimator.JavaEstimator;
import dev.sagemaker4j.estimator.TrainingJob;
import dev.sagemaker4j.estimator.TrainingScript;
import dev.sagemaker4j.exceptions.UnexpectedStatusException;
import dev.sagemaker4j.inputs.TrainingInput;
import dev.sagemaker4j.local.TrainingEnvironment;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.sagemaker.model.DescribeTrainingJobResponse;
import software.amazon.awssdk.services.sagemaker.model.MetricData;

/** DJL training scripts run by a JavaEstimator on the local backend, as a user runs them. */
class DjlEstimatorTest {
    @TempDir
    static Path tmp;
    static Session session;
    static String trainUri;
    static String validationUri;

    /** Trains the MLP on the CSV channels; {@code crash_after_epoch} makes the job die after that epoch. */
    public static final class MlpScript implements TrainingScript {
        @Override
        public void train(TrainingEnvironment env) throws Exception {
            int crashAfter = env.intHyperparameter("crash_after_epoch", 0);
            try (DjlTraining djl = DjlTraining.of(env); Model model = Model.newInstance("mlp", djl.device())) {
                model.setBlock(TinyMlp.block(2));
                var config = djl.trainingConfig(Loss.softmaxCrossEntropyLoss()).addEvaluator(new Accuracy())
                        .optOptimizer(Optimizer.adam().optLearningRateTracker(Tracker.fixed(0.05f)).build())
                        .addTrainingListeners(new TrainingListenerAdapter() {
                            @Override
                            public void onEpoch(Trainer trainer) {
                                if (djl.listener().epochsDone() == crashAfter) {
                                    throw new IllegalStateException("killed after epoch " + crashAfter);
                                }
                            }
                        });
                try (Trainer trainer = model.newTrainer(config)) {
                    trainer.initialize(new Shape(1, 4));
                    djl.fit(trainer, djl.csv("train", o -> o.batchSize(16)),
                            djl.csv("validation", o -> o.shuffle(false)));
                }
                djl.saveModel(model, s -> s.blockFactory(TinyMlp.class).property("classes", "2"));
            }
        }
    }

    /** Needs a GPU. */
    public static final class GpuScript implements TrainingScript {
        @Override
        public void train(TrainingEnvironment env) {
            try (DjlTraining djl = DjlTraining.of(env)) {
                djl.requireGpu();
            }
        }
    }

    @BeforeAll
    static void setUp() {
        session = Session.local(tmp.resolve("root"));
        String bucket = "s3://" + session.defaultBucket() + "/djl/";
        trainUri = session.uploadString(DjlTrainingTest.blobsCsv(120, 1), bucket + "train/part-0.csv");
        validationUri = session.uploadString(DjlTrainingTest.blobsCsv(40, 2), bucket + "validation/part-0.csv");
    }

    @AfterAll
    static void tearDown() {
        session.close();
    }

    private static JavaEstimator estimator(Map<String, Object> hyperparameters, String checkpoints) {
        return JavaEstimator.builder().entryPoint(MlpScript.class).hyperparameters(hyperparameters)
                .instanceType("local").session(session).checkpointS3Uri(checkpoints).build();
    }

    private static Map<String, TrainingInput> inputs() {
        return Map.of("train", TrainingInput.of(trainUri), "validation", TrainingInput.of(validationUri));
    }

    @Test
    void fit_epochsBecomeTheJobsMetricsAndTheModelIsADjlFolder() throws Exception {
        JavaEstimator est = estimator(Map.of("epochs", 3), "s3://" + session.defaultBucket() + "/djl/ckpt-a");

        TrainingJob job = est.fit(inputs());

        DescribeTrainingJobResponse d = job.describe();
        assertThat(d.trainingJobStatusAsString()).isEqualTo("Completed");
        assertThat(d.finalMetricDataList()).extracting(MetricData::metricName).contains("train:loss",
                "validation:loss", "train:accuracy", "validation:accuracy");
        assertThat(d.finalMetricDataList()).filteredOn(m -> m.metricName().equals("validation:accuracy"))
                .singleElement().satisfies(m -> assertThat(m.value()).isGreaterThanOrEqualTo(0.95f));
        assertThat(est.trainingJobAnalytics().series("train:loss")).hasSize(3);
        assertThat(String.join("\n", job.logs())).contains("epoch 3/3: train:loss=")
                .contains("DJL trains on the CPU");
        Path extracted = tmp.resolve("model-a");
        dev.sagemaker4j.s3.S3Uri artifact = dev.sagemaker4j.s3.S3Uri.parse(d.modelArtifacts().s3ModelArtifacts());
        Path tarball = session.downloadData(tmp.resolve("tar-a"), artifact.bucket(), artifact.key()).get(0);
        try (var in = java.nio.file.Files.newInputStream(tarball)) {
            dev.sagemaker4j.local.Tarballs.unpack(in, extracted, "model.tar.gz");
        }
        assertThat(extracted.resolve("mlp-0003.params")).isRegularFile();
        assertThat(extracted.resolve("serving.properties")).content().contains("blockFactory=" + TinyMlp.class
                .getName());
    }

    @Test
    void fit_killedAfterEpochTwo_restartWithTheSameCheckpointsContinuesAtEpochThree() {
        String checkpoints = "s3://" + session.defaultBucket() + "/djl/ckpt-b";
        JavaEstimator first = estimator(Map.of("epochs", 4, "crash_after_epoch", 2), checkpoints);
        assertThatThrownBy(() -> first.fit(inputs())).isInstanceOfSatisfying(UnexpectedStatusException.class,
                e -> assertThat(e.failureReason()).contains("killed after epoch 2"));
        List<Double> firstLosses = first.trainingJobAnalytics().series("train:loss");
        assertThat(firstLosses).hasSize(2);

        JavaEstimator second = estimator(Map.of("epochs", 4), checkpoints);
        TrainingJob job = second.fit(inputs());

        assertThat(job.describe().trainingJobStatusAsString()).isEqualTo("Completed");
        assertThat(String.join("\n", job.logs()))
                .contains("Resuming from the checkpoint of epoch 2: training continues at epoch 3")
                .contains("epoch 3/4").contains("epoch 4/4").doesNotContain("epoch 1/4");
        assertThat(second.trainingJobAnalytics().series("train:loss")).hasSize(2);
    }

    @Test
    void fit_scriptRequiresAGpuOnACpuInstance_failsNamingTheInstanceType() {
        JavaEstimator est = JavaEstimator.builder().entryPoint(GpuScript.class).instanceType("local")
                .session(session).build();

        assertThatThrownBy(() -> est.fit(inputs())).isInstanceOfSatisfying(UnexpectedStatusException.class,
                e -> assertThat(e.failureReason()).startsWith("ClientError: The training script requires a GPU")
                        .contains("instance type local has no GPU"));
    }
}
