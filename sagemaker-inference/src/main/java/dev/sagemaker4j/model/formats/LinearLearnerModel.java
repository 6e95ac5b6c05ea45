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
import java.util.List;

/**
 * A trained LinearLearner model, as the local LinearLearner writes it into {@code model/} and the
 * local hosting reads it: the file {@value #FILE}, JSON with the predictor type, the feature
 * scaling, one weight vector and bias per output, the label scaling (regressor) and the decision
 * threshold (binary classifier). Immutable; needs no closing.
 */
public final class LinearLearnerModel {
    /** The model's file name inside model.tar.gz. */
    public static final String FILE = "linear-learner-model.json";
    /** The format tag written into the file. */
    public static final String FORMAT = "sagemaker4j-linear-learner/1";

    private final String predictorType;
    private final int numClasses;
    private final int featureDim;
    private final double[] featureMean;
    private final double[] featureScale;
    private final double[][] weights;
    private final double[] bias;
    private final double labelMean;
    private final double labelScale;
    private final double threshold;

    /**
     * Creates a model.
     *
     * @param predictorType {@code binary_classifier}, {@code multiclass_classifier} or {@code regressor}
     * @param numClasses    classes (2 for binary, 1 for regressor)
     * @param featureMean   per-feature mean subtracted before scaling (zeros when not normalised)
     * @param featureScale  per-feature divisor (ones when not normalised)
     * @param weights       one weight vector per output (1 output unless multiclass)
     * @param bias          one bias per output
     * @param labelMean     label mean (regressor with normalize_label), else 0
     * @param labelScale    label scale (regressor with normalize_label), else 1
     * @param threshold     decision threshold of a binary classifier
     */
    public LinearLearnerModel(String predictorType, int numClasses, double[] featureMean, double[] featureScale,
                              double[][] weights, double[] bias, double labelMean, double labelScale,
                              double threshold) {
        this.predictorType = predictorType;
        this.numClasses = numClasses;
        this.featureDim = featureMean.length;
        this.featureMean = featureMean.clone();
        this.featureScale = featureScale.clone();
        this.weights = new double[weights.length][];
        for (int i = 0; i < weights.length; i++) {
            this.weights[i] = weights[i].clone();
        }
        this.bias = bias.clone();
        this.labelMean = labelMean;
        this.labelScale = labelScale;
        this.threshold = threshold;
    }

    /**
     * The predictor type.
     *
     * @return {@code binary_classifier}, {@code multiclass_classifier} or {@code regressor}
     */
    public String predictorType() {
        return predictorType;
    }

    /**
     * The number of classes.
     *
     * @return classes (1 for a regressor)
     */
    public int numClasses() {
        return numClasses;
    }

    /**
     * The number of features a record must have.
     *
     * @return the feature dimension
     */
    public int featureDim() {
        return featureDim;
    }

    /**
     * The binary decision threshold.
     *
     * @return the threshold on the score
     */
    public double threshold() {
        return threshold;
    }

    /**
     * The raw outputs (before the link function) for one record.
     *
     * @param x the features, {@link #featureDim()} of them
     * @return one value per output
     */
    public double[] linear(float[] x) {
        double[] out = new double[weights.length];
        for (int o = 0; o < weights.length; o++) {
            double s = bias[o];
            double[] w = weights[o];
            for (int j = 0; j < featureDim; j++) {
                s += w[j] * ((x[j] - featureMean[j]) / featureScale[j]);
            }
            out[o] = s;
        }
        return out;
    }

    /**
     * Scores one record as SageMaker's LinearLearner does: the probability of class 1 (binary), the
     * class probabilities (multiclass) or the prediction (regressor).
     *
     * @param x the features
     * @return {@code score} per output
     */
    public double[] score(float[] x) {
        double[] z = linear(x);
        switch (predictorType) {
            case "binary_classifier":
                return new double[] {1.0 / (1.0 + Math.exp(-z[0]))};
            case "multiclass_classifier":
                double max = Double.NEGATIVE_INFINITY;
                for (double v : z) {
                    max = Math.max(max, v);
                }
                double sum = 0;
                for (int i = 0; i < z.length; i++) {
                    z[i] = Math.exp(z[i] - max);
                    sum += z[i];
                }
                for (int i = 0; i < z.length; i++) {
                    z[i] /= sum;
                }
                return z;
            default:
                return new double[] {z[0] * labelScale + labelMean};
        }
    }

