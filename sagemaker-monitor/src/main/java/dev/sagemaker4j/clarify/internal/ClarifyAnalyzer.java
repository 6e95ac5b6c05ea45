/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.clarify.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sagemaker4j.local.AtomicFiles;
import dev.sagemaker4j.processing.LocalContainerProgram;
import dev.sagemaker4j.processing.ProcessingEnvironment;
import dev.sagemaker4j.processing.ProcessingScript;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The local backend's Clarify program: what the {@code sagemaker-clarify-processing} image does, run in-process
 * (registered as a {@link LocalContainerProgram}). It reads {@code /opt/ml/processing/input/config/
 * analysis_config.json} and the CSV data set under {@code /opt/ml/processing/input/data}, computes the requested
 * pre-training bias metrics (CI, DPL, KL, JS, LP, TVD, KS, CDDL) from the labels and post-training ones (DPPL, DI,
 * DCA, DCR, RD, DAR, DRR, AD, CDDPL, TE, FT) from the predictions of a shadow endpoint (created for the predictor's
 * model and deleted when done) or of the data set's {@code predicted_label} column, and writes
 * {@code /opt/ml/processing/output/analysis.json} in Clarify's layout and {@code report.html}. A facet that is not a
 * column, a label or facet value that never occurs, or ragged rows fail the job with a ClientError.
 */
public final class ClarifyAnalyzer implements LocalContainerProgram {
    /** The Clarify image's repository, as image_uris' {@code clarify} names it. */
    public static final String REPOSITORY = "sagemaker-clarify-processing";
    static final String CONFIG = "/opt/ml/processing/input/config";
    static final String DATA = "/opt/ml/processing/input/data";
    static final String OUTPUT = "/opt/ml/processing/output";

    /** Creates the program (ServiceLoader). */
    public ClarifyAnalyzer() {
    }

    @Override
    public String imageRepository() {
        return REPOSITORY;
    }

    @Override
    public ProcessingScript newScript() {
        return ClarifyAnalyzer::analyze;
    }

    /** A facet group: the rows in the sensitive group {@code d}. */
    record Facet(String name, String valueOrThreshold, boolean[] d) {
    }

    private static void analyze(ProcessingEnvironment env) throws IOException {
        if (ClarifyMonitoring.isMonitoring(env)) {
            ClarifyMonitoring.run(env);
            return;
        }
        analyze(env, readConfig(env.path(CONFIG)), env.path(DATA), env.path(OUTPUT));
    }

