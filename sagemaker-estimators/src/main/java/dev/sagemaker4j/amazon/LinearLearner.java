/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.amazon;

import static dev.sagemaker4j.amazon.Hyperparameter.ge;
import static dev.sagemaker4j.amazon.Hyperparameter.gt;
import static dev.sagemaker4j.amazon.Hyperparameter.le;
import static dev.sagemaker4j.amazon.Hyperparameter.lt;

import dev.sagemaker4j.estimator.internal.PythonStr;
import dev.sagemaker4j.exceptions.ValidationException;

/**
 * Linear models for classification and regression, as the Python SDK's {@code
 * sagemaker.amazon.linear_learner.LinearLearner}. Trains (image {@code linear-learner}) on a {@link RecordSet} with
 * labels; {@code deploy} returns a {@link LinearLearnerPredictor}.
 *
 * <pre>{@code
 * LinearLearner ll = LinearLearner.builder().role(role).instanceCount(1).instanceType("local")
 *     .predictorType("binary_classifier").epochs(10).session(session).build();
 * ll.fit(ll.recordSet(NpyArray.of(features), NpyArray.of(labels)));
 * }</pre>
 */
public class LinearLearner extends AmazonAlgorithmEstimatorBase {
    static final Hyperparameter PREDICTOR_TYPE = Hyperparameter.choice("predictorType", "predictor_type",
            "One of \"binary_classifier\" or \"multiclass_classifier\" or \"regressor\"",
            "binary_classifier", "regressor", "multiclass_classifier");
    static final Hyperparameter BINARY_CLASSIFIER_MODEL_SELECTION_CRITERIA =
            Hyperparameter.choice("binaryClassifierModelSelectionCriteria",
            "binary_classifier_model_selection_criteria",
            "",
            "accuracy", "f1", "f_beta", "precision_at_target_recall", "recall_at_target_precision",
            "cross_entropy_loss", "loss_function");
    static final Hyperparameter TARGET_RECALL = Hyperparameter.number("targetRecall", "target_recall",
            "A float in (0,1)", gt(0), lt(1));
    static final Hyperparameter TARGET_PRECISION = Hyperparameter.number("targetPrecision", "target_precision",
            "A float in (0,1)", gt(0), lt(1));
    static final Hyperparameter POSITIVE_EXAMPLE_WEIGHT_MULT =
            Hyperparameter.any("positiveExampleWeightMult", "positive_example_weight_mult");
    static final Hyperparameter EPOCHS = Hyperparameter.number("epochs", "epochs",
            "An integer greater-than 0", gt(0));
    static final Hyperparameter USE_BIAS = Hyperparameter.any("useBias", "use_bias");
    static final Hyperparameter NUM_MODELS = Hyperparameter.number("numModels", "num_models",
            "An integer greater-than 0", gt(0));
    static final Hyperparameter NUM_CALIBRATION_SAMPLES =
            Hyperparameter.number("numCalibrationSamples", "num_calibration_samples",
            "An integer greater-than 0", gt(0));
    static final Hyperparameter INIT_METHOD = Hyperparameter.choice("initMethod", "init_method",
            "One of \"uniform\" or \"normal\"",
            "uniform", "normal");
    static final Hyperparameter INIT_SCALE = Hyperparameter.number("initScale", "init_scale",
            "A float greater-than 0", gt(0));
    static final Hyperparameter INIT_SIGMA = Hyperparameter.number("initSigma", "init_sigma",
            "A float greater-than 0", gt(0));
    static final Hyperparameter INIT_BIAS = Hyperparameter.any("initBias", "init_bias");
    static final Hyperparameter OPTIMIZER = Hyperparameter.choice("optimizer", "optimizer",
            "One of \"sgd\", \"adam\", \"rmsprop\" or \"auto",
            "sgd", "adam", "rmsprop", "auto");
    static final Hyperparameter LOSS = Hyperparameter.choice("loss", "loss",
            "\"logistic\", \"squared_loss\", \"absolute_loss\", \"hinge_loss\", "
            + "\"eps_insensitive_squared_loss\", \"eps_insensitive_absolute_loss\", "
            + "\"quantile_loss\", \"huber_loss\", \"softmax_loss\" or \"auto\"",
            "logistic", "squared_loss", "absolute_loss", "hinge_loss", "eps_insensitive_squared_loss",
            "eps_insensitive_absolute_loss", "quantile_loss", "huber_loss", "softmax_loss", "auto");
    static final Hyperparameter WD = Hyperparameter.number("wd", "wd",
            "A float greater-than or equal to 0", ge(0));
    static final Hyperparameter L1 = Hyperparameter.number("l1", "l1",
            "A float greater-than or equal to 0", ge(0));
    static final Hyperparameter MOMENTUM = Hyperparameter.number("momentum", "momentum",
            "A float in [0,1)", ge(0), lt(1));
    static final Hyperparameter LEARNING_RATE = Hyperparameter.number("learningRate", "learning_rate",
            "A float greater-than 0", gt(0));
    static final Hyperparameter BETA_1 = Hyperparameter.number("beta1", "beta_1",
            "A float in [0,1)", ge(0), lt(1));
    static final Hyperparameter BETA_2 = Hyperparameter.number("beta2", "beta_2",
            "A float in [0,1)", ge(0), lt(1));
    static final Hyperparameter BIAS_LR_MULT = Hyperparameter.number("biasLrMult", "bias_lr_mult",
            "A float greater-than 0", gt(0));
    static final Hyperparameter BIAS_WD_MULT = Hyperparameter.number("biasWdMult", "bias_wd_mult",
            "A float greater-than or equal to 0", ge(0));
    static final Hyperparameter USE_LR_SCHEDULER = Hyperparameter.any("useLrScheduler", "use_lr_scheduler");
    static final Hyperparameter LR_SCHEDULER_STEP = Hyperparameter.number("lrSchedulerStep", "lr_scheduler_step",
            "An integer greater-than 0", gt(0));
    static final Hyperparameter LR_SCHEDULER_FACTOR = Hyperparameter.number("lrSchedulerFactor", "lr_scheduler_factor",
            "A float in (0,1)", gt(0), lt(1));
    static final Hyperparameter LR_SCHEDULER_MINIMUM_LR =
            Hyperparameter.number("lrSchedulerMinimumLr", "lr_scheduler_minimum_lr",
            "A float greater-than 0", gt(0));
    static final Hyperparameter NORMALIZE_DATA = Hyperparameter.any("normalizeData", "normalize_data");
    static final Hyperparameter NORMALIZE_LABEL = Hyperparameter.any("normalizeLabel", "normalize_label");
    static final Hyperparameter UNBIAS_DATA = Hyperparameter.any("unbiasData", "unbias_data");
    static final Hyperparameter UNBIAS_LABEL = Hyperparameter.any("unbiasLabel", "unbias_label");
    static final Hyperparameter NUM_POINT_FOR_SCALER =
            Hyperparameter.number("numPointForScaler", "num_point_for_scaler",
            "An integer greater-than 0", gt(0));
    static final Hyperparameter MARGIN = Hyperparameter.number("margin", "margin",
            "A float greater-than or equal to 0", ge(0));
    static final Hyperparameter QUANTILE = Hyperparameter.number("quantile", "quantile",
            "A float in (0,1)", gt(0), lt(1));
    static final Hyperparameter LOSS_INSENSITIVITY = Hyperparameter.number("lossInsensitivity", "loss_insensitivity",
            "A float greater-than 0", gt(0));
    static final Hyperparameter HUBER_DELTA = Hyperparameter.number("huberDelta", "huber_delta",
            "A float greater-than or equal to 0", ge(0));
    static final Hyperparameter EARLY_STOPPING_PATIENCE =
            Hyperparameter.number("earlyStoppingPatience", "early_stopping_patience",
            "An integer greater-than 0", gt(0));
    static final Hyperparameter EARLY_STOPPING_TOLERANCE =
            Hyperparameter.number("earlyStoppingTolerance", "early_stopping_tolerance",
            "A float greater-than 0", gt(0));
    static final Hyperparameter NUM_CLASSES = Hyperparameter.number("numClasses", "num_classes",
            "An integer in [1,1000000]", gt(0), le(1000000));
    static final Hyperparameter ACCURACY_TOP_K = Hyperparameter.number("accuracyTopK", "accuracy_top_k",
            "An integer in [1,1000000]", gt(0), le(1000000));
    static final Hyperparameter F_BETA = Hyperparameter.number("fBeta", "f_beta",
            "A float greater-than 0", gt(0));
    static final Hyperparameter BALANCE_MULTICLASS_WEIGHTS =
            Hyperparameter.any("balanceMulticlassWeights", "balance_multiclass_weights");

