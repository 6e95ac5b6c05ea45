/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.amazon;

import static dev.sagemaker4j.amazon.Hyperparameter.ge;

import dev.sagemaker4j.exceptions.ValidationException;

/**
 * k-nearest neighbours for classification and regression, as the Python SDK's {@code sagemaker.amazon.knn.KNN}.
 * Trains (image {@code knn}) on a {@link RecordSet} with labels; {@code deploy} returns a {@link KNNPredictor}.
 *
 * <pre>{@code
 * KNN knn = KNN.builder().role(role).instanceCount(1).instanceType("local").k(5).sampleSize(1000)
 *     .predictorType("classifier").session(session).build();
 * knn.fit(knn.recordSet(NpyArray.of(features), NpyArray.of(labels)));
 * }</pre>
 */
public class KNN extends AmazonAlgorithmEstimatorBase {
    static final Hyperparameter K = Hyperparameter.number("k", "k",
            "An integer greater than 0", ge(1));
    static final Hyperparameter SAMPLE_SIZE = Hyperparameter.number("sampleSize", "sample_size",
            "An integer greater than 0", ge(1));
    static final Hyperparameter PREDICTOR_TYPE = Hyperparameter.choice("predictorType", "predictor_type",
            "One of \"classifier\" or \"regressor\"",
            "classifier", "regressor");
    static final Hyperparameter DIMENSION_REDUCTION_TYPE =
            Hyperparameter.choice("dimensionReductionType", "dimension_reduction_type",
            "One of \"sign\" or \"fjlt\"",
            "sign", "fjlt");
    static final Hyperparameter DIMENSION_REDUCTION_TARGET =
            Hyperparameter.number("dimensionReductionTarget", "dimension_reduction_target",
            "An integer greater than 0 and less than feature_dim", ge(1));
    static final Hyperparameter INDEX_TYPE = Hyperparameter.choice("indexType", "index_type",
            "One of \"faiss.Flat\", \"faiss.IVFFlat\", \"faiss.IVFPQ\"",
            "faiss.Flat", "faiss.IVFFlat", "faiss.IVFPQ");
    static final Hyperparameter INDEX_METRIC = Hyperparameter.choice("indexMetric", "index_metric",
            "One of \"COSINE\", \"INNER_PRODUCT\", \"L2\"",
            "COSINE", "INNER_PRODUCT", "L2");
    static final Hyperparameter FAISS_INDEX_IVF_NLISTS =
            Hyperparameter.any("faissIndexIvfNlists", "faiss_index_ivf_nlists");
    static final Hyperparameter FAISS_INDEX_PQ_M = Hyperparameter.number("faissIndexPqM", "faiss_index_pq_m",
            "An integer greater than 0", ge(1));

    /**
     * Creates the estimator; Python's checks run here.
     *
     * @param b the builder
     */
    protected KNN(Builder b) {
        super(b);
        if (dimensionReductionType() != null && dimensionReductionTarget() == null) {
            throw new ValidationException("dimensionReductionTarget", null,
                    "\"dimension_reduction_target\" is required when \"dimension_reduction_type\" is set.",
                    "pass dimensionReductionTarget(...)");
        }
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
        return "knn";
    }


    /**
     * {@code k}.
     *
     * @return the value, or {@code null} when not set
     */
    public Integer k() {
        return (Integer) hyperparameter("k");
    }

    /**
     * {@code sample_size}.
     *
     * @return the value, or {@code null} when not set
     */
    public Integer sampleSize() {
        return (Integer) hyperparameter("sample_size");
    }

    /**
     * {@code predictor_type}.
     *
     * @return the value, or {@code null} when not set
     */
    public String predictorType() {
        return (String) hyperparameter("predictor_type");
    }

    /**
     * {@code dimension_reduction_type}.
     *
     * @return the value, or {@code null} when not set
     */
    public String dimensionReductionType() {
        return (String) hyperparameter("dimension_reduction_type");
    }

    /**
     * {@code dimension_reduction_target}.
     *
     * @return the value, or {@code null} when not set
     */
    public Integer dimensionReductionTarget() {
        return (Integer) hyperparameter("dimension_reduction_target");
    }

    /**
     * {@code index_type}.
     *
     * @return the value, or {@code null} when not set
     */
    public String indexType() {
        return (String) hyperparameter("index_type");
    }

    /**
     * {@code index_metric}.
     *
     * @return the value, or {@code null} when not set
     */
    public String indexMetric() {
        return (String) hyperparameter("index_metric");
    }

    /**
     * {@code faiss_index_ivf_nlists}.
     *
     * @return the value, or {@code null} when not set
     */
    public String faissIndexIvfNlists() {
        return (String) hyperparameter("faiss_index_ivf_nlists");
    }

    /**
     * {@code faiss_index_pq_m}.
     *
     * @return the value, or {@code null} when not set
     */
    public Integer faissIndexPqM() {
        return (Integer) hyperparameter("faiss_index_pq_m");
    }

