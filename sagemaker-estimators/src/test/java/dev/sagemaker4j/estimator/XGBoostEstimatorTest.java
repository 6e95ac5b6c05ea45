/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.estimator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sagemaker4j.ImageUris;
import dev.sagemaker4j.Session;
import dev.sagemaker4j.analytics.TrainingJobAnalytics;
import dev.sagemaker4j.exceptions.UnexpectedStatusException;
import dev.sagemaker4j.exceptions.ValidationException;
import dev.sagemaker4j.inputs.TrainingInput;
import dev.sagemaker4j.local.Tarballs;
import dev.sagemaker4j.testing.Dataset;
import dev.sagemaker4j.testing.Datasets;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.XGBoost;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.sagemaker.model.DescribeTrainingJobResponse;
import software.amazon.awssdk.services.sagemaker.model.MetricData;

class XGBoostEstimatorTest {
    @TempDir
    static Path tmp;
    static Session session;
    static String bucket;
    static Dataset train;
    static Dataset holdout;
    static String trainUri;
    static String validationUri;

    @BeforeAll
    static void setUp() throws Exception {
        session = Session.local(tmp.resolve("root"));
        bucket = session.defaultBucket();
        // one problem, split: noise 0.1 on the unit-norm rule leaves the best possible accuracy at about 0.97
        // (0.91 at the kit's default 0.3, too near the 0.9 asserted)
        Dataset all = Datasets.builder().rows(4000).features(6).seed(1).noise(0.1).binaryClassification();
        train = all.slice(0, 3000);
        holdout = all.slice(3000, 4000);
        Path data = Files.createDirectories(tmp.resolve("data"));
        trainUri = session.uploadData(train.writeCsv(data.resolve("train.csv")), bucket, "xgb/train");
        validationUri = session.uploadData(holdout.writeCsv(data.resolve("validation.csv")), bucket,
                "xgb/validation");
    }

    @AfterAll
    static void tearDown() {
        session.close();
    }

    static Estimator.Builder xgb(Map<String, ?> hyperparameters) {
        return Estimator.builder()
                .imageUri(ImageUris.retrieve("xgboost", session.region(), "1.7-1"))
                .instanceCount(1).instanceType("local")
                .outputPath("s3://" + bucket + "/xgb/out")
                .hyperparameters(hyperparameters)
                .session(session);
    }

    static Map<String, TrainingInput> csvChannels() {
        return Map.of("train", TrainingInput.builder().s3Data(trainUri).contentType("text/csv").build(),
                "validation", TrainingInput.builder().s3Data(validationUri).contentType("text/csv").build());
    }

    static Booster loadModel(String modelData, Path into) throws Exception {
        try (InputStream in = session.objectStore().get(modelData)) {
            Tarballs.unpack(in, into, modelData);
        }
        return XGBoost.loadModel(Files.readAllBytes(into.resolve("xgboost-model")));
    }

    static double accuracy(Booster booster, Dataset data) throws Exception {
        float[][] p = booster.inplace_predict(data.flatFeatures(), data.rows(), data.featureCount(), Float.NaN);
        double[] y = data.labels();
        int correct = 0;
        for (int i = 0; i < p.length; i++) {
            correct += (p[i][0] >= 0.5 ? 1 : 0) == y[i] ? 1 : 0;
        }
        return (double) correct / p.length;
    }

    /** The train set split into four CSV files under one prefix, so that ShardedByS3Key gives each host some. */
    static String shardedTrain(String prefix, String badCell) throws Exception {
        Path dir = Files.createDirectories(tmp.resolve(prefix));
        List<String> lines = Files.readAllLines(train.writeCsv(tmp.resolve(prefix + ".csv")));
        for (int part = 0; part < 4; part++) {
            List<String> share = new java.util.ArrayList<>();
            for (int i = part; i < lines.size(); i += 4) {
                share.add(lines.get(i));
            }
            if (badCell != null && part == 3) {
                share.set(0, badCell);
            }
            Files.write(dir.resolve("part-" + part + ".csv"), share);
        }
        return session.uploadData(dir, bucket, "xgb/" + prefix);
    }

