/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.featurestore.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes a session's queued offline rows while its ingest goes on, so that the first offline
 * query after an ingest finds little left to publish. One daemon thread per session, started by the
 * first write that queues enough rows: the write path only counts the rows it queued by group
 * ({@link #queued}) and wakes the thread when a group has {@code minRows} of them.
 *
 * <p>The guarantees stay those of the query's own publish, which still runs first and publishes
 * whatever is left (so a query sees every row written before it): the thread publishes under the
 * root's flush lock with the same {@link OfflinePublisher}, each hourly file appears whole, and a
 * failed chunk unpublishes its files and leaves its rows queued. A failure is logged and retried
 * (after 1 s, doubling up to 30 s), and the next query's publish, which tries the same rows, throws it
 * to the caller. {@link #close} lets a chunk under way finish and stops the thread before the
 * session's last publish.
 */
final class BackgroundPublisher implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(BackgroundPublisher.class);
    private static final long FIRST_RETRY_MILLIS = 1_000;
    private static final long MAX_RETRY_MILLIS = 30_000;
    /**
     * How long writes must pause before the thread publishes. Publishing competes with an ingest under way for
     * the same cores (DuckDB's COPY, the fsyncs): on 2 cores it halved the durable ingest rate (P6). Queries do
     * not wait for it (they read the queued rows beside the files), so it can wait for a pause.
     */
    static final long QUIET_MILLIS = 300;
    /** Queued rows of a group past which the thread publishes even while writes go on: what a query reads from the queue. */
    static final long MAX_QUEUED_ROWS = 1_000_000;

    private final OfflinePublisher publisher;
    private final RootStore store;
    private final long lagMicros;
    private final int minRows;
    private final Map<String, Pending> pending = new ConcurrentHashMap<>();
    /** Guards {@link #thread}, {@link #due} and {@link #stopped}; the thread waits on it. */
    private final Object signal = new Object();
    private Thread thread;
    private boolean due;
    private volatile boolean stopped;
    /** When the write path last queued rows ({@link System#nanoTime}). */
    private volatile long lastWrite;

    /** The rows a group queued since the thread last looked, and how many wake it. */
    private static final class Pending {
        final GroupMeta meta;
        final AtomicLong rows = new AtomicLong();
        volatile long trigger;
        volatile boolean failed;

        Pending(GroupMeta meta, long trigger) {
            this.meta = meta;
            this.trigger = trigger;
        }
    }

    /**
     * @param minRows rows a group queues before the thread publishes them; 0 or less: never
     */
    BackgroundPublisher(OfflinePublisher publisher, RootStore store, long lagMicros, int minRows) {
        this.publisher = publisher;
        this.store = store;
        this.lagMicros = lagMicros;
        this.minRows = minRows;
    }

    /** Called by the write path after {@code rows} offline rows of {@code meta} were written; never blocks on a publish. */
    void queued(GroupMeta meta, int rows) {
        if (minRows <= 0 || rows <= 0 || stopped) {
            return;
        }
        lastWrite = System.nanoTime();
        Pending p = pending.compute(meta.name, (k, old) -> old != null && old.meta == meta ? old
                : new Pending(meta, minRows));
        if (p.rows.addAndGet(rows) >= p.trigger) {
            synchronized (signal) {
                if (stopped) {
                    return;
                }
                due = true;
                if (thread == null) {
                    thread = new Thread(this::run, "sagemaker4j-offline-publisher " + store.base);
                    thread.setDaemon(true);
                    thread.start();
                }
                signal.notifyAll();
            }
        }
    }

    private void run() {
        long retryMillis = 0;
        while (true) {
            synchronized (signal) {
                if (!due && !stopped) {
                    try {
                        signal.wait(retryMillis);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
                if (stopped) {
                    return;
                }
                due = false;
            }
            if (!awaitPause()) {
                return;
            }
            boolean failed = false;
            for (Pending p : pending.values()) {
                if (stopped) {
                    return;
                }
                if (p.rows.get() >= p.trigger || p.failed) {
                    failed |= !publish(p);
                }
            }
            retryMillis = !failed ? 0 : retryMillis == 0 ? FIRST_RETRY_MILLIS
                    : Math.min(MAX_RETRY_MILLIS, retryMillis * 2);
        }
    }

    /**
     * Waits until writes paused for {@link #QUIET_MILLIS}, or a group queued {@link #MAX_QUEUED_ROWS}; false when
     * the publisher was stopped meanwhile.
     */
    private boolean awaitPause() {
        while (!stopped) {
            long quiet = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - lastWrite);
            if (quiet >= QUIET_MILLIS || pending.values().stream().anyMatch(p -> p.rows.get() >= MAX_QUEUED_ROWS)) {
                return true;
            }
            synchronized (signal) {
                if (stopped) {
                    return false;
                }
                try {
                    signal.wait(Math.max(1, QUIET_MILLIS - quiet));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
        }
        return false;
    }

    /** Publishes a group's queued rows; false when the publish failed (the rows stay queued). */
    private boolean publish(Pending p) {
        if (store.groups.get(p.meta.name) != p.meta) {
            // deleted or replaced: its queue rows went with it
            pending.remove(p.meta.name, p);
            return true;
        }
        long counted = p.rows.getAndSet(0);
        try {
            int left;
            synchronized (store.flushLock) {
                left = publisher.publishSome(p.meta, store.db, store.queue, EventTimes.nowMicros() - lagMicros,
                        minRows, () -> stopped);
            }
            p.failed = false;
            // rows left over were too few or too spread over hours for files of a sensible size: wait for as
            // many again (rows written meanwhile are counted already)
            p.trigger = left >= minRows ? 2L * left : minRows;
            p.rows.addAndGet(left);
            return true;
        } catch (RuntimeException e) {
            p.rows.addAndGet(counted);
            if (!p.failed) {
                LOG.warn("offline rows of {} could not be published in the background and stay queued (retried, "
                        + "and published by the next offline query or close): {}", p.meta.name, e.toString());
            }
            p.failed = true;
            return false;
        }
    }

    /**
     * Stops the thread: a chunk under way is finished (so that no file is cut off), later ones are
     * left to the caller's own publish. Waits for the thread to end.
     */
    @Override
    public void close() {
        Thread t;
        synchronized (signal) {
            stopped = true;
            signal.notifyAll();
            t = thread;
        }
        if (t == null || t == Thread.currentThread()) {
            return;
        }
        boolean interrupted = false;
        while (true) {
            try {
                t.join();
                break;
            } catch (InterruptedException e) {
                // the chunk under way must end before the RocksDB handles can be freed
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
