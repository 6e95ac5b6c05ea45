/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.model.formats;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sagemaker4j.exceptions.ValidationException;
import dev.sagemaker4j.local.SdkJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A trained KMeans model, as the local KMeans writes it into {@code model/}: the file
 * {@value #FILE}, JSON with the cluster centers. Immutable; needs no closing.
 */
public final class KMeansModel {
    /** The model's file name inside model.tar.gz. */
    public static final String FILE = "kmeans-model.json";
    /** The format tag written into the file. */
    public static final String FORMAT = "sagemaker4j-kmeans/1";

    private final double[][] centroids;

    /**
     * Creates a model.
     *
     * @param centroids k centers of {@code feature_dim} values each
     */
    public KMeansModel(double[][] centroids) {
        this.centroids = new double[centroids.length][];
        for (int i = 0; i < centroids.length; i++) {
            this.centroids[i] = centroids[i].clone();
        }
    }

    /**
     * The number of clusters.
     *
     * @return k
     */
    public int k() {
        return centroids.length;
    }

    /**
     * The number of features a record must have.
     *
     * @return the feature dimension
     */
    public int featureDim() {
        return centroids[0].length;
    }

    /**
     * A copy of one center.
     *
     * @param cluster the cluster index
     * @return its center
     */
    public double[] centroid(int cluster) {
        return centroids[cluster].clone();
    }

    /**
     * The closest cluster and the (Euclidean) distance to it, as SageMaker's KMeans answers:
     * {@code closest_cluster} and {@code distance_to_cluster}.
     *
     * @param x the features
     * @return {@code {cluster, distance}}
     */
    public double[] closest(float[] x) {
        int best = 0;
        double bestDistance = Double.POSITIVE_INFINITY;
        for (int c = 0; c < centroids.length; c++) {
            double d = 0;
            double[] center = centroids[c];
            for (int j = 0; j < center.length; j++) {
                double diff = x[j] - center[j];
                d += diff * diff;
            }
            if (d < bestDistance) {
                bestDistance = d;
                best = c;
            }
        }
        return new double[] {best, Math.sqrt(bestDistance)};
    }

    /**
     * Writes the model as {@value #FILE} into a folder.
     *
     * @param modelDir the folder
     * @throws IOException when it cannot be written
     */
    public void save(Path modelDir) throws IOException {
        ObjectNode n = SdkJson.MAPPER.createObjectNode();
        n.put("format", FORMAT);
        n.put("k", k());
        n.put("feature_dim", featureDim());
        ArrayNode c = n.putArray("centroids");
        for (double[] center : centroids) {
            ArrayNode row = c.addArray();
            for (double v : center) {
                row.add(v);
            }
        }
        Files.writeString(modelDir.resolve(FILE), SdkJson.MAPPER.writerWithDefaultPrettyPrinter()
                .writeValueAsString(n), StandardCharsets.UTF_8);
    }

    /**
     * Reads a model from a folder.
     *
     * @param modelDir the folder holding {@value #FILE}
     * @return the model
     * @throws IOException when it cannot be read
     */
    public static KMeansModel load(Path modelDir) throws IOException {
        JsonNode n = SdkJson.MAPPER.readTree(modelDir.resolve(FILE).toFile());
        if (!FORMAT.equals(n.path("format").asText())) {
            throw new ValidationException("modelData", modelDir.resolve(FILE), "is not a " + FORMAT + " model",
                    "train it with the local KMeans");
        }
        JsonNode c = n.path("centroids");
        double[][] centroids = new double[c.size()][];
        for (int i = 0; i < c.size(); i++) {
            centroids[i] = new double[c.get(i).size()];
            for (int j = 0; j < centroids[i].length; j++) {
                centroids[i][j] = c.get(i).get(j).asDouble();
            }
        }
        return new KMeansModel(centroids);
    }
}
