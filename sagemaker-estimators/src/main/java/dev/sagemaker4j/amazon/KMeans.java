/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.amazon;

import static dev.sagemaker4j.amazon.Hyperparameter.ge;
import static dev.sagemaker4j.amazon.Hyperparameter.gt;
import static dev.sagemaker4j.amazon.Hyperparameter.le;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * K-means clustering, as the Python SDK's {@code sagemaker.amazon.kmeans.KMeans}: finds {@code k} cluster centres.
 * Trains (image {@code kmeans}) on a {@link RecordSet}; {@code deploy} returns a {@link KMeansPredictor}. As in
 * Python, {@code force_dense=True} is always sent.
 *
 * <pre>{@code
 * KMeans kmeans = KMeans.builder().role(role).instanceCount(1).instanceType("local").k(3)
 *     .session(session).build();
 * kmeans.fit(kmeans.recordSet(NpyArray.of(rows)));
 * }</pre>
 */
public class KMeans extends AmazonAlgorithmEstimatorBase {
    static final Hyperparameter K = Hyperparameter.number("k", "k",
            "An integer greater-than 1", gt(1));
    static final Hyperparameter INIT_METHOD = Hyperparameter.choice("initMethod", "init_method",
            "One of \"random\", \"kmeans++\"",
            "random", "kmeans++");
    static final Hyperparameter MAX_ITERATIONS = Hyperparameter.number("maxIterations", "local_lloyd_max_iter",
            "An integer greater-than 0", gt(0));
    static final Hyperparameter TOL = Hyperparameter.number("tol", "local_lloyd_tol",
            "An float in [0, 1]", ge(0), le(1));
    static final Hyperparameter NUM_TRIALS = Hyperparameter.number("numTrials", "local_lloyd_num_trials",
            "An integer greater-than 0", gt(0));
    static final Hyperparameter LOCAL_INIT_METHOD = Hyperparameter.choice("localInitMethod", "local_lloyd_init_method",
            "One of \"random\", \"kmeans++\"",
            "random", "kmeans++");
    static final Hyperparameter HALF_LIFE_TIME_SIZE = Hyperparameter.number("halfLifeTimeSize", "half_life_time_size",
            "An integer greater-than-or-equal-to 0", ge(0));
    static final Hyperparameter EPOCHS = Hyperparameter.number("epochs", "epochs",
            "An integer greater-than 0", gt(0));
    static final Hyperparameter CENTER_FACTOR = Hyperparameter.number("centerFactor", "extra_center_factor",
            "An integer greater-than 0", gt(0));
    static final Hyperparameter EVAL_METRICS = Hyperparameter.any("evalMetrics", "eval_metrics");

    /**
     * Creates the estimator; Python's checks run here.
     *
     * @param b the builder
     */
    protected KMeans(Builder b) {
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
        return "kmeans";
    }

