/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.featurestore;

import dev.sagemaker4j.exceptions.WaiterTimeoutException;
import dev.sagemaker4j.progress.ProgressEvent;
import dev.sagemaker4j.progress.ProgressListener;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;

/**
 * A running ingest, as the Python SDK's {@code IngestionManagerPandas}: rows are split into
 * {@code maxWorkers} contiguous ranges written in parallel; a row that fails is recorded and the
 * rest are written. {@link #await(Duration)} waits and throws {@link IngestionError} when rows
 * failed. Its threads end on their own; it needs no closing.
 *
 * <pre>{@code
 * IngestionManager m = group.ingest(table, i -> i.maxWorkers(4).wait(false));
 * m.await(Duration.ofMinutes(1));
 * }</pre>
 */
public final class IngestionManager {
    private final String featureGroupName;
    private final long total;
    private final Map<Long, RuntimeException> failures = new ConcurrentSkipListMap<>();
    private final AtomicLong done = new AtomicLong();
    private final CountDownLatch finished;
    private final ProgressListener progress;
    private final long started = System.nanoTime();

    /** One worker's job: write rows [from, to), report failures and progress. */
    interface Range {
        void run(long from, long to, BiConsumer<Long, RuntimeException> failures, AtomicLong done);
    }

    IngestionManager(String featureGroupName, long total, int maxWorkers, ProgressListener progress, Range range) {
        if (maxWorkers < 1) {
            throw new dev.sagemaker4j.exceptions.ValidationException("maxWorkers", maxWorkers, "is less than 1",
                    "use at least one worker");
        }
        this.featureGroupName = featureGroupName;
        this.total = total;
        this.progress = progress;
        int workers = (int) Math.max(1, Math.min(maxWorkers, total));
        this.finished = new CountDownLatch(workers);
        long per = (total + workers - 1) / workers;
        for (int w = 0; w < workers; w++) {
            long from = Math.min(total, w * per);
            long to = Math.min(total, from + per);
            Thread t = new Thread(() -> {
                try {
                    range.run(from, to, failures::put, done);
                } catch (RuntimeException e) {
                    for (long r = from; r < to; r++) {
                        failures.putIfAbsent(r, e);
                    }
                } finally {
                    finished.countDown();
                    report(finished.getCount() == 0);
                }
            }, "sagemaker4j-ingest-" + featureGroupName + "-" + w);
            t.setDaemon(true);
            t.start();
        }
    }

    void report(boolean last) {
        if (progress != null) {
            progress.onProgress(new ProgressEvent("Ingest", featureGroupName, last ? total : done.get(), total,
                    "record", Map.of("failed", (double) failures.size()), Duration.ofNanos(System.nanoTime() - started)));
        }
    }

    /**
     * Waits for the ingest to end.
     *
     * @param timeout how long to wait
     * @throws IngestionError        when some rows failed
     * @throws WaiterTimeoutException when it has not ended in time
     */
    public void await(Duration timeout) {
        try {
            if (!finished.await(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new WaiterTimeoutException("Ingest", featureGroupName, timeout,
                        done.get() + " of " + total + " rows done");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new WaiterTimeoutException("Ingest", featureGroupName, timeout, "interrupted");
        }
        if (!failures.isEmpty()) {
            throw new IngestionError(failedRows(), failures);
        }
    }

    /**
     * Whether every worker has ended.
     *
     * @return true when done
     */
    public boolean isDone() {
        return finished.getCount() == 0;
    }

    /**
     * The indices of the rows that failed so far, ascending.
     *
     * @return row indices
     */
    public List<Long> failedRows() {
        return new ArrayList<>(failures.keySet());
    }

    /**
     * Why each row failed.
     *
     * @return errors by row index
     */
    public Map<Long, RuntimeException> errors() {
        return Map.copyOf(failures);
    }

    /**
     * Rows handled so far (written or failed).
     *
     * @return the count
     */
    public long rowsDone() {
        return done.get();
    }
}
