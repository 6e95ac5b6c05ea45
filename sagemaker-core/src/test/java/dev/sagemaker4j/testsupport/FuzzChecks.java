/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

/**
 * The oracle every fuzz target shares: a call on hostile input may fail only with the exceptions its
 * contract names, and must finish in a time bounded by the input's length. Anything else (an
 * unchecked exception of another type, an Error, a slow call) escapes and is a finding.
 */
public final class FuzzChecks {
    /**
     * The bound per call: generous, so a loaded 2-core machine does not flake, yet far below what the
     * quadratic or exponential paths the fuzzer hunts for take on a few KiB. Jazzer's {@code -timeout}
     * (benchmarks/fuzz/run.sh) catches calls that never return.
     */
    private static final Duration BASE = Duration.ofSeconds(10);

    private FuzzChecks() {
    }

    /** A call that may throw anything; what it may throw is checked by {@link #typedOnly}. */
    @FunctionalInterface
    public interface Call {
        /**
         * Runs the call.
         *
         * @throws Exception whatever it throws
         */
        void run() throws Exception;
    }

    /**
     * Runs a call on fuzzed input, swallowing only the documented exception types.
     *
     * @param inputLength the input's length in bytes, for the time bound (1 ms per KiB on top of 10 s)
     * @param call        the call
     * @param allowed     the documented exception types
     * @throws Exception any other exception, unchanged, so Jazzer reports it with its stack
     */
    @SafeVarargs
    public static void typedOnly(long inputLength, Call call, Class<? extends Exception>... allowed)
            throws Exception {
        long start = System.nanoTime();
        try {
            call.run();
        } catch (Exception e) {
            boolean documented = false;
            for (Class<? extends Exception> type : allowed) {
                documented |= type.isInstance(e);
            }
            if (!documented) {
                throw e;
            }
        }
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertThat(took).as("time for %d input bytes", inputLength)
                .isLessThanOrEqualTo(BASE.plusMillis(inputLength / 1024));
    }
}
