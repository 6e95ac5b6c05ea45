/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.estimator;

import dev.sagemaker4j.Session;
import dev.sagemaker4j.estimator.internal.PythonStr;
import dev.sagemaker4j.exceptions.ValidationException;
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
    private final Map<String, String> hyperparameters;

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
        this.hyperparameters = Collections.unmodifiableMap(new LinkedHashMap<>(b.hyperparameters));
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

    @Override
    public Map<String, String> hyperparameters() {
        return hyperparameters;
    }

    /**
     * Builds an {@link Estimator}.
     */
    public static class Builder extends EstimatorBase.Builder<Builder, Estimator> {
        private String imageUri;
        private final Map<String, String> hyperparameters = new LinkedHashMap<>();

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

        /**
         * Sets the hyperparameters ({@code hyperparameters}, default {@code None}). Values are sent as
         * Python's {@code str()} writes them, as the Python SDK's {@code Estimator} sends them
         * ({@code 10} → {@code "10"}, {@code true} → {@code "True"}, {@code 1e-5} → {@code "1e-05"},
         * {@code 0.1} → {@code "0.1"}, {@code List.of(1, 2)} → {@code "[1, 2]"}).
         *
         * @param hyperparameters name to value
         * @return this builder
         */
        public Builder hyperparameters(Map<String, ?> hyperparameters) {
            this.hyperparameters.clear();
            hyperparameters.forEach(this::hyperparameter);
            return this;
        }

        /**
         * Sets one hyperparameter.
         *
         * @param name  the name
         * @param value the value (written as Python's {@code str()} writes it)
         * @return this builder
         */
        public Builder hyperparameter(String name, Object value) {
            if (name == null || name.isEmpty() || name.length() > 256) {
                throw new ValidationException("hyperparameters", name, "has a name that is empty or longer than 256",
                        "use names of 1 to 256 characters");
            }
            String text = stringify(value);
            if (text.length() > 2500) {
                throw new ValidationException("hyperparameters[" + name + "]", text.substring(0, 40) + "...",
                        "is longer than 2500 characters", "shorten the value (the service's limit)");
            }
            this.hyperparameters.put(name, text);
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
