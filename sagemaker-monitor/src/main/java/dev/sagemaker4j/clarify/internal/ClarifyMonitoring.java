/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.clarify.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sagemaker4j.local.AtomicFiles;
import dev.sagemaker4j.monitor.internal.CaptureRecords;
import dev.sagemaker4j.processing.ProcessingEnvironment;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The Clarify program's monitoring mode: one execution of a {@code ModelBias} or {@code ModelExplainability}
 * schedule, as the local backend's scheduler starts it (the environment names the schedule). It turns the capture
 * of the window (and, for bias, the ground truth uploaded as JSON Lines keyed by the capture's inference id, else
 * its event id, under {@code <ground truth>/yyyy/mm/dd/hh/}) into a CSV data set, runs the same analysis as a
 * Clarify job ({@code analysis.json}), and compares it with the baseline's {@code analysis.json}:
 * <ul>
 *   <li>bias: {@code bias_drift_check} for each metric farther from its ideal value (1 for DI, 0 for the others)
 *       than the baseline's value of the same facet;</li>
 *   <li>explainability: {@code feature_attribution_drift_check} for each label whose nDCG (the window's ranking
 *       of the features by global SHAP value, gains the baseline's values) is below 0.9.</li>
 * </ul>
 * It writes {@code constraint_violations.json} ({@code {"version": "1.0", "violations": [...]}}) whenever there is
 * a baseline. Bad input (no captured record, ground truth for ids the capture lacks, no ground truth, a facet that
 * is not a column, a captured row whose width differs from the headers) fails the job with a ClientError naming
 * the cause.
 */
final class ClarifyMonitoring {
    /** The environment variable naming the analysis config's URI (the job definition's {@code ConfigUri}). */
    static final String CONFIG_URI = "sagemaker4j_config_uri";
    static final String PREDICTED = "sagemaker4j_predicted_label";
    /** The service's nDCG threshold of feature attribution drift. */
    static final double NDCG_THRESHOLD = 0.9;

    private ClarifyMonitoring() {
    }

    static boolean isMonitoring(ProcessingEnvironment env) {
        return env.environment().containsKey("sagemaker_monitoring_schedule_name")
                && env.environment().containsKey(CONFIG_URI);
    }

    static void run(ProcessingEnvironment env) throws IOException {
        Map<String, String> e = env.environment();
        boolean bias = "MODEL_BIAS".equals(e.get("analysis_type"));
        JsonNode config;
        try (InputStream in = env.openObject(e.get(CONFIG_URI))) {
            config = Json.MAPPER.readTree(in);
        } catch (IOException | RuntimeException ex) {
            throw new ClientError("the analysis config " + e.get(CONFIG_URI) + " could not be read: "
                    + ex.getMessage());
        }
        if (config == null || !config.isObject()) {
            throw new ClientError("the analysis config " + e.get(CONFIG_URI) + " is not a JSON object");
        }
        List<CaptureRecords.CaptureRecord> records = capture(env.path(e.getOrDefault("dataset_source",
                "/opt/ml/processing/input/endpoint")));
        if (records.isEmpty()) {
            throw new ClientError("the capture of the window holds no records: there is nothing to analyse");
        }
        if (!config.path("headers").isArray() || config.path("headers").isEmpty()) {
            throw new ClientError("the analysis config names no headers: name the columns (DataConfig headers) so"
                    + " that the captured features can be read");
        }
        List<String> headers = new ArrayList<>();
        config.get("headers").forEach(h -> headers.add(h.asText()));
        String labelName = null;
        JsonNode label = config.get("label");
        if (label != null && !label.isNull()) {
            if (label.isIntegralNumber()) {
                if (label.asInt() < 0 || label.asInt() >= headers.size()) {
                    throw new ClientError("the label index " + label.asInt() + " is not a column of the headers "
                            + headers);
                }
                labelName = headers.get(label.asInt());
            } else {
                labelName = label.asText();
                if (bias && !headers.contains(labelName)) {
                    throw new ClientError("the label " + labelName + " is not one of the headers " + headers);
                }
            }
        }
        List<String> features = new ArrayList<>(headers);
        if (labelName != null) {
            features.remove(labelName);
        }
        ObjectNode cfg = ((ObjectNode) config).deepCopy();
        cfg.put("dataset_type", "text/csv");
        StringBuilder csv = new StringBuilder();
        int rows;
        if (bias) {
            if (labelName == null) {
                throw new ClientError("the analysis config names no label: bias monitoring compares the ground"
                        + " truth with the predicted labels");
            }
            rows = biasRows(env, e, cfg, records, features, csv);
            ArrayNode h = cfg.putArray("headers");
            features.forEach(h::add);
            h.add(labelName);
            h.add(PREDICTED);
            cfg.put("label", labelName);
            cfg.put("predicted_label", PREDICTED);
            cfg.remove("predictor");
            if (!cfg.has("methods")) {
                ObjectNode methods = cfg.putObject("methods");
                methods.putObject("pre_training_bias").put("methods", "all");
                methods.putObject("post_training_bias").put("methods", "all");
            }
        } else {
            rows = 0;
            for (CaptureRecords.CaptureRecord r : records) {
                for (String[] row : featureRows(r, features.size())) {
                    csv.append(String.join(",", row)).append('\n');
                    rows++;
                }
            }
            ArrayNode h = cfg.putArray("headers");
            features.forEach(h::add);
            cfg.remove("label");
        }
        Path data = env.path("/opt/ml/processing/sagemaker4j-monitoring/dataset");
        Files.createDirectories(data);
        AtomicFiles.writeString(data.resolve("dataset.csv"), csv.toString());
        env.log("Staged " + rows + " captured row(s) of " + records.size() + " record(s) as the data set");
        Path out = env.path(e.getOrDefault("output_path", ClarifyAnalyzer.OUTPUT));
        ClarifyAnalyzer.analyze(env, cfg, data, out);
        String baselinePath = e.get("baseline_constraints");
        if (baselinePath == null) {
            env.log("No baseline: analysis.json only");
            return;
        }
        Path baselineFile = env.path(baselinePath);
        JsonNode baseline;
        try {
            baseline = Json.MAPPER.readTree(baselineFile.toFile());
        } catch (IOException ex) {
            throw new ClientError("the baseline constraints " + baselinePath + " are not JSON: " + ex.getMessage());
        }
        JsonNode analysis = Json.MAPPER.readTree(out.resolve("analysis.json").toFile());
        ArrayNode violations = bias ? biasDrift(baseline, analysis) : attributionDrift(baseline, analysis);
        ObjectNode report = Json.F.objectNode();
        report.put("version", "1.0");
        report.set("violations", violations);
        AtomicFiles.writeString(out.resolve("constraint_violations.json"),
                Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(report));
        env.log("Wrote constraint_violations.json: " + violations.size() + " violation(s)");
    }

    private static int biasRows(ProcessingEnvironment env, Map<String, String> e, ObjectNode cfg,
            List<CaptureRecords.CaptureRecord> records, List<String> features, StringBuilder csv) throws IOException {
        Map<String, String> truths = groundTruth(env, e);
        ObjectNode predictor = Json.F.objectNode();
        attribute(predictor, "label", e.get("inference_attribute"));
        attribute(predictor, "probability", e.get("probability_attribute"));
        Double threshold = e.containsKey("probability_threshold_attribute")
                ? Double.valueOf(e.get("probability_threshold_attribute")) : cfg.has("probability_threshold")
                ? cfg.get("probability_threshold").asDouble() : null;
        List<String[]> rows = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        List<JsonNode> answers = new ArrayList<>();
        Set<String> matched = new LinkedHashSet<>();
        for (CaptureRecords.CaptureRecord r : records) {
            String id = r.inferenceId() != null ? r.inferenceId() : r.eventId();
            String truth = id == null ? null : truths.get(id);
            if (truth == null) {
                continue;
            }
            matched.add(id);
            List<String[]> f = featureRows(r, features.size());
            if (f.size() != 1) {
                throw new ClientError("the captured request of event " + id + " holds " + f.size() + " rows: bias"
                        + " monitoring merges one ground truth with each captured event");
            }
            if (r.output() == null || r.output().data() == null) {
                throw new ClientError("the captured record of event " + id + " has no endpointOutput: capture the"
                        + " endpoint's output (DataCaptureConfig capture_options Output)");
            }
            rows.add(f.get(0));
            labels.add(truth);
            answers.add(ShadowEndpoint.parse(r.output().text(), 1).get(0));
        }
        List<String> unknown = truths.keySet().stream().filter(id -> !matched.contains(id))
                .collect(Collectors.toList());
        if (!unknown.isEmpty()) {
            throw new ClientError(unknown.size() + " of " + truths.size() + " ground-truth record(s) name event ids"
                    + " that none of the " + records.size() + " captured record(s) of the window has (e.g. "
                    + String.join(", ", unknown.subList(0, Math.min(5, unknown.size()))) + "): key ground truth by"
                    + " the capture's eventMetadata.inferenceId where the request carried an InferenceId, by its"
                    + " eventId otherwise");
        }
        if (rows.isEmpty()) {
            throw new ClientError("none of the " + records.size() + " captured record(s) has ground truth: upload"
                    + " it keyed by the capture's inferenceId or eventId");
        }
        boolean continuous = ClarifyAnalyzer.Outcome.of(cfg.get("label_values_or_threshold"),
                labels.toArray(new String[0])).continuous();
        for (int i = 0; i < rows.size(); i++) {
            String predicted = Predictions.label(answers.get(i), predictor, threshold, continuous);
            csv.append(String.join(",", rows.get(i))).append(',').append(labels.get(i)).append(',').append(predicted)
                    .append('\n');
        }
        env.log("Merged " + rows.size() + " captured record(s) with their ground truth");
        return rows.size();
    }

    private static void attribute(ObjectNode predictor, String key, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        if (value.matches("\\d+")) {
            predictor.put(key, Integer.parseInt(value));
        } else {
            predictor.put(key, value);
        }
    }

    private static List<String[]> featureRows(CaptureRecords.CaptureRecord r, int width) {
        String id = r.inferenceId() != null ? r.inferenceId() : r.eventId();
        if (r.input() == null || r.input().data() == null) {
            throw new ClientError("the captured record of event " + id + " has no endpointInput: capture the"
                    + " endpoint's input (DataCaptureConfig capture_options Input)");
        }
        String text = r.input().text().strip();
        if (text.startsWith("{") || text.startsWith("[")) {
            throw new ClientError("the captured request of event " + id + " is JSON: the local Clarify monitor"
                    + " reads text/csv requests");
        }
        List<String[]> out = new ArrayList<>();
        for (String line : text.split("\r?\n")) {
            if (line.isBlank()) {
                continue;
            }
            String[] cells = ClarifyDataset.split(line);
            if (cells.length != width) {
                throw new ClientError("the captured request of event " + id + " has " + cells.length
                        + " value(s) but the analysis config's headers name " + width + " feature(s)");
            }
            out.add(cells);
        }
        return out;
    }

    private static List<CaptureRecords.CaptureRecord> capture(Path dir) throws IOException {
        List<CaptureRecords.CaptureRecord> out = new ArrayList<>();
        for (Path f : files(dir)) {
            try (InputStream in = Files.newInputStream(f)) {
                out.addAll(CaptureRecords.parse(in, dir.relativize(f).toString()));
            } catch (IllegalArgumentException ex) {
                throw new ClientError(ex.getMessage());
            }
        }
        return out;
    }

    /** The ground truth of the window's hours, by event id; a later upload of an id wins. */
    private static Map<String, String> groundTruth(ProcessingEnvironment env, Map<String, String> e)
            throws IOException {
        String where = e.get("ground_truth_path");
        if (where == null) {
            throw new ClientError("the job definition has no GroundTruthS3Input: bias monitoring needs the ground"
                    + " truth");
        }
        Path root = env.path(where);
        Instant start = e.containsKey("start_time") ? Instant.parse(e.get("start_time")) : Instant.MIN;
        Instant end = e.containsKey("end_time") ? Instant.parse(e.get("end_time")) : Instant.MAX;
        Instant first = start == Instant.MIN ? start : start.truncatedTo(ChronoUnit.HOURS);
        Map<String, String> out = new LinkedHashMap<>();
        for (Path f : files(root)) {
            String rel = root.relativize(f).toString().replace('\\', '/');
            Instant hour = CaptureRecords.hourOf("ground-truth/" + rel);
            if (hour == null || hour.isBefore(first) || !hour.isBefore(end)) {
                continue;
            }
            try (BufferedReader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
                String line;
                int n = 0;
                while ((line = r.readLine()) != null) {
                    n++;
                    if (line.isBlank()) {
                        continue;
                    }
                    JsonNode node;
                    try {
                        node = Json.MAPPER.readTree(line);
                    } catch (IOException ex) {
                        throw new ClientError("line " + n + " of ground truth file " + rel + " is not JSON: "
                                + ex.getMessage());
                    }
                    String id = node.path("eventMetadata").path("eventId").asText(null);
                    JsonNode data = node.path("groundTruthData").path("data");
                    if (id == null || id.isBlank() || data.isMissingNode() || data.isNull()) {
                        throw new ClientError("line " + n + " of ground truth file " + rel + " lacks"
                                + " eventMetadata.eventId or groundTruthData.data");
                    }
                    String text = data.isTextual() ? data.asText() : data.toString();
                    if ("BASE64".equalsIgnoreCase(node.path("groundTruthData").path("encoding").asText())) {
                        text = new String(Base64.getDecoder().decode(text), StandardCharsets.UTF_8);
                    }
                    out.put(id, text.strip());
                }
            }
        }
        if (out.isEmpty()) {
            throw new ClientError("there is no ground truth for the window " + start + " to " + end + ": upload JSON"
                    + " Lines {\"groundTruthData\": {\"data\": ..., \"encoding\": \"CSV\"}, \"eventMetadata\":"
                    + " {\"eventId\": ...}, \"eventVersion\": \"0\"} under <ground_truth_s3_uri>/yyyy/mm/dd/hh/");
        }
        return out;
    }

    private static List<Path> files(Path root) throws IOException {
        if (!Files.exists(root)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).filter(f -> !AtomicFiles.isTemporary(f)).sorted()
                    .collect(Collectors.toList());
        }
    }

    /** bias_drift_check: each metric of the window farther from its ideal value than the baseline's. */
    static ArrayNode biasDrift(JsonNode baseline, JsonNode analysis) {
        ArrayNode out = Json.F.arrayNode();
        for (String section : List.of("pre_training_bias_metrics", "post_training_bias_metrics")) {
            JsonNode current = analysis.path(section).path("facets");
            JsonNode base = baseline.path(section).path("facets");
            current.properties().forEach(facet -> {
                for (JsonNode group : facet.getValue()) {
                    String value = group.path("value_or_threshold").asText();
                    JsonNode baseGroup = null;
                    for (JsonNode g : base.path(facet.getKey())) {
                        if (g.path("value_or_threshold").asText().equals(value)) {
                            baseGroup = g;
                        }
                    }
                    if (baseGroup == null) {
                        continue;
                    }
                    for (JsonNode m : group.path("metrics")) {
                        JsonNode b = metric(baseGroup, m.path("name").asText());
                        if (b == null || !b.path("value").isNumber() || !m.path("value").isNumber()) {
                            continue;
                        }
                        double ideal = "DI".equals(m.path("name").asText()) ? 1 : 0;
                        double now = m.path("value").asDouble();
                        if (Math.abs(now - ideal) > Math.abs(b.path("value").asDouble() - ideal) + 1e-12) {
                            ObjectNode v = out.addObject();
                            v.put("facet", facet.getKey());
                            v.put("facet_value", value);
                            v.put("metric_name", m.path("name").asText());
                            v.put("constraint_check_type", "bias_drift_check");
                            v.put("description", "Value " + now + " does not meet the constraint requirement");
                        }
                    }
                }
            });
        }
        return out;
    }

    private static JsonNode metric(JsonNode group, String name) {
        for (JsonNode m : group.path("metrics")) {
            if (name.equals(m.path("name").asText())) {
                return m;
            }
        }
        return null;
    }

    /** feature_attribution_drift_check: each label whose nDCG against the baseline is below 0.9. */
    static ArrayNode attributionDrift(JsonNode baseline, JsonNode analysis) {
        ArrayNode out = Json.F.arrayNode();
        JsonNode base = baseline.path("explanations").path("kernel_shap");
        analysis.path("explanations").path("kernel_shap").properties().forEach(label -> {
            JsonNode b = base.path(label.getKey()).path("global_shap_values");
            JsonNode c = label.getValue().path("global_shap_values");
            if (!b.isObject() || !c.isObject()) {
                return;
            }
            double score = ndcg(values(b), values(c));
            if (!Double.isNaN(score) && score < NDCG_THRESHOLD) {
                ObjectNode v = out.addObject();
                v.put("label", label.getKey());
                v.put("metric_name", "shap");
                v.put("constraint_check_type", "feature_attribution_drift_check");
                v.put("description", "Feature attribution drift " + score + " exceeds threshold " + NDCG_THRESHOLD);
            }
        });
        return out;
    }

    private static Map<String, Double> values(JsonNode global) {
        Map<String, Double> out = new LinkedHashMap<>();
        global.properties().forEach(f -> out.put(f.getKey(), f.getValue().asDouble()));
        return out;
    }

    /**
     * The service's nDCG of feature attribution drift: the current ranking's DCG with the baseline's attributions
     * as gains, over the DCG of the baseline's own ranking.
     *
     * @param baseline the baseline's global SHAP value of each feature
     * @param current  the window's
     * @return the score in [0, 1], or NaN when the baseline's attributions are all zero
     */
    static double ndcg(Map<String, Double> baseline, Map<String, Double> current) {
        List<String> ideal = baseline.keySet().stream()
                .sorted(Comparator.comparingDouble((String f) -> -baseline.get(f))).toList();
        List<String> ranked = current.keySet().stream()
                .sorted(Comparator.comparingDouble((String f) -> -current.get(f))).toList();
        double idcg = 0;
        for (int i = 0; i < ideal.size(); i++) {
            idcg += baseline.get(ideal.get(i)) / log2(i + 2);
        }
        double dcg = 0;
        for (int i = 0; i < ranked.size(); i++) {
            dcg += baseline.getOrDefault(ranked.get(i), 0.0) / log2(i + 2);
        }
        return idcg == 0 ? Double.NaN : dcg / idcg;
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
