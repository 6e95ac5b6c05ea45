/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.featurestore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sagemaker4j.Session;
import dev.sagemaker4j.exceptions.ValidationException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.TimeStampMicroTZVector;
import org.apache.arrow.vector.TimeStampNanoTZVector;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.sagemakerfeaturestoreruntime.model.DeletionMode;

/** Point-in-time conformance: Feast's documented example and duplicate-timestamp cases. */
class DatasetBuilderTest {
    @TempDir
    Path root;
    Session session;
    BufferAllocator allocator;
    FeatureGroup drivers;

    @BeforeEach
    void open() {
        session = Session.local(root);
        allocator = new RootAllocator();
        drivers = new FeatureGroup("driver_stats", session);
        drivers.featureDefinitions(List.of(FeatureDefinition.integral("driver_id"),
                FeatureDefinition.string("event_time"), FeatureDefinition.integral("trips")));
        drivers.create(c -> c.s3Uri("s3://bucket/fs").recordIdentifierName("driver_id")
                .eventTimeFeatureName("event_time").enableOnlineStore(true));
        put(1001, "10:00", 5);
        put(1001, "12:00", 7);
        put(1002, "10:00", 50);
    }

    @AfterEach
    void close() {
        session.close();
        allocator.close();
    }

    void put(long id, String hhmm, long trips) {
        drivers.putRecord(Map.of("driver_id", id, "event_time", "2021-04-12T" + hhmm + ":00Z", "trips", trips));
    }

    VectorSchemaRoot base(Object[][] rows) {
        BigIntVector id = new BigIntVector("driver_id", allocator);
        TimeStampMicroTZVector ts = new TimeStampMicroTZVector("ts", allocator, "UTC");
        BigIntVector label = new BigIntVector("label", allocator);
        for (int i = 0; i < rows.length; i++) {
            id.setSafe(i, (Long) rows[i][0]);
            Instant t = Instant.parse("2021-04-12T" + rows[i][1] + ":00Z");
            ts.setSafe(i, t.getEpochSecond() * 1_000_000L);
            label.setSafe(i, i);
        }
        VectorSchemaRoot root = new VectorSchemaRoot(List.of(id, ts, label));
        root.setRowCount(rows.length);
        return root;
    }

    static List<Long> trips(VectorSchemaRoot r) {
        List<Long> out = new ArrayList<>();
        BigIntVector v = (BigIntVector) r.getVector("trips");
        for (int i = 0; i < r.getRowCount(); i++) {
            out.add(v.isNull(i) ? null : v.get(i));
        }
        return out;
    }

    static final Object[][] FEAST = {
        {1001L, "09:00"}, // before the first feature row: null
        {1001L, "10:00"}, // inclusive
        {1001L, "11:59"},
        {1001L, "12:30"},
        {1001L, "23:00"}, // 11 hours after the last feature row: null with a 2 hour TTL
        {1002L, "10:00"},
        {1003L, "12:00"}, // no features at all
        {1001L, "12:30"}, // a duplicate base row keeps its own output row
    };

    @Test
    void pointInTimeJoin_feastExample_oneRowPerBaseRow() {
        try (VectorSchemaRoot b = base(FEAST);
             VectorSchemaRoot r = new FeatureStore(session).createDataset(b, "s3://bucket/ds", d -> d
                     .recordIdentifierFeatureName("driver_id").eventTimeIdentifierFeatureName("ts"))
                     .withFeatureGroup(drivers, "driver_id", List.of("trips")).pointInTimeAccurateJoin()
                     .toArrow(allocator)) {
            assertThat(trips(r)).containsExactly(null, 5L, 5L, 7L, 7L, 50L, null, 7L);
            assertThat(((BigIntVector) r.getVector("label")).get(7)).isEqualTo(7);
        }
    }

