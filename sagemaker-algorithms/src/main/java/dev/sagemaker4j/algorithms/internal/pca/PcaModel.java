/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.algorithms.internal.pca;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sagemaker4j.exceptions.ValidationException;
import dev.sagemaker4j.local.AtomicFiles;
import dev.sagemaker4j.local.SdkJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A trained PCA model: the feature dimension, the mean subtracted (zeros when {@code subtract_mean} is false), the
 * components (one a row, descending) and their singular values. Saved as {@value #FILE}, JSON: SageMaker's own
 * artifact is an MXNet parameter file that nothing on the JVM reads, so the local backend keeps its own format
 * (the sagemaker backend's artifacts are served by SageMaker's container, never by this class).
 */
public final class PcaModel {
    /** The model file in model.tar.gz. */
    public static final String FILE = "pca-model.json";
    private static final String FORMAT = "sagemaker4j-pca-1";

    private final int featureDim;
    private final boolean subtractMean;
    private final double[] mean;
    private final double[][] components;
    private final double[] singularValues;

    /**
     * Creates the model.
     *
     * @param featureDim     the features of a record
     * @param subtractMean   whether records are centred before projecting
     * @param mean           the mean of the training data
     * @param components     the components, one a row
     * @param singularValues their singular values
     */
    public PcaModel(int featureDim, boolean subtractMean, double[] mean, double[][] components,
                    double[] singularValues) {
        this.featureDim = featureDim;
        this.subtractMean = subtractMean;
        this.mean = mean;
        this.components = components;
        this.singularValues = singularValues;
    }

    /**
     * The features of a record.
     *
     * @return the dimension
     */
    public int featureDim() {
        return featureDim;
    }

    /**
     * The number of components.
     *
     * @return the count
     */
    public int numComponents() {
        return components.length;
    }

    /**
     * The components, one a row (a copy).
     *
     * @return the components
     */
    public double[][] components() {
        double[][] copy = new double[components.length][];
        for (int i = 0; i < components.length; i++) {
            copy[i] = components[i].clone();
        }
        return copy;
    }

    /**
     * The mean subtracted.
     *
     * @return a copy
     */
    public double[] mean() {
        return mean.clone();
    }

    /**
     * The singular values of the components.
     *
     * @return a copy
     */
    public double[] singularValues() {
        return singularValues.clone();
    }

    /**
     * Projects one record.
     *
     * @param row the record, {@link #featureDim()} values
     * @return its projection, one value a component
     */
    public float[] project(float[] row) {
        float[] out = new float[components.length];
        for (int c = 0; c < components.length; c++) {
            double s = 0;
            double[] v = components[c];
            for (int j = 0; j < featureDim; j++) {
                s += (row[j] - (subtractMean ? mean[j] : 0)) * v[j];
            }
            out[c] = (float) s;
        }
        return out;
    }

    /**
     * Writes {@value #FILE} into a folder.
     *
     * @param dir the model folder
     */
    public void save(Path dir) {
        ObjectNode root = SdkJson.MAPPER.createObjectNode();
        root.put("format", FORMAT).put("algorithm", "pca").put("feature_dim", featureDim)
                .put("num_components", components.length).put("subtract_mean", subtractMean);
        ArrayNode m = root.putArray("mean");
        for (double v : mean) {
            m.add(v);
        }
        ArrayNode s = root.putArray("singular_values");
        for (double v : singularValues) {
            s.add(v);
        }
        ArrayNode cs = root.putArray("components");
        for (double[] c : components) {
            ArrayNode a = cs.addArray();
            for (double v : c) {
                a.add(v);
            }
        }
        AtomicFiles.writeJson(dir.resolve(FILE), root);
    }

    /**
     * Reads {@value #FILE} from a folder.
     *
     * @param dir the unpacked model
     * @return the model
     * @throws ValidationException when the file is not a PCA model of this format
     */
    public static PcaModel load(Path dir) {
        Path file = dir.resolve(FILE);
        JsonNode root;
        try {
            root = SdkJson.MAPPER.readTree(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new ValidationException(FILE, file.toString(), "cannot be read: " + e.getMessage(),
                    "serve the model.tar.gz a local PCA training job wrote");
        }
        if (root == null || !FORMAT.equals(root.path("format").asText())) {
            throw new ValidationException(FILE, file.toString(), "is not a " + FORMAT + " model",
                    "serve the model.tar.gz a local PCA training job wrote");
        }
        int d = root.path("feature_dim").asInt();
        double[] mean = doubles(root.path("mean"), d);
        JsonNode cs = root.path("components");
        double[][] components = new double[cs.size()][];
        for (int i = 0; i < cs.size(); i++) {
            components[i] = doubles(cs.get(i), d);
        }
        return new PcaModel(d, root.path("subtract_mean").asBoolean(), mean, components,
                doubles(root.path("singular_values"), components.length));
    }

    private static double[] doubles(JsonNode a, int expected) {
        if (!a.isArray() || a.size() != expected) {
            throw new ValidationException(FILE, String.valueOf(a.size()), "holds an array of the wrong length (expected "
                    + expected + ")", "serve the model.tar.gz a local PCA training job wrote");
        }
        double[] out = new double[a.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = a.get(i).asDouble();
        }
        return out;
    }
}
