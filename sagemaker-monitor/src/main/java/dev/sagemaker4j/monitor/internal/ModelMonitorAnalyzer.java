/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.monitor.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sagemaker4j.local.AtomicFiles;
import dev.sagemaker4j.processing.LocalContainerProgram;
import dev.sagemaker4j.processing.ProcessingEnvironment;
import dev.sagemaker4j.processing.ProcessingScript;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The local backend's Model Monitor analyzer: the program of the {@code sagemaker-model-monitor-analyzer} image,
 * run in-process (registered as a {@link LocalContainerProgram}). It reads the container contract the service's
 * image reads: {@code dataset_format}, {@code dataset_source}, {@code output_path}, and for a monitoring execution
 * {@code baseline_statistics} and {@code baseline_constraints}. Without a baseline it writes
 * {@code statistics.json} and {@code constraints.json} (a baselining job); with one, {@code statistics.json} and
 * {@code constraint_violations.json} (a monitoring execution). An empty data set, ragged rows or an unknown format
 * fail the job with a ClientError; nothing is published. With {@code analysis_type=MODEL_QUALITY} it evaluates a
 * model's predictions against ground truth instead (ModelQualityAnalysis).
 */
public final class ModelMonitorAnalyzer implements LocalContainerProgram {
    /** The analyzer image's repository, as image_uris' {@code model-monitor} names it. */
    public static final String REPOSITORY = "sagemaker-model-monitor-analyzer";

    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** Creates the program (ServiceLoader). */
    public ModelMonitorAnalyzer() {
    }

    @Override
    public String imageRepository() {
        return REPOSITORY;
    }

    // every read here is a read: a baselining job's data set is linked into the job, not copied
    @Override
    public boolean readsInputsInPlace() {
        return true;
    }

    @Override
    public ProcessingScript newScript() {
        return ModelMonitorAnalyzer::analyze;
    }

    private static void analyze(ProcessingEnvironment env) throws IOException {
        Map<String, String> e = env.environment();
        for (String script : List.of("record_preprocessor_script", "post_analytics_processor_script")) {
            if (e.containsKey(script)) {
                throw new Table.ClientError("the local analyzer runs no Python " + script.replace('_', ' ')
                        + " (" + e.get(script) + "); run this job on the sagemaker backend, or leave it out");
            }
        }
        if (ModelQualityAnalysis.ANALYSIS_TYPE.equals(e.get("analysis_type"))) {
            ModelQualityAnalysis.run(env);
            return;
        }
        String format = require(e, "dataset_format");
        JsonNode datasetFormat;
        try {
            datasetFormat = JSON.readTree(format);
        } catch (IOException ex) {
            throw new Table.ClientError("dataset_format is not JSON: " + format);
        }
        Path source = env.path(require(e, "dataset_source"));
        Path output = env.path(require(e, "output_path"));
        JsonNode baselineStatistics = readOptional(env, e.get("baseline_statistics"));
        JsonNode baselineConstraints = readOptional(env, e.get("baseline_constraints"));
        if (!Files.exists(source)) {
            throw new Table.ClientError("the dataset_source " + e.get("dataset_source") + " does not exist");
        }
        List<String> names = null;
        if (baselineConstraints != null && datasetFormat.has("sagemakerCaptureJson")) {
            names = new ArrayList<>();
            for (JsonNode f : baselineConstraints.path("features")) {
                names.add(f.path("name").asText());
            }
        }
        // a baselining job (no baseline to check against) needs no categories of the columns that are numeric
        Table table = Table.read(source, datasetFormat, names, baselineConstraints == null);
        if (table.rows == 0) {
            throw new Table.ClientError("the data set under " + e.get("dataset_source")
                    + " has no records: there is nothing to analyze");
        }
        env.log("Analyzed " + table.rows + " record(s), " + table.features.size() + " feature(s)");
        Files.createDirectories(output);
        JsonNodeFactory f = JSON.getNodeFactory();
        write(output.resolve("statistics.json"), statistics(table, f));
        if (baselineConstraints == null) {
            write(output.resolve("constraints.json"),
                    ConstraintRules.suggest(table, e.get("categorical_drift_method"), f));
        } else {
            ArrayNode violations = ConstraintRules.check(table, baselineStatistics, baselineConstraints, f);
            ObjectNode doc = f.objectNode();
            doc.set("violations", violations);
            write(output.resolve("constraint_violations.json"), doc);
            env.log(violations.size() + " constraint violation(s)");
        }
    }

    static ObjectNode statistics(Table table, JsonNodeFactory f) {
        ObjectNode doc = f.objectNode();
        doc.put("version", 0.0);
        doc.putObject("dataset").put("item_count", table.rows);
        ArrayNode features = doc.putArray("features");
        for (FeatureStats s : table.features) {
            features.add(s.toJson(f));
        }
        return doc;
    }

    private static String require(Map<String, String> env, String name) {
        String v = env.get(name);
        if (v == null || v.isBlank()) {
            throw new Table.ClientError("the environment variable " + name + " is missing");
        }
        return v;
    }

    private static JsonNode readOptional(ProcessingEnvironment env, String containerPath) throws IOException {
        if (containerPath == null || containerPath.isBlank()) {
            return null;
        }
        Path p = env.path(containerPath);
        if (!Files.isRegularFile(p)) {
            throw new Table.ClientError("the baseline file " + containerPath + " does not exist");
        }
        try {
            return JSON.readTree(p.toFile());
        } catch (IOException ex) {
            throw new Table.ClientError("the baseline file " + containerPath + " is not JSON: " + ex.getMessage());
        }
    }

    /** Writes a whole file or nothing (AtomicFiles). */
    private static void write(Path target, JsonNode doc) throws IOException {
        AtomicFiles.writeString(target, JSON.writeValueAsString(doc));
    }
}
