/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.analytics;

import dev.sagemaker4j.Session;
import dev.sagemaker4j.analytics.internal.Charts;
import dev.sagemaker4j.spi.TuningJobsApi;
import dev.sagemaker4j.utils.Names;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.Float8Vector;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.services.sagemaker.model.CategoricalParameterRange;
import software.amazon.awssdk.services.sagemaker.model.ContinuousParameterRange;
import software.amazon.awssdk.services.sagemaker.model.DescribeHyperParameterTuningJobRequest;
import software.amazon.awssdk.services.sagemaker.model.DescribeHyperParameterTuningJobResponse;
import software.amazon.awssdk.services.sagemaker.model.HyperParameterTrainingJobSummary;
import software.amazon.awssdk.services.sagemaker.model.IntegerParameterRange;
import software.amazon.awssdk.services.sagemaker.model.ListTrainingJobsForHyperParameterTuningJobRequest;
import software.amazon.awssdk.services.sagemaker.model.ListTrainingJobsForHyperParameterTuningJobResponse;
import software.amazon.awssdk.services.sagemaker.model.ParameterRanges;

/**
 * Every training job of a hyperparameter tuning job as a table, as the Python SDK's
 * {@code sagemaker.analytics.HyperparameterTuningJobAnalytics}: one row per job with its tuned hyperparameters
 * (numbers where they read as numbers, as Python's {@code float()}), {@code TrainingJobName},
 * {@code TrainingJobStatus}, {@code FinalObjectiveValue}, {@code TrainingStartTime}, {@code TrainingEndTime} and
 * {@code TrainingElapsedTimeSeconds}; as rows, CSV or an Arrow table. The description and the summaries are read
 * once and kept until {@link #clearCache()}.
 * <pre>{@code
 * HyperparameterTuningJobAnalytics analytics = tuner.analytics();
 * analytics.exportCsv(Path.of("trials.csv"));
 * try (BufferAllocator allocator = new RootAllocator(); VectorSchemaRoot table = analytics.toArrow(allocator)) { ... }
 * }</pre>
 */
public final class HyperparameterTuningJobAnalytics {
    private static final List<String> FIXED = List.of("TrainingJobName", "TrainingJobStatus", "FinalObjectiveValue",
            "TrainingStartTime", "TrainingEndTime", "TrainingElapsedTimeSeconds");
    private final String name;
    private final Session session;
    private DescribeHyperParameterTuningJobResponse description;
    private List<HyperParameterTrainingJobSummary> summaries;

    /**
     * The analytics of a tuning job ({@code HyperparameterTuningJobAnalytics(hyperparameter_tuning_job_name,
     * sagemaker_session)}).
     *
     * @param hyperparameterTuningJobName the tuning job
     * @param session                     the session it ran in
     */
    public HyperparameterTuningJobAnalytics(String hyperparameterTuningJobName, Session session) {
        this.name = Names.validateName("hyperparameterTuningJobName", hyperparameterTuningJobName);
        this.session = Objects.requireNonNull(session, "session");
    }

    /**
     * The tuning job's name.
     *
     * @return {@code name}
     */
    public String name() {
        return name;
    }

    /**
     * Forgets the description and summaries read so far ({@code clear_cache()}).
     */
    public synchronized void clearCache() {
        description = null;
        summaries = null;
    }

    /**
     * The tuning job's DescribeHyperParameterTuningJob response, read once ({@code description()}).
     *
     * @return the description
     */
    public DescribeHyperParameterTuningJobResponse description() {
        return description(false);
    }

    /**
     * The tuning job's description ({@code description(force_refresh)}).
     *
     * @param forceRefresh whether to read it again first
     * @return the description
     */
    public synchronized DescribeHyperParameterTuningJobResponse description(boolean forceRefresh) {
        if (forceRefresh) {
            clearCache();
        }
        if (description == null) {
            description = session.api(TuningJobsApi.CAPABILITY).describeHyperParameterTuningJob(
                    DescribeHyperParameterTuningJobRequest.builder().hyperParameterTuningJobName(name).build());
        }
        return description;
    }

