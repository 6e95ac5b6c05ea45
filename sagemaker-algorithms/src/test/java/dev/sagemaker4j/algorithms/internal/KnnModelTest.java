/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.algorithms.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sagemaker4j.exceptions.ValidationException;
import dev.sagemaker4j.local.SdkJson;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The KNN artifact: format version 2 (the index as float32 {@code .npy} files, Tribuo's model rebuilt at load)
 * answers as the trained model did, and a format version 1 artifact (Tribuo's serialized {@code KNNModel}, what
 * jobs wrote before) still loads and answers the same.
 */
class KnnModelTest {
    @TempDir
    Path dir;

    private static ObjectNode manifest(int dim, int k, String type) {
        ObjectNode m = SdkJson.MAPPER.createObjectNode();
        m.put("algorithm", "knn");
        m.put("feature_dim", dim);
        m.put("predictor_type", type);
        m.put("k", k);
        m.put("index_type", "faiss.Flat");
        m.put("index_metric", "L2");
        return m;
    }

    /** The majority label of the k exact nearest neighbours (L2), computed here without Tribuo. */
    private static float exact(float[][] x, float[] y, float[] q, int k) {
        Integer[] order = new Integer[x.length];
        double[] d = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            order[i] = i;
            for (int j = 0; j < q.length; j++) {
                d[i] += (x[i][j] - q[j]) * (x[i][j] - q[j]);
            }
        }
        java.util.Arrays.sort(order, (a, b) -> Double.compare(d[a], d[b]));
        int ones = 0;
        for (int i = 0; i < k; i++) {
            ones += y[order[i]] == 1f ? 1 : 0;
        }
        return ones * 2 > k ? 1f : 0f;
    }

    @Test
    void saveAndLoad_formatVersion2_answersAsTheTrainedModelAndTheExactNeighbours() throws Exception {
        Random random = new Random(3);
        float[][] x = new float[400][6];
        float[] y = new float[400];
        for (int r = 0; r < x.length; r++) {
            for (int j = 0; j < 6; j++) {
                x[r][j] = (float) random.nextGaussian();
            }
            y[r] = x[r][0] - x[r][2] > 0 ? 1 : 0;
        }
        float[][] queries = new float[50][6];
        for (float[] q : queries) {
            for (int j = 0; j < 6; j++) {
                q[j] = (float) random.nextGaussian();
            }
        }
        KnnModel trained = KnnModel.fit(manifest(6, 5, "classifier"), x, y, "test");
        trained.save(dir);
        assertThat(dir.resolve(KnnModel.INDEX)).isRegularFile();
        assertThat(dir.resolve(KnnModel.LABELS)).isRegularFile();
        assertThat(dir.resolve(KnnModel.TRIBUO)).doesNotExist();
        assertThat(SdkJson.MAPPER.readTree(dir.resolve(KnnModel.MANIFEST).toFile()).path("format_version").asInt())
                .isEqualTo(2);

        float[] loaded = KnnModel.load(dir).predict(queries);
        assertThat(loaded).containsExactly(trained.predict(queries));
        for (int i = 0; i < queries.length; i++) {
            assertThat(loaded[i]).as("query %d", i).isEqualTo(exact(x, y, queries[i], 5));
        }
    }

    @Test
    void load_formatVersion1TribuoFile_stillAnswers() throws Exception {
        Random random = new Random(4);
        float[][] x = new float[200][3];
        float[] y = new float[200];
        for (int r = 0; r < x.length; r++) {
            for (int j = 0; j < 3; j++) {
                x[r][j] = (float) random.nextGaussian();
            }
            y[r] = 2 * x[r][0] + x[r][1];
        }
        // what a job wrote before format version 2: the manifest and Tribuo's serialized KNNModel
        ObjectNode m = manifest(3, 3, "regressor");
        m.put("format_version", 1);
        Files.writeString(dir.resolve(KnnModel.MANIFEST), SdkJson.MAPPER.writeValueAsString(m),
                StandardCharsets.UTF_8);
        KnnAlgorithm.fit(x, y, 3, "regressor", "L2", "faiss.Flat", "v1").serializeToFile(dir.resolve(KnnModel.TRIBUO));

        float[][] queries = {{0.5f, -1f, 0f}, {-2f, 0.25f, 1f}};
        float[] expected = KnnModel.fit(manifest(3, 3, "regressor"), x, y, "v2").predict(queries);
        assertThat(KnnModel.load(dir).predict(queries)).containsExactly(expected);
    }

    @Test
    void load_indexNotMatchingTheManifest_namesTheFile() throws Exception {
        KnnModel.fit(manifest(2, 1, "classifier"), new float[][] {{0, 0}, {1, 1}}, new float[] {0, 1}, "t").save(dir);
        ObjectNode m = manifest(3, 1, "classifier");
        Files.writeString(dir.resolve(KnnModel.MANIFEST), SdkJson.MAPPER.writeValueAsString(m),
                StandardCharsets.UTF_8);
        assertThatThrownBy(() -> KnnModel.load(dir)).isInstanceOf(ValidationException.class)
                .hasMessageContaining(KnnModel.INDEX).hasMessageContaining("does not match the manifest");
        Files.delete(dir.resolve(KnnModel.LABELS));
        assertThatThrownBy(() -> KnnModel.load(dir)).isInstanceOf(ValidationException.class)
                .hasMessageContaining(KnnModel.LABELS).hasMessageContaining("is missing");
    }
}
