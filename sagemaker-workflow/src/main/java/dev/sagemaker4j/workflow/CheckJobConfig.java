/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.workflow;

import dev.sagemaker4j.ImageUris;
import dev.sagemaker4j.Session;
import dev.sagemaker4j.exceptions.ValidationException;
import dev.sagemaker4j.processing.Processor;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.sagemaker.model.NetworkConfig;
import software.amazon.awssdk.services.sagemaker.model.Tag;

/**
 * The processing job of a check step, as Python's {@code sagemaker.workflow.check_job_config.CheckJobConfig(role,
 * instance_count=1, instance_type="ml.m5.xlarge", volume_size_in_gb=30, volume_kms_key=None, output_kms_key=None,
 * max_runtime_in_seconds=None, base_job_name=None, sagemaker_session=None, env=None, tags=None,
 * network_config=None)}: what {@link QualityCheckStep} runs the Model Monitor analyzer with. Immutable.
 *
 * <pre>{@code
 * CheckJobConfig job = CheckJobConfig.builder().role(role).instanceType("local").session(session).build();
 * }</pre>
 */
public final class CheckJobConfig implements dev.sagemaker4j.transformer.MonitoringResourceConfig {
    private final String role;
    private final int instanceCount;
    private final String instanceType;
    private final int volumeSizeInGB;
    private final String volumeKmsKey;
    private final String outputKmsKey;
    private final Integer maxRuntimeInSeconds;
    private final String baseJobName;
    private final Session session;
    private final Map<String, String> env;
    private final List<Tag> tags;
    private final NetworkConfig networkConfig;

    private CheckJobConfig(Builder b) {
        if (b.role == null || b.role.isBlank()) {
            throw new ValidationException("role", b.role, "is missing", "give an IAM role ARN");
        }
        if (b.session == null) {
            throw new ValidationException("sagemaker_session", null, "is missing",
                    "pass session(Session.local(...)) or session(Session.sagemaker(...))");
        }
        this.role = b.role;
        this.instanceCount = b.instanceCount;
        this.instanceType = b.instanceType;
        this.volumeSizeInGB = b.volumeSizeInGB;
        this.volumeKmsKey = b.volumeKmsKey;
        this.outputKmsKey = b.outputKmsKey;
        this.maxRuntimeInSeconds = b.maxRuntimeInSeconds;
        this.baseJobName = b.baseJobName;
        this.session = b.session;
        this.env = b.env == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(b.env));
        this.tags = b.tags == null ? null : List.copyOf(b.tags);
        this.networkConfig = b.networkConfig;
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
     * Python's {@code role}.
     *
     * @return the role
     */
    public String role() {
        return role;
    }

    /**
     * Python's {@code instance_type}.
     *
     * @return the instance type
     */
    public String instanceType() {
        return instanceType;
    }

    /**
     * Python's {@code base_job_name}.
     *
     * @return the prefix, or null
     */
    public String baseJobName() {
        return baseJobName;
    }

    /**
     * Python's {@code sagemaker_session}.
     *
     * @return the session
     */
    public Session session() {
        return session;
    }

    /**
     * Python's {@code env}.
     *
     * @return the environment, or null
     */
    public Map<String, String> env() {
        return env;
    }

    /** The processor of a check job: Python's {@code _generate_model_monitor(...)} then its baselining processor. */
    Processor processor(String imageRepository, Map<String, String> environment) {
        Processor.Builder b = Processor.builder().role(role).imageUri(ImageUris.retrieve(imageRepository,
                session.region())).instanceCount(instanceCount).instanceType(instanceType)
                .volumeSizeInGB(volumeSizeInGB).volumeKmsKey(volumeKmsKey).outputKmsKey(outputKmsKey)
                .maxRuntimeInSeconds(maxRuntimeInSeconds).session(session).env(environment);
        if (baseJobName != null) {
            b.baseJobName(baseJobName);
        }
        if (tags != null) {
            b.tags(tags);
        }
        if (networkConfig != null) {
            b.networkConfig(networkConfig);
        }
        return b.build();
    }

