/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.amazon;

import dev.sagemaker4j.ImageUris;
import dev.sagemaker4j.Session;
import dev.sagemaker4j.model.Model;

/**
 * A PCA model artifact, as the Python SDK's {@code PCAModel}: served by the algorithm's image
 * ({@code image_uris.retrieve("pca", region, version="1")}); {@code deploy} returns a {@link PCAPredictor}.
 *
 * <pre>{@code
 * PCAModel model = new PCAModel(estimator.modelData(), role, session);
 * PCAPredictor predictor = (PCAPredictor) model.<List<Record>>deploy(1, "local");
 * }</pre>
 */
public class PCAModel extends Model {

    /**
     * A model of an artifact, as {@code PCAModel(model_data, role, sagemaker_session)}.
     *
     * @param modelData the S3 location of the model.tar.gz ({@code model_data})
     * @param role      the IAM role ({@code role})
     * @param session   the session ({@code sagemaker_session})
     */
    public PCAModel(String modelData, String role, Session session) {
        this(builder(session).modelData(modelData).role(role));
    }

    private PCAModel(Model.Builder b) {
        super(b);
    }

    /** The builder of the estimator's {@code create_model}: the algorithm's image and predictor. */
    static Model.Builder builder(Session session) {
        return Model.builder().imageUri(ImageUris.retrieve("pca", session.region(), "1")).session(session)
                .predictorCls(PCAPredictor::new);
    }

    /** The model of an estimator's latest job. */
    static PCAModel of(AmazonAlgorithmEstimatorBase estimator, String name,
            software.amazon.awssdk.services.sagemaker.model.VpcConfig vpc) {
        return new PCAModel(estimator.modelBuilder(builder(estimator.session()), vpc).name(name));
    }
}
