/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.workflow;

import dev.sagemaker4j.monitor.DatasetFormat;
import java.util.Objects;

/**
 * A data quality check, as Python's {@code DataQualityCheckConfig(baseline_dataset, dataset_format, *,
 * output_s3_uri=None, post_analytics_processor_script=None, record_preprocessor_script=None)}: the Model Monitor
 * analyzer's baseline of a data set, checked for drift against the previous baseline. Immutable.
 *
 * <pre>{@code
 * DataQualityCheckConfig config = DataQualityCheckConfig.builder().baselineDataset("s3://bucket/train.csv")
 *         .datasetFormat(DatasetFormat.csv(true)).outputS3Uri("s3://bucket/checks/data").build();
 * }</pre>
 */
public final class DataQualityCheckConfig extends QualityCheckConfig {
    private final String recordPreprocessorScript;

    private DataQualityCheckConfig(Builder b) {
        super(b.baselineDataset, b.datasetFormat, b.outputS3Uri, b.postAnalyticsProcessorScript);
        this.recordPreprocessorScript = b.recordPreprocessorScript;
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
     * Python's {@code record_preprocessor_script}.
     *
     * @return the script, or null
     */
    public String recordPreprocessorScript() {
        return recordPreprocessorScript;
    }

    @Override
    String checkType() {
        return "DATA_QUALITY";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DataQualityCheckConfig c && baselineDataset().equals(c.baselineDataset())
                && datasetFormat().equals(c.datasetFormat()) && Objects.equals(outputS3Uri(), c.outputS3Uri())
                && Objects.equals(postAnalyticsProcessorScript(), c.postAnalyticsProcessorScript())
                && Objects.equals(recordPreprocessorScript, c.recordPreprocessorScript);
    }

    @Override
    public int hashCode() {
        return Objects.hash(baselineDataset(), outputS3Uri(), recordPreprocessorScript);
    }

    @Override
    public String toString() {
        return "DataQualityCheckConfig(" + baselineDataset() + ")";
    }

    /** Builds a {@link DataQualityCheckConfig}; each method is a Python attribute. */
    public static final class Builder {
        private String baselineDataset;
        private DatasetFormat datasetFormat;
        private String outputS3Uri;
        private String postAnalyticsProcessorScript;
        private String recordPreprocessorScript;

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
         * Sets {@code baseline_dataset} to a pipeline variable (a parameter or a step's output).
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
         * Sets {@code output_s3_uri} (default {@code None}: {@code s3://<bucket>/model-monitor/baselining/<job>/
         * results}).
         *
         * @param outputS3Uri where statistics.json and constraints.json go
         * @return this builder
         */
        public Builder outputS3Uri(String outputS3Uri) {
            this.outputS3Uri = outputS3Uri;
            return this;
        }

        /**
         * Sets {@code post_analytics_processor_script} (default {@code None}; a Python script, which the local
         * analyzer refuses).
         *
         * @param postAnalyticsProcessorScript an S3 URI or a local path
         * @return this builder
         */
        public Builder postAnalyticsProcessorScript(String postAnalyticsProcessorScript) {
            this.postAnalyticsProcessorScript = postAnalyticsProcessorScript;
            return this;
        }

        /**
         * Sets {@code record_preprocessor_script} (default {@code None}; a Python script, which the local analyzer
         * refuses).
         *
         * @param recordPreprocessorScript an S3 URI or a local path
         * @return this builder
         */
        public Builder recordPreprocessorScript(String recordPreprocessorScript) {
            this.recordPreprocessorScript = recordPreprocessorScript;
            return this;
        }

        /**
         * Builds the configuration.
         *
         * @return the configuration
         * @throws dev.sagemaker4j.exceptions.ValidationException when the data set or format is missing
         */
        public DataQualityCheckConfig build() {
            return new DataQualityCheckConfig(this);
        }
    }
}
