/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.hosting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TransformRunTest {
    private static final long MB = 1024L * 1024;

    @Test
    void defaultConcurrency_isACpuEach_butNoMoreThanTheHeapHolds() {
        int cpus = Runtime.getRuntime().availableProcessors();
        long heap = Runtime.getRuntime().maxMemory();

        assertThat(TransformRun.defaultConcurrency(1)).isEqualTo(cpus);
        assertThat(TransformRun.defaultConcurrency(6 * MB)).isEqualTo((int) Math.max(1, Math.min(cpus,
                heap / (24 * MB))));
        // a payload a quarter of the heap or more: one request at a time
        assertThat(TransformRun.defaultConcurrency(heap / 4 + 1)).isEqualTo(1);
        // MaxPayloadInMB 0 (no limit): the whole object is one request, one at a time
        assertThat(TransformRun.defaultConcurrency(Long.MAX_VALUE)).isEqualTo(1);
    }
}
