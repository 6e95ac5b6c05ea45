/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.clarify;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sagemaker4j.clarify.internal.Json;
import dev.sagemaker4j.exceptions.ValidationException;
import java.util.List;

/**
 * Where the fields of a time series data set are, as the Python SDK's
 * {@code sagemaker.clarify.TimeSeriesDataConfig}; a {@link DataConfig} of dataset type {@code application/json}
 * takes it ({@code timeSeriesDataConfig}), written to the analysis configuration's {@code time_series_data_config}.
 * Either every location is a name (JMESPath, with a {@link TimeSeriesJSONDatasetFormat}) or every one is an index
 * (without a format), as Python checks. The local Clarify program reads CSV data sets only: time series
 * explainability runs on the {@code sagemaker} backend.
 *
 * <pre>{@code
 * TimeSeriesDataConfig ts = TimeSeriesDataConfig.builder().targetTimeSeries("target_ts").itemId("ids")
 *         .timestamp("timestamps").datasetFormat(TimeSeriesJSONDatasetFormat.COLUMNS).build();
 * }</pre>
 */
public final class TimeSeriesDataConfig {
    private final ObjectNode config;

    private TimeSeriesDataConfig(Builder b) {
        if (b.targetTimeSeries == null || "".equals(b.targetTimeSeries)) {
            throw new ValidationException("targetTimeSeries", b.targetTimeSeries, "is missing",
                    "Please provide a target time series.");
        }
        if (b.itemId == null || "".equals(b.itemId)) {
            throw new ValidationException("itemId", b.itemId, "is missing", "Please provide an item id.");
        }
        if (b.timestamp == null || "".equals(b.timestamp)) {
            throw new ValidationException("timestamp", b.timestamp, "is missing", "Please provide a timestamp.");
        }
        Class<?> type = b.targetTimeSeries.getClass();
        String kind = type == String.class ? "names (String)" : "indexes (Integer)";
        if (b.itemId.getClass() != type) {
            throw new ValidationException("itemId", b.itemId, "is not of the target time series' type",
                    "give " + kind + " for every location");
        }
        if (b.timestamp.getClass() != type) {
            throw new ValidationException("timestamp", b.timestamp, "is not of the target time series' type",
                    "give " + kind + " for every location");
        }
        checkList("relatedTimeSeries", b.relatedTimeSeries, type, kind);
        checkList("staticCovariates", b.staticCovariates, type, kind);
        ObjectNode c = Json.F.objectNode();
        c.set("target_time_series", Json.value("targetTimeSeries", b.targetTimeSeries));
        c.set("item_id", Json.value("itemId", b.itemId));
        c.set("timestamp", Json.value("timestamp", b.timestamp));
        if (b.relatedTimeSeries != null && !b.relatedTimeSeries.isEmpty()) {
            c.set("related_time_series", Json.value("relatedTimeSeries", b.relatedTimeSeries));
        }
        if (b.staticCovariates != null && !b.staticCovariates.isEmpty()) {
            c.set("static_covariates", Json.value("staticCovariates", b.staticCovariates));
        }
        if (type == String.class) {
            if (b.datasetFormat == null) {
                throw new ValidationException("datasetFormat", null, "is missing",
                        "Please provide a valid dataset format.");
            }
            c.put("dataset_format", b.datasetFormat.value());
        } else if (b.datasetFormat != null) {
            throw new ValidationException("datasetFormat", b.datasetFormat, "is given for index locations",
                    "Dataset format should only be provided when data files are JSONs.");
        }
        this.config = c;
    }

    private static void checkList(String field, List<?> values, Class<?> type, String kind) {
        if (values == null) {
            return;
        }
        for (Object v : values) {
            if (v == null || v.getClass() != type || "".equals(v)) {
                throw new ValidationException(field, values, "holds " + (v == null || "".equals(v) ? "an empty value"
                        : "a value of another type than the target time series'"), "give non-empty " + kind);
            }
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
     * The analysis configuration's {@code time_series_data_config}, as Python's
     * {@code get_time_series_data_config()}.
     *
     * @return a copy of the JSON
     */
    public ObjectNode timeSeriesDataConfig() {
        return config.deepCopy();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TimeSeriesDataConfig t && t.config.equals(config);
    }

    @Override
    public int hashCode() {
        return config.hashCode();
    }

    @Override
    public String toString() {
        return "TimeSeriesDataConfig" + config;
    }

    /** Builds a {@link TimeSeriesDataConfig}; each method is a keyword of Python's constructor. */
    public static final class Builder {
        private Object targetTimeSeries;
        private Object itemId;
        private Object timestamp;
        private List<?> relatedTimeSeries;
        private List<?> staticCovariates;
        private TimeSeriesJSONDatasetFormat datasetFormat;

        private Builder() {
        }

        /**
         * Python {@code target_time_series} (required), by name.
         *
         * @param v the JMESPath of the target time series
         * @return this builder
         */
        public Builder targetTimeSeries(String v) {
            this.targetTimeSeries = v;
            return this;
        }

        /**
         * Python {@code target_time_series} (required), by index.
         *
         * @param v the zero-based index
         * @return this builder
         */
        public Builder targetTimeSeries(int v) {
            this.targetTimeSeries = v;
            return this;
        }

        /**
         * Python {@code item_id} (required), by name.
         *
         * @param v the JMESPath of the item id
         * @return this builder
         */
        public Builder itemId(String v) {
            this.itemId = v;
            return this;
        }

        /**
         * Python {@code item_id} (required), by index.
         *
         * @param v the zero-based index
         * @return this builder
         */
        public Builder itemId(int v) {
            this.itemId = v;
            return this;
        }

        /**
         * Python {@code timestamp} (required), by name.
         *
         * @param v the JMESPath of the timestamp
         * @return this builder
         */
        public Builder timestamp(String v) {
            this.timestamp = v;
            return this;
        }

        /**
         * Python {@code timestamp} (required), by index.
         *
         * @param v the zero-based index
         * @return this builder
         */
        public Builder timestamp(int v) {
            this.timestamp = v;
            return this;
        }

        /**
         * Python {@code related_time_series} (default none): names (String) or indexes (Integer), as the target.
         *
         * @param v the locations
         * @return this builder
         */
        public Builder relatedTimeSeries(List<?> v) {
            this.relatedTimeSeries = v == null ? null : List.copyOf(v);
            return this;
        }

        /**
         * Python {@code static_covariates} (default none): names (String) or indexes (Integer), as the target.
         *
         * @param v the locations
         * @return this builder
         */
        public Builder staticCovariates(List<?> v) {
            this.staticCovariates = v == null ? null : List.copyOf(v);
            return this;
        }

        /**
         * Python {@code dataset_format} (default none): required with names, not allowed with indexes.
         *
         * @param v the layout
         * @return this builder
         */
        public Builder datasetFormat(TimeSeriesJSONDatasetFormat v) {
            this.datasetFormat = v;
            return this;
        }

        /**
         * The configuration.
         *
         * @return the configuration
         * @throws ValidationException where Python raises ValueError
         */
        public TimeSeriesDataConfig build() {
            return new TimeSeriesDataConfig(this);
        }
    }
}
