/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.progress;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * How far a long piece of work has come: a training job's rounds or epochs, a transform's records,
 * an ingest's rows. Immutable; needs no closing.
 */
public final class ProgressEvent {
    private final String task;
    private final String name;
    private final long done;
    private final long total;
    private final String unit;
    private final Map<String, Double> metrics;
    private final Duration elapsed;
    private final boolean ended;

    /**
     * Creates an event of work that goes on (or has just done its last unit).
     *
     * @param task    the kind of work, e.g. {@code Training}
     * @param name    the job or resource name
     * @param done    units done so far
     * @param total   units in all, or -1 when unknown
     * @param unit    the unit, e.g. {@code round}, {@code epoch}, {@code record}
     * @param metrics the latest metric values (may be empty)
     * @param elapsed time since the work started
     */
    public ProgressEvent(String task, String name, long done, long total, String unit, Map<String, Double> metrics,
                         Duration elapsed) {
        this(task, name, done, total, unit, metrics, elapsed, false);
    }

    /**
     * Creates an event, possibly the last one of work that ended before all its units were done
     * (early stopping, a stop request, a failure).
     *
     * @param task    the kind of work, e.g. {@code Training}
     * @param name    the job or resource name
     * @param done    units done so far
     * @param total   units in all, or -1 when unknown
     * @param unit    the unit, e.g. {@code round}, {@code epoch}, {@code record}
     * @param metrics the latest metric values (may be empty)
     * @param elapsed time since the work started
     * @param ended   whether the work has ended, whatever {@code done} is
     */
    public ProgressEvent(String task, String name, long done, long total, String unit, Map<String, Double> metrics,
                         Duration elapsed, boolean ended) {
        this.ended = ended;
        this.task = Objects.requireNonNull(task, "task");
        this.name = Objects.requireNonNull(name, "name");
        this.done = done;
        this.total = total;
        this.unit = Objects.requireNonNull(unit, "unit");
        this.metrics = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(
                Objects.requireNonNull(metrics, "metrics")));
        this.elapsed = Objects.requireNonNull(elapsed, "elapsed");
    }

    /**
     * The kind of work.
     *
     * @return e.g. {@code Training}
     */
    public String task() {
        return task;
    }

    /**
     * The job or resource name.
     *
     * @return the name
     */
    public String name() {
        return name;
    }

    /**
     * Units done.
     *
     * @return the count
     */
    public long done() {
        return done;
    }

    /**
     * Units in all.
     *
     * @return the total, or -1 when unknown
     */
    public long total() {
        return total;
    }

    /**
     * The unit of work.
     *
     * @return e.g. {@code round}
     */
    public String unit() {
        return unit;
    }

    /**
     * The latest metrics.
     *
     * @return an unmodifiable map
     */
    public Map<String, Double> metrics() {
        return metrics;
    }

    /**
     * Time since the work started.
     *
     * @return the elapsed time
     */
    public Duration elapsed() {
        return elapsed;
    }

    /**
     * Whether the work is over: every unit is done, or it ended early. No more events of this task
     * follow a finished one.
     *
     * @return {@code true} when done reached total or the work ended
     */
    public boolean finished() {
        return ended || complete();
    }

    private boolean complete() {
        return total >= 0 && done >= total;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(task).append(' ').append(name).append(": ").append(unit).append(' ')
                .append(done);
        if (total >= 0) {
            sb.append('/').append(total);
        }
        metrics.forEach((k, v) -> sb.append(' ').append(k).append('=').append(String.format(java.util.Locale.ROOT, "%.6g", v)));
        sb.append(" (").append(elapsed.toMillis() / 1000.0).append(" s");
        if (ended && !complete()) {
            sb.append(", ended");
        }
        sb.append(')');
        return sb.toString();
    }
}
