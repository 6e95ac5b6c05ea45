/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.hosting.internal;

import dev.sagemaker4j.local.LocalContext;
import dev.sagemaker4j.progress.ProgressEvent;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The progress of one transform job: records answered and bytes read (counted by every object and model
 * thread), reported to the session's progress listener with a rate and an estimate of the time left.
 */
final class TransformProgress {
    private final LocalContext context;
    private final String name;
    private final AtomicLong records = new AtomicLong();
    private final AtomicLong bytesRead = new AtomicLong();
    /** Set once before any object is read (the object pool's submit publishes it to the other threads). */
    private long totalBytes;
    private final long started = System.nanoTime();
    private volatile long lastProgress;

    TransformProgress(LocalContext context, String name) {
        this.context = context;
        this.name = name;
    }

    /** The bytes read from storage, which {@link TransformReaders} counts. */
    AtomicLong bytesRead() {
        return bytesRead;
    }

    void totalBytes(long bytes) {
        this.totalBytes = bytes;
    }

    long records() {
        return records.get();
    }

    /** Counts the records of an answered request and reports, at most once a second. */
    void answered(int count) {
        records.addAndGet(count);
        report(false);
    }

    void report(boolean last) {
        report(last, true);
    }

    /** Reports progress at most once a second, and the last time; a failed run ends without a total. */
    void report(boolean last, boolean complete) {
        long now = System.nanoTime();
        if (!last && now - lastProgress < 1_000_000_000L) {
            return;
        }
        lastProgress = now;
        double seconds = Math.max(1e-9, (now - started) / 1e9);
        Map<String, Double> metrics = new LinkedHashMap<>();
        metrics.put("records_per_second", records.get() / seconds);
        double fraction = totalBytes == 0 ? 1 : Math.min(1, (double) bytesRead.get() / totalBytes);
        metrics.put("eta_seconds", fraction <= 0 ? Double.NaN : seconds * (1 - fraction) / fraction);
        try {
            context.config().progressListener().onProgress(new ProgressEvent("Transform", name, records.get(),
                    last && complete ? records.get() : -1, "record", metrics, Duration.ofNanos(now - started), last));
        } catch (RuntimeException ignored) {
            // a broken listener must not fail the job
        }
    }
}
