/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.hosting.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtSession;
import com.fasterxml.jackson.databind.JsonNode;
import dev.sagemaker4j.Session;
import dev.sagemaker4j.deserializers.CSVDeserializer;
import dev.sagemaker4j.deserializers.JSONDeserializer;
import dev.sagemaker4j.deserializers.NumpyDeserializer;
import dev.sagemaker4j.deserializers.StringDeserializer;
import dev.sagemaker4j.exceptions.ModelErrorException;
import dev.sagemaker4j.exceptions.ResourceNotFoundException;
import dev.sagemaker4j.exceptions.ThrottlingException;
import dev.sagemaker4j.exceptions.UnexpectedStatusException;
import dev.sagemaker4j.exceptions.ValidationException;
import dev.sagemaker4j.inference.InferenceException;
import dev.sagemaker4j.inference.InferenceHandler;
import dev.sagemaker4j.local.SdkJson;
import dev.sagemaker4j.model.Model;
import dev.sagemaker4j.model.MultiDataModel;
import dev.sagemaker4j.model.formats.KMeansModel;
import dev.sagemaker4j.model.formats.LinearLearnerModel;
import dev.sagemaker4j.modelmonitor.DataCaptureConfig;
import dev.sagemaker4j.npy.NpyArray;
import dev.sagemaker4j.predictor.Predictor;
import dev.sagemaker4j.serializers.CSVSerializer;
import dev.sagemaker4j.serializers.JSONSerializer;
import dev.sagemaker4j.serializers.LibSVMSerializer;
import dev.sagemaker4j.serializers.StringSerializer;
import dev.sagemaker4j.spi.HostingApi;
import dev.sagemaker4j.spi.ObjectSummary;
import dev.sagemaker4j.testing.OnnxModels;
import dev.sagemaker4j.testsupport.hosting.TestModels;
import java.io.ByteArrayOutputStream;
import java.nio.FloatBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import ml.dmlc.xgboost4j.java.Booster;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.sagemaker.model.DescribeEndpointRequest;
import software.amazon.awssdk.services.sagemaker.model.DescribeEndpointResponse;
import software.amazon.awssdk.services.sagemaker.model.DesiredWeightAndCapacity;
import software.amazon.awssdk.services.sagemaker.model.UpdateEndpointWeightsAndCapacitiesRequest;
import software.amazon.awssdk.services.sagemakerruntime.model.InvokeEndpointRequest;
import software.amazon.awssdk.services.sagemakerruntime.model.InvokeEndpointResponse;

class LocalHostingTest {
    static final String XGB_IMAGE = "683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-xgboost:1.7-1";
    @TempDir
    static Path tmp;
    static Session session;
    static String bucket;
    static Booster booster;
    static String xgbModel;

    @BeforeAll
    static void setUp() throws Exception {
        session = Session.builder().backend("local").root(tmp.resolve("root"))
                .property("local.dataCaptureFlushMillis", "50").build();
        bucket = session.defaultBucket();
        booster = TestModels.booster(4, 20, "binary:logistic", 1);
        xgbModel = TestModels.xgboost(session, "s3://" + bucket + "/models/xgb/model.tar.gz", booster);
    }

    @AfterAll
    static void tearDown() {
        session.close();
    }

    static Model xgb() {
        return Model.builder().imageUri(XGB_IMAGE).modelData(xgbModel).session(session).build();
    }

