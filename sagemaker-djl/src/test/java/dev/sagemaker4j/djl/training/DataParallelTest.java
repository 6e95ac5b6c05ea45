/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.djl.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import ai.djl.Model;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.training.Trainer;
import ai.djl.training.evaluator.Accuracy;
import ai.djl.training.listener.TrainingListener;
import ai.djl.training.listener.TrainingListenerAdapter;
import ai.djl.training.loss.Loss;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;
import ai.djl.util.Pair;
import dev.sagemaker4j.Session;
import dev.sagemaker4j.estimator.JavaEstimator;
import dev.sagemaker4j.estimator.TrainingJob;
import dev.sagemaker4j.estimator.TrainingScript;
import dev.sagemaker4j.exceptions.UnexpectedStatusException;
import dev.sagemaker4j.inputs.TrainingInput;
import dev.sagemaker4j.local.Tarballs;
import dev.sagemaker4j.local.TrainingEnvironment;
import dev.sagemaker4j.s3.S3Uri;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** DJL training scripts on jobs of several hosts: synchronous data parallelism, one model out. */
class DataParallelTest {
    @TempDir
    static Path tmp;
    static Session session;
    static String trainUri;
    static String validationUri;

    /** Each host's parameters and validation accuracy at the end, by job and host. */
    static final Map<String, float[]> PARAMS = new ConcurrentHashMap<>();
    static final Map<String, Double> ACCURACY = new ConcurrentHashMap<>();

    /** Trains the MLP on the sharded CSV channel; {@code fail_host} throws in its third batch of epoch 2. */
    public static final class ShardScript implements TrainingScript {
        @Override
        public void train(TrainingEnvironment env) throws Exception {
            String failHost = env.stringHyperparameter("fail_host", "");
            try (DjlTraining djl = DjlTraining.of(env); Model model = Model.newInstance("mlp", djl.device())) {
                model.setBlock(TinyMlp.block(2));
                var config = djl.trainingConfig(Loss.softmaxCrossEntropyLoss()).addEvaluator(new Accuracy())
                        .optOptimizer(Optimizer.adam().optLearningRateTracker(Tracker.fixed(0.01f)).build())
                        .addTrainingListeners(new TrainingListenerAdapter() {
                            private int batchesOfEpochTwo;

                            @Override
                            public void onTrainingBatch(Trainer trainer, TrainingListener.BatchData data) {
                                if (env.currentHost().equals(failHost) && djl.listener().epochsDone() == 1
                                        && ++batchesOfEpochTwo == 3) {
                                    throw new IllegalStateException(failHost + " lost its disk in epoch 2");
                                }
                            }
                        });
                boolean plain = env.booleanHyperparameter("plain_trainer", false);
                try (Trainer trainer = plain ? model.newTrainer(config) : djl.newTrainer(model, config)) {
                    trainer.initialize(new Shape(1, 4));
                    djl.fit(trainer, djl.csv("train", o -> o.batchSize(32)),
                            djl.csv("validation", o -> o.batchSize(200).shuffle(false)));
                }
                String key = env.jobName() + "/" + env.currentHost();
                PARAMS.put(key, flatten(model));
                ACCURACY.put(key, djl.listener().latestMetrics().get("validation:accuracy"));
                djl.saveModel(model, s -> s.blockFactory(TinyMlp.class).property("classes", "2"));
            }
        }
    }

