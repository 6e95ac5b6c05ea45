/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.estimator;

import dev.sagemaker4j.Session;
import dev.sagemaker4j.estimator.internal.PythonStr;
import dev.sagemaker4j.exceptions.ValidationException;
import dev.sagemaker4j.model.Model;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import software.amazon.awssdk.services.sagemaker.model.DescribeTrainingJobResponse;

/**
 * The generic, image-based estimator, as {@code sagemaker.estimator.Estimator}: a training image
 * and plain hyperparameters. With the local backend the image of a built-in algorithm (XGBoost,
 * LinearLearner, KMeans) trains in-process; with the sagemaker backend the same request goes to
 * the service.
 *
 * <pre>{@code
 * Session session = Session.local();
 * Estimator xgb = Estimator.builder()
 *     .imageUri(ImageUris.retrieve("xgboost", session.region(), "1.7-1"))
 *     .instanceCount(1).instanceType("local")
 *     .outputPath("s3://" + session.defaultBucket() + "/xgb")
 *     .hyperparameters(Map.of("objective", "binary:logistic", "num_round", "100", "max_depth", "5"))
 *     .session(session).build();
 * xgb.fit(Map.of("train", TrainingInput.builder().s3Data(trainUri).contentType("text/csv").build(),
 *                "validation", TrainingInput.builder().s3Data(validUri).contentType("text/csv").build()));
 * String model = xgb.modelData();
 * }</pre>
 */
public class Estimator extends EstimatorBase {
    private final String imageUri;
    private final Map<String, String> hyperparameters = new LinkedHashMap<>();

    /**
     * Creates the estimator from a builder.
     *
     * @param b the builder
     */
    protected Estimator(Builder b) {
        super(b);
        if (b.imageUri == null || b.imageUri.isBlank()) {
            throw new ValidationException("imageUri", b.imageUri, "is missing",
                    "pass a training image, e.g. ImageUris.retrieve(\"xgboost\", region, \"1.7-1\")");
        }
        this.imageUri = b.imageUri;
        setHyperparameters(b.hyperparameterValues());
    }

    /**
     * Adds or replaces hyperparameters, as {@code set_hyperparameters(**kwargs)}: each value is written as
     * Python's {@code str()} writes it, or, with a {@code sourceDir}, JSON-encoded ({@code json.dumps}) as
     * Python's generic {@code Estimator} does in script mode.
     *
     * @param hyperparameters name to value
     * @throws ValidationException for an empty or too long name, a null value or a value over 2500 characters
     */
    public void setHyperparameters(Map<String, ?> hyperparameters) {
        Map<String, String> encoded = new LinkedHashMap<>();
        hyperparameters.forEach((name, value) -> {
            if (name == null || name.isEmpty() || name.length() > 256) {
                throw new ValidationException("hyperparameters", name, "has a name that is empty or longer than 256",
                        "use names of 1 to 256 characters");
            }
            String text = sourceDir() != null ? PythonStr.jsonDumps(value) : Builder.stringify(value);
            if (text.length() > 2500) {
                throw new ValidationException("hyperparameters[" + name + "]", text.substring(0, 40) + "...",
                        "is longer than 2500 characters", "shorten the value (the service's limit)");
            }
            encoded.put(name, text);
        });
        synchronized (this.hyperparameters) {
            this.hyperparameters.putAll(encoded);
        }
    }

    /**
     * A new builder.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Rebuilds an estimator from an existing training job, as {@code Estimator.attach} in Python;
     * waits for the job if it is still running.
     *
     * @param trainingJobName the job
     * @param session         the session it ran in
     * @return an estimator whose latest job is that job
     */
    public static Estimator attach(String trainingJobName, Session session) {
        return attach(trainingJobName, session, "model");
    }

