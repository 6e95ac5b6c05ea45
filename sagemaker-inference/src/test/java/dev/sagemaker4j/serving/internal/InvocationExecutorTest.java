/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.serving.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class InvocationExecutorTest {

    private static InvocationExecutor executor(int maxConnections) {
        return new InvocationExecutor("test", new InvocationExecutor.Limits(4, 16, maxConnections,
                Duration.ofSeconds(60), Duration.ofSeconds(60), Duration.ofSeconds(60)), f -> { });
    }

    /**
     * StalledClientsTest's flake: the connection threads handed exchanges over through a SynchronousQueue, which
     * takes one only from a thread already parked waiting for it, so an exchange arriving while the threads were
     * starting or returning from their previous exchange was refused below maxConnections (and the JDK server
     * closed its connection). Here each round's exchanges come right after the previous round's returned.
     */
    @Test
    void execute_exchangesRightAfterOthersEnded_acceptedUpToMaxConnections() throws Exception {
        try (InvocationExecutor executor = executor(3)) {
            for (int round = 0; round < 300; round++) {
                CountDownLatch started = new CountDownLatch(3);
                CountDownLatch release = new CountDownLatch(1);
                CountDownLatch ended = new CountDownLatch(3);
                for (int i = 0; i < 3; i++) {
                    int exchange = i;
                    int r = round;
                    try {
                        executor.execute(() -> {
                            started.countDown();
                            try {
                                release.await();
                            } catch (InterruptedException e) {
                                Thread.currentThread().interrupt();
                            }
                            ended.countDown();
                        });
                    } catch (RejectedExecutionException e) {
                        throw new AssertionError("round " + r + ": exchange " + (exchange + 1)
                                + " of 3 refused below maxConnections 3", e);
                    }
                }
                assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
                // a fourth is over the limit while the three run
                assertThatThrownBy(() -> executor.execute(() -> { }))
                        .isInstanceOf(RejectedExecutionException.class);
                release.countDown();
                assertThat(ended.await(10, TimeUnit.SECONDS)).isTrue();
                // the exchanges have returned: their threads are on their way back, not yet waiting for work
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
                while (executor.exchangesInProgress() > 0 && System.nanoTime() < deadline) {
                    Thread.onSpinWait();
                }
                assertThat(executor.exchangesInProgress()).isZero();
            }
        }
    }
}
