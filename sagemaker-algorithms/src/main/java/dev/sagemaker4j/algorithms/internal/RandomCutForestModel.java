/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.algorithms.internal;

import com.amazon.randomcutforest.RandomCutForest;
import com.amazon.randomcutforest.state.RandomCutForestMapper;
import com.amazon.randomcutforest.state.RandomCutForestState;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sagemaker4j.exceptions.ValidationException;
import dev.sagemaker4j.local.SdkJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A trained Random Cut Forest: the manifest {@value #MANIFEST} ({@code feature_dim}, {@code num_trees},
 * {@code num_samples_per_tree}, the anomaly threshold: mean + 3 standard deviations of the training records' scores)
 * and the forest as randomcutforest-core's own state ({@code RandomCutForestMapper}, the samplers and point store)
 * written as gzipped JSON in {@value #STATE}. This is sagemaker4j's format: SageMaker's RCF artifact is an
 * MXNet-internal file.
 */
final class RandomCutForestModel {
    static final String MANIFEST = "randomcutforest-model.json";
    static final String STATE = "randomcutforest-state.json.gz";

    final int featureDim;
    final double threshold;
    final RandomCutForest forest;
    private final ObjectNode manifest;

    RandomCutForestModel(ObjectNode manifest, RandomCutForest forest) {
        this.manifest = manifest;
        this.featureDim = manifest.path("feature_dim").asInt();
        this.threshold = manifest.path("score_threshold").asDouble(Double.POSITIVE_INFINITY);
        this.forest = forest;
    }

    /** The anomaly score of each record: the forest's average displacement, higher for more anomalous records. */
    float[] score(float[][] rows) {
        float[] out = new float[rows.length];
        for (int r = 0; r < rows.length; r++) {
            out[r] = (float) forest.getAnomalyScore(rows[r]);
        }
        return out;
    }

    static RandomCutForestMapper mapper() {
        RandomCutForestMapper mapper = new RandomCutForestMapper();
        mapper.setSaveExecutorContextEnabled(true);
        mapper.setSaveSamplerStateEnabled(true);
        mapper.setSaveTreeStateEnabled(false);
        return mapper;
    }

    void save(Path dir) throws IOException {
        Files.writeString(dir.resolve(MANIFEST), SdkJson.MAPPER.writerWithDefaultPrettyPrinter()
                .writeValueAsString(manifest), StandardCharsets.UTF_8);
        RandomCutForestState state = mapper().toState(forest);
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(dir.resolve(STATE)))) {
            SdkJson.MAPPER.writeValue(out, state);
        }
    }

    static RandomCutForestModel load(Path dir) throws IOException {
        JsonNode manifest = SdkJson.MAPPER.readTree(dir.resolve(MANIFEST).toFile());
        if (!(manifest instanceof ObjectNode) || !"randomcutforest".equals(manifest.path("algorithm").asText())
                || manifest.path("feature_dim").asInt() < 1) {
            throw new ValidationException(MANIFEST, dir.resolve(MANIFEST), "is not a Random Cut Forest manifest",
                    "deploy the model.tar.gz a randomcutforest training job wrote");
        }
        RandomCutForestState state;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(dir.resolve(STATE)))) {
            state = SdkJson.MAPPER.readerFor(RandomCutForestState.class)
                    .without(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .readValue(in);
        }
        return new RandomCutForestModel((ObjectNode) manifest, mapper().toModel(state));
    }
}
