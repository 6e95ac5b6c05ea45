/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.serving.internal;

import com.sun.net.httpserver.HttpExchange;
import java.util.function.Consumer;

/**
 * The invocation a worker thread is running, watched for its deadline. Each worker owns one and
 * reuses it for every request, so watching costs no allocation. Exactly one side answers the
 * exchange: the worker when it finishes first ({@link #end()} returns {@code true}), else the
 * watchdog, which answers with a timeout while holding this object's lock, so the worker cannot
 * touch the exchange (or start its next request) before that answer is written.
 *
 * <p>Internal: not part of the API. Thread-safe.
 */
public final class InFlight {
    private static final int IDLE = 0;
    private static final int RUNNING = 1;
    private static final int TIMED_OUT = 2;

    private volatile int state = IDLE;
    private volatile long deadlineNanos;
    // Written by the worker before the volatile write of state, read by the watchdog after reading it.
    private HttpExchange exchange;
    private Object call;

    InFlight() {
    }

    /**
     * Marks the start of an invocation.
     *
     * @param exchange      the exchange to answer on timeout
     * @param call          what the timeout answer needs to know about the call
     * @param deadlineNanos the {@link System#nanoTime()} after which it has timed out
     */
    public void begin(HttpExchange exchange, Object call, long deadlineNanos) {
        this.exchange = exchange;
        this.call = call;
        this.deadlineNanos = deadlineNanos;
        this.state = RUNNING;
    }

    /**
     * Marks the end of the invocation.
     *
     * @return {@code true} when the caller still owns the exchange and must answer it;
     *         {@code false} when the watchdog has answered it with a timeout
     */
    public boolean end() {
        synchronized (this) {
            boolean mine = state == RUNNING;
            state = IDLE;
            exchange = null;
            call = null;
            return mine;
        }
    }

    /**
     * The exchange of the running invocation; only for the timeout answer.
     *
     * @return the exchange
     */
    public HttpExchange exchange() {
        return exchange;
    }

    /**
     * What was passed to {@link #begin} as the call; only for the timeout answer.
     *
     * @return the call
     */
    public Object call() {
        return call;
    }

    void expireIfDue(long nowNanos, Consumer<InFlight> onTimeout) {
        if (state != RUNNING || nowNanos - deadlineNanos < 0) {
            return;
        }
        synchronized (this) {
            if (state != RUNNING || nowNanos - deadlineNanos < 0) {
                return;
            }
            state = TIMED_OUT;
            onTimeout.accept(this);
        }
    }
}