    @Test
    void pointInTimeJoin_ttlWindow_nullsStaleRows() {
        try (VectorSchemaRoot b = base(FEAST);
             VectorSchemaRoot r = new FeatureStore(session).createDataset(b, "s3://bucket/ds", d -> d
                     .recordIdentifierFeatureName("driver_id").eventTimeIdentifierFeatureName("ts"))
                     .withFeatureGroup(drivers, "driver_id", List.of("trips")).pointInTimeAccurateJoin()
                     .withTtl(Duration.ofHours(2)).toArrow(allocator)) {
            assertThat(trips(r)).containsExactly(null, 5L, 5L, 7L, null, 50L, null, 7L);
        }
    }

    @Test
    void pointInTimeJoin_duplicateEventTimes_latestWriteWins() {
        put(1001, "12:00", 8);
        put(1001, "12:00", 9);
        try (VectorSchemaRoot b = base(new Object[][] {{1001L, "12:00"}, {1001L, "12:30"}});
             VectorSchemaRoot r = new FeatureStore(session).createDataset(b, "s3://bucket/ds", d -> d
                     .recordIdentifierFeatureName("driver_id").eventTimeIdentifierFeatureName("ts"))
                     .withFeatureGroup(drivers, "driver_id", List.of("trips")).pointInTimeAccurateJoin()
                     .includeDuplicatedRecords().toArrow(allocator)) {
            assertThat(trips(r)).containsExactly(9L, 9L);
        }
    }

    @Test
    void plainJoin_duplicatesDroppedByDefault_keptOnRequest() {
        put(1001, "12:00", 8);
        FeatureStore fs = new FeatureStore(session);
        try (VectorSchemaRoot b = base(new Object[][] {{1001L, "12:30"}});
             VectorSchemaRoot dedup = fs.createDataset(b, "s3://bucket/ds", d -> d
                     .recordIdentifierFeatureName("driver_id").eventTimeIdentifierFeatureName("ts"))
                     .withFeatureGroup(drivers, "driver_id", List.of("trips")).toArrow(allocator);
             VectorSchemaRoot all = fs.createDataset(b, "s3://bucket/ds", d -> d
                     .recordIdentifierFeatureName("driver_id").eventTimeIdentifierFeatureName("ts"))
                     .withFeatureGroup(drivers, "driver_id", List.of("trips")).includeDuplicatedRecords()
                     .toArrow(allocator)) {
            assertThat(trips(dedup)).containsExactlyInAnyOrder(5L, 8L);
            assertThat(trips(all)).containsExactlyInAnyOrder(5L, 7L, 8L);
        }
    }

    @Test
    void deletedRecords_droppedByDefault_includedOnRequest() {
        drivers.deleteRecord("1002", "2021-04-12T11:00:00Z", DeletionMode.SOFT_DELETE);
        FeatureStore fs = new FeatureStore(session);
        try (VectorSchemaRoot b = base(new Object[][] {{1002L, "12:00"}});
             VectorSchemaRoot dropped = fs.createDataset(b, "s3://bucket/ds", d -> d
                     .recordIdentifierFeatureName("driver_id").eventTimeIdentifierFeatureName("ts"))
                     .withFeatureGroup(drivers, "driver_id", List.of("trips")).pointInTimeAccurateJoin()
                     .toArrow(allocator);
             VectorSchemaRoot kept = fs.createDataset(b, "s3://bucket/ds", d -> d
                     .recordIdentifierFeatureName("driver_id").eventTimeIdentifierFeatureName("ts"))
                     .withFeatureGroup(drivers, "driver_id", List.of("trips")).pointInTimeAccurateJoin()
                     .includeDeletedRecords().toArrow(allocator)) {
            assertThat(trips(dropped)).containsExactly((Long) null);
            assertThat(trips(kept)).containsExactly(50L);
        }
    }

