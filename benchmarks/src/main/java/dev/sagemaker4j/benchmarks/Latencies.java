/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.benchmarks;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The latency of every call of a measured loop, in nanoseconds, and its percentiles. Keeps every
 * sample (8 bytes a call) rather than a bucketed histogram: the loops here make at most a few
 * hundred thousand calls, and exact percentiles need no bucket width to be chosen. Not
 * thread-safe: give each thread its own and {@link #addAll} them afterwards.
 */
final class Latencies {
    private long[] samples;
    private int count;
    private long wallNanos;
    private long cpuNanos;

    Latencies(int capacity) {
        samples = new long[Math.max(16, capacity)];
    }

    void add(long nanos) {
        if (count == samples.length) {
            samples = Arrays.copyOf(samples, samples.length * 2);
        }
        samples[count++] = nanos;
    }

    /** Adds another recorder's samples, CPU and wall time (for rounds run one after another). */
    void addAll(Latencies other) {
        addSamples(other);
        wallNanos += other.wallNanos;
    }

    /** Adds another recorder's samples and CPU time, not its wall time (for threads that ran at once). */
    void addSamples(Latencies other) {
        for (int i = 0; i < other.count; i++) {
            add(other.samples[i]);
        }
        cpuNanos += other.cpuNanos;
    }

    /** Adds CPU time of the measuring thread(s), for the CPU-per-call figure. */
    void addCpu(long nanos) {
        cpuNanos += nanos;
    }

    /** Adds wall-clock time spent in the measured loop, for the calls-per-second figure. */
    void addWall(long nanos) {
        wallNanos += nanos;
    }

    int count() {
        return count;
    }

    double meanNanos() {
        long sum = 0;
        for (int i = 0; i < count; i++) {
            sum += samples[i];
        }
        return count == 0 ? 0 : (double) sum / count;
    }

    /** Calls per second over the wall time of the measured loops (all threads together). */
    double callsPerSecond() {
        return wallNanos == 0 ? 0 : count * 1e9 / wallNanos;
    }

    /** Summary in microseconds: calls, p50, p90, p99, p99.9, max, mean, CPU per call, calls/s. */
    Map<String, Object> summaryMicros() {
        Map<String, Object> m = new LinkedHashMap<>();
        long[] sorted = Arrays.copyOf(samples, count);
        Arrays.sort(sorted);
        m.put("calls", count);
        m.put("p50", micros(rank(sorted, 50)));
        m.put("p90", micros(rank(sorted, 90)));
        m.put("p99", micros(rank(sorted, 99)));
        m.put("p999", micros(rank(sorted, 99.9)));
        m.put("max", micros(count == 0 ? 0 : sorted[count - 1]));
        m.put("mean", Math.round(meanNanos() / 10.0) / 100.0);
        m.put("cpuPerCall", count == 0 ? 0 : Math.round(cpuNanos / 10.0 / count) / 100.0);
        m.put("callsPerSecond", Math.round(callsPerSecond()));
        return m;
    }

    /** The nearest-rank percentile of sorted samples. */
    private long rank(long[] sorted, double p) {
        if (count == 0) {
            return 0;
        }
        int r = (int) Math.ceil(p / 100.0 * count);
        return sorted[Math.min(count - 1, Math.max(0, r - 1))];
    }

    private static double micros(long nanos) {
        return Math.round(nanos / 10.0) / 100.0;
    }
}
