/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.algorithms;

import dev.sagemaker4j.exceptions.ValidationException;

/**
 * The local images of SageMaker's LightGBM built-in algorithm, for the generic
 * {@code dev.sagemaker4j.estimator.Estimator}. Needs no closing.
 *
 * <p>In Python, LightGBM is a JumpStart model: {@code image_uris.retrieve(model_id="lightgbm-classification-model",
 * ...)} answers the PyTorch training image, and the estimator runs JumpStart's {@code transfer_learning.py} from a
 * script tarball fetched from S3. Offline there is no such script, so the local backend runs LightGBM in-process (on
 * lightgbmlib) for the images below, with SageMaker LightGBM's hyperparameters, CSV layout (target first, no
 * header; channels {@code train} and {@code validation}, or {@code training} with {@code train/} and
 * {@code validation/} folders; optional {@code categorical_index.json}), log lines and answers
 * ({@code {"probabilities": ...}}, {@code "predicted_label"} for {@code application/json;verbose};
 * {@code {"prediction": ...}} for regression). On the {@code sagemaker} backend use the JumpStart image and script.
 *
 * <pre>{@code
 * Estimator lgbm = Estimator.builder()
 *     .imageUri(LightGBM.imageUri("lightgbm-classification-model"))
 *     .hyperparameters(Map.of("num_boost_round", 200, "early_stopping_rounds", 10))
 *     .instanceType("local").session(session).build();
 * lgbm.fit(Map.of("train", TrainingInput.of(trainUri), "validation", TrainingInput.of(validationUri)));
 * Predictor<?> p = lgbm.deploy(1, "local");
 * }</pre>
 */
public final class LightGBM {
    /** The JumpStart model id of LightGBM classification. */
    public static final String CLASSIFICATION_MODEL_ID = "lightgbm-classification-model";
    /** The JumpStart model id of LightGBM regression. */
    public static final String REGRESSION_MODEL_ID = "lightgbm-regression-model";
    /** The local image of LightGBM classification (binary or multi-class, from the targets 0 .. K-1). */
    public static final String CLASSIFICATION_IMAGE = "sagemaker4j/" + CLASSIFICATION_MODEL_ID + ":1";
    /** The local image of LightGBM regression. */
    public static final String REGRESSION_IMAGE = "sagemaker4j/" + REGRESSION_MODEL_ID + ":1";

    private LightGBM() {
    }

    /**
     * The local image of a LightGBM JumpStart model.
     *
     * @param modelId {@value #CLASSIFICATION_MODEL_ID} or {@value #REGRESSION_MODEL_ID}
     * @return {@link #CLASSIFICATION_IMAGE} or {@link #REGRESSION_IMAGE}
     * @throws ValidationException for another model id
     */
    public static String imageUri(String modelId) {
        if (CLASSIFICATION_MODEL_ID.equals(modelId)) {
            return CLASSIFICATION_IMAGE;
        }
        if (REGRESSION_MODEL_ID.equals(modelId)) {
            return REGRESSION_IMAGE;
        }
        throw new ValidationException("modelId", modelId, "is not a LightGBM model run in-process",
                "pass " + CLASSIFICATION_MODEL_ID + " or " + REGRESSION_MODEL_ID);
    }
}
