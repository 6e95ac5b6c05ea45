/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.featurestore.internal;

import dev.sagemaker4j.exceptions.ResourceNotFoundException;
import dev.sagemaker4j.exceptions.StorageException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BiConsumer;
import org.rocksdb.ReadOptions;
import org.rocksdb.RocksDBException;
import org.rocksdb.RocksIterator;
import org.rocksdb.Slice;
import org.rocksdb.WriteBatch;

/**
 * The write path of PutRecord and bulk ingest: validates rows, keeps the newest record of each
 * identifier online (newest event time wins; of two with the same event time, the later write), and
 * queues every row for the offline store, all in one RocksDB write batch under the group's lock. One
 * batch holds both stores' writes, so after a crash both have a row or neither does.
 *
 * <p>Not guarded itself: {@link LocalFeatureStore} calls it under its read lock.
 */
final class RecordWriter {
    /** The last api_invocation_time given out: they only grow, one a row. */
    private static final AtomicLong LAST_API = new AtomicLong();

    private final RootStore store;
    private final FeatureGroupControl control;
    private final BackgroundPublisher background;

    RecordWriter(RootStore store, FeatureGroupControl control, BackgroundPublisher background) {
        this.store = store;
        this.control = control;
        this.background = background;
    }

    /**
     * The rows' event times and online keys; a key is null where its row failed validation.
     *
     * @param events by row, the event time in epoch microseconds
     * @param keys   by row, the online key, or null
     * @param valid  how many keys are not null
     */
    private record Checked(long[] events, byte[][] keys, int valid) {
    }

    /** See {@link LocalFeatureStore#write(GroupMeta, List, byte[], long[], Long, int, long, BiConsumer)}. */
    int write(GroupMeta meta, List<String[]> rows, byte[] kinds, long[] numbers, Long ttl, int targets,
              long base, BiConsumer<Long, RuntimeException> failures) {
        store.requireWriter("PutRecord");
        // validation runs before the group's lock: it needs no store, so other writers of the group need not wait
        Checked checked = validate(meta, rows, kinds, numbers, base, failures);
        boolean toOnline = meta.online && (targets & 1) != 0;
        boolean toOffline = meta.offline && (targets & 2) != 0;
        long ttlMicros = ttl != null ? ttl : meta.ttlMicros;
        int written;
        ReentrantLock lock = control.lock(meta.name);
        lock.lock();
        try (WriteBatch batch = new WriteBatch()) {
            if (store.groups.get(meta.name) != meta) {
                throw new ResourceNotFoundException("FeatureGroup", meta.name, "the group was deleted or replaced");
            }
            // each row its own api_invocation_time, in the order the online store applies them, so that of two
            // rows with one id and event time the later wins in datasets as it does online
            long api = apiInvocationMicros(Math.max(1, rows.size()));
            WrittenKeys seen = toOnline ? written(meta) : null;
            Map<String, Long> newest = toOnline ? newestOnline(meta, rows, checked, seen) : Map.of();
            written = put(batch, meta, rows, kinds, numbers, checked, seen, newest, toOffline,
                    ttlMicros, api);
            store.db.write(store.writeOptions, batch);
        } catch (RocksDBException e) {
            throw new StorageException(meta.name, "the records cannot be written: " + e, true, e);
        } finally {
            lock.unlock();
        }
        if (toOffline) {
            // after the batch is durable: a background publish only ever finds rows that are in the queue
            background.queued(meta, written);
        }
        return written;
    }

    /** Validates every row; a failure is thrown, or reported and its row skipped when there is a sink. */
    private static Checked validate(GroupMeta meta, List<String[]> rows, byte[] kinds, long[] numbers, long base,
                                    BiConsumer<Long, RuntimeException> failures) {
        int n = rows.size();
        long[] events = new long[n];
        byte[][] keys = new byte[n][];
        int valid = 0;
        for (int r = 0; r < n; r++) {
            try {
                String[] values = rows.get(r);
                events[r] = RecordValidation.validate(meta, values, kinds, numbers, r * meta.names.length);
                keys[r] = Rows.key(meta.prefix, values[meta.idIndex].getBytes(StandardCharsets.UTF_8));
                valid++;
            } catch (RuntimeException e) {
                if (failures == null) {
                    throw e;
                }
                failures.accept(base + r, e);
            }
        }
        return new Checked(events, keys, valid);
    }

