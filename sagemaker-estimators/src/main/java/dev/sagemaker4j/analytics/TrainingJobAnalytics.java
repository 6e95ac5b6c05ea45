/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.analytics;

import dev.sagemaker4j.Session;
import dev.sagemaker4j.analytics.internal.Charts;
import dev.sagemaker4j.spi.MetricPoint;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;

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
 * List<Path> files = a.plot(Path.of("report"));   // <job>-auc.png, <job>-learning-curves.html
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

    /**
     * The metric families: metrics that differ only in their channel ({@code train:auc},
     * {@code validation:auc}) form the family {@code auc}; a metric without a channel prefix is a
     * family of its own.
     *
     * @return family name to its metric names, in the order first reported
     */
    public Map<String, List<String>> metricFamilies() {
        Map<String, List<String>> families = new LinkedHashMap<>();
        for (String name : metricNames()) {
            families.computeIfAbsent(family(name), k -> new ArrayList<>()).add(name);
        }
        return families;
    }

    /**
     * Renders the learning curves: one PNG per metric family, with each channel's values (train,
     * validation, ...) per step as one line, named {@code <job>-<family>.png}; and one page
     * {@code <job>-learning-curves.html} holding every chart (embedded, so the page is one file) and
     * its numbers. Files are written whole or not at all; existing ones are replaced. Renders
     * without a display ({@code java.awt.headless} is set to {@code true} unless the JVM set it).
     *
     * @param directory the folder to write to (created when missing)
     * @return the files written: the PNGs in family order, then the HTML page; empty when the job
     *         reported no metrics
     * @throws dev.sagemaker4j.exceptions.StorageException when a file cannot be written
     */
    public List<Path> plot(Path directory) {
        Objects.requireNonNull(directory, "directory");
        List<Path> written = new ArrayList<>();
        if (points.isEmpty()) {
            return written;
        }
        String prefix = Charts.fileName(trainingJobName) + "-";
        List<Charts.Section> sections = new ArrayList<>();
        for (Map.Entry<String, List<String>> family : metricFamilies().entrySet()) {
            XYChart chart = Charts.lineChart(family.getKey() + " \u2014 " + trainingJobName, "step",
                    family.getKey());
            Map<Long, List<String>> table = new java.util.TreeMap<>();
            List<String> names = family.getValue();
            int most = 0;
            for (int i = 0; i < names.size(); i++) {
                String name = names.get(i);
                List<MetricPoint> series = points.stream().filter(p -> p.metricName().equals(name))
                        .collect(Collectors.toList());
                most = Math.max(most, series.size());
                chart.addSeries(name, series.stream().mapToDouble(MetricPoint::step).toArray(),
                        series.stream().mapToDouble(MetricPoint::value).toArray())
                        .setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
                for (MetricPoint p : series) {
                    List<String> row = table.computeIfAbsent(p.step(), k -> new ArrayList<>(
                            java.util.Collections.nCopies(names.size(), "")));
                    row.set(i, Charts.number(p.value()));
                }
            }
            chart.getStyler().setMarkerSize(most <= 30 ? 5 : 0);
            byte[] png = Charts.png(chart);
            written.add(Charts.write(directory.resolve(prefix + Charts.fileName(family.getKey()) + ".png"), png));
            List<String> header = new ArrayList<>();
            header.add("step");
            header.addAll(names);
            List<List<String>> rows = new ArrayList<>();
            table.forEach((step, values) -> {
                List<String> row = new ArrayList<>();
                row.add(Long.toString(step));
                row.addAll(values);
                rows.add(row);
            });
            sections.add(new Charts.Section(family.getKey(), png, header, rows));
        }
        written.add(Charts.writeHtml(directory.resolve(prefix + "learning-curves.html"),
                Charts.html("Learning curves of " + trainingJobName, sections)));
        return written;
    }

    /** {@code validation:auc} → {@code auc}; {@code train-logloss} → {@code logloss}; else the name. */
    static String family(String metricName) {
        int colon = metricName.indexOf(':');
        if (colon > 0 && colon < metricName.length() - 1) {
            return metricName.substring(colon + 1);
        }
        for (String channel : List.of("train-", "validation-", "valid-", "test-", "eval-")) {
            if (metricName.startsWith(channel) && metricName.length() > channel.length()) {
                return metricName.substring(channel.length());
            }
        }
        return metricName;
    }
}
