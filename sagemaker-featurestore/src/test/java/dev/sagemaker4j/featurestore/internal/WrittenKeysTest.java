/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.featurestore.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sagemaker4j.Session;
import dev.sagemaker4j.featurestore.FeatureDefinition;
import dev.sagemaker4j.featurestore.FeatureGroup;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.sagemakerfeaturestoreruntime.model.DeletionMode;
import software.amazon.awssdk.services.sagemakerfeaturestoreruntime.model.FeatureValue;

class WrittenKeysTest {
    @TempDir
    Path root;

    private static byte[] key(long i) {
        return ("g\u0000" + i).getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void mayContain_everyAddedKeyOverSeveralFilters_trueAndFewFalsePositives() {
        WrittenKeys keys = WrittenKeys.empty();
        assertThat(keys.mayContain(key(1))).isFalse();
        int n = 300_000;
        for (int i = 0; i < n; i++) {
            keys.add(key(i));
        }
        for (int i = 0; i < n; i++) {
            assertThat(keys.mayContain(key(i))).isTrue();
        }
        int falsePositives = 0;
        for (int i = n; i < 2 * n; i++) {
            falsePositives += keys.mayContain(key(i)) ? 1 : 0;
        }
        assertThat(falsePositives).isLessThan(n / 20);
    }

    @Test
    void mayContain_unknownOrPastTheLimit_trueForEveryKey() {
        assertThat(WrittenKeys.unknown().mayContain(key(1))).isTrue();
        WrittenKeys keys = WrittenKeys.empty();
        for (long i = 0; i <= WrittenKeys.MAX_KEYS; i++) {
            keys.add(key(i));
        }
        assertThat(keys.mayContain(key(-1))).isTrue();
        assertThat(keys.mayContain(key(0))).isTrue();
    }

    @Test
    void newestWins_freshGroupHardDeleteReopenAndRecreate_olderWritesRefusedOnlyWhileANewerRecordIsStored() {
        try (Session session = Session.local(root)) {
            FeatureGroup g = group(session);
            g.putRecord(record(1, "2024-01-02T00:00:00Z", 2));
            // an older event time of the same record, in an ingest that also writes new records
            List<Map<String, Object>> rows = new ArrayList<>();
            rows.add(record(1, "2024-01-01T00:00:00Z", 1));
            rows.add(record(2, "2024-01-01T00:00:00Z", 1));
            rows.add(record(2, "2023-12-31T00:00:00Z", 0));
            g.ingest(rows);
            assertThat(n(g, "1")).isEqualTo("2");
            assertThat(n(g, "2")).isEqualTo("1");

            g.deleteRecord("1", "2024-01-03T00:00:00Z", DeletionMode.HARD_DELETE);
            g.putRecord(record(1, "2020-01-01T00:00:00Z", 7));
            assertThat(n(g, "1")).isEqualTo("7");
        }
        try (Session session = Session.local(root)) {
            // a group with records when first written in this process: every key is looked up
            FeatureGroup g = new FeatureGroup("g", session);
            g.putRecord(record(2, "2022-01-01T00:00:00Z", 9));
            assertThat(n(g, "2")).isEqualTo("1");
            g.delete();
            FeatureGroup again = group(session);
            again.putRecord(record(2, "2022-01-01T00:00:00Z", 9));
            assertThat(n(again, "2")).isEqualTo("9");
            again.putRecord(record(2, "2021-01-01T00:00:00Z", 8));
            assertThat(n(again, "2")).isEqualTo("9");
        }
    }

    private static FeatureGroup group(Session session) {
        FeatureGroup g = new FeatureGroup("g", session);
        g.featureDefinitions(List.of(FeatureDefinition.integral("id"), FeatureDefinition.string("event_time"),
                FeatureDefinition.integral("n")));
        g.create(c -> c.s3Uri("s3://bucket/fs").recordIdentifierName("id")
                .eventTimeFeatureName("event_time").enableOnlineStore(true));
        return g;
    }

    private static Map<String, Object> record(long id, String time, long n) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id);
        m.put("event_time", time);
        m.put("n", n);
        return m;
    }

    private static String n(FeatureGroup g, String id) {
        return g.getRecord(id).orElse(List.of()).stream().filter(v -> v.featureName().equals("n")).map(FeatureValue::valueAsString)
                .findFirst().orElse(null);
    }
}
