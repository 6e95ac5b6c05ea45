/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.djl.serving;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sagemaker4j.Session;
import dev.sagemaker4j.deserializers.NumpyDeserializer;
import dev.sagemaker4j.deserializers.StringDeserializer;
import dev.sagemaker4j.exceptions.ModelErrorException;
import dev.sagemaker4j.local.SdkJson;
import dev.sagemaker4j.local.Tarballs;
import dev.sagemaker4j.model.Model;
import dev.sagemaker4j.npy.Npy;
import dev.sagemaker4j.npy.NpyArray;
import dev.sagemaker4j.predictor.Predictor;
import dev.sagemaker4j.serializers.NumpySerializer;
import dev.sagemaker4j.serializers.StringSerializer;
import dev.sagemaker4j.serving.EndpointServer;
import dev.sagemaker4j.transformer.Transformer;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * TorchScript models and DJL model folders served by DJL through the public API answer what PyTorch computed
 * (fixtures and the script that made them: {@code src/test/resources/djl-serving/make_fixtures.py}).
 */
class DjlServingTest {
    private static final String IMAGE = "763104351884.dkr.ecr.us-east-1.amazonaws.com/pytorch-inference:2.5-cpu-py311";
    private static final float TOLERANCE = 1e-5f;

    @TempDir
    static Path tmp;
    static Session session;
    static Predictor<NpyArray> mlp;
    static Predictor<NpyArray> cnn;

    @BeforeAll
    static void setUp() throws IOException {
        session = Session.builder().backend("local").root(tmp.resolve("root")).build();
        mlp = deploy(upload("mlp", Map.of("model.pt", resource("mlp.pt"))), Map.of());
        cnn = deploy(upload("cnn", Map.of("model.pt", resource("cnn.pt"),
                "code/inference.py", "# the PyTorch container's handler; not run here\n".getBytes(
                        StandardCharsets.UTF_8))), Map.of());
    }

    @AfterAll
    static void tearDown() {
        session.close();
    }

    @Test
    void predict_npyOfRank4_answersWhatPyTorchComputed_onTheTypedPathAndTheWire() throws IOException {
        NpyArray inputs = npy("cnn.inputs.npy");

        NpyArray direct = cnn.predict(inputs);
        NpyArray wire = cnn.predict(inputs, o -> o.initialArgs(Map.of("Accept", "application/x-npy")));

        assertThat(direct.shape()).containsExactly(5, 3);
        assertClose(direct.toFloatArray(), npy("cnn.expected.npy").toFloatArray());
        assertThat(wire.shape()).containsExactly(5, 3);
        assertClose(wire.toFloatArray(), npy("cnn.expected.npy").toFloatArray());
    }

    @Test
    void predict_batchSizesThatChange_eachAnswerHasItsOwnShapeAndValues() throws IOException {
        // the runtime remembers the output shape of the last input shape: a new batch size must not reuse it
        float[] all = npy("cnn.inputs.npy").toFloatArray();
        float[] expected = npy("cnn.expected.npy").toFloatArray();
        for (int n : new int[] {5, 1, 5, 2, 2, 1}) {
            NpyArray batch = NpyArray.of(Arrays.copyOf(all, n * 64)).reshape(n, 1, 8, 8);

            NpyArray answer = cnn.predict(batch);

            assertThat(answer.shape()).as("batch of %d", n).containsExactly(n, 3);
            assertClose(answer.toFloatArray(), Arrays.copyOf(expected, n * 3));
        }
    }

    @Test
    void predict_rows_andJsonNestedArrays_answerTheMlpsOutputs() throws IOException {
        NpyArray inputs = npy("mlp.inputs.npy");
        float[] expected = npy("mlp.expected.npy").toFloatArray();
        Predictor<String> json = text(mlp, "application/json");

        NpyArray typed = mlp.predict(inputs);
        JsonNode answer = SdkJson.MAPPER.readTree(json.predict(SdkJson.MAPPER.writeValueAsString(
                nested(inputs.toFloatArray(), 5, 4))));

        assertClose(typed.toFloatArray(), expected);
        assertThat(answer.isArray()).isTrue();
        assertThat(answer).hasSize(5);
        assertThat(answer.get(0)).hasSize(3);
        assertClose(floats(answer), expected);
    }

