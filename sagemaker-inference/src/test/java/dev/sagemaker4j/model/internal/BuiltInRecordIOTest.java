/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.model.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sagemaker4j.model.formats.KMeansModel;
import dev.sagemaker4j.model.formats.LinearLearnerModel;
import dev.sagemaker4j.model.runtime.ModelInvocationException;
import dev.sagemaker4j.npy.NpyArray;
import dev.sagemaker4j.recordio.CsrMatrix;
import dev.sagemaker4j.recordio.Record;
import dev.sagemaker4j.recordio.RecordIO;
import dev.sagemaker4j.recordio.RecordValue;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * LinearLearner and KMeans runtimes with RecordIO-protobuf: each predictor type's record shape (SageMaker's
 * LL-in-formats / km-in-formats: regressor {@code score} only, multiclass {@code score} as the class probabilities),
 * dense and sparse requests answered as their CSV equivalent, and bad requests as 400s naming the problem.
 */
class BuiltInRecordIOTest {
    private static final String RECORDIO = RecordIO.CONTENT_TYPE;

    @TempDir
    Path dir;

    private static byte[] dense(float[][] rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RecordIO.writeDenseTensor(out, NpyArray.of(rows));
        return out.toByteArray();
    }

    private static List<Record> records(byte[] body) {
        return RecordIO.readRecords(new ByteArrayInputStream(body));
    }

    private static String csv(BuiltInAlgorithmRuntime runtime, String body) {
        return new String(runtime.invoke(body.getBytes(StandardCharsets.UTF_8), "text/csv", "text/csv").body(),
                StandardCharsets.UTF_8);
    }

    @Test
    void linearLearner_regressorAndMulticlass_answerTheServicesRecordShapes() throws Exception {
        java.nio.file.Files.createDirectories(dir.resolve("r"));
        java.nio.file.Files.createDirectories(dir.resolve("m"));
        new LinearLearnerModel("regressor", 1, new double[] {0, 0}, new double[] {1, 1},
                new double[][] {{2, -1}}, new double[] {0.5}, 0, 1, 0.5).save(dir.resolve("r"));
        LinearLearnerRuntime regressor = LinearLearnerRuntime.load(dir.resolve("r"));
        List<Record> answers = records(regressor.invoke(dense(new float[][] {{1, 2}, {3, 0}}), RECORDIO, RECORDIO)
                .body());
        assertThat(answers).hasSize(2);
        assertThat(answers.get(0).label().keySet()).containsExactly("score");
        assertThat(answers.get(0).label().get("score").kind()).isEqualTo(RecordValue.Kind.FLOAT32_TENSOR);
        assertThat(answers.get(0).label().get("score").values().toFloatArray()).containsExactly(0.5f);
        assertThat(answers.get(1).label().get("score").values().toFloatArray()).containsExactly(6.5f);

        new LinearLearnerModel("multiclass_classifier", 3, new double[] {0, 0}, new double[] {1, 1},
                new double[][] {{1, 0}, {0, 1}, {-1, -1}}, new double[] {0, 0, 0}, 0, 1, 0.5)
                .save(dir.resolve("m"));
        LinearLearnerRuntime multiclass = LinearLearnerRuntime.load(dir.resolve("m"));
        Record answer = records(multiclass.invoke(dense(new float[][] {{0.2f, 3}}), RECORDIO, RECORDIO).body())
                .get(0);
        assertThat(answer.label().keySet()).containsExactly("score", "predicted_label");
        float[] probabilities = answer.label().get("score").values().toFloatArray();
        assertThat(probabilities).hasSize(3);
        String[] line = csv(multiclass, "0.2,3").trim().split(",");
        assertThat(answer.label().get("predicted_label").values().toFloatArray())
                .containsExactly(Float.parseFloat(line[0])).containsExactly(1f);
        for (int c = 0; c < 3; c++) {
            assertThat(probabilities[c]).isEqualTo((float) Double.parseDouble(line[c + 1]));
        }
    }

