/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.featurestore;

import static dev.sagemaker4j.featurestore.FeatureGroupTest.customers;
import static dev.sagemaker4j.featurestore.FeatureGroupTest.row;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sagemaker4j.Session;
import dev.sagemaker4j.featurestore.internal.Duck;
import dev.sagemaker4j.featurestore.internal.LocalFeatureStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.sagemakerfeaturestoreruntime.model.DeletionMode;

class OfflineStoreTest {
    @TempDir
    Path root;
    Session session;
    BufferAllocator allocator;

    @BeforeEach
    void open() {
        session = Session.local(root);
        allocator = new RootAllocator();
    }

    @AfterEach
    void close() {
        session.close();
        allocator.close();
    }

    @Test
    void athenaQuery_rightAfterWrites_seesEveryWriteAndDeleteMarker() {
        FeatureGroup g = customers(session, "customers", null);
        g.putRecord(row(1, "2024-01-02T00:00:00Z", 2.0, "Oslo"));
        g.putRecord(row(1, "2024-01-01T00:00:00Z", 1.0, "Rome"));
        g.deleteRecord("1", "2024-01-03T00:00:00Z", DeletionMode.SOFT_DELETE);
        AthenaQuery q = g.athenaQuery();
        try (VectorSchemaRoot r = q.run("SELECT count(*) AS n, count(*) FILTER (WHERE is_deleted) AS d, "
                + "count(DISTINCT write_time) AS w FROM \"" + q.tableName() + "\"", allocator)) {
            assertThat(((BigIntVector) r.getVector("n")).get(0)).isEqualTo(3);
            assertThat(((BigIntVector) r.getVector("d")).get(0)).isEqualTo(1);
        }
        g.putRecord(row(2, "2024-01-01T00:00:00Z", 1.0, "Rome"));
        try (VectorSchemaRoot r = q.run("SELECT count(*) AS n FROM \"" + q.tableName() + "\"", allocator)) {
            assertThat(((BigIntVector) r.getVector("n")).get(0)).isEqualTo(4);
        }
    }