    /**
     * The analysis of one data set: the metrics and explanations the config asks for, written to
     * {@code analysis.json} and {@code report.html} in {@code out}.
     *
     * @param env    the job's environment
     * @param config the analysis config
     * @param data   the folder of the CSV data set
     * @param out    the output folder
     * @throws IOException when a file cannot be read or written
     */
    static void analyze(ProcessingEnvironment env, JsonNode config, Path data, Path out) throws IOException {
        String datasetType = config.path("dataset_type").asText("text/csv");
        if (!"text/csv".equals(datasetType)) {
            throw new ClientError("the local Clarify program reads text/csv data sets, not " + datasetType
                    + ": write the data set as CSV, or run the job on the sagemaker backend");
        }
        if (config.has("facet_dataset_uri") || config.has("predicted_label_dataset_uri")) {
            throw new ClientError("the local Clarify program reads facets and predicted labels from the data set"
                    + " itself, not from facet_dataset_uri or predicted_label_dataset_uri");
        }
        if (config.has("segment_config")) {
            throw new ClientError("the local Clarify program does not compute segment metrics (segment_config):"
                    + " leave the DataConfig's segmentationConfig out, or run the job on the sagemaker backend");
        }
        JsonNode methods = config.path("methods");
        boolean pre = methods.has("pre_training_bias");
        boolean post = methods.has("post_training_bias");
        boolean shap = methods.has("shap");
        if (!pre && !post && !shap) {
            throw new ClientError("the analysis config asks for no method the local Clarify program computes"
                    + " (pre_training_bias, post_training_bias, shap): " + methods);
        }
        ClarifyDataset ds = ClarifyDataset.read(data, config.get("headers"), config.get("label"), false);
        env.log("Read " + ds.rows.size() + " row(s), " + ds.columns.size() + " column(s)");
        ObjectNode analysis = Json.F.objectNode();
        analysis.put("version", "1.0");

        Set<Integer> notFeatures = new LinkedHashSet<>();
        int labelIdx = -1;
        if (config.has("label")) {
            labelIdx = ds.column("label", config.get("label"));
            notFeatures.add(labelIdx);
        }
        int predictedIdx = -1;
        if (config.has("predicted_label")) {
            predictedIdx = ds.column("predicted_label", config.get("predicted_label"));
            notFeatures.add(predictedIdx);
        }
        if (config.has("joinsource_name_or_index")) {
            notFeatures.add(ds.column("joinsource_name_or_index", config.get("joinsource_name_or_index")));
        }
        for (JsonNode c : config.path("excluded_columns")) {
            notFeatures.add(ds.column("excluded_columns", c));
        }
        List<Integer> featureIdx = new ArrayList<>();
        for (int i = 0; i < ds.columns.size(); i++) {
            if (!notFeatures.contains(i)) {
                featureIdx.add(i);
            }
        }
        List<String[]> featureRows = new ArrayList<>(ds.rows.size());
        for (String[] r : ds.rows) {
            String[] f = new String[featureIdx.size()];
            for (int i = 0; i < f.length; i++) {
                f[i] = r[featureIdx.get(i)];
            }
            featureRows.add(f);
        }

        boolean[] y = null;
        Outcome outcome = null;
        List<Facet> facets = null;
        String[] group = null;
        String labelName = null;
        if (pre || post) {
            if (labelIdx < 0) {
                throw new ClientError("the analysis config names no label: bias metrics compare label values");
            }
            labelName = ds.columns.get(labelIdx);
            String[] labels = ds.values(labelIdx);
            outcome = Outcome.of(config.get("label_values_or_threshold"), labels);
            y = outcome.positives(labels);
            boolean any = false;
            for (boolean b : y) {
                any |= b;
            }
            if (!any) {
                throw new ClientError("the label value(s) " + config.get("label_values_or_threshold")
                        + " never occur in the label column " + labelName + (outcome.continuous()
                        ? " (no value is above the threshold)" : "") + ": name values the column holds");
            }
            facets = facets(config.path("facet"), ds);
            if (config.has("group_variable")) {
                group = ds.values(ds.column("group_variable", config.get("group_variable")));
            }
        }
        if (pre) {
            List<String> codes = selected(methods.get("pre_training_bias").path("methods"), BiasMetrics.PRE_TRAINING,
                    group != null, "pre_training_bias");
            analysis.set("pre_training_bias_metrics", section(labelName, outcome, facets, codes, y, null, group,
                    null, null));
            env.log("Computed " + codes.size() + " pre-training metric(s) for " + facets.size() + " facet group(s)");
        }
        boolean needModel = (post && predictedIdx < 0) || shap;
        ShadowEndpoint endpoint = null;
        try {
            if (needModel) {
                if (!config.has("predictor")) {
                    throw new ClientError("the analysis config has no predictor: post-training bias and SHAP need"
                            + " the model's predictions");
                }
                endpoint = ShadowEndpoint.open(env, config.get("predictor"), datasetType);
            }
            if (post) {
                String[] predicted;
                if (predictedIdx >= 0) {
                    predicted = ds.values(predictedIdx);
                } else {
                    List<JsonNode> answers = endpoint.predict(featureRows);
                    Double threshold = config.has("probability_threshold")
                            ? config.get("probability_threshold").asDouble() : null;
                    predicted = new String[answers.size()];
                    for (int i = 0; i < predicted.length; i++) {
                        predicted[i] = Predictions.label(answers.get(i), config.get("predictor"), threshold,
                                outcome.continuous());
                    }
                    env.log("Predicted " + predicted.length + " row(s) on " + endpoint.endpointName());
                }
                boolean[] yHat = outcome.positives(predicted);
                List<String> codes = selected(methods.get("post_training_bias").path("methods"),
                        BiasMetrics.POST_TRAINING, group != null, "post_training_bias");
                double[][] numbers = new double[featureRows.size()][];
                for (int i = 0; i < numbers.length; i++) {
                    String[] f = featureRows.get(i);
                    numbers[i] = new double[f.length];
                    for (int c = 0; c < f.length; c++) {
                        numbers[i][c] = ClarifyDataset.number(f[c]);
                    }
                }
                analysis.set("post_training_bias_metrics", section(labelName, outcome, facets, codes, y, yHat, group,
                        numbers, featureRows.toArray(new String[0][])));
                env.log("Computed " + codes.size() + " post-training metric(s)");
            }
            if (shap) {
                List<String> names = new ArrayList<>();
                for (int i : featureIdx) {
                    names.add(ds.columns.get(i));
                }
                double[][] rows = new double[featureRows.size()][];
                for (int i = 0; i < rows.length; i++) {
                    String[] f = featureRows.get(i);
                    rows[i] = new double[f.length];
                    for (int c = 0; c < f.length; c++) {
                        rows[i][c] = ClarifyDataset.number(f[c]);
                        if (Double.isNaN(rows[i][c]) && !f[c].isEmpty()) {
                            throw new ClientError("the feature " + names.get(c) + " holds the text " + f[c]
                                    + ": SHAP needs numeric features (exclude the column with excluded_columns)");
                        }
                    }
                }
                Files.createDirectories(out);
                List<String> labelHeaders = new ArrayList<>();
                config.path("predictor").path("label_headers").forEach(h -> labelHeaders.add(h.asText()));
                analysis.set("explanations", explainWithShap(localBaseline(env, methods.get("shap")), names, rows,
                        endpoint.invoker(config.get("predictor")), out, labelHeaders.isEmpty() ? null
                                : labelHeaders));
            }
        } finally {
            if (endpoint != null) {
                endpoint.close();
            }
        }
        Files.createDirectories(out);
        AtomicFiles.writeString(out.resolve("analysis.json"), Json.MAPPER.writeValueAsString(analysis));
        AtomicFiles.writeString(out.resolve("report.html"), Report.html(config, analysis));
        env.log("Wrote analysis.json and report.html");
    }