    /**
     * Rebuilds an estimator from an existing training job, as {@code Estimator.attach(training_job_name,
     * sagemaker_session, model_channel_name)} in Python: a channel of that name becomes the estimator's
     * {@code modelUri}, as {@code _prepare_init_params_from_job_description} reads it.
     *
     * @param trainingJobName  the job
     * @param session          the session it ran in
     * @param modelChannelName the channel that held a model ({@code model_channel_name}, default {@code "model"})
     * @return an estimator whose latest job is that job
     */
    public static Estimator attach(String trainingJobName, Session session, String modelChannelName) {
        TrainingJob job = new TrainingJob(trainingJobName, session);
        DescribeTrainingJobResponse d = job.describe();
        Builder b = builder().session(session)
                .imageUri(d.algorithmSpecification().trainingImage())
                .role(d.roleArn())
                .volumeSize(d.resourceConfig().volumeSizeInGB() == null ? 30 : d.resourceConfig().volumeSizeInGB())
                .outputPath(d.outputDataConfig().s3OutputPath())
                .hyperparameters(d.hyperParameters());
        // EstimatorBase._prepare_init_params_from_job_description: what the job ran with
        if (d.hasEnvironment()) {
            b.environment(d.environment());
        }
        if (d.algorithmSpecification().hasMetricDefinitions()) {
            b.metricDefinitions(d.algorithmSpecification().metricDefinitions());
        }
        if (d.outputDataConfig().kmsKeyId() != null) {
            b.outputKmsKey(d.outputDataConfig().kmsKeyId());
        }
        if (d.resourceConfig().volumeKmsKeyId() != null) {
            b.volumeKmsKey(d.resourceConfig().volumeKmsKeyId());
        }
        if (d.resourceConfig().keepAlivePeriodInSeconds() != null) {
            b.keepAlivePeriodInSeconds(d.resourceConfig().keepAlivePeriodInSeconds());
        }
        if (d.vpcConfig() != null) {
            b.subnets(d.vpcConfig().subnets()).securityGroupIds(d.vpcConfig().securityGroupIds());
        }
        if (Boolean.TRUE.equals(d.enableNetworkIsolation())) {
            b.enableNetworkIsolation(true);
        }
        if (Boolean.TRUE.equals(d.enableInterContainerTrafficEncryption())) {
            b.encryptInterContainerTraffic(true);
        }
        if (d.retryStrategy() != null && d.retryStrategy().maximumRetryAttempts() != null) {
            b.maxRetryAttempts(d.retryStrategy().maximumRetryAttempts());
        }
        if (d.algorithmSpecification().hasContainerEntrypoint()) {
            b.containerEntryPoint(d.algorithmSpecification().containerEntrypoint());
        }
        if (d.algorithmSpecification().hasContainerArguments()) {
            b.containerArguments(d.algorithmSpecification().containerArguments());
        }
        if (d.debugHookConfig() != null) {
            b.debuggerHookConfig(d.debugHookConfig());
        }
        if (d.hasDebugRuleConfigurations()) {
            b.rules(d.debugRuleConfigurations());
        }
        if (d.hasProfilerRuleConfigurations()) {
            b.profilerRules(d.profilerRuleConfigurations());
        }
        if (d.profilerConfig() != null) {
            if (Boolean.TRUE.equals(d.profilerConfig().disableProfiler())) {
                b.disableProfiler(true);
            }
            b.profilerConfig(d.profilerConfig());
        }
        if (d.resourceConfig().hasInstanceGroups()) {
            b.instanceGroups(d.resourceConfig().instanceGroups());
        } else {
            b.instanceCount(d.resourceConfig().instanceCount()).instanceType(d.resourceConfig().instanceTypeAsString());
        }
        if (modelChannelName != null && d.hasInputDataConfig()) {
            for (software.amazon.awssdk.services.sagemaker.model.Channel c : d.inputDataConfig()) {
                if (c.channelName().equals(modelChannelName) && c.dataSource() != null
                        && c.dataSource().s3DataSource() != null) {
                    b.modelChannelName(modelChannelName).modelUri(c.dataSource().s3DataSource().s3Uri());
                }
            }
        }
        if (d.stoppingCondition() != null && d.stoppingCondition().maxRuntimeInSeconds() != null) {
            b.maxRun(d.stoppingCondition().maxRuntimeInSeconds());
        }
        if (Boolean.TRUE.equals(d.enableManagedSpotTraining())) {
            b.useSpotInstances(true).maxWait(d.stoppingCondition().maxWaitTimeInSeconds());
        }
        if (d.checkpointConfig() != null) {
            b.checkpointS3Uri(d.checkpointConfig().s3Uri()).checkpointLocalPath(d.checkpointConfig().localPath());
        }
        if (d.algorithmSpecification().trainingInputModeAsString() != null) {
            b.inputMode(d.algorithmSpecification().trainingInputModeAsString());
        }
        Estimator estimator = b.build();
        estimator.latestTrainingJob(job);
        if (!java.util.Set.of("Completed", "Failed", "Stopped").contains(d.trainingJobStatusAsString())) {
            job.waitForCompletion(true);
        }
        return estimator;
    }