    /**
     * The event time of the record online for each identifier of the batch that has one. Keyed by the
     * identifier itself, which maps one to one to its key (validation refuses what UTF-8 cannot
     * encode); {@link #put} adds the batch's own rows as it goes. Called under the group's lock.
     */
    private Map<String, Long> newestOnline(GroupMeta meta, List<String[]> rows, Checked checked, WrittenKeys seen)
            throws RocksDBException {
        Map<String, Long> newest = new HashMap<>(checked.valid() * 4 / 3 + 1);
        List<byte[]> present = new ArrayList<>(checked.valid());
        int[] presentRows = new int[checked.valid()];
        byte[][] keys = checked.keys();
        for (int r = 0; r < keys.length; r++) {
            // a key never written since the group's key range was empty holds no record: no look-up
            if (keys[r] != null && seen.mayContain(keys[r])) {
                presentRows[present.size()] = r;
                present.add(keys[r]);
            }
        }
        List<byte[]> existing = present.isEmpty() ? List.of()
                : store.db.multiGetAsList(Collections.nCopies(present.size(), store.online), present);
        for (int k = 0; k < present.size(); k++) {
            if (existing.get(k) != null) {
                newest.put(rows.get(presentRows[k])[meta.idIndex], Rows.first(existing.get(k)));
            }
        }
        return newest;
    }

    /**
     * Adds the valid rows to the batch: online where a row is at least as new as the record there, to
     * the offline queue always (the offline store keeps every version). {@code seen} is null when the
     * rows do not go online.
     *
     * @return the number of rows added
     */
    private int put(WriteBatch batch, GroupMeta meta, List<String[]> rows, byte[] kinds, long[] numbers,
                    Checked checked, WrittenKeys seen, Map<String, Long> newest, boolean toOffline, long ttlMicros,
                    long api) throws RocksDBException {
        long[] events = checked.events();
        byte[][] keys = checked.keys();
        int written = 0;
        Rows.Writer cells = new Rows.Writer();
        for (int r = 0; r < keys.length; r++) {
            if (keys[r] == null) {
                continue;
            }
            String[] values = rows.get(r);
            // the online value and the offline row share their values part
            int body = cells.body(values, kinds, numbers, r * meta.names.length);
            if (seen != null) {
                String id = values[meta.idIndex];
                Long current = newest.get(id);
                if (current == null || events[r] >= current) {
                    long expires = ttlMicros > 0 ? events[r] + ttlMicros : 0L;
                    batch.put(store.online, keys[r], cells.row(events[r], expires, (byte) 0, body));
                    seen.add(keys[r]);
                    newest.put(id, events[r]);
                }
            }
            if (toOffline) {
                batch.put(store.queue, Rows.key(meta.prefix, store.seq.incrementAndGet()),
                        cells.row(api + r, events[r], (byte) 0, body));
            }
            written++;
        }
        return written;
    }

    /** Reserves {@code n} consecutive api_invocation_times, from now or just after the last one given. */
    static long apiInvocationMicros(int n) {
        long now = EventTimes.nowMicros();
        return LAST_API.accumulateAndGet(now, (last, t) -> Math.max(t, last + 1) + n - 1) - (n - 1);
    }

    /**
     * The keys written online to a group in this process since its key range was seen empty: seen at
     * its first write here (one seek), {@link WrittenKeys#unknown()} when it held records. Called
     * under the group's write lock, which every online write of the group holds.
     */
    WrittenKeys written(GroupMeta meta) throws RocksDBException {
        WrittenKeys seen = store.written.get(meta.name);
        if (seen == null) {
            boolean empty;
            try (Slice upper = new Slice(Rows.end(meta.prefix));
                 ReadOptions options = new ReadOptions().setIterateUpperBound(upper);
                 RocksIterator it = store.db.newIterator(store.online, options)) {
                it.seek(meta.prefix);
                empty = !it.isValid();
                it.status();
            }
            seen = empty ? WrittenKeys.empty() : WrittenKeys.unknown();
            store.written.put(meta.name, seen);
        }
        return seen;
    }
}