    @Test
    void asOf_writeTimeCut_hidesLaterBackfill() throws Exception {
        drivers.athenaQuery().run("SELECT 1", allocator).close();
        Thread.sleep(5);
        Instant known = Instant.now();
        Thread.sleep(5);
        put(1001, "11:00", 6);
        FeatureStore fs = new FeatureStore(session);
        try (VectorSchemaRoot b = base(new Object[][] {{1001L, "11:30"}});
             VectorSchemaRoot then = fs.createDataset(b, "s3://bucket/ds", d -> d
                     .recordIdentifierFeatureName("driver_id").eventTimeIdentifierFeatureName("ts"))
                     .withFeatureGroup(drivers, "driver_id", List.of("trips")).pointInTimeAccurateJoin()
                     .asOf(known).toArrow(allocator);
             VectorSchemaRoot now = fs.createDataset(b, "s3://bucket/ds", d -> d
                     .recordIdentifierFeatureName("driver_id").eventTimeIdentifierFeatureName("ts"))
                     .withFeatureGroup(drivers, "driver_id", List.of("trips")).pointInTimeAccurateJoin()
                     .toArrow(allocator)) {
            assertThat(trips(then)).containsExactly(5L);
            assertThat(trips(now)).containsExactly(6L);
        }
    }

    @Test
    void eventTimeRange_limitsFeatureRows() {
        try (VectorSchemaRoot b = base(new Object[][] {{1001L, "11:00"}, {1001L, "12:30"}});
             VectorSchemaRoot r = new FeatureStore(session).createDataset(b, "s3://bucket/ds", d -> d
                     .recordIdentifierFeatureName("driver_id").eventTimeIdentifierFeatureName("ts"))
                     .withFeatureGroup(drivers, "driver_id", List.of("trips")).pointInTimeAccurateJoin()
                     .withEventTimeRange(Instant.parse("2021-04-12T11:00:00Z"), null).toArrow(allocator)) {
            assertThat(trips(r)).containsExactly(null, 7L);
        }
    }

    @Test
    void featureGroupBase_recentRecords_keepsNewestPerRecord() {
        try (VectorSchemaRoot r = new FeatureStore(session).createDataset(drivers, "s3://bucket/ds")
                .withNumberOfRecentRecordsByRecordIdentifier(1).toArrow(allocator)) {
            assertThat(trips(r)).containsExactlyInAnyOrder(7L, 50L);
        }
    }

