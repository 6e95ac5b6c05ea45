/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The CPU time and resident memory of this process. CPU time (all threads, from the JVM's
 * operating system bean) is reported beside wall time because the benchmark machine is shared:
 * wall time says what a user waited, CPU time what the work cost. Memory is what Linux reports in
 * {@code /proc/self/status}: the current resident set ({@code VmRSS}) and its peak
 * ({@code VmHWM}), which count the Java heap, Arrow's off-heap buffers and DuckDB's and RocksDB's
 * native memory alike. Writing {@code 5} to
 * {@code /proc/self/clear_refs} (Linux 4.0 and later) resets the peak to the current resident set,
 * so that a peak can be taken over one stretch of work.
 */
final class ProcessStats {
    private static final Path STATUS = Path.of("/proc/self/status");
    private static final Path CLEAR_REFS = Path.of("/proc/self/clear_refs");

    private ProcessStats() {
    }

    /** CPU time used by all threads of this process so far, in nanoseconds; -1 when unknown. */
    static long cpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return -1;
    }

    /** The current resident set in bytes, -1 when unknown (not Linux). */
    static long rss() {
        return field("VmRSS:");
    }

    /** The peak resident set in bytes since start or the last {@link #resetPeak()}, -1 when unknown. */
    static long peak() {
        return field("VmHWM:");
    }

    /**
     * Resets the peak to the current resident set.
     *
     * @return whether the kernel accepted the reset (otherwise the peak counts from process start)
     */
    static boolean resetPeak() {
        try {
            Files.writeString(CLEAR_REFS, "5", StandardCharsets.US_ASCII);
            return true;
        } catch (IOException | SecurityException e) {
            return false;
        }
    }

    private static long field(String name) {
        try {
            for (String line : Files.readAllLines(STATUS, StandardCharsets.US_ASCII)) {
                if (line.startsWith(name)) {
                    String[] parts = line.substring(name.length()).trim().split("\\s+");
                    return Long.parseLong(parts[0]) * 1024L;
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }
}
