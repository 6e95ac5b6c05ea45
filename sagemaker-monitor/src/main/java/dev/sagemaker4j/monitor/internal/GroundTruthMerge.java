/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.monitor.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sagemaker4j.local.AtomicFiles;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The service's ground-truth merge: the ground truth a user uploads under {@code <ground_truth_s3_uri>/yyyy/mm/dd/hh/}
 * as JSON Lines
 *
 * <pre>{@code
 * {"groundTruthData": {"data": "1", "encoding": "CSV"}, "eventMetadata": {"eventId": "…"}, "eventVersion": "0"}
 * }</pre>
 *
 * joined with the endpoint's capture ({@link CaptureRecords}) by event id: a captured record's
 * {@code inferenceId} where the request carried one, its {@code eventId} otherwise. Captured records without
 * ground truth are left out (ground truth often arrives for a part of the traffic only). Ground truth whose id no
 * captured record has, or no match at all, fails the analysis with the ids: a report over nothing is never written.
 */
final class GroundTruthMerge {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int IDS_SHOWN = 5;

    private GroundTruthMerge() {
    }

    /** One uploaded ground-truth value. */
    private record Truth(String data, boolean csv, String where) {
    }

    static QualityObservations merge(Path capture, Path groundTruth, QualityAttributes attributes)
            throws IOException {
        Map<String, Truth> truths = readGroundTruth(groundTruth);
        if (truths.isEmpty()) {
            throw new Table.ClientError("there is no ground truth under the ground truth input: upload JSON Lines"
                    + " {\"groundTruthData\": {\"data\": ..., \"encoding\": \"CSV\"}, \"eventMetadata\":"
                    + " {\"eventId\": ...}, \"eventVersion\": \"0\"} under <ground_truth_s3_uri>/yyyy/mm/dd/hh/");
        }
        QualityObservations obs = new QualityObservations();
        Map<String, Boolean> matched = new LinkedHashMap<>();
        int captured = 0;
        for (Path file : files(capture)) {
            String name = capture.relativize(file).toString();
            List<CaptureRecords.CaptureRecord> records;
            try (InputStream in = Files.newInputStream(file)) {
                records = CaptureRecords.parse(in, name);
            } catch (IllegalArgumentException e) {
                throw new Table.ClientError(e.getMessage());
            }
            for (CaptureRecords.CaptureRecord r : records) {
                captured++;
                String id = r.inferenceId() != null ? r.inferenceId() : r.eventId();
                Truth truth = id == null ? null : truths.get(id);
                if (truth == null) {
                    continue;
                }
                matched.put(id, Boolean.TRUE);
                add(obs, r, truth, id, attributes);
            }
        }
        if (captured == 0) {
            throw new Table.ClientError("the capture under the endpoint input has no records: there is nothing to"
                    + " merge the ground truth with");
        }
        List<String> unknown = truths.keySet().stream().filter(id -> !matched.containsKey(id))
                .collect(Collectors.toList());
        if (!unknown.isEmpty()) {
            throw new Table.ClientError(unknown.size() + " of " + truths.size() + " ground-truth record(s) name"
                    + " event ids that none of the " + captured + " captured record(s) has ("
                    + shown(unknown) + "): key ground truth by the capture's eventMetadata.inferenceId where the"
                    + " request carried an InferenceId, by its eventId otherwise");
        }
        return obs;
    }