    static String csv(float[][] rows) {
        StringBuilder sb = new StringBuilder();
        for (float[] r : rows) {
            for (int j = 0; j < r.length; j++) {
                sb.append(j > 0 ? "," : "").append(r[j]);
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    @Test
    void deploy_xgboost_predictsWhatTheRawEngineDoes_inEveryFormat() throws Exception {
        float[][] rows = TestModels.rows(50, 4, 7);
        float[][] raw = booster.inplace_predict(flat(rows), rows.length, 4, Float.NaN);
        Predictor<List<List<String>>> p = xgb().deploy(d -> d.initialInstanceCount(1).instanceType("local")
                .serializer(new CSVSerializer()).deserializer(new CSVDeserializer()));

        DescribeEndpointResponse d = p.describeEndpoint();
        assertThat(d.endpointStatusAsString()).isEqualTo("InService");
        assertThat(d.productionVariants().get(0).variantName()).isEqualTo("AllTraffic");
        assertThat(d.endpointArn()).startsWith("arn:aws:sagemaker:us-east-1:000000000000:endpoint/");

        List<List<String>> csvOut = p.predict(rows);
        assertThat(csvOut).hasSize(50);
        for (int i = 0; i < 50; i++) {
            assertThat(Float.parseFloat(csvOut.get(i).get(0))).isEqualTo(raw[i][0]);
        }
        Object json = Predictor.builder(p.endpointName(), session).serializer(new CSVSerializer())
                .deserializer(new JSONDeserializer()).build()
                .predict(rows);
        JsonNode predictions = SdkJson.MAPPER.valueToTree(json).get("predictions");
        assertThat(predictions).hasSize(50);
        assertThat(predictions.get(3).get("score").floatValue()).isEqualTo(raw[3][0]);

        StringBuilder libsvm = new StringBuilder();
        for (float[] r : rows) {
            for (int j = 0; j < 4; j++) {
                libsvm.append(j > 0 ? " " : "").append(j).append(':').append(r[j]);
            }
            libsvm.append('\n');
        }
        List<List<String>> fromLibsvm = Predictor.builder(p.endpointName(), session)
                .serializer(new LibSVMSerializer()).deserializer(new CSVDeserializer()).build()
                .predict(libsvm.toString());
        assertThat(Float.parseFloat(fromLibsvm.get(9).get(0))).isEqualTo(raw[9][0]);

        Predictor<NpyArray> typed = Predictor.builder(p.endpointName(), session).serializer(new CSVSerializer())
                .deserializer(new NumpyDeserializer()).build();
        NpyArray direct = typed.predict(rows);
        NpyArray wire = typed.predict(rows, o -> o.initialArgs(Map.of("Accept", "application/x-npy")));
        assertThat(direct).isEqualTo(wire);
        assertThat(direct.shape()).containsExactly(50);
        assertThat(direct.toFloatArray()[13]).isEqualTo(raw[13][0]);
        p.deleteEndpoint();
        assertThatThrownBy(p::describeEndpoint).isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void deploy_onnx_mapsRowsToTheModelsInputAndMatchesRawOnnxRuntime() throws Exception {
        float[][] w = {{0.5f, -1f}, {2f, 0.25f}, {-0.75f, 1.5f}};
        float[] b = {0.1f, -0.2f};
        byte[] onnx = OnnxModels.dense(w, b, true);
        String uri = TestModels.upload(session, "s3://" + bucket + "/models/onnx/model.tar.gz",
                Map.of("model.onnx", onnx));
        Predictor<Object> p = Model.builder().imageUri("my-registry/onnx-serving:1").modelData(uri).session(session)
                .build().deploy(d -> d.initialInstanceCount(2).instanceType("local").serializer(new JSONSerializer())
                        .deserializer(new JSONDeserializer()));
        float[][] rows = TestModels.rows(8, 3, 11);

        JsonNode out = SdkJson.MAPPER.valueToTree(p.predict(Map.of("instances", rows))).get("predictions");

        OrtEnvironment env = OrtEnvironment.getEnvironment();
        try (OrtSession raw = env.createSession(onnx, new OrtSession.SessionOptions());
             OnnxTensor t = OnnxTensor.createTensor(env, FloatBuffer.wrap(flat(rows)), new long[] {8, 3});
             OrtSession.Result r = raw.run(Map.of("input", t))) {
            float[][] expected = (float[][]) r.get(0).getValue();
            for (int i = 0; i < 8; i++) {
                assertThat(out.get(i).get(0).floatValue()).isEqualTo(expected[i][0]);
                assertThat(out.get(i).get(1).floatValue()).isEqualTo(expected[i][1]);
                double z = rows[i][0] * 0.5 + rows[i][1] * 2 - rows[i][2] * 0.75 + 0.1;
                assertThat(expected[i][0]).isCloseTo((float) (1 / (1 + Math.exp(-z))), within(1e-5f));
            }
            // the typed path (the output tensor's bytes wrapped as they come) equals the .npy wire answer
            Predictor<NpyArray> typed = Predictor.builder(p.endpointName(), session).serializer(new CSVSerializer())
                    .deserializer(new NumpyDeserializer()).build();
            NpyArray direct = typed.predict(rows);
            assertThat(direct).isEqualTo(typed.predict(rows, o -> o.initialArgs(Map.of("Accept",
                    "application/x-npy"))));
            assertThat(direct.shape()).containsExactly(8, 2);
            assertThat(direct.toFloatArray()).containsExactly(flat(expected));
        }
        p.deleteEndpoint();

        // one output a record: a 1-D array of the records on both paths
        byte[] single = OnnxModels.dense(new float[][] {{1f}, {-2f}, {0.5f}}, new float[] {0.25f}, false);
        String singleUri = TestModels.upload(session, "s3://" + bucket + "/models/onnx1/model.tar.gz",
                Map.of("model.onnx", single));
        Predictor<NpyArray> one = Model.builder().imageUri("my-registry/onnx-serving:1").modelData(singleUri)
                .session(session).build().deploy(d -> d.initialInstanceCount(1).instanceType("local")
                        .serializer(new CSVSerializer()).deserializer(new NumpyDeserializer()));
        NpyArray direct = one.predict(rows);
        assertThat(direct).isEqualTo(one.predict(rows, o -> o.initialArgs(Map.of("Accept", "application/x-npy"))));
        assertThat(direct.shape()).containsExactly(8);
        assertThat(direct.toFloatArray()[5]).isCloseTo(rows[5][0] - 2 * rows[5][1] + 0.5f * rows[5][2] + 0.25f,
                within(1e-5f));
        one.deleteEndpoint();

        // an int64 output (class indices): rows of one value on the wire, a 1-D float32 array typed
        float[][] w3 = {{1f, -1f, 0f}, {0f, 1f, -1f}, {-1f, 0f, 1f}};
        byte[] classifier = OnnxModels.classifier(w3, new float[] {0f, 0f, 0f});
        String classifierUri = TestModels.upload(session, "s3://" + bucket + "/models/onnx-cls/model.tar.gz",
                Map.of("model.onnx", classifier));
        Predictor<NpyArray> labels = Model.builder().imageUri("my-registry/onnx-serving:1").modelData(classifierUri)
                .session(session).build().deploy(d -> d.initialInstanceCount(1).instanceType("local")
                        .serializer(new CSVSerializer()).deserializer(new NumpyDeserializer()));
        NpyArray typedLabels = labels.predict(rows);
        assertThat(typedLabels).isEqualTo(labels.predict(rows, o -> o.initialArgs(Map.of("Accept",
                "application/x-npy"))));
        assertThat(typedLabels.shape()).containsExactly(8);
        for (int i = 0; i < 8; i++) {
            float[] logits = new float[3];
            for (int c = 0; c < 3; c++) {
                for (int f = 0; f < 3; f++) {
                    logits[c] += rows[i][f] * w3[f][c];
                }
            }
            int best = 0;
            for (int c = 1; c < 3; c++) {
                best = logits[c] > logits[best] ? c : best;
            }
            assertThat(typedLabels.toFloatArray()[i]).as("row " + i).isEqualTo((float) best);
        }
        String csvLabels = Predictor.builder(labels.endpointName(), session).serializer(new CSVSerializer())
                .deserializer(new dev.sagemaker4j.deserializers.StringDeserializer()).build().predict(rows,
                o -> o.initialArgs(Map.of("Accept", "text/csv"))).toString();
        assertThat(csvLabels.split("\n")).hasSize(8).allMatch(l -> l.matches("[0-2]\\.0"));
        labels.deleteEndpoint();
    }

    @Test
    void deploy_linearLearnerAndKMeans_answerInTheContainersJson() throws Exception {
        Path llDir = Files.createDirectories(tmp.resolve("ll"));
        new LinearLearnerModel("binary_classifier", 2, new double[] {0, 0}, new double[] {1, 1},
                new double[][] {{2, -1}}, new double[] {0}, 0, 1, 0.5).save(llDir);
        String llUri = TestModels.upload(session, "s3://" + bucket + "/models/ll/model.tar.gz",
                Map.of(LinearLearnerModel.FILE, Files.readAllBytes(llDir.resolve(LinearLearnerModel.FILE))));
        Predictor<?> ll = Model.builder().imageUri("382416733822.dkr.ecr.us-east-1.amazonaws.com/linear-learner:1")
                .modelData(llUri).session(session).build().deploy(1, "local");
        assertThat(ll.contentType()).isEqualTo("text/csv");
        JsonNode llOut = SdkJson.MAPPER.valueToTree(ll.predict("1,1\n-1,1\n"));
        assertThat(llOut.at("/predictions/0/predicted_label").asInt()).isEqualTo(1);
        assertThat(llOut.at("/predictions/0/score").asDouble()).isCloseTo(1 / (1 + Math.exp(-1)), within(1e-9));
        assertThat(llOut.at("/predictions/1/predicted_label").asInt()).isEqualTo(0);

        Path kmDir = Files.createDirectories(tmp.resolve("km"));
        new KMeansModel(new double[][] {{0, 0}, {10, 10}}).save(kmDir);
        String kmUri = TestModels.upload(session, "s3://" + bucket + "/models/km/model.tar.gz",
                Map.of(KMeansModel.FILE, Files.readAllBytes(kmDir.resolve(KMeansModel.FILE))));
        Predictor<?> km = Model.builder().imageUri("382416733822.dkr.ecr.us-east-1.amazonaws.com/kmeans:1")
                .modelData(kmUri).session(session).build().deploy(1, "local");
        JsonNode kmOut = SdkJson.MAPPER.valueToTree(km.predict("9,10\n0,1\n"));
        assertThat(kmOut.at("/predictions/0/closest_cluster").asDouble()).isEqualTo(1.0);
        assertThat(kmOut.at("/predictions/0/distance_to_cluster").asDouble()).isEqualTo(1.0);
        assertThat(kmOut.at("/predictions/1/closest_cluster").asDouble()).isEqualTo(0.0);
        assertThat(answer(ll.endpointName(), "1,1\n-1,1\n", "text/csv"))
                .isEqualTo("1," + 1 / (1 + Math.exp(-1)) + "\n0," + 1 / (1 + Math.exp(3)) + "\n");
        assertThat(answer(km.endpointName(), "9,10\n0,1\n", "application/jsonlines")).isEqualTo(
                "{\"closest_cluster\":1.0,\"distance_to_cluster\":1.0}\n"
                        + "{\"closest_cluster\":0.0,\"distance_to_cluster\":1.0}\n");
        assertThat(answer(km.endpointName(), "9,10\n", "text/csv")).isEqualTo("1.0,1.0\n");
        ll.deleteEndpoint();
        km.deleteEndpoint();
    }

    /** Multiplies comma-separated numbers by the factor in factor.txt; "slow" sleeps 300 ms. */
    public static final class Doubler implements InferenceHandler<Double, double[], double[]> {
        static final AtomicInteger SLOW_IN_FLIGHT = new AtomicInteger();
        static final AtomicInteger MOST_SLOW_IN_FLIGHT = new AtomicInteger();

        @Override
        public Double modelFn(Path modelDir) throws Exception {
            return Double.parseDouble(Files.readString(modelDir.resolve("factor.txt")).trim());
        }

        @Override
        public double[] inputFn(byte[] body, String contentType) throws Exception {
            if (!"text/plain".equals(contentType)) {
                throw new InferenceException(415, "Doubler reads text/plain, not " + contentType);
            }
            String text = new String(body, StandardCharsets.UTF_8).trim();
            if (text.equals("slow")) {
                MOST_SLOW_IN_FLIGHT.accumulateAndGet(SLOW_IN_FLIGHT.incrementAndGet(), Math::max);
                try {
                    Thread.sleep(300);
                } finally {
                    SLOW_IN_FLIGHT.decrementAndGet();
                }
                return new double[] {0};
            }
            String[] parts = text.split(",");
            double[] v = new double[parts.length];
            for (int i = 0; i < parts.length; i++) {
                v[i] = Double.parseDouble(parts[i]);
            }
            return v;
        }

        @Override
        public double[] predictFn(double[] input, Double factor) {
            double[] out = input.clone();
            for (int i = 0; i < out.length; i++) {
                out[i] *= factor;
            }
            return out;
        }

        @Override
        public Output outputFn(double[] prediction, String accept) {
            return Output.of(java.util.Arrays.toString(prediction), "application/json");
        }
    }

    static String doublerModel(String name, double factor) throws Exception {
        return TestModels.upload(session, "s3://" + bucket + "/models/" + name, Map.of("factor.txt",
                Double.toString(factor).getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void deploy_inferenceHandler_runsModelInputPredictAndOutputFunctions() throws Exception {
        Predictor<String> p = Model.builder().modelData(doublerModel("doubler/model.tar.gz", 2.5)).entryPoint(
                Doubler.class).session(session).build().deploy(d -> d.initialInstanceCount(1).instanceType("local")
                        .serializer(new StringSerializer()).deserializer(new StringDeserializer()));

        assertThat(p.predict("1,2")).isEqualTo("[2.5, 5.0]");
        assertThatThrownBy(() -> p.predict("x,y")).isInstanceOfSatisfying(ModelErrorException.class, e -> {
            assertThat(e.originalStatusCode()).isEqualTo(400);
            assertThat(e.statusCode()).isEqualTo(424);
            assertThat(e.originalMessage()).contains("NumberFormatException");
        });
        assertThatThrownBy(() -> p.predict("1", o -> o.initialArgs(Map.of("ContentType", "text/csv"))))
                .isInstanceOfSatisfying(ModelErrorException.class, e -> {
                    assertThat(e.originalStatusCode()).isEqualTo(415);
                    assertThat(e.originalMessage()).isEqualTo("Doubler reads text/plain, not text/csv");
                });
        p.deleteEndpoint();
    }

    @Test
    void invoke_badInput_getsTheDocumentedErrorAndTheEndpointKeepsServing() {
        Predictor<String> p = xgb().deploy(d -> d.initialInstanceCount(1).instanceType("local")
                .serializer(new StringSerializer("text/csv")).deserializer(new StringDeserializer(
                StandardCharsets.UTF_8, "text/csv")));

        assertThatThrownBy(() -> p.predict("1,2,abc,4")).isInstanceOfSatisfying(ModelErrorException.class,
                e -> assertThat(e.originalMessage()).contains("'abc' is not a number"));
        // a huge bad cell is quoted as a short excerpt, not echoed whole
        assertThatThrownBy(() -> p.predict("1,2," + "q".repeat(50_000) + ",4"))
                .isInstanceOfSatisfying(ModelErrorException.class, e -> assertThat(e.originalMessage())
                        .contains("'" + "q".repeat(64) + "… (50000 characters)' is not a number").hasSizeLessThan(300));
        assertThatThrownBy(() -> p.predict("1,2,3")).isInstanceOfSatisfying(ModelErrorException.class, e -> {
            assertThat(e.originalStatusCode()).isEqualTo(400);
            assertThat(e.originalMessage()).isEqualTo("Record 1 has 3 features; the model expects 4");
        });
        assertThatThrownBy(() -> p.predict("")).isInstanceOfSatisfying(ModelErrorException.class,
                e -> assertThat(e.originalMessage()).contains("empty"));
        assertThatThrownBy(() -> p.predict("1,2,3,4", o -> o.initialArgs(Map.of("ContentType", "image/png"))))
                .isInstanceOfSatisfying(ModelErrorException.class, e -> {
                    assertThat(e.originalStatusCode()).isEqualTo(415);
                    assertThat(e.originalMessage()).contains("image/png").contains("text/csv").contains("text/libsvm");
                });
        assertThatThrownBy(() -> p.predict("1,2,3,4", o -> o.initialArgs(Map.of("Accept", "image/png"))))
                .isInstanceOfSatisfying(ModelErrorException.class, e -> assertThat(e.originalStatusCode())
                        .isEqualTo(406));
        byte[] big = new byte[6 * 1024 * 1024 + 1];
        assertThatThrownBy(() -> session.runtimeApi().invokeEndpoint(InvokeEndpointRequest.builder()
                .endpointName(p.endpointName()).contentType("text/csv").body(SdkBytes.fromByteArray(big)).build()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.getMessage()).contains("6 MB"));
        assertThatThrownBy(() -> p.predict("1,2,3,4", o -> o.targetModel("a.tar.gz")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("TargetModel"));
        assertThatThrownBy(() -> p.predict("1,2,3,4", o -> o.targetVariant("Nope")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field())
                        .isEqualTo("TargetVariant"));

        assertThat(p.predict("1,2,3,4")).isNotBlank();
        p.deleteEndpoint();
    }

    @Test
    void invoke_unknownEndpoint_isAValidationErrorNamingIt() {
        assertThatThrownBy(() -> Predictor.of("no-such-endpoint", session).predict(new byte[] {1}))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.value()).isEqualTo("no-such-endpoint");
                    assertThat(e.getMessage()).contains("Endpoint no-such-endpoint of account 000000000000 not found");
                });
    }

    @Test
    void createEndpoint_corruptOrEscapingArchive_failsWithAReason() throws Exception {
        String corrupt = "s3://" + bucket + "/models/corrupt/model.tar.gz";
        session.uploadString("not a tarball", corrupt);
        assertThatThrownBy(() -> Model.builder().imageUri(XGB_IMAGE).modelData(corrupt).session(session).build()
                .deploy(1, "local"))
                .isInstanceOfSatisfying(UnexpectedStatusException.class, e -> {
                    assertThat(e.actualStatus()).isEqualTo("Failed");
                    assertThat(e.failureReason()).contains("is not a gzipped tar archive");
                });

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(new GzipCompressorOutputStream(bytes))) {
            TarArchiveEntry entry = new TarArchiveEntry("../../escaped.txt");
            byte[] content = "x".getBytes(StandardCharsets.UTF_8);
            entry.setSize(content.length);
            tar.putArchiveEntry(entry);
            tar.write(content);
            tar.closeArchiveEntry();
        }
        String slip = "s3://" + bucket + "/models/slip/model.tar.gz";
        session.objectStore().put(slip, new java.io.ByteArrayInputStream(bytes.toByteArray()));
        assertThatThrownBy(() -> Model.builder().imageUri(XGB_IMAGE).modelData(slip).session(session).build()
                .deploy(1, "local"))
                .isInstanceOfSatisfying(UnexpectedStatusException.class, e -> assertThat(e.failureReason())
                        .contains("../../escaped.txt").contains("outside its folder"));
        assertThat(tmp.resolve("root/escaped.txt")).doesNotExist();
    }

    @Test
    void createEndpoint_archivePastTheSessionsLimitOrTruncated_failsNamingTheLimitOrTheDamage() throws Exception {
        try (Session limited = Session.builder().backend("local").root(tmp.resolve("limits-root"))
                .property(dev.sagemaker4j.local.Tarballs.MAX_ENTRIES_PROPERTY, "2").build()) {
            String b = limited.defaultBucket();
            String three = TestModels.upload(limited, "s3://" + b + "/models/three/model.tar.gz", Map.of(
                    "a.txt", new byte[] {1}, "b.txt", new byte[] {2}, "c.txt", new byte[] {3}));
            assertThatThrownBy(() -> Model.builder().imageUri(XGB_IMAGE).modelData(three).session(limited).build()
                    .deploy(1, "local"))
                    .isInstanceOfSatisfying(UnexpectedStatusException.class, e -> assertThat(e.failureReason())
                            .contains(three).contains("more than 2 entries")
                            .contains(dev.sagemaker4j.local.Tarballs.MAX_ENTRIES_PROPERTY));

            byte[] whole;
            try (java.io.InputStream in = session.objectStore().get(xgbModel)) {
                whole = in.readAllBytes();
            }
            String truncated = "s3://" + b + "/models/truncated/model.tar.gz";
            limited.objectStore().put(truncated, new java.io.ByteArrayInputStream(java.util.Arrays.copyOf(whole,
                    whole.length / 2)));
            assertThatThrownBy(() -> Model.builder().imageUri(XGB_IMAGE).modelData(truncated).session(limited)
                    .build().deploy(1, "local"))
                    .isInstanceOfSatisfying(UnexpectedStatusException.class, e -> assertThat(e.failureReason())
                            .contains(truncated).contains("truncated or corrupt").contains("upload the archive again"));
            // nothing half-unpacked stays behind
            try (java.util.stream.Stream<Path> left = java.nio.file.Files.list(tmp.resolve("limits-root/hosting"))) {
                assertThat(left).isEmpty();
            }
        }
    }

    @Test
    void variants_splitTrafficByWeight_andTargetVariantPicksOne() throws Exception {
        String a = Model.builder().modelData(doublerModel("va/model.tar.gz", 1)).entryPoint(Doubler.class)
                .session(session).build().create();
        String b = Model.builder().modelData(doublerModel("vb/model.tar.gz", 2)).entryPoint(Doubler.class)
                .session(session).build().create();
        session.endpointFromProductionVariants("weighted", List.of(
                Session.productionVariant(v -> v.modelName(a).instanceType("local").initialInstanceCount(1)
                        .variantName("A").initialWeight(0.8)),
                Session.productionVariant(v -> v.modelName(b).instanceType("local").initialInstanceCount(1)
                        .variantName("B").initialWeight(0.2))));
        Map<String, Integer> counts = new ConcurrentHashMap<>();
        for (int i = 0; i < 2000; i++) {
            counts.merge(invoke("weighted", null).invokedProductionVariant(), 1, Integer::sum);
        }
        assertThat(counts.get("A")).isBetween(1520, 1680);   // 0.8 · 2000 ± 4.5 standard deviations
        assertThat(invoke("weighted", "B").body().asUtf8String()).isEqualTo("[6.0]");
        assertThat(invoke("weighted", "B").invokedProductionVariant()).isEqualTo("B");
    }

    static InvokeEndpointResponse invoke(String endpoint, String variant) {
        return session.runtimeApi().invokeEndpoint(InvokeEndpointRequest.builder().endpointName(endpoint)
                .contentType("text/plain").body(SdkBytes.fromUtf8String("3")).targetVariant(variant).build());
    }

    @Test
    void updates_underConcurrentLoad_failNoRequest() throws Exception {
        String one = Model.builder().modelData(doublerModel("u1/model.tar.gz", 1)).entryPoint(Doubler.class)
                .session(session).build().create();
        String two = Model.builder().modelData(doublerModel("u2/model.tar.gz", 2)).entryPoint(Doubler.class)
                .session(session).build().create();
        session.endpointFromProductionVariants("rolling", List.of(Session.productionVariant(v -> v.modelName(one)
                .instanceType("local").initialInstanceCount(1).variantName("Blue").initialWeight(1)),
                Session.productionVariant(v -> v.modelName(two).instanceType("local").initialInstanceCount(1)
                .variantName("Green").initialWeight(0))));
        Predictor<String> p = Predictor.builder("rolling", session).serializer(new StringSerializer())
                .deserializer(new StringDeserializer()).build();
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicInteger ok = new AtomicInteger();
        List<Throwable> failures = new java.util.concurrent.CopyOnWriteArrayList<>();
        Map<String, Integer> answers = new ConcurrentHashMap<>();
        ExecutorService clients = Executors.newFixedThreadPool(6);
        List<Future<?>> futures = new ArrayList<>();
        for (int c = 0; c < 6; c++) {
            futures.add(clients.submit(() -> {
                while (running.get()) {
                    try {
                        answers.merge(p.predict("1"), 1, Integer::sum);
                        ok.incrementAndGet();
                    } catch (RuntimeException e) {
                        failures.add(e);
                    }
                }
            }));
        }
        Thread.sleep(200);
        // shift all traffic to Green, then replace the whole configuration with one on model "two"
        session.api(HostingApi.CAPABILITY)
                .updateEndpointWeightsAndCapacities(UpdateEndpointWeightsAndCapacitiesRequest.builder()
                .endpointName("rolling").desiredWeightsAndCapacities(
                        DesiredWeightAndCapacity.builder().variantName("Blue").desiredWeight(0f).build(),
                        DesiredWeightAndCapacity.builder().variantName("Green").desiredWeight(1f).build()).build());
        Thread.sleep(200);
        p.updateEndpoint(u -> u.initialInstanceCount(2).instanceType("local").modelName(one).wait(false));
        awaitStatusChange("rolling");
        Thread.sleep(200);
        running.set(false);
        for (Future<?> f : futures) {
            f.get(30, TimeUnit.SECONDS);
        }
        clients.shutdown();

        assertThat(failures).isEmpty();
        assertThat(ok.get()).isGreaterThan(100);
        assertThat(answers).containsKeys("[1.0]", "[2.0]");
        assertThat(p.describeEndpoint().endpointConfigName()).startsWith("rolling-");
        assertThat(p.describeEndpoint().productionVariants().get(0).currentInstanceCount()).isEqualTo(2);
    }

    static void awaitStatusChange(String endpoint) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            DescribeEndpointResponse d = session.api(HostingApi.CAPABILITY)
                    .describeEndpoint(DescribeEndpointRequest.builder()
                    .endpointName(endpoint).build());
            if (d.endpointStatusAsString().equals("InService") && d.endpointConfigName().startsWith(endpoint + "-")) {
                return;
            }
            Thread.sleep(10);
        }
        throw new AssertionError("the update did not finish");
    }

    @Test
    void multiDataModel_loadsOnFirstUse_andEvictsLeastRecentlyUsed() throws Exception {
        String prefix = "s3://" + bucket + "/mme/";
        MultiDataModel mme = MultiDataModel.builder().name("mme-doublers").modelDataPrefix(prefix)
                .entryPoint(Doubler.class).env(Map.of(LocalHosting.MME_MAX_BYTES, Long.toString(2L << 20)))
                .session(session).build();
        for (int i = 1; i <= 3; i++) {
            mme.addModel(doublerModel("src/m" + i + ".tar.gz", i), "m" + i + ".tar.gz");
        }
        assertThat(mme.listModels()).containsExactly("m1.tar.gz", "m2.tar.gz", "m3.tar.gz");
        Predictor<String> p = mme.deploy(d -> d.initialInstanceCount(1).instanceType("local")
                .serializer(new StringSerializer()).deserializer(new StringDeserializer()));

        assertThat(p.predict("10", o -> o.targetModel("m1.tar.gz"))).isEqualTo("[10.0]");
        assertThat(p.predict("10", o -> o.targetModel("m2.tar.gz"))).isEqualTo("[20.0]");
        assertThat(p.predict("10", o -> o.targetModel("m1.tar.gz"))).isEqualTo("[10.0]");
        assertThat(p.predict("10", o -> o.targetModel("m3.tar.gz"))).isEqualTo("[30.0]");

        LocalHosting hosting = hosting();
        // each handler model counts 1 MiB; the bound is 2 MiB: m2, least recently used, was evicted
        assertThat(hosting.loadedModels(p.endpointName()).get("AllTraffic")).containsExactly("m1.tar.gz",
                "m3.tar.gz");
        assertThatThrownBy(() -> p.predict("1", o -> o.targetModel("missing.tar.gz")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("TargetModel"));
        assertThatThrownBy(() -> p.predict("1")).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.field()).isEqualTo("TargetModel"));
        p.deleteEndpoint();
    }

    static LocalHosting hosting() {
        // HostingApi is served wrapped (the audit trail's hook); the fast path is the part itself
        return (LocalHosting) session.backend().directInvocation().orElseThrow();
    }

    @Test
    void dataCapture_writesSageMakersLayout() throws Exception {
        String destination = "s3://" + bucket + "/capture";
        Predictor<String> p = xgb().deploy(d -> d.initialInstanceCount(1).instanceType("local")
                .serializer(new StringSerializer("text/csv")).deserializer(new StringDeserializer(
                StandardCharsets.UTF_8, "text/csv")).endpointName("captured")
                .dataCaptureConfig(DataCaptureConfig.builder().samplingPercentage(100)
                        .destinationS3Uri(destination).build()));
        for (int i = 0; i < 5; i++) {
            String id = "id-" + i;
            p.predict("1,2,3," + i, o -> o.inferenceId(id));
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        List<ObjectSummary> files;
        do {
            Thread.sleep(20);
            files = session.objectStore().listAll(destination + "/").collect(Collectors.toList());
        } while (files.stream().mapToLong(f -> session.objectStore().getString(f.uri()).split("\n").length).sum() < 5
                && System.nanoTime() < deadline);

        assertThat(files).isNotEmpty().allMatch(f -> f.key().matches(
                "capture/captured/AllTraffic/\\d{4}/\\d{2}/\\d{2}/\\d{2}/\\d{2}-\\d{2}-\\d{3}-[0-9a-f-]+\\.jsonl"));
        List<JsonNode> lines = new ArrayList<>();
        for (ObjectSummary f : files) {
            for (String line : session.objectStore().getString(f.uri()).split("\n")) {
                lines.add(SdkJson.MAPPER.readTree(line));
            }
        }
        assertThat(lines).hasSize(5);
        JsonNode first = lines.stream().filter(l -> l.at("/eventMetadata/inferenceId").asText().equals("id-0"))
                .findFirst().orElseThrow();
        assertThat(first.at("/captureData/endpointInput/data").asText()).isEqualTo("1,2,3,0");
        assertThat(first.at("/captureData/endpointInput/encoding").asText()).isEqualTo("CSV");
        assertThat(first.at("/captureData/endpointInput/mode").asText()).isEqualTo("INPUT");
        assertThat(first.at("/captureData/endpointOutput/observedContentType").asText()).isEqualTo("text/csv");
        assertThat(first.at("/captureData/endpointOutput/data").asText()).isEqualTo(p.predict("1,2,3,0"));
        assertThat(first.at("/eventMetadata/eventId").asText()).hasSize(36);
        assertThat(first.get("eventVersion").asText()).isEqualTo("0");
        p.deleteEndpoint();
    }

    /** Instance count × workers per instance = the invocations served at once; more clients wait their turn. */
    @Test
    void instances_areReplicas_concurrentRequestsSpreadAcrossThem() throws Exception {
        String model = Model.builder().modelData(doublerModel("replicas/model.tar.gz", 1)).entryPoint(Doubler.class)
                .env(Map.of(LocalHosting.WORKERS, "1")).session(session).build().create();
        session.endpointFromProductionVariants("replicas", List.of(Session.productionVariant(v -> v.modelName(model)
                .instanceType("local").initialInstanceCount(3).variantName("AllTraffic").initialWeight(1))));
        Predictor<String> p = Predictor.builder("replicas", session).serializer(new StringSerializer())
                .deserializer(new StringDeserializer()).build();
        Doubler.MOST_SLOW_IN_FLIGHT.set(0);
        ExecutorService clients = Executors.newFixedThreadPool(6);
        List<Future<String>> results = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            results.add(clients.submit(() -> p.predict("slow")));
        }
        for (Future<String> f : results) {
            assertThat(f.get(30, TimeUnit.SECONDS)).isEqualTo("[0.0]");
        }
        clients.shutdown();

        // 3 instances of 1 worker: several at once, never more than 3
        assertThat(Doubler.MOST_SLOW_IN_FLIGHT.get()).isGreaterThan(1).isLessThanOrEqualTo(3);
        p.deleteEndpoint();
    }

    @Test
    void overload_answersThrottlingQuicklyInsteadOfQueueingWithoutBound() throws Exception {
        String model = Model.builder().modelData(doublerModel("slow/model.tar.gz", 1)).entryPoint(Doubler.class)
                .env(Map.of(LocalHosting.WORKERS, "1")).session(session).build().create();
        session.endpointFromProductionVariants("busy", List.of(Session.productionVariant(v -> v.modelName(model)
                .instanceType("local").initialInstanceCount(1).variantName("AllTraffic").initialWeight(1))));
        Predictor<String> p = Predictor.builder("busy", session).serializer(new StringSerializer())
                .deserializer(new StringDeserializer()).build();
        ExecutorService clients = Executors.newFixedThreadPool(12);
        List<Future<Long>> results = new ArrayList<>();
        AtomicInteger throttled = new AtomicInteger();
        for (int i = 0; i < 12; i++) {
            results.add(clients.submit(() -> {
                long start = System.nanoTime();
                try {
                    p.predict("slow");
                } catch (ThrottlingException e) {
                    throttled.incrementAndGet();
                    assertThat(e.statusCode()).isEqualTo(503);
                    assertThat(e.retryable()).isTrue();
                }
                return System.nanoTime() - start;
            }));
        }
        for (Future<Long> f : results) {
            f.get(30, TimeUnit.SECONDS);
        }
        clients.shutdown();
        // 1 worker, 4 waiting at most; 12 clients × 300 ms cannot all be served within the 1 s wait
        assertThat(throttled.get()).isGreaterThan(0);
        assertThat(p.predict("2")).isEqualTo("[2.0]");
    }

    @Test
    void endpoint_survivesTheSession_andIsServedByANewOne() throws Exception {
        Predictor<String> p = xgb().deploy(d -> d.initialInstanceCount(1).instanceType("local")
                .serializer(new StringSerializer("text/csv")).deserializer(new StringDeserializer(
                StandardCharsets.UTF_8, "text/csv")).endpointName("survivor"));
        String before = p.predict("0.1,0.2,0.3,0.4");

        try (Session reopened = Session.local(tmp.resolve("root"))) {
            Predictor<String> again = Predictor.builder("survivor", reopened)
                    .serializer(new StringSerializer("text/csv"))
                    .deserializer(new StringDeserializer(StandardCharsets.UTF_8, "text/csv")).build();
            assertThat(again.predict("0.1,0.2,0.3,0.4")).isEqualTo(before);
        }
        p.deleteEndpoint();
    }

    @Test
    void createEndpointConfig_unknownModel_andBadNames_areValidationErrors() {
        assertThatThrownBy(() -> session.endpointFromProductionVariants("orphan", List.of(
                Session.productionVariant(v -> v.modelName("no-such-model").instanceType("local")
                        .initialInstanceCount(1).variantName("AllTraffic").initialWeight(1))), e -> e.wait(false)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.value())
                        .isEqualTo("no-such-model"));
        assertThatThrownBy(() -> xgb().deploy(0, "local")).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.field()).isEqualTo("initialInstanceCount"));
        assertThatThrownBy(() -> xgb().deploy(1, "m5.large")).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.field()).isEqualTo("instanceType"));
        assertThatThrownBy(() -> Model.builder().imageUri(XGB_IMAGE).session(session).build())
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("modelData"));
    }

    static float[] flat(float[][] rows) {
        float[] f = new float[rows.length * rows[0].length];
        for (int i = 0; i < rows.length; i++) {
            System.arraycopy(rows[i], 0, f, i * rows[0].length, rows[0].length);
        }
        return f;
    }

    private String answer(String endpoint, String csv, String accept) {
        InvokeEndpointResponse r = session.runtimeApi().invokeEndpoint(InvokeEndpointRequest.builder()
                .endpointName(endpoint).contentType("text/csv").accept(accept)
                .body(software.amazon.awssdk.core.SdkBytes.fromUtf8String(csv)).build());
        assertThat(r.contentType()).isEqualTo(accept);
        return r.body().asUtf8String();
    }
}