    /**
     * Every training job's summary, all pages of ListTrainingJobsForHyperParameterTuningJob
     * ({@code training_job_summaries()}).
     *
     * @return the summaries
     */
    public List<HyperParameterTrainingJobSummary> trainingJobSummaries() {
        return trainingJobSummaries(false);
    }

    /**
     * Every training job's summary ({@code training_job_summaries(force_refresh)}).
     *
     * @param forceRefresh whether to read them again first
     * @return the summaries
     */
    public synchronized List<HyperParameterTrainingJobSummary> trainingJobSummaries(boolean forceRefresh) {
        if (forceRefresh) {
            clearCache();
        }
        if (summaries == null) {
            List<HyperParameterTrainingJobSummary> all = new ArrayList<>();
            String token = null;
            do {
                ListTrainingJobsForHyperParameterTuningJobResponse page = session.api(TuningJobsApi.CAPABILITY)
                        .listTrainingJobsForHyperParameterTuningJob(ListTrainingJobsForHyperParameterTuningJobRequest
                                .builder().hyperParameterTuningJobName(name).maxResults(100).nextToken(token)
                                .build());
                all.addAll(page.trainingJobSummaries());
                token = page.nextToken();
            } while (token != null);
            summaries = List.copyOf(all);
        }
        return summaries;
    }

    /**
     * The ranges by hyperparameter name ({@code tuning_ranges}): the service's range objects.
     *
     * @return name to {@code ContinuousParameterRange}, {@code IntegerParameterRange} or
     *         {@code CategoricalParameterRange}
     */
    public Map<String, SdkPojo> tuningRanges() {
        Map<String, SdkPojo> out = new LinkedHashMap<>();
        ParameterRanges ranges = description().hyperParameterTuningJobConfig().parameterRanges();
        if (ranges != null) {
            for (IntegerParameterRange r : ranges.integerParameterRanges()) {
                out.put(r.name(), r);
            }
            for (ContinuousParameterRange r : ranges.continuousParameterRanges()) {
                out.put(r.name(), r);
            }
            for (CategoricalParameterRange r : ranges.categoricalParameterRanges()) {
                out.put(r.name(), r);
            }
        }
        return out;
    }

    /**
     * The table as rows ({@code dataframe()}): the tuned hyperparameters, then the job's name, status, final
     * objective value, start and end times and elapsed seconds. A value the job does not have is {@code null}.
     *
     * @return one row per training job, in ListTrainingJobsForHyperParameterTuningJob's order
     */
    public List<Map<String, Object>> dataframe() {
        return dataframe(false);
    }

    /**
     * The table as rows ({@code dataframe(force_refresh)}).
     *
     * @param forceRefresh whether to read the summaries again first
     * @return one row per training job
     */
    public List<Map<String, Object>> dataframe(boolean forceRefresh) {
        List<HyperParameterTrainingJobSummary> jobs = trainingJobSummaries(forceRefresh);
        List<String> columns = columns(jobs);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (HyperParameterTrainingJobSummary s : jobs) {
            Map<String, Object> row = new LinkedHashMap<>();
            columns.forEach(c -> row.put(c, null));
            s.tunedHyperParameters().forEach((k, v) -> row.put(k, number(v)));
            row.put("TrainingJobName", s.trainingJobName());
            row.put("TrainingJobStatus", s.trainingJobStatusAsString());
            row.put("FinalObjectiveValue", s.finalHyperParameterTuningJobObjectiveMetric() == null ? null
                    : (double) s.finalHyperParameterTuningJobObjectiveMetric().value());
            row.put("TrainingStartTime", s.trainingStartTime());
            row.put("TrainingEndTime", s.trainingEndTime());
            if (s.trainingStartTime() != null && s.trainingEndTime() != null) {
                row.put("TrainingElapsedTimeSeconds",
                        Duration.between(s.trainingStartTime(), s.trainingEndTime()).toNanos() / 1e9);
            }
            rows.add(row);
        }
        return rows;
    }

    private static List<String> columns(List<HyperParameterTrainingJobSummary> jobs) {
        Set<String> columns = new LinkedHashSet<>();
        jobs.forEach(s -> columns.addAll(s.tunedHyperParameters().keySet()));
        columns.addAll(FIXED);
        return new ArrayList<>(columns);
    }