    /**
     * A {@link KNNModel} of the latest job, as {@code create_model()}: the estimator's role, VPC and network
     * isolation, the algorithm's image and {@link KNNPredictor}.
     *
     * @return the model (not yet created on the backend)
     */
    @Override
    public KNNModel createModel() {
        return createModel(null, getVpcConfig());
    }

    /**
     * A {@link KNNModel} of the latest job, as
     * {@code create_model(vpc_config_override=VPC_CONFIG_DEFAULT, **kwargs)}.
     *
     * @param options the keywords
     * @return the model (not yet created on the backend)
     */
    @Override
    public KNNModel createModel(java.util.function.Consumer<CreateModelOptions.Builder> options) {
        return (KNNModel) super.createModel(options);
    }

    /**
     * A {@link KNNModel} of the latest job with kept options.
     *
     * @param options the options
     * @return the model (not yet created on the backend)
     */
    @Override
    public KNNModel createModel(CreateModelOptions options) {
        return (KNNModel) super.createModel(options);
    }

    @Override
    KNNModel createModel(String modelName,
            software.amazon.awssdk.services.sagemaker.model.VpcConfig vpc) {
        return KNNModel.of(this, modelName, vpc);
    }

    /** Builds a {@link KNN}; each method is a keyword of Python's {@code KNN(...)}. */
    public static final class Builder extends AmazonAlgorithmEstimatorBase.Builder<Builder, KNN> {

        private Builder() {
            // Python assigns every keyword in its constructor, None included: that is the order sent
            hp(K, null);
            hp(SAMPLE_SIZE, null);
            hp(PREDICTOR_TYPE, null);
            hp(DIMENSION_REDUCTION_TYPE, null);
            hp(DIMENSION_REDUCTION_TARGET, null);
            hp(INDEX_TYPE, null);
            hp(INDEX_METRIC, null);
            hp(FAISS_INDEX_IVF_NLISTS, null);
            hp(FAISS_INDEX_PQ_M, null);
        }

        /**
         * Sets {@code k} (default {@code None}: not sent): the neighbours each prediction uses. An integer greater
         * than 0.
         *
         * @param k the value
         * @return this builder
         */
        public Builder k(int k) {
            return hp(K, k);
        }

        /**
         * Sets {@code sample_size} (default {@code None}: not sent): the points sampled from the training data. An
         * integer greater than 0.
         *
         * @param sampleSize the value
         * @return this builder
         */
        public Builder sampleSize(int sampleSize) {
            return hp(SAMPLE_SIZE, sampleSize);
        }

        /**
         * Sets {@code predictor_type} (default {@code None}: not sent): the kind of problem. One of "classifier" or
         * "regressor".
         *
         * @param predictorType the value
         * @return this builder
         */
        public Builder predictorType(String predictorType) {
            return hp(PREDICTOR_TYPE, predictorType);
        }

        /**
         * Sets {@code dimension_reduction_type} (default {@code None}: not sent): the dimension reduction method. One
         * of "sign" or "fjlt".
         *
         * @param dimensionReductionType the value
         * @return this builder
         */
        public Builder dimensionReductionType(String dimensionReductionType) {
            return hp(DIMENSION_REDUCTION_TYPE, dimensionReductionType);
        }

        /**
         * Sets {@code dimension_reduction_target} (default {@code None}: not sent): the reduced dimension. An integer
         * greater than 0 and less than feature_dim.
         *
         * @param dimensionReductionTarget the value
         * @return this builder
         */
        public Builder dimensionReductionTarget(int dimensionReductionTarget) {
            return hp(DIMENSION_REDUCTION_TARGET, dimensionReductionTarget);
        }

        /**
         * Sets {@code index_type} (default {@code None}: not sent): the index. One of "faiss.Flat", "faiss.IVFFlat",
         * "faiss.IVFPQ".
         *
         * @param indexType the value
         * @return this builder
         */
        public Builder indexType(String indexType) {
            return hp(INDEX_TYPE, indexType);
        }

        /**
         * Sets {@code index_metric} (default {@code None}: not sent): the distance. One of "COSINE", "INNER_PRODUCT",
         * "L2".
         *
         * @param indexMetric the value
         * @return this builder
         */
        public Builder indexMetric(String indexMetric) {
            return hp(INDEX_METRIC, indexMetric);
        }

        /**
         * Sets {@code faiss_index_ivf_nlists} (default {@code None}: not sent): the centroids of an IVF index. "auto"
         * or an integer greater than 0.
         *
         * @param faissIndexIvfNlists the value
         * @return this builder
         */
        public Builder faissIndexIvfNlists(String faissIndexIvfNlists) {
            return hp(FAISS_INDEX_IVF_NLISTS, faissIndexIvfNlists);
        }

        /**
         * Sets {@code faiss_index_pq_m} (default {@code None}: not sent): the sub-vectors of an IVFPQ index. An
         * integer greater than 0.
         *
         * @param faissIndexPqM the value
         * @return this builder
         */
        public Builder faissIndexPqM(int faissIndexPqM) {
            return hp(FAISS_INDEX_PQ_M, faissIndexPqM);
        }

        @Override
        public KNN build() {
            return new KNN(this);
        }
    }
}
