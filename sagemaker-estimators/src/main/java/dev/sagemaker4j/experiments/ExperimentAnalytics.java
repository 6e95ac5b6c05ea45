/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.experiments;

import dev.sagemaker4j.Session;
import dev.sagemaker4j.analytics.internal.Charts;
import dev.sagemaker4j.exceptions.ValidationException;
import dev.sagemaker4j.spi.ExperimentsApi;
import dev.sagemaker4j.spi.SageMakerMetricsApi;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.Float8Vector;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import software.amazon.awssdk.services.sagemaker.model.Filter;
import software.amazon.awssdk.services.sagemaker.model.Parent;
import software.amazon.awssdk.services.sagemaker.model.SearchExpression;
import software.amazon.awssdk.services.sagemaker.model.SearchRecord;
import software.amazon.awssdk.services.sagemaker.model.SearchRequest;
import software.amazon.awssdk.services.sagemaker.model.SearchResponse;
import software.amazon.awssdk.services.sagemaker.model.TrialComponent;
import software.amazon.awssdk.services.sagemaker.model.TrialComponentArtifact;
import software.amazon.awssdk.services.sagemaker.model.TrialComponentMetricSummary;
import software.amazon.awssdk.services.sagemaker.model.TrialComponentParameterValue;
import software.amazon.awssdk.services.sagemakermetrics.model.BatchGetMetricsRequest;
import software.amazon.awssdk.services.sagemakermetrics.model.MetricQuery;
import software.amazon.awssdk.services.sagemakermetrics.model.MetricQueryResult;

/**
 * The runs (trial components) of an experiment as a table, as Python's {@code sagemaker.analytics
 * .ExperimentAnalytics}: one row per trial component with {@code TrialComponentName}, {@code DisplayName},
 * {@code SourceArn} (for a job's component), each parameter, each metric's {@code <metric> - Min}, {@code Max},
 * {@code Avg}, {@code StdDev}, {@code Last} and {@code Count}, each artifact's {@code <name> - MediaType} and
 * {@code <name> - Value}, and the {@code Trials} and {@code Experiments} it belongs to. The rows come from a
 * Search of {@code ExperimentTrialComponent} resources filtered by {@code Parents.ExperimentName}, read when
 * created and again after {@link #clearCache()}; needs no closing.
 *
 * <pre>{@code
 * ExperimentAnalytics a = ExperimentAnalytics.of("churn", session);
 * a.dataframe();                                   // one map per run
 * a.exportCsv(Path.of("churn.csv"));
 * a.plot(Path.of("report"));                       // a metric across runs, a metric over steps per run
 * ExperimentAnalytics.builder().experimentName("churn").metricNames(List.of("validation:auc"))
 *         .sortBy("Metrics.validation:auc.Max").sortOrder("Descending").session(session).build();
 * }</pre>
 */
public final class ExperimentAnalytics {
    /** Python's {@code MAX_TRIAL_COMPONENTS}: the most rows read. */
    public static final int MAX_TRIAL_COMPONENTS = 10_000;
    private static final List<String> STATISTICS = List.of("Min", "Max", "Avg", "StdDev", "Last", "Count");

    private final String experimentName;
    private final SearchExpression searchExpression;
    private final String sortBy;
    private final String sortOrder;
    private final List<String> metricNames;
    private final List<String> parameterNames;
    private final List<String> inputArtifactNames;
    private final List<String> outputArtifactNames;
    private final Session session;
    private volatile List<TrialComponent> trialComponents;

    private ExperimentAnalytics(Builder b) {
        this.session = Objects.requireNonNull(b.session, "session");
        if (b.experimentName == null && b.searchExpression == null) {
            throw new ValidationException("experimentName", null, "Either experiment_name or search_expression"
                    + " must be supplied", "name the experiment, or give a search expression");
        }
        if (b.sortOrder != null && !b.sortOrder.equals("Ascending") && !b.sortOrder.equals("Descending")) {
            throw new ValidationException("sortOrder", b.sortOrder, "is not a sort order",
                    "use Ascending or Descending");
        }
        this.experimentName = b.experimentName;
        this.searchExpression = b.searchExpression;
        this.sortBy = b.sortBy;
        this.sortOrder = b.sortOrder;
        this.metricNames = b.metricNames;
        this.parameterNames = b.parameterNames;
        this.inputArtifactNames = b.inputArtifactNames;
        this.outputArtifactNames = b.outputArtifactNames;
    }

