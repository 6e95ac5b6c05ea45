/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.workflow;

import dev.sagemaker4j.exceptions.ValidationException;
import dev.sagemaker4j.monitor.DatasetFormat;

/**
 * What a {@link QualityCheckStep} checks, as Python's {@code sagemaker.workflow.quality_check_step.QualityCheckConfig}
 * ({@code baseline_dataset}, {@code dataset_format}, {@code output_s3_uri}, {@code post_analytics_processor_script}):
 * a {@link DataQualityCheckConfig} or a {@link ModelQualityCheckConfig}, the only two kinds Python accepts.
 */
public abstract class QualityCheckConfig implements dev.sagemaker4j.transformer.MonitoringConfig {
    private final String baselineDataset;
    private final DatasetFormat datasetFormat;
    private final String outputS3Uri;
    private final String postAnalyticsProcessorScript;

    QualityCheckConfig(String baselineDataset, DatasetFormat datasetFormat, String outputS3Uri,
            String postAnalyticsProcessorScript) {
        if (baselineDataset == null || baselineDataset.isBlank()) {
            throw new ValidationException("baselineDataset", baselineDataset, "is missing",
                    "give an S3 URI, a local path or a pipeline variable's asString()");
        }
        if (datasetFormat == null) {
            throw new ValidationException("datasetFormat", null, "is missing",
                    "pass DatasetFormat.csv(...), json(...) or sagemakerCaptureJson()");
        }
        this.baselineDataset = baselineDataset;
        this.datasetFormat = datasetFormat;
        this.outputS3Uri = outputS3Uri;
        this.postAnalyticsProcessorScript = postAnalyticsProcessorScript;
    }

    /**
     * Python's {@code baseline_dataset}.
     *
     * @return an S3 URI, a local path or a placeholder
     */
    public String baselineDataset() {
        return baselineDataset;
    }

    /**
     * Python's {@code dataset_format}.
     *
     * @return the format
     */
    public DatasetFormat datasetFormat() {
        return datasetFormat;
    }

    /**
     * Python's {@code output_s3_uri}.
     *
     * @return the URI, or null for {@code s3://<bucket>/model-monitor/baselining/<job>/results}
     */
    public String outputS3Uri() {
        return outputS3Uri;
    }

    /**
     * Python's {@code post_analytics_processor_script}.
     *
     * @return the script, or null
     */
    public String postAnalyticsProcessorScript() {
        return postAnalyticsProcessorScript;
    }

    /** Python's {@code _DATA_QUALITY_TYPE} or {@code _MODEL_QUALITY_TYPE}. */
    abstract String checkType();

    /** A String or a pipeline variable's placeholder, as Python's {@code _format_env_variable_value}. */
    static String envValue(String field, PipelineVariable value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Parameter && !(value instanceof ParameterString)) {
            throw new ValidationException(field, value, "cannot be Parameter types other than ParameterString",
                    "pass a ParameterString or a String");
        }
        return value.asString();
    }
}
