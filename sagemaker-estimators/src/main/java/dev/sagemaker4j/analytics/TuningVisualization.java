/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.analytics;

import dev.sagemaker4j.analytics.internal.Charts;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.services.sagemaker.model.CategoricalParameterRange;
import software.amazon.awssdk.services.sagemaker.model.ContinuousParameterRange;
import software.amazon.awssdk.services.sagemaker.model.HyperParameterTrainingJobSummary;
import software.amazon.awssdk.services.sagemaker.model.IntegerParameterRange;

/**
 * Charts of one or more hyperparameter tuning jobs, the Java counterpart of the Altair charts the Python SDK's
 * {@code HyperparameterTuner.visualize_jobs(...)} draws (its {@code sagemaker.amtviz}): instead of an Altair chart
 * this holds PNG charts and one self-contained HTML page (every chart embedded, each followed by its numbers),
 * written to files with {@link #write(Path)}. The charts:
 * <ul>
 *   <li>{@code objective}: each training job's final objective in the order the jobs were created (one series
 *       per tuning job), with the best objective so far as a line;</li>
 *   <li>{@code objective-vs-<hyperparameter>}: the objective against each tuned hyperparameter (a logarithmic
 *       range on a logarithmic axis; a categorical one by the index of its value, the values in the table);</li>
 *   <li>with {@link Builder#advanced(boolean) advanced}: {@code objective-over-time}, the objective against the
 *       seconds since the first job started (at each job's end), with the best so far as a step line;</li>
 *   <li>for each of the {@link Builder#jobMetrics(List) job metrics} (unless {@link Builder#trialsOnly(boolean)
 *       trialsOnly}): {@code metric-<name>}, that metric's series of every training job, one line per job.</li>
 * </ul>
 * With {@link Builder#returnDfs(boolean) returnDfs} the tables behind the charts are kept too: {@link #trials()}
 * (Python's {@code trials_df}) and {@link #jobMetricsRows()} (its {@code full_df}, the job metrics' points).
 * Renders without a display ({@code java.awt.headless} is set to {@code true} unless the JVM set it).
 */
public final class TuningVisualization {
    private final String title;
    private final Map<String, byte[]> charts;
    private final String html;
    private final List<Map<String, Object>> trials;
    private final List<Map<String, Object>> jobMetricsRows;

    private TuningVisualization(String title, Map<String, byte[]> charts, String html,
            List<Map<String, Object>> trials, List<Map<String, Object>> jobMetricsRows) {
        this.title = title;
        this.charts = charts;
        this.html = html;
        this.trials = trials;
        this.jobMetricsRows = jobMetricsRows;
    }

    /**
     * A builder.
     *
     * @return a builder with Python's defaults and no tuning job yet
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The charts as PNG, by name ({@code objective}, {@code objective-vs-eta}, ...), in the page's order.
     *
     * @return chart name to PNG bytes (copies)
     */
    public Map<String, byte[]> charts() {
        Map<String, byte[]> out = new LinkedHashMap<>();
        charts.forEach((k, v) -> out.put(k, v.clone()));
        return out;
    }

    /**
     * The self-contained HTML page: every chart embedded as a PNG, each followed by a table of its points (the
     * objective chart's table has one row per training job, with its hyperparameters).
     *
     * @return the HTML text
     */
    public String html() {
        return html;
    }

    /**
     * The trials table (Python's {@code trials_df}): one row per training job of every tuning job, as
     * {@link HyperparameterTuningJobAnalytics#dataframe()} with the column {@code TuningJobName} first; empty
     * unless {@link Builder#returnDfs(boolean) returnDfs} was set.
     *
     * @return the rows
     */
    public List<Map<String, Object>> trials() {
        return trials;
    }

    /**
     * The job metrics' points (Python's {@code full_df}): {@code TrainingJobName}, {@code metric_name},
     * {@code step}, {@code value}; empty unless {@link Builder#returnDfs(boolean) returnDfs} was set, and with
     * {@link Builder#trialsOnly(boolean) trialsOnly}.
     *
     * @return the rows
     */
    public List<Map<String, Object>> jobMetricsRows() {
        return jobMetricsRows;
    }

    /**
     * Writes each chart as {@code <first-tuning-job>-<chart>.png} and the page as
     * {@code <first-tuning-job>-tuning.html}, each whole or not at all; existing files are replaced.
     *
     * @param directory the folder (created when missing)
     * @return the files: the PNGs in the page's order, then the HTML page
     * @throws dev.sagemaker4j.exceptions.StorageException when a file cannot be written
     */
    public List<Path> write(Path directory) {
        Objects.requireNonNull(directory, "directory");
        List<Path> written = new ArrayList<>();
        String prefix = Charts.fileName(title) + "-";
        charts.forEach((name, png) -> written.add(Charts.write(directory.resolve(prefix + Charts.fileName(name)
                + ".png"), png)));
        written.add(Charts.writeHtml(directory.resolve(prefix + "tuning.html"), html));
        return written;
    }