    /**
     * The predicted label of one record: 0/1 (binary), the class (multiclass); a regressor has none.
     *
     * @param scores the output of {@link #score(float[])}
     * @return the label, or NaN for a regressor
     */
    public double predictedLabel(double[] scores) {
        if ("binary_classifier".equals(predictorType)) {
            return scores[0] >= threshold ? 1 : 0;
        }
        if ("multiclass_classifier".equals(predictorType)) {
            int best = 0;
            for (int i = 1; i < scores.length; i++) {
                if (scores[i] > scores[best]) {
                    best = i;
                }
            }
            return best;
        }
        return Double.NaN;
    }

    /**
     * Writes the model as {@value #FILE} into a folder.
     *
     * @param modelDir the folder
     * @throws IOException when it cannot be written
     */
    public void save(Path modelDir) throws IOException {
        requireFinite(modelDir.resolve(FILE));
        ObjectNode n = SdkJson.MAPPER.createObjectNode();
        n.put("format", FORMAT);
        n.put("predictor_type", predictorType);
        n.put("num_classes", numClasses);
        n.put("feature_dim", featureDim);
        n.set("feature_mean", array(featureMean));
        n.set("feature_scale", array(featureScale));
        ArrayNode w = n.putArray("weights");
        for (double[] row : weights) {
            w.add(array(row));
        }
        n.set("bias", array(bias));
        n.put("label_mean", labelMean);
        n.put("label_scale", labelScale);
        n.put("threshold", threshold);
        Files.writeString(modelDir.resolve(FILE), SdkJson.MAPPER.writerWithDefaultPrettyPrinter()
                .writeValueAsString(n), StandardCharsets.UTF_8);
    }

    /**
     * Reads a model from a folder.
     *
     * @param modelDir the folder holding {@value #FILE}
     * @return the model
     * @throws IOException         when it cannot be read
     * @throws ValidationException when the file is not a LinearLearner model
     */
    public static LinearLearnerModel load(Path modelDir) throws IOException {
        JsonNode n = SdkJson.MAPPER.readTree(modelDir.resolve(FILE).toFile());
        if (!FORMAT.equals(n.path("format").asText())) {
            throw new ValidationException("modelData", modelDir.resolve(FILE), "is not a " + FORMAT + " model",
                    "train it with the local LinearLearner");
        }
        JsonNode w = n.path("weights");
        double[][] weights = new double[w.size()][];
        for (int i = 0; i < w.size(); i++) {
            weights[i] = doubles(w.get(i));
        }
        LinearLearnerModel model = new LinearLearnerModel(n.path("predictor_type").asText(),
                n.path("num_classes").asInt(), doubles(n.path("feature_mean")), doubles(n.path("feature_scale")),
                weights, doubles(n.path("bias")), n.path("label_mean").asDouble(), n.path("label_scale").asDouble(1),
                n.path("threshold").asDouble(0.5));
        model.requireFinite(modelDir.resolve(FILE));
        return model;
    }

    /** A model with a NaN or infinite parameter scores every record NaN: it is refused, never saved or served. */
    private void requireFinite(Path file) {
        List<double[]> all = new java.util.ArrayList<>(List.of(featureMean, featureScale, bias,
                new double[] {labelMean, labelScale, threshold}));
        all.addAll(List.of(weights));
        for (double[] values : all) {
            for (double v : values) {
                if (!Double.isFinite(v)) {
                    throw new ValidationException("modelData", file, "has a parameter that is not a finite number ("
                            + v + "): the training diverged", "train again with a lower learning_rate or normalized"
                            + " data");
                }
            }
        }
    }

    private static ArrayNode array(double[] values) {
        ArrayNode a = SdkJson.MAPPER.createArrayNode();
        for (double v : values) {
            a.add(v);
        }
        return a;
    }

    private static double[] doubles(JsonNode a) {
        double[] d = new double[a.size()];
        for (int i = 0; i < d.length; i++) {
            d[i] = a.get(i).asDouble();
        }
        return d;
    }
}