    @Test
    void fit_twoHostsShardedByS3Key_oneModelTrainedTogether_asGoodAsOneHost() throws Exception {
        String sharded = shardedTrain("sharded", null);
        Map<String, Object> hp = Map.of("objective", "binary:logistic", "num_round", 30, "max_depth", 4,
                "eval_metric", "error");
        Estimator two = xgb(hp).instanceCount(2).build();
        Estimator one = xgb(hp).build();
        TrainingInput shards = TrainingInput.builder().s3Data(sharded).contentType("text/csv")
                .distribution("ShardedByS3Key").build();

        two.fit(Map.of("train", shards));
        one.fit(Map.of("train", TrainingInput.builder().s3Data(sharded).contentType("text/csv").build()));

        assertThat(two.logs()).anyMatch(l -> l.contains("algo-1 is worker 0 of 2"))
                .anyMatch(l -> l.contains("algo-2 is worker 1 of 2"));
        Booster distributed = loadModel(two.modelData(), tmp.resolve("two-hosts"));
        Booster single = loadModel(one.modelData(), tmp.resolve("one-host"));
        assertThat(distributed.getNumBoostedRound()).isEqualTo(30);
        double a2 = accuracy(distributed, holdout);
        double a1 = accuracy(single, holdout);
        assertThat(a2).isGreaterThan(0.9);
        assertThat(Math.abs(a2 - a1)).isLessThan(0.02);
        // the metrics are the whole data set's: xgboost reduces them over the workers, so both hosts log the same
        List<String> round29 = two.logs().stream().filter(l -> l.startsWith("[29]#011train-error:")).toList();
        assertThat(round29).hasSize(2);
        assertThat(round29.get(0)).isEqualTo(round29.get(1));
    }

    @Test
    void fit_twoHostsOneShardUnreadable_jobFailsNamingTheHost_noHostWaitsForever() throws Exception {
        String sharded = shardedTrain("sharded-bad", "1,0.5,not-a-number,0.1,0.2,0.3,0.4");
        Estimator two = xgb(Map.of("objective", "binary:logistic", "num_round", 5)).instanceCount(2).build();
        TrainingInput shards = TrainingInput.builder().s3Data(sharded).contentType("text/csv")
                .distribution("ShardedByS3Key").build();

        TrainingJob job = two.fit(Map.of("train", shards), f -> f.wait(false).logs("None"));
        assertThatThrownBy(() -> job.waitForCompletion(false)).hasMessageContaining("Failed");

        DescribeTrainingJobResponse d = job.describe();
        assertThat(d.trainingJobStatusAsString()).isEqualTo("Failed");
        // algo-2 read the bad shard; algo-1 was told at once instead of waiting for a worker that never came
        assertThat(d.failureReason()).contains("host algo-2 failed").contains("part-3.csv").contains("not-a-number");
    }

    @Test
    void fit_localGpuWithoutAGpu_saysWhyAndTrainsTheSameModelOnTheCpu() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(dev.sagemaker4j.local.Gpus.detect().visible() == 0,
                "this machine has a GPU: benchmarks/gpu/run.sh checks the GPU path");
        Map<String, Object> hp = Map.of("objective", "binary:logistic", "num_round", 10, "max_depth", 3);
        Estimator gpu = xgb(hp).instanceType("local_gpu").build();
        Estimator cpu = xgb(hp).build();

        gpu.fit(csvChannels());
        cpu.fit(csvChannels());

