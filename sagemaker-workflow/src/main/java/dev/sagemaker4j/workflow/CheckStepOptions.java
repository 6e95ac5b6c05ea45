/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.workflow;

import java.util.function.Consumer;

/**
 * The keywords of Python's {@code QualityCheckStep} and {@code ClarifyCheckStep} after their configurations, with
 * Python's defaults: {@code skip_check=False}, {@code fail_on_violation=True}, {@code register_new_baseline=False},
 * {@code model_package_group_name=None}, {@code supplied_baseline_statistics=None} (QualityCheckStep only),
 * {@code supplied_baseline_constraints=None}, {@code display_name}, {@code description}, {@code cache_config},
 * {@code depends_on}. Each flag is a boolean or a {@link ParameterBoolean}; each name or URI a String or a
 * {@link PipelineVariable}. See the service's baseline lifecycle: with {@code skipCheck(false)} the step checks the
 * data against the previous baseline (the supplied one, else the latest approved version's
 * {@code DriftCheckBaselines} in the model package group); {@code registerNewBaseline(true)} makes the newly
 * calculated baseline the one the {@code BaselineUsedForDriftCheck*} properties name. Immutable.
 */
public final class CheckStepOptions {
    private final Object skipCheck;
    private final Object failOnViolation;
    private final Object registerNewBaseline;
    private final Object modelPackageGroupName;
    private final Object suppliedBaselineStatistics;
    private final Object suppliedBaselineConstraints;
    private final StepOptions step;

    private CheckStepOptions(Builder b) {
        this.skipCheck = b.skipCheck;
        this.failOnViolation = b.failOnViolation;
        this.registerNewBaseline = b.registerNewBaseline;
        this.modelPackageGroupName = b.modelPackageGroupName;
        this.suppliedBaselineStatistics = b.suppliedBaselineStatistics;
        this.suppliedBaselineConstraints = b.suppliedBaselineConstraints;
        this.step = b.step.build();
    }

    /**
     * A builder with Python's defaults.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    static CheckStepOptions of(Consumer<Builder> options) {
        Builder b = builder();
        options.accept(b);
        return b.build();
    }

    /**
     * Python's {@code skip_check}.
     *
     * @return a Boolean or a variable
     */
    public Object skipCheck() {
        return skipCheck;
    }

    /**
     * Python's {@code fail_on_violation}.
     *
     * @return a Boolean or a variable
     */
    public Object failOnViolation() {
        return failOnViolation;
    }

    /**
     * Python's {@code register_new_baseline}.
     *
     * @return a Boolean or a variable
     */
    public Object registerNewBaseline() {
        return registerNewBaseline;
    }

    /**
     * Python's {@code model_package_group_name}.
     *
     * @return a String, a variable or null
     */
    public Object modelPackageGroupName() {
        return modelPackageGroupName;
    }

    /**
     * Python's {@code supplied_baseline_statistics}.
     *
     * @return a String, a variable or null
     */
    public Object suppliedBaselineStatistics() {
        return suppliedBaselineStatistics;
    }

    /**
     * Python's {@code supplied_baseline_constraints}.
     *
     * @return a String, a variable or null
     */
    public Object suppliedBaselineConstraints() {
        return suppliedBaselineConstraints;
    }

    /**
     * The step keywords ({@code display_name}, {@code description}, {@code cache_config}, {@code depends_on}).
     *
     * @return the step options
     */
    public StepOptions step() {
        return step;
    }

    /** Builds {@link CheckStepOptions}; each method is a Python keyword. */
    public static final class Builder {
        private Object skipCheck = Boolean.FALSE;
        private Object failOnViolation = Boolean.TRUE;
        private Object registerNewBaseline = Boolean.FALSE;
        private Object modelPackageGroupName;
        private Object suppliedBaselineStatistics;
        private Object suppliedBaselineConstraints;
        private final StepOptions.Builder step = StepOptions.builder();

        private Builder() {
        }

        /**
         * Sets {@code skip_check} (default {@code False}).
         *
         * @param skipCheck whether the drift check against the previous baseline is skipped
         * @return this builder
         */
        public Builder skipCheck(boolean skipCheck) {
            this.skipCheck = skipCheck;
            return this;
        }

        /**
         * Sets {@code skip_check} to a variable (a {@link ParameterBoolean}).
         *
         * @param skipCheck the variable
         * @return this builder
         */
        public Builder skipCheck(PipelineVariable skipCheck) {
            this.skipCheck = skipCheck;
            return this;
        }

