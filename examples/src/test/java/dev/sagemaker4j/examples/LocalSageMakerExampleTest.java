/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sagemaker4j.ImageUris;
import dev.sagemaker4j.Session;
import dev.sagemaker4j.deserializers.CSVDeserializer;
import dev.sagemaker4j.estimator.Estimator;
import dev.sagemaker4j.inputs.TrainingInput;
import dev.sagemaker4j.predictor.Predictor;
import dev.sagemaker4j.serializers.CSVSerializer;
import dev.sagemaker4j.testing.Dataset;
import dev.sagemaker4j.testing.Datasets;
import dev.sagemaker4j.testing.LocalSageMaker;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The example of sagemaker-testing/README.md, as a downstream project writes it: {@code @LocalSageMaker}
 * gives the test a local session with its own temporary root, {@link Datasets} the data.
 */
@LocalSageMaker
class LocalSageMakerExampleTest {
    @Test
    void fit_generatedBinaryData_endpointSeparatesHeldOutRows(Session session) {
        Dataset all = Datasets.binaryClassification(2000, 5, 42);
        Dataset holdout = all.slice(1600, 2000);
        String train = all.slice(0, 1600).upload(session, "example/train");

        Estimator xgb = Estimator.builder()
                .imageUri(ImageUris.retrieve("xgboost", session.region(), "1.7-1"))
                .instanceCount(1).instanceType("local")
                .hyperparameters(Map.of("objective", "binary:logistic", "num_round", "30", "max_depth", "3"))
                .session(session).build();
        xgb.fit(Map.of("train", TrainingInput.builder().s3Data(train).contentType("text/csv").build()));
        Predictor<List<List<String>>> predictor = xgb.deploy(d -> d.initialInstanceCount(1).instanceType("local")
                .serializer(new CSVSerializer()).deserializer(new CSVDeserializer()));
        List<List<String>> scores = predictor.predict(holdout.features());

        double[] labels = holdout.labels();
        int correct = 0;
        for (int i = 0; i < labels.length; i++) {
            int predicted = Double.parseDouble(scores.get(i).get(0)) > 0.5 ? 1 : 0;
            correct += predicted == labels[i] ? 1 : 0;
        }
        assertThat(scores).hasSize(400);
        assertThat(correct / 400.0).as("held-out accuracy (0.5 is chance)").isGreaterThan(0.8);
    }
}