    @Override
    public String toString() {
        return "<TuningVisualization of " + title + ": " + String.join(", ", charts.keySet()) + ">";
    }

    /** One training job as the charts see it. */
    private static final class Trial {
        final String tuningJob;
        final HyperParameterTrainingJobSummary summary;
        final Double objective;

        Trial(String tuningJob, HyperParameterTrainingJobSummary summary) {
            this.tuningJob = tuningJob;
            this.summary = summary;
            this.objective = summary.finalHyperParameterTuningJobObjectiveMetric() == null ? null
                    : (double) summary.finalHyperParameterTuningJobObjectiveMetric().value();
        }

        Instant created() {
            return summary.creationTime() != null ? summary.creationTime()
                    : summary.trainingStartTime() != null ? summary.trainingStartTime() : Instant.EPOCH;
        }
    }

    /**
     * Builds a {@link TuningVisualization}; the keywords are those of Python's
     * {@code visualize_jobs(tuning_jobs, return_dfs, job_metrics, trials_only, advanced)}.
     */
    public static final class Builder {
        private final List<HyperparameterTuningJobAnalytics> tuningJobs = new ArrayList<>();
        private boolean returnDfs;
        private List<String> jobMetrics = List.of();
        private boolean trialsOnly;
        private boolean advanced;

        private Builder() {
        }

        /**
         * Adds a tuning job ({@code tuning_jobs}, one at a time; the first names the files).
         *
         * @param analytics the tuning job's analytics
         * @return this builder
         */
        public Builder tuningJob(HyperparameterTuningJobAnalytics analytics) {
            tuningJobs.add(Objects.requireNonNull(analytics, "analytics"));
            return this;
        }

        /**
         * Whether to keep the tables behind the charts ({@code return_dfs}, default {@code False}).
         *
         * @param returnDfs whether to keep them
         * @return this builder
         */
        public Builder returnDfs(boolean returnDfs) {
            this.returnDfs = returnDfs;
            return this;
        }

        /**
         * Training job metrics to chart per job ({@code job_metrics}, default {@code None}: none).
         *
         * @param jobMetrics the metric names, e.g. {@code validation:rmse}
         * @return this builder
         */
        public Builder jobMetrics(List<String> jobMetrics) {
            this.jobMetrics = jobMetrics == null ? List.of() : List.copyOf(jobMetrics);
            return this;
        }

        /**
         * Whether to chart the trials only, without the training jobs' metric series ({@code trials_only}, default
         * {@code False}).
         *
         * @param trialsOnly whether to leave the job metrics out
         * @return this builder
         */
        public Builder trialsOnly(boolean trialsOnly) {
            this.trialsOnly = trialsOnly;
            return this;
        }

        /**
         * Whether to add the objective over time with the best so far as a step line ({@code advanced}, default
         * {@code False}).
         *
         * @param advanced whether to add it
         * @return this builder
         */
        public Builder advanced(boolean advanced) {
            this.advanced = advanced;
            return this;
        }

        /**
         * Reads the tuning jobs and renders the charts.
         *
         * @return the charts and page
         * @throws dev.sagemaker4j.exceptions.ValidationException when no tuning job was given
         */
        public TuningVisualization build() {
            if (tuningJobs.isEmpty()) {
                throw new dev.sagemaker4j.exceptions.ValidationException("tuningJobs", null,
                        "names no tuning job", "pass at least one tuning job (its name or its tuner)");
            }
            return render(this);
        }
    }

