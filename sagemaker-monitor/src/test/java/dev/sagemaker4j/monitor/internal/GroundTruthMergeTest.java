/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.monitor.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GroundTruthMergeTest {
    @TempDir
    Path dir;

    static String captured(String eventId, String inferenceId, String output, String encoding, String type) {
        return "{\"captureData\":{\"endpointInput\":{\"observedContentType\":\"application/json\",\"mode\":\"INPUT\","
                + "\"data\":\"e30=\",\"encoding\":\"BASE64\"},\"endpointOutput\":{\"observedContentType\":\"" + type
                + "\",\"mode\":\"OUTPUT\",\"data\":\"" + output + "\",\"encoding\":\"" + encoding + "\"}},"
                + "\"eventMetadata\":{\"eventId\":\"" + eventId + "\""
                + (inferenceId == null ? "" : ",\"inferenceId\":\"" + inferenceId + "\"")
                + ",\"inferenceTime\":\"2026-12-06T05:00:00Z\"},\"eventVersion\":\"0\"}\n";
    }

    static String truth(String id, String data, String encoding) {
        return "{\"groundTruthData\":{\"data\":" + data + ",\"encoding\":\"" + encoding + "\"},"
                + "\"eventMetadata\":{\"eventId\":\"" + id + "\"},\"eventVersion\":\"0\"}\n";
    }

    static String base64(String s) {
        return Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void merge_jsonOutputAndJsonGroundTruth_locatesValuesByJsonPath() throws Exception {
        Path capture = Files.createDirectories(dir.resolve("capture/ep/AllTraffic/2026/12/06/05"));
        Files.writeString(capture.resolve("a.jsonl"),
                captured("e1", "r1", base64("{\"predictions\":[{\"score\":0.8,\"predicted_label\":1}]}"),
                        "BASE64", "application/json")
                + captured("e2", null, base64("{\"predictions\":[{\"score\":0.3,\"predicted_label\":0}]}"),
                        "BASE64", "application/json")
                + captured("e3", null, base64("{\"predictions\":[{\"score\":0.6,\"predicted_label\":1}]}"),
                        "BASE64", "application/json"));
        Path gt = Files.createDirectories(dir.resolve("gt/2026/12/06/06"));
        Files.writeString(gt.resolve("g.jsonl"), truth("r1", "\"{\\\"label\\\": 1}\"", "JSON")
                + truth("e2", "\"{\\\"label\\\": 1}\"", "JSON"));

        QualityObservations obs = GroundTruthMerge.merge(dir.resolve("capture"), dir.resolve("gt"),
                QualityAttributes.of(Map.of("inference_attribute", "$.predictions[0].predicted_label",
                        "probability_attribute", "predictions[0].score", "ground_truth_attribute", "$.label")));

        assertThat(obs.size()).isEqualTo(2);
        assertThat(obs.actual).containsExactly("1", "1");
        assertThat(obs.predicted).containsExactly("1", "0");
        assertThat(obs.probability).containsExactly("0.8", "0.3");
        assertThat(obs.where).containsExactly("event r1", "event e2");
    }

    @Test
    void merge_groundTruthKeyedByEventIdOfARequestWithAnInferenceId_isUnknown() throws Exception {
        Path capture = Files.createDirectories(dir.resolve("capture/ep/AllTraffic/2026/12/06/05"));
        Files.writeString(capture.resolve("a.jsonl"), captured("e1", "r1", "1", "CSV", "text/csv"));
        Path gt = Files.createDirectories(dir.resolve("gt/2026/12/06/06"));
        Files.writeString(gt.resolve("g.jsonl"), truth("e1", "\"1\"", "CSV"));

        assertThatThrownBy(() -> GroundTruthMerge.merge(dir.resolve("capture"), dir.resolve("gt"),
                QualityAttributes.of(Map.of())))
                .isInstanceOf(Table.ClientError.class).hasMessageContaining("1 of 1 ground-truth record(s)")
                .hasMessageContaining("e.g. e1");
    }

    @Test
    void merge_emptyCapture_failsWithTheReason() throws Exception {
        Files.createDirectories(dir.resolve("capture"));
        Path gt = Files.createDirectories(dir.resolve("gt"));
        Files.writeString(gt.resolve("g.jsonl"), truth("e1", "\"1\"", "CSV"));

        assertThatThrownBy(() -> GroundTruthMerge.merge(dir.resolve("capture"), dir.resolve("gt"),
                QualityAttributes.of(Map.of())))
                .isInstanceOf(Table.ClientError.class).hasMessageContaining("has no records");
    }

    @Test
    void readMerged_recordsOfTheServicesMergeJob_areEvaluatedAsTheyStand() throws Exception {
        Path merged = Files.createDirectories(dir.resolve("merged/2026/12/06/05"));
        String record = captured("e1", null, "0.9,0.1", "CSV", "text/csv");
        Files.writeString(merged.resolve("m.jsonl"), record.replace("\"eventVersion\":\"0\"}",
                "\"eventVersion\":\"0\",\"groundTruthData\":{\"data\":\"1\",\"encoding\":\"CSV\"}}"));

        QualityObservations obs = GroundTruthMerge.readMerged(dir.resolve("merged"),
                QualityAttributes.of(Map.of("probability_attribute", "0")));

        assertThat(obs.actual).containsExactly("1");
        assertThat(obs.probability).containsExactly("0.9");
        assertThat(obs.predicted).containsExactly((String) null);
    }
}