    @Test
    void kmeans_sparseRequest_answersAsTheDenseCsvRequest() throws Exception {
        new KMeansModel(new double[][] {{0, 0, 0}, {5, 5, 0}}).save(dir);
        KMeansRuntime runtime = KMeansRuntime.load(dir);
        float[][] rows = {{0, 4, 0}, {6, 0, 0}, {0, 0, 0}};
        ByteArrayOutputStream sparse = new ByteArrayOutputStream();
        RecordIO.writeSparseTensor(sparse, CsrMatrix.fromDense(NpyArray.of(rows)));
        List<Record> answers = records(runtime.invoke(sparse.toByteArray(), RECORDIO, RECORDIO).body());
        String[] lines = csv(runtime, "0,4,0\n6,0,0\n0,0,0").trim().split("\n");
        assertThat(answers).hasSize(3);
        for (int i = 0; i < 3; i++) {
            String[] cells = lines[i].split(",");
            assertThat(answers.get(i).label().keySet()).containsExactly("closest_cluster", "distance_to_cluster");
            assertThat(answers.get(i).label().get("closest_cluster").values().toFloatArray())
                    .containsExactly((float) Double.parseDouble(cells[0]));
            assertThat(answers.get(i).label().get("distance_to_cluster").values().toFloatArray())
                    .containsExactly((float) Double.parseDouble(cells[1]));
        }
        // RecordIO in, JSON out
        String json = new String(runtime.invoke(dense(rows), RECORDIO, "application/json").body(),
                StandardCharsets.UTF_8);
        assertThat(json).startsWith("{\"predictions\":[{\"closest_cluster\":0");
    }

    @Test
    void kmeans_zeroSparseRowBesideAnotherFeature_isARowOfZerosAsWithoutIt() throws Exception {
        new KMeansModel(new double[][] {{1, 1}, {5, 5}}).save(dir);
        KMeansRuntime runtime = KMeansRuntime.load(dir);
        // another feature sends the body through the Record parser; keys [] and shape [2] are a row of zeros there too
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        RecordIO.writeRecord(body, Record.builder().feature("values", RecordValue.float32Tensor(new float[0],
                new long[0], new long[] {2})).feature("other", RecordValue.float32Tensor(new float[] {7})).build()
                .toByteArray());
        Record answer = records(runtime.invoke(body.toByteArray(), RECORDIO, RECORDIO).body()).get(0);
        String[] cells = csv(runtime, "0,0").trim().split(",");
        assertThat(answer.label().get("closest_cluster").values().toFloatArray())
                .containsExactly((float) Double.parseDouble(cells[0]));
        assertThat(answer.label().get("distance_to_cluster").values().toFloatArray())
                .containsExactly((float) Double.parseDouble(cells[1]));
    }

    @Test
    void badRecordIORequests_are400sNamingTheProblem() throws Exception {
        new KMeansModel(new double[][] {{0, 0}, {5, 5}}).save(dir);
        KMeansRuntime runtime = KMeansRuntime.load(dir);
        byte[] whole = dense(new float[][] {{1, 2}, {3, 4}});
        assertThatThrownBy(() -> runtime.invoke(Arrays.copyOf(whole, whole.length - 3), RECORDIO, RECORDIO))
                .isInstanceOfSatisfying(ModelInvocationException.class, e -> assertThat(e.statusCode()).isEqualTo(400))
                .hasMessageContaining("truncated or not RecordIO-protobuf").hasMessageContaining("ends after");
        assertThatThrownBy(() -> runtime.invoke(dense(new float[][] {{1, 2, 3}}), RECORDIO, RECORDIO))
                .isInstanceOfSatisfying(ModelInvocationException.class, e -> assertThat(e.statusCode()).isEqualTo(400))
                .hasMessageContaining("Record 1 has 3 features; the model expects 2");
        ByteArrayOutputStream noValues = new ByteArrayOutputStream();
        RecordIO.writeRecord(noValues, Record.builder().feature("x", RecordValue.float32Tensor(new float[] {1, 2}))
                .build().toByteArray());
        assertThatThrownBy(() -> runtime.invoke(noValues.toByteArray(), RECORDIO, RECORDIO))
                .isInstanceOfSatisfying(ModelInvocationException.class, e -> assertThat(e.statusCode()).isEqualTo(400))
                .hasMessageContaining("no numeric feature tensor under \"values\"");
        ByteArrayOutputStream farKey = new ByteArrayOutputStream();
        RecordIO.writeRecord(farKey, Record.builder().feature("values", RecordValue.float32Tensor(new float[] {1},
                new long[] {9}, new long[] {10})).build().toByteArray());
        assertThatThrownBy(() -> runtime.invoke(farKey.toByteArray(), RECORDIO, RECORDIO))
                .isInstanceOfSatisfying(ModelInvocationException.class, e -> assertThat(e.statusCode()).isEqualTo(400))
                .hasMessageContaining("feature index 9; the model has 2 features");
        assertThatThrownBy(() -> runtime.invoke(new byte[0], RECORDIO, RECORDIO))
                .isInstanceOf(ModelInvocationException.class).hasMessageContaining("empty");
        // and it goes on answering
        assertThat(records(runtime.invoke(whole, RECORDIO, RECORDIO).body())).hasSize(2);
    }
}