    @Test
    void toCsvFile_baseInParts_writesTheSameBytesAsOneQuery() {
        // a duplicate write (same record and event time) and a delete: the parts' cleaned group is the same
        put(1002, "12:00", 60);
        put(1002, "12:00", 61);
        drivers.deleteRecord("1001", "2021-04-12T11:30:00Z", DeletionMode.SOFT_DELETE);
        put(1001, "12:30", 8);
        String[] times = {"09:00", "10:00", "10:30", "11:00", "11:45", "12:00", "12:45", "13:00"};
        int n = 5_000;
        Object[][] rows = new Object[n][];
        for (int i = 0; i < n; i++) {
            rows[i] = new Object[] {1001L + i * 7 % 3, times[i * 5 % times.length]};
        }
        String whole;
        String inParts;
        try (VectorSchemaRoot b = base(rows)) {
            FeatureStore fs = new FeatureStore(session);
            DatasetBuilder.Result one = fs.createDataset(b, "s3://bucket/ds", d -> d
                    .recordIdentifierFeatureName("driver_id").eventTimeIdentifierFeatureName("ts"))
                    .withFeatureGroup(drivers, "driver_id", List.of("trips")).withTtl(Duration.ofHours(2))
                    .pointInTimeAccurateJoin().toCsvFile();
            // 1,024 rows a part: four whole parts and a short last one
            DatasetBuilder.Result parts = fs.createDataset(b, "s3://bucket/ds", d -> d
                    .recordIdentifierFeatureName("driver_id").eventTimeIdentifierFeatureName("ts"))
                    .withFeatureGroup(drivers, "driver_id", List.of("trips")).withTtl(Duration.ofHours(2))
                    .pointInTimeAccurateJoin().partRows(1024).toCsvFile();
            whole = session.objectStore().getString(one.uri());
            inParts = session.objectStore().getString(parts.uri());
            assertThat(parts.query()).isEqualTo(one.query());
            // matched on a named feature of the group (here its identifier, read as a plain column): the parts keep it
            DatasetBuilder.Result named = fs.createDataset(b, "s3://bucket/ds", d -> d
                    .recordIdentifierFeatureName("driver_id").eventTimeIdentifierFeatureName("ts"))
                    .withFeatureGroup(drivers, w -> w.targetFeatureNameInBase("driver_id").featureNameInTarget("driver_id")
                            .includedFeatureNames(List.of("trips"))).withTtl(Duration.ofHours(2))
                    .pointInTimeAccurateJoin().partRows(1024).toCsvFile();
            assertThat(named.query()).contains("= g1.\"driver_id\"");
            assertThat(session.objectStore().getString(named.uri())).isEqualTo(whole);
        }
        List<String> lines = inParts.lines().toList();
        assertThat(lines).hasSize(n + 1);
        assertThat(lines.get(0)).isEqualTo("driver_id,ts,label,trips");
        for (int i = 0; i < n; i++) {
            assertThat(lines.get(i + 1).split(",", -1)[2]).isEqualTo(Integer.toString(i));
        }
        assertThat(inParts).isEqualTo(whole);
        // the rows themselves: 1001 at 13:00 sees its 12:30 write, 1002 at 12:45 the later duplicate
        assertThat(lines).anyMatch(l -> l.startsWith("1001,") && l.contains("13:00") && l.endsWith(",8"));
        assertThat(lines).anyMatch(l -> l.startsWith("1002,") && l.contains("12:45") && l.endsWith(",61"));
    }

    @Test
    void toCsvFile_writesHeaderAndRowsAndReturnsQuery() {
        try (VectorSchemaRoot b = base(new Object[][] {{1001L, "12:30"}, {1003L, "12:30"}})) {
            DatasetBuilder.Result r = new FeatureStore(session).createDataset(b, "s3://bucket/ds", d -> d
                    .recordIdentifierFeatureName("driver_id").eventTimeIdentifierFeatureName("ts"))
                    .withFeatureGroup(drivers, "driver_id", List.of("trips")).pointInTimeAccurateJoin().toCsvFile();
            assertThat(r.uri()).startsWith("s3://bucket/ds/").endsWith(".csv");
            assertThat(r.query()).contains("ASOF LEFT JOIN");
            List<String> lines = session.objectStore().getString(r.uri()).lines().toList();
            assertThat(lines).hasSize(3);
            assertThat(lines.get(0)).isEqualTo("driver_id,ts,label,trips");
            assertThat(lines.get(1)).startsWith("1001,").endsWith(",0,7");
            assertThat(lines.get(2)).startsWith("1003,").endsWith(",1,");
        }
    }

    @Test
    void pointInTimeJoin_withoutGroup_rejected() {
        try (VectorSchemaRoot b = base(FEAST)) {
            assertThatThrownBy(() -> new FeatureStore(session).createDataset(b, "s3://bucket/ds", d -> d
                    .recordIdentifierFeatureName("driver_id").eventTimeIdentifierFeatureName("ts"))
                    .pointInTimeAccurateJoin().toArrow(allocator)).isInstanceOf(ValidationException.class);
            assertThatThrownBy(() -> new FeatureStore(session).createDataset(b, "s3://bucket/ds", d -> d
                    .recordIdentifierFeatureName("nope").eventTimeIdentifierFeatureName("ts")))
                    .isInstanceOf(ValidationException.class).hasMessageContaining("nope");
        }
    }

