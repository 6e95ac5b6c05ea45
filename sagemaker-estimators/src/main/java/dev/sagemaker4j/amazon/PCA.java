/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.amazon;

import static dev.sagemaker4j.amazon.Hyperparameter.gt;

/**
 * Principal components analysis, as the Python SDK's {@code sagemaker.amazon.pca.PCA}: reduces the dimension of
 * the data while keeping as much of its variance as it can. Trains (image {@code pca}) on a {@link RecordSet}
 * from {@link #recordSet}; {@code deploy} returns a {@link PCAPredictor} whose answers hold each record's
 * {@code projection}.
 *
 * <pre>{@code
 * PCA pca = PCA.builder().role(role).instanceCount(1).instanceType("local").numComponents(3)
 *     .algorithmMode("randomized").session(session).build();
 * pca.fit(pca.recordSet(NpyArray.of(rows)));
 * PCAPredictor predictor = (PCAPredictor) pca.<List<Record>>deploy(1, "local");
 * }</pre>
 */
public class PCA extends AmazonAlgorithmEstimatorBase {
    static final Hyperparameter NUM_COMPONENTS = Hyperparameter.number("numComponents", "num_components",
            "Value must be an integer greater than zero", gt(0));
    static final Hyperparameter ALGORITHM_MODE = Hyperparameter.choice("algorithmMode", "algorithm_mode",
            "Value must be one of \"regular\" and \"randomized\"",
            "regular", "randomized");
    static final Hyperparameter SUBTRACT_MEAN = Hyperparameter.any("subtractMean", "subtract_mean");
    static final Hyperparameter EXTRA_COMPONENTS = Hyperparameter.any("extraComponents", "extra_components");

    /**
     * Creates the estimator; Python's checks run here.
     *
     * @param b the builder
     */
    protected PCA(Builder b) {
        super(b);
    }

    /**
     * A builder with Python's defaults: no hyperparameter is sent until set.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public String repoName() {
        return "pca";
    }

    /**
     * Python's {@code DEFAULT_MINI_BATCH_SIZE}.
     *
     * @return 500
     */
    @Override
    public Integer defaultMiniBatchSize() {
        return 500;
    }


    /**
     * {@code num_components}.
     *
     * @return the value, or {@code null} when not set
     */
    public Integer numComponents() {
        return (Integer) hyperparameter("num_components");
    }

    /**
     * {@code algorithm_mode}.
     *
     * @return the value, or {@code null} when not set
     */
    public String algorithmMode() {
        return (String) hyperparameter("algorithm_mode");
    }

    /**
     * {@code subtract_mean}.
     *
     * @return the value, or {@code null} when not set
     */
    public Boolean subtractMean() {
        return (Boolean) hyperparameter("subtract_mean");
    }

    /**
     * {@code extra_components}.
     *
     * @return the value, or {@code null} when not set
     */
    public Integer extraComponents() {
        return (Integer) hyperparameter("extra_components");
    }

    /**
     * A {@link PCAModel} of the latest job, as {@code create_model()}: the estimator's role, VPC and network
     * isolation, the algorithm's image and {@link PCAPredictor}.
     *
     * @return the model (not yet created on the backend)
     */
    @Override
    public PCAModel createModel() {
        return createModel(null, getVpcConfig());
    }

    /**
     * A {@link PCAModel} of the latest job, as
     * {@code create_model(vpc_config_override=VPC_CONFIG_DEFAULT, **kwargs)}.
     *
     * @param options the keywords
     * @return the model (not yet created on the backend)
     */
    @Override
    public PCAModel createModel(java.util.function.Consumer<CreateModelOptions.Builder> options) {
        return (PCAModel) super.createModel(options);
    }

    /**
     * A {@link PCAModel} of the latest job with kept options.
     *
     * @param options the options
     * @return the model (not yet created on the backend)
     */
    @Override
    public PCAModel createModel(CreateModelOptions options) {
        return (PCAModel) super.createModel(options);
    }

    @Override
    PCAModel createModel(String modelName,
            software.amazon.awssdk.services.sagemaker.model.VpcConfig vpc) {
        return PCAModel.of(this, modelName, vpc);
    }

    /** Builds a {@link PCA}; each method is a keyword of Python's {@code PCA(...)}. */
    public static final class Builder extends AmazonAlgorithmEstimatorBase.Builder<Builder, PCA> {

        private Builder() {
            // Python assigns every keyword in its constructor, None included: that is the order sent
            hp(NUM_COMPONENTS, null);
            hp(ALGORITHM_MODE, null);
            hp(SUBTRACT_MEAN, null);
            hp(EXTRA_COMPONENTS, null);
        }

        /**
         * Sets {@code num_components} (default {@code None}: not sent): the number of principal components. Value must
         * be an integer greater than zero.
         *
         * @param numComponents the value
         * @return this builder
         */
        public Builder numComponents(int numComponents) {
            return hp(NUM_COMPONENTS, numComponents);
        }

        /**
         * Sets {@code algorithm_mode} (default {@code None}: not sent): how the components are computed, {@code
         * regular} or {@code randomized}. Value must be one of "regular" and "randomized".
         *
         * @param algorithmMode the value
         * @return this builder
         */
        public Builder algorithmMode(String algorithmMode) {
            return hp(ALGORITHM_MODE, algorithmMode);
        }

        /**
         * Sets {@code subtract_mean} (default {@code None}: not sent): whether the data is centred in training and at
         * inference. Value must be a boolean.
         *
         * @param subtractMean the value
         * @return this builder
         */
        public Builder subtractMean(boolean subtractMean) {
            return hp(SUBTRACT_MEAN, subtractMean);
        }

        /**
         * Sets {@code extra_components} (default {@code None}: not sent): the extra components of randomized mode (-1
         * or unset: {@code max(10, num_components)}). Value must be an integer greater than or equal to 0, or -1.
         *
         * @param extraComponents the value
         * @return this builder
         */
        public Builder extraComponents(int extraComponents) {
            return hp(EXTRA_COMPONENTS, extraComponents);
        }

        @Override
        public PCA build() {
            return new PCA(this);
        }
    }
}
