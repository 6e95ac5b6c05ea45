/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.monitor;

import dev.sagemaker4j.exceptions.ValidationException;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The data capture of a batch transform job a monitoring schedule watches, as Python's {@code sagemaker.model_monitor.BatchTransformInput} (v2.257.6). Immutable.
 *
 * <pre>{@code
 * BatchTransformInput input = BatchTransformInput.builder().dataCapturedDestinationS3Uri("s3://bucket/capture")
 *         .destination("/opt/ml/processing/data").datasetFormat(DatasetFormat.csv(false)).build();
 * }</pre>
 */
public final class BatchTransformInput {
    private final String dataCapturedDestinationS3Uri;
    private final String destination;
    private final DatasetFormat datasetFormat;
    private final String s3InputMode;
    private final String s3DataDistributionType;
    private final String startTimeOffset;
    private final String endTimeOffset;
    private final String featuresAttribute;
    private final String inferenceAttribute;
    private final String probabilityAttribute;
    private final Double probabilityThresholdAttribute;
    private final String excludeFeaturesAttribute;

    private BatchTransformInput(Builder b) {
        this.dataCapturedDestinationS3Uri = b.dataCapturedDestinationS3Uri;
        this.destination = b.destination;
        this.datasetFormat = b.datasetFormat;
        this.s3InputMode = b.s3InputMode;
        this.s3DataDistributionType = b.s3DataDistributionType;
        this.startTimeOffset = b.startTimeOffset;
        this.endTimeOffset = b.endTimeOffset;
        this.featuresAttribute = b.featuresAttribute;
        this.inferenceAttribute = b.inferenceAttribute;
        this.probabilityAttribute = b.probabilityAttribute;
        this.probabilityThresholdAttribute = b.probabilityThresholdAttribute;
        this.excludeFeaturesAttribute = b.excludeFeaturesAttribute;
        if (dataCapturedDestinationS3Uri == null || dataCapturedDestinationS3Uri.isBlank()) {
            throw new ValidationException("data_captured_destination_s3_uri", dataCapturedDestinationS3Uri, "is missing", "give it");
        }
        if (destination == null || destination.isBlank()) {
            throw new ValidationException("destination", destination, "is missing", "give it");
        }
    }

    /**
     * A new builder with Python's defaults.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding this object's values.
     *
     * @return the builder
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.dataCapturedDestinationS3Uri = dataCapturedDestinationS3Uri;
        b.destination = destination;
        b.datasetFormat = datasetFormat;
        b.s3InputMode = s3InputMode;
        b.s3DataDistributionType = s3DataDistributionType;
        b.startTimeOffset = startTimeOffset;
        b.endTimeOffset = endTimeOffset;
        b.featuresAttribute = featuresAttribute;
        b.inferenceAttribute = inferenceAttribute;
        b.probabilityAttribute = probabilityAttribute;
        b.probabilityThresholdAttribute = probabilityThresholdAttribute;
        b.excludeFeaturesAttribute = excludeFeaturesAttribute;
        return b;
    }

    /**
     * Python's {@code data_captured_destination_s3_uri}: where the transform job's data capture lies (required).
     *
     * @return the value, or null
     */
    public String dataCapturedDestinationS3Uri() {
        return dataCapturedDestinationS3Uri;
    }

    /**
     * Python's {@code destination}: where the container reads it (required).
     *
     * @return the value, or null
     */
    public String destination() {
        return destination;
    }

    /**
     * Python's {@code dataset_format}: the captured data's format (required).
     *
     * @return the value, or null
     */
    public DatasetFormat datasetFormat() {
        return datasetFormat;
    }

    /**
     * Python's {@code s3_input_mode}: File, Pipe or FastFile.
     *
     * @return the value, or null
     */
    public String s3InputMode() {
        return s3InputMode;
    }

    /**
     * Python's {@code s3_data_distribution_type}: FullyReplicated or ShardedByS3Key.
     *
     * @return the value, or null
     */
    public String s3DataDistributionType() {
        return s3DataDistributionType;
    }

    /**
     * Python's {@code start_time_offset}: the window's start, e.g. -PT1H.
     *
     * @return the value, or null
     */
    public String startTimeOffset() {
        return startTimeOffset;
    }

    /**
     * Python's {@code end_time_offset}: the window's end, e.g. -PT0H.
     *
     * @return the value, or null
     */
    public String endTimeOffset() {
        return endTimeOffset;
    }

    /**
     * Python's {@code features_attribute}: the JSONPath of the features.
     *
     * @return the value, or null
     */
    public String featuresAttribute() {
        return featuresAttribute;
    }

    /**
     * Python's {@code inference_attribute}: the index or JSONPath of the prediction.
     *
     * @return the value, or null
     */
    public String inferenceAttribute() {
        return inferenceAttribute;
    }

    /**
     * Python's {@code probability_attribute}: the index or JSONPath of the probability.
     *
     * @return the value, or null
     */
    public String probabilityAttribute() {
        return probabilityAttribute;
    }

    /**
     * Python's {@code probability_threshold_attribute}: the threshold of a positive label.
     *
     * @return the value, or null
     */
    public Double probabilityThresholdAttribute() {
        return probabilityThresholdAttribute;
    }

    /**
     * Python's {@code exclude_features_attribute}: the features left out.
     *
     * @return the value, or null
     */
    public String excludeFeaturesAttribute() {
        return excludeFeaturesAttribute;
    }