    /** Trips of driver_stats at {@code t} for a driver: the newest row at or before it, as setUp wrote them. */
    static Long expectedTrips(long driver, Instant t) {
        Instant ten = Instant.parse("2021-04-12T10:00:00Z");
        Instant twelve = Instant.parse("2021-04-12T12:00:00Z");
        if (driver == 1001) {
            return t.isBefore(ten) ? null : t.isBefore(twelve) ? 5L : 7L;
        }
        return driver == 1002 && !t.isBefore(ten) ? 50L : null;
    }

    @Test
    void pointInTimeJoin_baseOfSeveralSlices_everyRowInBaseOrder() {
        // more rows than DuckDB gets in one slice of the Arrow stream, with nulls in the key column
        int n = 300_007;
        BigIntVector id = new BigIntVector("driver_id", allocator);
        TimeStampMicroTZVector ts = new TimeStampMicroTZVector("ts", allocator, "UTC");
        BigIntVector label = new BigIntVector("label", allocator);
        long start = Instant.parse("2021-04-12T08:00:00Z").getEpochSecond();
        try (VectorSchemaRoot b = new VectorSchemaRoot(List.of(id, ts, label))) {
            for (int i = 0; i < n; i++) {
                if (i % 1000 == 999) {
                    id.setNull(i);
                } else {
                    id.setSafe(i, 1001 + (i * 7L) % 3);
                }
                ts.setSafe(i, (start + (i * 13L) % (6 * 3600)) * 1_000_000L);
                label.setSafe(i, n - i);
            }
            b.setRowCount(n);
            try (VectorSchemaRoot r = new FeatureStore(session).createDataset(b, "s3://bucket/ds", d -> d
                    .recordIdentifierFeatureName("driver_id").eventTimeIdentifierFeatureName("ts"))
                    .withFeatureGroup(drivers, "driver_id", List.of("trips")).pointInTimeAccurateJoin()
                    .toArrow(allocator)) {
                assertThat(r.getRowCount()).isEqualTo(n);
                List<Long> trips = trips(r);
                BigIntVector labels = (BigIntVector) r.getVector("label");
                for (int i = 0; i < n; i++) {
                    assertThat(labels.get(i)).as("label of row %d", i).isEqualTo(n - i);
                    Long want = id.isNull(i) ? null
                            : expectedTrips(id.get(i), Instant.ofEpochSecond(start + (i * 13L) % (6 * 3600)));
                    assertThat(trips.get(i)).as("trips of row %d", i).isEqualTo(want);
                }
            }
        }
    }

    @Test
    void pointInTimeJoin_textKeysAndNanosecondTimes_sameAsTypedBase() {
        // a text key joins the Integral identifier by its text; nanosecond times take the row-by-row copy
        VarCharVector id = new VarCharVector("driver_id", allocator);
        TimeStampNanoTZVector ts = new TimeStampNanoTZVector("ts", allocator, "UTC");
        BigIntVector label = new BigIntVector("label", allocator);
        try (VectorSchemaRoot b = new VectorSchemaRoot(List.of(id, ts, label))) {
            for (int i = 0; i < FEAST.length; i++) {
                id.setSafe(i, FEAST[i][0].toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                ts.setSafe(i, Instant.parse("2021-04-12T" + FEAST[i][1] + ":00Z").getEpochSecond() * 1_000_000_000L);
                label.setSafe(i, i);
            }
            b.setRowCount(FEAST.length);
            try (VectorSchemaRoot r = new FeatureStore(session).createDataset(b, "s3://bucket/ds", d -> d
                    .recordIdentifierFeatureName("driver_id").eventTimeIdentifierFeatureName("ts"))
                    .withFeatureGroup(drivers, "driver_id", List.of("trips")).pointInTimeAccurateJoin()
                    .toArrow(allocator)) {
                assertThat(trips(r)).containsExactly(null, 5L, 5L, 7L, 7L, 50L, null, 7L);
            }
        }
    }
}
