/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.algorithms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sagemaker4j.ImageUris;
import dev.sagemaker4j.Session;
import dev.sagemaker4j.deserializers.JSONDeserializer;
import dev.sagemaker4j.deserializers.RecordDeserializer;
import dev.sagemaker4j.estimator.Estimator;
import dev.sagemaker4j.exceptions.UnexpectedStatusException;
import dev.sagemaker4j.exceptions.ValidationException;
import dev.sagemaker4j.inputs.TrainingInput;
import dev.sagemaker4j.local.SdkJson;
import dev.sagemaker4j.npy.NpyArray;
import dev.sagemaker4j.predictor.Predictor;
import dev.sagemaker4j.recordio.Record;
import dev.sagemaker4j.recordio.RecordIO;
import dev.sagemaker4j.serializers.CSVSerializer;
import dev.sagemaker4j.serializers.RecordSerializer;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.sagemaker.model.MetricData;

/**
 * KNN, factorization machines and Random Cut Forest through the generic {@link Estimator} with their SageMaker
 * images, deployed and invoked as a user does, on data the tests generate; each result is checked against an
 * independent computation (exact neighbours, a known noise floor, planted anomalies).
 */
class KeptLibraryAlgorithmsTest {
    @TempDir
    static Path tmp;
    static Session session;
    static String bucket;

    @BeforeAll
    static void setUp() {
        session = Session.local(tmp.resolve("root"));
        bucket = session.defaultBucket();
    }

    @AfterAll
    static void tearDown() {
        session.close();
    }

    static Estimator estimator(String image, Map<String, ?> hyperparameters) {
        return Estimator.builder().imageUri(ImageUris.retrieve(image, session.region())).instanceType("local")
                .session(session).outputPath("s3://" + bucket + "/" + image).hyperparameters(hyperparameters).build();
    }

    /** Label-first CSV (or features only when labels is null), uploaded under data/name. */
    static TrainingInput csv(String name, float[][] x, float[] y, String contentType) throws Exception {
        StringBuilder sb = new StringBuilder();
        for (int r = 0; r < x.length; r++) {
            if (y != null) {
                sb.append(y[r]).append(',');
            }
            for (int j = 0; j < x[r].length; j++) {
                sb.append(j == 0 ? "" : ",").append(x[r][j]);
            }
            sb.append('\n');
        }
        Path file = tmp.resolve("data/" + name + "/part.csv");
        Files.createDirectories(file.getParent());
        Files.writeString(file, sb);
        return TrainingInput.builder().s3Data(session.uploadData(file.getParent(), bucket, "data/" + name) + "/")
                .contentType(contentType).build();
    }