    /**
     * Creates the estimator; Python's checks run here.
     *
     * @param b the builder
     */
    protected LinearLearner(Builder b) {
        super(b);
        if ("multiclass_classifier".equals(predictorType())
                && (numClasses() == null || numClasses() < 3)) {
            throw new ValidationException("numClasses", numClasses(), "For predictor_type 'multiclass_classifier', "
                    + "'num_classes' should be set to a value greater than 2.", "pass numClasses(3) or more");
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
        return "linear-learner";
    }

    /**
     * Python's {@code DEFAULT_MINI_BATCH_SIZE}.
     *
     * @return 1000
     */
    @Override
    public Integer defaultMiniBatchSize() {
        return 1000;
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
     * {@code binary_classifier_model_selection_criteria}.
     *
     * @return the value, or {@code null} when not set
     */
    public String binaryClassifierModelSelectionCriteria() {
        return (String) hyperparameter("binary_classifier_model_selection_criteria");
    }

    /**
     * {@code target_recall}.
     *
     * @return the value, or {@code null} when not set
     */
    public Double targetRecall() {
        return (Double) hyperparameter("target_recall");
    }

    /**
     * {@code target_precision}.
     *
     * @return the value, or {@code null} when not set
     */
    public Double targetPrecision() {
        return (Double) hyperparameter("target_precision");
    }

    /**
     * {@code positive_example_weight_mult}.
     *
     * @return the value, or {@code null} when not set
     */
    public String positiveExampleWeightMult() {
        return (String) hyperparameter("positive_example_weight_mult");
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
     * {@code use_bias}.
     *
     * @return the value, or {@code null} when not set
     */
    public Boolean useBias() {
        return (Boolean) hyperparameter("use_bias");
    }

    /**
     * {@code num_models}.
     *
     * @return the value, or {@code null} when not set
     */
    public Integer numModels() {
        return (Integer) hyperparameter("num_models");
    }

    /**
     * {@code num_calibration_samples}.
     *
     * @return the value, or {@code null} when not set
     */
    public Integer numCalibrationSamples() {
        return (Integer) hyperparameter("num_calibration_samples");
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
     * {@code init_scale}.
     *
     * @return the value, or {@code null} when not set
     */
    public Double initScale() {
        return (Double) hyperparameter("init_scale");
    }

    /**
     * {@code init_sigma}.
     *
     * @return the value, or {@code null} when not set
     */
    public Double initSigma() {
        return (Double) hyperparameter("init_sigma");
    }

    /**
     * {@code init_bias}.
     *
     * @return the value, or {@code null} when not set
     */
    public Double initBias() {
        return (Double) hyperparameter("init_bias");
    }

    /**
     * {@code optimizer}.
     *
     * @return the value, or {@code null} when not set
     */
    public String optimizer() {
        return (String) hyperparameter("optimizer");
    }

    /**
     * {@code loss}.
     *
     * @return the value, or {@code null} when not set
     */
    public String loss() {
        return (String) hyperparameter("loss");
    }

    /**
     * {@code wd}.
     *
     * @return the value, or {@code null} when not set
     */
    public Double wd() {
        return (Double) hyperparameter("wd");
    }

    /**
     * {@code l1}.
     *
     * @return the value, or {@code null} when not set
     */
    public Double l1() {
        return (Double) hyperparameter("l1");
    }

    /**
     * {@code momentum}.
     *
     * @return the value, or {@code null} when not set
     */
    public Double momentum() {
        return (Double) hyperparameter("momentum");
    }

    /**
     * {@code learning_rate}.
     *
     * @return the value, or {@code null} when not set
     */
    public Double learningRate() {
        return (Double) hyperparameter("learning_rate");
    }

    /**
     * {@code beta_1}.
     *
     * @return the value, or {@code null} when not set
     */
    public Double beta1() {
        return (Double) hyperparameter("beta_1");
    }

    /**
     * {@code beta_2}.
     *
     * @return the value, or {@code null} when not set
     */
    public Double beta2() {
        return (Double) hyperparameter("beta_2");
    }

    /**
     * {@code bias_lr_mult}.
     *
     * @return the value, or {@code null} when not set
     */
    public Double biasLrMult() {
        return (Double) hyperparameter("bias_lr_mult");
    }

    /**
     * {@code bias_wd_mult}.
     *
     * @return the value, or {@code null} when not set
     */
    public Double biasWdMult() {
        return (Double) hyperparameter("bias_wd_mult");
    }

    /**
     * {@code use_lr_scheduler}.
     *
     * @return the value, or {@code null} when not set
     */
    public Boolean useLrScheduler() {
        return (Boolean) hyperparameter("use_lr_scheduler");
    }

    /**
     * {@code lr_scheduler_step}.
     *
     * @return the value, or {@code null} when not set
     */
    public Integer lrSchedulerStep() {
        return (Integer) hyperparameter("lr_scheduler_step");
    }

    /**
     * {@code lr_scheduler_factor}.
     *
     * @return the value, or {@code null} when not set
     */
    public Double lrSchedulerFactor() {
        return (Double) hyperparameter("lr_scheduler_factor");
    }

    /**
     * {@code lr_scheduler_minimum_lr}.
     *
     * @return the value, or {@code null} when not set
     */
    public Double lrSchedulerMinimumLr() {
        return (Double) hyperparameter("lr_scheduler_minimum_lr");
    }

    /**
     * {@code normalize_data}.
     *
     * @return the value, or {@code null} when not set
     */
    public Boolean normalizeData() {
        return (Boolean) hyperparameter("normalize_data");
    }

    /**
     * {@code normalize_label}.
     *
     * @return the value, or {@code null} when not set
     */
    public Boolean normalizeLabel() {
        return (Boolean) hyperparameter("normalize_label");
    }

    /**
     * {@code unbias_data}.
     *
     * @return the value, or {@code null} when not set
     */
    public Boolean unbiasData() {
        return (Boolean) hyperparameter("unbias_data");
    }

    /**
     * {@code unbias_label}.
     *
     * @return the value, or {@code null} when not set
     */
    public Boolean unbiasLabel() {
        return (Boolean) hyperparameter("unbias_label");
    }

    /**
     * {@code num_point_for_scaler}.
     *
     * @return the value, or {@code null} when not set
     */
    public Integer numPointForScaler() {
        return (Integer) hyperparameter("num_point_for_scaler");
    }

    /**
     * {@code margin}.
     *
     * @return the value, or {@code null} when not set
     */
    public Double margin() {
        return (Double) hyperparameter("margin");
    }

    /**
     * {@code quantile}.
     *
     * @return the value, or {@code null} when not set
     */
    public Double quantile() {
        return (Double) hyperparameter("quantile");
    }

    /**
     * {@code loss_insensitivity}.
     *
     * @return the value, or {@code null} when not set
     */
    public Double lossInsensitivity() {
        return (Double) hyperparameter("loss_insensitivity");
    }

    /**
     * {@code huber_delta}.
     *
     * @return the value, or {@code null} when not set
     */
    public Double huberDelta() {
        return (Double) hyperparameter("huber_delta");
    }

    /**
     * {@code early_stopping_patience}.
     *
     * @return the value, or {@code null} when not set
     */
    public Integer earlyStoppingPatience() {
        return (Integer) hyperparameter("early_stopping_patience");
    }

    /**
     * {@code early_stopping_tolerance}.
     *
     * @return the value, or {@code null} when not set
     */
    public Double earlyStoppingTolerance() {
        return (Double) hyperparameter("early_stopping_tolerance");
    }

    /**
     * {@code num_classes}.
     *
     * @return the value, or {@code null} when not set
     */
    public Integer numClasses() {
        return (Integer) hyperparameter("num_classes");
    }

    /**
     * {@code accuracy_top_k}.
     *
     * @return the value, or {@code null} when not set
     */
    public Integer accuracyTopK() {
        return (Integer) hyperparameter("accuracy_top_k");
    }

    /**
     * {@code f_beta}.
     *
     * @return the value, or {@code null} when not set
     */
    public Double fBeta() {
        return (Double) hyperparameter("f_beta");
    }

    /**
     * {@code balance_multiclass_weights}.
     *
     * @return the value, or {@code null} when not set
     */
    public Boolean balanceMulticlassWeights() {
        return (Boolean) hyperparameter("balance_multiclass_weights");
    }

    /**
     * A {@link LinearLearnerModel} of the latest job, as {@code create_model()}: the estimator's role, VPC and network
     * isolation, the algorithm's image and {@link LinearLearnerPredictor}.
     *
     * @return the model (not yet created on the backend)
     */
    @Override
    public LinearLearnerModel createModel() {
        return createModel(null, getVpcConfig());
    }

    /**
     * A {@link LinearLearnerModel} of the latest job, as
     * {@code create_model(vpc_config_override=VPC_CONFIG_DEFAULT, **kwargs)}.
     *
     * @param options the keywords
     * @return the model (not yet created on the backend)
     */
    @Override
    public LinearLearnerModel createModel(java.util.function.Consumer<CreateModelOptions.Builder> options) {
        return (LinearLearnerModel) super.createModel(options);
    }

    /**
     * A {@link LinearLearnerModel} of the latest job with kept options.
     *
     * @param options the options
     * @return the model (not yet created on the backend)
     */
    @Override
    public LinearLearnerModel createModel(CreateModelOptions options) {
        return (LinearLearnerModel) super.createModel(options);
    }

    @Override
    LinearLearnerModel createModel(String modelName,
            software.amazon.awssdk.services.sagemaker.model.VpcConfig vpc) {
        return LinearLearnerModel.of(this, modelName, vpc);
    }

    /** Builds a {@link LinearLearner}; each method is a keyword of Python's {@code LinearLearner(...)}. */
    public static final class Builder extends AmazonAlgorithmEstimatorBase.Builder<Builder, LinearLearner> {

        private Builder() {
            // Python assigns every keyword in its constructor, None included: that is the order sent
            hp(PREDICTOR_TYPE, null);
            hp(BINARY_CLASSIFIER_MODEL_SELECTION_CRITERIA, null);
            hp(TARGET_RECALL, null);
            hp(TARGET_PRECISION, null);
            hp(POSITIVE_EXAMPLE_WEIGHT_MULT, null);
            hp(EPOCHS, null);
            hp(USE_BIAS, null);
            hp(NUM_MODELS, null);
            hp(NUM_CALIBRATION_SAMPLES, null);
            hp(INIT_METHOD, null);
            hp(INIT_SCALE, null);
            hp(INIT_SIGMA, null);
            hp(INIT_BIAS, null);
            hp(OPTIMIZER, null);
            hp(LOSS, null);
            hp(WD, null);
            hp(L1, null);
            hp(MOMENTUM, null);
            hp(LEARNING_RATE, null);
            hp(BETA_1, null);
            hp(BETA_2, null);
            hp(BIAS_LR_MULT, null);
            hp(BIAS_WD_MULT, null);
            hp(USE_LR_SCHEDULER, null);
            hp(LR_SCHEDULER_STEP, null);
            hp(LR_SCHEDULER_FACTOR, null);
            hp(LR_SCHEDULER_MINIMUM_LR, null);
            hp(NORMALIZE_DATA, null);
            hp(NORMALIZE_LABEL, null);
            hp(UNBIAS_DATA, null);
            hp(UNBIAS_LABEL, null);
            hp(NUM_POINT_FOR_SCALER, null);
            hp(MARGIN, null);
            hp(QUANTILE, null);
            hp(LOSS_INSENSITIVITY, null);
            hp(HUBER_DELTA, null);
            hp(EARLY_STOPPING_PATIENCE, null);
            hp(EARLY_STOPPING_TOLERANCE, null);
            hp(NUM_CLASSES, null);
            hp(ACCURACY_TOP_K, null);
            hp(F_BETA, null);
            hp(BALANCE_MULTICLASS_WEIGHTS, null);
        }

        /**
         * Sets {@code predictor_type} (default {@code None}: not sent): the kind of problem. One of
         * "binary_classifier" or "multiclass_classifier" or "regressor".
         *
         * @param predictorType the value
         * @return this builder
         */
        public Builder predictorType(String predictorType) {
            return hp(PREDICTOR_TYPE, predictorType);
        }

        /**
         * Sets {@code binary_classifier_model_selection_criteria} (default {@code None}: not sent): how the model is
         * chosen on the validation set.
         *
         * @param binaryClassifierModelSelectionCriteria the value
         * @return this builder
         */
        public Builder binaryClassifierModelSelectionCriteria(String binaryClassifierModelSelectionCriteria) {
            return hp(BINARY_CLASSIFIER_MODEL_SELECTION_CRITERIA, binaryClassifierModelSelectionCriteria);
        }

        /**
         * Sets {@code target_recall} (default {@code None}: not sent): the recall target of {@code
         * precision_at_target_recall}. A float in (0,1).
         *
         * @param targetRecall the value
         * @return this builder
         */
        public Builder targetRecall(double targetRecall) {
            return hp(TARGET_RECALL, targetRecall);
        }

        /**
         * Sets {@code target_precision} (default {@code None}: not sent): the precision target of {@code
         * recall_at_target_precision}. A float in (0,1).
         *
         * @param targetPrecision the value
         * @return this builder
         */
        public Builder targetPrecision(double targetPrecision) {
            return hp(TARGET_PRECISION, targetPrecision);
        }

        /**
         * Sets {@code positive_example_weight_mult} (default {@code None}: not sent): the weight of positive examples.
         * A float greater than 0 or 'auto' or 'balanced'.
         *
         * @param positiveExampleWeightMult the value
         * @return this builder
         */
        public Builder positiveExampleWeightMult(String positiveExampleWeightMult) {
            return hp(POSITIVE_EXAMPLE_WEIGHT_MULT, positiveExampleWeightMult);
        }

        /**
         * Sets {@code positive_example_weight_mult} from a number, as Python's {@code str(value)} writes it.
         *
         * @param positiveExampleWeightMult a weight greater than 0
         * @return this builder
         */
        public Builder positiveExampleWeightMult(double positiveExampleWeightMult) {
            return hp(POSITIVE_EXAMPLE_WEIGHT_MULT, PythonStr.str(positiveExampleWeightMult));
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
         * Sets {@code use_bias} (default {@code None}: not sent): whether the model has a bias term. Either True or
         * False.
         *
         * @param useBias the value
         * @return this builder
         */
        public Builder useBias(boolean useBias) {
            return hp(USE_BIAS, useBias);
        }

        /**
         * Sets {@code num_models} (default {@code None}: not sent): the models trained in parallel. An integer
         * greater-than 0.
         *
         * @param numModels the value
         * @return this builder
         */
        public Builder numModels(int numModels) {
            return hp(NUM_MODELS, numModels);
        }

        /**
         * Sets {@code num_calibration_samples} (default {@code None}: not sent): the samples used for calibration. An
         * integer greater-than 0.
         *
         * @param numCalibrationSamples the value
         * @return this builder
         */
        public Builder numCalibrationSamples(int numCalibrationSamples) {
            return hp(NUM_CALIBRATION_SAMPLES, numCalibrationSamples);
        }

        /**
         * Sets {@code init_method} (default {@code None}: not sent): the initial weights' distribution. One of
         * "uniform" or "normal".
         *
         * @param initMethod the value
         * @return this builder
         */
        public Builder initMethod(String initMethod) {
            return hp(INIT_METHOD, initMethod);
        }

        /**
         * Sets {@code init_scale} (default {@code None}: not sent): the scale of the uniform initialisation. A float
         * greater-than 0.
         *
         * @param initScale the value
         * @return this builder
         */
        public Builder initScale(double initScale) {
            return hp(INIT_SCALE, initScale);
        }

        /**
         * Sets {@code init_sigma} (default {@code None}: not sent): the standard deviation of the normal
         * initialisation. A float greater-than 0.
         *
         * @param initSigma the value
         * @return this builder
         */
        public Builder initSigma(double initSigma) {
            return hp(INIT_SIGMA, initSigma);
        }

        /**
         * Sets {@code init_bias} (default {@code None}: not sent): the initial bias. A number.
         *
         * @param initBias the value
         * @return this builder
         */
        public Builder initBias(double initBias) {
            return hp(INIT_BIAS, initBias);
        }

        /**
         * Sets {@code optimizer} (default {@code None}: not sent): the optimizer. One of "sgd", "adam", "rmsprop" or
         * "auto.
         *
         * @param optimizer the value
         * @return this builder
         */
        public Builder optimizer(String optimizer) {
            return hp(OPTIMIZER, optimizer);
        }

        /**
         * Sets {@code loss} (default {@code None}: not sent): the loss function. "logistic", "squared_loss",
         * "absolute_loss", "hinge_loss", "eps_insensitive_squared_loss", "eps_insensitive_absolute_loss",
         * "quantile_loss", "huber_loss", "softmax_loss" or "auto".
         *
         * @param loss the value
         * @return this builder
         */
        public Builder loss(String loss) {
            return hp(LOSS, loss);
        }

        /**
         * Sets {@code wd} (default {@code None}: not sent): the L2 regularization. A float greater-than or equal to 0.
         *
         * @param wd the value
         * @return this builder
         */
        public Builder wd(double wd) {
            return hp(WD, wd);
        }

        /**
         * Sets {@code l1} (default {@code None}: not sent): the L1 regularization. A float greater-than or equal to 0.
         *
         * @param l1 the value
         * @return this builder
         */
        public Builder l1(double l1) {
            return hp(L1, l1);
        }

        /**
         * Sets {@code momentum} (default {@code None}: not sent): the momentum of sgd. A float in [0,1).
         *
         * @param momentum the value
         * @return this builder
         */
        public Builder momentum(double momentum) {
            return hp(MOMENTUM, momentum);
        }

        /**
         * Sets {@code learning_rate} (default {@code None}: not sent): the learning rate. A float greater-than 0.
         *
         * @param learningRate the value
         * @return this builder
         */
        public Builder learningRate(double learningRate) {
            return hp(LEARNING_RATE, learningRate);
        }

        /**
         * Sets {@code beta_1} (default {@code None}: not sent): adam's first-moment decay. A float in [0,1).
         *
         * @param beta1 the value
         * @return this builder
         */
        public Builder beta1(double beta1) {
            return hp(BETA_1, beta1);
        }

        /**
         * Sets {@code beta_2} (default {@code None}: not sent): adam's second-moment decay. A float in [0,1).
         *
         * @param beta2 the value
         * @return this builder
         */
        public Builder beta2(double beta2) {
            return hp(BETA_2, beta2);
        }

        /**
         * Sets {@code bias_lr_mult} (default {@code None}: not sent): the learning-rate multiplier of the bias. A
         * float greater-than 0.
         *
         * @param biasLrMult the value
         * @return this builder
         */
        public Builder biasLrMult(double biasLrMult) {
            return hp(BIAS_LR_MULT, biasLrMult);
        }

        /**
         * Sets {@code bias_wd_mult} (default {@code None}: not sent): the regularization multiplier of the bias. A
         * float greater-than or equal to 0.
         *
         * @param biasWdMult the value
         * @return this builder
         */
        public Builder biasWdMult(double biasWdMult) {
            return hp(BIAS_WD_MULT, biasWdMult);
        }

        /**
         * Sets {@code use_lr_scheduler} (default {@code None}: not sent): whether the learning rate is scheduled. A
         * boolean.
         *
         * @param useLrScheduler the value
         * @return this builder
         */
        public Builder useLrScheduler(boolean useLrScheduler) {
            return hp(USE_LR_SCHEDULER, useLrScheduler);
        }

        /**
         * Sets {@code lr_scheduler_step} (default {@code None}: not sent): the steps between learning-rate decreases.
         * An integer greater-than 0.
         *
         * @param lrSchedulerStep the value
         * @return this builder
         */
        public Builder lrSchedulerStep(int lrSchedulerStep) {
            return hp(LR_SCHEDULER_STEP, lrSchedulerStep);
        }

        /**
         * Sets {@code lr_scheduler_factor} (default {@code None}: not sent): the factor of each decrease. A float in
         * (0,1).
         *
         * @param lrSchedulerFactor the value
         * @return this builder
         */
        public Builder lrSchedulerFactor(double lrSchedulerFactor) {
            return hp(LR_SCHEDULER_FACTOR, lrSchedulerFactor);
        }

        /**
         * Sets {@code lr_scheduler_minimum_lr} (default {@code None}: not sent): the smallest learning rate. A float
         * greater-than 0.
         *
         * @param lrSchedulerMinimumLr the value
         * @return this builder
         */
        public Builder lrSchedulerMinimumLr(double lrSchedulerMinimumLr) {
            return hp(LR_SCHEDULER_MINIMUM_LR, lrSchedulerMinimumLr);
        }

        /**
         * Sets {@code normalize_data} (default {@code None}: not sent): whether the features are normalized. A boolean.
         *
         * @param normalizeData the value
         * @return this builder
         */
        public Builder normalizeData(boolean normalizeData) {
            return hp(NORMALIZE_DATA, normalizeData);
        }

        /**
         * Sets {@code normalize_label} (default {@code None}: not sent): whether the label is normalized (regression).
         * A boolean.
         *
         * @param normalizeLabel the value
         * @return this builder
         */
        public Builder normalizeLabel(boolean normalizeLabel) {
            return hp(NORMALIZE_LABEL, normalizeLabel);
        }

        /**
         * Sets {@code unbias_data} (default {@code None}: not sent): whether the features are centred. A boolean.
         *
         * @param unbiasData the value
         * @return this builder
         */
        public Builder unbiasData(boolean unbiasData) {
            return hp(UNBIAS_DATA, unbiasData);
        }

        /**
         * Sets {@code unbias_label} (default {@code None}: not sent): whether the label is centred. A boolean.
         *
         * @param unbiasLabel the value
         * @return this builder
         */
        public Builder unbiasLabel(boolean unbiasLabel) {
            return hp(UNBIAS_LABEL, unbiasLabel);
        }

        /**
         * Sets {@code num_point_for_scaler} (default {@code None}: not sent): the points used for normalization. An
         * integer greater-than 0.
         *
         * @param numPointForScaler the value
         * @return this builder
         */
        public Builder numPointForScaler(int numPointForScaler) {
            return hp(NUM_POINT_FOR_SCALER, numPointForScaler);
        }

        /**
         * Sets {@code margin} (default {@code None}: not sent): the margin of hinge_loss. A float greater-than or
         * equal to 0.
         *
         * @param margin the value
         * @return this builder
         */
        public Builder margin(double margin) {
            return hp(MARGIN, margin);
        }

        /**
         * Sets {@code quantile} (default {@code None}: not sent): the quantile of quantile_loss. A float in (0,1).
         *
         * @param quantile the value
         * @return this builder
         */
        public Builder quantile(double quantile) {
            return hp(QUANTILE, quantile);
        }

        /**
         * Sets {@code loss_insensitivity} (default {@code None}: not sent): the epsilon of the insensitive losses. A
         * float greater-than 0.
         *
         * @param lossInsensitivity the value
         * @return this builder
         */
        public Builder lossInsensitivity(double lossInsensitivity) {
            return hp(LOSS_INSENSITIVITY, lossInsensitivity);
        }

        /**
         * Sets {@code huber_delta} (default {@code None}: not sent): the delta of huber_loss. A float greater-than or
         * equal to 0.
         *
         * @param huberDelta the value
         * @return this builder
         */
        public Builder huberDelta(double huberDelta) {
            return hp(HUBER_DELTA, huberDelta);
        }

        /**
         * Sets {@code early_stopping_patience} (default {@code None}: not sent): the epochs without improvement before
         * stopping. An integer greater-than 0.
         *
         * @param earlyStoppingPatience the value
         * @return this builder
         */
        public Builder earlyStoppingPatience(int earlyStoppingPatience) {
            return hp(EARLY_STOPPING_PATIENCE, earlyStoppingPatience);
        }

        /**
         * Sets {@code early_stopping_tolerance} (default {@code None}: not sent): the relative improvement counted as
         * none. A float greater-than 0.
         *
         * @param earlyStoppingTolerance the value
         * @return this builder
         */
        public Builder earlyStoppingTolerance(double earlyStoppingTolerance) {
            return hp(EARLY_STOPPING_TOLERANCE, earlyStoppingTolerance);
        }

        /**
         * Sets {@code num_classes} (default {@code None}: not sent): the classes of a multiclass_classifier. An
         * integer in [1,1000000].
         *
         * @param numClasses the value
         * @return this builder
         */
        public Builder numClasses(int numClasses) {
            return hp(NUM_CLASSES, numClasses);
        }

        /**
         * Sets {@code accuracy_top_k} (default {@code None}: not sent): the k of the top-k accuracy metric. An integer
         * in [1,1000000].
         *
         * @param accuracyTopK the value
         * @return this builder
         */
        public Builder accuracyTopK(int accuracyTopK) {
            return hp(ACCURACY_TOP_K, accuracyTopK);
        }

        /**
         * Sets {@code f_beta} (default {@code None}: not sent): the beta of the F score. A float greater-than 0.
         *
         * @param fBeta the value
         * @return this builder
         */
        public Builder fBeta(double fBeta) {
            return hp(F_BETA, fBeta);
        }

        /**
         * Sets {@code balance_multiclass_weights} (default {@code None}: not sent): whether the classes are weighted
         * equally. A boolean.
         *
         * @param balanceMulticlassWeights the value
         * @return this builder
         */
        public Builder balanceMulticlassWeights(boolean balanceMulticlassWeights) {
            return hp(BALANCE_MULTICLASS_WEIGHTS, balanceMulticlassWeights);
        }

        @Override
        public LinearLearner build() {
            return new LinearLearner(this);
        }
    }
}
