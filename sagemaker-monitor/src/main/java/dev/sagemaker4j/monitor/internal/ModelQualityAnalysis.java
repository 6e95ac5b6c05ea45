/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.monitor.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sagemaker4j.local.AtomicFiles;
import dev.sagemaker4j.processing.ProcessingEnvironment;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The analyzer's {@code analysis_type=MODEL_QUALITY}: the environment of the service's model-quality container
 * ({@code problem_type}, {@code ground_truth_attribute}, {@code inference_attribute}, {@code probability_attribute},
 * {@code probability_threshold_attribute}, {@code dataset_format}, {@code dataset_source}, {@code output_path},
 * {@code baseline_constraints}). The data is a labelled data set (CSV or JSON Lines, the columns named by the
 * attributes), records merged by the service's ground-truth merge ({@code sagemakerMergeJson}), or an endpoint's
 * capture ({@code sagemakerCaptureJson}) with the ground truth at {@code ground_truth_source}, merged here by event
 * id. Without baseline constraints it writes statistics.json and constraints.json (a baselining job); with them,
 * statistics.json and constraint_violations.json (a monitoring execution).
 */
final class ModelQualityAnalysis {
    /** The value of {@code analysis_type} that selects this analysis. */
    static final String ANALYSIS_TYPE = "MODEL_QUALITY";

    private ModelQualityAnalysis() {
    }

    static void run(ProcessingEnvironment env) throws IOException {
        Map<String, String> e = env.environment();
        String problemType = require(e, "problem_type");
        QualityMetrics.section(problemType);
        QualityAttributes attributes = QualityAttributes.of(e);
        String format = require(e, "dataset_format");
        JsonNode datasetFormat;
        try {
            datasetFormat = ModelMonitorAnalyzer.JSON.readTree(format);
        } catch (IOException ex) {
            throw new Table.ClientError("dataset_format is not JSON: " + format);
        }
        Path source = env.path(require(e, "dataset_source"));
        Path output = env.path(require(e, "output_path"));
        if (!Files.exists(source)) {
            throw new Table.ClientError("the dataset_source " + e.get("dataset_source") + " does not exist");
        }
        JsonNode constraints = null;
        String constraintsPath = e.get("baseline_constraints");
        if (constraintsPath != null && !constraintsPath.isBlank()) {
            Path p = env.path(constraintsPath);
            if (!Files.isRegularFile(p)) {
                throw new Table.ClientError("the baseline file " + constraintsPath + " does not exist");
            }
            try {
                constraints = ModelMonitorAnalyzer.JSON.readTree(p.toFile());
            } catch (IOException ex) {
                throw new Table.ClientError("the baseline file " + constraintsPath + " is not JSON: "
                        + ex.getMessage());
            }
        }
        QualityObservations obs;
        if (datasetFormat.has("sagemakerCaptureJson")) {
            String gt = e.get("ground_truth_source");
            if (gt == null || gt.isBlank()) {
                throw new Table.ClientError("captured data needs its ground truth: ground_truth_source is missing");
            }
            obs = GroundTruthMerge.merge(source, env.path(gt), attributes);
        } else if (datasetFormat.has("sagemakerMergeJson")) {
            obs = GroundTruthMerge.readMerged(source, attributes);
        } else if (datasetFormat.has("csv") || datasetFormat.has("json")) {
            obs = labelled(source, datasetFormat, attributes);
        } else {
            throw new Table.ClientError("the dataset_format " + format
                    + " is not csv, json, sagemakerCaptureJson or sagemakerMergeJson");
        }
        if (obs.size() == 0) {
            throw new Table.ClientError("the data set under " + e.get("dataset_source")
                    + " has no labelled records: there is nothing to evaluate");
        }
        JsonNodeFactory f = ModelMonitorAnalyzer.JSON.getNodeFactory();
        ObjectNode statistics = QualityMetrics.statistics(problemType, obs, attributes.threshold, f);
        env.log("Evaluated " + obs.size() + " labelled record(s) for " + problemType);
        Files.createDirectories(output);
        AtomicFiles.writeJson(output.resolve("statistics.json"), statistics);
        if (constraints == null) {
            AtomicFiles.writeJson(output.resolve("constraints.json"),
                    QualityConstraints.suggest(problemType, statistics, f));
        } else {
            ArrayNode violations = QualityConstraints.check(problemType, statistics, constraints, f);
            ObjectNode doc = f.objectNode();
            doc.set("violations", violations);
            AtomicFiles.writeJson(output.resolve("constraint_violations.json"), doc);
            env.log(violations.size() + " constraint violation(s)");
        }
    }

    /** A labelled data set: CSV (the attributes name header columns, or index them) or JSON Lines. */
    private static QualityObservations labelled(Path source, JsonNode format, QualityAttributes a)
            throws IOException {
        if (a.groundTruth == null) {
            throw new Table.ClientError("ground_truth_attribute is missing: name the column of the labels");
        }
        if (a.inference == null && a.probability == null) {
            throw new Table.ClientError("inference_attribute and probability_attribute are both missing: name the"
                    + " column of the predictions (or of the probabilities)");
        }
        QualityObservations obs = new QualityObservations();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(source)) {
            files = walk.filter(Files::isRegularFile).filter(p -> !AtomicFiles.isTemporary(p)).sorted()
                    .collect(Collectors.toList());
        }
        boolean csv = format.has("csv");
        boolean header = format.path("csv").path("header").asBoolean(true);
        for (Path file : files) {
            String name = source.relativize(file).toString();
            try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                String line;
                int lineNo = 0;
                List<String> columns = null;
                while ((line = r.readLine()) != null) {
                    lineNo++;
                    if (line.isBlank()) {
                        continue;
                    }
                    String where = "line " + lineNo + " of " + name;
                    if (csv) {
                        List<String> cells = Table.Csv.split(line);
                        if (header && columns == null) {
                            columns = cells.stream().map(String::trim).collect(Collectors.toList());
                            continue;
                        }
                        obs.add(QualityAttributes.cell(cells, columns, a.groundTruth, "ground_truth_attribute", where),
                                a.inference == null ? null
                                        : QualityAttributes.cell(cells, columns, a.inference, "inference_attribute",
                                                where),
                                a.probability == null ? null
                                        : QualityAttributes.cell(cells, columns, a.probability,
                                                "probability_attribute", where),
                                where);
                    } else {
                        JsonNode record;
                        try {
                            record = ModelMonitorAnalyzer.JSON.readTree(line);
                        } catch (IOException ex) {
                            throw new Table.ClientError(where + " is not JSON: " + ex.getMessage());
                        }
                        obs.add(QualityAttributes.json(record, a.groundTruth, "ground_truth_attribute", where),
                                a.inference == null ? null
                                        : QualityAttributes.json(record, a.inference, "inference_attribute", where),
                                a.probability == null ? null
                                        : QualityAttributes.json(record, a.probability, "probability_attribute",
                                                where),
                                where);
                    }
                }
            }
        }
        return obs;
    }

    private static String require(Map<String, String> env, String name) {
        String v = env.get(name);
        if (v == null || v.isBlank()) {
            throw new Table.ClientError("the environment variable " + name + " is missing");
        }
        return v;
    }
}