        assertThat(gpu.logs()).anyMatch(l -> l.contains("local_gpu on algo-1: no NVIDIA GPU is visible")
                && l.contains("trains on the CPU"));
        assertThat(gpu.logs()).anyMatch(l -> l.startsWith("XGBoost trains on the CPU: no NVIDIA GPU is visible"));
        assertThat(cpu.logs()).noneMatch(l -> l.contains("XGBoost trains on the"));
        Booster a = loadModel(gpu.modelData(), tmp.resolve("gpu-fallback"));
        Booster b = loadModel(cpu.modelData(), tmp.resolve("cpu-same"));
        float[][] pa = a.inplace_predict(holdout.flatFeatures(), holdout.rows(), holdout.featureCount(), Float.NaN);
        float[][] pb = b.inplace_predict(holdout.flatFeatures(), holdout.rows(), holdout.featureCount(), Float.NaN);
        assertThat(pa).isDeepEqualTo(pb);
    }

    @Test
    void fit_binaryCsv_trainsAnAccurateModelWithTheContainersLogAndMetrics() throws Exception {
        Estimator estimator = xgb(Map.of("objective", "binary:logistic", "num_round", 40, "max_depth", 4,
                "eval_metric", "auc")).build();

        TrainingJob job = estimator.fit(csvChannels());

        DescribeTrainingJobResponse d = job.describe();
        assertThat(d.trainingJobStatusAsString()).isEqualTo("Completed");
        assertThat(job.name()).startsWith("sagemaker-xgboost-");
        assertThat(estimator.modelData()).isEqualTo("s3://" + bucket + "/xgb/out/" + job.name()
                + "/output/model.tar.gz");
        Booster booster = loadModel(estimator.modelData(), tmp.resolve("m1"));
        assertThat(accuracy(booster, holdout)).isGreaterThan(0.9);
        assertThat(booster.getNumBoostedRound()).isEqualTo(40);
        assertThat(Files.readString(tmp.resolve("m1/xgboost-model"))).startsWith("{\"learner\"");

        List<String> logs = estimator.logs();
        assertThat(logs).anyMatch(l -> l.matches("\\[0\\]#011train-auc:0\\.\\d{5}#011validation-auc:0\\.\\d{5}"));
        assertThat(logs).anyMatch(l -> l.startsWith("[39]#011train-auc:"));
        Map<String, Float> finals = d.finalMetricDataList().stream()
                .collect(Collectors.toMap(MetricData::metricName, MetricData::value));
        assertThat(finals.get("validation:auc")).isGreaterThan(0.95f);
        assertThat(finals.get("train:auc")).isGreaterThan(0.95f);

        TrainingJobAnalytics analytics = estimator.trainingJobAnalytics();
        assertThat(analytics.series("validation:auc")).hasSize(40);
        assertThat(analytics.dataframe().get(0)).containsKeys("timestamp", "metric_name", "value");
    }

    @Test
    void fit_libsvmIsTheDefaultContentType_andRegressionWorks() throws Exception {
        Dataset all = Datasets.regression(2500, 4, 3);
        Dataset test = all.slice(2000, 2500);
        String uri = session.uploadData(all.slice(0, 2000).writeLibSvm(tmp.resolve("data/reg.libsvm")), bucket,
                "xgb/libsvm");
        Estimator estimator = xgb(Map.of("objective", "reg:squarederror", "num_round", 80, "eta", "0.2")).build();

        estimator.fit(Map.of("train", TrainingInput.of(uri)));

        Booster booster = loadModel(estimator.modelData(), tmp.resolve("m2"));
        float[][] p = booster.inplace_predict(test.flatFeatures(), test.rows(), test.featureCount(), Float.NaN);
        double[] y = test.labels();
        double se = 0;
        for (int i = 0; i < p.length; i++) {
            se += (p[i][0] - y[i]) * (p[i][0] - y[i]);
        }
        assertThat(Math.sqrt(se / p.length)).isLessThan(1.5);
        assertThat(estimator.logs()).anyMatch(l -> l.startsWith("[79]#011train-rmse:"));
    }

    @Test
    void fit_singleUri_goesToTheTrainingChannel_whichXGBoostRejectsLikeTheContainer() {
        Estimator estimator = xgb(Map.of("num_round", 2)).build();

        assertThatThrownBy(() -> estimator.fit(trainUri))
                .isInstanceOfSatisfying(UnexpectedStatusException.class, e -> assertThat(e.failureReason())
                        .startsWith("ClientError: InputDataConfig: has no 'train' channel"));
        assertThat(estimator.latestTrainingJob().describe().inputDataConfig().get(0).channelName())
                .isEqualTo("training");
    }

    @Test
    void fit_multiclassSoftprob_predictsClassProbabilities() throws Exception {
        // noise 0: the classes are exactly the argmax of three linear scores
        Dataset all = Datasets.builder().rows(3600).features(6).seed(5).noise(0).multiclassClassification(3);
        Dataset test = all.slice(3000, 3600);
        String uri = session.uploadData(all.slice(0, 3000).writeCsv(tmp.resolve("data/multi.csv")), bucket,
                "xgb/multi");
        Estimator estimator = xgb(Map.of("objective", "multi:softprob", "num_class", 3, "num_round", 50,
                "eval_metric", "mlogloss")).build();

        estimator.fit(Map.of("train", TrainingInput.builder().s3Data(uri).contentType("text/csv").build()));

        Booster booster = loadModel(estimator.modelData(), tmp.resolve("m3"));
        float[][] p = booster.inplace_predict(test.flatFeatures(), test.rows(), test.featureCount(), Float.NaN);
        double[] y = test.labels();
        assertThat(p[0]).hasSize(3);
        int correct = 0;
        for (int i = 0; i < p.length; i++) {
            int best = 0;
            for (int c = 1; c < 3; c++) {
                best = p[i][c] > p[i][best] ? c : best;
            }
            correct += best == y[i] ? 1 : 0;
        }
        assertThat((double) correct / p.length).isGreaterThan(0.8);
    }

    @Test
    void fit_earlyStopping_stopsWhenValidationStopsImproving() {
        Estimator estimator = xgb(Map.of("objective", "binary:logistic", "num_round", 500, "eta", "0.9",
                "max_depth", 8, "eval_metric", "logloss", "early_stopping_rounds", 5)).build();

        TrainingJob job = estimator.fit(csvChannels());

        List<String> logs = job.logs();
        assertThat(logs).contains("Stopping. Best iteration:");
        long rounds = logs.stream().filter(l -> l.matches("\\[\\d+\\]#011train-logloss.*")).count();
        assertThat(rounds).isLessThan(500).isGreaterThan(5);
    }

    @Test
    void fit_csvWeights_readsTheSecondColumnAsWeight() throws Exception {
        Path file = tmp.resolve("data/weighted.csv");
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            sb.append(i % 2).append(",").append(i < 100 ? 1 : 0.5).append(",").append(i % 2 + 0.1 * (i % 7))
                    .append("\n");
        }
        Files.writeString(file, sb);
        String uri = session.uploadData(file, bucket, "xgb/weighted");
        Estimator estimator = xgb(Map.of("objective", "binary:logistic", "num_round", 5, "csv_weights", 1)).build();

        estimator.fit(Map.of("train", TrainingInput.builder().s3Data(uri).contentType("text/csv").build()));

        Booster booster = loadModel(estimator.modelData(), tmp.resolve("m5"));
        assertThat(booster.getNumFeature()).isEqualTo(1);
    }

    @Test
    void fit_missingOrBadHyperparameters_areRejectedBeforeTheJobStarts() {
        assertThatThrownBy(() -> xgb(Map.of("objective", "binary:logistic")).build().fit(csvChannels()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("num_round"));
        assertThatThrownBy(() -> xgb(Map.of("num_round", 5, "objective", "multi:softmax")).build().fit(csvChannels()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("num_class"));
        assertThatThrownBy(() -> xgb(Map.of("num_round", 5, "objective", "binary:magic")).build().fit(csvChannels()))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.field()).isEqualTo("objective");
                    assertThat(e.getMessage()).contains("binary:logistic");
                });
        assertThatThrownBy(() -> xgb(Map.of("num_round", 5, "eta", "1.5")).build().fit(csvChannels()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("eta"));
        assertThatThrownBy(() -> xgb(Map.of("num_round", 5, "max_dept", "3")).build().fit(csvChannels()))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.field()).isEqualTo("max_dept");
                    assertThat(e.getMessage()).contains("max_depth");
                });
        assertThatThrownBy(() -> xgb(Map.of("num_round", 5, "eval_metric", "auc,bogus")).build().fit(csvChannels()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.value()).isEqualTo("bogus"));
    }

    @Test
    void fit_nonNumericCell_failsNamingFileLineAndValue() throws Exception {
        Path file = tmp.resolve("data/bad-cell/part-1.csv");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "1,0.5,0.25\n0,0.1,abc\n");
        String uri = session.uploadData(file, bucket, "xgb/bad-cell");

        assertThatThrownBy(() -> xgb(Map.of("num_round", 2)).build().fit(Map.of("train",
                TrainingInput.builder().s3Data(uri).contentType("text/csv").build())))
                .isInstanceOfSatisfying(UnexpectedStatusException.class, e -> assertThat(e.failureReason())
                        .isEqualTo("ClientError: train: is not a number (file part-1.csv, line 2, column 3) (got 'abc')."
                                + " give numeric CSV without a header; encode categories as numbers"));
    }

    @Test
    void fit_hugeNonNumericCell_failureReasonQuotesABoundedExcerpt() throws Exception {
        // e.g. a channel pointed at some other file: its whole content is one cell
        Path file = tmp.resolve("data/huge-cell/part-1.csv");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "1,0.5,0.25\n0,0.1," + "secret".repeat(20_000) + "\n");
        String uri = session.uploadData(file, bucket, "xgb/huge-cell");

        assertThatThrownBy(() -> xgb(Map.of("num_round", 2)).build().fit(Map.of("train",
                TrainingInput.builder().s3Data(uri).contentType("text/csv").build())))
                .isInstanceOfSatisfying(UnexpectedStatusException.class, e -> assertThat(e.failureReason())
                        .contains("is not a number (file part-1.csv, line 2, column 3)")
                        .contains("(got '" + "secret".repeat(10) + "secr… (120000 characters)')")
                        .hasSizeLessThan(400));
    }

    @Test
    void fit_rowWithWrongColumnCount_failsNamingTheLine() throws Exception {
        Path file = tmp.resolve("data/ragged.csv");
        Files.writeString(file, "1,0.5,0.25\n0,0.1,0.2\n1,0.3\n");
        String uri = session.uploadData(file, bucket, "xgb/ragged");

        assertThatThrownBy(() -> xgb(Map.of("num_round", 2)).build().fit(Map.of("train",
                TrainingInput.builder().s3Data(uri).contentType("text/csv").build())))
                .isInstanceOfSatisfying(UnexpectedStatusException.class, e -> assertThat(e.failureReason())
                        .contains("ragged.csv line 3").contains("has 2 columns where the rows before have 3"));
    }

    @Test
    void fit_emptyChannel_failsNamingTheChannel() throws Exception {
        Path file = tmp.resolve("data/empty/part-1.csv");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "\n");
        String uri = session.uploadData(file, bucket, "xgb/empty");

        assertThatThrownBy(() -> xgb(Map.of("num_round", 2)).build().fit(Map.of("train",
                TrainingInput.builder().s3Data(uri).contentType("text/csv").build())))
                .isInstanceOfSatisfying(UnexpectedStatusException.class, e -> assertThat(e.failureReason())
                        .startsWith("ClientError: train:").contains("has no rows"));
    }

    @Test
    void fit_unsupportedContentType_failsNamingIt() {
        assertThatThrownBy(() -> xgb(Map.of("num_round", 2)).build().fit(Map.of("train",
                TrainingInput.builder().s3Data(trainUri).contentType("application/x-recordio-protobuf").build())))
                .isInstanceOfSatisfying(UnexpectedStatusException.class, e -> assertThat(e.failureReason())
                        .contains("application/x-recordio-protobuf").contains("text/csv"));
    }

    @Test
    void checkpoints_interruptedJobResumes_andEndsWithTheSameModelAsAnUninterruptedOne() throws Exception {
        Map<String, Object> hp = Map.of("objective", "binary:logistic", "num_round", 1000, "max_depth", 3,
                "eta", "0.01", "subsample", "1");
        // checkpoints are synced every 20 ms here, so the test can stop the job right after the first one lands
        try (Session fast = Session.builder().backend("local").root(tmp.resolve("root"))
                .property("local.checkpointSyncMillis", "20").build()) {
            Estimator uninterrupted = xgb(hp).session(fast).build();
            uninterrupted.fit(csvChannels());
            Path a = tmp.resolve("ck-a");
            loadModel(uninterrupted.modelData(), a).dispose();

            String checkpoints = "s3://" + bucket + "/xgb/checkpoints/run-1";
            Estimator first = xgb(hp).session(fast).checkpointS3Uri(checkpoints).build();
            TrainingJob job = first.fit(csvChannels(), f -> f.wait(false).logs(false));
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (fast.listS3Files(bucket, "xgb/checkpoints/run-1/").isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(2);
            }
            job.stop();
            DescribeTrainingJobResponse stopped = job.waitForCompletion(Duration.ofSeconds(60));
            assertThat(stopped.trainingJobStatusAsString()).isEqualTo("Stopped");
            List<String> saved = fast.listS3Files(bucket, "xgb/checkpoints/run-1/");
            assertThat(saved).isNotEmpty().allMatch(k -> k.matches(".*/xgboost-checkpoint\\.\\d+"));

            Estimator resumed = xgb(hp).session(fast).checkpointS3Uri(checkpoints).build();
            TrainingJob second = resumed.fit(csvChannels());
            String resumedAt = second.logs().stream().filter(l -> l.startsWith("Resuming from checkpoint"))
                    .findFirst().orElseThrow();
            int round = Integer.parseInt(resumedAt.substring(resumedAt.lastIndexOf(' ') + 1));
            assertThat(round).isBetween(1, 999);
            assertThat(second.logs()).noneMatch(l -> l.startsWith("[0]#011"));
            Path b = tmp.resolve("ck-b");
            loadModel(resumed.modelData(), b).dispose();

            assertThat(Files.readString(b.resolve("xgboost-model")))
                    .isEqualTo(Files.readString(a.resolve("xgboost-model")));
        }
    }

    @Test
    void progress_reportsEveryRoundWithItsMetrics() {
        List<dev.sagemaker4j.progress.ProgressEvent> events = new java.util.concurrent.CopyOnWriteArrayList<>();
        try (Session watched = Session.builder().backend("local").root(tmp.resolve("root"))
                .progressListener(events::add).build()) {
            Estimator.builder().imageUri(ImageUris.retrieve("xgboost", watched.region(), "1.7-1"))
                    .instanceType("local").session(watched).outputPath("s3://" + bucket + "/xgb/progress")
                    .hyperparameters(Map.of("objective", "binary:logistic", "num_round", 7)).build()
                    .fit(csvChannels());
        }
        assertThat(events).extracting(dev.sagemaker4j.progress.ProgressEvent::done)
                .containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L);
        assertThat(events.get(6).finished()).isTrue();
        assertThat(events.get(6).unit()).isEqualTo("round");
        assertThat(events.get(6).metrics()).containsKeys("train-logloss", "validation-logloss");
        assertThat(events.get(6).task()).isEqualTo("Training");
    }

    @Test
    void progress_earlyStopping_endsTheTaskWithAnEndedEvent() {
        List<dev.sagemaker4j.progress.ProgressEvent> events = new java.util.concurrent.CopyOnWriteArrayList<>();
        try (Session watched = Session.builder().backend("local").root(tmp.resolve("root"))
                .progressListener(events::add).build()) {
            Estimator.builder().imageUri(ImageUris.retrieve("xgboost", watched.region(), "1.7-1"))
                    .instanceType("local").session(watched).outputPath("s3://" + bucket + "/xgb/progress-early")
                    .hyperparameters(Map.of("objective", "binary:logistic", "num_round", 500, "eta", "0.9",
                            "max_depth", 8, "eval_metric", "logloss", "early_stopping_rounds", 5)).build()
                    .fit(csvChannels());
        }
        dev.sagemaker4j.progress.ProgressEvent last = events.get(events.size() - 1);
        dev.sagemaker4j.progress.ProgressEvent before = events.get(events.size() - 2);

        assertThat(last.finished()).isTrue();
        assertThat(last.done()).isEqualTo(before.done()).isLessThan(500);
        assertThat(last.total()).isEqualTo(500);
        assertThat(before.finished()).isFalse();
        assertThat(last.toString()).endsWith(", ended)");
    }

    @Test
    void progress_consoleListener_drawsTheJobsBarToItsLastRound() {
        java.io.ByteArrayOutputStream buffer = new java.io.ByteArrayOutputStream();
        java.io.PrintStream out = new java.io.PrintStream(buffer, true, java.nio.charset.StandardCharsets.UTF_8);
        String name;
        try (Session watched = Session.builder().backend("local").root(tmp.resolve("root"))
                .progressListener(dev.sagemaker4j.progress.ProgressListener.console(out)).build()) {
            name = Estimator.builder().imageUri(ImageUris.retrieve("xgboost", watched.region(), "1.7-1"))
                    .instanceType("local").session(watched).outputPath("s3://" + bucket + "/xgb/progress-bar")
                    .hyperparameters(Map.of("objective", "binary:logistic", "num_round", 12)).build()
                    .fit(csvChannels()).name();
        }
        String drawn = buffer.toString(java.nio.charset.StandardCharsets.UTF_8);

        assertThat(drawn).contains(name.substring(name.length() - 20) + "/algo-1 100% [").contains("12/12 round")
                .contains("validation-logloss=").endsWith(System.lineSeparator());
    }

    @Test
    void attach_fromANewSession_rebuildsTheEstimator() {
        Estimator estimator = xgb(Map.of("num_round", 3, "objective", "binary:logistic")).build();
        TrainingJob job = estimator.fit(csvChannels());

        try (Session other = Session.local(tmp.resolve("root"))) {
            Estimator attached = Estimator.attach(job.name(), other);
            assertThat(attached.modelData()).isEqualTo(estimator.modelData());
            assertThat(attached.hyperparameters()).containsEntry("num_round", "3");
            assertThat(attached.trainingImageUri()).isEqualTo(estimator.trainingImageUri());
            assertThat(attached.instanceType()).isEqualTo("local");
        }
    }
}
