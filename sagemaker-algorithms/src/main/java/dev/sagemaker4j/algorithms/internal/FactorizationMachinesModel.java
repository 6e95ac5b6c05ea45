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
import org.tribuo.Model;
import org.tribuo.classification.Label;
import org.tribuo.regression.Regressor;

/**
 * A trained factorization machine: the manifest {@value #MANIFEST} ({@code feature_dim}, {@code predictor_type},
 * {@code num_factors}, the hyperparameters honoured) and Tribuo's protobuf model file {@value #TRIBUO} (an
 * {@code FMClassificationModel} or {@code FMRegressionModel}: bias, linear weights and factor matrix, with Tribuo's
 * provenance). This is sagemaker4j's format: SageMaker's FM artifact is an MXNet parameter file.
 */
final class FactorizationMachinesModel {
    static final String MANIFEST = "factorization-machines-model.json";
    static final String TRIBUO = "factorization-machines-model.tribuo";
    /** The positive class of a binary classifier, as {@link TribuoData} names labels. */
    static final String POSITIVE = Float.toString(1f);

    final int featureDim;
    final boolean regressor;
    final Model<?> model;
    private final ObjectNode manifest;

    FactorizationMachinesModel(ObjectNode manifest, Model<?> model) {
        this.manifest = manifest;
        this.featureDim = manifest.path("feature_dim").asInt();
        this.regressor = manifest.path("predictor_type").asText().equals("regressor");
        this.model = model;
    }

    /**
     * Each record's answer: {@code [score, predicted_label]} for a binary classifier (the probability of label 1,
     * and the label it rounds to), {@code [score]} for a regressor.
     */
    @SuppressWarnings("unchecked")
    float[][] predict(float[][] rows) {
        if (regressor) {
            float[] scores = TribuoData.regress((Model<Regressor>) model, rows);
            float[][] out = new float[scores.length][];
            for (int r = 0; r < scores.length; r++) {
                out[r] = new float[] {scores[r]};
            }
            return out;
        }
        float[][] out = TribuoData.classify((Model<Label>) model, rows, POSITIVE);
        for (float[] o : out) {
            // SageMaker's predicted_label is the score rounded at 0.5
            o[1] = o[0] >= 0.5f ? 1f : 0f;
        }
        return out;
    }

    void save(Path dir) throws IOException {
        Files.writeString(dir.resolve(MANIFEST), SdkJson.MAPPER.writerWithDefaultPrettyPrinter()
                .writeValueAsString(manifest), StandardCharsets.UTF_8);
        model.serializeToFile(dir.resolve(TRIBUO));
    }

    static FactorizationMachinesModel load(Path dir) throws IOException {
        JsonNode manifest = SdkJson.MAPPER.readTree(dir.resolve(MANIFEST).toFile());
        if (!(manifest instanceof ObjectNode) || !"factorization-machines".equals(manifest.path("algorithm").asText())
                || manifest.path("feature_dim").asInt() < 1) {
            throw new ValidationException(MANIFEST, dir.resolve(MANIFEST), "is not a factorization machines manifest",
                    "deploy the model.tar.gz a factorization-machines training job wrote");
        }
        return new FactorizationMachinesModel((ObjectNode) manifest, Model.deserializeFromFile(dir.resolve(TRIBUO)));
    }
}
