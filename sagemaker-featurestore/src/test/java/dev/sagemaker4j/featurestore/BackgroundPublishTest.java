/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.featurestore;

import static dev.sagemaker4j.featurestore.FeatureGroupTest.customers;
import static dev.sagemaker4j.featurestore.FeatureGroupTest.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sagemaker4j.Session;
import dev.sagemaker4j.exceptions.StorageException;
import dev.sagemaker4j.exceptions.ValidationException;
import dev.sagemaker4j.featurestore.internal.LocalFeatureStore;
import dev.sagemaker4j.testing.FaultyObjectStore;
import dev.sagemaker4j.testing.FaultyObjectStore.Fault;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.Float8Vector;
import org.apache.arrow.vector.TimeStampMicroTZVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The background publisher ({@link LocalFeatureStore#BACKGROUND_PUBLISH_ROWS}): it publishes queued
 * offline rows while ingest goes on, and a dataset still sees every record written before it, each
 * once; close stops it cleanly; a failing background publish keeps the rows queued and the next
 * query reports the failure.
 */
class BackgroundPublishTest {
    private static final String THREAD = "sagemaker4j-offline-publisher";
    private static final Instant T0 = Instant.parse("2024-03-05T00:00:00Z");

    @TempDir
    Path root;
    BufferAllocator allocator;
    final List<Session> sessions = new ArrayList<>();

    @BeforeEach
    void open() {
        allocator = new RootAllocator();
    }

    @AfterEach
    void close() {
        sessions.forEach(Session::close);
        allocator.close();
    }

    private Session session(String backgroundRows, boolean faulty) {
        Session.Builder b = Session.builder().backend("local").root(root).region("us-east-1")
                .property(LocalFeatureStore.SYNC, "false")
                .property(LocalFeatureStore.BACKGROUND_PUBLISH_ROWS, backgroundRows);
        if (faulty) {
            b.objectStoreDecorator(FaultyObjectStore::wrap);
        }
        Session s = b.build();
        sessions.add(s);
        return s;
    }

    /**
     * Record {@code k}: customer {@code k % customers}, at second {@code k / customers} of hour
     * {@code k % hours}, spend {@code k} (QueuedRowsReadTest ingests the same records).
     */
    static List<Map<String, Object>> rows(int from, int to, int customers, int hours) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int k = from; k < to; k++) {
            rows.add(row(k % customers, T0.plusSeconds(3600L * (k % hours) + k / customers).toString(), (double) k,
                    "c" + k % 7));
        }
        return rows;
    }

    static List<String> parquetObjects(Session session, FeatureGroup g) {
        String resolved = g.describe().offlineStoreConfig().s3StorageConfig().resolvedOutputS3Uri();
        return session.objectStore().listAll(resolved + "/").map(o -> o.uri()).filter(u -> u.endsWith(".parquet"))
                .collect(Collectors.toList());
    }

    private long count(FeatureGroup g, String select) {
        AthenaQuery q = g.athenaQuery();
        try (VectorSchemaRoot r = q.run("SELECT " + select + " AS n FROM \"" + q.tableName() + "\"", allocator)) {
            return ((BigIntVector) r.getVector("n")).get(0);
        }
    }

    /** Whether this root's background publisher thread runs (other tests' sessions have their own roots). */
    private boolean publisherRunning() {
        return Thread.getAllStackTraces().keySet().stream().anyMatch(t -> t.getName().startsWith(THREAD)
                && t.getName().contains(root.toString()) && t.isAlive());
    }

    /** Waits (up to a minute, for a loaded machine) until {@code condition} holds; false when it never did. */
    private static boolean await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(20);
        }
        return true;
    }

    @Test
    void dataset_afterConcurrentIngest_seesEveryRecordOnce() throws Exception {
        Session session = session("200", false);
        FeatureGroup g = customers(session, "customers", null);
        int customers = 100;
        int total = 4_000;
        // two writers at once, each in batches, while the background thread publishes
        List<Thread> writers = new ArrayList<>();
        List<Throwable> errors = java.util.Collections.synchronizedList(new ArrayList<>());
        for (int w = 0; w < 2; w++) {
            int from = w * total / 2;
            Thread t = new Thread(() -> {
                try {
                    for (int k = from; k < from + total / 2; k += 250) {
                        g.ingest(rows(k, k + 250, customers, 4));
                    }
                } catch (Throwable e) {
                    errors.add(e);
                }
            });
            writers.add(t);
            t.start();
        }
        for (Thread t : writers) {
            t.join();
        }
        assertThat(errors).isEmpty();
        // the background thread published while (or just after) the writers ran, before any query
        assertThat(await(() -> !parquetObjects(session, g).isEmpty())).isTrue();

        // a point-in-time dataset at the end of the last hour: each customer's newest row, i.e. its largest k
        BigIntVector id = new BigIntVector("customer_id", allocator);
        TimeStampMicroTZVector ts = new TimeStampMicroTZVector("ts", allocator, "UTC");
        long end = T0.plusSeconds(5 * 3600).getEpochSecond() * 1_000_000L;
        for (int i = 0; i < customers; i++) {
            id.setSafe(i, i);
            ts.setSafe(i, end);
        }
        try (VectorSchemaRoot base = new VectorSchemaRoot(List.of(id, ts))) {
            base.setRowCount(customers);
            try (VectorSchemaRoot r = new FeatureStore(session).createDataset(base, "s3://bucket/ds", d -> d
                    .recordIdentifierFeatureName("customer_id").eventTimeIdentifierFeatureName("ts"))
                    .withFeatureGroup(g, "customer_id", List.of("spend")).pointInTimeAccurateJoin()
                    .toArrow(allocator)) {
                assertThat(r.getRowCount()).isEqualTo(customers);
                Float8Vector spend = (Float8Vector) r.getVector("spend");
                BigIntVector ids = (BigIntVector) r.getVector("customer_id");
                for (int i = 0; i < customers; i++) {
                    long c = ids.get(i);
                    // customer c's records k = c + 100 j all sit in hour c % 4, at second j: the newest is the last
                    long newest = c + (long) customers * (total / customers - 1);
                    assertThat(spend.get(i)).as("customer %d", c).isEqualTo((double) newest);
                }
            }
        }
        assertThat(count(g, "count(*)")).isEqualTo(total);
        assertThat(count(g, "count(DISTINCT spend)")).isEqualTo(total);
    }

    @Test
    void close_duringBackgroundPublish_stopsThePublisherAndKeepsEveryRowOnce() throws Exception {
        Session first = session("100", false);
        FeatureGroup g = customers(first, "customers", null);
        int total = 3_000;
        for (int k = 0; k < total; k += 300) {
            g.ingest(rows(k, k + 300, 500, 3));
        }
        assertThat(publisherRunning()).isTrue();
        first.close();

        assertThat(publisherRunning()).isFalse();
        try (Stream<Path> tmp = Files.exists(root.resolve("featurestore/tmp"))
                ? Files.walk(root.resolve("featurestore/tmp")) : Stream.empty()) {
            assertThat(tmp.filter(Files::isRegularFile).toList()).isEmpty();
        }
        Session second = session("100", false);
        FeatureGroup again = new FeatureGroup("customers", second);
        assertThat(count(again, "count(*)")).isEqualTo(total);
        assertThat(count(again, "count(DISTINCT spend)")).isEqualTo(total);
    }

    @Test
    void backgroundPublish_failing_keepsTheRowsQueuedAndTheNextQueryReportsIt() throws Exception {
        Session session = session("100", true);
        FaultyObjectStore faults = FaultyObjectStore.of(session);
        FeatureGroup g = customers(session, "customers", null);
        faults.failWrites(Fault.ioError().onUris("\\.parquet$"));
        g.ingest(rows(0, 500, 50, 2));

        // the background thread tried, failed, and left nothing half-published
        assertThat(await(() -> !faults.failedWrites().isEmpty())).isTrue();
        assertThat(parquetObjects(session, g)).isEmpty();
        assertThatThrownBy(() -> count(g, "count(*)")).isInstanceOf(StorageException.class)
                .hasMessageContaining("Input/output error")
                .hasMessageContaining("/offline-store/customers-");
        faults.heal();

        assertThat(count(g, "count(*)")).isEqualTo(500);
        assertThat(count(g, "count(DISTINCT spend)")).isEqualTo(500);
        // retried by the background thread or published by the query: one file per hour either way
        assertThat(parquetObjects(session, g)).hasSize(2);
    }

    @Test
    void backgroundPublishRows_notANumber_isValidationExceptionNamingTheProperty() throws IOException {
        assertThatThrownBy(() -> session("many", false)).isInstanceOf(ValidationException.class)
                .hasMessageContaining(LocalFeatureStore.BACKGROUND_PUBLISH_ROWS).hasMessageContaining("many");
    }

    @Test
    void backgroundPublishRows_zero_leavesThePublishToTheQuery() {
        Session session = session("0", false);
        FeatureGroup g = customers(session, "customers", null);
        g.ingest(rows(0, 1_000, 100, 2));
        assertThat(publisherRunning()).isFalse();
        assertThat(parquetObjects(session, g)).isEmpty();
        assertThat(count(g, "count(*)")).isEqualTo(1_000);
    }
}
