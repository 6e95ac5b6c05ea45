/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.featurestore.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sagemaker4j.Session;
import dev.sagemaker4j.featurestore.AthenaQuery;
import dev.sagemaker4j.featurestore.FeatureDefinition;
import dev.sagemaker4j.featurestore.FeatureGroup;
import dev.sagemaker4j.featurestore.FeatureStore;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.Float4Vector;
import org.apache.arrow.vector.Float8Vector;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rocksdb.ColumnFamilyDescriptor;
import org.rocksdb.ColumnFamilyHandle;
import org.rocksdb.ColumnFamilyOptions;
import org.rocksdb.DBOptions;
import org.rocksdb.RocksDB;
import software.amazon.awssdk.services.sagemakerfeaturestoreruntime.model.BatchGetRecordIdentifier;
import software.amazon.awssdk.services.sagemakerfeaturestoreruntime.model.BatchGetRecordResultDetail;
import software.amazon.awssdk.services.sagemakerfeaturestoreruntime.model.FeatureValue;

/** The two forms of stored values: typed cells read back as their text, and stores in the text form still read. */
class RowFormsTest {
    static final long[] LONGS = {Long.MIN_VALUE, Long.MAX_VALUE, 0, -1, 1_000_003, 64, -65};
    static final double[] DOUBLES = {-0.0, Double.MAX_VALUE, Double.MIN_VALUE, Double.POSITIVE_INFINITY,
        Double.NEGATIVE_INFINITY, Double.NaN, 1.0 / 3, 1e23, 2e-3, 123456.5};
    static final String[] TEXTS = {"1.50", "1e3", "-0", "+2", "0.1000", "7", "Infinity", "1.5E10", "12", "3.0"};

    @TempDir
    Path root;
    BufferAllocator allocator;

    @BeforeEach
    void open() {
        allocator = new RootAllocator();
    }

    @AfterEach
    void close() {
        allocator.close();
    }

    static List<FeatureDefinition> definitions() {
        return List.of(FeatureDefinition.integral("id"), FeatureDefinition.string("event_time"),
                FeatureDefinition.integral("i_long"), FeatureDefinition.fractional("f_long"),
                FeatureDefinition.string("s_long"), FeatureDefinition.fractional("f_double"),
                FeatureDefinition.string("s_double"), FeatureDefinition.fractional("f_text"),
                FeatureDefinition.fractional("f_float"), FeatureDefinition.string("tag"));
    }

    /** Every edge value in each typed column, a null cell in every column now and then. */
    VectorSchemaRoot table(int rows) {
        BigIntVector id = new BigIntVector("id", allocator);
        VarCharVector time = new VarCharVector("event_time", allocator);
        BigIntVector iLong = new BigIntVector("i_long", allocator);
        BigIntVector fLong = new BigIntVector("f_long", allocator);
        BigIntVector sLong = new BigIntVector("s_long", allocator);
        Float8Vector fDouble = new Float8Vector("f_double", allocator);
        Float8Vector sDouble = new Float8Vector("s_double", allocator);
        VarCharVector fText = new VarCharVector("f_text", allocator);
        Float4Vector fFloat = new Float4Vector("f_float", allocator);
        VarCharVector tag = new VarCharVector("tag", allocator);
        List<FieldVector> vectors = List.of(id, time, iLong, fLong, sLong, fDouble, sDouble, fText, fFloat, tag);
        vectors.forEach(FieldVector::allocateNew);
        for (int i = 0; i < rows; i++) {
            id.setSafe(i, i);
            time.setSafe(i, ("2024-01-01T00:00:" + String.format("%02d", i % 60) + "Z").getBytes(StandardCharsets.UTF_8));
            if (i % 11 == 10) {
                for (FieldVector v : vectors.subList(2, vectors.size())) {
                    v.setNull(i);
                }
                continue;
            }
            iLong.setSafe(i, LONGS[i % LONGS.length]);
            fLong.setSafe(i, LONGS[(i + 1) % LONGS.length]);
            sLong.setSafe(i, LONGS[(i + 2) % LONGS.length]);
            fDouble.setSafe(i, DOUBLES[i % DOUBLES.length]);
            sDouble.setSafe(i, DOUBLES[(i + 3) % DOUBLES.length]);
            fText.setSafe(i, TEXTS[i % TEXTS.length].getBytes(StandardCharsets.UTF_8));
            fFloat.setSafe(i, (float) DOUBLES[(i + 1) % DOUBLES.length]);
            tag.setSafe(i, ("tag-" + i).getBytes(StandardCharsets.UTF_8));
        }
        VectorSchemaRoot t = new VectorSchemaRoot(vectors);
        t.setRowCount(rows);
        return t;
    }