    @Override
    public String trainingImageUri() {
        return imageUri;
    }

    /**
     * The hyperparameters as sent, as {@code hyperparameters()}: those set, then (after a script-mode
     * {@code fit}) the {@code sagemaker_*} ones of the last job.
     *
     * @return an unmodifiable copy
     */
    @Override
    public Map<String, String> hyperparameters() {
        Map<String, String> all;
        synchronized (hyperparameters) {
            all = new LinkedHashMap<>(hyperparameters);
        }
        all.putAll(scriptModeHyperparameters());
        return Collections.unmodifiableMap(all);
    }

    /**
     * A model of the latest job, as {@code create_model(role=None, image_uri=None, predictor_cls=None,
     * vpc_config_override=VPC_CONFIG_DEFAULT, **kwargs)}, each keyword named.
     *
     * <pre>{@code
     * Model m = xgb.createModel(c -> c.role(servingRole).vpcConfigOverride(null));   // no VPC
     * }</pre>
     *
     * @param options the keywords
     * @return the model (not yet created on the backend)
     */
    public Model createModel(java.util.function.Consumer<CreateModelOptions.Builder> options) {
        CreateModelOptions.Builder b = CreateModelOptions.builder();
        options.accept(b);
        return createModel(b.build());
    }

    /**
     * A model of the latest job with kept options; see {@link #createModel(java.util.function.Consumer)}. As in
     * Python: the training image and role unless overridden, the estimator's VPC unless overridden, its network
     * isolation unless set.
     *
     * @param options the options
     * @return the model (not yet created on the backend)
     */
    public Model createModel(CreateModelOptions options) {
        Model.Builder b = Model.builder().imageUri(options.imageUri() != null ? options.imageUri() : imageUri)
                .modelData(modelData()).role(options.role() != null ? options.role() : role())
                .name(options.name()).session(session());
        software.amazon.awssdk.services.sagemaker.model.VpcConfig vpc = options.vpcConfigOverrideSet()
                ? getVpcConfig(options.vpcConfigOverride()) : getVpcConfig();
        if (vpc != null) {
            b.vpcConfig(vpc);
        }
        Boolean isolation = options.enableNetworkIsolation() != null ? options.enableNetworkIsolation()
                : enableNetworkIsolation();
        if (Boolean.TRUE.equals(isolation)) {
            b.enableNetworkIsolation(true);
        }
        if (options.predictorCls() != null) {
            b.predictorCls(options.predictorCls());
        }
        if (options.modelKmsKey() != null) {
            b.modelKmsKey(options.modelKmsKey());
        }
        return b.build();
    }

    /**
     * The model {@code deploy} creates, as Python's {@code EstimatorBase.deploy} calls {@code create_model}: the
     * estimator's VPC and network isolation go with it.
     *
     * @param modelName the model name, or {@code null} for a generated one
     * @param kmsKey    not passed on (the model's artifact is not repacked here)
     * @return the model (not yet created on the backend)
     */
    @Override
    protected Model createModel(String modelName, String kmsKey) {
        return createModel(CreateModelOptions.builder().name(modelName).build());
    }

