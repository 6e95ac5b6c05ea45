/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.estimator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sagemaker4j.ImageUris;
import dev.sagemaker4j.Session;
import dev.sagemaker4j.deserializers.CSVDeserializer;
import dev.sagemaker4j.deserializers.JSONDeserializer;
import dev.sagemaker4j.deserializers.NumpyDeserializer;
import dev.sagemaker4j.exceptions.ValidationException;
import dev.sagemaker4j.inputs.TrainingInput;
import dev.sagemaker4j.local.SdkJson;
import dev.sagemaker4j.local.Tarballs;
import dev.sagemaker4j.npy.NpyArray;
import dev.sagemaker4j.predictor.Predictor;
import dev.sagemaker4j.serializers.CSVSerializer;
import dev.sagemaker4j.testing.Dataset;
import dev.sagemaker4j.testing.Datasets;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.XGBoost;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Train with an estimator, deploy it, predict: the predictions are the raw engine's. */
class DeployTest {
    @TempDir
    static Path tmp;
    static Session session;
    static String bucket;

    @BeforeAll
    static void setUp() {
        session = Session.local(tmp.resolve("root"));
        bucket = session.defaultBucket();
    }

    @AfterAll
    static void tearDown() {
        session.close();
    }

    @Test
    void xgboost_fitDeployPredict_equalsRawXgboost4j() throws Exception {
        Dataset all = Datasets.binaryClassification(2100, 5, 31);
        Dataset test = all.slice(2000, 2100);
        String uri = all.slice(0, 2000).upload(session, "deploy/train");
        Estimator xgb = Estimator.builder().imageUri(ImageUris.retrieve("xgboost", session.region(), "1.7-1"))
                .instanceType("local").session(session).outputPath("s3://" + bucket + "/deploy/out")
                .hyperparameters(Map.of("objective", "binary:logistic", "num_round", 30)).build();
        xgb.fit(Map.of("train", TrainingInput.builder().s3Data(uri).contentType("text/csv").build()));

        Predictor<Object> p = xgb.deploy(d -> d.initialInstanceCount(1).instanceType("local")
                .serializer(new CSVSerializer()).deserializer(new JSONDeserializer()));

        Path model = tmp.resolve("model");
        try (InputStream in = session.objectStore().get(xgb.modelData())) {
            Tarballs.unpack(in, model, "model.tar.gz");
        }
        Booster raw = XGBoost.loadModel(Files.readAllBytes(model.resolve("xgboost-model")));
        float[][] x = test.floatFeatures();
        float[][] expected = raw.inplace_predict(test.flatFeatures(), x.length, 5, Float.NaN);
        JsonNode predictions = SdkJson.MAPPER.valueToTree(p.predict(x)).get("predictions");
        for (int i = 0; i < x.length; i++) {
            assertThat(predictions.get(i).get("score").floatValue()).isEqualTo(expected[i][0]);
        }
        NpyArray typed = Predictor.builder(p.endpointName(), session).serializer(new CSVSerializer())
                .deserializer(new NumpyDeserializer()).build()
                .predict(x);
        assertThat(typed.toFloatArray()[7]).isEqualTo(expected[7][0]);

        Predictor<?> defaults = xgb.deploy(1, "local");
        assertThat(defaults.contentType()).isEqualTo("text/csv");
        assertThat(defaults.accept()).isEqualTo("text/csv");
        @SuppressWarnings("unchecked")
        List<List<String>> rows = (List<List<String>>) defaults.predict(x);
        assertThat(Float.parseFloat(rows.get(0).get(0))).isEqualTo(expected[0][0]);
        p.deleteModel();
        p.deleteEndpoint();
        defaults.deleteEndpoint();
    }

    @Test
    void linearLearner_fitDeployPredict_answersScoresAndLabels() throws Exception {
        // noise 0.1: the rule's labels are nearly noiseless, as a check on three training rows needs
        Dataset train = Datasets.builder().rows(2000).features(4).seed(41).noise(0.1).binaryClassification();
        String uri = train.upload(session, "deploy/ll");
        Estimator ll = Estimator.builder().imageUri(ImageUris.retrieve("linear-learner", session.region()))
                .instanceType("local").session(session)
                .hyperparameters(Map.of("predictor_type", "binary_classifier", "mini_batch_size", 100)).build();
        ll.fit(Map.of("train", TrainingInput.builder().s3Data(uri).contentType("text/csv").build()));

        Predictor<?> p = ll.deploy(1, "local");
        float[][] x = train.floatFeatures();
        double[] y = train.labels();
        JsonNode out = SdkJson.MAPPER.valueToTree(p.predict(new float[][] {x[0], x[1], x[2]}));

        assertThat(out.get("predictions")).hasSize(3);
        int correct = 0;
        for (int i = 0; i < 3; i++) {
            correct += out.at("/predictions/" + i + "/predicted_label").asInt() == (int) y[i] ? 1 : 0;
            assertThat(out.at("/predictions/" + i + "/score").asDouble()).isBetween(0.0, 1.0);
        }
        assertThat(correct).isGreaterThanOrEqualTo(2);
        p.deleteEndpoint();
    }

    @Test
    void javaEstimator_deploysOnlyWithAnInferenceHandler() {
        JavaEstimator est = JavaEstimator.builder().entryPoint(JavaEstimatorTest.CountingScript.class)
                .instanceType("local").session(session).build();
        est.fit(Map.of("train", TrainingInput.of(session.uploadString("1\n", "s3://" + bucket + "/deploy/java/rows.csv"))));

        assertThatThrownBy(() -> est.deploy(1, "local")).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.fix()).contains("createModel(MyHandler.class)"));
        assertThatThrownBy(() -> Predictor.builder("missing-endpoint", session).serializer(new CSVSerializer())
                .deserializer(new CSVDeserializer()).build().predict("1"))
                .isInstanceOf(ValidationException.class);
    }
}