        /**
         * Sets {@code fail_on_violation} (default {@code True}).
         *
         * @param failOnViolation whether a violation fails the step
         * @return this builder
         */
        public Builder failOnViolation(boolean failOnViolation) {
            this.failOnViolation = failOnViolation;
            return this;
        }

        /**
         * Sets {@code fail_on_violation} to a variable.
         *
         * @param failOnViolation the variable
         * @return this builder
         */
        public Builder failOnViolation(PipelineVariable failOnViolation) {
            this.failOnViolation = failOnViolation;
            return this;
        }

        /**
         * Sets {@code register_new_baseline} (default {@code False}).
         *
         * @param registerNewBaseline whether the new baseline becomes the one used for drift checks
         * @return this builder
         */
        public Builder registerNewBaseline(boolean registerNewBaseline) {
            this.registerNewBaseline = registerNewBaseline;
            return this;
        }

        /**
         * Sets {@code register_new_baseline} to a variable.
         *
         * @param registerNewBaseline the variable
         * @return this builder
         */
        public Builder registerNewBaseline(PipelineVariable registerNewBaseline) {
            this.registerNewBaseline = registerNewBaseline;
            return this;
        }

        /**
         * Sets {@code model_package_group_name} (default {@code None}).
         *
         * @param modelPackageGroupName the group whose latest approved version holds the previous baseline
         * @return this builder
         */
        public Builder modelPackageGroupName(String modelPackageGroupName) {
            this.modelPackageGroupName = modelPackageGroupName;
            return this;
        }

        /**
         * Sets {@code model_package_group_name} to a variable.
         *
         * @param modelPackageGroupName the variable
         * @return this builder
         */
        public Builder modelPackageGroupName(PipelineVariable modelPackageGroupName) {
            this.modelPackageGroupName = modelPackageGroupName;
            return this;
        }

        /**
         * Sets {@code supplied_baseline_statistics} (default {@code None}; QualityCheckStep only).
         *
         * @param suppliedBaselineStatistics the S3 URI of a statistics.json
         * @return this builder
         */
        public Builder suppliedBaselineStatistics(String suppliedBaselineStatistics) {
            this.suppliedBaselineStatistics = suppliedBaselineStatistics;
            return this;
        }

        /**
         * Sets {@code supplied_baseline_statistics} to a variable.
         *
         * @param suppliedBaselineStatistics the variable
         * @return this builder
         */
        public Builder suppliedBaselineStatistics(PipelineVariable suppliedBaselineStatistics) {
            this.suppliedBaselineStatistics = suppliedBaselineStatistics;
            return this;
        }

        /**
         * Sets {@code supplied_baseline_constraints} (default {@code None}).
         *
         * @param suppliedBaselineConstraints the S3 URI of a constraints.json (a Clarify analysis.json)
         * @return this builder
         */
        public Builder suppliedBaselineConstraints(String suppliedBaselineConstraints) {
            this.suppliedBaselineConstraints = suppliedBaselineConstraints;
            return this;
        }

        /**
         * Sets {@code supplied_baseline_constraints} to a variable.
         *
         * @param suppliedBaselineConstraints the variable
         * @return this builder
         */
        public Builder suppliedBaselineConstraints(PipelineVariable suppliedBaselineConstraints) {
            this.suppliedBaselineConstraints = suppliedBaselineConstraints;
            return this;
        }

        /**
         * Sets {@code display_name} (default {@code None}).
         *
         * @param displayName the display name
         * @return this builder
         */
        public Builder displayName(String displayName) {
            step.displayName(displayName);
            return this;
        }

        /**
         * Sets {@code description} (default {@code None}).
         *
         * @param description the description
         * @return this builder
         */
        public Builder description(String description) {
            step.description(description);
            return this;
        }

        /**
         * Sets {@code cache_config} (default {@code None}).
         *
         * @param cacheConfig the cache configuration
         * @return this builder
         */
        public Builder cacheConfig(CacheConfig cacheConfig) {
            step.cacheConfig(cacheConfig);
            return this;
        }

        /**
         * Adds to {@code depends_on} (default {@code None}).
         *
         * @param stepNames step names
         * @return this builder
         */
        public Builder dependsOn(String... stepNames) {
            step.dependsOn(stepNames);
            return this;
        }

        /**
         * Adds to {@code depends_on}.
         *
         * @param steps steps
         * @return this builder
         */
        public Builder dependsOn(Step... steps) {
            step.dependsOn(steps);
            return this;
        }

        /**
         * Builds the options.
         *
         * @return the options
         */
        public CheckStepOptions build() {
            return new CheckStepOptions(this);
        }
    }
}
