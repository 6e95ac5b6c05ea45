/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.clarify;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sagemaker4j.clarify.internal.Json;
import dev.sagemaker4j.exceptions.ValidationException;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Python's {@code sagemaker.clarify.DataConfig}: the input data set and where the analysis goes. Its
 * {@link #analysisConfig()} is the part of {@code analysis_config.json} Python's {@code get_config()} returns.
 * Built with {@link #builder()}; immutable.
 *
 * <pre>{@code
 * DataConfig data = DataConfig.builder().s3DataInputPath("s3://bucket/train.csv")
 *         .s3OutputPath("s3://bucket/clarify").label("Label").headers(List.of("Label", "F1", "F2"))
 *         .datasetType("text/csv").build();
 * }</pre>
 *
 * <p>Not yet here: {@code segmentation_config} and {@code time_series_data_config}. The local Clarify program reads
 * CSV data sets (with the label and facets in the same file).
 */
public final class DataConfig {
    private static final Set<String> DATASET_TYPES = Set.of("text/csv", "application/jsonlines",
            "application/json", "application/x-parquet", "application/x-image");
    private static final Set<String> TABULAR = Set.of("text/csv", "application/jsonlines", "application/json",
            "application/x-parquet");

    private final String s3DataInputPath;
    private final String s3OutputPath;
    private final String s3AnalysisConfigOutputPath;
    private final String s3CompressionType;
    private final String s3DataDistributionType = "FullyReplicated";
    private final ObjectNode analysisConfig;

    private DataConfig(Builder b) {
        if (b.s3DataInputPath == null || b.s3DataInputPath.isBlank()) {
            throw new ValidationException("s3DataInputPath", b.s3DataInputPath, "is missing",
                    "pass the data set's S3 prefix or object URI");
        }
        if (b.s3OutputPath == null || b.s3OutputPath.isBlank()) {
            throw new ValidationException("s3OutputPath", b.s3OutputPath, "is missing",
                    "pass the S3 prefix the analysis is written to");
        }
        if (!DATASET_TYPES.contains(b.datasetType)) {
            throw new ValidationException("datasetType", b.datasetType, "is invalid",
                    "use one of " + DATASET_TYPES);
        }
        if (!TABULAR.contains(b.datasetType)) {
            if (b.predictedLabel != null) {
                throw new ValidationException("predictedLabel", b.predictedLabel, "is not supported for the"
                        + " dataset_type " + b.datasetType, "leave predictedLabel out for image data");
            }
            if (b.excludedColumns != null) {
                throw new ValidationException("excludedColumns", b.excludedColumns, "is not supported for the"
                        + " dataset_type " + b.datasetType, "leave excludedColumns out for image data");
            }
        }
        if (!"text/csv".equals(b.datasetType)) {
            if (b.facetDatasetUri != null || b.facetHeaders != null) {
                throw new ValidationException("facetDatasetUri", b.facetDatasetUri, "is only supported for the"
                        + " dataset_type text/csv", "use a CSV data set, or keep the facets in the data set");
            }
            if (b.predictedLabelDatasetUri != null || b.predictedLabelHeaders != null) {
                throw new ValidationException("predictedLabelDatasetUri", b.predictedLabelDatasetUri, "is only"
                        + " supported for the dataset_type text/csv", "use a CSV data set");
            }
        }
        if (b.timeSeriesDataConfig != null && !"application/json".equals(b.datasetType)) {
            throw new ValidationException("timeSeriesDataConfig", b.timeSeriesDataConfig, "is given for the"
                    + " dataset_type " + b.datasetType, "Currently time series explainability only supports JSON"
                    + " format data: use the dataset_type application/json");
        }
        if ("application/json".equals(b.datasetType) && b.features == null && b.timeSeriesDataConfig == null) {
            throw new ValidationException("features", null, "is required for the application/json dataset_type"
                    + " (features JMESPath is required for application/json dataset_type)",
                    "pass the JMESPath expression that locates the features");
        }
        if (!"None".equals(b.s3CompressionType) && !"Gzip".equals(b.s3CompressionType)) {
            throw new ValidationException("s3CompressionType", b.s3CompressionType, "must be None or Gzip",
                    "pass \"None\" or \"Gzip\"");
        }
        this.s3DataInputPath = b.s3DataInputPath;
        this.s3OutputPath = b.s3OutputPath;
        this.s3AnalysisConfigOutputPath = b.s3AnalysisConfigOutputPath;
        this.s3CompressionType = b.s3CompressionType;
        ObjectNode c = Json.F.objectNode();
        c.put("dataset_type", b.datasetType);
        set(c, "features", b.features);
        set(c, "headers", b.headers);
        set(c, "label", b.label);
        set(c, "joinsource_name_or_index", b.joinsource);
        set(c, "facet_dataset_uri", b.facetDatasetUri);
        set(c, "facet_headers", b.facetHeaders);
        set(c, "predicted_label_dataset_uri", b.predictedLabelDatasetUri);
        set(c, "predicted_label_headers", b.predictedLabelHeaders);
        set(c, "predicted_label", b.predictedLabel);
        set(c, "excluded_columns", b.excludedColumns);
        if (b.segmentationConfig != null && !b.segmentationConfig.isEmpty()) {
            com.fasterxml.jackson.databind.node.ArrayNode segments = c.putArray("segment_config");
            for (SegmentationConfig segment : b.segmentationConfig) {
                segments.add(segment.toDict());
            }
        }
        if (b.timeSeriesDataConfig != null) {
            c.set("time_series_data_config", b.timeSeriesDataConfig.timeSeriesDataConfig());
        }
        this.analysisConfig = c;
    }

    private static void set(ObjectNode c, String key, Object value) {
        if (value != null) {
            c.set(key, Json.value(key, value));
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
     * Python's {@code get_config()}: this data set's part of {@code analysis_config.json}.
     *
     * @return a copy
     */
    public ObjectNode analysisConfig() {
        return analysisConfig.deepCopy();
    }

    /**
     * Python's {@code s3_data_input_path}.
     *
     * @return the data set's URI
     */
    public String s3DataInputPath() {
        return s3DataInputPath;
    }

    /**
     * Python's {@code s3_output_path}.
     *
     * @return where the analysis is written
     */
    public String s3OutputPath() {
        return s3OutputPath;
    }

    /**
     * Python's {@code s3_analysis_config_output_path}.
     *
     * @return where analysis_config.json is uploaded, or null for {@link #s3OutputPath()}
     */
    public String s3AnalysisConfigOutputPath() {
        return s3AnalysisConfigOutputPath;
    }

    /**
     * Python's {@code s3_compression_type}.
     *
     * @return {@code None} or {@code Gzip}
     */
    public String s3CompressionType() {
        return s3CompressionType;
    }

    /**
     * Python's {@code s3_data_distribution_type}: always {@code FullyReplicated}.
     *
     * @return {@code FullyReplicated}
     */
    public String s3DataDistributionType() {
        return s3DataDistributionType;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DataConfig d && d.s3DataInputPath.equals(s3DataInputPath)
                && d.s3OutputPath.equals(s3OutputPath)
                && Objects.equals(d.s3AnalysisConfigOutputPath, s3AnalysisConfigOutputPath)
                && d.s3CompressionType.equals(s3CompressionType) && d.analysisConfig.equals(analysisConfig);
    }

    @Override
    public int hashCode() {
        return Objects.hash(s3DataInputPath, s3OutputPath, s3AnalysisConfigOutputPath, analysisConfig);
    }

    @Override
    public String toString() {
        return "DataConfig[s3DataInputPath=" + s3DataInputPath + ", s3OutputPath=" + s3OutputPath
                + ", analysisConfig=" + analysisConfig + "]";
    }

    /** Builds a {@link DataConfig}; each method is a keyword of Python's constructor. */
    public static final class Builder {
        private String s3DataInputPath;
        private String s3OutputPath;
        private String s3AnalysisConfigOutputPath;
        private Object label;
        private List<String> headers;
        private String features;
        private String datasetType = "text/csv";
        private String s3CompressionType = "None";
        private Object joinsource;
        private String facetDatasetUri;
        private List<String> facetHeaders;
        private String predictedLabelDatasetUri;
        private List<String> predictedLabelHeaders;
        private Object predictedLabel;
        private List<?> excludedColumns;
        private List<SegmentationConfig> segmentationConfig;
        private TimeSeriesDataConfig timeSeriesDataConfig;

        private Builder() {
        }

        /**
         * Sets {@code s3_data_input_path} (required): the data set's S3 prefix or object.
         *
         * @param v the URI
         * @return this builder
         */
        public Builder s3DataInputPath(String v) {
            this.s3DataInputPath = v;
            return this;
        }

        /**
         * Sets {@code s3_output_path} (required): where analysis.json and the report go.
         *
         * @param v the URI
         * @return this builder
         */
        public Builder s3OutputPath(String v) {
            this.s3OutputPath = v;
            return this;
        }

        /**
         * Sets {@code s3_analysis_config_output_path} (default {@code None}: {@code s3_output_path}).
         *
         * @param v the URI
         * @return this builder
         */
        public Builder s3AnalysisConfigOutputPath(String v) {
            this.s3AnalysisConfigOutputPath = v;
            return this;
        }

        /**
         * Sets {@code label} (default {@code None}) by column name (or JMESPath for JSON).
         *
         * @param v the name
         * @return this builder
         */
        public Builder label(String v) {
            this.label = v;
            return this;
        }

        /**
         * Sets {@code label} (default {@code None}) by column index.
         *
         * @param v the index
         * @return this builder
         */
        public Builder label(int v) {
            this.label = v;
            return this;
        }

        /**
         * Sets {@code headers} (default {@code None}): the column names.
         *
         * @param v the names
         * @return this builder
         */
        public Builder headers(List<String> v) {
            this.headers = v == null ? null : List.copyOf(v);
            return this;
        }

        /**
         * Sets {@code features} (default {@code None}): the JMESPath of the features in JSON data.
         *
         * @param v the expression
         * @return this builder
         */
        public Builder features(String v) {
            this.features = v;
            return this;
        }

        /**
         * Sets {@code dataset_type} (default {@code "text/csv"}).
         *
         * @param v text/csv, application/jsonlines, application/json, application/x-parquet or
         *          application/x-image
         * @return this builder
         */
        public Builder datasetType(String v) {
            this.datasetType = v;
            return this;
        }

        /**
         * Sets {@code s3_compression_type} (default {@code "None"}).
         *
         * @param v None or Gzip
         * @return this builder
         */
        public Builder s3CompressionType(String v) {
            this.s3CompressionType = v;
            return this;
        }

        /**
         * Sets {@code joinsource} (default {@code None}) by column name.
         *
         * @param v the name
         * @return this builder
         */
        public Builder joinsource(String v) {
            this.joinsource = v;
            return this;
        }

        /**
         * Sets {@code joinsource} (default {@code None}) by column index.
         *
         * @param v the index
         * @return this builder
         */
        public Builder joinsource(int v) {
            this.joinsource = v;
            return this;
        }

        /**
         * Sets {@code facet_dataset_uri} (default {@code None}).
         *
         * @param v the URI
         * @return this builder
         */
        public Builder facetDatasetUri(String v) {
            this.facetDatasetUri = v;
            return this;
        }

        /**
         * Sets {@code facet_headers} (default {@code None}).
         *
         * @param v the names
         * @return this builder
         */
        public Builder facetHeaders(List<String> v) {
            this.facetHeaders = v == null ? null : List.copyOf(v);
            return this;
        }

        /**
         * Sets {@code predicted_label_dataset_uri} (default {@code None}).
         *
         * @param v the URI
         * @return this builder
         */
        public Builder predictedLabelDatasetUri(String v) {
            this.predictedLabelDatasetUri = v;
            return this;
        }

        /**
         * Sets {@code predicted_label_headers} (default {@code None}).
         *
         * @param v the names
         * @return this builder
         */
        public Builder predictedLabelHeaders(List<String> v) {
            this.predictedLabelHeaders = v == null ? null : List.copyOf(v);
            return this;
        }

        /**
         * Sets {@code predicted_label} (default {@code None}) by column name: the data set holds the predictions.
         *
         * @param v the name
         * @return this builder
         */
        public Builder predictedLabel(String v) {
            this.predictedLabel = v;
            return this;
        }

        /**
         * Sets {@code predicted_label} (default {@code None}) by column index.
         *
         * @param v the index
         * @return this builder
         */
        public Builder predictedLabel(int v) {
            this.predictedLabel = v;
            return this;
        }

        /**
         * Sets {@code excluded_columns} (default {@code None}): names or indexes of columns not sent to the model.
         *
         * @param v the names (String) or indexes (Integer)
         * @return this builder
         */
        public Builder excludedColumns(List<?> v) {
            this.excludedColumns = v == null ? null : List.copyOf(v);
            return this;
        }

        /**
         * Sets {@code segmentation_config} (default {@code None}): the column segments the metrics are computed on,
         * written to {@code segment_config}. The local Clarify program does not compute segment metrics (a local job
         * with them fails naming {@code segment_config}); the {@code sagemaker} backend's container does.
         *
         * @param v the segmentations
         * @return this builder
         */
        public Builder segmentationConfig(List<SegmentationConfig> v) {
            this.segmentationConfig = v == null ? null : List.copyOf(v);
            return this;
        }

        /**
         * Sets {@code time_series_data_config} (default {@code None}): where a JSON time series data set's fields
         * are, for time series explainability (dataset_type {@code application/json} only; then {@code features}
         * is not required). Runs on the {@code sagemaker} backend: the local Clarify program reads CSV only.
         *
         * @param v the configuration
         * @return this builder
         */
        public Builder timeSeriesDataConfig(TimeSeriesDataConfig v) {
            this.timeSeriesDataConfig = v;
            return this;
        }

        /**
         * The configuration.
         *
         * @return the configuration
         * @throws ValidationException where Python raises ValueError
         */
        public DataConfig build() {
            return new DataConfig(this);
        }
    }
}