    @Test
    void predict_jsonOfRank4_withCsvAnswer_andASingleRecord_afterABatch() throws IOException {
        NpyArray inputs = npy("cnn.inputs.npy");
        float[] expected = npy("cnn.expected.npy").toFloatArray();
        Predictor<String> json = text(cnn, "application/json");
        String batch = SdkJson.MAPPER.writeValueAsString(Map.of("instances", nested4(inputs.toFloatArray(), 0, 5)));

        String csv = json.predict(batch, o -> o.initialArgs(Map.of("Accept", "text/csv")));
        JsonNode one = SdkJson.MAPPER.readTree(json.predict(SdkJson.MAPPER.writeValueAsString(
                nested4(inputs.toFloatArray(), 1, 2).get(0))));

        String[] lines = csv.trim().split("\n");
        assertThat(lines).hasSize(5);
        assertClose(floats(String.join(",", lines)), expected);
        assertThat(one).hasSize(1);
        assertClose(floats(one), Arrays.copyOfRange(expected, 3, 6));
    }

    @Test
    void invoke_overTheHttpEndpoint_answersNpyAndCsv() throws Exception {
        byte[] body = resource("cnn.inputs.npy");
        try (EndpointServer server = EndpointServer.builder().session(session).start()) {
            HttpClient http = HttpClient.newHttpClient();
            HttpResponse<byte[]> npyAnswer = http.send(HttpRequest.newBuilder(URI.create(server.url()
                    + "/endpoints/" + cnn.endpointName() + "/invocations")).header("Content-Type", "application/x-npy")
                    .header("Accept", "application/x-npy").POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            HttpResponse<String> csvAnswer = http.send(HttpRequest.newBuilder(URI.create(server.url()
                    + "/endpoints/" + cnn.endpointName() + "/invocations")).header("Content-Type", "application/x-npy")
                    .header("Accept", "text/csv").POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(npyAnswer.statusCode()).isEqualTo(200);
            NpyArray out = Npy.fromBytes(npyAnswer.body());
            assertThat(out.shape()).containsExactly(5, 3);
            assertClose(out.toFloatArray(), npy("cnn.expected.npy").toFloatArray());
            assertThat(csvAnswer.statusCode()).isEqualTo(200);
            assertThat(csvAnswer.headers().firstValue("Content-Type")).hasValue("text/csv");
            assertClose(floats(csvAnswer.body().trim().replace('\n', ',')), npy("cnn.expected.npy").toFloatArray());
        }
    }

    @Test
    void predict_concurrently_everyAnswerIsRight() throws Exception {
        NpyArray inputs = npy("cnn.inputs.npy");
        float[] expected = npy("cnn.expected.npy").toFloatArray();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<NpyArray>> answers = new ArrayList<>();
            for (int i = 0; i < 32; i++) {
                answers.add(pool.submit(() -> cnn.predict(inputs)));
            }
            for (Future<NpyArray> answer : answers) {
                assertClose(answer.get().toFloatArray(), expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void transform_npyFile_andJsonLines_writeWhatPyTorchComputed() throws Exception {
        String bucket = session.defaultBucket();
        NpyArray inputs = npy("cnn.inputs.npy");
        float[] expected = npy("cnn.expected.npy").toFloatArray();
        session.objectStore().put("s3://" + bucket + "/djl/npy-in/images.npy", write("images.npy",
                resource("cnn.inputs.npy")));
        StringBuilder lines = new StringBuilder();
        for (int r = 0; r < 5; r++) {
            lines.append(SdkJson.MAPPER.writeValueAsString(nested4(inputs.toFloatArray(), r, r + 1).get(0)))
                    .append('\n');
        }
        session.uploadString(lines.toString(), "s3://" + bucket + "/djl/jsonl-in/images.jsonl");
        String modelName = cnn.describeEndpoint().endpointConfigName();
        String model = session.api(dev.sagemaker4j.spi.HostingApi.CAPABILITY).describeEndpointConfig(
                software.amazon.awssdk.services.sagemaker.model.DescribeEndpointConfigRequest.builder()
                        .endpointConfigName(modelName).build()).productionVariants().get(0).modelName();

        Transformer.builder().modelName(model).instanceType("local").accept("application/x-npy")
                .outputPath("s3://" + bucket + "/djl/npy-out").session(session).build()
                .transform("s3://" + bucket + "/djl/npy-in/", o -> o.contentType("application/x-npy"));
        Transformer.builder().modelName(model).instanceType("local").strategy("MultiRecord").assembleWith("Line")
                .accept("application/jsonlines").outputPath("s3://" + bucket + "/djl/jsonl-out").session(session)
                .build().transform("s3://" + bucket + "/djl/jsonl-in/", o -> o.contentType("application/jsonlines")
                        .splitType("Line"));

        NpyArray npyOut;
        try (InputStream in = session.objectStore().get("s3://" + bucket + "/djl/npy-out/images.npy.out")) {
            npyOut = Npy.fromBytes(in.readAllBytes());
        }
        assertThat(npyOut.shape()).containsExactly(5, 3);
        assertClose(npyOut.toFloatArray(), expected);
        String[] out = session.readS3File(bucket, "djl/jsonl-out/images.jsonl.out").trim().split("\n");
        assertThat(out).hasSize(5);
        assertClose(floats(String.join(",", out)), expected);
    }

    @Test
    void predict_wrongShape_is400NamingBothShapes_andTheEndpointKeepsServing() throws IOException {
        NpyArray inputs = npy("mlp.inputs.npy");
        mlp.predict(inputs);
        NpyArray wrong = NpyArray.of(new float[][] {{1, 2, 3, 4, 5}, {6, 7, 8, 9, 10}});

        assertThatThrownBy(() -> mlp.predict(wrong)).isInstanceOfSatisfying(ModelErrorException.class, e -> {
            assertThat(e.originalStatusCode()).isEqualTo(400);
            assertThat(e.originalMessage()).contains("[2, 5]").contains("[-1, 4]").contains("model.pt");
        });
        NpyArray rank3 = NpyArray.of(new float[2 * 3 * 3]).reshape(2, 3, 3);
        cnn.predict(npy("cnn.inputs.npy"));
        assertThatThrownBy(() -> cnn.predict(rank3, o -> o.initialArgs(Map.of("Accept", "application/x-npy"))))
                .isInstanceOfSatisfying(ModelErrorException.class, e -> {
                    assertThat(e.originalStatusCode()).isEqualTo(400);
                    assertThat(e.originalMessage()).contains("[2, 3, 3]").contains("[-1, 1, 8, 8]");
                });

        assertClose(mlp.predict(inputs).toFloatArray(), npy("mlp.expected.npy").toFloatArray());
        assertClose(cnn.predict(npy("cnn.inputs.npy")).toFloatArray(), npy("cnn.expected.npy").toFloatArray());
    }

    @Test
    void invoke_imageBytesWithoutATranslator_is415NamingTheFix() {
        Predictor<String> images = Predictor.builder(cnn.endpointName(), session)
                .serializer(new dev.sagemaker4j.serializers.IdentitySerializer("image/png"))
                .deserializer(new StringDeserializer(StandardCharsets.UTF_8, "application/json")).build();

        assertThatThrownBy(() -> images.predict(new byte[] {1, 2, 3}))
                .isInstanceOfSatisfying(ModelErrorException.class, e -> {
                    assertThat(e.originalStatusCode()).isEqualTo(415);
                    assertThat(e.originalMessage()).contains("translatorFactory");
                });
    }

    @Test
    void deploy_djlFolderWithAnImageTranslator_classifiesPngBytesAsPyTorchDoes() throws Exception {
        String properties = "engine=PyTorch\noption.modelName=cnn\n"
                + "translatorFactory=ai.djl.modality.cv.translator.ImageClassificationTranslatorFactory\n"
                + "flag=GRAYSCALE\napplySoftmax=true\nsynset=zero,one,two\ntopK=3\n";
        Predictor<String> images = Predictor.builder(deploy(upload("image", Map.of("serving.properties",
                properties.getBytes(StandardCharsets.UTF_8), "cnn.pt", resource("cnn.pt"))), Map.of())
                .endpointName(), session)
                .serializer(new dev.sagemaker4j.serializers.IdentitySerializer("image/png"))
                .deserializer(new StringDeserializer(StandardCharsets.UTF_8, "application/json")).build();

        JsonNode classes = SdkJson.MAPPER.readTree(images.predict(png()));

        float[] expected = npy("image.expected.npy").toFloatArray();
        Map<String, Float> got = new LinkedHashMap<>();
        classes.forEach(c -> got.put(c.get("className").asText(), c.get("probability").floatValue()));
        assertThat(got).containsOnlyKeys("zero", "one", "two");
        assertThat(got.get("zero")).isCloseTo(expected[0], within(TOLERANCE));
        assertThat(got.get("one")).isCloseTo(expected[1], within(TOLERANCE));
        assertThat(got.get("two")).isCloseTo(expected[2], within(TOLERANCE));
    }

    @Test
    void deploy_translatorNamedInTheEnvironment_answersThroughIt() throws Exception {
        Predictor<String> argmax = Predictor.builder(deploy(upload("argmax", Map.of("model.pt",
                resource("mlp.pt"))), Map.of("SERVING_TRANSLATOR", ArgmaxTranslator.class.getName())).endpointName(),
                session).serializer(new StringSerializer("text/plain"))
                .deserializer(new StringDeserializer(StandardCharsets.UTF_8, "application/json")).build();
        float[] x = npy("mlp.inputs.npy").toFloatArray();
        float[] y = npy("mlp.expected.npy").toFloatArray();
        StringBuilder body = new StringBuilder();
        for (int j = 0; j < 4; j++) {
            body.append(j > 0 ? "," : "").append(x[8 + j]);
        }
        int best = 0;
        for (int k = 1; k < 3; k++) {
            best = y[6 + k] > y[6 + best] ? k : best;
        }

        assertThat(argmax.predict(body.toString())).isEqualTo("{\"label\":" + best + "}");
    }

    @Test
    void deploy_djlModelFolderWithABlockFactory_answersAsTheBlockDoesInProcess() throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("block-folder"));
        NpyArray inputs = npy("mlp.inputs.npy");
        float[] expected;
        try (ai.djl.Model model = ai.djl.Model.newInstance("linear", "PyTorch")) {
            model.setBlock(LinearBlockFactory.block());
            model.getBlock().initialize(model.getNDManager(), ai.djl.ndarray.types.DataType.FLOAT32,
                    new ai.djl.ndarray.types.Shape(1, 4));
            try (ai.djl.inference.Predictor<ai.djl.ndarray.NDList, ai.djl.ndarray.NDList> raw =
                         model.newPredictor(new ai.djl.translate.NoopTranslator());
                 ai.djl.ndarray.NDManager m = model.getNDManager().newSubManager()) {
                expected = raw.predict(new ai.djl.ndarray.NDList(m.create(inputs.toFloatArray(),
                        new ai.djl.ndarray.types.Shape(5, 4)))).get(0).toFloatArray();
            }
            model.save(folder, "linear");
        }
        Files.writeString(folder.resolve("serving.properties"), "engine=PyTorch\noption.modelName=linear\n"
                + "blockFactory=" + LinearBlockFactory.class.getName() + "\n");
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (java.util.stream.Stream<Path> list = Files.list(folder)) {
            for (Path p : (Iterable<Path>) list::iterator) {
                files.put(p.getFileName().toString(), Files.readAllBytes(p));
            }
        }

        NpyArray out = deploy(upload("block", files), Map.of()).predict(inputs);

        assertThat(files).containsKey("linear-0000.params");
        assertThat(out.shape()).containsExactly(5, 3);
        assertClose(out.toFloatArray(), expected);
    }

    @Test
    void deploy_modelDjlCannotLoad_failsNamingTheFileAndTheFix() throws IOException {
        String broken = upload("broken", Map.of("serving.properties", "engine=PyTorch\n".getBytes(
                StandardCharsets.UTF_8), "model.pt", "not a torchscript archive".getBytes(StandardCharsets.UTF_8)));
        String mxnet = upload("mxnet", Map.of("serving.properties", "engine=MXNet\n".getBytes(
                StandardCharsets.UTF_8), "model-0000.params", new byte[16]));

        assertThatThrownBy(() -> deploy(broken, Map.of())).hasMessageContaining("model.pt")
                .hasMessageContaining("torch.jit.save");
        assertThatThrownBy(() -> deploy(mxnet, Map.of())).hasMessageContaining("MXNet")
                .hasMessageContaining("engine=PyTorch");
        assertClose(mlp.predict(npy("mlp.inputs.npy")).toFloatArray(), npy("mlp.expected.npy").toFloatArray());
    }

    // ---- helpers ----

    static Predictor<NpyArray> deploy(String modelData, Map<String, String> environment) {
        return Model.builder().imageUri(IMAGE).modelData(modelData).env(environment).session(session).build()
                .deploy(d -> d.initialInstanceCount(1).instanceType("local").serializer(new NumpySerializer())
                        .deserializer(new NumpyDeserializer()));
    }

    static Predictor<String> text(Predictor<?> p, String contentType) {
        return Predictor.builder(p.endpointName(), session).serializer(new StringSerializer(contentType))
                .deserializer(new StringDeserializer(StandardCharsets.UTF_8, "application/json")).build();
    }

    static String upload(String name, Map<String, byte[]> files) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("models").resolve(name));
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            Path target = dir.resolve(f.getKey());
            Files.createDirectories(target.getParent());
            Files.write(target, f.getValue());
        }
        Path tar = tmp.resolve(name + ".tar.gz");
        Tarballs.pack(dir, tar);
        String uri = "s3://" + session.defaultBucket() + "/djl/models/" + name + "/model.tar.gz";
        session.objectStore().put(uri, tar);
        return uri;
    }

