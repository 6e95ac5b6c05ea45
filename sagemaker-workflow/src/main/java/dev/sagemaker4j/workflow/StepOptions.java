/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.workflow;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The optional arguments every step takes (Python's step keywords): {@code display_name}, {@code description},
 * {@code depends_on}, {@code cache_config}, {@code retry_policies} and, for a processing step,
 * {@code property_files}. A step type that has no such member in Python's definition writes it all the same only
 * when it is given.
 */
public final class StepOptions {

    private final String displayName;
    private final String description;
    private final List<Object> dependsOn;
    private final CacheConfig cacheConfig;
    private final List<RetryPolicy> retryPolicies;
    private final List<PropertyFile> propertyFiles;
    private final Map<String, Object> arguments;

    private StepOptions(Builder b) {
        this.displayName = b.displayName;
        this.description = b.description;
        this.dependsOn = List.copyOf(b.dependsOn);
        this.cacheConfig = b.cacheConfig;
        this.retryPolicies = List.copyOf(b.retryPolicies);
        this.propertyFiles = List.copyOf(b.propertyFiles);
        this.arguments = new LinkedHashMap<>(b.arguments);
    }

    /**
     * A builder with Python's defaults (none of the options).
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
        b.displayName = displayName;
        b.description = description;
        b.dependsOn.addAll(dependsOn);
        b.cacheConfig = cacheConfig;
        b.retryPolicies.addAll(retryPolicies);
        b.propertyFiles.addAll(propertyFiles);
        b.arguments.putAll(arguments);
        return b;
    }

    /**
     * Python {@code display_name}.
     *
     * @return the display name, or null
     */
    public String displayName() {
        return displayName;
    }

    /**
     * Python {@code description}.
     *
     * @return the description, or null
     */
    public String description() {
        return description;
    }

    /**
     * Python {@code depends_on}: step names or steps.
     *
     * @return the steps this one waits for
     */
    public List<Object> dependsOn() {
        return dependsOn;
    }

    /**
     * Python {@code cache_config}.
     *
     * @return the cache configuration, or null
     */
    public CacheConfig cacheConfig() {
        return cacheConfig;
    }

    /**
     * Python {@code retry_policies}.
     *
     * @return the policies
     */
    public List<RetryPolicy> retryPolicies() {
        return retryPolicies;
    }

    /**
     * Python {@code property_files}.
     *
     * @return the property files
     */
    public List<PropertyFile> propertyFiles() {
        return propertyFiles;
    }

    /**
     * Members of the step's {@code Arguments} set after the request is written, by dotted path.
     *
     * @return the values by path
     */
    public Map<String, Object> arguments() {
        return Collections.unmodifiableMap(arguments);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StepOptions s && Objects.equals(displayName, s.displayName)
                && Objects.equals(description, s.description) && dependsOn.equals(s.dependsOn)
                && Objects.equals(cacheConfig, s.cacheConfig) && retryPolicies.equals(s.retryPolicies)
                && propertyFiles.equals(s.propertyFiles) && arguments.equals(s.arguments);
    }

    @Override
    public int hashCode() {
        return Objects.hash(displayName, description, dependsOn, cacheConfig, retryPolicies, propertyFiles,
                arguments);
    }

    @Override
    public String toString() {
        return "StepOptions(displayName=" + displayName + ", description=" + description + ", dependsOn="
                + dependsOn + ", cacheConfig=" + cacheConfig + ", retryPolicies=" + retryPolicies.size()
                + ", propertyFiles=" + propertyFiles + ")";
    }

    /** Builds {@link StepOptions}. */
    public static final class Builder {
        private String displayName;
        private String description;
        private final List<Object> dependsOn = new ArrayList<>();
        private CacheConfig cacheConfig;
        private final List<RetryPolicy> retryPolicies = new ArrayList<>();
        private final List<PropertyFile> propertyFiles = new ArrayList<>();
        private final Map<String, Object> arguments = new LinkedHashMap<>();

        private Builder() {
        }

        /**
         * Python {@code display_name}, default none.
         *
         * @param displayName the display name
         * @return this
         */
        public Builder displayName(String displayName) {
            this.displayName = displayName;
            return this;
        }

        /**
         * Python {@code description}, default none.
         *
         * @param description the description
         * @return this
         */
        public Builder description(String description) {
            this.description = description;
            return this;
        }

        /**
         * Python {@code depends_on} by name, default none.
         *
         * @param stepNames the names of the steps this one waits for
         * @return this
         */
        public Builder dependsOn(String... stepNames) {
            dependsOn.addAll(List.of(stepNames));
            return this;
        }

        /**
         * Python {@code depends_on} by step, default none.
         *
         * @param steps the steps this one waits for
         * @return this
         */
        public Builder dependsOn(Step... steps) {
            dependsOn.addAll(List.of(steps));
            return this;
        }

        /**
         * Python {@code cache_config}, default none.
         *
         * @param cacheConfig the cache configuration
         * @return this
         */
        public Builder cacheConfig(CacheConfig cacheConfig) {
            this.cacheConfig = cacheConfig;
            return this;
        }

        /**
         * Python {@code retry_policies}, default none.
         *
         * @param retryPolicies the policies
         * @return this
         */
        public Builder retryPolicies(RetryPolicy... retryPolicies) {
            this.retryPolicies.addAll(List.of(retryPolicies));
            return this;
        }

        /**
         * Python {@code property_files} (processing steps), default none.
         *
         * @param propertyFiles the files the step writes
         * @return this
         */
        public Builder propertyFiles(PropertyFile... propertyFiles) {
            this.propertyFiles.addAll(List.of(propertyFiles));
            return this;
        }

        /**
         * Sets a member of the step's {@code Arguments} (no Python keyword: in Python any request member takes a
         * variable). For members that are not strings in the AWS SDK request, such as
         * {@code ProcessingResources.ClusterConfig.InstanceCount}, where {@link PipelineVariable#asString()}
         * does not fit.
         *
         * @param path  the member's dotted path in the arguments; missing objects on the way are added
         * @param value a literal or a variable
         * @return this
         */
        public Builder argument(String path, Object value) {
            arguments.put(path, value);
            return this;
        }

        /**
         * The options.
         *
         * @return the options
         */
        public StepOptions build() {
            return new StepOptions(this);
        }
    }
}
