/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.analytics;

import dev.sagemaker4j.Session;
import dev.sagemaker4j.spi.MetricPoint;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The metrics of a training job as a table, as {@code sagemaker.analytics.TrainingJobAnalytics}:
 * one row per reported value with {@code timestamp} (seconds since the first value),
 * {@code metric_name} and {@code value}. Reads the series when created; needs no closing.
 *
 * <pre>{@code
 * TrainingJobAnalytics a = estimator.trainingJobAnalytics();
 * a.metricNames();                       // [train:auc, validation:auc]
 * a.series("validation:auc");            // one value per round
 * System.out.println(a.toCsv());
 * }</pre>
 */
public final class TrainingJobAnalytics {
    private final String trainingJobName;
    private final List<MetricPoint> points;

    /**
     * Reads a job's metrics.
     *
     * @param trainingJobName the job
     * @param session         the session it ran in
     */
    public TrainingJobAnalytics(String trainingJobName, Session session) {
        this.trainingJobName = Objects.requireNonNull(trainingJobName, "trainingJobName");
        this.points = List.copyOf(session.metrics().trainingJobMetrics(trainingJobName));
    }

    /**
     * The job name.
     *
     * @return the name
     */
    public String trainingJobName() {
        return trainingJobName;
    }

    /**
     * Every reported value, in order.
     *
     * @return the values
     */
    public List<MetricPoint> points() {
        return points;
    }

    /**
     * The metric names, in the order first reported.
     *
     * @return the names
     */
    public Set<String> metricNames() {
        Set<String> names = new LinkedHashSet<>();
        points.forEach(p -> names.add(p.metricName()));
        return names;
    }

    /**
     * The values of one metric, in order.
     *
     * @param metricName the metric
     * @return the values
     */
    public List<Double> series(String metricName) {
        return points.stream().filter(p -> p.metricName().equals(metricName)).map(MetricPoint::value)
                .collect(Collectors.toList());
    }

    /**
     * The last value of each metric.
     *
     * @return metric name to value
     */
    public Map<String, Double> lastValues() {
        Map<String, Double> last = new LinkedHashMap<>();
        points.forEach(p -> last.put(p.metricName(), p.value()));
        return last;
    }

    /**
     * The table as rows, as the Python SDK's {@code dataframe()}: timestamp (seconds since the first
     * value), metric_name, value, step.
     *
     * @return the rows
     */
    public List<Map<String, Object>> dataframe() {
        List<Map<String, Object>> rows = new ArrayList<>();
        if (points.isEmpty()) {
            return rows;
        }
        long start = points.get(0).timestamp().toEpochMilli();
        for (MetricPoint p : points) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("timestamp", (p.timestamp().toEpochMilli() - start) / 1000.0);
            row.put("metric_name", p.metricName());
            row.put("value", p.value());
            row.put("step", p.step());
            rows.add(row);
        }
        return rows;
    }

    /**
     * The table as CSV with a header.
     *
     * @return CSV text
     */
    public String toCsv() {
        StringBuilder sb = new StringBuilder("timestamp,metric_name,value,step\n");
        for (Map<String, Object> row : dataframe()) {
            sb.append(row.get("timestamp")).append(',').append(row.get("metric_name")).append(',')
                    .append(row.get("value")).append(',').append(row.get("step")).append('\n');
        }
        return sb.toString();
    }
}
