/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.featurestore.internal;

import dev.sagemaker4j.exceptions.StorageException;
import dev.sagemaker4j.local.LocalContext;
import java.nio.ByteBuffer;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.duckdb.DuckDBConnection;
import org.rocksdb.ReadOptions;
import org.rocksdb.RocksIterator;
import org.rocksdb.Slice;
import org.rocksdb.Snapshot;
import org.slf4j.LoggerFactory;

/**
 * The session's side of the offline store: publishing a group's queued rows ({@link OfflinePublisher}
 * does the work) and the view of published files plus queued rows that an offline query reads. Only
 * the writing process publishes or shows queued rows; a reader process shows what the writer has
 * published. Every publish of the root holds its flush lock, so a flush, the background publisher and
 * close never publish one row twice.
 *
 * <p>Not guarded itself: {@link LocalFeatureStore} calls it under its read lock (close under the write lock).
 */
final class OfflineAccess {
    private final LocalContext context;
    private final RootStore store;
    private final FeatureGroupControl control;
    private final OfflinePublisher publisher;
    private final long lagMicros;

    OfflineAccess(LocalContext context, RootStore store, FeatureGroupControl control, OfflinePublisher publisher,
                  long lagMicros) {
        this.context = context;
        this.store = store;
        this.control = control;
        this.publisher = publisher;
        this.lagMicros = lagMicros;
    }

    /** See {@link LocalFeatureStore#flush}. */
    void flush(String name) {
        GroupMeta meta = control.group(name);
        if (!meta.offline || !store.writer()) {
            // a reader process shows what the writing process has published
            return;
        }
        publish(meta);
    }

    private void publish(GroupMeta meta) {
        synchronized (store.flushLock) {
            publisher.flush(meta, store.db, store.queue, EventTimes.nowMicros() - lagMicros);
        }
    }

    /**
     * Publishes every group's queued rows when the session closes; a group whose publish fails keeps
     * its rows queued (durable in RocksDB) for the next start, and the others are still published.
     */
    void publishAll() {
        if (!store.writer()) {
            return;
        }
        for (GroupMeta meta : store.groups.values()) {
            if (meta.offline) {
                try {
                    publish(meta);
                } catch (RuntimeException e) {
                    LoggerFactory.getLogger(LocalFeatureStore.class).warn(
                            "offline rows of {} stay queued until the next start: {}", meta.name, e.toString());
                }
            }
        }
    }

    /** See {@link LocalFeatureStore#offlineView}. */
    LocalFeatureStore.OfflineView view(DuckDBConnection c, String name, String table) {
        GroupMeta meta = control.group(name);
        if (!meta.offline || !store.writer()) {
            return null;
        }
        if (store.failedPublish.contains(meta.name) || queuedBeforeOpen(meta)) {
            // publish first, as before: a broken publish is reported to the query, and rows a crash left
            // both queued and in a file of a cut-short publish get that file replaced, not read twice
            flush(name);
        }
        long now = EventTimes.nowMicros();
        List<String> files = new ArrayList<>();
        Snapshot snapshot;
        // the file list and the queue's snapshot together, under the lock a publish swaps both under:
        // each row is then in exactly one of the two
        synchronized (store.swapLock) {
            context.objectStore().listAll(meta.offlineUri + "/").forEach(o -> {
                if (o.uri().endsWith(".parquet") && !store.unswapped.contains(o.uri())) {
                    files.add(o.uri());
                }
            });
            snapshot = store.db.getSnapshot();
        }
        try {
            return new LocalFeatureStore.OfflineView(files, queuedTable(c, table, meta, snapshot, now));
        } finally {
            store.db.releaseSnapshot(snapshot);
        }
    }

    /** Puts the snapshot's queued rows older than the lag in a new table; drops it again when there are none. */
    private boolean queuedTable(DuckDBConnection c, String table, GroupMeta meta, Snapshot snapshot, long now) {
        try {
            long queued = OfflinePublisher.appendQueued(c, table, meta, store.db, store.queue, snapshot,
                    now - lagMicros, lagMicros);
            if (queued == 0) {
                // the usual case once published: the files alone, as before, with nothing to union
                try (Statement s = c.createStatement()) {
                    s.execute("DROP TABLE " + OfflinePublisher.quote(table));
                }
            }
            return queued > 0;
        } catch (SQLException e) {
            throw new StorageException(meta.offlineUri, "the queued offline rows cannot be read: " + e, true, e);
        }
    }

    /** Whether the group's first queued row was queued before this process opened the root. */
    private boolean queuedBeforeOpen(GroupMeta meta) {
        try (Slice upper = new Slice(Rows.end(meta.prefix));
             ReadOptions ro = new ReadOptions().setIterateUpperBound(upper);
             RocksIterator it = store.db.newIterator(store.queue, ro)) {
            it.seek(meta.prefix);
            if (!it.isValid()) {
                return false;
            }
            // a queue key ends in its 8-byte sequence number, which only grows
            byte[] key = it.key();
            return ByteBuffer.wrap(key, key.length - 8, 8).getLong() <= store.openSeq;
        }
    }
}
