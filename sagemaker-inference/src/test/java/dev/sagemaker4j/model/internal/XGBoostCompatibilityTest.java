/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.model.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sagemaker4j.Session;
import dev.sagemaker4j.deserializers.CSVDeserializer;
import dev.sagemaker4j.model.Model;
import dev.sagemaker4j.model.formats.XGBoostModelFormat;
import dev.sagemaker4j.model.runtime.Rows;
import dev.sagemaker4j.predictor.Predictor;
import dev.sagemaker4j.serializers.StringSerializer;
import dev.sagemaker4j.testsupport.hosting.TestModels;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Models written by Python xgboost 1.7.4 (what SageMaker's XGBoost 1.7-1 container runs) load here and
 * predict what Python predicted; models written here load in 1.7 (see the estimators' fixtures). The fixtures
 * and the script that made them are in {@code src/test/resources/xgboost-compat/}.
 */
class XGBoostCompatibilityTest {
    private static final String FIXTURES = "/xgboost-compat/";
    @TempDir
    Path tmp;

    @ParameterizedTest(name = "{0}.{1}")
    @CsvSource({"binary_logistic,bin", "binary_logistic,json", "binary_logistic,ubj",
        "multi_softprob,bin", "multi_softprob,json", "multi_softprob,ubj",
        "reg_squarederror,bin", "reg_squarederror,json", "reg_squarederror,ubj",
        "dart_regression,bin", "dart_regression,json", "dart_regression,ubj"})
    void load_modelWrittenByPythonXgboost17_predictsWhatPythonPredicted(String model, String format)
            throws Exception {
        XGBoostRuntime runtime = XGBoostRuntime.load(modelDir(resource(model + "." + format)));

        assertPredictsLikePython(runtime.predictRows(data()), model);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"binary_logistic", "multi_softprob", "reg_squarederror", "dart_regression"})
    void legacyBinary_writtenFromJson_readsBackToTheSameModel(String model) throws Exception {
        byte[] binary = XGBoostModelFormat.jsonToLegacyBinary(resource(model + ".json"), "xgboost-model");

        assertThat(XGBoostModelFormat.detect(binary)).isEqualTo(XGBoostModelFormat.Format.LEGACY_BINARY);
        assertPredictsLikePython(XGBoostRuntime.load(modelDir(binary)).predictRows(data()), model);
    }

    @Test
    void legacyBinary_writtenFromJson_isByteForByteWhatXgboost17Wrote_exceptTheOutputGroup() throws Exception {
        byte[] python = resource("binary_logistic.bin");
        byte[] ours = XGBoostModelFormat.jsonToLegacyBinary(resource("binary_logistic.json"), "xgboost-model");

        // same header, trees and attributes; xgboost 1.7 leaves the deprecated num_feature and
        // num_output_group of the tree header at 0, which 0.90 needs set (offsets 4+136+8+16+8 and +24)
        assertThat(ours.length).isEqualTo(python.length);
        int gbtree = 4 + 136 + (8 + "binary:logistic".length()) + (8 + "gbtree".length());
        byte[] a = ours.clone();
        Arrays.fill(a, gbtree + 8, gbtree + 12, (byte) 0);
        Arrays.fill(a, gbtree + 24, gbtree + 28, (byte) 0);
        assertThat(Arrays.mismatch(a, python)).isEqualTo(-1);
    }

    @Test
    void load_pickledBooster_failsNamingTheFormatAndHowToResave() throws Exception {
        assertThatThrownBy(() -> XGBoostRuntime.load(modelDir(resource("pickled_booster.pkl"))))
                .isInstanceOf(IOException.class).hasMessageContaining("Python pickle")
                .hasMessageContaining("save_model");
    }

    @Test
    void load_truncatedLegacyBinary_failsSayingTruncated_withoutNativeError() throws Exception {
        byte[] whole = resource("multi_softprob.bin");
        for (int cut : new int[] {3, 100, 300, 5000, whole.length - 1}) {
            byte[] part = Arrays.copyOf(whole, cut);
            assertThatThrownBy(() -> XGBoostRuntime.load(modelDir(part))).as("cut at %d", cut)
                    .isInstanceOf(IOException.class).hasMessageContaining("xgboost-model")
                    .hasMessageMatching("(?s).*(truncated|too few).*");
        }
    }

    @Test
    void load_legacyBinaryWithAHostileTreeCount_failsWithoutAllocatingIt() throws Exception {
        byte[] bytes = resource("binary_logistic.bin");
        int gbtree = 4 + 136 + (8 + "binary:logistic".length()) + (8 + "gbtree".length());
        bytes[gbtree] = (byte) 0xff;
        bytes[gbtree + 1] = (byte) 0xff;
        bytes[gbtree + 2] = (byte) 0xff;
        bytes[gbtree + 3] = (byte) 0x7f;

        assertThatThrownBy(() -> XGBoostRuntime.load(modelDir(bytes))).isInstanceOf(IOException.class)
                .hasMessageContaining("declares 2147483647 trees");
    }

    @Test
    void deploy_modelTrainedBySageMakersContainer_isInServiceAndPredictsWithMissingValues() throws Exception {
        try (Session session = Session.builder().backend("local").root(tmp.resolve("root")).build()) {
            String uri = TestModels.upload(session, "s3://" + session.defaultBucket() + "/sm/model.tar.gz",
                    Map.of("xgboost-model", resource("reg_squarederror.bin")));
            Predictor<List<List<String>>> predictor = Model.builder()
                    .imageUri("683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-xgboost:1.7-1")
                    .modelData(uri).session(session).build()
                    .deploy(d -> d.initialInstanceCount(1).instanceType("local")
                            .serializer(new StringSerializer("text/csv")).deserializer(new CSVDeserializer()));

            List<List<String>> out = predictor.predict(new String(resource("data.csv"), StandardCharsets.UTF_8));

            float[][] predicted = new float[out.size()][1];
            for (int i = 0; i < out.size(); i++) {
                predicted[i][0] = Float.parseFloat(out.get(i).get(0));
            }
            assertPredictsLikePython(predicted, "reg_squarederror");
            predictor.deleteEndpoint();
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"binary_logistic", "multi_softprob", "reg_squarederror"})
    void invoke_csvInAnOversizedBufferAndArray_answersWhatTheExactRowsPredict(String model) throws Exception {
        XGBoostRuntime runtime = XGBoostRuntime.load(modelDir(resource(model + ".json")));
        float[][] rows = data();
        int features = rows[0].length;
        // leading zeros make the first line long, so the parsed array is sized for more rows than there are, and
        // the body sits in a larger buffer: inplace_predict must read the rows it is told, not the array's length
        StringBuilder plain = new StringBuilder();
        StringBuilder padded = new StringBuilder();
        for (int i = 0; i < rows.length; i++) {
            for (int j = 0; j < features; j++) {
                String cell = Float.isNaN(rows[i][j]) ? "" : Float.toString(rows[i][j]);
                plain.append(j > 0 ? "," : "").append(cell);
                padded.append(j > 0 ? "," : "").append(i > 0 || cell.isEmpty() ? cell : cell.startsWith("-")
                        ? "-0000000000" + cell.substring(1) : "0000000000" + cell);
            }
            plain.append('\n');
            padded.append('\n');
        }
        float[] exact = Rows.csvFlat(plain.toString().getBytes(StandardCharsets.UTF_8), features);
        float[][] parsed = new float[exact.length / features][];
        for (int r = 0; r < parsed.length; r++) {
            parsed[r] = Arrays.copyOfRange(exact, r * features, (r + 1) * features);
        }
        byte[] body = padded.toString().getBytes(StandardCharsets.UTF_8);
        byte[] buffer = Arrays.copyOf(body, body.length + 4096);
        Arrays.fill(buffer, body.length, buffer.length, (byte) '7');
        assertThat(Rows.csvFlatRows(buffer, body.length, features).values().length).isGreaterThan(exact.length);

        byte[] answer = runtime.invoke(buffer, body.length, "text/csv", "text/csv").body();

        assertThat(new String(answer, StandardCharsets.UTF_8)).isEqualTo(new String(XGBoostRuntime.encode(
                runtime.predictRows(parsed), "text/csv"), StandardCharsets.UTF_8));
    }

    static void assertPredictsLikePython(float[][] predicted, String model) throws IOException {
        List<float[]> expected = csv(resource(model + ".pred.csv"));
        assertThat(predicted.length).isEqualTo(expected.size());
        for (int i = 0; i < predicted.length; i++) {
            assertThat(predicted[i]).hasSameSizeAs(expected.get(i));
            for (int j = 0; j < predicted[i].length; j++) {
                float want = expected.get(i)[j];
                assertThat((double) Math.abs(predicted[i][j] - want)).as("%s row %d column %d", model, i, j)
                        .isLessThanOrEqualTo(1e-6 * Math.max(1, Math.abs(want)));
            }
        }
    }

    static float[][] data() throws IOException {
        return csv(resource("data.csv")).toArray(new float[0][]);
    }

    /** Rows of a CSV file; an empty cell is a missing value. */
    static List<float[]> csv(byte[] bytes) {
        List<float[]> rows = new ArrayList<>();
        for (String line : new String(bytes, StandardCharsets.UTF_8).split("\n")) {
            if (line.isEmpty()) {
                continue;
            }
            String[] cells = line.split(",", -1);
            float[] row = new float[cells.length];
            for (int j = 0; j < cells.length; j++) {
                row[j] = cells[j].isEmpty() ? Float.NaN : Float.parseFloat(cells[j]);
            }
            rows.add(row);
        }
        return rows;
    }

    static byte[] resource(String name) throws IOException {
        try (InputStream in = XGBoostCompatibilityTest.class.getResourceAsStream(FIXTURES + name)) {
            if (in == null) {
                throw new IOException("missing test resource " + FIXTURES + name);
            }
            return in.readAllBytes();
        }
    }

    private Path modelDir(byte[] model) throws IOException {
        Path dir = Files.createTempDirectory(tmp, "model");
        Files.write(dir.resolve(XGBoostRuntime.FILE), model);
        return dir;
    }
}
