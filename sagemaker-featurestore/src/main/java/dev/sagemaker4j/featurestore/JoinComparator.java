/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.featurestore;

/**
 * How a {@link DatasetBuilder} compares the base column with the joined group's feature, as the Python SDK's
 * {@code sagemaker.feature_store.dataset_builder.JoinComparatorEnum}: {@link #value()} is the SQL operator the
 * query uses. Integer columns compare as integers; two numeric columns (Integral or Fractional) as numbers when
 * the comparator is not {@link #EQUALS}; anything else as text.
 */
public enum JoinComparator {
    /** {@code =} (Python's default). */
    EQUALS("="),
    /** {@code >}. */
    GREATER_THAN(">"),
    /** {@code >=}. */
    GREATER_THAN_OR_EQUAL_TO(">="),
    /** {@code <}. */
    LESS_THAN("<"),
    /** {@code <=}. */
    LESS_THAN_OR_EQUAL_TO("<="),
    /** {@code <>}. */
    NOT_EQUAL_TO("<>");

    private final String value;

    JoinComparator(String value) {
        this.value = value;
    }

    /**
     * The SQL operator, Python's {@code JoinComparatorEnum.value}.
     *
     * @return e.g. {@code ">="}
     */
    public String value() {
        return value;
    }
}
