/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.serving.internal;

import com.sun.net.httpserver.HttpExchange;
import java.util.function.Consumer;

/**
 * What a connection thread is doing, watched for its deadline. Each thread owns one and reuses it
 * for every request, so watching costs no allocation. A slot is in one of three watched states:
 *
 * <ul>
 *   <li><b>reading</b>: the thread talks to the client (request line and headers, body, answer). Past
 *       the deadline the watchdog interrupts the thread, which closes its socket channel: a client that
 *       stalls mid-request loses its connection instead of holding a thread for ever.</li>
 *   <li><b>running</b>: an invocation is inside the model. Exactly one side answers the exchange: the
 *       thread when it finishes first ({@link #end()} returns {@code true}), else the watchdog, which
 *       answers with a timeout while holding this object's lock, so the thread cannot touch the
 *       exchange (or start its next request) before that answer is written.</li>
 *   <li><b>busy</b>: the thread is inside the backend (a control plane call, a ping) or waits for an
 *       invocation permit; it is never interrupted there, since an interrupt would close files the
 *       backend shares.</li>
 * </ul>
 *
 * <p>Internal: not part of the API. Thread-safe.
 */
public final class InFlight {
    private static final int IDLE = 0;
    private static final int RUNNING = 1;
    private static final int TIMED_OUT = 2;
    private static final int READING = 3;
    private static final int READ_EXPIRED = 4;
    private static final int BUSY = 5;

    private final Thread owner;
    private final long readTimeoutNanos;
    private volatile int state = IDLE;
    private volatile long deadlineNanos;
    // Written by the worker before the volatile write of state, read by the watchdog after reading it.
    private HttpExchange exchange;
    private Object call;

    InFlight() {
        this(null, Long.MAX_VALUE);
    }

    InFlight(Thread owner, long readTimeoutNanos) {
        this.owner = owner;
        this.readTimeoutNanos = readTimeoutNanos;
    }

    /**
     * Starts (or restarts) the reading deadline: the client has the body read timeout from now to send
     * the rest of its request and read the answer.
     *
     * @return {@code false} when the previous reading deadline had already passed (the thread is
     *         interrupted and the connection must be given up)
     */
    public boolean reading() {
        return reading(System.nanoTime() + readTimeoutNanos);
    }

    synchronized boolean reading(long deadline) {
        if (state == READ_EXPIRED) {
            return false;
        }
        this.deadlineNanos = deadline;
        this.state = READING;
        return true;
    }

    /**
     * Stops the reading deadline while the thread is inside the backend or waits for a permit.
     *
     * @return {@code false} when the reading deadline had already passed
     */
    public synchronized boolean busy() {
        if (state == READ_EXPIRED) {
            return false;
        }
        state = BUSY;
        return true;
    }

    /**
     * Marks the start of an invocation.
     *
     * @param exchange      the exchange to answer on timeout
     * @param call          what the timeout answer needs to know about the call
     * @param deadlineNanos the {@link System#nanoTime()} after which it has timed out
     * @return {@code false} when the reading deadline had already passed (nothing was started)
     */
    public synchronized boolean begin(HttpExchange exchange, Object call, long deadlineNanos) {
        if (state == READ_EXPIRED) {
            return false;
        }
        this.exchange = exchange;
        this.call = call;
        this.deadlineNanos = deadlineNanos;
        this.state = RUNNING;
        return true;
    }

    /**
     * Marks the end of the invocation; the slot is then busy until {@link #reading()}.
     *
     * @return {@code true} when the caller still owns the exchange and must answer it;
     *         {@code false} when the watchdog has answered it with a timeout
     */
    public boolean end() {
        synchronized (this) {
            boolean mine = state == RUNNING;
            state = BUSY;
            exchange = null;
            call = null;
            return mine;
        }
    }

    /** Called by the owning thread when an exchange is done: clears the state and a pending interrupt. */
    synchronized void finish() {
        state = IDLE;
        exchange = null;
        call = null;
        // An interrupt from an expired reading deadline must not leak into the next exchange.
        Thread.interrupted();
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
        int s = state;
        if (s != RUNNING && s != READING || nowNanos - deadlineNanos < 0) {
            return;
        }
        synchronized (this) {
            if (nowNanos - deadlineNanos < 0) {
                return;
            }
            if (state == RUNNING) {
                state = TIMED_OUT;
                onTimeout.accept(this);
            } else if (state == READING) {
                state = READ_EXPIRED;
                if (owner != null) {
                    // Closes the socket channel the thread blocks on (an InterruptibleChannel), so the
                    // blocked read fails and the thread is free again.
                    owner.interrupt();
                }
            }
        }
    }
}