    /**
     * The keywords of Python's {@code Estimator.create_model(role=None, image_uri=None, predictor_cls=None,
     * vpc_config_override=VPC_CONFIG_DEFAULT, **kwargs)}, with the {@code Model} keywords it passes on that
     * matter here ({@code name}, {@code enable_network_isolation}, {@code model_kms_key}). Immutable.
     */
    public static final class CreateModelOptions {
        private final String role;
        private final String imageUri;
        private final Model.PredictorFactory predictorCls;
        private final software.amazon.awssdk.services.sagemaker.model.VpcConfig vpcConfigOverride;
        private final boolean vpcConfigOverrideSet;
        private final String name;
        private final Boolean enableNetworkIsolation;
        private final String modelKmsKey;

        private CreateModelOptions(Builder b) {
            this.role = b.role;
            this.imageUri = b.imageUri;
            this.predictorCls = b.predictorCls;
            this.vpcConfigOverride = b.vpcConfigOverride;
            this.vpcConfigOverrideSet = b.vpcConfigOverrideSet;
            this.name = b.name;
            this.enableNetworkIsolation = b.enableNetworkIsolation;
            this.modelKmsKey = b.modelKmsKey;
        }

        /**
         * A builder with Python's defaults.
         *
         * @return the builder
         */
        public static Builder builder() {
            return new Builder();
        }

        /**
         * A builder holding these options.
         *
         * @return the builder
         */
        public Builder toBuilder() {
            Builder b = new Builder();
            b.role = role;
            b.imageUri = imageUri;
            b.predictorCls = predictorCls;
            b.vpcConfigOverride = vpcConfigOverride;
            b.vpcConfigOverrideSet = vpcConfigOverrideSet;
            b.name = name;
            b.enableNetworkIsolation = enableNetworkIsolation;
            b.modelKmsKey = modelKmsKey;
            return b;
        }

        /**
         * {@code role}.
         *
         * @return the role, or {@code null} for the estimator's
         */
        public String role() {
            return role;
        }

        /**
         * {@code image_uri}.
         *
         * @return the image, or {@code null} for the training image
         */
        public String imageUri() {
            return imageUri;
        }

        /**
         * {@code predictor_cls}.
         *
         * @return the factory, or {@code null} for a plain {@code Predictor}
         */
        public Model.PredictorFactory predictorCls() {
            return predictorCls;
        }

        /**
         * {@code vpc_config_override}.
         *
         * @return the override (meaningful when {@link #vpcConfigOverrideSet()}), {@code null} for no VPC
         */
        public software.amazon.awssdk.services.sagemaker.model.VpcConfig vpcConfigOverride() {
            return vpcConfigOverride;
        }

        /**
         * Whether {@code vpc_config_override} was given (else Python's {@code VPC_CONFIG_DEFAULT}: the
         * estimator's VPC).
         *
         * @return whether it was given
         */
        public boolean vpcConfigOverrideSet() {
            return vpcConfigOverrideSet;
        }

        /**
         * {@code name} (a {@code Model} keyword).
         *
         * @return the model name, or {@code null} for a generated one
         */
        public String name() {
            return name;
        }

        /**
         * {@code enable_network_isolation} (a {@code Model} keyword).
         *
         * @return the setting, or {@code null} for the estimator's
         */
        public Boolean enableNetworkIsolation() {
            return enableNetworkIsolation;
        }

        /**
         * {@code model_kms_key} (a {@code Model} keyword).
         *
         * @return the key, or {@code null}
         */
        public String modelKmsKey() {
            return modelKmsKey;
        }

        @Override
        public boolean equals(Object o) {
            if (!(o instanceof CreateModelOptions)) {
                return false;
            }
            CreateModelOptions c = (CreateModelOptions) o;
            return java.util.Objects.equals(role, c.role) && java.util.Objects.equals(imageUri, c.imageUri)
                    && java.util.Objects.equals(predictorCls, c.predictorCls)
                    && java.util.Objects.equals(vpcConfigOverride, c.vpcConfigOverride)
                    && vpcConfigOverrideSet == c.vpcConfigOverrideSet && java.util.Objects.equals(name, c.name)
                    && java.util.Objects.equals(enableNetworkIsolation, c.enableNetworkIsolation)
                    && java.util.Objects.equals(modelKmsKey, c.modelKmsKey);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(role, imageUri, predictorCls, vpcConfigOverride, vpcConfigOverrideSet, name,
                    enableNetworkIsolation, modelKmsKey);
        }

