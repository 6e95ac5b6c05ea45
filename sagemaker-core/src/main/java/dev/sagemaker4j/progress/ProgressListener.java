/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.progress;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Receives progress of long work (training rounds, transform records, ingest rows). Set one per
 * session with {@code Session.builder().progressListener(...)}; the default logs a line through
 * SLF4J at most every two seconds per task, and {@link #none()} turns progress off. Called from
 * the worker threads: implementations must be thread-safe and quick.
 *
 * <pre>{@code
 * Session session = Session.builder().backend("local")
 *         .progressListener(e -> System.out.println(e)).build();
 * }</pre>
 */
@FunctionalInterface
public interface ProgressListener {

    /**
     * Called as work advances.
     *
     * @param event how far it has come
     */
    void onProgress(ProgressEvent event);

    /**
     * A listener that ignores everything.
     *
     * @return the listener
     */
    static ProgressListener none() {
        return e -> { };
    }

    /**
     * A listener that logs through SLF4J ({@code dev.sagemaker4j.progress}), at most one line every
     * two seconds per task plus the last one.
     *
     * @return the listener
     */
    static ProgressListener logging() {
        Logger log = LoggerFactory.getLogger("dev.sagemaker4j.progress");
        Map<String, Long> last = new ConcurrentHashMap<>();
        return e -> {
            long now = System.nanoTime();
            String key = e.task() + "/" + e.name();
            Long previous = last.get(key);
            if (e.finished() || previous == null || now - previous >= 2_000_000_000L) {
                last.put(key, now);
                if (e.finished()) {
                    last.remove(key);
                }
                log.info("{}", e);
            }
        };
    }
}