    /** Points in 4-D, standard normal; class 1 outside the sphere that halves them: not linearly separable. */
    static String sphereCsv(int rows, long seed) {
        Random random = new Random(seed);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < rows; i++) {
            double[] x = new double[4];
            double r2 = 0;
            for (int j = 0; j < 4; j++) {
                x[j] = random.nextGaussian();
                r2 += x[j] * x[j];
            }
            sb.append(r2 > 3.357 ? 1 : 0);
            for (double v : x) {
                sb.append(',').append((float) v);
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    static float[] flatten(Model model) {
        List<Float> values = new ArrayList<>();
        for (Pair<String, Parameter> p : model.getBlock().getParameters()) {
            for (float f : p.getValue().getArray().toFloatArray()) {
                values.add(f);
            }
        }
        float[] flat = new float[values.size()];
        for (int i = 0; i < flat.length; i++) {
            flat[i] = values.get(i);
        }
        return flat;
    }

    @BeforeAll
    static void setUp() {
        session = Session.local(tmp.resolve("root"));
        String bucket = "s3://" + session.defaultBucket() + "/dp/";
        // four files of unequal sizes: algo-1 gets parts 0 and 2 (800 rows), algo-2 parts 1 and 3 (790)
        int[] rows = {400, 400, 400, 390};
        for (int i = 0; i < rows.length; i++) {
            session.uploadString(sphereCsv(rows[i], 10 + i), bucket + "train/part-" + i + ".csv");
        }
        trainUri = bucket + "train/";
        validationUri = session.uploadString(sphereCsv(1000, 99), bucket + "validation/part-0.csv");
    }

    @AfterAll
    static void tearDown() {
        session.close();
    }

    private static JavaEstimator estimator(int hosts, Map<String, Object> hyperparameters) {
        return JavaEstimator.builder().entryPoint(ShardScript.class).hyperparameters(hyperparameters)
                .instanceType("local").instanceCount(hosts).session(session).build();
    }

    private static Map<String, TrainingInput> inputs() {
        return Map.of("train", TrainingInput.builder().s3Data(trainUri).distribution("ShardedByS3Key").build(),
                "validation", TrainingInput.of(validationUri));
    }

    @Test
    void fit_twoHostsOnShards_reachOneHostsAccuracyAndEndWithOneModel() throws Exception {
        JavaEstimator one = estimator(1, Map.of("epochs", 12));
        JavaEstimator two = estimator(2, Map.of("epochs", 12));

        TrainingJob single = one.fit(inputs());
        TrainingJob pair = two.fit(inputs());

        String a = single.name();
        String b = pair.name();
        assertThat(pair.describe().trainingJobStatusAsString()).isEqualTo("Completed");
        // the hosts keep one model: identical parameters, bit for bit
        assertThat(PARAMS.get(b + "/algo-1")).isNotEmpty().containsExactly(PARAMS.get(b + "/algo-2"));
        // the two hosts reach the quality of one host trained on all the data
        assertThat(ACCURACY.get(a + "/algo-1")).isGreaterThan(0.85);
        assertThat(ACCURACY.get(b + "/algo-1")).isGreaterThan(ACCURACY.get(a + "/algo-1") - 0.04);
        String logs = String.join("\n", pair.logs());
        assertThat(logs).contains("data-parallel training on 2 hosts [algo-1, algo-2]")
                .contains("algo-1: channel train has 2 file(s)").contains("algo-2: channel train has 2 file(s)")
                .contains("algo-1 trains on 790 of its 800 examples")
                .contains("algo-2 does not write the model");
        // the one model in model.tar.gz is the hosts' model, written by algo-1 alone
        S3Uri artifact = S3Uri.parse(pair.describe().modelArtifacts().s3ModelArtifacts());
        Path tarball = session.downloadData(tmp.resolve("tar-dp"), artifact.bucket(), artifact.key()).get(0);
        Path extracted = tmp.resolve("model-dp");
        try (var in = Files.newInputStream(tarball)) {
            Tarballs.unpack(in, extracted, "model.tar.gz");
        }
        try (var files = Files.list(extracted)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("mlp-0012.params",
                    "serving.properties");
        }
        try (Model saved = Model.newInstance("mlp", ai.djl.Device.cpu(), "PyTorch")) {
            saved.setBlock(TinyMlp.block(2));
            saved.load(extracted, "mlp");
            assertThat(flatten(saved)).containsExactly(PARAMS.get(b + "/algo-1"));
        }
    }

    @Test
    void fit_oneHostFailsMidEpoch_jobFailsWithThatHostsReasonWithoutHanging() {
        JavaEstimator est = estimator(2, Map.of("epochs", 4, "fail_host", "algo-2"));

        assertTimeoutPreemptively(Duration.ofSeconds(120), () -> assertThatThrownBy(() -> est.fit(inputs()))
                .isInstanceOfSatisfying(UnexpectedStatusException.class, e -> assertThat(e.failureReason())
                        .isEqualTo("AlgorithmError: host algo-2 failed: algo-2 lost its disk in epoch 2")));
    }

    @Test
    void fit_trainerFromModelNewTrainerOnTwoHosts_failsSayingWhichTrainerToCreate() {
        JavaEstimator est = estimator(2, Map.of("epochs", 1, "plain_trainer", true));

        assertTimeoutPreemptively(Duration.ofSeconds(120), () -> assertThatThrownBy(() -> est.fit(inputs()))
                .isInstanceOfSatisfying(UnexpectedStatusException.class, e -> assertThat(e.failureReason())
                        .contains("create the trainer with djl.newTrainer(model, config)")));
    }

    @Test
    void allReduceSum_hostsOutOfStep_failTogetherNamingEachHostsRound() throws Exception {
        HostGroup group = HostGroup.join("arn:test:out-of-step", List.of("algo-1", "algo-2"), "algo-1");
        HostGroup.join("arn:test:out-of-step", List.of("algo-1", "algo-2"), "algo-2");
        AtomicReference<Throwable> first = new AtomicReference<>();
        CountDownLatch done = new CountDownLatch(1);
        Thread t = new Thread(() -> {
            try {
                group.allReduceSum("algo-1", "the gradients of batch 8 of epoch 1", new float[] {1, 2});
            } catch (RuntimeException e) {
                first.set(e);
            }
            done.countDown();
        });
        t.start();

        assertThatThrownBy(() -> group.allReduceSum("algo-2", "the end of epoch 1", new float[] {1, 2}))
                .hasMessageContaining("the hosts are out of step: algo-1 at the gradients of batch 8 of epoch 1"
                        + " (2 values), algo-2 at the end of epoch 1 (2 values)");
        assertThat(done.await(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        assertThat(first.get()).hasMessageContaining("the hosts are out of step");
    }

    @Test
    void allReduceSum_peerLeft_failsAfterTheGracePeriodNamingIt() {
        long grace = HostGroup.graceMillis;
        HostGroup.graceMillis = 200;
        try {
            HostGroup group = HostGroup.join("arn:test:left", List.of("algo-1", "algo-2"), "algo-1");
            HostGroup.join("arn:test:left", List.of("algo-1", "algo-2"), "algo-2");
            group.leave("algo-2");

            assertTimeoutPreemptively(Duration.ofSeconds(30), () -> assertThatThrownBy(
                    () -> group.allReduceSum("algo-1", "the gradients of batch 1 of epoch 1", new float[] {1}))
                    .hasMessageContaining("host algo-2 left the data-parallel training before the gradients of"
                            + " batch 1 of epoch 1"));
        } finally {
            HostGroup.graceMillis = grace;
        }
    }

    @Test
    void allReduceSum_threeHosts_sumInHostOrderOnEveryHost() throws Exception {
        List<String> hosts = List.of("algo-1", "algo-2", "algo-3");
        List<HostGroup> groups = new ArrayList<>();
        for (String h : hosts) {
            groups.add(HostGroup.join("arn:test:sum", hosts, h));
        }
        Map<String, float[]> results = new ConcurrentHashMap<>();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            int rank = i;
            Thread t = new Thread(() -> results.put(hosts.get(rank), groups.get(rank).allReduceSum(hosts.get(rank),
                    "round", new float[] {rank + 1, 10f * (rank + 1)})));
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            t.join(10_000);
        }
        assertThat(results).hasSize(3);
        results.values().forEach(r -> assertThat(r).containsExactly(6f, 60f));
    }

    @Test
    void of_twoHostsInSeparateProcesses_isOperationNotSupportedInsteadOfWaitingForPeers() {
        // the environment of one container of a 2-instance job on the service: its peer never joins this JVM
        TrainingEnvironment container = (TrainingEnvironment) java.lang.reflect.Proxy.newProxyInstance(
                TrainingEnvironment.class.getClassLoader(), new Class<?>[] {TrainingEnvironment.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "hosts" -> List.of("algo-1", "algo-2");
                    case "currentHost" -> "algo-1";
                    case "currentInstanceType" -> "ml.m5.xlarge";
                    case "jobName" -> "dp-on-the-service";
                    case "jobArn" -> "arn:aws:sagemaker:us-east-1:111122223333:training-job/dp-on-the-service";
                    case "numGpus" -> 0;
                    case "numCpus" -> 2;
                    case "hyperparameters", "environment", "channels" -> Map.of();
                    case "log", "logMetric", "reportProgress" -> null;
                    default -> method.isDefault() ? java.lang.reflect.InvocationHandler.invokeDefault(proxy, method,
                            args) : tmp.resolve(method.getName());
                });

        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> assertThatThrownBy(() -> DjlTraining.of(container))
                .isInstanceOf(dev.sagemaker4j.exceptions.OperationNotSupportedException.class)
                .hasMessageContaining("data-parallel DJL training on 2 instances")
                .hasMessageContaining("instance_count 1"));
    }
}
