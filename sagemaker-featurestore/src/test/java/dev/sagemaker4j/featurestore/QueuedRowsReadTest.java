/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.featurestore;

import static dev.sagemaker4j.featurestore.FeatureGroupTest.customers;
import static dev.sagemaker4j.featurestore.FeatureGroupTest.row;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sagemaker4j.Session;
import dev.sagemaker4j.featurestore.internal.LocalFeatureStore;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.TimeStampMicroTZVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Offline queries of the writing process read the rows still queued for publishing beside the
 * published Parquet files: they see every row without publishing it, each exactly once, even while
 * the background publisher moves rows from the queue into files.
 */
class QueuedRowsReadTest {
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

    private Session session(String backgroundRows) {
        Session s = Session.builder().backend("local").root(root).region("us-east-1")
                .property(LocalFeatureStore.SYNC, "false")
                .property(LocalFeatureStore.BACKGROUND_PUBLISH_ROWS, backgroundRows).build();
        sessions.add(s);
        return s;
    }

    private static List<Map<String, Object>> rows(int from, int to, int customers, int hours) {
        return BackgroundPublishTest.rows(from, to, customers, hours);
    }

    private static List<String> parquetObjects(Session session, FeatureGroup g) {
        return BackgroundPublishTest.parquetObjects(session, g);
    }

    private long[] counts(FeatureGroup g) {
        AthenaQuery q = g.athenaQuery();
        try (VectorSchemaRoot r = q.run("SELECT count(*) AS n, count(DISTINCT spend) AS d FROM \"" + q.tableName()
                + "\"", allocator)) {
            return new long[] {((BigIntVector) r.getVector("n")).get(0), ((BigIntVector) r.getVector("d")).get(0)};
        }
    }

    private String datasetCsv(Session session, FeatureGroup g, int customers, int hours) {
        BigIntVector id = new BigIntVector("customer_id", allocator);
        TimeStampMicroTZVector ts = new TimeStampMicroTZVector("ts", allocator, "UTC");
        for (int i = 0; i < customers; i++) {
            id.setSafe(i, i);
            // a time inside the hours written, so that the join picks a row that is not the newest
            ts.setSafe(i, T0.plusSeconds(3600L * (i % hours) + 1800).getEpochSecond() * 1_000_000L);
        }
        try (VectorSchemaRoot base = new VectorSchemaRoot(List.of(id, ts))) {
            base.setRowCount(customers);
            DatasetBuilder.Result r = new FeatureStore(session).createDataset(base, "s3://bucket/ds", d -> d
                    .recordIdentifierFeatureName("customer_id").eventTimeIdentifierFeatureName("ts"))
                    .withFeatureGroup(g, "customer_id", List.of("spend", "city")).pointInTimeAccurateJoin()
                    .toCsvFile();
            return session.objectStore().getString(r.uri());
        }
    }

    @Test
    void dataset_rightAfterIngestWithBackgroundPublisherOff_readsEveryQueuedRowWithoutPublishing() {
        Session session = session("0");
        FeatureGroup g = customers(session, "customers", null);
        g.ingest(rows(0, 3_000, 100, 6));
        g.deleteRecord("7", T0.plusSeconds(3 * 3600).toString(),
                software.amazon.awssdk.services.sagemakerfeaturestoreruntime.model.DeletionMode.SOFT_DELETE);

        // 3,001 rows: the delete marker has no spend, so 3,000 distinct spends
        String queued = datasetCsv(session, g, 100, 6);
        assertThat(parquetObjects(session, g)).isEmpty();
        assertThat(counts(g)).containsExactly(3_001, 3_000);
        assertThat(parquetObjects(session, g)).isEmpty();

        LocalFeatureStore.of(session.backend()).orElseThrow().flush("customers");
        assertThat(parquetObjects(session, g)).hasSize(6);
        assertThat(datasetCsv(session, g, 100, 6)).isEqualTo(queued);
        assertThat(counts(g)).containsExactly(3_001, 3_000);
    }

    @Test
    void queries_racingTheBackgroundPublisher_seeEachRowExactlyOnce() throws Exception {
        Session session = session("50");
        FeatureGroup g = customers(session, "customers", null);
        int total = 12_000;
        AtomicLong acknowledged = new AtomicLong();
        AtomicBoolean done = new AtomicBoolean();
        List<Throwable> errors = Collections.synchronizedList(new ArrayList<>());
        java.util.concurrent.CountDownLatch published = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch queried = new java.util.concurrent.CountDownLatch(1);
        Thread writer = new Thread(() -> {
            try {
                for (int k = 0; k < total; k += 100) {
                    if (k == total / 2) {
                        // halfway, once the publisher has put files: one query runs before the rest is written, so
                        // that at least one query reads files and queued rows together (however fast this machine)
                        for (int i = 0; i < 600 && parquetObjects(session, g).isEmpty(); i++) {
                            Thread.sleep(50);
                        }
                        published.countDown();
                        queried.await(60, java.util.concurrent.TimeUnit.SECONDS);
                    }
                    g.ingest(rows(k, k + 100, 100, 2));
                    acknowledged.set(k + 100);
                }
            } catch (Throwable e) {
                errors.add(e);
            } finally {
                done.set(true);
                published.countDown();
            }
        });
        writer.start();
        int queries = 0;
        boolean sawBoth = false;
        while (!done.get() || queries < 20) {
            long before = acknowledged.get();
            long[] n = counts(g);
            long after = acknowledged.get();
            // every row once: no duplicate (distinct spend), none lost (at least what was acknowledged before)
            assertThat(n[0]).as("query %d", queries).isEqualTo(n[1]).isBetween(before, after);
            sawBoth |= n[0] > 0 && !parquetObjects(session, g).isEmpty() && n[0] < total;
            queries++;
            if (published.getCount() == 0 && queried.getCount() > 0 && n[0] == before) {
                queried.countDown(); // this query ran while the writer waited halfway
            }
        }
        writer.join();
        assertThat(errors).isEmpty();
        assertThat(sawBoth).as("the queries ran while the publisher published").isTrue();
        assertThat(counts(g)).containsExactly(total, total);
        LocalFeatureStore.of(session.backend()).orElseThrow().flush("customers");
        assertThat(counts(g)).containsExactly(total, total);
    }

    @Test
    void dataset_racingTheBackgroundPublisher_equalsTheDatasetAfterAFlush() throws Exception {
        Session session = session("50");
        FeatureGroup g = customers(session, "customers", null);
        g.ingest(rows(0, 4_000, 100, 2));
        // the publisher still works through the queue (chunks of at least 200 rows) while the datasets run
        List<String> csvs = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            csvs.add(datasetCsv(session, g, 100, 2));
        }
        LocalFeatureStore.of(session.backend()).orElseThrow().flush("customers");
        String published = datasetCsv(session, g, 100, 2);
        assertThat(csvs).allSatisfy(c -> assertThat(c).isEqualTo(published));
    }
}
