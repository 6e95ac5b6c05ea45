/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.workflow;

import dev.sagemaker4j.exceptions.ValidationException;
import dev.sagemaker4j.monitor.DatasetFormat;
import java.util.Objects;

/**
 * A model quality check, as Python's {@code ModelQualityCheckConfig(baseline_dataset, dataset_format, *,
 * output_s3_uri=None, post_analytics_processor_script=None, problem_type, inference_attribute=None,
 * probability_attribute=None, ground_truth_attribute=None, probability_threshold_attribute=None)}: the analyzer's
 * model quality baseline (environment {@code analysis_type=MODEL_QUALITY}). Each attribute is a String or a
 * {@link ParameterString} (Python refuses other parameter types). Immutable.
 */
public final class ModelQualityCheckConfig extends QualityCheckConfig {
    private final String problemType;
    private final String inferenceAttribute;
    private final String probabilityAttribute;
    private final String groundTruthAttribute;
    private final String probabilityThresholdAttribute;

    private ModelQualityCheckConfig(Builder b) {
        super(b.baselineDataset, b.datasetFormat, b.outputS3Uri, b.postAnalyticsProcessorScript);
        if (b.problemType == null || b.problemType.isBlank()) {
            throw new ValidationException("problemType", b.problemType, "is missing",
                    "give Regression, BinaryClassification or MulticlassClassification");
        }
        this.problemType = b.problemType;
        this.inferenceAttribute = b.inferenceAttribute;
        this.probabilityAttribute = b.probabilityAttribute;
        this.groundTruthAttribute = b.groundTruthAttribute;
        this.probabilityThresholdAttribute = b.probabilityThresholdAttribute;
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
     * Python's {@code problem_type}.
     *
     * @return the problem type
     */
    public String problemType() {
        return problemType;
    }

    /**
     * Python's {@code inference_attribute}.
     *
     * @return the attribute, or null
     */
    public String inferenceAttribute() {
        return inferenceAttribute;
    }

    /**
     * Python's {@code probability_attribute}.
     *
     * @return the attribute, or null
     */
    public String probabilityAttribute() {
        return probabilityAttribute;
    }

    /**
     * Python's {@code ground_truth_attribute}.
     *
     * @return the attribute, or null
     */
    public String groundTruthAttribute() {
        return groundTruthAttribute;
    }

    /**
     * Python's {@code probability_threshold_attribute}.
     *
     * @return the attribute, or null
     */
    public String probabilityThresholdAttribute() {
        return probabilityThresholdAttribute;
    }

    @Override
    String checkType() {
        return "MODEL_QUALITY";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ModelQualityCheckConfig c && baselineDataset().equals(c.baselineDataset())
                && datasetFormat().equals(c.datasetFormat()) && Objects.equals(outputS3Uri(), c.outputS3Uri())
                && Objects.equals(postAnalyticsProcessorScript(), c.postAnalyticsProcessorScript())
                && problemType.equals(c.problemType) && Objects.equals(inferenceAttribute, c.inferenceAttribute)
                && Objects.equals(probabilityAttribute, c.probabilityAttribute)
                && Objects.equals(groundTruthAttribute, c.groundTruthAttribute)
                && Objects.equals(probabilityThresholdAttribute, c.probabilityThresholdAttribute);
    }

    @Override
    public int hashCode() {
        return Objects.hash(baselineDataset(), problemType, inferenceAttribute, probabilityAttribute);
    }

    @Override
    public String toString() {
        return "ModelQualityCheckConfig(" + baselineDataset() + ", " + problemType + ")";
    }

    /** Builds a {@link ModelQualityCheckConfig}; each method is a Python attribute. */
    public static final class Builder {
        private String baselineDataset;
        private DatasetFormat datasetFormat;
        private String outputS3Uri;
        private String postAnalyticsProcessorScript;
        private String problemType;
        private String inferenceAttribute;
        private String probabilityAttribute;
        private String groundTruthAttribute;
        private String probabilityThresholdAttribute;

        private Builder() {
        }

        /**
         * Sets {@code baseline_dataset} (required).
         *
         * @param baselineDataset an S3 URI or a local path
         * @return this builder
         */
        public Builder baselineDataset(String baselineDataset) {
            this.baselineDataset = baselineDataset;
            return this;
        }

        /**
         * Sets {@code baseline_dataset} to a pipeline variable.
         *
         * @param baselineDataset the variable
         * @return this builder
         */
        public Builder baselineDataset(PipelineVariable baselineDataset) {
            this.baselineDataset = baselineDataset == null ? null : baselineDataset.asString();
            return this;
        }

        /**
         * Sets {@code dataset_format} (required).
         *
         * @param datasetFormat the format
         * @return this builder
         */
        public Builder datasetFormat(DatasetFormat datasetFormat) {
            this.datasetFormat = datasetFormat;
            return this;
        }

        /**
         * Sets {@code output_s3_uri} (default {@code None}).
         *
         * @param outputS3Uri where the baseline goes
         * @return this builder
         */
        public Builder outputS3Uri(String outputS3Uri) {
            this.outputS3Uri = outputS3Uri;
            return this;
        }

        /**
         * Sets {@code post_analytics_processor_script} (default {@code None}).
         *
         * @param postAnalyticsProcessorScript an S3 URI or a local path
         * @return this builder
         */
        public Builder postAnalyticsProcessorScript(String postAnalyticsProcessorScript) {
            this.postAnalyticsProcessorScript = postAnalyticsProcessorScript;
            return this;
        }

        /**
         * Sets {@code problem_type} (required): Regression, BinaryClassification or MulticlassClassification.
         *
         * @param problemType the problem type
         * @return this builder
         */
        public Builder problemType(String problemType) {
            this.problemType = problemType;
            return this;
        }

        /**
         * Sets {@code problem_type} to a {@link ParameterString}.
         *
         * @param problemType the parameter
         * @return this builder
         */
        public Builder problemType(PipelineVariable problemType) {
            this.problemType = problemType == null ? null : problemType.asString();
            return this;
        }

        /**
         * Sets {@code inference_attribute} (default {@code None}).
         *
         * @param inferenceAttribute an index or JSON path of the predicted label
         * @return this builder
         */
        public Builder inferenceAttribute(String inferenceAttribute) {
            this.inferenceAttribute = inferenceAttribute;
            return this;
        }

        /**
         * Sets {@code inference_attribute} to a {@link ParameterString} or another non-parameter variable.
         *
         * @param inferenceAttribute the variable
         * @return this builder
         * @throws ValidationException for a parameter other than a ParameterString
         */
        public Builder inferenceAttribute(PipelineVariable inferenceAttribute) {
            this.inferenceAttribute = envValue("inference_attribute", inferenceAttribute);
            return this;
        }

        /**
         * Sets {@code probability_attribute} (default {@code None}).
         *
         * @param probabilityAttribute an index or JSON path of the probability
         * @return this builder
         */
        public Builder probabilityAttribute(String probabilityAttribute) {
            this.probabilityAttribute = probabilityAttribute;
            return this;
        }

        /**
         * Sets {@code probability_attribute} to a variable.
         *
         * @param probabilityAttribute the variable
         * @return this builder
         * @throws ValidationException for a parameter other than a ParameterString
         */
        public Builder probabilityAttribute(PipelineVariable probabilityAttribute) {
            this.probabilityAttribute = envValue("probability_attribute", probabilityAttribute);
            return this;
        }

        /**
         * Sets {@code ground_truth_attribute} (default {@code None}).
         *
         * @param groundTruthAttribute an index or JSON path of the actual label
         * @return this builder
         */
        public Builder groundTruthAttribute(String groundTruthAttribute) {
            this.groundTruthAttribute = groundTruthAttribute;
            return this;
        }

        /**
         * Sets {@code ground_truth_attribute} to a variable.
         *
         * @param groundTruthAttribute the variable
         * @return this builder
         * @throws ValidationException for a parameter other than a ParameterString
         */
        public Builder groundTruthAttribute(PipelineVariable groundTruthAttribute) {
            this.groundTruthAttribute = envValue("ground_truth_attribute", groundTruthAttribute);
            return this;
        }

        /**
         * Sets {@code probability_threshold_attribute} (default {@code None}).
         *
         * @param probabilityThresholdAttribute the threshold that turns probabilities into labels
         * @return this builder
         */
        public Builder probabilityThresholdAttribute(String probabilityThresholdAttribute) {
            this.probabilityThresholdAttribute = probabilityThresholdAttribute;
            return this;
        }

        /**
         * Sets {@code probability_threshold_attribute} to a variable.
         *
         * @param probabilityThresholdAttribute the variable
         * @return this builder
         * @throws ValidationException for a parameter other than a ParameterString
         */
        public Builder probabilityThresholdAttribute(PipelineVariable probabilityThresholdAttribute) {
            this.probabilityThresholdAttribute = envValue("probability_threshold_attr", probabilityThresholdAttribute);
            return this;
        }

        /**
         * Builds the configuration.
         *
         * @return the configuration
         * @throws ValidationException when the data set, format or problem type is missing
         */
        public ModelQualityCheckConfig build() {
            return new ModelQualityCheckConfig(this);
        }
    }
}