    /**
     * The hyperparameters as sent: {@code force_dense=True} (KMeans needs it to fit on records), then those set.
     *
     * @return an unmodifiable map
     */
    @Override
    public Map<String, String> hyperparameters() {
        Map<String, String> all = new LinkedHashMap<>();
        all.put("force_dense", "True");
        all.putAll(super.hyperparameters());
        return Collections.unmodifiableMap(all);
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
     * {@code init_method}.
     *
     * @return the value, or {@code null} when not set
     */
    public String initMethod() {
        return (String) hyperparameter("init_method");
    }

    /**
     * {@code max_iterations} (hyperparameter {@code local_lloyd_max_iter}).
     *
     * @return the value, or {@code null} when not set
     */
    public Integer maxIterations() {
        return (Integer) hyperparameter("local_lloyd_max_iter");
    }

    /**
     * {@code tol} (hyperparameter {@code local_lloyd_tol}).
     *
     * @return the value, or {@code null} when not set
     */
    public Double tol() {
        return (Double) hyperparameter("local_lloyd_tol");
    }

    /**
     * {@code num_trials} (hyperparameter {@code local_lloyd_num_trials}).
     *
     * @return the value, or {@code null} when not set
     */
    public Integer numTrials() {
        return (Integer) hyperparameter("local_lloyd_num_trials");
    }

    /**
     * {@code local_init_method} (hyperparameter {@code local_lloyd_init_method}).
     *
     * @return the value, or {@code null} when not set
     */
    public String localInitMethod() {
        return (String) hyperparameter("local_lloyd_init_method");
    }

    /**
     * {@code half_life_time_size}.
     *
     * @return the value, or {@code null} when not set
     */
    public Integer halfLifeTimeSize() {
        return (Integer) hyperparameter("half_life_time_size");
    }

    /**
     * {@code epochs}.
     *
     * @return the value, or {@code null} when not set
     */
    public Integer epochs() {
        return (Integer) hyperparameter("epochs");
    }

    /**
     * {@code center_factor} (hyperparameter {@code extra_center_factor}).
     *
     * @return the value, or {@code null} when not set
     */
    public Integer centerFactor() {
        return (Integer) hyperparameter("extra_center_factor");
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
     * A {@link KMeansModel} of the latest job, as {@code create_model()}: the estimator's role, VPC and network
     * isolation, the algorithm's image and {@link KMeansPredictor}.
     *
     * @return the model (not yet created on the backend)
     */
    @Override
    public KMeansModel createModel() {
        return createModel(null, getVpcConfig());
    }

    /**
     * A {@link KMeansModel} of the latest job, as
     * {@code create_model(vpc_config_override=VPC_CONFIG_DEFAULT, **kwargs)}.
     *
     * @param options the keywords
     * @return the model (not yet created on the backend)
     */
    @Override
    public KMeansModel createModel(java.util.function.Consumer<CreateModelOptions.Builder> options) {
        return (KMeansModel) super.createModel(options);
    }

    /**
     * A {@link KMeansModel} of the latest job with kept options.
     *
     * @param options the options
     * @return the model (not yet created on the backend)
     */
    @Override
    public KMeansModel createModel(CreateModelOptions options) {
        return (KMeansModel) super.createModel(options);
    }

    @Override
    KMeansModel createModel(String modelName,
            software.amazon.awssdk.services.sagemaker.model.VpcConfig vpc) {
        return KMeansModel.of(this, modelName, vpc);
    }

    /** Builds a {@link KMeans}; each method is a keyword of Python's {@code KMeans(...)}. */
    public static final class Builder extends AmazonAlgorithmEstimatorBase.Builder<Builder, KMeans> {

        private Builder() {
            // Python assigns every keyword in its constructor, None included: that is the order sent
            hp(K, null);
            hp(INIT_METHOD, null);
            hp(MAX_ITERATIONS, null);
            hp(TOL, null);
            hp(NUM_TRIALS, null);
            hp(LOCAL_INIT_METHOD, null);
            hp(HALF_LIFE_TIME_SIZE, null);
            hp(EPOCHS, null);
            hp(CENTER_FACTOR, null);
            hp(EVAL_METRICS, null);
        }

        /**
         * Sets {@code k} (default {@code None}: not sent): the number of clusters. An integer greater-than 1.
         *
         * @param k the value
         * @return this builder
         */
        public Builder k(int k) {
            return hp(K, k);
        }

        /**
         * Sets {@code init_method} (default {@code None}: not sent): how the initial centres are chosen. One of
         * "random", "kmeans++".
         *
         * @param initMethod the value
         * @return this builder
         */
        public Builder initMethod(String initMethod) {
            return hp(INIT_METHOD, initMethod);
        }

        /**
         * Sets {@code max_iterations} (default {@code None}: not sent): the iterations of the local Lloyd's step. An
         * integer greater-than 0.
         *
         * @param maxIterations the value
         * @return this builder
         */
        public Builder maxIterations(int maxIterations) {
            return hp(MAX_ITERATIONS, maxIterations);
        }

        /**
         * Sets {@code tol} (default {@code None}: not sent): the tolerance of the local Lloyd's step. An float in [0,
         * 1].
         *
         * @param tol the value
         * @return this builder
         */
        public Builder tol(double tol) {
            return hp(TOL, tol);
        }

        /**
         * Sets {@code num_trials} (default {@code None}: not sent): the local Lloyd's runs, the best kept. An integer
         * greater-than 0.
         *
         * @param numTrials the value
         * @return this builder
         */
        public Builder numTrials(int numTrials) {
            return hp(NUM_TRIALS, numTrials);
        }

        /**
         * Sets {@code local_init_method} (default {@code None}: not sent): the initialisation of the local Lloyd's
         * step. One of "random", "kmeans++".
         *
         * @param localInitMethod the value
         * @return this builder
         */
        public Builder localInitMethod(String localInitMethod) {
            return hp(LOCAL_INIT_METHOD, localInitMethod);
        }

        /**
         * Sets {@code half_life_time_size} (default {@code None}: not sent): the weight decay of earlier points. An
         * integer greater-than-or-equal-to 0.
         *
         * @param halfLifeTimeSize the value
         * @return this builder
         */
        public Builder halfLifeTimeSize(int halfLifeTimeSize) {
            return hp(HALF_LIFE_TIME_SIZE, halfLifeTimeSize);
        }

        /**
         * Sets {@code epochs} (default {@code None}: not sent): the passes over the data. An integer greater-than 0.
         *
         * @param epochs the value
         * @return this builder
         */
        public Builder epochs(int epochs) {
            return hp(EPOCHS, epochs);
        }

        /**
         * Sets {@code center_factor} (default {@code None}: not sent): the factor of extra centres kept while
         * training. An integer greater-than 0.
         *
         * @param centerFactor the value
         * @return this builder
         */
        public Builder centerFactor(int centerFactor) {
            return hp(CENTER_FACTOR, centerFactor);
        }

        /**
         * Sets {@code eval_metrics} (default {@code None}: not sent): the metrics reported, {@code msd} and/or {@code
         * ssd}. A comma separated list of "msd" or "ssd".
         *
         * @param evalMetrics the value
         * @return this builder
         */
        public Builder evalMetrics(List<String> evalMetrics) {
            return hp(EVAL_METRICS, List.copyOf(evalMetrics));
        }

        @Override
        public KMeans build() {
            return new KMeans(this);
        }
    }
}