    /** Records the service's merge job wrote: a capture record with {@code groundTruthData} beside it. */
    static QualityObservations readMerged(Path merged, QualityAttributes attributes) throws IOException {
        QualityObservations obs = new QualityObservations();
        for (Path file : files(merged)) {
            String name = merged.relativize(file).toString();
            try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                String line;
                int lineNo = 0;
                while ((line = r.readLine()) != null) {
                    lineNo++;
                    if (line.isBlank()) {
                        continue;
                    }
                    JsonNode node = parse(line, name, lineNo);
                    CaptureRecords.CaptureRecord record;
                    try {
                        record = CaptureRecords.record(node, name, lineNo);
                    } catch (IllegalArgumentException e) {
                        throw new Table.ClientError(e.getMessage());
                    }
                    Truth truth = truth(node, name, lineNo);
                    String id = record.inferenceId() != null ? record.inferenceId() : record.eventId();
                    add(obs, record, truth, id, attributes);
                }
            }
        }
        return obs;
    }

    private static void add(QualityObservations obs, CaptureRecords.CaptureRecord r, Truth truth, String id,
            QualityAttributes a) {
        String where = "event " + id;
        if (r.output() == null || r.output().data() == null) {
            throw new Table.ClientError("the captured record of " + where + " has no endpointOutput: capture the"
                    + " endpoint's output (DataCaptureConfig capture_options Output)");
        }
        String data = r.output().text();
        boolean csv = "CSV".equalsIgnoreCase(r.output().encoding())
                || String.valueOf(r.output().observedContentType()).startsWith("text/csv");
        String output = "the endpoint output of " + where;
        String predicted = a.inference != null || a.probability == null
                ? QualityAttributes.payload(data, csv, a.inference, "inference_attribute", output) : null;
        String probability = a.probability == null ? null
                : QualityAttributes.payload(data, csv, a.probability, "probability_attribute", output);
        String actual = QualityAttributes.payload(truth.data, truth.csv, a.groundTruth, "ground_truth_attribute",
                "the ground truth of " + where + " (" + truth.where + ")");
        obs.add(actual, predicted, probability, where);
    }

    private static Map<String, Truth> readGroundTruth(Path root) throws IOException {
        Map<String, Truth> out = new LinkedHashMap<>();
        for (Path file : files(root)) {
            String name = root.relativize(file).toString();
            try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                String line;
                int lineNo = 0;
                while ((line = r.readLine()) != null) {
                    lineNo++;
                    if (line.isBlank()) {
                        continue;
                    }
                    JsonNode node = parse(line, "ground truth file " + name, lineNo);
                    String id = node.path("eventMetadata").path("eventId").asText(null);
                    if (id == null || id.isBlank()) {
                        throw new Table.ClientError("line " + lineNo + " of ground truth file " + name
                                + " has no eventMetadata.eventId");
                    }
                    out.put(id, truth(node, "ground truth file " + name, lineNo)); // a later upload wins
                }
            }
        }
        return out;
    }

    private static Truth truth(JsonNode node, String file, int lineNo) {
        JsonNode gt = node.path("groundTruthData");
        JsonNode data = gt.path("data");
        if (!gt.isObject() || data.isMissingNode() || data.isNull()) {
            throw new Table.ClientError("line " + lineNo + " of " + file + " has no groundTruthData.data");
        }
        String encoding = gt.path("encoding").asText("CSV");
        String text = data.isTextual() ? data.asText() : data.toString();
        boolean csv = !"JSON".equalsIgnoreCase(encoding);
        if ("BASE64".equalsIgnoreCase(encoding)) {
            try {
                text = new String(Base64.getDecoder().decode(text), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                throw new Table.ClientError("line " + lineNo + " of " + file + " is not Base64: " + e.getMessage());
            }
            csv = !text.strip().startsWith("{") && !text.strip().startsWith("[");
        }
        return new Truth(text, csv, file + " line " + lineNo);
    }

    private static JsonNode parse(String line, String file, int lineNo) {
        try {
            JsonNode node = JSON.readTree(line);
            if (node != null && node.isObject()) {
                return node;
            }
        } catch (IOException e) {
            throw new Table.ClientError("line " + lineNo + " of " + file + " is not JSON: " + e.getMessage());
        }
        throw new Table.ClientError("line " + lineNo + " of " + file + " is not a JSON object");
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

    private static String shown(List<String> ids) {
        List<String> first = new ArrayList<>(ids.subList(0, Math.min(IDS_SHOWN, ids.size())));
        return "e.g. " + String.join(", ", first) + (ids.size() > IDS_SHOWN ? ", ..." : "");
    }
}
