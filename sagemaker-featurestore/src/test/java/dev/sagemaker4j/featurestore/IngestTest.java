/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.featurestore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sagemaker4j.Session;
import dev.sagemaker4j.exceptions.ValidationException;
import dev.sagemaker4j.progress.ProgressEvent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.Float8Vector;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestTest {
    @TempDir
    Path root;
    Session session;
    BufferAllocator allocator;
    final List<ProgressEvent> events = new CopyOnWriteArrayList<>();

    @BeforeEach
    void open() {
        session = Session.builder().backend("local").root(root).progressListener(events::add).build();
        allocator = new RootAllocator();
    }

    @AfterEach
    void close() {
        session.close();
        allocator.close();
    }

    static VectorSchemaRoot table(BufferAllocator allocator, int rows, int badEvery) {
        BigIntVector id = new BigIntVector("customer_id", allocator);
        VarCharVector time = new VarCharVector("event_time", allocator);
        Float8Vector spend = new Float8Vector("spend", allocator);
        id.allocateNew(rows);
        time.allocateNew(rows);
        spend.allocateNew(rows);
        for (int i = 0; i < rows; i++) {
            id.set(i, i);
            String t = badEvery > 0 && i % badEvery == 0 ? "not-a-time" : "2024-01-01T00:00:00Z";
            time.setSafe(i, t.getBytes(StandardCharsets.UTF_8));
            if (i % 7 == 0) {
                spend.setNull(i);
            } else {
                spend.set(i, i * 0.5);
            }
        }
        VectorSchemaRoot root = new VectorSchemaRoot(List.of(id, time, spend));
        root.setRowCount(rows);
        return root;
    }

    @Test
    void ingest_arrowTableWithBadRows_failedRowsReportedRestCommitted() {
        FeatureGroup g = new FeatureGroup("customers", session);
        try (VectorSchemaRoot t = table(allocator, 10_000, 1000)) {
            g.loadFeatureDefinitions(t);
            g.create(c -> c.s3Uri("s3://bucket/fs").recordIdentifierName("customer_id")
                    .eventTimeFeatureName("event_time").enableOnlineStore(true));
            IngestionManager m = g.ingest(t, i -> i.maxWorkers(3).wait(false));
            assertThatThrownBy(() -> m.await(Duration.ofMinutes(1))).isInstanceOf(IngestionError.class)
                    .satisfies(e -> assertThat(((IngestionError) e).failedRows())
                            .containsExactly(0L, 1000L, 2000L, 3000L, 4000L, 5000L, 6000L, 7000L, 8000L, 9000L))
                    .hasMessageContaining("not-a-time");
        }
        assertThat(g.getRecord("0")).isEmpty();
        assertThat(FeatureGroupTest.asMap(g.getRecord("13"))).containsEntry("spend", "6.5");
        assertThat(FeatureGroupTest.asMap(g.getRecord("14"))).doesNotContainKey("spend");
        AthenaQuery q = g.athenaQuery();
        try (VectorSchemaRoot r = q.run("SELECT count(*) AS n FROM \"" + q.tableName() + "\"", allocator)) {
            assertThat(((BigIntVector) r.getVector("n")).get(0)).isEqualTo(9_990);
        }
        assertThat(events).isNotEmpty();
        assertThat(events.get(events.size() - 1).done()).isEqualTo(10_000);
    }

    @Test
    void ingest_rows_unknownColumnFailsThatRowOnly() {
        FeatureGroup g = FeatureGroupTest.customers(session, "customers", null);
        Map<String, Object> bad = FeatureGroupTest.row(2, "2024-01-01T00:00:00Z", 1.0, null);
        bad.put("colour", "red");
        IngestionManager m = g.ingest(List.of(FeatureGroupTest.row(1, "2024-01-01T00:00:00Z", 1.0, null), bad),
                i -> i.wait(false));
        assertThatThrownBy(() -> m.await(Duration.ofMinutes(1))).isInstanceOf(IngestionError.class);
        assertThat(m.failedRows()).containsExactly(1L);
        assertThat(m.errors().get(1L)).isInstanceOf(ValidationException.class).hasMessageContaining("colour");
        assertThat(g.getRecord("1")).isNotEmpty();
    }

    @Test
    void ingest_unknownArrowColumn_rejectedBeforeWriting() {
        FeatureGroup g = new FeatureGroup("customers", session);
        g.featureDefinitions(List.of(FeatureDefinition.integral("customer_id"), FeatureDefinition.string("event_time")));
        g.create(c -> c.recordIdentifierName("customer_id").eventTimeFeatureName("event_time").enableOnlineStore(true));
        try (VectorSchemaRoot t = table(allocator, 10, 0)) {
            assertThatThrownBy(() -> g.ingest(t)).isInstanceOf(ValidationException.class)
                    .hasMessageContaining("spend");
        }
        assertThat(g.getRecord("1")).isEmpty();
    }
    @Test
    void ingest_typedColumnsOfOtherFeatureTypes_stillValidatedPerRow() {
        FeatureGroup g = new FeatureGroup("typed", session);
        g.featureDefinitions(List.of(FeatureDefinition.integral("customer_id"), FeatureDefinition.string("event_time"),
                FeatureDefinition.integral("spend"), FeatureDefinition.fractional("visits")));
        g.create(c -> c.recordIdentifierName("customer_id").eventTimeFeatureName("event_time").enableOnlineStore(true));
        BigIntVector id = new BigIntVector("customer_id", allocator);
        VarCharVector time = new VarCharVector("event_time", allocator);
        Float8Vector spend = new Float8Vector("spend", allocator);
        BigIntVector visits = new BigIntVector("visits", allocator);
        try (VectorSchemaRoot t = new VectorSchemaRoot(List.of(id, time, spend, visits))) {
            t.allocateNew();
            for (int i = 0; i < 3; i++) {
                id.setSafe(i, i);
                time.setSafe(i, "2024-01-01T00:00:00Z".getBytes(StandardCharsets.UTF_8));
                visits.setSafe(i, 10L + i);
            }
            // a floating point cell is not an Integral value; a null cell is left out
            spend.setSafe(0, 1.5);
            spend.setNull(1);
            spend.setSafe(2, 2.0);
            t.setRowCount(3);
            IngestionManager m = g.ingest(t, i -> i.wait(false));
            assertThatThrownBy(() -> m.await(Duration.ofMinutes(1))).isInstanceOf(IngestionError.class);
            assertThat(m.failedRows()).containsExactly(0L, 2L);
            assertThat(m.errors().get(0L)).isInstanceOf(ValidationException.class)
                    .hasMessageContaining("spend").hasMessageContaining("1.5");
        }
        // an integer cell is a valid Fractional value
        assertThat(FeatureGroupTest.asMap(g.getRecord("1"))).containsEntry("visits", "11")
                .doesNotContainKey("spend");
    }

    @Test
    void ingest_oneIdentifierSeveralTimesInOneBatch_newestOnlineEveryRowOffline() {
        FeatureGroup g = FeatureGroupTest.customers(session, "customers", null);
        g.putRecord(FeatureGroupTest.row(2, "2024-03-01T00:00:00Z", 9.0, null));
        BigIntVector id = new BigIntVector("customer_id", allocator);
        VarCharVector time = new VarCharVector("event_time", allocator);
        Float8Vector spend = new Float8Vector("spend", allocator);
        String[] times = {"2024-01-02T00:00:00Z", "2024-01-03T00:00:00Z", "2024-01-01T00:00:00Z",
                "2024-01-03T00:00:00Z", "2024-02-01T00:00:00Z"};
        long[] ids = {1, 1, 1, 1, 2};
        try (VectorSchemaRoot t = new VectorSchemaRoot(List.of(id, time, spend))) {
            t.allocateNew();
            for (int i = 0; i < times.length; i++) {
                id.setSafe(i, ids[i]);
                time.setSafe(i, times[i].getBytes(StandardCharsets.UTF_8));
                spend.setSafe(i, i + 0.5);
            }
            t.setRowCount(times.length);
            g.ingest(t);
        }
        // the newest event time wins, the later of two equal ones; an older row does not replace a newer record
        assertThat(FeatureGroupTest.asMap(g.getRecord("1"))).containsEntry("spend", "3.5")
                .containsEntry("event_time", "2024-01-03T00:00:00Z");
        assertThat(FeatureGroupTest.asMap(g.getRecord("2"))).containsEntry("spend", "9.0");
        AthenaQuery q = g.athenaQuery();
        try (VectorSchemaRoot r = q.run("SELECT count(*) AS n FROM \"" + q.tableName() + "\"", allocator)) {
            assertThat(((BigIntVector) r.getVector("n")).get(0)).isEqualTo(6);
        }
    }
}
