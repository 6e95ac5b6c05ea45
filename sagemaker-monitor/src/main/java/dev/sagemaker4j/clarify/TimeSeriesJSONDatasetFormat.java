/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.clarify;

/**
 * The layouts of a JSON time series data set, as the Python SDK's {@code sagemaker.clarify.TimeSeriesJSONDatasetFormat}
 * (see {@link TimeSeriesDataConfig}).
 */
public enum TimeSeriesJSONDatasetFormat {
    /** {@code columns}: one array per field ({@code {"ids": [..], "timestamps": [..], "target_ts": [..]}}). */
    COLUMNS("columns"),
    /** {@code item_records}: one record per item, its time series inside. */
    ITEM_RECORDS("item_records"),
    /** {@code timestamp_records}: one record per item and timestamp. */
    TIMESTAMP_RECORDS("timestamp_records");

    private final String value;

    TimeSeriesJSONDatasetFormat(String value) {
        this.value = value;
    }

    /**
     * The value in the analysis configuration, as Python's {@code .value}.
     *
     * @return the value
     */
    public String value() {
        return value;
    }
}
