/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.featurestore;

import dev.sagemaker4j.exceptions.ClientException;
import java.util.List;
import java.util.Map;

/**
 * Some rows of an ingest failed (the others were written), as the Python SDK's
 * {@code IngestionError}: {@link #failedRows()} lists their indices and {@link #errors()} why.
 */
public class IngestionError extends ClientException {
    private static final long serialVersionUID = 1L;
    private final transient List<Long> failedRows;
    private final transient Map<Long, RuntimeException> errors;

    /**
     * Creates the error.
     *
     * @param failedRows the indices of the rows that failed
     * @param errors     the error of each failed row
     */
    public IngestionError(List<Long> failedRows, Map<Long, RuntimeException> errors) {
        super("Failed to ingest " + failedRows.size() + " rows, e.g. row " + failedRows.get(0) + ": "
                + errors.get(failedRows.get(0)).getMessage(), errors.get(failedRows.get(0)));
        this.failedRows = List.copyOf(failedRows);
        this.errors = Map.copyOf(errors);
    }

    /**
     * The indices of the rows that failed, ascending.
     *
     * @return the row indices
     */
    public List<Long> failedRows() {
        return failedRows;
    }

    /**
     * Why each row failed.
     *
     * @return errors by row index
     */
    public Map<Long, RuntimeException> errors() {
        return errors;
    }
}