    @Test
    void ingest_typedArrowCells_readBackAsTheSameTextAsTheirTextIngested() {
        int rows = 60;
        try (Session session = Session.local(root); VectorSchemaRoot t = table(rows)) {
            FeatureGroup typed = group(session, "typed");
            FeatureGroup text = group(session, "text");
            typed.ingest(t, i -> i.maxWorkers(2));
            // the same cells as the text form held them: the text of each cell, given as text
            List<Map<String, Object>> asText = new ArrayList<>();
            for (int r = 0; r < rows; r++) {
                Map<String, Object> m = new LinkedHashMap<>();
                for (FieldVector v : t.getFieldVectors()) {
                    String s = ArrowTables.text(v, r);
                    if (s != null) {
                        m.put(v.getName(), s);
                    }
                }
                asText.add(m);
            }
            text.ingest(asText);

            for (int r = 0; r < rows; r++) {
                List<FeatureValue> got = typed.getRecord(Integer.toString(r)).orElseThrow();
                assertThat(got).as("record %d", r).isEqualTo(text.getRecord(Integer.toString(r)).orElseThrow());
                Map<String, String> byName = new LinkedHashMap<>();
                got.forEach(v -> byName.put(v.featureName(), v.valueAsString()));
                assertThat(byName).as("record %d", r).containsExactlyEntriesOf(toStrings(asText.get(r)));
            }
            assertThat(typed.getRecord("0").orElseThrow()).extracting(FeatureValue::valueAsString).containsExactly("0",
                    "2024-01-01T00:00:00Z", "-9223372036854775808", "9223372036854775807", "0", "-0.0",
                    "Infinity", "1.50", "Infinity", "tag-0");
            assertThat(typed.getRecord("5").orElseThrow()).extracting(FeatureValue::featureName).doesNotContain("f_double");
            List<String> ids = new ArrayList<>();
            for (int r = 0; r < rows; r += 3) {
                ids.add(Integer.toString(r));
            }
            FeatureStore fs = new FeatureStore(session);
            List<List<FeatureValue>> batchTyped = fs.batchGetRecord(List.of(BatchGetRecordIdentifier.builder()
                    .featureGroupName("typed").recordIdentifiersValueAsString(ids).build())).records().stream()
                    .map(BatchGetRecordResultDetail::record).toList();
            List<List<FeatureValue>> batchText = fs.batchGetRecord(List.of(BatchGetRecordIdentifier.builder()
                    .featureGroupName("text").recordIdentifiersValueAsString(ids).build())).records().stream()
                    .map(BatchGetRecordResultDetail::record).toList();
            assertThat(batchTyped).hasSize(ids.size()).isEqualTo(batchText);

            assertThat(offline(typed, "id")).hasSize(rows).isEqualTo(offline(text, "id"));
        }
    }

