/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.clarify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sagemaker4j.Session;
import dev.sagemaker4j.exceptions.ValidationException;
import dev.sagemaker4j.monitor.internal.ReportPage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategorySeries;

/**
 * Pictures of a SageMaker Clarify job's output, read in Clarify's layout: {@code analysis.json} and, for an
 * explainability job, {@code explanations_shap/out.csv} (one row of SHAP values per record, a column per feature).
 * PNG charts and one self-contained HTML page (every chart embedded, each followed by its numbers):
 * <ul>
 *   <li>{@code bias-pre_training-<facet>-<value>.png}, {@code bias-post_training-<facet>-<value>.png}: one bar per
 *       metric of {@code pre_training_bias_metrics} / {@code post_training_bias_metrics} for each facet value or
 *       threshold (metrics whose value is not a number are listed, not drawn);</li>
 *   <li>{@code shap-<label>.png}: {@code explanations.kernel_shap.<label>.global_shap_values}, the features by
 *       mean absolute SHAP value, largest first;</li>
 *   <li>{@code shap-row-<n>.png}: the SHAP values of each of the first {@value #ROW_CHARTS} records of out.csv;
 *       the page's table lists the first {@value #ROW_TABLE}.</li>
 * </ul>
 * Charts are 800 × 500 pixels and render without a display. The reports of the service's Clarify jobs and of the
 * local backend's draw alike.
 */
public final class ClarifyReport {
    /** Records of out.csv drawn one chart each. */
    public static final int ROW_CHARTS = 5;
    /** Records of out.csv listed in the page. */
    public static final int ROW_TABLE = 100;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> BIAS_KINDS = List.of("pre_training_bias_metrics",
            "post_training_bias_metrics");

    private final ReportPage page;

    private ClarifyReport(ReportPage page) {
        this.page = page;
    }

    /**
     * Reads a Clarify output folder ({@code analysis.json} and, when present, {@code explanations_shap/out.csv}),
     * or an {@code analysis.json} file (and the {@code explanations_shap/out.csv} beside it, when present).
     *
     * @param outputPath the folder or the file
     * @return the report
     * @throws ValidationException when analysis.json is missing or not a JSON object
     */
    public static ClarifyReport fromFilePath(Path outputPath) {
        Objects.requireNonNull(outputPath, "outputPath");
        Path analysis = Files.isDirectory(outputPath) ? outputPath.resolve("analysis.json") : outputPath;
        Path shap = (analysis.getParent() == null ? Path.of(".") : analysis.getParent())
                .resolve("explanations_shap").resolve("out.csv");
        String csv = null;
        try {
            if (Files.isRegularFile(shap)) {
                csv = Files.readString(shap, StandardCharsets.UTF_8);
            }
            if (!Files.isRegularFile(analysis)) {
                throw new ValidationException("output_path", outputPath, "holds no analysis.json",
                        "pass a Clarify job's output folder or its analysis.json");
            }
            return new ClarifyReport(build(parse(Files.readString(analysis, StandardCharsets.UTF_8)), csv));
        } catch (IOException e) {
            throw new ValidationException("output_path", outputPath, "cannot be read: " + e, "check the path", e);
        }
    }

    /**
     * Reads a Clarify job's output from S3: {@code <outputS3Uri>/analysis.json} and, when present,
     * {@code <outputS3Uri>/explanations_shap/out.csv}.
     *
     * @param outputS3Uri the job's output prefix ({@code s3_output_path} of its DataConfig)
     * @param session     the session whose object store holds it
     * @return the report
     * @throws ValidationException when analysis.json is missing or not a JSON object
     */
    public static ClarifyReport fromS3Uri(String outputS3Uri, Session session) {
        if (outputS3Uri == null || outputS3Uri.isBlank()) {
            throw new ValidationException("output_s3_uri", outputS3Uri, "is missing",
                    "pass the Clarify job's output S3 URI");
        }
        Objects.requireNonNull(session, "session");
        String prefix = outputS3Uri.endsWith("/analysis.json")
                ? outputS3Uri.substring(0, outputS3Uri.length() - "/analysis.json".length())
                : outputS3Uri.replaceAll("/+$", "");
        String analysis = prefix + "/analysis.json";
        if (!session.objectStore().exists(analysis)) {
            throw new ValidationException("output_s3_uri", outputS3Uri, "holds no analysis.json",
                    "check the URI; the Clarify job may have failed");
        }
        String shap = prefix + "/explanations_shap/out.csv";
        String csv = session.objectStore().exists(shap) ? session.objectStore().getString(shap) : null;
        return new ClarifyReport(build(parse(session.objectStore().getString(analysis)), csv));
    }