    /** RecordIO-protobuf with the label in each record, as Python's recordSet writes it. */
    static TrainingInput recordIO(String name, float[][] x, float[] y, int cutBytes) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        RecordIO.writeDenseTensor(bytes, NpyArray.of(x), y == null ? null : NpyArray.of(y));
        byte[] data = bytes.toByteArray();
        Path file = tmp.resolve("data/" + name + "/part.rec");
        Files.createDirectories(file.getParent());
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(data, 0, data.length - cutBytes);
        }
        return TrainingInput.builder().s3Data(session.uploadData(file.getParent(), bucket, "data/" + name) + "/")
                .contentType(RecordIO.CONTENT_TYPE).build();
    }

    static Map<String, Float> finals(Estimator e) {
        return e.latestTrainingJob().describe().finalMetricDataList().stream()
                .collect(Collectors.toMap(MetricData::metricName, MetricData::value));
    }

    static JsonNode predictJson(Predictor<?> p, float[][] rows) {
        p.serializer(new CSVSerializer());
        return SdkJson.MAPPER.valueToTree(p.withDeserializer(new JSONDeserializer()).predict(rows));
    }

    static float[][] gaussian(Random random, int rows, int dim) {
        float[][] x = new float[rows][dim];
        for (float[] row : x) {
            for (int j = 0; j < dim; j++) {
                row[j] = (float) random.nextGaussian();
            }
        }
        return x;
    }

    /** The k nearest training rows of a query by exact L2 distance, as the test's own brute-force search. */
    static int[] nearest(float[][] train, float[] query, int k) {
        double[] d = new double[train.length];
        for (int i = 0; i < train.length; i++) {
            double s = 0;
            for (int j = 0; j < query.length; j++) {
                double diff = (double) train[i][j] - query[j];
                s += diff * diff;
            }
            d[i] = s;
        }
        return IntStream.range(0, train.length).boxed().sorted(Comparator.comparingDouble(i -> d[i])).limit(k)
                .mapToInt(Integer::intValue).toArray();
    }

    @Test
    void knn_classifierAndRegressor_answerTheExactNeighbours() throws Exception {
        Random random = new Random(7);
        float[][] x = gaussian(random, 400, 5);
        float[] cls = new float[x.length];
        float[] target = new float[x.length];
        for (int r = 0; r < x.length; r++) {
            // a noisy rule, so that the neighbours' vote is not the rule itself
            cls[r] = x[r][0] + x[r][1] + 0.8 * random.nextGaussian() > 0 ? 1 : 0;
            target[r] = (float) (3 * x[r][2] - x[r][3] + random.nextGaussian());
        }
        float[][] queries = gaussian(random, 40, 5);
        int k = 5;

        Estimator classifier = estimator("knn", Map.of("feature_dim", 5, "k", k, "predictor_type", "classifier",
                "sample_size", 400));
        classifier.fit(Map.of("train", csv("knn-c", x, cls, "text/csv"), "test", recordIO("knn-c-test", queries,
                expectedVotes(x, cls, queries, k), 0)));
        Predictor<?> p = classifier.deploy(1, "local");
        JsonNode answer = predictJson(p, queries);
        float[] votes = expectedVotes(x, cls, queries, k);
        assertThat(answer.get("predictions")).hasSize(queries.length);
        for (int q = 0; q < queries.length; q++) {
            assertThat(answer.at("/predictions/" + q + "/predicted_label").floatValue()).as("query %d", q)
                    .isEqualTo(votes[q]);
        }
        // the test channel's labels are the exact votes: the job's own metric must say 1.0
        assertThat(finals(classifier)).containsEntry("test:accuracy", 1.0f);

        // a bad request is answered 4xx and the endpoint keeps serving
        assertThatThrownBy(() -> predictJson(p, new float[][] {{1, 2, 3}})).hasMessageContaining("5");
        assertThat(predictJson(p, new float[][] {queries[0]}).at("/predictions/0/predicted_label").floatValue())
                .isEqualTo(votes[0]);
        p.deleteEndpoint();

        Estimator regressor = estimator("knn", Map.of("feature_dim", 5, "k", k, "predictor_type", "regressor",
                "sample_size", 1000, "index_type", "faiss.IVFFlat"));
        regressor.fit(Map.of("train", recordIO("knn-r", x, target, 0)));
        Predictor<?> r = regressor.deploy(1, "local");
        JsonNode means = predictJson(r, queries);
        for (int q = 0; q < queries.length; q++) {
            double mean = 0;
            for (int i : nearest(x, queries[q], k)) {
                mean += target[i] / (double) k;
            }
            assertThat(means.at("/predictions/" + q + "/predicted_label").doubleValue()).as("query %d", q)
                    .isCloseTo(mean, within(1e-4));
        }
        r.deleteEndpoint();
    }

    static float[] expectedVotes(float[][] x, float[] labels, float[][] queries, int k) {
        float[] votes = new float[queries.length];
        for (int q = 0; q < queries.length; q++) {
            int ones = 0;
            for (int i : nearest(x, queries[q], k)) {
                ones += labels[i] == 1 ? 1 : 0;
            }
            votes[q] = ones * 2 > k ? 1 : 0;
        }
        return votes;
    }

    @Test
    void knn_badHyperparameters_failBeforeTheJob() throws Exception {
        TrainingInput input = csv("knn-bad", new float[][] {{1, 2}, {3, 4}}, new float[] {0, 1}, "text/csv");
        assertThatThrownBy(() -> estimator("knn", Map.of("feature_dim", 2, "k", 1, "predictor_type", "classifier"))
                .fit(Map.of("train", input))).isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.field()).isEqualTo("sample_size"));
        assertThatThrownBy(() -> estimator("knn", Map.of("feature_dim", 2, "k", 0, "predictor_type", "classifier",
                "sample_size", 2)).fit(Map.of("train", input))).isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.field()).isEqualTo("k"));
        assertThatThrownBy(() -> estimator("knn", Map.of("feature_dim", 2, "k", 1, "predictor_type", "classifier",
                "sample_size", 2, "dimension_reduction_type", "sign", "dimension_reduction_target", 2))
                .fit(Map.of("train", input))).isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.field()).isEqualTo("dimension_reduction_target"));
        // k larger than the indexed records: only the job can see it
        assertThatThrownBy(() -> estimator("knn", Map.of("feature_dim", 2, "k", 3, "predictor_type", "classifier",
                "sample_size", 2)).fit(Map.of("train", input)))
                .isInstanceOfSatisfying(UnexpectedStatusException.class, e -> assertThat(e.failureReason())
                        .startsWith("ClientError: k: ").contains("larger than the 2 indexed records"));
    }

    @Test
    void knn_signProjection_reducesTheDimension() throws Exception {
        Random random = new Random(9);
        float[][] x = gaussian(random, 200, 16);
        float[] y = new float[x.length];
        for (int r = 0; r < x.length; r++) {
            y[r] = x[r][0] > 0 ? 1 : 0;
        }
        Estimator knn = estimator("knn", Map.of("feature_dim", 16, "k", 1, "predictor_type", "classifier",
                "sample_size", 200, "dimension_reduction_type", "sign", "dimension_reduction_target", 8));
        knn.fit(Map.of("train", csv("knn-sign", x, y, "text/csv")));
        Predictor<?> p = knn.deploy(1, "local");
        // k=1 on the training rows themselves: each row's nearest projected neighbour is itself
        JsonNode answer = predictJson(p, Arrays.copyOf(x, 50));
        for (int q = 0; q < 50; q++) {
            assertThat(answer.at("/predictions/" + q + "/predicted_label").floatValue()).isEqualTo(y[q]);
        }
        p.deleteEndpoint();
    }

    /** y depends on the products x0*x1 and x2*x3, which no linear model of x can express. */
    static float[][] interactions(Random random, int rows, int dim, float[] regression, float[] binary) {
        float[][] x = gaussian(random, rows, dim);
        for (int r = 0; r < rows; r++) {
            double signal = 2 * x[r][0] * x[r][1] - 1.5 * x[r][2] * x[r][3] + 0.5 * x[r][4];
            regression[r] = (float) (signal + 0.1 * random.nextGaussian());
            binary[r] = signal > 0 ? 1 : 0;
        }
        return x;
    }

    @Test
    void factorizationMachines_learnPairwiseInteractions() throws Exception {
        Random random = new Random(11);
        int n = 3000;
        float[] yr = new float[n];
        float[] yb = new float[n];
        float[][] x = interactions(random, n, 6, yr, yb);
        float[] testR = new float[500];
        float[] testB = new float[500];
        float[][] test = interactions(random, 500, 6, testR, testB);

        Estimator regressor = estimator("factorization-machines", Map.of("feature_dim", 6, "num_factors", 4,
                "predictor_type", "regressor", "epochs", 30, "mini_batch_size", 50));
        regressor.fit(Map.of("train", recordIO("fm-r", x, yr, 0), "test", recordIO("fm-r-test", test, testR, 0)));
        // the label's spread is about 2.6 and the noise 0.1: an FM reaches the interactions, a linear model cannot
        assertThat(finals(regressor).get("test:rmse")).isLessThan(0.5f);
        Predictor<?> p = regressor.deploy(1, "local");
        JsonNode scores = predictJson(p, new float[][] {{1, 1, 0, 0, 0, 0}, {0, 0, 1, 1, 0, 0}});
        assertThat(scores.at("/predictions/0/score").doubleValue()).isCloseTo(2.0, within(0.6));
        assertThat(scores.at("/predictions/1/score").doubleValue()).isCloseTo(-1.5, within(0.6));
        assertThat(scores.at("/predictions/0").has("predicted_label")).isFalse();
        p.deleteEndpoint();

        Estimator classifier = estimator("factorization-machines", Map.of("feature_dim", 6, "num_factors", 4,
                "predictor_type", "binary_classifier", "epochs", 30, "mini_batch_size", 50));
        classifier.fit(Map.of("train", csv("fm-b", x, yb, "text/csv"), "test", csv("fm-b-test", test, testB,
                "text/csv")));
        Map<String, Float> finals = finals(classifier);
        assertThat(finals.get("test:binary_classification_accuracy")).isGreaterThan(0.85f);
        assertThat(finals).containsKeys("train:binary_classification_accuracy", "test:binary_f_beta",
                "test:binary_classification_cross_entropy");
        Predictor<?> c = classifier.deploy(1, "local");
        JsonNode labels = predictJson(c, Arrays.copyOf(test, 200));
        int correct = 0;
        for (int q = 0; q < 200; q++) {
            double score = labels.at("/predictions/" + q + "/score").doubleValue();
            float label = labels.at("/predictions/" + q + "/predicted_label").floatValue();
            assertThat(label).isEqualTo(score >= 0.5 ? 1f : 0f);
            correct += label == testB[q] ? 1 : 0;
        }
        assertThat(correct).isGreaterThan(170);
        // RecordIO-protobuf both ways, as the Python SDK's FactorizationMachinesPredictor speaks
        c.serializer(new RecordSerializer());
        c.accept(RecordIO.CONTENT_TYPE);
        List<Record> records = c.withDeserializer(new RecordDeserializer()).predict(
                new float[][] {test[0], test[1]});
        assertThat(records).hasSize(2);
        assertThat(records.get(0).label().get("predicted_label").values().getDouble(0))
                .isEqualTo(labels.at("/predictions/0/predicted_label").doubleValue());
        c.deleteEndpoint();
    }

    @Test
    void factorizationMachines_badInput() throws Exception {
        Random random = new Random(13);
        float[][] x = gaussian(random, 20, 3);
        float[] y = new float[20];
        assertThatThrownBy(() -> estimator("factorization-machines", Map.of("feature_dim", 3, "predictor_type",
                "regressor")).fit(Map.of("train", recordIO("fm-bad0", x, y, 0))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("num_factors"));
        assertThatThrownBy(() -> estimator("factorization-machines", Map.of("feature_dim", 3, "num_factors", 2,
                "predictor_type", "multiclass_classifier")).fit(Map.of("train", recordIO("fm-bad0", x, y, 0))))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.field()).isEqualTo("predictor_type"));
        assertThatThrownBy(() -> estimator("factorization-machines", Map.of("feature_dim", 3, "num_factors", 2,
                "predictor_type", "regressor", "linear_wd", -1)).fit(Map.of("train", recordIO("fm-bad0", x, y, 0))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("linear_wd"));
        // a truncated RecordIO file: the job fails naming the channel, the file and what is wrong
        assertThatThrownBy(() -> estimator("factorization-machines", Map.of("feature_dim", 3, "num_factors", 2,
                "predictor_type", "regressor")).fit(Map.of("train", recordIO("fm-cut", x, y, 7))))
                .isInstanceOfSatisfying(UnexpectedStatusException.class, e -> assertThat(e.failureReason())
                        .startsWith("ClientError: train: is truncated or not RecordIO-protobuf: the stream ends after")
                        .contains("(got 'part.rec byte "));
        // feature_dim that does not match the records
        assertThatThrownBy(() -> estimator("factorization-machines", Map.of("feature_dim", 4, "num_factors", 2,
                "predictor_type", "regressor")).fit(Map.of("train", recordIO("fm-bad0", x, y, 0))))
                .isInstanceOfSatisfying(UnexpectedStatusException.class, e -> assertThat(e.failureReason())
                        .startsWith("ClientError: feature_dim: does not match the 3 features of train "
                                + "(part.rec record 1)"));
        // a binary classifier's labels are 0 and 1
        float[] bad = new float[20];
        bad[3] = 2;
        assertThatThrownBy(() -> estimator("factorization-machines", Map.of("feature_dim", 3, "num_factors", 2,
                "predictor_type", "binary_classifier")).fit(Map.of("train", csv("fm-lab", x, bad, "text/csv"))))
                .isInstanceOfSatisfying(UnexpectedStatusException.class, e -> assertThat(e.failureReason())
                        .contains("not 0 or 1 (record 4)"));
    }

    @Test
    void randomCutForest_ranksThePlantedAnomaliesFirst() throws Exception {
        Random random = new Random(17);
        float[][] x = gaussian(random, 1000, 3);
        int[] planted = {37, 212, 455, 689, 901};
        for (int i : planted) {
            for (int j = 0; j < 3; j++) {
                x[i][j] = (float) ((random.nextBoolean() ? 1 : -1) * (7 + random.nextDouble()));
            }
        }
        float[][] test = gaussian(random, 200, 3);
        float[] labels = new float[200];
        for (int i = 0; i < 10; i++) {
            test[i * 20] = new float[] {9, -9, 9};
            labels[i * 20] = 1;
        }
        Estimator rcf = estimator("randomcutforest", Map.of("feature_dim", 3, "num_trees", 50,
                "num_samples_per_tree", 128));
        rcf.fit(Map.of("train", csv("rcf", x, null, "text/csv;label_size=0"), "test", csv("rcf-test", test, labels,
                "text/csv;label_size=1")));
        assertThat(finals(rcf)).containsKeys("test:f1", "test:accuracy");
        assertThat(finals(rcf).get("test:recall")).isEqualTo(1.0f);

        Predictor<?> p = rcf.deploy(1, "local");
        JsonNode scores = predictJson(p, x).get("scores");
        assertThat(scores).hasSize(x.length);
        int[] ranked = IntStream.range(0, x.length).boxed()
                .sorted(Comparator.comparingDouble(i -> -scores.get(i).get("score").doubleValue()))
                .limit(planted.length).mapToInt(Integer::intValue).sorted().toArray();
        assertThat(ranked).containsExactly(planted);
        p.deleteEndpoint();
    }

    @Test
    void randomCutForest_hyperparametersOutOfRange() throws Exception {
        TrainingInput input = csv("rcf-bad", new float[][] {{1, 2}, {3, 4}}, null, "text/csv");
        assertThatThrownBy(() -> estimator("randomcutforest", Map.of("feature_dim", 2, "num_trees", 20))
                .fit(Map.of("train", input))).isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.field()).isEqualTo("num_trees"));
        assertThatThrownBy(() -> estimator("randomcutforest", Map.of("feature_dim", 2, "num_samples_per_tree", 4096))
                .fit(Map.of("train", input))).isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.field()).isEqualTo("num_samples_per_tree"));
        assertThatThrownBy(() -> estimator("randomcutforest", Map.of("feature_dim", 2, "eval_metrics", "[\"auc\"]"))
                .fit(Map.of("train", input))).isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.field()).isEqualTo("eval_metrics"));
        assertThatThrownBy(() -> estimator("randomcutforest", Map.of("feature_dim", 3)).fit(Map.of("train", input)))
                .isInstanceOfSatisfying(UnexpectedStatusException.class, e -> assertThat(e.failureReason())
                        .startsWith("ClientError: feature_dim: does not match the 2 features of train "
                                + "(part.csv line 1)"));
    }
}