    @Test
    void storeInTheTextForm_readsQueriesAndTakesNewerWritesAsBefore() throws Exception {
        try (Session session = Session.local(root)) {
            group(session, "legacy");
        }
        long event = EventTimes.parseMicros("event_time", "2024-01-01T00:00:00Z", false);
        String[] a = {"1", "2024-01-01T00:00:00Z", "42", "1.50", "-7", "-0.0", "1e3", "2.5", "0.5", "héllo ✓"};
        String[] b = new String[10];
        b[0] = "2";
        b[1] = "2024-01-01T00:00:00Z";
        byte[] prefix = "legacy\u0000".getBytes(StandardCharsets.UTF_8);
        writeRaw(root.resolve("featurestore/rocksdb"), List.of(
                new byte[][] {Rows.key(prefix, "1".getBytes(StandardCharsets.UTF_8)),
                        TextFormRows.encode(event, 0L, (byte) 0, a)},
                new byte[][] {Rows.key(prefix, "2".getBytes(StandardCharsets.UTF_8)),
                        TextFormRows.encode(event, 0L, Rows.SOFT_DELETED, b)}), List.of(
                new byte[][] {Rows.key(prefix, 1L), TextFormRows.encode(event - 2, event, (byte) 0, a)},
                new byte[][] {Rows.key(prefix, 2L), TextFormRows.encode(event - 1, event, (byte) 1, b)}));

        try (Session session = Session.local(root)) {
            FeatureGroup g = new FeatureGroup("legacy", session);
            assertThat(g.getRecord("1").orElseThrow()).extracting(FeatureValue::valueAsString).containsExactly(a);
            assertThat(g.getRecord("2")).isEmpty();
            assertThat(new FeatureStore(session).batchGetRecord(List.of(BatchGetRecordIdentifier.builder()
                    .featureGroupName("legacy").recordIdentifiersValueAsString(List.of("1", "2")).build()))
                    .records()).singleElement().satisfies(d -> assertThat(d.record())
                    .extracting(FeatureValue::valueAsString).containsExactly(a));

            // an older write leaves the text-form record online; a newer one replaces it
            Map<String, Object> older = new LinkedHashMap<>(Map.of("id", 1L, "event_time", "2023-12-31T00:00:00Z",
                    "i_long", 1L));
            g.putRecord(older);
            assertThat(g.getRecord("1").orElseThrow()).extracting(FeatureValue::valueAsString).containsExactly(a);
            try (VectorSchemaRoot t = table(2)) {
                g.ingest(t);
            }
            assertThat(g.getRecord("1").orElseThrow()).extracting(FeatureValue::valueAsString).contains("2024-01-01T00:00:01Z",
                    "9223372036854775807");

            List<String> rows = offline(g, "api_invocation_time");
            assertThat(rows).hasSize(5);
            assertThat(rows.get(0)).isEqualTo("1|2024-01-01T00:00:00Z|42|1.5|-7|-0.0|1e3|2.5|0.5|héllo ✓|false");
            assertThat(rows.get(1)).isEqualTo(
                    "2|2024-01-01T00:00:00Z|null|null|null|null|null|null|null|null|true");
        }
    }

    private static Map<String, String> toStrings(Map<String, Object> m) {
        Map<String, String> out = new LinkedHashMap<>();
        m.forEach((k, v) -> out.put(k, v.toString()));
        return out;
    }

    private static FeatureGroup group(Session session, String name) {
        FeatureGroup g = new FeatureGroup(name, session);
        g.featureDefinitions(definitions());
        g.create(c -> c.s3Uri("s3://bucket/fs").recordIdentifierName("id")
                .eventTimeFeatureName("event_time").enableOnlineStore(true));
        return g;
    }

    /** The offline rows in the order of a column, as text (write times left out). */
    private List<String> offline(FeatureGroup g, String order) {
        AthenaQuery q = g.athenaQuery();
        List<String> out = new ArrayList<>();
        try (VectorSchemaRoot r = q.run("SELECT * EXCLUDE (write_time, api_invocation_time) FROM \""
                + q.tableName() + "\" ORDER BY " + order, allocator)) {
            for (int i = 0; i < r.getRowCount(); i++) {
                StringBuilder s = new StringBuilder();
                for (FieldVector v : r.getFieldVectors()) {
                    s.append(s.length() == 0 ? "" : "|").append(v.isNull(i) ? "null" : v.getObject(i).toString());
                }
                out.add(s.toString());
            }
        }
        return out;
    }

    /** Puts values into the online and offline-queue column families of a closed store, as an old version did. */
    private static void writeRaw(Path dir, List<byte[][]> onlineValues, List<byte[][]> queueRows) throws Exception {
        RocksDB.loadLibrary();
        List<ColumnFamilyHandle> handles = new ArrayList<>();
        try (ColumnFamilyOptions cf = new ColumnFamilyOptions(); DBOptions options = new DBOptions();
             RocksDB db = RocksDB.open(options, dir.toString(), List.of(
                     new ColumnFamilyDescriptor(RocksDB.DEFAULT_COLUMN_FAMILY, cf),
                     new ColumnFamilyDescriptor("online".getBytes(StandardCharsets.UTF_8), cf),
                     new ColumnFamilyDescriptor("offline-queue".getBytes(StandardCharsets.UTF_8), cf)), handles)) {
            for (byte[][] kv : onlineValues) {
                db.put(handles.get(1), kv[0], kv[1]);
            }
            for (byte[][] kv : queueRows) {
                db.put(handles.get(2), kv[0], kv[1]);
            }
            handles.forEach(ColumnFamilyHandle::close);
        }
    }
}
