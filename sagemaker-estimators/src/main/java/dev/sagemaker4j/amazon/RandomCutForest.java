/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.amazon;

import static dev.sagemaker4j.amazon.Hyperparameter.ge;
import static dev.sagemaker4j.amazon.Hyperparameter.le;

import dev.sagemaker4j.exceptions.ValidationException;
import java.util.List;

/**
 * Random Cut Forest anomaly detection, as the Python SDK's {@code sagemaker.amazon.randomcutforest.RandomCutForest}.
 * Trains (image {@code randomcutforest}) on a {@link RecordSet} with a fixed mini-batch size of 1000;
 * {@code deploy} returns a {@link RandomCutForestPredictor} whose answers hold each record's {@code score}.
 *
 * <pre>{@code
 * RandomCutForest rcf = RandomCutForest.builder().role(role).instanceCount(1).instanceType("local")
 *     .numTrees(50).numSamplesPerTree(256).session(session).build();
 * rcf.fit(rcf.recordSet(NpyArray.of(rows)));
 * }</pre>
 */
public class RandomCutForest extends AmazonAlgorithmEstimatorBase {
    static final Hyperparameter NUM_SAMPLES_PER_TREE =
            Hyperparameter.number("numSamplesPerTree", "num_samples_per_tree",
            "An integer in [1, 2048]", ge(1), le(2048));
    static final Hyperparameter NUM_TREES = Hyperparameter.number("numTrees", "num_trees",
            "An integer in [50, 1000]", ge(50), le(1000));
    static final Hyperparameter EVAL_METRICS = Hyperparameter.any("evalMetrics", "eval_metrics");
    /** Random Cut Forest's own {@code feature_dim} range. */
    static final Hyperparameter FEATURE_DIM = Hyperparameter.number("featureDim", "feature_dim",
            "An integer in [1, 10000]", ge(1), le(10000));
    /** Python's {@code MINI_BATCH_SIZE}: the only mini-batch size Random Cut Forest takes. */
    public static final int MINI_BATCH_SIZE = 1000;

    /**
     * Creates the estimator; Python's checks run here.
     *
     * @param b the builder
     */
    protected RandomCutForest(Builder b) {
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
        return "randomcutforest";
    }

    @Override
    Hyperparameter featureDimHyperparameter() {
        return FEATURE_DIM;
    }

    @Override
    Integer miniBatchSizeFor(long numRecords, Integer given) {
        if (given == null) {
            return MINI_BATCH_SIZE;
        }
        if (given != MINI_BATCH_SIZE) {
            throw new ValidationException("miniBatchSize", given,
                    "Random Cut Forest uses a fixed mini_batch_size of " + MINI_BATCH_SIZE,
                    "leave miniBatchSize unset or pass " + MINI_BATCH_SIZE);
        }
        return given;
    }

    /**
     * {@code num_samples_per_tree}.
     *
     * @return the value, or {@code null} when not set
     */
    public Integer numSamplesPerTree() {
        return (Integer) hyperparameter("num_samples_per_tree");
    }

    /**
     * {@code num_trees}.
     *
     * @return the value, or {@code null} when not set
     */
    public Integer numTrees() {
        return (Integer) hyperparameter("num_trees");
    }

    /**
     * {@code eval_metrics}.
     *
     * @return the value, or {@code null} when not set
     */
    @SuppressWarnings("unchecked")
    public List<String> evalMetrics() {
        return (List<String>) hyperparameter("eval_metrics");
    }

    /**
     * A {@link RandomCutForestModel} of the latest job, as {@code create_model()}: the estimator's role, VPC and
     * network
     * isolation, the algorithm's image and {@link RandomCutForestPredictor}.
     *
     * @return the model (not yet created on the backend)
     */
    @Override
    public RandomCutForestModel createModel() {
        return createModel(null, getVpcConfig());
    }

    /**
     * A {@link RandomCutForestModel} of the latest job, as
     * {@code create_model(vpc_config_override=VPC_CONFIG_DEFAULT, **kwargs)}.
     *
     * @param options the keywords
     * @return the model (not yet created on the backend)
     */
    @Override
    public RandomCutForestModel createModel(java.util.function.Consumer<CreateModelOptions.Builder> options) {
        return (RandomCutForestModel) super.createModel(options);
    }

    /**
     * A {@link RandomCutForestModel} of the latest job with kept options.
     *
     * @param options the options
     * @return the model (not yet created on the backend)
     */
    @Override
    public RandomCutForestModel createModel(CreateModelOptions options) {
        return (RandomCutForestModel) super.createModel(options);
    }

    @Override
    RandomCutForestModel createModel(String modelName,
            software.amazon.awssdk.services.sagemaker.model.VpcConfig vpc) {
        return RandomCutForestModel.of(this, modelName, vpc);
    }

    /** Builds a {@link RandomCutForest}; each method is a keyword of Python's {@code RandomCutForest(...)}. */
    public static final class Builder extends AmazonAlgorithmEstimatorBase.Builder<Builder, RandomCutForest> {

        private Builder() {
            // Python assigns every keyword in its constructor, None included: that is the order sent
            hp(NUM_SAMPLES_PER_TREE, null);
            hp(NUM_TREES, null);
            hp(EVAL_METRICS, null);
        }

        /**
         * Sets {@code num_samples_per_tree} (default {@code None}: not sent): the points each tree samples. An integer
         * in [1, 2048].
         *
         * @param numSamplesPerTree the value
         * @return this builder
         */
        public Builder numSamplesPerTree(int numSamplesPerTree) {
            return hp(NUM_SAMPLES_PER_TREE, numSamplesPerTree);
        }

        /**
         * Sets {@code num_trees} (default {@code None}: not sent): the trees of the forest. An integer in [50, 1000].
         *
         * @param numTrees the value
         * @return this builder
         */
        public Builder numTrees(int numTrees) {
            return hp(NUM_TREES, numTrees);
        }

        /**
         * Sets {@code eval_metrics} (default {@code None}: not sent): the metrics computed on a labelled test channel.
         * A comma separated list of "accuracy" or "precision_recall_fscore".
         *
         * @param evalMetrics the value
         * @return this builder
         */
        public Builder evalMetrics(List<String> evalMetrics) {
            return hp(EVAL_METRICS, List.copyOf(evalMetrics));
        }

        @Override
        public RandomCutForest build() {
            return new RandomCutForest(this);
        }
    }
}
