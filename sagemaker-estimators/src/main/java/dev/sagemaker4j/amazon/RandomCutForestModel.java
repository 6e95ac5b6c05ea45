/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.amazon;

import dev.sagemaker4j.ImageUris;
import dev.sagemaker4j.Session;
import dev.sagemaker4j.model.Model;

/**
 * A RandomCutForest model artifact, as the Python SDK's {@code RandomCutForestModel}: served by the algorithm's image
 * ({@code image_uris.retrieve("randomcutforest", region, version="1")}); {@code deploy} returns a {@link
 * RandomCutForestPredictor}.
 *
 * <pre>{@code
 * RandomCutForestModel model = new RandomCutForestModel(estimator.modelData(), role, session);
 * RandomCutForestPredictor predictor = (RandomCutForestPredictor) model.<List<Record>>deploy(1, "local");
 * }</pre>
 */
public class RandomCutForestModel extends Model {

    /**
     * A model of an artifact, as {@code RandomCutForestModel(model_data, role, sagemaker_session)}.
     *
     * @param modelData the S3 location of the model.tar.gz ({@code model_data})
     * @param role      the IAM role ({@code role})
     * @param session   the session ({@code sagemaker_session})
     */
    public RandomCutForestModel(String modelData, String role, Session session) {
        this(builder(session).modelData(modelData).role(role));
    }

    private RandomCutForestModel(Model.Builder b) {
        super(b);
    }

    /** The builder of the estimator's {@code create_model}: the algorithm's image and predictor. */
    static Model.Builder builder(Session session) {
        return Model.builder().imageUri(ImageUris.retrieve("randomcutforest", session.region(), "1")).session(session)
                .predictorCls(RandomCutForestPredictor::new);
    }

    /** The model of an estimator's latest job. */
    static RandomCutForestModel of(AmazonAlgorithmEstimatorBase estimator, String name,
            software.amazon.awssdk.services.sagemaker.model.VpcConfig vpc) {
        return new RandomCutForestModel(estimator.modelBuilder(builder(estimator.session()), vpc).name(name));
    }
}
