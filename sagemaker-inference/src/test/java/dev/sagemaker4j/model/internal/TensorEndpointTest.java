/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.model.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sagemaker4j.Session;
import dev.sagemaker4j.deserializers.NumpyDeserializer;
import dev.sagemaker4j.deserializers.StringDeserializer;
import dev.sagemaker4j.exceptions.ModelErrorException;
import dev.sagemaker4j.local.SdkJson;
import dev.sagemaker4j.model.Model;
import dev.sagemaker4j.npy.Npy;
import dev.sagemaker4j.npy.NpyArray;
import dev.sagemaker4j.predictor.Predictor;
import dev.sagemaker4j.serializers.NumpySerializer;
import dev.sagemaker4j.serializers.StringSerializer;
import dev.sagemaker4j.spi.HostingApi;
import dev.sagemaker4j.testsupport.hosting.TestModels;
import dev.sagemaker4j.transformer.Transformer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.sagemaker.model.DescribeEndpointConfigRequest;

/**
 * Models exported by PyTorch whose input is not a table (a CNN's {@code [N, 1, 8, 8]}) take tensors of their
 * rank in every request format and answer what PyTorch computed. Fixtures and the script that made them:
 * {@code src/test/resources/onnx-tensors/}.
 */
class TensorEndpointTest {
    private static final String IMAGE = "my-registry/onnx-serving:1";
    @TempDir
    static Path tmp;
    static Session session;
    static NpyArray inputs;
    static NpyArray cnnExpected;
    static NpyArray featuremapExpected;
    static Predictor<String> cnn;
    static Predictor<String> featuremap;

    @BeforeAll
    static void setUp() throws Exception {
        session = Session.builder().backend("local").root(tmp.resolve("root")).build();
        inputs = Npy.fromBytes(resource("inputs.npy"));
        cnnExpected = Npy.fromBytes(resource("cnn.expected.npy"));
        featuremapExpected = Npy.fromBytes(resource("featuremap.expected.npy"));
        cnn = deploy("cnn");
        featuremap = deploy("featuremap");
    }

    @AfterAll
    static void tearDown() {
        session.close();
    }

    static Predictor<String> deploy(String name) throws IOException {
        String uri = TestModels.upload(session, "s3://" + session.defaultBucket() + "/tensors/" + name + ".tar.gz",
                Map.of(name + ".onnx", resource(name + ".onnx")));
        return Model.builder().imageUri(IMAGE).modelData(uri).session(session).build()
                .deploy(d -> d.initialInstanceCount(1).instanceType("local")
                .serializer(new StringSerializer("application/json"))
                .deserializer(new StringDeserializer(StandardCharsets.UTF_8,
                        "application/json")));
    }

    @Test
    void predict_npyOfRank4_answersWhatPyTorchComputed_onTheWireAndTheTypedPath() {
        Predictor<NpyArray> typed = Predictor.builder(cnn.endpointName(), session).serializer(new NumpySerializer())
                .deserializer(new NumpyDeserializer()).build();

        NpyArray direct = typed.predict(inputs);
        NpyArray wire = typed.predict(inputs, o -> o.initialArgs(Map.of("Accept", "application/x-npy")));

        assertThat(direct).isEqualTo(wire);
        assertThat(direct.shape()).containsExactly(5, 3);
        assertClose(direct.toFloatArray(), cnnExpected.toFloatArray());
    }

    @Test
    void predict_jsonNestedArraysOfRank4_andASingleRecordOfRank3_answerPyTorchsLogits() throws Exception {
        String batch = SdkJson.MAPPER.writeValueAsString(Map.of("instances", nested(inputs, 0, 5)));

        JsonNode out = SdkJson.MAPPER.readTree(cnn.predict(batch)).get("predictions");
        JsonNode one = SdkJson.MAPPER.readTree(cnn.predict(SdkJson.MAPPER.writeValueAsString(nested(inputs, 2, 3)
                .get(0)))).get("predictions");

        assertThat(out).hasSize(5);
        assertClose(floats(out), cnnExpected.toFloatArray());
        assertClose(floats(one), Arrays.copyOfRange(cnnExpected.toFloatArray(), 6, 9));
    }

    @Test
    void predict_flattenedCsvRows_takeTheRecordShape() {
        StringBuilder csv = new StringBuilder();
        float[] flat = inputs.toFloatArray();
        for (int r = 0; r < 5; r++) {
            for (int j = 0; j < 64; j++) {
                csv.append(j > 0 ? "," : "").append(flat[r * 64 + j]);
            }
            csv.append('\n');
        }

        String out = cnn.predict(csv.toString(), o -> o.initialArgs(Map.of("ContentType", "text/csv", "Accept",
                "text/csv")));

        float[] got = floats(out.replace('\n', ','));
        assertClose(got, cnnExpected.toFloatArray());
    }

