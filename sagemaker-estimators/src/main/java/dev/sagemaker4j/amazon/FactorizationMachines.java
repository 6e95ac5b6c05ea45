/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.amazon;

import static dev.sagemaker4j.amazon.Hyperparameter.ge;
import static dev.sagemaker4j.amazon.Hyperparameter.gt;

/**
 * Factorization machines for classification and regression on sparse data, as the Python SDK's {@code
 * sagemaker.amazon.factorization_machines.FactorizationMachines}. Trains (image {@code factorization-machines}) on a
 * {@link RecordSet} with labels; {@code deploy} returns a {@link FactorizationMachinesPredictor}.
 *
 * <pre>{@code
 * FactorizationMachines fm = FactorizationMachines.builder().role(role).instanceCount(1).instanceType("local")
 *     .numFactors(4).predictorType("regressor").session(session).build();
 * fm.fit(fm.recordSet(NpyArray.of(features), NpyArray.of(labels)));
 * }</pre>
 */
public class FactorizationMachines extends AmazonAlgorithmEstimatorBase {
    static final Hyperparameter NUM_FACTORS = Hyperparameter.number("numFactors", "num_factors",
            "An integer greater than zero", gt(0));
    static final Hyperparameter PREDICTOR_TYPE = Hyperparameter.choice("predictorType", "predictor_type",
            "Value \"binary_classifier\" or \"regressor\"",
            "binary_classifier", "regressor");
    static final Hyperparameter EPOCHS = Hyperparameter.number("epochs", "epochs",
            "An integer greater than 0", gt(0));
    static final Hyperparameter CLIP_GRADIENT = Hyperparameter.any("clipGradient", "clip_gradient");
    static final Hyperparameter EPS = Hyperparameter.any("eps", "eps");
    static final Hyperparameter RESCALE_GRAD = Hyperparameter.any("rescaleGrad", "rescale_grad");
    static final Hyperparameter BIAS_LR = Hyperparameter.number("biasLr", "bias_lr",
            "A non-negative float", ge(0));
    static final Hyperparameter LINEAR_LR = Hyperparameter.number("linearLr", "linear_lr",
            "A non-negative float", ge(0));
    static final Hyperparameter FACTORS_LR = Hyperparameter.number("factorsLr", "factors_lr",
            "A non-negative float", ge(0));
    static final Hyperparameter BIAS_WD = Hyperparameter.number("biasWd", "bias_wd",
            "A non-negative float", ge(0));
    static final Hyperparameter LINEAR_WD = Hyperparameter.number("linearWd", "linear_wd",
            "A non-negative float", ge(0));
    static final Hyperparameter FACTORS_WD = Hyperparameter.number("factorsWd", "factors_wd",
            "A non-negative float", ge(0));
    static final Hyperparameter BIAS_INIT_METHOD = Hyperparameter.choice("biasInitMethod", "bias_init_method",
            "Value \"normal\", \"uniform\" or \"constant\"",
            "normal", "uniform", "constant");
    static final Hyperparameter BIAS_INIT_SCALE = Hyperparameter.number("biasInitScale", "bias_init_scale",
            "A non-negative float", ge(0));
    static final Hyperparameter BIAS_INIT_SIGMA = Hyperparameter.number("biasInitSigma", "bias_init_sigma",
            "A non-negative float", ge(0));
    static final Hyperparameter BIAS_INIT_VALUE = Hyperparameter.any("biasInitValue", "bias_init_value");
    static final Hyperparameter LINEAR_INIT_METHOD = Hyperparameter.choice("linearInitMethod", "linear_init_method",
            "Value \"normal\", \"uniform\" or \"constant\"",
            "normal", "uniform", "constant");
    static final Hyperparameter LINEAR_INIT_SCALE = Hyperparameter.number("linearInitScale", "linear_init_scale",
            "A non-negative float", ge(0));
    static final Hyperparameter LINEAR_INIT_SIGMA = Hyperparameter.number("linearInitSigma", "linear_init_sigma",
            "A non-negative float", ge(0));
    static final Hyperparameter LINEAR_INIT_VALUE = Hyperparameter.any("linearInitValue", "linear_init_value");
    static final Hyperparameter FACTORS_INIT_METHOD = Hyperparameter.choice("factorsInitMethod", "factors_init_method",
            "Value \"normal\", \"uniform\" or \"constant\"",
            "normal", "uniform", "constant");
    static final Hyperparameter FACTORS_INIT_SCALE = Hyperparameter.number("factorsInitScale", "factors_init_scale",
            "A non-negative float", ge(0));
    static final Hyperparameter FACTORS_INIT_SIGMA = Hyperparameter.number("factorsInitSigma", "factors_init_sigma",
            "A non-negative float", ge(0));
    static final Hyperparameter FACTORS_INIT_VALUE = Hyperparameter.any("factorsInitValue", "factors_init_value");