    /**
     * The runs of an experiment, every metric and parameter, as Python's {@code ExperimentAnalytics(
     * experiment_name=..., sagemaker_session=...)}.
     *
     * @param experimentName the experiment
     * @param session        the session
     */
    public ExperimentAnalytics(String experimentName, Session session) {
        this(builder().experimentName(experimentName).session(session));
    }

    /**
     * The runs of an experiment, every metric and parameter.
     *
     * @param experimentName the experiment
     * @param session        the session
     * @return the analytics
     */
    public static ExperimentAnalytics of(String experimentName, Session session) {
        return new ExperimentAnalytics(experimentName, session);
    }

    /**
     * A new builder; its methods are Python's constructor keywords.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The experiment analysed, as Python's {@code name}.
     *
     * @return the name, or {@code null} when only a search expression was given
     */
    public String name() {
        return experimentName;
    }

    /** Forgets the rows read, as Python's {@code clear_cache}: the next call reads afresh. */
    public void clearCache() {
        trialComponents = null;
    }

    /**
     * The trial components found, as the service returns them (with parents and metric summaries).
     *
     * @return the trial components, in the search's order
     */
    public List<TrialComponent> trialComponents() {
        List<TrialComponent> found = trialComponents;
        if (found == null) {
            found = search();
            trialComponents = found;
        }
        return found;
    }

    private List<TrialComponent> search() {
        List<Filter> filters = new ArrayList<>(searchExpression != null && searchExpression.hasFilters()
                ? searchExpression.filters() : List.of());
        if (experimentName != null) {
            filters.add(Filter.builder().name("Parents.ExperimentName").operator("Equals").value(experimentName)
                    .build());
        }
        SearchExpression expression = (searchExpression == null ? SearchExpression.builder()
                : searchExpression.toBuilder()).filters(filters).build();
        SearchRequest.Builder request = SearchRequest.builder().resource("ExperimentTrialComponent")
                .searchExpression(expression).sortBy(sortBy).sortOrder(sortOrder);
        List<TrialComponent> out = new ArrayList<>();
        ExperimentsApi api = session.api(ExperimentsApi.CAPABILITY);
        while (out.size() < MAX_TRIAL_COMPONENTS) {
            SearchResponse response = api.search(request.build());
            List<TrialComponent> page = response.results().stream().map(SearchRecord::trialComponent)
                    .filter(Objects::nonNull).collect(Collectors.toList());
            out.addAll(page);
            if (response.nextToken() != null && !page.isEmpty()) {
                request.nextToken(response.nextToken());
            } else {
                break;
            }
        }
        return List.copyOf(out);
    }

    /**
     * The table, one map per trial component (columns as Python's {@code dataframe()}); cached.
     *
     * @return the rows
     */
    public List<Map<String, Object>> dataframe() {
        return dataframe(false);
    }

    /**
     * The table, read afresh when asked, as Python's {@code dataframe(force_refresh=True)}.
     *
     * @param forceRefresh whether to search again
     * @return the rows
     */
    public List<Map<String, Object>> dataframe(boolean forceRefresh) {
        if (forceRefresh) {
            clearCache();
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        for (TrialComponent tc : trialComponents()) {
            rows.add(reshape(tc));
        }
        return rows;
    }

    private Map<String, Object> reshape(TrialComponent tc) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("TrialComponentName", tc.trialComponentName() == null ? "" : tc.trialComponentName());
        out.put("DisplayName", tc.displayName() == null ? "" : tc.displayName());
        if (tc.source() != null) {
            out.put("SourceArn", tc.source().sourceArn());
        }
        if (tc.hasParameters()) {
            for (Map.Entry<String, TrialComponentParameterValue> p : new TreeMap<>(tc.parameters()).entrySet()) {
                if (parameterNames != null && !parameterNames.contains(p.getKey())) {
                    continue;
                }
                out.put(p.getKey(), p.getValue().numberValue() != null ? (Object) p.getValue().numberValue()
                        : p.getValue().stringValue());
            }
        }
        if (tc.hasMetrics()) {
            for (TrialComponentMetricSummary m : tc.metrics()) {
                if (metricNames != null && !metricNames.contains(m.metricName())) {
                    continue;
                }
                Object[] values = {m.min(), m.max(), m.avg(), m.stdDev(), m.last(),
                        m.count() == null ? null : m.count().doubleValue()};
                for (int i = 0; i < STATISTICS.size(); i++) {
                    if (values[i] != null) {
                        out.put(m.metricName() + " - " + STATISTICS.get(i), values[i]);
                    }
                }
            }
        }
        artifacts(out, tc.hasInputArtifacts() ? tc.inputArtifacts() : Map.of(), inputArtifactNames);
        artifacts(out, tc.hasOutputArtifacts() ? tc.outputArtifacts() : Map.of(), outputArtifactNames);
        List<String> trials = new ArrayList<>();
        List<String> experiments = new ArrayList<>();
        if (tc.hasParents()) {
            for (Parent p : tc.parents()) {
                trials.add(p.trialName());
                experiments.add(p.experimentName());
            }
        }
        out.put("Trials", trials);
        out.put("Experiments", experiments);
        return out;
    }

