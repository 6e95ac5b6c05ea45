/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.featurestore;

/**
 * How a {@link DatasetBuilder} joins a feature group to the base, as the Python SDK's
 * {@code sagemaker.feature_store.dataset_builder.JoinTypeEnum}: {@link #value()} is the SQL join the query
 * uses. {@link #CROSS_JOIN} pairs every base row with every row of the group, without a join condition (the
 * Python SDK writes {@code CROSS JOIN ... ON ...}, which Athena's grammar refuses).
 */
public enum JoinType {
    /** {@code JOIN} (Python's default): base rows with a match. */
    INNER_JOIN("JOIN"),
    /** {@code LEFT JOIN}: every base row, with nulls where the group has no match. */
    LEFT_JOIN("LEFT JOIN"),
    /** {@code RIGHT JOIN}: every row of the group, with nulls where the base has no match. */
    RIGHT_JOIN("RIGHT JOIN"),
    /** {@code FULL JOIN}: every row of both. */
    FULL_JOIN("FULL JOIN"),
    /** {@code CROSS JOIN}: every base row with every row of the group. */
    CROSS_JOIN("CROSS JOIN");

    private final String value;

    JoinType(String value) {
        this.value = value;
    }

    /**
     * The SQL join, Python's {@code JoinTypeEnum.value}.
     *
     * @return e.g. {@code "LEFT JOIN"}
     */
    public String value() {
        return value;
    }
}
