/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.monitor.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The pictures of Model Monitor's files, read in the service's layouts: per feature the baseline and current
 * distributions of two data-quality statistics.json files (numerical features on one grid rebuilt from both KLL
 * sketches, categorical ones from their buckets) with the features that constraint_violations.json names marked;
 * and model-quality metrics ({@code binary_classification_metrics}, {@code multiclass_classification_metrics},
 * {@code regression_metrics}: {@code {value, standard_deviation}}) over a series of executions. Not part of the
 * public API.
 */
public final class MonitorPictures {
    /** Bins of a numerical feature's chart. */
    static final int BINS = 10;
    /** Categories shown per categorical feature (the most frequent of both files together). */
    static final int MAX_CATEGORIES_SHOWN = 20;
    /** The model-quality metric groups, as the service names them. */
    static final List<String> METRIC_GROUPS = List.of("binary_classification_metrics",
            "multiclass_classification_metrics", "regression_metrics");

    private MonitorPictures() {
    }

    /**
     * The data-quality page.
     *
     * @param baseline   the baseline statistics.json, or null (only the current distributions)
     * @param current    the current statistics.json
     * @param violations constraint_violations.json, or null
     * @return the page
     */
    public static ReportPage dataQuality(JsonNode baseline, JsonNode current, JsonNode violations) {
        Map<String, List<String>> byFeature = new LinkedHashMap<>();
        if (violations != null) {
            for (JsonNode v : violations.path("violations")) {
                byFeature.computeIfAbsent(v.path("feature_name").asText(), k -> new ArrayList<>())
                        .add(v.path("constraint_check_type").asText());
            }
        }
        Map<String, JsonNode> base = features(baseline);
        Map<String, JsonNode> now = features(current);
        Set<String> names = new LinkedHashSet<>(base.keySet());
        names.addAll(now.keySet());
        names.addAll(byFeature.keySet());
        ReportPage page = new ReportPage("Model Monitor data quality");
        page.intro("Baseline: " + itemCount(baseline) + " records; current: " + itemCount(current) + " records; "
                + names.size() + " features, " + byFeature.size() + " with violations.");
        List<List<String>> summary = new ArrayList<>();
        List<Boolean> marks = new ArrayList<>();
        for (String name : names) {
            List<String> checks = byFeature.getOrDefault(name, List.of());
            summary.add(List.of(name, type(base.get(name)), type(now.get(name)), present(base.get(name)),
                    present(now.get(name)), String.join(", ", checks)));
            marks.add(!checks.isEmpty());
        }
        page.add(new ReportPage.Section("summary", "Features", null, null, null,
                List.of("feature", "baseline type", "current type", "baseline present", "current present",
                        "violations"), summary, marks));
        for (String name : names) {
            List<String> checks = byFeature.getOrDefault(name, List.of());
            page.add(featureSection(name, base.get(name), now.get(name), checks, violations));
        }
        return page;
    }