    private static void artifacts(Map<String, Object> out, Map<String, TrialComponentArtifact> artifacts,
            List<String> names) {
        for (Map.Entry<String, TrialComponentArtifact> a : new TreeMap<>(artifacts).entrySet()) {
            if (names != null && !names.contains(a.getKey())) {
                continue;
            }
            out.put(a.getKey() + " - MediaType", a.getValue().mediaType());
            out.put(a.getKey() + " - Value", a.getValue().value());
        }
    }

    /** Every column of the table, in first-seen order. */
    private List<String> columns(List<Map<String, Object>> rows) {
        Set<String> columns = new LinkedHashSet<>();
        rows.forEach(r -> columns.addAll(r.keySet()));
        return new ArrayList<>(columns);
    }

    /**
     * The table as CSV with a header (missing values empty; lists joined with {@code ;}).
     *
     * @return CSV text
     */
    public String toCsv() {
        List<Map<String, Object>> rows = dataframe();
        List<String> columns = columns(rows);
        StringBuilder sb = new StringBuilder();
        sb.append(columns.stream().map(ExperimentAnalytics::csv).collect(Collectors.joining(","))).append('\n');
        for (Map<String, Object> row : rows) {
            sb.append(columns.stream().map(c -> csv(cell(row.get(c)))).collect(Collectors.joining(",")))
                    .append('\n');
        }
        return sb.toString();
    }