    static Path write(String name, byte[] bytes) throws IOException {
        return Files.write(tmp.resolve(name), bytes);
    }

    static byte[] resource(String name) throws IOException {
        try (InputStream in = DjlServingTest.class.getResourceAsStream("/djl-serving/" + name)) {
            if (in == null) {
                throw new IOException("missing test resource " + name);
            }
            return in.readAllBytes();
        }
    }

    static NpyArray npy(String name) throws IOException {
        return Npy.fromBytes(resource(name));
    }

    /** The 8x8 image of make_fixtures.py: pixel (r, c) is (r * 37 + c * 11) % 256 in every channel. */
    static byte[] png() throws IOException {
        BufferedImage image = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
        for (int r = 0; r < 8; r++) {
            for (int c = 0; c < 8; c++) {
                int v = (r * 37 + c * 11) % 256;
                image.setRGB(c, r, (v << 16) | (v << 8) | v);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    static List<Object> nested(float[] flat, int rows, int cols) {
        List<Object> out = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            out.add(Arrays.copyOfRange(flat, r * cols, r * cols + cols));
        }
        return out;
    }

    /** Records from..to of a [N, 1, 8, 8] array as nested lists. */
    static List<Object> nested4(float[] flat, int from, int to) {
        List<Object> records = new ArrayList<>();
        for (int r = from; r < to; r++) {
            Object[] rows = new Object[8];
            for (int i = 0; i < 8; i++) {
                rows[i] = Arrays.copyOfRange(flat, r * 64 + i * 8, r * 64 + i * 8 + 8);
            }
            records.add(List.of((Object) List.of(rows)));
        }
        return records;
    }

    static float[] floats(JsonNode node) {
        return floats(node.toString());
    }

    static float[] floats(String text) {
        String[] cells = text.replaceAll("[\\[\\]{}]", " ").trim().split("[,\\s]+");
        float[] out = new float[cells.length];
        for (int i = 0; i < cells.length; i++) {
            out[i] = Float.parseFloat(cells[i]);
        }
        return out;
    }

    static void assertClose(float[] got, float[] expected) {
        assertThat(got).hasSameSizeAs(expected);
        for (int i = 0; i < expected.length; i++) {
            assertThat(got[i]).as("value %d", i).isCloseTo(expected[i], within(TOLERANCE));
        }
    }
}