    private static TuningVisualization render(Builder b) {
        HyperparameterTuningJobAnalytics first = b.tuningJobs.get(0);
        boolean maximize = "Maximize".equals(first.description().hyperParameterTuningJobConfig()
                .hyperParameterTuningJobObjective().typeAsString());
        String metric = first.description().hyperParameterTuningJobConfig().hyperParameterTuningJobObjective()
                .metricName();
        List<Trial> trials = new ArrayList<>();
        Map<String, SdkPojo> ranges = new LinkedHashMap<>();
        for (HyperparameterTuningJobAnalytics a : b.tuningJobs) {
            a.trainingJobSummaries().forEach(s -> trials.add(new Trial(a.name(), s)));
            a.tuningRanges().forEach(ranges::putIfAbsent);
        }
        trials.sort(Comparator.comparing(Trial::created).thenComparing(t -> t.summary.trainingJobName()));
        Set<String> hyperparameters = new LinkedHashSet<>(ranges.keySet());
        trials.forEach(t -> hyperparameters.addAll(t.summary.tunedHyperParameters().keySet()));
        String title = b.tuningJobs.size() == 1 ? first.name() : first.name() + " and " + (b.tuningJobs.size() - 1)
                + " more";

        Map<String, byte[]> charts = new LinkedHashMap<>();
        List<Charts.Section> sections = new ArrayList<>();

        // objective per job in order, with the best so far
        XYChart progress = Charts.lineChart(metric + " per training job \u2014 " + title, "training job (in order "
                + "created)", metric);
        scatterStyle(progress);
        List<String> header = new ArrayList<>(List.of("#", "TrainingJobName", "TuningJobName", "TrainingJobStatus",
                "FinalObjectiveValue", "best so far"));
        header.addAll(hyperparameters);
        List<List<String>> rows = new ArrayList<>();
        Map<String, List<double[]>> byJob = new LinkedHashMap<>();
        List<Double> bestX = new ArrayList<>();
        List<Double> bestY = new ArrayList<>();
        Double best = null;
        for (int i = 0; i < trials.size(); i++) {
            Trial t = trials.get(i);
            if (t.objective != null) {
                byJob.computeIfAbsent(t.tuningJob, k -> new ArrayList<>()).add(new double[] {i + 1, t.objective});
                if (best == null || (maximize ? t.objective > best : t.objective < best)) {
                    best = t.objective;
                }
            }
            if (best != null) {
                bestX.add((double) (i + 1));
                bestY.add(best);
            }
            List<String> row = new ArrayList<>(List.of(Integer.toString(i + 1), t.summary.trainingJobName(),
                    t.tuningJob, String.valueOf(t.summary.trainingJobStatusAsString()), t.objective == null ? ""
                            : Charts.number(t.objective), best == null ? "" : Charts.number(best)));
            for (String h : hyperparameters) {
                row.add(t.summary.tunedHyperParameters().getOrDefault(h, ""));
            }
            rows.add(row);
        }
        if (bestX.isEmpty()) {
            // no job reported the objective: the table alone says so
            sections.add(new Charts.Section(metric + " per training job (none reported it)", new byte[0], header,
                    rows));
        } else {
            addPoints(progress, byJob);
            XYSeries line = progress.addSeries("best so far", bestX, bestY);
            line.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
            line.setMarker(SeriesMarkers.NONE);
            add(charts, sections, "objective", metric + " per training job, and the best so far", progress, header,
                    rows);
        }

        // objective against each hyperparameter
        for (String h : hyperparameters) {
            SdkPojo range = ranges.get(h);
            List<String> categories = range instanceof CategoricalParameterRange c ? c.values() : null;
            XYChart chart = Charts.lineChart(metric + " against " + h + " \u2014 " + title, categories == null ? h
                    : h + " (index of its value)", metric);
            scatterStyle(chart);
            boolean log = "Logarithmic".equals(scaling(range));
            Map<String, List<double[]>> points = new LinkedHashMap<>();
            List<List<String>> table = new ArrayList<>();
            for (Trial t : trials) {
                String raw = t.summary.tunedHyperParameters().get(h);
                if (t.objective == null || raw == null) {
                    continue;
                }
                double x;
                if (categories != null) {
                    x = categories.indexOf(raw);
                } else {
                    try {
                        x = Double.parseDouble(raw.trim());
                    } catch (NumberFormatException e) {
                        continue;
                    }
                }
                log &= x > 0;
                points.computeIfAbsent(t.tuningJob, k -> new ArrayList<>()).add(new double[] {x, t.objective});
                table.add(List.of(raw, Charts.number(t.objective), t.summary.trainingJobName()));
            }
            if (points.isEmpty()) {
                continue;
            }
            addPoints(chart, points);
            chart.getStyler().setXAxisLogarithmic(log);
            add(charts, sections, "objective-vs-" + h, metric + " against " + h + (log ? " (logarithmic axis)" : ""),
                    chart, List.of(h, metric, "TrainingJobName"), table);
        }

        // advanced: the objective over time, with the best so far as a step line
        if (b.advanced) {
            Instant start = trials.stream().map(t -> t.summary.trainingStartTime()).filter(Objects::nonNull)
                    .min(Comparator.naturalOrder()).orElse(null);
            List<Trial> ended = new ArrayList<>();
            for (Trial t : trials) {
                if (t.objective != null && t.summary.trainingEndTime() != null && start != null) {
                    ended.add(t);
                }
            }
            ended.sort(Comparator.comparing(t -> t.summary.trainingEndTime()));
            if (!ended.isEmpty()) {
                XYChart chart = Charts.lineChart(metric + " over time \u2014 " + title, "seconds since the first "
                        + "training job started", metric);
                scatterStyle(chart);
                Map<String, List<double[]>> points = new LinkedHashMap<>();
                List<Double> sx = new ArrayList<>();
                List<Double> sy = new ArrayList<>();
                List<List<String>> table = new ArrayList<>();
                Double bestSoFar = null;
                for (Trial t : ended) {
                    double s = Duration.between(start, t.summary.trainingEndTime()).toNanos() / 1e9;
                    points.computeIfAbsent(t.tuningJob, k -> new ArrayList<>()).add(new double[] {s, t.objective});
                    if (bestSoFar != null) {
                        sx.add(s);
                        sy.add(bestSoFar);
                    }
                    if (bestSoFar == null || (maximize ? t.objective > bestSoFar : t.objective < bestSoFar)) {
                        bestSoFar = t.objective;
                    }
                    sx.add(s);
                    sy.add(bestSoFar);
                    table.add(List.of(Charts.number(s), Charts.number(t.objective), Charts.number(bestSoFar),
                            t.summary.trainingJobName()));
                }
                addPoints(chart, points);
                XYSeries step = chart.addSeries("best so far", sx, sy);
                step.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
                step.setMarker(SeriesMarkers.NONE);
                add(charts, sections, "objective-over-time", metric + " over time, and the best so far", chart,
                        List.of("seconds", metric, "best so far", "TrainingJobName"), table);
            }
        }

        // the training jobs' own metric series
        List<Map<String, Object>> metricRows = new ArrayList<>();
        if (!b.trialsOnly) {
            for (String m : b.jobMetrics) {
                XYChart chart = Charts.lineChart(m + " of each training job \u2014 " + title, "step", m);
                chart.getStyler().setLegendVisible(trials.size() <= 12);
                List<List<String>> table = new ArrayList<>();
                for (Trial t : trials) {
                    TrainingJobAnalytics job = new TrainingJobAnalytics(t.summary.trainingJobName(),
                            first.session());
                    List<Double> values = job.series(m);
                    if (values.isEmpty()) {
                        continue;
                    }
                    double[] steps = new double[values.size()];
                    for (int i = 0; i < steps.length; i++) {
                        steps[i] = i;
                        table.add(List.of(t.summary.trainingJobName(), Integer.toString(i),
                                Charts.number(values.get(i))));
                        if (b.returnDfs) {
                            Map<String, Object> row = new LinkedHashMap<>();
                            row.put("TrainingJobName", t.summary.trainingJobName());
                            row.put("metric_name", m);
                            row.put("step", (double) i);
                            row.put("value", values.get(i));
                            metricRows.add(row);
                        }
                    }
                    XYSeries s = chart.addSeries(t.summary.trainingJobName(), steps, values.stream()
                            .mapToDouble(Double::doubleValue).toArray());
                    s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
                    s.setMarker(SeriesMarkers.NONE);
                }
                if (!table.isEmpty()) {
                    add(charts, sections, "metric-" + m, m + " of each training job", chart,
                            List.of("TrainingJobName", "step", m), table);
                }
            }
        }

        List<Map<String, Object>> trialRows = new ArrayList<>();
        if (b.returnDfs) {
            for (HyperparameterTuningJobAnalytics a : b.tuningJobs) {
                for (Map<String, Object> row : a.dataframe()) {
                    Map<String, Object> r = new LinkedHashMap<>();
                    r.put("TuningJobName", a.name());
                    r.putAll(row);
                    trialRows.add(r);
                }
            }
        }
        String html = Charts.html("Hyperparameter tuning: " + title, sections);
        return new TuningVisualization(first.name(), Collections.unmodifiableMap(charts), html,
                Collections.unmodifiableList(trialRows), Collections.unmodifiableList(metricRows));
    }

    private static String scaling(SdkPojo range) {
        if (range instanceof ContinuousParameterRange c) {
            return c.scalingTypeAsString();
        }
        if (range instanceof IntegerParameterRange i) {
            return i.scalingTypeAsString();
        }
        return null;
    }

    private static void scatterStyle(XYChart chart) {
        chart.getStyler().setMarkerSize(7);
        chart.getStyler().setLegendVisible(true);
    }

    private static void addPoints(XYChart chart, Map<String, List<double[]>> byJob) {
        for (Map.Entry<String, List<double[]>> e : byJob.entrySet()) {
            double[] x = e.getValue().stream().mapToDouble(p -> p[0]).toArray();
            double[] y = e.getValue().stream().mapToDouble(p -> p[1]).toArray();
            XYSeries s = chart.addSeries(byJob.size() == 1 ? "training jobs" : e.getKey(), x, y);
            s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        }
    }

    private static void add(Map<String, byte[]> charts, List<Charts.Section> sections, String name, String heading,
            XYChart chart, List<String> header, List<List<String>> rows) {
        byte[] png = Charts.png(chart);
        charts.put(name, png);
        sections.add(new Charts.Section(heading, png, header, rows));
    }
}
