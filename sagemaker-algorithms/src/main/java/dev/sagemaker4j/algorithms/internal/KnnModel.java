/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.algorithms.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sagemaker4j.exceptions.ValidationException;
import dev.sagemaker4j.local.SdkJson;
import dev.sagemaker4j.npy.Npy;
import dev.sagemaker4j.npy.NpyArray;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.tribuo.Model;
import org.tribuo.classification.Label;
import org.tribuo.regression.Regressor;

/**
 * A trained KNN: the manifest {@value #MANIFEST} ({@code feature_dim}, {@code predictor_type}, {@code k}, the
 * dimension reduction and its seed, the index type and metric) and the index itself as two {@code .npy} files:
 * {@value #INDEX} (the sampled, projected training records, float32, one a row) and {@value #LABELS} (their labels,
 * float32). Loading rebuilds Tribuo's {@code KNNModel} from them ({@code KNNTrainer.train}, which only stores the
 * vectors), so a deployed model answers exactly as the trained one. This is sagemaker4j's format: SageMaker's KNN
 * artifact is an MXNet/FAISS-internal file that no public library reads.
 *
 * <p>Why not Tribuo's own model file: {@code Model.serializeToFile} wrote every indexed record as a protobuf sparse
 * vector with its feature names, 5-11 s for 20,000 x 16 records against 0.3-1 s for the training itself
 * (benchmarks/results/kept-library-fit); the float32 files write in milliseconds. Artifacts of format version 1
 * ({@value #TRIBUO}, Tribuo's protobuf {@code KNNModel}) still load.
 */
final class KnnModel {
    static final String MANIFEST = "knn-model.json";
    /** The format version 1 model file: Tribuo's serialized {@code KNNModel}; read, no longer written. */
    static final String TRIBUO = "knn-model.tribuo";
    static final String INDEX = "knn-index.npy";
    static final String LABELS = "knn-labels.npy";

    final int featureDim;
    final String predictorType;
    final int k;
    /** The projection applied before the search ({@code target x feature_dim}), or {@code null}. */
    final float[][] projection;
    final Model<?> model;
    private final ObjectNode manifest;
    /** The indexed records and their labels (what {@link #save} writes), or {@code null} for a version 1 model. */
    private final float[][] indexed;
    private final float[] labels;

    private KnnModel(ObjectNode manifest, float[][] projection, Model<?> model, float[][] indexed, float[] labels) {
        this.manifest = manifest;
        this.indexed = indexed;
        this.labels = labels;
        this.featureDim = manifest.path("feature_dim").asInt();
        this.predictorType = manifest.path("predictor_type").asText();
        this.k = manifest.path("k").asInt();
        this.projection = projection;
        this.model = model;
    }

    /**
     * Indexes the (projected) records with Tribuo.
     *
     * @param manifest the manifest ({@code k}, {@code predictor_type}, {@code index_type}, {@code index_metric})
     * @param indexed  the records, already projected
     * @param labels   their labels
     * @param source   the data's description in Tribuo's provenance
     */
    static KnnModel fit(ObjectNode manifest, float[][] indexed, float[] labels, String source) {
        Model<?> model = KnnAlgorithm.fit(indexed, labels, manifest.path("k").asInt(),
                manifest.path("predictor_type").asText(), manifest.path("index_metric").asText("L2"),
                manifest.path("index_type").asText("faiss.Flat"), source);
        return new KnnModel(manifest, projection(manifest), model, indexed, labels);
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
        if (indexed == null) {
            throw new IllegalStateException("a format version 1 model is not written again");
        }
        manifest.put("format_version", 2);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(dir.resolve(INDEX)), 1 << 16)) {
            Npy.write(NpyArray.of(indexed), out);
        }
        try (OutputStream out = Files.newOutputStream(dir.resolve(LABELS))) {
            Npy.write(NpyArray.of(labels), out);
        }
        // the manifest last: a folder with a manifest has its index
        Files.writeString(dir.resolve(MANIFEST), SdkJson.MAPPER.writerWithDefaultPrettyPrinter()
                .writeValueAsString(manifest), StandardCharsets.UTF_8);
    }

    static KnnModel load(Path dir) throws IOException {
        JsonNode manifest = SdkJson.MAPPER.readTree(dir.resolve(MANIFEST).toFile());
        if (!(manifest instanceof ObjectNode) || !"knn".equals(manifest.path("algorithm").asText())
                || manifest.path("feature_dim").asInt() < 1) {
            throw new ValidationException(MANIFEST, dir.resolve(MANIFEST), "is not a KNN model manifest",
                    "deploy the model.tar.gz a knn training job wrote");
        }
        ObjectNode m = (ObjectNode) manifest;
        if (!Files.isRegularFile(dir.resolve(INDEX)) && Files.isRegularFile(dir.resolve(TRIBUO))) {
            // format version 1: Tribuo's serialized KNNModel
            return new KnnModel(m, projection(manifest), Model.deserializeFromFile(dir.resolve(TRIBUO)), null, null);
        }
        NpyArray index = readNpy(dir, INDEX);
        NpyArray labels = readNpy(dir, LABELS);
        int width = manifest.has("dimension_reduction_target") ? manifest.path("dimension_reduction_target").asInt()
                : manifest.path("feature_dim").asInt();
        if (index.ndim() != 2 || index.shape()[1] != width || labels.ndim() != 1
                || labels.shape()[0] != index.shape()[0] || index.shape()[0] < manifest.path("k").asInt()) {
            throw new ValidationException(INDEX, java.util.Arrays.toString(index.shape()) + " with "
                    + java.util.Arrays.toString(labels.shape()) + " labels", "does not match the manifest (" + width
                    + " columns, one label a row, at least k rows)", "deploy the model.tar.gz a knn training job wrote");
        }
        int rows = (int) index.shape()[0];
        float[] flat = index.toFloatArray();
        float[][] x = new float[rows][];
        for (int r = 0; r < rows; r++) {
            x[r] = java.util.Arrays.copyOfRange(flat, r * width, (r + 1) * width);
        }
        return fit(m, x, labels.toFloatArray(), "knn model " + dir.getFileName());
    }

    private static NpyArray readNpy(Path dir, String name) throws IOException {
        if (!Files.isRegularFile(dir.resolve(name))) {
            throw new ValidationException(name, dir.resolve(name), "is missing from the KNN model",
                    "deploy the whole model.tar.gz a knn training job wrote");
        }
        try (InputStream in = new BufferedInputStream(Files.newInputStream(dir.resolve(name)), 1 << 16)) {
            return Npy.read(in);
        }
    }
}