    @Test
    void offlineFiles_sageMakerLayoutAndParquetSchema() throws Exception {
        FeatureGroup g = customers(session, "customers", null);
        g.putRecord(row(1, "2024-03-05T07:30:00Z", 2.0, "Oslo"));
        g.putRecord(row(2, "2024-03-05T09:10:00Z", 3.0, "Rome"));
        // queries read queued rows without publishing them: publish explicitly
        LocalFeatureStore.of(session.backend()).orElseThrow().flush("customers");
        String resolved = g.describe().offlineStoreConfig().s3StorageConfig().resolvedOutputS3Uri();
        List<String> uris = session.objectStore().listAll(resolved + "/").map(o -> o.uri()).sorted().toList();
        assertThat(uris).hasSize(2);
        String pattern = "s3://bucket/fs/000000000000/sagemaker/[a-z0-9-]+/offline-store/customers-\\d{10}/data/"
                + "year=2024/month=03/day=05/hour=%s/20240305T%s_[A-Za-z0-9]{16}\\.parquet";
        assertThat(uris.get(0)).matches(String.format(pattern, "07", "073000Z"));
        assertThat(uris.get(1)).matches(String.format(pattern, "09", "091000Z"));
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root.resolve("s3"))) {
            files = walk.filter(p -> p.toString().endsWith(".parquet")).toList();
        }
        assertThat(files).hasSize(2);
        List<String> schema = new ArrayList<>();
        try (Connection c = Duck.open(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("DESCRIBE SELECT * FROM read_parquet('" + files.get(0) + "', hive_partitioning = false)")) {
            while (rs.next()) {
                schema.add(rs.getString(1) + " " + rs.getString(2));
            }
        }
        assertThat(schema).containsExactly("customer_id BIGINT", "event_time VARCHAR", "spend DOUBLE",
                "city VARCHAR", "write_time TIMESTAMP", "api_invocation_time TIMESTAMP", "is_deleted BOOLEAN");
        try (Stream<Path> walk = Files.walk(root)) {
            assertThat(walk.filter(p -> p.getFileName().toString().startsWith("offline-")
                    && p.toString().endsWith(".parquet")).toList()).isEmpty();
        }
    }

    @Test
    void offlineOnlyWrites_olderEventTimeStillRecorded_andSurviveReopen() {
        FeatureGroup g = customers(session, "customers", null);
        g.putRecord(row(1, "2024-01-02T00:00:00Z", 2.0, "Oslo"));
        g.putRecord(row(1, "2024-01-01T00:00:00Z", 1.0, "Rome"));
        session.close();
        session = Session.local(root);
        AthenaQuery q = new FeatureGroup("customers", session).athenaQuery();
        try (VectorSchemaRoot r = q.run("SELECT city FROM \"" + q.tableName() + "\" ORDER BY event_time", allocator)) {
            assertThat(r.getRowCount()).isEqualTo(2);
            assertThat(r.getVector("city").getObject(0).toString()).isEqualTo("Rome");
        }
    }

    @Test
    void firstQueryAfterIngest_rowsOverManyHours_oneFilePerHourHoldingEachRowOnce() throws Exception {
        // more hours than DuckDB keeps files open at once (100), rows of each hour interleaved in the queue
        int hours = 150;
        int perHour = 3;
        FeatureGroup g = customers(session, "customers", null);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int k = 0; k < hours * perHour; k++) {
            Instant t = Instant.parse("2024-01-01T00:00:00Z").plusSeconds((k % hours) * 3600L + k / hours * 60L);
            rows.add(row(k, t.toString(), k / 4.0, "c" + k));
        }
        g.ingest(rows);
        AthenaQuery q = g.athenaQuery();
        try (VectorSchemaRoot r = q.run("SELECT count(*) AS n, count(DISTINCT customer_id) AS ids, "
                + "sum(customer_id) AS ids_sum, count(*) FILTER (WHERE spend = customer_id / 4.0 AND city = 'c' "
                + "|| customer_id AND CAST(event_time AS TIMESTAMP) = TIMESTAMP '2024-01-01' + to_hours(customer_id % "
                + hours + ") + to_minutes(customer_id // " + hours + ")) AS right_values FROM \"" + q.tableName()
                + "\"", allocator)) {
            int n = hours * perHour;
            assertThat(((BigIntVector) r.getVector("n")).get(0)).isEqualTo(n);
            assertThat(((BigIntVector) r.getVector("ids")).get(0)).isEqualTo(n);
            assertThat(r.getVector("ids_sum").getObject(0).toString()).isEqualTo(Long.toString((long) n * (n - 1) / 2));
            assertThat(((BigIntVector) r.getVector("right_values")).get(0)).isEqualTo(n);
        }
        // the query read the rows queued; their publish writes one file per hour
        LocalFeatureStore.of(session.backend()).orElseThrow().flush("customers");
        String resolved = g.describe().offlineStoreConfig().s3StorageConfig().resolvedOutputS3Uri();
        List<String> uris = session.objectStore().listAll(resolved + "/").map(o -> o.uri()).sorted().toList();
        assertThat(uris).hasSize(hours);
        for (int h = 0; h < hours; h++) {
            // each hour's file sits in its hour's folder and is named after the hour's latest event time
            Instant latest = Instant.parse("2024-01-01T00:00:00Z").plusSeconds(h * 3600L + (perHour - 1) * 60L);
            String folder = String.format("/data/year=2024/month=01/day=%02d/hour=%02d/", 1 + h / 24, h % 24);
            String name = java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
                    .format(latest.atZone(java.time.ZoneOffset.UTC));
            assertThat(uris).anyMatch(u -> u.contains(folder + name + "_"));
            Path file = LocalFeatureStore.of(session.backend()).orElseThrow().fileOf(uris.stream()
                    .filter(u -> u.contains(folder)).findFirst().orElseThrow());
            try (Connection c = Duck.open(); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT count(*), min(customer_id % " + hours + "), max(customer_id % "
                         + hours + ") FROM read_parquet('" + file + "')")) {
                rs.next();
                assertThat(rs.getLong(1)).as("rows of hour %d", h).isEqualTo(perHour);
                assertThat(rs.getLong(2)).isEqualTo(h);
                assertThat(rs.getLong(3)).isEqualTo(h);
            }
        }
    }
}