    @Test
    void predict_outputOfRank4_comesBackNestedInJson_andWithItsShapeInNpy() throws Exception {
        JsonNode out = SdkJson.MAPPER.readTree(featuremap.predict(SdkJson.MAPPER.writeValueAsString(
                nested(inputs, 0, 5)))).get("predictions");
        NpyArray npy = Predictor.builder(featuremap.endpointName(), session).serializer(new NumpySerializer())
                .deserializer(new NumpyDeserializer()).build().predict(inputs);

        assertThat(out).hasSize(5);
        assertThat(out.get(0)).hasSize(2);
        assertThat(out.get(0).get(1)).hasSize(8);
        assertThat(out.get(0).get(1).get(7)).hasSize(8);
        assertClose(floats(out), featuremapExpected.toFloatArray());
        assertThat(npy.shape()).containsExactly(5, 2, 8, 8);
        assertClose(npy.toFloatArray(), featuremapExpected.toFloatArray());
    }

    @Test
    void predict_wrongShape_is400NamingBothShapes_withoutEchoingTheData() throws Exception {
        String wrong = SdkJson.MAPPER.writeValueAsString(List.of(List.of(List.of(1.5, 2.5), List.of(3.5, 4.5))));

        assertThatThrownBy(() -> cnn.predict(wrong)).isInstanceOfSatisfying(ModelErrorException.class, e -> {
            assertThat(e.originalStatusCode()).isEqualTo(400);
            assertThat(e.originalMessage()).contains("[-1, 1, 8, 8]").contains("[1, 2, 2]")
                    .doesNotContain("1.5").doesNotContain("4.5");
        });
        String ragged = "[[[1,2],[3]]]";
        assertThatThrownBy(() -> cnn.predict(ragged)).isInstanceOfSatisfying(ModelErrorException.class,
                e -> assertThat(e.originalMessage()).contains("not a rectangular array").contains("[0][1]"));
    }

    @Test
    void transform_jsonLinesOfTensors_writesOneRecordALine() throws Exception {
        StringBuilder lines = new StringBuilder();
        for (int r = 0; r < 5; r++) {
            lines.append(SdkJson.MAPPER.writeValueAsString(nested(inputs, r, r + 1).get(0))).append('\n');
        }
        String bucket = session.defaultBucket();
        session.uploadString(lines.toString(), "s3://" + bucket + "/tensors/in/images.jsonl");
        String modelName = session.api(HostingApi.CAPABILITY)
                .describeEndpointConfig(DescribeEndpointConfigRequest.builder()
                .endpointConfigName(cnn.describeEndpoint().endpointConfigName()).build())
                .productionVariants().get(0).modelName();
        Transformer t = Transformer.builder().modelName(modelName).instanceType("local").strategy("MultiRecord")
                .assembleWith("Line").accept("application/jsonlines")
                .outputPath("s3://" + bucket + "/tensors/out").session(session).build();

        t.transform("s3://" + bucket + "/tensors/in/", o -> o.contentType("application/jsonlines").splitType("Line"));

        String[] out = session.readS3File(bucket, "tensors/out/images.jsonl.out").split("\n");
        assertThat(out).hasSize(5);
        float[] got = new float[15];
        for (int r = 0; r < 5; r++) {
            float[] row = floats(out[r]);
            assertThat(row).hasSize(3);
            System.arraycopy(row, 0, got, r * 3, 3);
        }
        assertClose(got, cnnExpected.toFloatArray());
    }

    /** Records from..to of a [N, 1, 8, 8] array as nested lists. */
    static List<Object> nested(NpyArray a, int from, int to) {
        float[] flat = a.toFloatArray();
        Object[] records = new Object[to - from];
        for (int r = from; r < to; r++) {
            Object[] channel = new Object[8];
            for (int i = 0; i < 8; i++) {
                channel[i] = Arrays.copyOfRange(flat, r * 64 + i * 8, r * 64 + i * 8 + 8);
            }
            records[r - from] = List.of((Object) List.of(channel));
        }
        return List.of(records);
    }

    static float[] floats(JsonNode node) {
        return floats(node.toString());
    }

    static float[] floats(String text) {
        String[] cells = text.replace("\"predictions\":", "").replaceAll("[\\[\\]{}]", " ").trim()
                .split("[\\s,]+");
        float[] out = new float[cells.length];
        for (int i = 0; i < cells.length; i++) {
            out[i] = Float.parseFloat(cells[i]);
        }
        return out;
    }

    static void assertClose(float[] got, float[] expected) {
        assertThat(got).hasSameSizeAs(expected);
        for (int i = 0; i < got.length; i++) {
            assertThat((double) Math.abs(got[i] - expected[i])).as("value %d", i)
                    .isLessThanOrEqualTo(1e-5 * Math.max(1, Math.abs(expected[i])));
        }
    }

    static byte[] resource(String name) throws IOException {
        try (InputStream in = TensorEndpointTest.class.getResourceAsStream("/onnx-tensors/" + name)) {
            if (in == null) {
                throw new IOException("missing test resource /onnx-tensors/" + name);
            }
            return in.readAllBytes();
        }
    }
}
