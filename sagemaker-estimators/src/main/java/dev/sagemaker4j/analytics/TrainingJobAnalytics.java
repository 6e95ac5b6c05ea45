/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.analytics;

import dev.sagemaker4j.Session;
import dev.sagemaker4j.analytics.internal.Charts;
import dev.sagemaker4j.exceptions.ValidationException;
import dev.sagemaker4j.spi.MetricPoint;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The metrics of a training job as a table, as {@code sagemaker.analytics.TrainingJobAnalytics}:
 * one row per reported value with {@code timestamp} (seconds since the first value),
 * {@code metric_name} and {@code value}. Reads the series when created and again after
 * {@link #clearCache()}; needs no closing.
 *
 * <pre>{@code
 * TrainingJobAnalytics a = estimator.trainingJobAnalytics();
 * a.metricNames();                       // [train:auc, validation:auc]
 * a.series("validation:auc");            // one value per round
 * System.out.println(a.toCsv());
 * List<Path> files = a.plot(Path.of("report"));   // <job>-auc.png, <job>-learning-curves.html
 * // Python: TrainingJobAnalytics("job-1", metric_names=["validation:auc"], start_time=t0)
 * TrainingJobAnalytics v = TrainingJobAnalytics.builder().trainingJobName("job-1")
 *         .metricNames(List.of("validation:auc")).startTime(t0).session(session).build();
 * v.exportCsv(Path.of("auc.csv"));
 * }</pre>
 *
 * <p>Where the values come from: the session backend's {@link dev.sagemaker4j.spi.MetricsApi}. The local
 * backend keeps every value the job reported ({@code metrics.jsonl} next to the job record), so the table
 * has one row per reported value; the Python SDK reads CloudWatch's {@code GetMetricStatistics} instead,
 * whose rows are per-{@code period} averages. {@code period} is therefore accepted (and validated as
 * CloudWatch validates it) but does not average here. The {@code sagemaker} backend has no metrics source
 * yet: reading throws {@link dev.sagemaker4j.exceptions.OperationNotSupportedException}.
 */
public final class TrainingJobAnalytics {
    private static final Logger LOG = LoggerFactory.getLogger(TrainingJobAnalytics.class);

    private final String trainingJobName;
    private final Session session;
    private final List<String> metricNamesFilter;
    private final Instant startTime;
    private final Instant endTime;
    private final Integer period;
    private volatile List<MetricPoint> points;

    /**
     * Reads a job's metrics, every metric and every value.
     *
     * @param trainingJobName the job
     * @param session         the session it ran in
     */
    public TrainingJobAnalytics(String trainingJobName, Session session) {
        this(builder().trainingJobName(trainingJobName).session(session));
    }

    private TrainingJobAnalytics(Builder b) {
        this.trainingJobName = Objects.requireNonNull(b.trainingJobName, "trainingJobName");
        this.session = Objects.requireNonNull(b.session, "session");
        if (b.metricNames != null) {
            for (String name : b.metricNames) {
                if (name == null || name.isEmpty() || name.length() > 255) {
                    throw new ValidationException("metricNames", name, "is not a metric name of 1 to 255"
                            + " characters", "name the metrics as the job reports them, e.g. validation:auc");
                }
            }
        }
        if (b.startTime != null && b.endTime != null && !b.startTime.isBefore(b.endTime)) {
            throw new ValidationException("endTime", b.endTime, "is not after startTime " + b.startTime,
                    "give an end after the start");
        }
        if (b.period != null && !(b.period == 1 || b.period == 5 || b.period == 10 || b.period == 30
                || (b.period > 0 && b.period % 60 == 0))) {
            throw new ValidationException("period", b.period, "is not 1, 5, 10, 30 or a multiple of 60 seconds",
                    "use CloudWatch's periods, e.g. 60 (the Python default)");
        }
        this.metricNamesFilter = b.metricNames == null || b.metricNames.isEmpty() ? null
                : List.copyOf(new LinkedHashSet<>(b.metricNames));
        this.startTime = b.startTime;
        this.endTime = b.endTime;
        this.period = b.period;
        this.points = read();
    }

    /**
     * A new builder; its methods are Python's constructor keywords.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    private List<MetricPoint> read() {
        List<MetricPoint> all = session.metrics().trainingJobMetrics(trainingJobName);
        List<MetricPoint> kept = new ArrayList<>();
        for (MetricPoint p : all) {
            if (metricNamesFilter != null && !metricNamesFilter.contains(p.metricName())) {
                continue;
            }
            if (startTime != null && p.timestamp().isBefore(startTime)) {
                continue;
            }
            if (endTime != null && !p.timestamp().isBefore(endTime)) {
                continue;
            }
            kept.add(p);
        }
        if (metricNamesFilter != null) {
            for (String name : metricNamesFilter) {
                if (kept.stream().noneMatch(p -> p.metricName().equals(name))) {
                    LOG.warn("No metrics called {} found for training job {}", name, trainingJobName);
                }
            }
        }
        return List.copyOf(kept);
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
     * The job name, as Python's {@code name} property.
     *
     * @return the name
     */
    public String name() {
        return trainingJobName;
    }

    /**
     * The first instant kept ({@code start_time}).
     *
     * @return the instant, or {@code null} for the job's first value
     */
    public Instant startTime() {
        return startTime;
    }

    /**
     * The instant from which values are dropped ({@code end_time}).
     *
     * @return the instant, or {@code null} for the job's last value
     */
    public Instant endTime() {
        return endTime;
    }

    /**
     * The CloudWatch period asked for ({@code period}); not applied by the local backend, which keeps
     * every value.
     *
     * @return seconds, or {@code null} (Python's default: 60)
     */
    public Integer period() {
        return period;
    }

    /**
     * Reads the series again from the backend, as Python's {@code clear_cache()} (which drops its cached
     * data so that the next access refetches it): values the job reported since are then in the table.
     */
    public void clearCache() {
        this.points = read();
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
        List<MetricPoint> points = this.points;
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
     * The table as rows, read again first when asked, as the Python SDK's {@code dataframe(force_refresh)}.
     *
     * @param forceRefresh whether to read the series again first ({@link #clearCache()})
     * @return the rows
     */
    public List<Map<String, Object>> dataframe(boolean forceRefresh) {
        if (forceRefresh) {
            clearCache();
        }
        return dataframe();
    }

    /**
     * Writes {@link #toCsv()} to a file, as the Python SDK's {@code export_csv(filename)} (whose pandas
     * {@code to_csv} also writes an unnamed index column first; this file has none). The file is written
     * whole or not at all; an existing one is replaced.
     *
     * @param filename the file (its folder is created when missing)
     * @return the file
     * @throws dev.sagemaker4j.exceptions.StorageException when it cannot be written
     */
    public Path exportCsv(Path filename) {
        Objects.requireNonNull(filename, "filename");
        return Charts.write(filename, toCsv().getBytes(StandardCharsets.UTF_8));
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
        List<MetricPoint> points = this.points;
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

    /** Builds a {@link TrainingJobAnalytics}; each method is a keyword of Python's constructor. */
    public static final class Builder {
        private String trainingJobName;
        private List<String> metricNames;
        private Session session;
        private Instant startTime;
        private Instant endTime;
        private Integer period;

        private Builder() {
        }

        /**
         * Sets the job ({@code training_job_name}, required).
         *
         * @param trainingJobName the training job's name
         * @return this builder
         */
        public Builder trainingJobName(String trainingJobName) {
            this.trainingJobName = trainingJobName;
            return this;
        }

        /**
         * Sets the metrics to keep ({@code metric_names}, default {@code None}: every metric the job
         * reported; Python: every metric definition of the job). A name the job never reported is warned
         * about, as in Python, and gives no rows.
         *
         * @param metricNames metric names, e.g. {@code validation:auc}
         * @return this builder
         */
        public Builder metricNames(List<String> metricNames) {
            this.metricNames = metricNames == null ? null : new ArrayList<>(metricNames);
            return this;
        }

        /**
         * Sets the session the job ran in ({@code sagemaker_session}, required here).
         *
         * @param session the session
         * @return this builder
         */
        public Builder session(Session session) {
            this.session = session;
            return this;
        }

        /**
         * Sets the first instant kept ({@code start_time}, default {@code None}: Python's is the job's
         * TrainingStartTime, before which it reports nothing); earlier values are dropped.
         *
         * @param startTime the instant, inclusive
         * @return this builder
         */
        public Builder startTime(Instant startTime) {
            this.startTime = startTime;
            return this;
        }

        /**
         * Sets the instant from which values are dropped ({@code end_time}, default {@code None}: Python's
         * is the job's TrainingEndTime plus a minute, after which it reports nothing).
         *
         * @param endTime the instant, exclusive (as CloudWatch's EndTime)
         * @return this builder
         */
        public Builder endTime(Instant endTime) {
            this.endTime = endTime;
            return this;
        }

        /**
         * Sets CloudWatch's aggregation period ({@code period}, default {@code None}: 60 seconds in
         * Python). Accepted and validated; the local backend keeps every reported value rather than
         * per-period averages.
         *
         * @param period seconds: 1, 5, 10, 30 or a multiple of 60
         * @return this builder
         */
        public Builder period(Integer period) {
            this.period = period;
            return this;
        }

        /**
         * Reads the metrics.
         *
         * @return the analytics
         * @throws ValidationException when a value is not what CloudWatch accepts
         */
        public TrainingJobAnalytics build() {
            return new TrainingJobAnalytics(this);
        }
    }
}
