/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.featurestore;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sagemaker4j.Session;
import dev.sagemaker4j.spi.AuditApi;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The audit trail records PutRecord and DeleteRecord as state changes, never the record's values. */
class AuditedRecordsTest {
    @TempDir
    Path root;

    @Test
    void putRecord_recordedWithoutItsValues_getRecordNotRecorded() throws Exception {
        try (Session session = Session.local(root)) {
            FeatureGroup g = new FeatureGroup("customers", session);
            g.featureDefinitions(List.of(FeatureDefinition.string("id"), FeatureDefinition.string("event_time"),
                    FeatureDefinition.string("ssn")));
            g.create(c -> c.s3Uri("s3://bucket/fs").recordIdentifierName("id")
                    .eventTimeFeatureName("event_time").enableOnlineStore(true));
            g.putRecord(Map.of("id", "c-42", "event_time", "2024-01-01T00:00:00Z", "ssn", "078-05-1120"));
            assertThat(g.getRecord("c-42")).isPresent();

            List<AuditApi.Event> events = session.auditTrail().lookupEvents().events();

            assertThat(events).extracting(AuditApi.Event::eventName).containsExactly("PutRecord",
                    "CreateFeatureGroup");
            AuditApi.Event put = events.get(0);
            assertThat(put.resourceName()).isEqualTo("customers");
            assertThat(put.requestParameters()).contains("\"Record\":\"(3 items, not logged)\"")
                    .doesNotContain("078-05-1120").doesNotContain("c-42");
            assertThat(Files.readString(root.resolve("audit/trail.jsonl"))).doesNotContain("078-05-1120");
            assertThat(session.auditTrail().verify().valid()).isTrue();
        }
    }
}