    /**
     * Reads analysis.json from its text; no per-record charts.
     *
     * @param analysisJson the JSON text
     * @return the report
     * @throws ValidationException when the text is not a JSON object
     */
    public static ClarifyReport fromString(String analysisJson) {
        return new ClarifyReport(build(parse(analysisJson), null));
    }

    /**
     * The charts as PNG by name ({@code bias-...}, {@code shap-<label>}, {@code shap-row-<n>}), in page order.
     *
     * @return chart name to PNG bytes (copies)
     */
    public Map<String, byte[]> charts() {
        Map<String, byte[]> out = new LinkedHashMap<>();
        page.charts().forEach((k, v) -> out.put(k, v.clone()));
        return out;
    }

    /**
     * The self-contained HTML page.
     *
     * @return the HTML text
     */
    public String html() {
        return page.html();
    }

    /**
     * Writes each chart as {@code <chart>.png} (unsafe file name characters as {@code _}) and the page as
     * {@code clarify-report.html}, each whole or not at all; existing files are replaced.
     *
     * @param directory the folder (created when missing)
     * @return the files: the PNGs in page order, then the HTML page
     * @throws dev.sagemaker4j.exceptions.StorageException when a file cannot be written
     */
    public List<Path> write(Path directory) {
        return page.write(Objects.requireNonNull(directory, "directory"), "", "clarify-report");
    }

    @Override
    public String toString() {
        return "<ClarifyReport: " + String.join(", ", page.charts().keySet()) + ">";
    }

    private static JsonNode parse(String text) {
        try {
            JsonNode node = text == null ? null : JSON.readTree(text);
            if (node == null || !node.isObject()) {
                throw new ValidationException("analysis", null, "is not a JSON object",
                        "pass the text of Clarify's analysis.json");
            }
            return node;
        } catch (IOException e) {
            throw new ValidationException("analysis", null, "is not JSON: " + e.getMessage(),
                    "pass the text of Clarify's analysis.json", e);
        }
    }

    private static ReportPage build(JsonNode analysis, String shapCsv) {
        ReportPage page = new ReportPage("SageMaker Clarify report");
        for (String kind : BIAS_KINDS) {
            JsonNode bias = analysis.path(kind);
            if (bias.isMissingNode()) {
                continue;
            }
            String stage = kind.substring(0, kind.indexOf("_bias"));
            String label = bias.path("label").asText("label") + " = " + bias.path("label_value_or_threshold")
                    .asText("?");
            for (Map.Entry<String, JsonNode> facet : bias.path("facets").properties()) {
                for (JsonNode group : facet.getValue()) {
                    String value = group.path("value_or_threshold").asText();
                    biasSection(page, stage, label, facet.getKey(), value, group.path("metrics"));
                }
            }
        }
        JsonNode kernel = analysis.path("explanations").path("kernel_shap");
        for (Map.Entry<String, JsonNode> label : kernel.properties()) {
            JsonNode global = label.getValue().path("global_shap_values");
            if (global.isObject() && !global.isEmpty()) {
                shapSection(page, label.getKey(), global, label.getValue().path("expected_value"));
            }
        }
        if (shapCsv != null) {
            rowSections(page, shapCsv);
        }
        if (page.charts().isEmpty()) {
            page.intro("analysis.json holds no bias metrics and no SHAP values.");
        }
        return page;
    }