    /**
     * Creates the estimator; Python's checks run here.
     *
     * @param b the builder
     */
    protected FactorizationMachines(Builder b) {
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
        return "factorization-machines";
    }


    /**
     * {@code num_factors}.
     *
     * @return the value, or {@code null} when not set
     */
    public Integer numFactors() {
        return (Integer) hyperparameter("num_factors");
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
     * {@code epochs}.
     *
     * @return the value, or {@code null} when not set
     */
    public Integer epochs() {
        return (Integer) hyperparameter("epochs");
    }

    /**
     * {@code clip_gradient}.
     *
     * @return the value, or {@code null} when not set
     */
    public Double clipGradient() {
        return (Double) hyperparameter("clip_gradient");
    }

    /**
     * {@code eps}.
     *
     * @return the value, or {@code null} when not set
     */
    public Double eps() {
        return (Double) hyperparameter("eps");
    }

    /**
     * {@code rescale_grad}.
     *
     * @return the value, or {@code null} when not set
     */
    public Double rescaleGrad() {
        return (Double) hyperparameter("rescale_grad");
    }

    /**
     * {@code bias_lr}.
     *
     * @return the value, or {@code null} when not set
     */
    public Double biasLr() {
        return (Double) hyperparameter("bias_lr");
    }

    /**
     * {@code linear_lr}.
     *
     * @return the value, or {@code null} when not set
     */
    public Double linearLr() {
        return (Double) hyperparameter("linear_lr");
    }

    /**
     * {@code factors_lr}.
     *
     * @return the value, or {@code null} when not set
     */
    public Double factorsLr() {
        return (Double) hyperparameter("factors_lr");
    }

    /**
     * {@code bias_wd}.
     *
     * @return the value, or {@code null} when not set
     */
    public Double biasWd() {
        return (Double) hyperparameter("bias_wd");
    }

    /**
     * {@code linear_wd}.
     *
     * @return the value, or {@code null} when not set
     */
    public Double linearWd() {
        return (Double) hyperparameter("linear_wd");
    }

    /**
     * {@code factors_wd}.
     *
     * @return the value, or {@code null} when not set
     */
    public Double factorsWd() {
        return (Double) hyperparameter("factors_wd");
    }

    /**
     * {@code bias_init_method}.
     *
     * @return the value, or {@code null} when not set
     */
    public String biasInitMethod() {
        return (String) hyperparameter("bias_init_method");
    }

    /**
     * {@code bias_init_scale}.
     *
     * @return the value, or {@code null} when not set
     */
    public Double biasInitScale() {
        return (Double) hyperparameter("bias_init_scale");
    }

    /**
     * {@code bias_init_sigma}.
     *
     * @return the value, or {@code null} when not set
     */
    public Double biasInitSigma() {
        return (Double) hyperparameter("bias_init_sigma");
    }

    /**
     * {@code bias_init_value}.
     *
     * @return the value, or {@code null} when not set
     */
    public Double biasInitValue() {
        return (Double) hyperparameter("bias_init_value");
    }

    /**
     * {@code linear_init_method}.
     *
     * @return the value, or {@code null} when not set
     */
    public String linearInitMethod() {
        return (String) hyperparameter("linear_init_method");
    }

    /**
     * {@code linear_init_scale}.
     *
     * @return the value, or {@code null} when not set
     */
    public Double linearInitScale() {
        return (Double) hyperparameter("linear_init_scale");
    }

    /**
     * {@code linear_init_sigma}.
     *
     * @return the value, or {@code null} when not set
     */
    public Double linearInitSigma() {
        return (Double) hyperparameter("linear_init_sigma");
    }

    /**
     * {@code linear_init_value}.
     *
     * @return the value, or {@code null} when not set
     */
    public Double linearInitValue() {
        return (Double) hyperparameter("linear_init_value");
    }

    /**
     * {@code factors_init_method}.
     *
     * @return the value, or {@code null} when not set
     */
    public String factorsInitMethod() {
        return (String) hyperparameter("factors_init_method");
    }

    /**
     * {@code factors_init_scale}.
     *
     * @return the value, or {@code null} when not set
     */
    public Double factorsInitScale() {
        return (Double) hyperparameter("factors_init_scale");
    }

    /**
     * {@code factors_init_sigma}.
     *
     * @return the value, or {@code null} when not set
     */
    public Double factorsInitSigma() {
        return (Double) hyperparameter("factors_init_sigma");
    }

    /**
     * {@code factors_init_value}.
     *
     * @return the value, or {@code null} when not set
     */
    public Double factorsInitValue() {
        return (Double) hyperparameter("factors_init_value");
    }

    /**
     * A {@link FactorizationMachinesModel} of the latest job, as {@code create_model()}: the estimator's role, VPC and
     * network
     * isolation, the algorithm's image and {@link FactorizationMachinesPredictor}.
     *
     * @return the model (not yet created on the backend)
     */
    @Override
    public FactorizationMachinesModel createModel() {
        return createModel(null, getVpcConfig());
    }

    /**
     * A {@link FactorizationMachinesModel} of the latest job, as
     * {@code create_model(vpc_config_override=VPC_CONFIG_DEFAULT, **kwargs)}.
     *
     * @param options the keywords
     * @return the model (not yet created on the backend)
     */
    @Override
    public FactorizationMachinesModel createModel(java.util.function.Consumer<CreateModelOptions.Builder> options) {
        return (FactorizationMachinesModel) super.createModel(options);
    }

    /**
     * A {@link FactorizationMachinesModel} of the latest job with kept options.
     *
     * @param options the options
     * @return the model (not yet created on the backend)
     */
    @Override
    public FactorizationMachinesModel createModel(CreateModelOptions options) {
        return (FactorizationMachinesModel) super.createModel(options);
    }

    @Override
    FactorizationMachinesModel createModel(String modelName,
            software.amazon.awssdk.services.sagemaker.model.VpcConfig vpc) {
        return FactorizationMachinesModel.of(this, modelName, vpc);
    }

    /**
     * Builds a {@link FactorizationMachines}; each method is a keyword of Python's {@code
     * FactorizationMachines(...)}.
     */
    public static final class Builder extends AmazonAlgorithmEstimatorBase.Builder<Builder, FactorizationMachines> {

        private Builder() {
            // Python assigns every keyword in its constructor, None included: that is the order sent
            hp(NUM_FACTORS, null);
            hp(PREDICTOR_TYPE, null);
            hp(EPOCHS, null);
            hp(CLIP_GRADIENT, null);
            hp(EPS, null);
            hp(RESCALE_GRAD, null);
            hp(BIAS_LR, null);
            hp(LINEAR_LR, null);
            hp(FACTORS_LR, null);
            hp(BIAS_WD, null);
            hp(LINEAR_WD, null);
            hp(FACTORS_WD, null);
            hp(BIAS_INIT_METHOD, null);
            hp(BIAS_INIT_SCALE, null);
            hp(BIAS_INIT_SIGMA, null);
            hp(BIAS_INIT_VALUE, null);
            hp(LINEAR_INIT_METHOD, null);
            hp(LINEAR_INIT_SCALE, null);
            hp(LINEAR_INIT_SIGMA, null);
            hp(LINEAR_INIT_VALUE, null);
            hp(FACTORS_INIT_METHOD, null);
            hp(FACTORS_INIT_SCALE, null);
            hp(FACTORS_INIT_SIGMA, null);
            hp(FACTORS_INIT_VALUE, null);
        }

        /**
         * Sets {@code num_factors} (default {@code None}: not sent): the dimension of the factorization. An integer
         * greater than zero.
         *
         * @param numFactors the value
         * @return this builder
         */
        public Builder numFactors(int numFactors) {
            return hp(NUM_FACTORS, numFactors);
        }

        /**
         * Sets {@code predictor_type} (default {@code None}: not sent): the kind of problem. Value "binary_classifier"
         * or "regressor".
         *
         * @param predictorType the value
         * @return this builder
         */
        public Builder predictorType(String predictorType) {
            return hp(PREDICTOR_TYPE, predictorType);
        }

        /**
         * Sets {@code epochs} (default {@code None}: not sent): the passes over the data. An integer greater than 0.
         *
         * @param epochs the value
         * @return this builder
         */
        public Builder epochs(int epochs) {
            return hp(EPOCHS, epochs);
        }

        /**
         * Sets {@code clip_gradient} (default {@code None}: not sent): the gradient clipping threshold. A float value.
         *
         * @param clipGradient the value
         * @return this builder
         */
        public Builder clipGradient(double clipGradient) {
            return hp(CLIP_GRADIENT, clipGradient);
        }

        /**
         * Sets {@code eps} (default {@code None}: not sent): the epsilon of the optimizer. A float value.
         *
         * @param eps the value
         * @return this builder
         */
        public Builder eps(double eps) {
            return hp(EPS, eps);
        }

        /**
         * Sets {@code rescale_grad} (default {@code None}: not sent): the gradient rescaling. A float value.
         *
         * @param rescaleGrad the value
         * @return this builder
         */
        public Builder rescaleGrad(double rescaleGrad) {
            return hp(RESCALE_GRAD, rescaleGrad);
        }

        /**
         * Sets {@code bias_lr} (default {@code None}: not sent): the learning rate of the bias. A non-negative float.
         *
         * @param biasLr the value
         * @return this builder
         */
        public Builder biasLr(double biasLr) {
            return hp(BIAS_LR, biasLr);
        }

        /**
         * Sets {@code linear_lr} (default {@code None}: not sent): the learning rate of the linear terms. A
         * non-negative float.
         *
         * @param linearLr the value
         * @return this builder
         */
        public Builder linearLr(double linearLr) {
            return hp(LINEAR_LR, linearLr);
        }

        /**
         * Sets {@code factors_lr} (default {@code None}: not sent): the learning rate of the factors. A non-negative
         * float.
         *
         * @param factorsLr the value
         * @return this builder
         */
        public Builder factorsLr(double factorsLr) {
            return hp(FACTORS_LR, factorsLr);
        }

        /**
         * Sets {@code bias_wd} (default {@code None}: not sent): the weight decay of the bias. A non-negative float.
         *
         * @param biasWd the value
         * @return this builder
         */
        public Builder biasWd(double biasWd) {
            return hp(BIAS_WD, biasWd);
        }

        /**
         * Sets {@code linear_wd} (default {@code None}: not sent): the weight decay of the linear terms. A
         * non-negative float.
         *
         * @param linearWd the value
         * @return this builder
         */
        public Builder linearWd(double linearWd) {
            return hp(LINEAR_WD, linearWd);
        }

        /**
         * Sets {@code factors_wd} (default {@code None}: not sent): the weight decay of the factors. A non-negative
         * float.
         *
         * @param factorsWd the value
         * @return this builder
         */
        public Builder factorsWd(double factorsWd) {
            return hp(FACTORS_WD, factorsWd);
        }

        /**
         * Sets {@code bias_init_method} (default {@code None}: not sent): the initialisation of the bias. Value
         * "normal", "uniform" or "constant".
         *
         * @param biasInitMethod the value
         * @return this builder
         */
        public Builder biasInitMethod(String biasInitMethod) {
            return hp(BIAS_INIT_METHOD, biasInitMethod);
        }

        /**
         * Sets {@code bias_init_scale} (default {@code None}: not sent): the range of the uniform initialisation of
         * the bias. A non-negative float.
         *
         * @param biasInitScale the value
         * @return this builder
         */
        public Builder biasInitScale(double biasInitScale) {
            return hp(BIAS_INIT_SCALE, biasInitScale);
        }

        /**
         * Sets {@code bias_init_sigma} (default {@code None}: not sent): the standard deviation of the normal
         * initialisation of the bias. A non-negative float.
         *
         * @param biasInitSigma the value
         * @return this builder
         */
        public Builder biasInitSigma(double biasInitSigma) {
            return hp(BIAS_INIT_SIGMA, biasInitSigma);
        }

        /**
         * Sets {@code bias_init_value} (default {@code None}: not sent): the constant initial value of the bias. A
         * float value.
         *
         * @param biasInitValue the value
         * @return this builder
         */
        public Builder biasInitValue(double biasInitValue) {
            return hp(BIAS_INIT_VALUE, biasInitValue);
        }

        /**
         * Sets {@code linear_init_method} (default {@code None}: not sent): the initialisation of the linear terms.
         * Value "normal", "uniform" or "constant".
         *
         * @param linearInitMethod the value
         * @return this builder
         */
        public Builder linearInitMethod(String linearInitMethod) {
            return hp(LINEAR_INIT_METHOD, linearInitMethod);
        }

        /**
         * Sets {@code linear_init_scale} (default {@code None}: not sent): the range of the uniform initialisation of
         * the linear terms. A non-negative float.
         *
         * @param linearInitScale the value
         * @return this builder
         */
        public Builder linearInitScale(double linearInitScale) {
            return hp(LINEAR_INIT_SCALE, linearInitScale);
        }

        /**
         * Sets {@code linear_init_sigma} (default {@code None}: not sent): the standard deviation of the normal
         * initialisation of the linear terms. A non-negative float.
         *
         * @param linearInitSigma the value
         * @return this builder
         */
        public Builder linearInitSigma(double linearInitSigma) {
            return hp(LINEAR_INIT_SIGMA, linearInitSigma);
        }

        /**
         * Sets {@code linear_init_value} (default {@code None}: not sent): the constant initial value of the linear
         * terms. A float value.
         *
         * @param linearInitValue the value
         * @return this builder
         */
        public Builder linearInitValue(double linearInitValue) {
            return hp(LINEAR_INIT_VALUE, linearInitValue);
        }

        /**
         * Sets {@code factors_init_method} (default {@code None}: not sent): the initialisation of the factors. Value
         * "normal", "uniform" or "constant".
         *
         * @param factorsInitMethod the value
         * @return this builder
         */
        public Builder factorsInitMethod(String factorsInitMethod) {
            return hp(FACTORS_INIT_METHOD, factorsInitMethod);
        }

        /**
         * Sets {@code factors_init_scale} (default {@code None}: not sent): the range of the uniform initialisation of
         * the factors. A non-negative float.
         *
         * @param factorsInitScale the value
         * @return this builder
         */
        public Builder factorsInitScale(double factorsInitScale) {
            return hp(FACTORS_INIT_SCALE, factorsInitScale);
        }

        /**
         * Sets {@code factors_init_sigma} (default {@code None}: not sent): the standard deviation of the normal
         * initialisation of the factors. A non-negative float.
         *
         * @param factorsInitSigma the value
         * @return this builder
         */
        public Builder factorsInitSigma(double factorsInitSigma) {
            return hp(FACTORS_INIT_SIGMA, factorsInitSigma);
        }

        /**
         * Sets {@code factors_init_value} (default {@code None}: not sent): the constant initial value of the factors.
         * A float value.
         *
         * @param factorsInitValue the value
         * @return this builder
         */
        public Builder factorsInitValue(double factorsInitValue) {
            return hp(FACTORS_INIT_VALUE, factorsInitValue);
        }

        @Override
        public FactorizationMachines build() {
            return new FactorizationMachines(this);
        }
    }
}
