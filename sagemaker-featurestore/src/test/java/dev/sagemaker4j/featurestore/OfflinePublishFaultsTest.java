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
import dev.sagemaker4j.featurestore.internal.LocalFeatureStore;
import dev.sagemaker4j.testing.FaultyObjectStore;
import dev.sagemaker4j.testing.FaultyObjectStore.Fault;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The offline store's publish (queued rows to Parquet objects) on a full disk: a typed error that
 * names the cause, none of the failed publish's files visible, no temporary Parquet left, and every
 * row published exactly once by the next successful publish.
 */
class OfflinePublishFaultsTest {
    @TempDir
    Path root;
    Session session;
    FaultyObjectStore faults;
    BufferAllocator allocator;

    @BeforeEach
    void open() {
        session = Session.builder().backend("local").root(root).region("us-east-1")
                .objectStoreDecorator(FaultyObjectStore::wrap).build();
        faults = FaultyObjectStore.of(session);
        allocator = new RootAllocator();
    }

    @AfterEach
    void close() {
        session.close();
        allocator.close();
    }

    private List<String> parquetObjects(FeatureGroup g) {
        String resolved = g.describe().offlineStoreConfig().s3StorageConfig().resolvedOutputS3Uri();
        return session.objectStore().listAll(resolved + "/").map(o -> o.uri()).filter(u -> u.endsWith(".parquet"))
                .collect(Collectors.toList());
    }

    private List<Path> leftovers() throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).filter(p -> p.getFileName().toString().contains(".sm4j-tmp-")
                    || p.startsWith(root.resolve("featurestore/tmp"))).collect(Collectors.toList());
        }
    }

    private void flush(FeatureGroup g) {
        LocalFeatureStore.of(session.backend()).orElseThrow().flush(g.name());
    }

    private long count(FeatureGroup g, String where) {
        AthenaQuery q = g.athenaQuery();
        try (VectorSchemaRoot r = q.run("SELECT count(*) AS n FROM \"" + q.tableName() + "\" " + where, allocator)) {
            return ((BigIntVector) r.getVector("n")).get(0);
        }
    }

    @Test
    void publish_diskFullOnTheSecondFile_publishesNothingThenEveryRowExactlyOnce() throws IOException {
        FeatureGroup g = customers(session, "customers", null);
        g.putRecord(row(1, "2024-03-05T07:30:00Z", 1.0, "Oslo"));
        g.putRecord(row(2, "2024-03-05T07:40:00Z", 2.0, "Rome"));
        g.putRecord(row(3, "2024-03-05T08:10:00Z", 3.0, "Lima"));
        g.putRecord(row(4, "2024-03-05T09:10:00Z", 4.0, "Kyiv"));
        // the first file (hour 07) fits, the second (hour 08) fails mid-write
        faults.failWrites(Fault.diskFull().fromPut(2).afterBytes(100).onUris("\\.parquet$"));

        // queries read queued rows without publishing them: publish explicitly
        assertThatThrownBy(() -> flush(g)).isInstanceOf(StorageException.class)
                .hasMessageContaining("No space left on device")
                .hasMessageContaining("/offline-store/customers-");
        assertThat(faults.failedWrites()).singleElement().asString().contains("/hour=08/").endsWith(".parquet");
        // none of the failed publish's files is visible: the rows are still queued, not half-published
        assertThat(parquetObjects(g)).isEmpty();
        assertThat(leftovers()).isEmpty();

        // a later row in hour 07 changes that hour's file name: the queued rows must not be published twice
        g.putRecord(row(5, "2024-03-05T07:50:00Z", 5.0, "Oslo"));
        faults.heal();

        assertThat(count(g, "")).isEqualTo(5);
        assertThat(count(g, "WHERE customer_id IN (1, 2, 3, 4, 5)")).isEqualTo(5);
        assertThat(parquetObjects(g)).hasSize(3);
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void publish_ioErrorOnEveryFile_keepsTheRowsQueuedUntilTheNextPublish() {
        FeatureGroup g = customers(session, "customers", null);
        g.putRecord(row(1, "2024-03-05T07:30:00Z", 1.0, "Oslo"));
        faults.failWrites(Fault.ioError().onUris("\\.parquet$"));

        assertThatThrownBy(() -> flush(g)).isInstanceOf(StorageException.class)
                .hasMessageContaining("Input/output error");
        // after a failed publish a query publishes first again, so it reports the failure too
        assertThatThrownBy(() -> count(g, "")).isInstanceOf(StorageException.class)
                .hasMessageContaining("Input/output error");
        faults.heal();

        assertThat(count(g, "")).isEqualTo(1);
        assertThat(count(g, "")).isEqualTo(1);
    }
}
