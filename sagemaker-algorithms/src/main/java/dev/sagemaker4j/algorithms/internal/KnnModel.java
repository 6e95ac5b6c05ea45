/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.algorithms.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sagemaker4j.exceptions.ValidationException;
import dev.sagemaker4j.local.SdkJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.tribuo.Model;
import org.tribuo.classification.Label;
import org.tribuo.regression.Regressor;

/**
 * A trained KNN: the manifest {@value #MANIFEST} ({@code feature_dim}, {@code predictor_type}, {@code k}, the
 * dimension reduction and its seed) and Tribuo's own protobuf model file {@value #TRIBUO} (a {@code KNNModel}
 * holding the sampled, projected training records and their labels, with Tribuo's provenance). This is
 * sagemaker4j's format: SageMaker's KNN artifact is an MXNet/FAISS-internal file that no public library reads.
 */
final class KnnModel {
    static final String MANIFEST = "knn-model.json";
    static final String TRIBUO = "knn-model.tribuo";

    final int featureDim;
    final String predictorType;
    final int k;
    /** The projection applied before the search ({@code target x feature_dim}), or {@code null}. */
    final float[][] projection;
    final Model<?> model;
    private final ObjectNode manifest;

    private KnnModel(ObjectNode manifest, float[][] projection, Model<?> model) {
        this.manifest = manifest;
        this.featureDim = manifest.path("feature_dim").asInt();
        this.predictorType = manifest.path("predictor_type").asText();
        this.k = manifest.path("k").asInt();
        this.projection = projection;
        this.model = model;
    }

    static KnnModel of(ObjectNode manifest, Model<?> model) {
        return new KnnModel(manifest, projection(manifest), model);
    }

    /**
     * The random projection of {@code dimension_reduction_type}: {@code sign} draws entries {@code ±1/sqrt(target)};
     * {@code fjlt} draws the sparse Johnson-Lindenstrauss matrix {@code sqrt(3/target) * {+1, 0, -1}} with
     * probabilities 1/6, 2/3, 1/6 (the same distance guarantee as SageMaker's fast JL transform, computed without
     * the Hadamard step). Regenerated from the seed in the manifest, so the file stays small.
     */
    static float[][] projection(JsonNode manifest) {
        String type = manifest.path("dimension_reduction_type").asText("");
        if (type.isEmpty()) {
            return null;
        }
        int target = manifest.path("dimension_reduction_target").asInt();
        int dim = manifest.path("feature_dim").asInt();
        SplittableRandom random = new SplittableRandom(manifest.path("projection_seed").asLong());
        float[][] p = new float[target][dim];
        float sign = (float) (1 / Math.sqrt(target));
        float sparse = (float) Math.sqrt(3.0 / target);
        for (int i = 0; i < target; i++) {
            for (int j = 0; j < dim; j++) {
                if (type.equals("sign")) {
                    p[i][j] = random.nextBoolean() ? sign : -sign;
                } else {
                    int draw = random.nextInt(6);
                    p[i][j] = draw == 0 ? sparse : draw == 1 ? -sparse : 0f;
                }
            }
        }
        return p;
    }

    static float[][] project(float[][] projection, float[][] rows) {
        if (projection == null) {
            return rows;
        }
        float[][] out = new float[rows.length][projection.length];
        for (int r = 0; r < rows.length; r++) {
            for (int i = 0; i < projection.length; i++) {
                double s = 0;
                float[] p = projection[i];
                for (int j = 0; j < p.length; j++) {
                    s += p[j] * rows[r][j];
                }
                out[r][i] = (float) s;
            }
        }
        return out;
    }

    /** The predicted label of each record: the neighbours' majority label, or their mean for a regressor. */
    @SuppressWarnings("unchecked")
    float[] predict(float[][] rows) {
        float[][] projected = project(projection, rows);
        if (predictorType.equals("regressor")) {
            return TribuoData.regress((Model<Regressor>) model, projected);
        }
        float[][] out = TribuoData.classify((Model<Label>) model, projected, null);
        float[] labels = new float[out.length];
        for (int r = 0; r < out.length; r++) {
            labels[r] = out[r][0];
        }
        return labels;
    }

    void save(Path dir) throws IOException {
        Files.writeString(dir.resolve(MANIFEST), SdkJson.MAPPER.writerWithDefaultPrettyPrinter()
                .writeValueAsString(manifest), StandardCharsets.UTF_8);
        model.serializeToFile(dir.resolve(TRIBUO));
    }

    static KnnModel load(Path dir) throws IOException {
        JsonNode manifest = SdkJson.MAPPER.readTree(dir.resolve(MANIFEST).toFile());
        if (!(manifest instanceof ObjectNode) || !"knn".equals(manifest.path("algorithm").asText())
                || manifest.path("feature_dim").asInt() < 1) {
            throw new ValidationException(MANIFEST, dir.resolve(MANIFEST), "is not a KNN model manifest",
                    "deploy the model.tar.gz a knn training job wrote");
        }
        return new KnnModel((ObjectNode) manifest, projection(manifest),
                Model.deserializeFromFile(dir.resolve(TRIBUO)));
    }
}