    /** Builds a {@link CheckJobConfig}; each method is a keyword of Python's constructor. */
    public static final class Builder {
        private String role;
        private int instanceCount = 1;
        private String instanceType = "ml.m5.xlarge";
        private int volumeSizeInGB = 30;
        private String volumeKmsKey;
        private String outputKmsKey;
        private Integer maxRuntimeInSeconds;
        private String baseJobName;
        private Session session;
        private Map<String, String> env;
        private List<Tag> tags;
        private NetworkConfig networkConfig;

        private Builder() {
        }

        /**
         * Sets {@code role} (required).
         *
         * @param role an IAM role ARN
         * @return this builder
         */
        public Builder role(String role) {
            this.role = role;
            return this;
        }

        /**
         * Sets {@code instance_count} (default 1).
         *
         * @param instanceCount the number of instances
         * @return this builder
         */
        public Builder instanceCount(int instanceCount) {
            this.instanceCount = instanceCount;
            return this;
        }

        /**
         * Sets {@code instance_type} (default {@code ml.m5.xlarge}); {@code local} runs in-process.
         *
         * @param instanceType the instance type
         * @return this builder
         */
        public Builder instanceType(String instanceType) {
            this.instanceType = instanceType;
            return this;
        }

        /**
         * Sets {@code volume_size_in_gb} (default 30).
         *
         * @param volumeSizeInGB the volume size
         * @return this builder
         */
        public Builder volumeSizeInGB(int volumeSizeInGB) {
            this.volumeSizeInGB = volumeSizeInGB;
            return this;
        }

        /**
         * Sets {@code volume_kms_key} (default {@code None}; not enforced locally).
         *
         * @param volumeKmsKey the key
         * @return this builder
         */
        public Builder volumeKmsKey(String volumeKmsKey) {
            this.volumeKmsKey = volumeKmsKey;
            return this;
        }

        /**
         * Sets {@code output_kms_key} (default {@code None}; not enforced locally).
         *
         * @param outputKmsKey the key
         * @return this builder
         */
        public Builder outputKmsKey(String outputKmsKey) {
            this.outputKmsKey = outputKmsKey;
            return this;
        }

        /**
         * Sets {@code max_runtime_in_seconds} (default {@code None}).
         *
         * @param maxRuntimeInSeconds the limit
         * @return this builder
         */
        public Builder maxRuntimeInSeconds(Integer maxRuntimeInSeconds) {
            this.maxRuntimeInSeconds = maxRuntimeInSeconds;
            return this;
        }

        /**
         * Sets {@code base_job_name} (default {@code None}).
         *
         * @param baseJobName the job name prefix
         * @return this builder
         */
        public Builder baseJobName(String baseJobName) {
            this.baseJobName = baseJobName;
            return this;
        }

        /**
         * Sets {@code sagemaker_session} (required here: Java has no default session).
         *
         * @param session the session
         * @return this builder
         */
        public Builder session(Session session) {
            this.session = session;
            return this;
        }

        /**
         * Sets {@code env} (default {@code None}).
         *
         * @param env environment variables of the job
         * @return this builder
         */
        public Builder env(Map<String, String> env) {
            this.env = env;
            return this;
        }

        /**
         * Sets {@code tags} (default {@code None}).
         *
         * @param tags the tags
         * @return this builder
         */
        public Builder tags(List<Tag> tags) {
            this.tags = tags;
            return this;
        }

        /**
         * Sets {@code network_config} (default {@code None}; not enforced locally).
         *
         * @param networkConfig the network configuration
         * @return this builder
         */
        public Builder networkConfig(NetworkConfig networkConfig) {
            this.networkConfig = networkConfig;
            return this;
        }

        /**
         * Builds the configuration.
         *
         * @return the configuration
         * @throws ValidationException when the role or session is missing
         */
        public CheckJobConfig build() {
            return new CheckJobConfig(this);
        }
    }
}