    private static void biasSection(ReportPage page, String stage, String label, String facet, String value,
            JsonNode metrics) {
        List<String> names = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        for (JsonNode m : metrics) {
            String name = m.path("name").asText();
            JsonNode v = m.path("value");
            rows.add(List.of(name, m.path("description").asText(), v.isNumber() ? ReportPage.number(v.asDouble())
                    : v.isMissingNode() ? "" : v.asText(), m.path("error").asText("")));
            if (v.isNumber() && Double.isFinite(v.asDouble())) {
                names.add(name);
                values.add(v.asDouble());
            }
        }
        String title = stage.replace('_', '-') + " bias: " + facet + " = " + value;
        byte[] png = null;
        if (!names.isEmpty()) {
            CategoryChart chart = ReportPage.barChart(title, "metric", "value", names);
            CategorySeries s = chart.addSeries(facet + " = " + value, names, values);
            s.setFillColor(ReportPage.BASELINE);
            png = ReportPage.png(chart);
        }
        page.add(new ReportPage.Section("bias-" + stage + "-" + facet + "-" + value, title, null, png,
                "label " + label, List.of("metric", "description", "value", "error"), rows, null));
    }

    private static void shapSection(ReportPage page, String label, JsonNode global, JsonNode expected) {
        List<Map.Entry<String, Double>> entries = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : global.properties()) {
            if (e.getValue().isNumber()) {
                entries.add(Map.entry(e.getKey(), e.getValue().asDouble()));
            }
        }
        entries.sort(Map.Entry.<String, Double>comparingByValue(Comparator.comparingDouble(Math::abs)).reversed());
        List<String> names = entries.stream().map(Map.Entry::getKey).toList();
        List<Double> values = entries.stream().map(Map.Entry::getValue).toList();
        String title = "SHAP global importance: " + label;
        byte[] png = null;
        if (!names.isEmpty()) {
            CategoryChart chart = ReportPage.barChart(title, "feature", "mean |SHAP value|", names);
            chart.getStyler().setLegendVisible(false);
            CategorySeries s = chart.addSeries(label, names, values);
            s.setFillColor(ReportPage.CURRENT);
            png = ReportPage.png(chart);
        }
        List<List<String>> rows = new ArrayList<>();
        entries.forEach(e -> rows.add(List.of(e.getKey(), ReportPage.number(e.getValue()))));
        page.add(new ReportPage.Section("shap-" + label, title, null, png,
                expected.isNumber() ? "expected value " + ReportPage.number(expected.asDouble()) : null,
                List.of("feature", "global SHAP value"), rows, null));
    }

    private static void rowSections(ReportPage page, String csv) {
        List<String> lines = csv.lines().filter(l -> !l.isBlank()).toList();
        if (lines.isEmpty()) {
            return;
        }
        List<String> header = split(lines.get(0));
        List<List<String>> rows = new ArrayList<>();
        for (int i = 1; i < lines.size() && rows.size() < ROW_TABLE; i++) {
            List<String> cells = new ArrayList<>();
            cells.add(String.valueOf(i));
            cells.addAll(split(lines.get(i)));
            rows.add(cells);
        }
        for (int r = 0; r < rows.size() && r < ROW_CHARTS; r++) {
            List<String> names = new ArrayList<>();
            List<Double> values = new ArrayList<>();
            List<String> cells = rows.get(r);
            for (int j = 0; j < header.size() && j + 1 < cells.size(); j++) {
                try {
                    values.add(Double.parseDouble(cells.get(j + 1)));
                    names.add(header.get(j));
                } catch (NumberFormatException e) {
                    // a non-numeric column (an id or label kept by the job) is not drawn
                }
            }
            if (names.isEmpty()) {
                continue;
            }
            String title = "SHAP values of record " + (r + 1);
            CategoryChart chart = ReportPage.barChart(title, "feature", "SHAP value", names);
            chart.getStyler().setLegendVisible(false);
            CategorySeries s = chart.addSeries("record " + (r + 1), names, values);
            s.setFillColor(ReportPage.BASELINE);
            page.add(new ReportPage.Section("shap-row-" + (r + 1), title, null, ReportPage.png(chart), null, List.of(),
                    List.of(), null));
        }
        List<String> tableHeader = new ArrayList<>();
        tableHeader.add("record");
        tableHeader.addAll(header);
        page.add(new ReportPage.Section("shap-rows", "SHAP values per record (explanations_shap/out.csv)", null,
                null, (lines.size() - 1) + " record(s)" + (lines.size() - 1 > ROW_TABLE ? ", the first "
                        + ROW_TABLE + " listed" : ""), tableHeader, rows, null));
    }

    private static List<String> split(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cur.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cur.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                out.add(cur.toString().trim());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        out.add(cur.toString().trim());
        return out;
    }
}