    /**
     * The request shape, as Python's {@code _to_request_dict()} (the value of {@code BatchTransformInput}).
     *
     * @return the service's BatchTransformInput
     */
    public software.amazon.awssdk.services.sagemaker.model.BatchTransformInput toRequest() {
        return software.amazon.awssdk.services.sagemaker.model.BatchTransformInput.builder()
                .dataCapturedDestinationS3Uri(dataCapturedDestinationS3Uri).localPath(destination)
                .s3InputMode(s3InputMode).s3DataDistributionType(s3DataDistributionType)
                .datasetFormat(datasetFormat == null ? null : datasetFormat.toMonitoringDatasetFormat())
                .startTimeOffset(startTimeOffset).endTimeOffset(endTimeOffset).featuresAttribute(featuresAttribute)
                .inferenceAttribute(inferenceAttribute).probabilityAttribute(probabilityAttribute)
                .probabilityThresholdAttribute(probabilityThresholdAttribute)
                .excludeFeaturesAttribute(excludeFeaturesAttribute).build();
    }


    @Override
    public boolean equals(Object o) {
        return o instanceof BatchTransformInput other && toRequest().equals(other.toRequest());
    }

    @Override
    public int hashCode() {
        return Objects.hash(toRequest());
    }

    @Override
    public String toString() {
        return "BatchTransformInput" + toRequest().toString().substring(toRequest().toString().indexOf('('));
    }

    /** Builds a {@link BatchTransformInput}. */
    public static final class Builder {
        private String dataCapturedDestinationS3Uri;
        private String destination;
        private DatasetFormat datasetFormat;
        private String s3InputMode = "File";
        private String s3DataDistributionType = "FullyReplicated";
        private String startTimeOffset;
        private String endTimeOffset;
        private String featuresAttribute;
        private String inferenceAttribute;
        private String probabilityAttribute;
        private Double probabilityThresholdAttribute;
        private String excludeFeaturesAttribute;

        private Builder() {
        }

        /**
         * Sets Python's {@code data_captured_destination_s3_uri} (default {@code None}): where the transform job's data capture lies (required).
         *
         * @param dataCapturedDestinationS3Uri the value
         * @return this builder
         */
        public Builder dataCapturedDestinationS3Uri(String dataCapturedDestinationS3Uri) {
            this.dataCapturedDestinationS3Uri = dataCapturedDestinationS3Uri;
            return this;
        }

        /**
         * Sets Python's {@code destination} (default {@code None}): where the container reads it (required).
         *
         * @param destination the value
         * @return this builder
         */
        public Builder destination(String destination) {
            this.destination = destination;
            return this;
        }

        /**
         * Sets Python's {@code dataset_format} (default {@code None}): the captured data's format (required).
         *
         * @param datasetFormat the value
         * @return this builder
         */
        public Builder datasetFormat(DatasetFormat datasetFormat) {
            this.datasetFormat = datasetFormat;
            return this;
        }

        /**
         * Sets Python's {@code s3_input_mode} (default {@code File}): File, Pipe or FastFile.
         *
         * @param s3InputMode the value
         * @return this builder
         */
        public Builder s3InputMode(String s3InputMode) {
            this.s3InputMode = s3InputMode;
            return this;
        }

        /**
         * Sets Python's {@code s3_data_distribution_type} (default {@code FullyReplicated}): FullyReplicated or ShardedByS3Key.
         *
         * @param s3DataDistributionType the value
         * @return this builder
         */
        public Builder s3DataDistributionType(String s3DataDistributionType) {
            this.s3DataDistributionType = s3DataDistributionType;
            return this;
        }

        /**
         * Sets Python's {@code start_time_offset} (default {@code None}): the window's start, e.g. -PT1H.
         *
         * @param startTimeOffset the value
         * @return this builder
         */
        public Builder startTimeOffset(String startTimeOffset) {
            this.startTimeOffset = startTimeOffset;
            return this;
        }

        /**
         * Sets Python's {@code end_time_offset} (default {@code None}): the window's end, e.g. -PT0H.
         *
         * @param endTimeOffset the value
         * @return this builder
         */
        public Builder endTimeOffset(String endTimeOffset) {
            this.endTimeOffset = endTimeOffset;
            return this;
        }

        /**
         * Sets Python's {@code features_attribute} (default {@code None}): the JSONPath of the features.
         *
         * @param featuresAttribute the value
         * @return this builder
         */
        public Builder featuresAttribute(String featuresAttribute) {
            this.featuresAttribute = featuresAttribute;
            return this;
        }

        /**
         * Sets Python's {@code inference_attribute} (default {@code None}): the index or JSONPath of the prediction.
         *
         * @param inferenceAttribute the value
         * @return this builder
         */
        public Builder inferenceAttribute(String inferenceAttribute) {
            this.inferenceAttribute = inferenceAttribute;
            return this;
        }

        /**
         * Sets Python's {@code probability_attribute} (default {@code None}): the index or JSONPath of the probability.
         *
         * @param probabilityAttribute the value
         * @return this builder
         */
        public Builder probabilityAttribute(String probabilityAttribute) {
            this.probabilityAttribute = probabilityAttribute;
            return this;
        }

        /**
         * Sets Python's {@code probability_threshold_attribute} (default {@code None}): the threshold of a positive label.
         *
         * @param probabilityThresholdAttribute the value
         * @return this builder
         */
        public Builder probabilityThresholdAttribute(Double probabilityThresholdAttribute) {
            this.probabilityThresholdAttribute = probabilityThresholdAttribute;
            return this;
        }

        /**
         * Sets Python's {@code exclude_features_attribute} (default {@code None}): the features left out.
         *
         * @param excludeFeaturesAttribute the value
         * @return this builder
         */
        public Builder excludeFeaturesAttribute(String excludeFeaturesAttribute) {
            this.excludeFeaturesAttribute = excludeFeaturesAttribute;
            return this;
        }

        /**
         * Builds the object.
         *
         * @return the object
         * @throws ValidationException when a required value is missing
         */
        public BatchTransformInput build() {
            return new BatchTransformInput(this);
        }
    }
}
