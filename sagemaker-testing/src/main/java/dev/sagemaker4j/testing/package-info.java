/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */

/**
 * Test support for code that uses sagemaker4j: {@link dev.sagemaker4j.testing.LocalSageMaker}
 * gives a JUnit 5 test a local {@link dev.sagemaker4j.Session} with its own temporary root, closed
 * and deleted afterwards, and {@link dev.sagemaker4j.testing.Datasets} generates seeded, learnable
 * data sets to train on, and {@link dev.sagemaker4j.testing.FaultyObjectStore} makes a session's
 * object writes fail as on a full disk or a failing device. Add
 * {@code dev.sagemaker4j:sagemaker-testing} with test scope.
 *
 * <pre>{@code
 * @LocalSageMaker
 * class ScoringTest {
 *     @Test
 *     void fit_generatedData_separatesTheClasses(Session session) {
 *         Dataset all = Datasets.binaryClassification(1000, 5, 42);
 *         String train = all.slice(0, 800).upload(session, "scoring/train");
 *         Estimator xgb = Estimator.builder()
 *                 .imageUri(ImageUris.retrieve("xgboost", session.region(), "1.7-1"))
 *                 .instanceCount(1).instanceType("local")
 *                 .hyperparameters(Map.of("objective", "binary:logistic", "num_round", "20"))
 *                 .session(session).build();
 *         xgb.fit(Map.of("train", TrainingInput.builder().s3Data(train).contentType("text/csv").build()));
 *         Predictor<List<List<String>>> predictor =
 *                 xgb.deploy(d -> d.initialInstanceCount(1).instanceType("local")
 *                         .serializer(new CSVSerializer()).deserializer(new CSVDeserializer()));
 *         List<List<String>> scores = predictor.predict(all.slice(800, 1000).features());
 *         // compare with all.slice(800, 1000).labels()
 *     }
 * }
 * }</pre>
 */
package dev.sagemaker4j.testing;
