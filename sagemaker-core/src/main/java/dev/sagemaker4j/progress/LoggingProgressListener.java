/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.progress;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import org.slf4j.Logger;

/** Logs one line per task at most every interval, plus the line of a finished task. */
final class LoggingProgressListener implements ProgressListener {
    private final Logger log;
    private final LongSupplier nanoClock;
    private final long intervalNanos;
    private final Map<String, Long> last = new ConcurrentHashMap<>();

    LoggingProgressListener(Logger log, LongSupplier nanoClock, Duration interval) {
        this.log = log;
        this.nanoClock = nanoClock;
        this.intervalNanos = interval.toNanos();
    }

    @Override
    public void onProgress(ProgressEvent e) {
        long now = nanoClock.getAsLong();
        String key = e.task() + "/" + e.name();
        if (e.finished()) {
            last.remove(key);
            log.info("{}", e);
            return;
        }
        boolean[] due = {false};
        last.compute(key, (k, previous) -> {
            if (previous == null || now - previous >= intervalNanos) {
                due[0] = true;
                return now;
            }
            return previous;
        });
        if (due[0]) {
            log.info("{}", e);
        }
    }
}