        @Override
        public String toString() {
            return "CreateModelOptions[role=" + role + ", imageUri=" + imageUri + ", predictorCls=" + predictorCls
                    + ", vpcConfigOverride=" + (vpcConfigOverrideSet ? vpcConfigOverride : "VPC_CONFIG_DEFAULT")
                    + ", name=" + name + ", enableNetworkIsolation=" + enableNetworkIsolation + ", modelKmsKey="
                    + modelKmsKey + "]";
        }

        /** Builds {@link CreateModelOptions}; each method is a keyword of Python's {@code create_model}. */
        public static final class Builder {
            private String role;
            private String imageUri;
            private Model.PredictorFactory predictorCls;
            private software.amazon.awssdk.services.sagemaker.model.VpcConfig vpcConfigOverride;
            private boolean vpcConfigOverrideSet;
            private String name;
            private Boolean enableNetworkIsolation;
            private String modelKmsKey;

            private Builder() {
            }

            /**
             * Sets {@code role} (default {@code None}: the estimator's role).
             *
             * @param role the role ARN
             * @return this builder
             */
            public Builder role(String role) {
                this.role = role;
                return this;
            }

            /**
             * Sets {@code image_uri} (default {@code None}: the training image).
             *
             * @param imageUri the serving image
             * @return this builder
             */
            public Builder imageUri(String imageUri) {
                this.imageUri = imageUri;
                return this;
            }

            /**
             * Sets {@code predictor_cls} (default {@code None}: a plain {@code Predictor}): Python passes a class
             * called as {@code predictor_cls(endpoint_name, sagemaker_session)}; Java passes that constructor.
             *
             * @param predictorCls e.g. {@code MyPredictor::new}
             * @return this builder
             */
            public Builder predictorCls(Model.PredictorFactory predictorCls) {
                this.predictorCls = predictorCls;
                return this;
            }

            /**
             * Sets {@code vpc_config_override} (default {@code VPC_CONFIG_DEFAULT}: the estimator's subnets and
             * security groups); {@code null} means no VPC.
             *
             * @param vpcConfigOverride the VPC, or {@code null} for none
             * @return this builder
             */
            public Builder vpcConfigOverride(software.amazon.awssdk.services.sagemaker.model.VpcConfig vpcConfigOverride) {
                this.vpcConfigOverride = vpcConfigOverride;
                this.vpcConfigOverrideSet = true;
                return this;
            }

            /**
             * Sets the model's {@code name} (default {@code None}: generated when created).
             *
             * @param name the model name
             * @return this builder
             */
            public Builder name(String name) {
                this.name = name;
                return this;
            }

            /**
             * Sets {@code enable_network_isolation} (default: the estimator's).
             *
             * @param enable whether the serving container has no network
             * @return this builder
             */
            public Builder enableNetworkIsolation(Boolean enable) {
                this.enableNetworkIsolation = enable;
                return this;
            }

            /**
             * Sets {@code model_kms_key} (default {@code None}).
             *
             * @param key a KMS key
             * @return this builder
             */
            public Builder modelKmsKey(String key) {
                this.modelKmsKey = key;
                return this;
            }

            /**
             * Builds the options.
             *
             * @return the options
             */
            public CreateModelOptions build() {
                return new CreateModelOptions(this);
            }
        }
    }

    /**
     * Builds an {@link Estimator}.
     */
    public static class Builder extends EstimatorBase.Builder<Builder, Estimator> {
        private String imageUri;

        /**
         * Creates the builder.
         */
        protected Builder() {
        }

        /**
         * Sets the training image.
         *
         * @param imageUri the image URI
         * @return this builder
         */
        public Builder imageUri(String imageUri) {
            this.imageUri = imageUri;
            return this;
        }

        static String stringify(Object value) {
            if (value == null) {
                throw new ValidationException("hyperparameters", null, "has a null value", "give every value");
            }
            return PythonStr.str(value);
        }

        @Override
        public Estimator build() {
            return new Estimator(this);
        }
    }

    @Override
    public String toString() {
        return "Estimator[" + imageUri + "]";
    }

}
