/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.monitor.internal;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Feeds positional rows to their features on worker threads. The reading thread cuts the rows' cells into blocks
 * (column by column); each of W workers owns the columns {@code j} with {@code j % W} equal to its index and takes
 * every block in order, so each feature sees its values in row order on one thread, exactly as a single-threaded
 * pass would give them, and the statistics are the same. Reading and cutting lines stays on the reading thread;
 * number parsing, type inference, the moments, the KLL sketch and the categories run on the workers.
 *
 * <p>Memory is bounded: a fixed ring of blocks circulates (a block goes back to the reader once every worker has
 * taken its columns out of it), so the reader waits when the workers are behind, whatever the row count.
 */
final class ColumnWorkers implements AutoCloseable {
    /** Cells per block (rows times columns), about: enough to make a hand-over rare, few enough to stay small. */
    static final int BLOCK_CELLS = 8192;
    private static final int MIN_BLOCK_ROWS = 64;
    private static final int MAX_WORKERS = 8;

    private final List<FeatureStats> features;
    private final int columns;
    private final int blockRows;
    private final int workers;
    private final BlockingQueue<Block> free;
    private final List<BlockingQueue<Block>> queues = new ArrayList<>();
    private final List<Thread> threads = new ArrayList<>();
    private final AtomicReference<Throwable> failure = new AtomicReference<>();
    private final Block end = new Block(0);
    private volatile boolean aborted;
    private Block current;
    private boolean stopped;

    /** A block of rows, stored column by column: cell (row r, column j) at {@code j * blockRows + r}. */
    private static final class Block {
        final String[] cells;
        final AtomicInteger pending = new AtomicInteger();
        int rows;

        Block(int size) {
            cells = new String[size];
        }
    }

    /**
     * Starts the workers for a fixed set of columns.
     *
     * @param features the columns' statistics, by position; the list must not change while rows are added
     * @param workers  the worker threads (at least 1)
     */
    ColumnWorkers(List<FeatureStats> features, int workers) {
        this.features = features;
        this.columns = features.size();
        this.workers = Math.max(1, Math.min(workers, columns));
        this.blockRows = Math.max(MIN_BLOCK_ROWS, BLOCK_CELLS / Math.max(1, columns));
        int ring = 2 * this.workers + 2;
        this.free = new ArrayBlockingQueue<>(ring);
        for (int i = 0; i < ring; i++) {
            free.add(new Block(blockRows * columns));
        }
        for (int w = 0; w < this.workers; w++) {
            // one more than the ring, so that the end marker always fits
            BlockingQueue<Block> q = new ArrayBlockingQueue<>(ring + 1);
            queues.add(q);
            int index = w;
            Thread t = new Thread(() -> work(index, q), "model-monitor-analyzer-columns-" + w);
            t.setDaemon(true);
            threads.add(t);
        }
        threads.forEach(Thread::start);
    }

    /**
     * The worker threads for a table of this many columns on this machine: one per processor, at most 8, at most
     * one per column.
     *
     * @param columns the columns
     * @return the worker count
     */
    static int defaultWorkers(int columns) {
        return Math.max(1, Math.min(Math.min(MAX_WORKERS, columns), Runtime.getRuntime().availableProcessors()));
    }

    /**
     * Adds one row, whose cell count is the column count (checked by the caller). Waits while every block is in
     * use by the workers.
     *
     * @param cells the row's cells
     * @throws IOException when the reading thread is interrupted, or a worker failed
     */
    void add(List<String> cells) throws IOException {
        if (current == null) {
            current = take();
        }
        int r = current.rows;
        String[] block = current.cells;
        for (int j = 0; j < columns; j++) {
            block[j * blockRows + r] = cells.get(j);
        }
        if (++current.rows == blockRows) {
            dispatch(current);
            current = null;
        }
    }

    /**
     * Hands over the last rows and waits until the workers have added every row.
     *
     * @throws IOException when a worker failed
     */
    void finish() throws IOException {
        if (current != null && current.rows > 0) {
            dispatch(current);
        }
        current = null;
        stop();
        rethrow();
    }

    /** Stops the workers without waiting for the rows still queued (after a failure of the reading thread). */
    @Override
    public void close() {
        if (!stopped) {
            aborted = true;
            stop();
        }
    }

    /**
     * The worker threads still running.
     *
     * @return the count; 0 after {@link #finish} or {@link #close}
     */
    int liveWorkers() {
        return (int) threads.stream().filter(Thread::isAlive).count();
    }

    private Block take() throws IOException {
        try {
            while (true) {
                rethrow();
                Block b = free.poll(100, TimeUnit.MILLISECONDS);
                if (b != null) {
                    return b;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while the analyzer's workers were busy");
        }
    }

    private void dispatch(Block b) {
        b.pending.set(workers);
        for (BlockingQueue<Block> q : queues) {
            // never full: a queue holds at most the ring's blocks
            q.add(b);
        }
    }

    private void stop() {
        stopped = true;
        for (BlockingQueue<Block> q : queues) {
            q.add(end);
        }
        boolean interrupted = false;
        for (Thread t : threads) {
            while (t.isAlive()) {
                try {
                    t.join();
                } catch (InterruptedException e) {
                    // the end marker is queued and an aborted worker skips its blocks: this wait is short
                    interrupted = true;
                    aborted = true;
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private void rethrow() throws IOException {
        Throwable t = failure.get();
        if (t == null) {
            return;
        }
        if (t instanceof IOException e) {
            throw e;
        }
        if (t instanceof UncheckedIOException e) {
            throw e.getCause();
        }
        if (t instanceof RuntimeException e) {
            throw e;
        }
        if (t instanceof Error e) {
            throw e;
        }
        throw new IllegalStateException(t);
    }

    private void work(int index, BlockingQueue<Block> queue) {
        while (true) {
            Block b;
            try {
                b = queue.take();
            } catch (InterruptedException e) {
                // nobody interrupts the workers but a JVM shutdown: leave
                failure.compareAndSet(null, e);
                return;
            }
            if (b == end) {
                return;
            }
            if (!aborted && failure.get() == null) {
                try {
                    for (int j = index; j < columns; j += workers) {
                        FeatureStats f = features.get(j);
                        int offset = j * blockRows;
                        for (int r = 0; r < b.rows; r++) {
                            f.add(b.cells[offset + r]);
                        }
                    }
                } catch (RuntimeException | Error e) {
                    failure.compareAndSet(null, e);
                }
            }
            if (b.pending.decrementAndGet() == 0) {
                b.rows = 0;
                free.add(b);
            }
        }
    }
}
