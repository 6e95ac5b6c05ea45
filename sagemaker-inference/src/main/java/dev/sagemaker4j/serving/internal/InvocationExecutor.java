/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.serving.internal;

import java.time.Duration;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.Semaphore;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The executor an HTTP server hands its exchanges to. The JDK server parses request headers on the
 * executor's threads, so a client that stalls mid-request holds a thread; hence two separate limits:
 *
 * <ul>
 *   <li><b>connection threads</b>, created on demand and reused: each runs one exchange from header
 *       parsing to answer (no hand-off per request). Up to {@code maxConnections} exchanges run at once,
 *       counted by a semaphore; beyond that many, a new one is refused and the JDK server closes its
 *       connection. (The count is not the pool's thread limit: a pool handing work over through a
 *       {@code SynchronousQueue} gives it only to a thread already parked waiting, so one still starting
 *       or returning from its previous exchange made it refuse exchanges below the limit.) While a thread reads
 *       from or writes to its client it has a deadline (header timeout, then body timeout); past it, the
 *       watchdog interrupts the thread, which closes the connection and frees the thread.</li>
 *   <li><b>invocation permits</b>, {@code threads} of them, taken only once a request has been read
 *       whole: so slow or stalled clients never take invocation capacity from others. Up to
 *       {@code maxQueued} requests wait for a permit; beyond that, {@link #acquire()} says no at once
 *       and the handler answers {@code 503}.</li>
 * </ul>
 *
 * <p>The watchdog also checks every running invocation a few times per timeout and answers those past
 * their deadline; the thread keeps running the model call to its end (as a container does after the
 * service gave up on it) and then drops its result.
 *
 * <p>Internal: not part of the API. Thread-safe; close it to stop its threads.
 */
public final class InvocationExecutor implements Executor, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(InvocationExecutor.class);

    private final ThreadPoolExecutor connections;
    private final ScheduledThreadPoolExecutor watchdog;
    private final CopyOnWriteArrayList<InFlight> inFlight = new CopyOnWriteArrayList<>();
    private final Semaphore permits;
    /** Exchanges in progress: maxConnections of them. */
    private final Semaphore connectionSlots;
    private final int maxConnections;
    private final AtomicInteger waiting = new AtomicInteger();
    private final int threads;
    private final int maxQueued;
    private final long headerTimeoutNanos;

    /**
     * Creates the executor and starts its threads.
     *
     * @param name      a prefix of thread names
     * @param limits    threads, queue, connections and timeouts
     * @param onTimeout answers an invocation past its deadline (called with the {@link InFlight} locked)
     */
    public InvocationExecutor(String name, Limits limits, Consumer<InFlight> onTimeout) {
        this.threads = limits.threads;
        this.maxQueued = limits.maxQueued;
        this.headerTimeoutNanos = limits.headerTimeout.toNanos();
        this.permits = new Semaphore(limits.threads, true);
        this.maxConnections = limits.maxConnections;
        this.connectionSlots = new Semaphore(limits.maxConnections);
        // no thread limit of its own: connectionSlots bounds the exchanges, and a thread that has just ended
        // one and is not yet waiting for the next is replaced for a moment (it leaves after 30 s idle)
        this.connections = new ThreadPoolExecutor(Math.min(limits.threads, limits.maxConnections),
                Integer.MAX_VALUE, 30, TimeUnit.SECONDS, new SynchronousQueue<>(),
                new WorkerFactory(name + "-worker-", inFlight, limits.bodyTimeout.toNanos()),
                new ThreadPoolExecutor.AbortPolicy());
        this.connections.prestartAllCoreThreads();
        this.watchdog = new ScheduledThreadPoolExecutor(1, daemons(name + "-watchdog-"));
        this.watchdog.setRemoveOnCancelPolicy(true);
        long shortest = Math.min(limits.invocationTimeout.toMillis(),
                Math.min(limits.headerTimeout.toMillis(), limits.bodyTimeout.toMillis()));
        long period = Math.max(1, Math.min(100, shortest / 10));
        this.watchdog.scheduleAtFixedRate(() -> {
            long now = System.nanoTime();
            for (InFlight f : inFlight) {
                try {
                    f.expireIfDue(now, onTimeout);
                } catch (RuntimeException e) {
                    LOG.warn("Could not answer a timed-out invocation", e);
                }
            }
        }, period, period, TimeUnit.MILLISECONDS);
    }

    /**
     * Runs an exchange on a connection thread; throws {@link java.util.concurrent.RejectedExecutionException}
     * when {@code maxConnections} exchanges are in progress, and the JDK server then closes the connection.
     */
    @Override
    public void execute(Runnable exchange) {
        if (!connectionSlots.tryAcquire()) {
            throw new RejectedExecutionException("maxConnections exchanges are in progress");
        }
        try {
            connections.execute(watched(exchange));
        } catch (RuntimeException | Error e) {
            // closed: the exchange never runs
            connectionSlots.release();
            throw e;
        }
    }

    /**
     * The exchanges in progress: handed over and not yet returned.
     *
     * @return 0 to maxConnections
     */
    public int exchangesInProgress() {
        return maxConnections - connectionSlots.availablePermits();
    }

    /**
     * The slot of the calling thread.
     *
     * @return the slot, or {@code null} when the caller is not a connection thread
     */
    public static InFlight currentSlot() {
        Thread t = Thread.currentThread();
        return t instanceof Worker ? ((Worker) t).slot : null;
    }

    /**
     * Takes an invocation permit, waiting for one when fewer than {@code maxQueued} requests wait already.
     *
     * @return {@code false} when the server is at capacity (answer 503); else call {@link #release()}
     *         once the model call has returned
     */
    public boolean acquire() {
        if (permits.tryAcquire()) {
            return true;
        }
        if (waiting.incrementAndGet() > maxQueued) {
            waiting.decrementAndGet();
            return false;
        }
        try {
            permits.acquire();
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } finally {
            waiting.decrementAndGet();
        }
    }

    /** Gives back a permit taken by {@link #acquire()}. */
    public void release() {
        permits.release();
    }

    /**
     * The number of invocations that run at once.
     *
     * @return the number of permits
     */
    public int threads() {
        return threads;
    }

    /**
     * The most requests waiting for a permit.
     *
     * @return the queue bound
     */
    public int maxQueued() {
        return maxQueued;
    }

    /** Stops every thread at once; a thread still inside a model call is interrupted. */
    @Override
    public void close() {
        watchdog.shutdownNow();
        connections.shutdownNow();
        try {
            if (!connections.awaitTermination(1, TimeUnit.SECONDS)) {
                LOG.warn("Some endpoint server threads are still inside a model call; they end when it returns");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static ThreadFactory daemons(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    /** The limits of one server. */
    public static final class Limits {
        final int threads;
        final int maxQueued;
        final int maxConnections;
        final Duration invocationTimeout;
        final Duration headerTimeout;
        final Duration bodyTimeout;

        /**
         * Creates the limits.
         *
         * @param threads           invocations at once, at least 1
         * @param maxQueued         requests waiting for a permit, at least 0
         * @param maxConnections    exchanges in progress at once, at least 1
         * @param invocationTimeout how long a model call may take before the timeout answer
         * @param headerTimeout     from a request's first byte to the end of its headers
         * @param bodyTimeout       to read the body, and again to write the answer
         */
        public Limits(int threads, int maxQueued, int maxConnections, Duration invocationTimeout,
                      Duration headerTimeout, Duration bodyTimeout) {
            this.threads = threads;
            this.maxQueued = maxQueued;
            this.maxConnections = maxConnections;
            this.invocationTimeout = invocationTimeout;
            this.headerTimeout = headerTimeout;
            this.bodyTimeout = bodyTimeout;
        }
    }

    private static final class WorkerFactory implements ThreadFactory {
        private final String prefix;
        private final CopyOnWriteArrayList<InFlight> slots;
        private final long bodyTimeoutNanos;
        private final AtomicInteger n = new AtomicInteger();

        WorkerFactory(String prefix, CopyOnWriteArrayList<InFlight> slots, long bodyTimeoutNanos) {
            this.prefix = prefix;
            this.slots = slots;
            this.bodyTimeoutNanos = bodyTimeoutNanos;
        }

        @Override
        public Thread newThread(Runnable r) {
            Worker w = new Worker(r, prefix + n.incrementAndGet(), slots, bodyTimeoutNanos);
            w.setDaemon(true);
            return w;
        }
    }

    /** A connection thread: each exchange it runs starts with the header deadline. */
    private static final class Worker extends Thread {
        private final InFlight slot;
        private final CopyOnWriteArrayList<InFlight> slots;

        Worker(Runnable r, String name, CopyOnWriteArrayList<InFlight> slots, long bodyTimeoutNanos) {
            super(r, name);
            this.slots = slots;
            this.slot = new InFlight(this, bodyTimeoutNanos);
        }

        @Override
        public void run() {
            slots.add(slot);
            try {
                super.run();
            } finally {
                slots.remove(slot);
            }
        }
    }

    /**
     * Wraps each exchange: the header deadline starts when the JDK hands the exchange over (the
     * request's first bytes have arrived) and the slot is cleared when it is done.
     */
    private Runnable watched(Runnable exchange) {
        return () -> {
            InFlight slot = currentSlot();
            slot.reading(System.nanoTime() + headerTimeoutNanos);
            try {
                exchange.run();
            } finally {
                slot.finish();
                connectionSlots.release();
            }
        };
    }
}