    private static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof List) {
            return ((List<?>) value).stream().map(String::valueOf).collect(Collectors.joining(";"));
        }
        return value.toString();
    }

    private static String csv(String s) {
        return s.contains(",") || s.contains("\"") || s.contains("\n") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }

    /**
     * Writes the CSV, whole or not at all; an existing file is replaced.
     *
     * @param filename the file (its folder is created when missing)
     * @return the file
     */
    public Path exportCsv(Path filename) {
        Objects.requireNonNull(filename, "filename");
        return Charts.write(filename, toCsv().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The table as Arrow, the SDK's dataframe: a column holding only numbers is {@code Float8}, any other
     * {@code Utf8} (lists joined with {@code ;}); missing values are nulls. The caller closes the table.
     *
     * @param allocator the allocator the vectors use
     * @return the table
     */
    public VectorSchemaRoot toArrow(BufferAllocator allocator) {
        List<Map<String, Object>> rows = dataframe();
        List<FieldVector> vectors = new ArrayList<>();
        try {
            for (String c : columns(rows)) {
                boolean numeric = rows.stream().map(r -> r.get(c)).allMatch(v -> v == null || v instanceof Number);
                if (numeric) {
                    Float8Vector v = new Float8Vector(c, allocator);
                    vectors.add(v);
                    v.allocateNew(rows.size());
                    for (int i = 0; i < rows.size(); i++) {
                        Object value = rows.get(i).get(c);
                        if (value == null) {
                            v.setNull(i);
                        } else {
                            v.set(i, ((Number) value).doubleValue());
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
                            v.setSafe(i, cell(value).getBytes(StandardCharsets.UTF_8));
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
     * The values of a run's metric per step, as the {@code sagemaker-metrics} service keeps them
     * (BatchGetMetrics, average per iteration number).
     *
     * @param trialComponentArn the run's (or job's) trial component ARN
     * @param metricName        the metric
     * @return step to value, in step order
     */
    public Map<Long, Double> metricSeries(String trialComponentArn, String metricName) {
        MetricQueryResult result = session.api(SageMakerMetricsApi.CAPABILITY).batchGetMetrics(BatchGetMetricsRequest
                .builder().metricQueries(MetricQuery.builder().metricName(metricName).resourceArn(trialComponentArn)
                        .metricStat("Avg").period("IterationNumber").xAxisType("IterationNumber").build()).build())
                .metricQueryResults().get(0);
        Map<Long, Double> out = new TreeMap<>();
        if (result.hasXAxisValues()) {
            for (int i = 0; i < result.xAxisValues().size(); i++) {
                out.put(result.xAxisValues().get(i), result.metricValues().get(i));
            }
        }
        return out;
    }

    /**
     * Renders the comparison: for each metric (those named by {@code metricNames}, else every one), a bar chart of
     * its last value across the runs ({@code <experiment>-<metric>-runs.png}) and a line chart of its values over
     * the steps, one line per run ({@code <experiment>-<metric>-steps.png}); and one page
     * {@code <experiment>-runs.html} holding every chart (embedded) and its numbers. Files are written whole;
     * existing ones are replaced. Renders without a display.
     *
     * @param directory the folder to write to (created when missing)
     * @return the files written: the PNGs in metric order, then the HTML page; empty when no run has metrics
     */
    public List<Path> plot(Path directory) {
        Objects.requireNonNull(directory, "directory");
        List<TrialComponent> runs = trialComponents();
        Set<String> metrics = new LinkedHashSet<>();
        for (TrialComponent tc : runs) {
            if (tc.hasMetrics()) {
                tc.metrics().stream().map(TrialComponentMetricSummary::metricName)
                        .filter(m -> metricNames == null || metricNames.contains(m)).forEach(metrics::add);
            }
        }
        List<Path> written = new ArrayList<>();
        if (metrics.isEmpty()) {
            return written;
        }
        String prefix = Charts.fileName(experimentName == null ? "search" : experimentName) + "-";
        List<Charts.Section> sections = new ArrayList<>();
        for (String metric : metrics) {
            List<String> names = new ArrayList<>();
            List<Double> last = new ArrayList<>();
            List<List<String>> table = new ArrayList<>();
            XYChart steps = Charts.lineChart(metric + " over steps", "step", metric);
            boolean anySteps = false;
            for (TrialComponent tc : runs) {
                TrialComponentMetricSummary m = tc.hasMetrics() ? tc.metrics().stream()
                        .filter(s -> metric.equals(s.metricName())).findFirst().orElse(null) : null;
                if (m == null) {
                    continue;
                }
                String run = tc.displayName() != null ? tc.displayName() : tc.trialComponentName();
                names.add(run);
                last.add(m.last());
                table.add(List.of(run, Charts.number(nz(m.min())), Charts.number(nz(m.max())),
                        Charts.number(nz(m.avg())), Charts.number(nz(m.last())),
                        m.count() == null ? "" : m.count().toString()));
                Map<Long, Double> series = metricSeries(tc.trialComponentArn(), metric);
                series.remove(-1L);
                if (!series.isEmpty()) {
                    anySteps = true;
                    steps.addSeries(run, series.keySet().stream().mapToDouble(Long::doubleValue).toArray(),
                            series.values().stream().mapToDouble(Double::doubleValue).toArray())
                            .setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
                }
            }
            Charts.headless();
            CategoryChart across = new CategoryChartBuilder().width(Charts.WIDTH).height(Charts.HEIGHT)
                    .title(metric + " across runs").xAxisTitle("run").yAxisTitle(metric + " (last)").build();
            across.getStyler().setChartBackgroundColor(java.awt.Color.WHITE);
            across.getStyler().setPlotBackgroundColor(java.awt.Color.WHITE);
            across.getStyler().setLegendVisible(false);
            across.addSeries(metric, names, last);
            byte[] acrossPng = Charts.png(across);
            written.add(Charts.write(directory.resolve(prefix + Charts.fileName(metric) + "-runs.png"), acrossPng));
            sections.add(new Charts.Section(metric + " across runs", acrossPng,
                    List.of("run", "min", "max", "avg", "last", "count"), table));
            if (anySteps) {
                byte[] stepsPng = Charts.png(steps);
                written.add(Charts.write(directory.resolve(prefix + Charts.fileName(metric) + "-steps.png"),
                        stepsPng));
                sections.add(new Charts.Section(metric + " over steps", stepsPng, List.of("run", "min", "max",
                        "avg", "last", "count"), table));
            }
        }
        written.add(Charts.writeHtml(directory.resolve(prefix + "runs.html"), Charts.html("Runs of "
                + (experimentName == null ? "the search" : experimentName), sections)));
        return written;
    }

    private static double nz(Double d) {
        return d == null ? Double.NaN : d;
    }

    @Override
    public String toString() {
        return "<sagemaker.ExperimentAnalytics for " + experimentName + ">";
    }

    /** Builds an {@link ExperimentAnalytics}; each method is a keyword of Python's constructor. */
    public static final class Builder {
        private String experimentName;
        private SearchExpression searchExpression;
        private String sortBy;
        private String sortOrder;
        private List<String> metricNames;
        private List<String> parameterNames;
        private List<String> inputArtifactNames;
        private List<String> outputArtifactNames;
        private Session session;

        private Builder() {
        }

        /**
         * Sets the experiment ({@code experiment_name}, default {@code None}; this or a search expression is
         * required).
         *
         * @param experimentName the experiment
         * @return this builder
         */
        public Builder experimentName(String experimentName) {
            this.experimentName = experimentName;
            return this;
        }

        /**
         * Sets the search of trial components ({@code search_expression}, default {@code None}).
         *
         * @param searchExpression the service's SearchExpression
         * @return this builder
         */
        public Builder searchExpression(SearchExpression searchExpression) {
            this.searchExpression = searchExpression;
            return this;
        }

        /**
         * Sets the property the rows are sorted by ({@code sort_by}, default {@code None}: the service's,
         * LastModifiedTime), e.g. {@code Metrics.validation:auc.Max}.
         *
         * @param sortBy the property
         * @return this builder
         */
        public Builder sortBy(String sortBy) {
            this.sortBy = sortBy;
            return this;
        }

        /**
         * Sets the order ({@code sort_order}, default {@code None}: Descending).
         *
         * @param sortOrder Ascending or Descending
         * @return this builder
         */
        public Builder sortOrder(String sortOrder) {
            this.sortOrder = sortOrder;
            return this;
        }

        /**
         * Keeps only these metrics ({@code metric_names}, default {@code None}: all).
         *
         * @param metricNames the metrics
         * @return this builder
         */
        public Builder metricNames(List<String> metricNames) {
            this.metricNames = metricNames == null ? null : List.copyOf(metricNames);
            return this;
        }

        /**
         * Keeps only these parameters ({@code parameter_names}, default {@code None}: all).
         *
         * @param parameterNames the parameters
         * @return this builder
         */
        public Builder parameterNames(List<String> parameterNames) {
            this.parameterNames = parameterNames == null ? null : List.copyOf(parameterNames);
            return this;
        }

        /**
         * Keeps only these input artifacts ({@code input_artifact_names}, default {@code None}: all).
         *
         * @param inputArtifactNames the artifacts
         * @return this builder
         */
        public Builder inputArtifactNames(List<String> inputArtifactNames) {
            this.inputArtifactNames = inputArtifactNames == null ? null : List.copyOf(inputArtifactNames);
            return this;
        }

        /**
         * Keeps only these output artifacts ({@code output_artifact_names}, default {@code None}: all).
         *
         * @param outputArtifactNames the artifacts
         * @return this builder
         */
        public Builder outputArtifactNames(List<String> outputArtifactNames) {
            this.outputArtifactNames = outputArtifactNames == null ? null : List.copyOf(outputArtifactNames);
            return this;
        }

        /**
         * Sets the session ({@code sagemaker_session}, required in Java).
         *
         * @param session the session
         * @return this builder
         */
        public Builder session(Session session) {
            this.session = session;
            return this;
        }

        /**
         * Builds the analytics (nothing is read until the first call that needs the rows).
         *
         * @return the analytics
         */
        public ExperimentAnalytics build() {
            return new ExperimentAnalytics(this);
        }
    }
}