    private static Object number(String value) {
        try {
            return Double.parseDouble(value.trim());
        } catch (NumberFormatException e) {
            return value;
        }
    }

    /**
     * The table as CSV with a header; times are ISO-8601, a missing value an empty cell.
     *
     * @return CSV text
     */
    public String toCsv() {
        List<Map<String, Object>> rows = dataframe();
        List<String> columns = columns(trainingJobSummaries());
        StringBuilder sb = new StringBuilder(String.join(",", columns)).append('\n');
        for (Map<String, Object> row : rows) {
            for (int i = 0; i < columns.size(); i++) {
                if (i > 0) {
                    sb.append(',');
                }
                Object v = row.get(columns.get(i));
                sb.append(v == null ? "" : csvCell(v.toString()));
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    private static String csvCell(String s) {
        return s.contains(",") || s.contains("\"") || s.contains("\n") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }

    /**
     * Writes {@link #toCsv()} to a file ({@code export_csv(filename)}), whole or not at all.
     *
     * @param filename the file (its folder is created when missing)
     * @return the file
     */
    public Path exportCsv(Path filename) {
        Objects.requireNonNull(filename, "filename");
        return Charts.write(filename, toCsv().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The table as Arrow, the SDK's dataframe: a column that holds only numbers is {@code Float8}, any other
     * (names, statuses, categorical values, ISO-8601 times) {@code Utf8}; missing values are nulls. The caller
     * closes the table.
     *
     * @param allocator the allocator the vectors use
     * @return the table
     */
    public VectorSchemaRoot toArrow(BufferAllocator allocator) {
        List<Map<String, Object>> rows = dataframe();
        List<String> columns = columns(trainingJobSummaries());
        List<FieldVector> vectors = new ArrayList<>();
        try {
            for (String c : columns) {
                boolean numeric = rows.stream().map(r -> r.get(c)).allMatch(v -> v == null || v instanceof Double);
                if (numeric) {
                    Float8Vector v = new Float8Vector(c, allocator);
                    vectors.add(v);
                    v.allocateNew(rows.size());
                    for (int i = 0; i < rows.size(); i++) {
                        Object value = rows.get(i).get(c);
                        if (value == null) {
                            v.setNull(i);
                        } else {
                            v.set(i, (Double) value);
                        }
                    }
                    v.setValueCount(rows.size());
                } else {
                    VarCharVector v = new VarCharVector(c, allocator);
                    vectors.add(v);
                    v.allocateNew(rows.size());
                    for (int i = 0; i < rows.size(); i++) {
                        Object value = rows.get(i).get(c);
                        if (value == null) {
                            v.setNull(i);
                        } else {
                            v.setSafe(i, value.toString().getBytes(StandardCharsets.UTF_8));
                        }
                    }
                    v.setValueCount(rows.size());
                }
            }
        } catch (RuntimeException e) {
            vectors.forEach(FieldVector::close);
            throw e;
        }
        return new VectorSchemaRoot(vectors);
    }

    /**
     * Renders the tuning job's charts: {@code <job>-objective.png}, each training job's final objective in the
     * order the jobs were created with the best objective so far as a line; {@code <job>-objective-vs-<name>.png},
     * the objective against each tuned hyperparameter; and {@code <job>-tuning.html}, one page holding every chart
     * (embedded, so the page is one file), each followed by its numbers (the first table has one row per training
     * job with its hyperparameters). Files are written whole or not at all; existing ones are replaced. Renders
     * without a display. {@link TuningVisualization} draws the same for several tuning jobs, and more charts.
     *
     * @param directory the folder to write to (created when missing)
     * @return the files written: the PNGs in the page's order, then the HTML page
     * @throws dev.sagemaker4j.exceptions.StorageException when a file cannot be written
     */
    public List<Path> plot(Path directory) {
        Objects.requireNonNull(directory, "directory");
        return TuningVisualization.builder().tuningJob(this).build().write(directory);
    }

    /** The session the tuning job ran in (for the charts' metric series). */
    Session session() {
        return session;
    }

    @Override
    public String toString() {
        return "<sagemaker.HyperparameterTuningJobAnalytics for " + name + ">";
    }
}
