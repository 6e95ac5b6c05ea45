/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.spi;

import java.time.Instant;
import java.util.Objects;

/**
 * One value of a metric of a training job. Immutable; needs no closing.
 */
public final class MetricPoint {
    private final String metricName;
    private final double value;
    private final long step;
    private final Instant timestamp;

    /**
     * Creates a point.
     *
     * @param metricName the metric, e.g. {@code validation:auc}
     * @param value      the value
     * @param step       the round, epoch or step (the n-th value of this metric when scraped)
     * @param timestamp  when it was reported
     */
    public MetricPoint(String metricName, double value, long step, Instant timestamp) {
        this.metricName = Objects.requireNonNull(metricName, "metricName");
        this.value = value;
        this.step = step;
        this.timestamp = Objects.requireNonNull(timestamp, "timestamp");
    }

    /**
     * The metric name.
     *
     * @return e.g. {@code validation:auc}
     */
    public String metricName() {
        return metricName;
    }

    /**
     * The value.
     *
     * @return the value
     */
    public double value() {
        return value;
    }

    /**
     * The step.
     *
     * @return the round, epoch or step
     */
    public long step() {
        return step;
    }

    /**
     * When the value was reported.
     *
     * @return the time
     */
    public Instant timestamp() {
        return timestamp;
    }

    @Override
    public String toString() {
        return metricName + "[" + step + "]=" + value;
    }
}
