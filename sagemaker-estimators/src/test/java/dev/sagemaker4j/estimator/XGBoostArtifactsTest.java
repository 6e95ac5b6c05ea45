/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.estimator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sagemaker4j.ImageUris;
import dev.sagemaker4j.Session;
import dev.sagemaker4j.inputs.TrainingInput;
import dev.sagemaker4j.local.SdkJson;
import dev.sagemaker4j.local.Tarballs;
import dev.sagemaker4j.model.formats.XGBoostModelFormat;
import dev.sagemaker4j.model.internal.XGBoostRuntime;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The {@code xgboost-model} the Estimator writes predicts in Python xgboost 1.7.4 (SageMaker's XGBoost 1.7-1
 * container) what it predicts here. The fixtures in {@code src/test/resources/xgboost-compat/} are artifacts
 * this Estimator wrote and the predictions Python made of them ({@code make_fixtures.sh} remakes them); the
 * test trains again and compares, so an Estimator that wrote a model 1.7 reads differently fails it.
 */
class XGBoostArtifactsTest {
    private static final String FIXTURES = "/xgboost-compat/";
    private static final Map<String, Map<String, String>> CASES = Map.of(
            "breast_cancer", Map.of("objective", "binary:logistic"),
            "diabetes", Map.of("objective", "reg:squarederror"),
            "iris", Map.of("objective", "multi:softprob", "num_class", "3"));
    @TempDir
    static Path tmp;
    static Session session;

    @BeforeAll
    static void setUp() {
        session = Session.local(tmp.resolve("root"));
    }

    @AfterAll
    static void tearDown() {
        session.close();
    }

    @ParameterizedTest(name = "{0} on image {1}")
    @CsvSource({"breast_cancer,1.7-1", "diabetes,1.7-1", "iris,1.7-1", "breast_cancer,1.5-1", "diabetes,1.5-1",
        "iris,1.5-1", "diabetes,0.90-2", "iris,1.0-1"})
    void estimatorArtifact_predictsInPythonXgboost17WhatItPredictsHere(String dataset, String version)
            throws Exception {
        String name = dataset + "-" + version;
        // the checked-in artifact, as Python read it, predicts the same here
        Path fixture = Files.createDirectories(tmp.resolve("fixture-" + name));
        Files.write(fixture.resolve(XGBoostRuntime.FILE), resource(name + ".xgboost-model"));
        List<float[]> python = csv(resource(name + ".pred.csv"));
        assertClose(XGBoostRuntime.load(fixture).predictRows(features(dataset)), python, name);

        // and the Estimator today writes that model again
        Path model = train(dataset, version);
        byte[] bytes = Files.readAllBytes(model);
        if (version.startsWith("1.7")) {
            JsonNode param = SdkJson.MAPPER.readTree(bytes).path("learner").path("learner_model_param");
            assertThat(param.path("base_score").asText()).doesNotContain("[");
        } else {
            assertThat(XGBoostModelFormat.detect(bytes)).isEqualTo(XGBoostModelFormat.Format.LEGACY_BINARY);
        }
        assertClose(XGBoostRuntime.load(model.getParent()).predictRows(features(dataset)), python, name);
    }

    /** Writes the artifacts {@code predict.py} reads; run by {@code make_fixtures.sh}, skipped otherwise. */
    @Test
    @EnabledIfSystemProperty(named = "xgboost.fixtures", matches = ".+")
    void writeFixtures() throws Exception {
        Path out = Path.of(System.getProperty("xgboost.fixtures"));
        for (String[] c : new String[][] {{"breast_cancer", "1.7-1"}, {"diabetes", "1.7-1"}, {"iris", "1.7-1"},
            {"breast_cancer", "1.5-1"}, {"diabetes", "1.5-1"}, {"iris", "1.5-1"}, {"diabetes", "0.90-2"},
            {"iris", "1.0-1"}}) {
            Files.copy(train(c[0], c[1]), out.resolve(c[0] + "-" + c[1] + ".xgboost-model"),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }

    static Path train(String dataset, String version) throws Exception {
        String bucket = session.defaultBucket();
        Path data = tmp.resolve("data/" + dataset + ".csv");
        if (!Files.exists(data)) {
            Files.createDirectories(data.getParent());
            Files.write(data, resource(dataset + ".train.csv"));
        }
        String uri = session.uploadData(data, bucket, "xgb-compat/" + dataset);
        Map<String, String> hp = new HashMap<>(CASES.get(dataset));
        hp.put("num_round", "20");
        hp.put("max_depth", "4");
        Estimator estimator = Estimator.builder().imageUri(ImageUris.retrieve("xgboost", session.region(), version))
                .instanceCount(1).instanceType("local").outputPath("s3://" + bucket + "/xgb-compat/out")
                .hyperparameters(hp).session(session).build();
        estimator.fit(Map.of("train", TrainingInput.builder().s3Data(uri).contentType("text/csv").build()));
        Path into = Files.createTempDirectory(tmp, dataset + "-" + version);
        try (InputStream in = session.objectStore().get(estimator.modelData())) {
            Tarballs.unpack(in, into, estimator.modelData());
        }
        return into.resolve(XGBoostRuntime.FILE);
    }

    static float[][] features(String dataset) throws IOException {
        return csv(resource(dataset + ".features.csv")).toArray(new float[0][]);
    }

    static void assertClose(float[][] predicted, List<float[]> expected, String what) {
        assertThat(predicted.length).as(what).isEqualTo(expected.size());
        for (int i = 0; i < predicted.length; i++) {
            assertThat(predicted[i].length).as(what).isEqualTo(expected.get(i).length);
            for (int j = 0; j < predicted[i].length; j++) {
                float want = expected.get(i)[j];
                assertThat((double) Math.abs(predicted[i][j] - want)).as("%s row %d column %d", what, i, j)
                        .isLessThanOrEqualTo(1e-6 * Math.max(1, Math.abs(want)));
            }
        }
    }

    static List<float[]> csv(byte[] bytes) {
        List<float[]> rows = new ArrayList<>();
        for (String line : new String(bytes, StandardCharsets.UTF_8).split("\n")) {
            if (!line.isEmpty()) {
                String[] cells = line.split(",");
                float[] row = new float[cells.length];
                for (int j = 0; j < cells.length; j++) {
                    row[j] = Float.parseFloat(cells[j]);
                }
                rows.add(row);
            }
        }
        return rows;
    }

    static byte[] resource(String name) throws IOException {
        try (InputStream in = XGBoostArtifactsTest.class.getResourceAsStream(FIXTURES + name)) {
            if (in == null) {
                throw new IOException("missing test resource " + FIXTURES + name);
            }
            return in.readAllBytes();
        }
    }
}