    /**
     * The SHAP analysis of the explainability part: Kernel SHAP ({@link ShapAnalysis}); a refused config becomes
     * the job's ClientError.
     *
     * @param shapConfig   the config's {@code methods.shap}, its baseline local
     * @param featureNames the features' names
     * @param rows         the feature rows
     * @param model        the model, over the shadow endpoint
     * @param outputDir    the job's output folder
     * @param labelHeaders the predictor's {@code label_headers}, or null
     * @return the {@code explanations} object of analysis.json
     */
    static ObjectNode explainWithShap(JsonNode shapConfig, List<String> featureNames, double[][] rows,
            ModelInvoker model, Path outputDir, List<String> labelHeaders) {
        try {
            return ShapAnalysis.run(shapConfig, featureNames, rows, model, outputDir, labelHeaders);
        } catch (dev.sagemaker4j.exceptions.ValidationException e) {
            throw new ClientError("the shap method " + e.getMessage());
        }
    }

    /**
     * The shap config with an {@code s3://} baseline replaced by the path of its downloaded copy, as Clarify's
     * container downloads it with the job's role.
     */
    private static JsonNode localBaseline(ProcessingEnvironment env, JsonNode shap) throws IOException {
        JsonNode baseline = shap.path("baseline");
        if (!baseline.isTextual() || !baseline.asText().startsWith("s3://")) {
            return shap;
        }
        Path local = env.path("/opt/ml/processing/shap-baseline/baseline.csv");
        Files.createDirectories(local.getParent());
        try (java.io.InputStream in = env.openObject(baseline.asText())) {
            Files.copy(in, local, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (dev.sagemaker4j.exceptions.SageMakerException e) {
            throw new ClientError("the SHAP baseline " + baseline.asText() + " could not be read: " + e.getMessage());
        }
        ObjectNode copy = ((ObjectNode) shap).deepCopy();
        copy.put("baseline", local.toString());
        return copy;
    }

    private static JsonNode readConfig(Path dir) throws IOException {
        Path file = dir.resolve("analysis_config.json");
        if (!Files.isRegularFile(file)) {
            try (Stream<Path> s = Files.exists(dir) ? Files.list(dir) : Stream.empty()) {
                file = s.filter(p -> p.toString().endsWith(".json")).sorted().findFirst().orElseThrow(
                        () -> new ClientError("no analysis_config.json under " + CONFIG));
            }
        }
        try {
            return Json.MAPPER.readTree(file.toFile());
        } catch (IOException e) {
            throw new ClientError("analysis_config.json is not JSON: " + e.getMessage());
        }
    }

    static List<Facet> facets(JsonNode facetConfig, ClarifyDataset ds) {
        if (!facetConfig.isArray() || facetConfig.isEmpty()) {
            throw new ClientError("the analysis config names no facet: bias metrics compare a sensitive group");
        }
        List<Facet> out = new ArrayList<>();
        for (JsonNode f : facetConfig) {
            int idx = ds.column("facet", f.path("name_or_index"));
            String name = ds.columns.get(idx);
            String[] v = ds.values(idx);
            JsonNode vt = f.get("value_or_threshold");
            if (vt == null || vt.isNull()) {
                Set<String> distinct = ClarifyDataset.continuous(v) ? new TreeSet<>((p, q) -> Double.compare(
                        ClarifyDataset.number(p), ClarifyDataset.number(q))) : new TreeSet<>();
                for (String s : v) {
                    distinct.add(s);
                }
                for (String value : distinct) {
                    boolean[] d = new boolean[v.length];
                    for (int i = 0; i < v.length; i++) {
                        d[i] = v[i].equals(value);
                    }
                    out.add(check(new Facet(name, value, d)));
                }
                continue;
            }
            List<JsonNode> values = new ArrayList<>();
            if (vt.isArray()) {
                vt.forEach(values::add);
            } else {
                values.add(vt);
            }
            boolean[] d = new boolean[v.length];
            String label;
            if (values.size() == 1 && values.get(0).isNumber() && ClarifyDataset.continuous(v)) {
                double t = values.get(0).asDouble();
                double max = Double.NEGATIVE_INFINITY;
                for (int i = 0; i < v.length; i++) {
                    double x = ClarifyDataset.number(v[i]);
                    d[i] = x > t;
                    max = Math.max(max, x);
                }
                label = "(" + Predictions.format(t) + ", " + Predictions.format(max) + "]";
            } else {
                List<String> texts = new ArrayList<>();
                for (JsonNode value : values) {
                    boolean seen = false;
                    for (int i = 0; i < v.length; i++) {
                        if (Outcome.matches(v[i], value)) {
                            d[i] = true;
                            seen = true;
                        }
                    }
                    if (!seen) {
                        throw new ClientError("the facet value " + value + " never occurs in the facet column "
                                + name + ": name values the column holds");
                    }
                    texts.add(value.isNumber() ? Predictions.format(value.asDouble()) : value.asText());
                }
                label = String.join(",", texts);
            }
            out.add(check(new Facet(name, label, d)));
        }
        return out;
    }

    private static Facet check(Facet f) {
        int n = 0;
        for (boolean b : f.d()) {
            n += b ? 1 : 0;
        }
        if (n == 0 || n == f.d().length) {
            throw new ClientError("the facet " + f.name() + " = " + f.valueOrThreshold() + " holds " + (n == 0
                    ? "no row" : "every row") + ": bias metrics compare a sensitive group with the other rows");
        }
        return f;
    }

    static List<String> selected(JsonNode methods, List<String> all, boolean hasGroup, String section) {
        List<String> asked = new ArrayList<>();
        if (methods.isMissingNode() || methods.isNull() || (methods.isTextual()
                && "all".equalsIgnoreCase(methods.asText()))) {
            for (String m : all) {
                if (hasGroup || !m.startsWith("CDD")) {
                    asked.add(m);
                }
            }
            return asked;
        }
        List<String> raw = new ArrayList<>();
        if (methods.isArray()) {
            methods.forEach(m -> raw.add(m.asText()));
        } else {
            for (String m : methods.asText().split(",")) {
                raw.add(m.trim());
            }
        }
        Set<String> seen = new HashSet<>();
        for (String m : raw) {
            String code = "DCACC".equalsIgnoreCase(m) ? "DCA" : m.toUpperCase(java.util.Locale.ROOT);
            if (!all.contains(code)) {
                throw new ClientError("the " + section + " method " + m + " is unknown: use \"all\" or some of "
                        + all);
            }
            if (code.startsWith("CDD") && !hasGroup) {
                throw new ClientError(code + " needs a group variable: set BiasConfig's group_name");
            }
            if (seen.add(code)) {
                asked.add(code);
            }
        }
        return asked;
    }

    static ObjectNode section(String labelName, Outcome outcome, List<Facet> facets, List<String> codes,
            boolean[] y, boolean[] yHat, String[] group, double[][] features, String[][] text) {
        ObjectNode s = Json.F.objectNode();
        ObjectNode byName = s.putObject("facets");
        for (Facet f : facets) {
            ArrayNode list = byName.has(f.name()) ? (ArrayNode) byName.get(f.name()) : byName.putArray(f.name());
            ObjectNode entry = list.addObject();
            entry.put("value_or_threshold", f.valueOrThreshold());
            ArrayNode metrics = entry.putArray("metrics");
            for (String code : codes) {
                double v = compute(code, f.d(), y, yHat, group, features, text);
                ObjectNode m = metrics.addObject();
                m.put("name", code);
                m.put("description", BiasMetrics.DESCRIPTIONS.get(code));
                if (Double.isFinite(v)) {
                    m.put("value", v);
                } else {
                    m.putNull("value");
                    m.put("error", "the metric is undefined for this facet (a denominator is zero)");
                }
            }
        }
        s.put("label", labelName);
        s.put("label_value_or_threshold", outcome.description());
        return s;
    }

    static double compute(String code, boolean[] d, boolean[] y, boolean[] yHat, String[] group,
            double[][] features, String[][] text) {
        return switch (code) {
            case "CI" -> BiasMetrics.ci(d);
            case "DPL" -> BiasMetrics.dpl(d, y);
            case "KL" -> BiasMetrics.kl(d, y);
            case "JS" -> BiasMetrics.js(d, y);
            case "LP" -> BiasMetrics.lp(d, y);
            case "TVD" -> BiasMetrics.tvd(d, y);
            case "KS" -> BiasMetrics.ks(d, y);
            case "CDDL" -> BiasMetrics.cdd(d, y, group);
            case "DPPL" -> BiasMetrics.dppl(d, yHat);
            case "DI" -> BiasMetrics.di(d, yHat);
            case "CDDPL" -> BiasMetrics.cdd(d, yHat, group);
            case "FT" -> BiasMetrics.flipTest(d, yHat, features, text);
            default -> BiasMetrics.confusion(code, d, y, yHat);
        };
    }

    /** The positive outcome: label values (categorical) or a threshold (continuous label). */
    record Outcome(List<JsonNode> values, boolean continuous) {
        static Outcome of(JsonNode config, String[] labels) {
            if (config == null || !config.isArray() || config.isEmpty()) {
                throw new ClientError("label_values_or_threshold is missing or empty: name the positive label"
                        + " value(s) or a threshold");
            }
            List<JsonNode> values = new ArrayList<>();
            config.forEach(values::add);
            boolean continuous = values.size() == 1 && values.get(0).isNumber() && ClarifyDataset.continuous(labels);
            return new Outcome(values, continuous);
        }

        boolean[] positives(String[] column) {
            boolean[] out = new boolean[column.length];
            for (int i = 0; i < column.length; i++) {
                if (continuous) {
                    out[i] = ClarifyDataset.number(column[i]) > values.get(0).asDouble();
                } else {
                    for (JsonNode v : values) {
                        if (matches(column[i], v)) {
                            out[i] = true;
                            break;
                        }
                    }
                }
            }
            return out;
        }

        String description() {
            List<String> texts = new ArrayList<>();
            for (JsonNode v : values) {
                texts.add(v.isNumber() ? Predictions.format(v.asDouble()) : v.asText());
            }
            return continuous ? "(" + texts.get(0) + ", +inf)" : String.join(",", texts);
        }

        static boolean matches(String cell, JsonNode value) {
            if (cell.equals(value.asText())) {
                return true;
            }
            double a = ClarifyDataset.number(cell);
            double b = value.isNumber() ? value.asDouble() : ClarifyDataset.number(value.asText());
            return !Double.isNaN(a) && a == b;
        }
    }

    static Map<String, String> descriptions() {
        return BiasMetrics.DESCRIPTIONS;
    }
}