    private static ReportPage.Section featureSection(String name, JsonNode base, JsonNode now, List<String> checks,
            JsonNode violations) {
        String mark = checks.isEmpty() ? null : String.join(", ", checks);
        String title = name + (checks.isEmpty() ? "" : " (violation: " + mark + ")");
        String note = null;
        if (!checks.isEmpty()) {
            List<String> descriptions = new ArrayList<>();
            for (JsonNode v : violations.path("violations")) {
                if (name.equals(v.path("feature_name").asText())) {
                    descriptions.add(v.path("constraint_check_type").asText() + ": "
                            + v.path("description").asText().trim());
                }
            }
            note = String.join("; ", descriptions);
        }
        boolean numeric = isNumeric(base) || isNumeric(now);
        boolean stringy = base != null && base.has("string_statistics") || now != null && now.has("string_statistics");
        List<String> labels = new ArrayList<>();
        double[] b = null;
        double[] c = null;
        if (numeric && !stringy) {
            Distributions.Sample sb = sample(base);
            Distributions.Sample sc = sample(now);
            double lo = Math.min(min(base), min(now));
            double hi = Math.max(max(base), max(now));
            if (!(lo <= hi)) {
                lo = 0;
                hi = 0;
            }
            int bins = hi > lo ? BINS : 1;
            double[] edges = new double[bins + 1];
            for (int i = 0; i <= bins; i++) {
                edges[i] = i == bins ? hi : lo + (hi - lo) * i / bins;
            }
            for (int i = 0; i < bins; i++) {
                labels.add(ReportPage.number(edges[i]) + "–" + ReportPage.number(edges[i + 1]));
            }
            b = shares(sb, edges);
            c = shares(sc, edges);
        } else {
            Map<String, Double> cb = base == null ? Map.of() : Distributions.categories(stats(base));
            Map<String, Double> cc = now == null ? Map.of() : Distributions.categories(stats(now));
            double tb = cb.values().stream().mapToDouble(Double::doubleValue).sum();
            double tc = cc.values().stream().mapToDouble(Double::doubleValue).sum();
            Map<String, Double> weight = new TreeMap<>();
            cb.forEach((k, v) -> weight.merge(k, tb > 0 ? v / tb : 0, Double::sum));
            cc.forEach((k, v) -> weight.merge(k, tc > 0 ? v / tc : 0, Double::sum));
            labels = weight.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed()
                    .thenComparing(Map.Entry.comparingByKey())).limit(MAX_CATEGORIES_SHOWN).map(Map.Entry::getKey)
                    .collect(Collectors.toList());
            if (base != null) {
                b = labels.stream().mapToDouble(k -> tb > 0 ? cb.getOrDefault(k, 0.0) / tb : 0).toArray();
            }
            if (now != null) {
                c = labels.stream().mapToDouble(k -> tc > 0 ? cc.getOrDefault(k, 0.0) / tc : 0).toArray();
            }
        }
        byte[] png = null;
        if (!labels.isEmpty() && (b != null || c != null)) {
            CategoryChart chart = ReportPage.barChart(title, numeric && !stringy ? "value" : "category",
                    "share of records", labels);
            if (b != null) {
                CategorySeries s = chart.addSeries("baseline", labels, toList(b));
                s.setFillColor(ReportPage.BASELINE);
            }
            if (c != null) {
                CategorySeries s = chart.addSeries("current", labels, toList(c));
                s.setFillColor(checks.isEmpty() ? ReportPage.CURRENT : ReportPage.VIOLATION);
            }
            png = ReportPage.png(chart);
        }
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            rows.add(List.of(labels.get(i), b == null ? "" : ReportPage.number(b[i]), c == null ? "" : ReportPage.number(c[i])));
        }
        return new ReportPage.Section("feature-" + name, title, mark, png, note,
                List.of(numeric && !stringy ? "bin" : "category", "baseline share", "current share"), rows, null);
    }

    /**
     * The model-quality page: one chart per metric, its value over the executions with the standard deviation as
     * error bars where it is a number.
     *
     * @param executions the statistics.json files, oldest first
     * @param names      the executions' names (x axis labels, in order)
     * @return the page
     */
    public static ReportPage modelQuality(List<JsonNode> executions, List<String> names) {
        Map<String, double[][]> metrics = new LinkedHashMap<>();
        int n = executions.size();
        for (int i = 0; i < n; i++) {
            for (String group : METRIC_GROUPS) {
                JsonNode g = executions.get(i).path(group);
                for (Map.Entry<String, JsonNode> e : g.properties()) {
                    JsonNode v = e.getValue();
                    if (!v.has("value") || !v.path("value").isNumber()) {
                        continue; // e.g. confusion_matrix, receiver_operating_characteristic_curve
                    }
                    double[][] series = metrics.computeIfAbsent(e.getKey(), k -> nans(n));
                    series[0][i] = v.path("value").asDouble();
                    JsonNode sd = v.path("standard_deviation");
                    series[1][i] = sd.isNumber() ? sd.asDouble() : Double.NaN;
                }
            }
        }
        ReportPage page = new ReportPage("Model Monitor model quality");
        page.intro(n + " execution(s): " + String.join(", ", names) + "; " + metrics.size() + " metrics.");
        for (Map.Entry<String, double[][]> m : metrics.entrySet()) {
            double[] values = m.getValue()[0];
            double[] sd = m.getValue()[1];
            List<Double> xs = new ArrayList<>();
            List<Double> ys = new ArrayList<>();
            List<Double> es = new ArrayList<>();
            boolean anyError = false;
            for (int i = 0; i < n; i++) {
                if (!Double.isNaN(values[i])) {
                    xs.add(i + 1.0);
                    ys.add(values[i]);
                    es.add(Double.isNaN(sd[i]) ? 0.0 : sd[i]);
                    anyError |= !Double.isNaN(sd[i]);
                }
            }
            XYChart chart = ReportPage.lineChart(m.getKey() + " over executions", "execution", m.getKey());
            XYSeries s = anyError ? chart.addSeries(m.getKey(), xs, ys, es) : chart.addSeries(m.getKey(), xs, ys);
            s.setMarker(SeriesMarkers.CIRCLE);
            chart.getStyler().setMarkerSize(8);
            chart.getStyler().setXAxisDecimalPattern("#0");
            chart.getStyler().setXAxisMin(0.5);
            chart.getStyler().setXAxisMax(n + 0.5);
            List<List<String>> rows = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                rows.add(List.of(String.valueOf(i + 1), names.get(i), ReportPage.number(values[i]),
                        ReportPage.number(sd[i])));
            }
            page.add(new ReportPage.Section("metric-" + m.getKey(), m.getKey(), null, ReportPage.png(chart), null,
                    List.of("execution", "name", "value", "standard deviation"), rows, null));
        }
        return page;
    }

    private static double[][] nans(int n) {
        double[][] out = new double[2][n];
        java.util.Arrays.fill(out[0], Double.NaN);
        java.util.Arrays.fill(out[1], Double.NaN);
        return out;
    }

    private static List<Double> toList(double[] v) {
        List<Double> out = new ArrayList<>(v.length);
        for (double d : v) {
            out.add(d);
        }
        return out;
    }

    private static Map<String, JsonNode> features(JsonNode statistics) {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        if (statistics != null) {
            for (JsonNode f : statistics.path("features")) {
                out.put(f.path("name").asText(), f);
            }
        }
        return out;
    }

    private static String itemCount(JsonNode statistics) {
        return statistics == null ? "n/a" : statistics.path("dataset").path("item_count").asText("n/a");
    }

    private static JsonNode stats(JsonNode feature) {
        return feature.has("numerical_statistics") ? feature.path("numerical_statistics")
                : feature.path("string_statistics");
    }

    private static boolean isNumeric(JsonNode feature) {
        return feature != null && feature.has("numerical_statistics");
    }

    private static String type(JsonNode feature) {
        return feature == null ? "(absent)" : feature.path("inferred_type").asText();
    }

    private static String present(JsonNode feature) {
        return feature == null ? "" : stats(feature).path("common").path("num_present").asText();
    }

    private static double min(JsonNode feature) {
        return isNumeric(feature) ? feature.path("numerical_statistics").path("min").asDouble(Double.NaN)
                : Double.POSITIVE_INFINITY;
    }

    private static double max(JsonNode feature) {
        return isNumeric(feature) ? feature.path("numerical_statistics").path("max").asDouble(Double.NaN)
                : Double.NEGATIVE_INFINITY;
    }

    /** The feature's sample: its sketch, or its buckets' counts at their midpoints when it has no sketch data. */
    private static Distributions.Sample sample(JsonNode feature) {
        if (!isNumeric(feature)) {
            return null;
        }
        JsonNode num = feature.path("numerical_statistics");
        Distributions.Sample s = Distributions.fromStatistics(num);
        if (s != null) {
            return s;
        }
        JsonNode buckets = num.path("distribution").path("kll").path("buckets");
        if (buckets.isEmpty()) {
            return null;
        }
        double[] values = new double[buckets.size()];
        double[] weights = new double[buckets.size()];
        for (int i = 0; i < buckets.size(); i++) {
            JsonNode bucket = buckets.get(i);
            values[i] = (bucket.path("lower_bound").asDouble() + bucket.path("upper_bound").asDouble()) / 2;
            weights[i] = bucket.path("count").asDouble();
        }
        return java.util.stream.DoubleStream.of(weights).sum() > 0 ? new Distributions.Sample(values, weights) : null;
    }

    /** The share of the sample in each bin: the first bin closed, the others (edge, edge]. */
    private static double[] shares(Distributions.Sample s, double[] edges) {
        if (s == null) {
            return null;
        }
        int bins = edges.length - 1;
        double[] out = new double[bins];
        double below = 0;
        for (int i = 0; i < bins; i++) {
            double upTo = i == bins - 1 ? 1.0 : s.cdf(edges[i + 1]);
            out[i] = Math.max(0, upTo - below);
            below = upTo;
        }
        return out;
    }
}
