/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.serving.internal;

import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The executor an HTTP server hands its exchanges to: a fixed pool of worker threads behind a
 * bounded queue, which runs each request from header parsing to answer on one thread (no hand-off
 * per request). When the pool and its queue are full, the exchange goes to a single shedding thread
 * instead, whose handler answers {@code 503} at once; so overload gets a quick refusal, not an
 * unbounded queue, and a dropped connection only when even the shedding queue is full.
 *
 * <p>A watchdog thread checks every worker's {@link InFlight} a few times per timeout and answers
 * those past their deadline; the worker keeps running the model call to its end (as a container
 * does after the service gave up on it) and then drops its result.
 *
 * <p>Internal: not part of the API. Thread-safe; close it to stop its threads.
 */
public final class InvocationExecutor implements Executor, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(InvocationExecutor.class);
    private static final int SHED_QUEUE = 1024;

    private final ThreadPoolExecutor workers;
    private final ThreadPoolExecutor shedder;
    private final ScheduledThreadPoolExecutor watchdog;
    private final CopyOnWriteArrayList<InFlight> inFlight = new CopyOnWriteArrayList<>();
    private final int maxQueued;

    /**
     * Creates the executor and starts its threads.
     *
     * @param name      a prefix of thread names
     * @param threads   the number of workers, at least 1
     * @param maxQueued the most requests waiting for a worker, at least 0
     * @param timeout   the invocation timeout the watchdog enforces
     * @param onTimeout answers an invocation past its deadline (called with the {@link InFlight} locked)
     */
    public InvocationExecutor(String name, int threads, int maxQueued, Duration timeout,
                              Consumer<InFlight> onTimeout) {
        this.maxQueued = maxQueued;
        BlockingQueue<Runnable> queue = maxQueued == 0 ? new SynchronousQueue<>() : new ArrayBlockingQueue<>(maxQueued);
        this.workers = new ThreadPoolExecutor(threads, threads, 1, TimeUnit.MINUTES, queue,
                new WorkerFactory(name + "-worker-", inFlight), new ThreadPoolExecutor.AbortPolicy());
        this.workers.prestartAllCoreThreads();
        this.shedder = new ThreadPoolExecutor(1, 1, 1, TimeUnit.MINUTES, new ArrayBlockingQueue<>(SHED_QUEUE),
                daemons(name + "-shed-"), new ThreadPoolExecutor.AbortPolicy());
        this.watchdog = new ScheduledThreadPoolExecutor(1, daemons(name + "-watchdog-"));
        this.watchdog.setRemoveOnCancelPolicy(true);
        long period = Math.max(1, Math.min(100, timeout.toMillis() / 10));
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

    @Override
    public void execute(Runnable exchange) {
        try {
            workers.execute(exchange);
        } catch (RejectedExecutionException full) {
            // Throws again when the shedding queue is full too: the HTTP server then drops the connection.
            shedder.execute(exchange);
        }
    }

    /**
     * The invocation slot of the calling thread.
     *
     * @return the slot, or {@code null} when the caller is not a worker (the request is being shed)
     */
    public static InFlight currentSlot() {
        Thread t = Thread.currentThread();
        return t instanceof Worker ? ((Worker) t).slot : null;
    }

    /**
     * The number of workers.
     *
     * @return the pool size
     */
    public int threads() {
        return workers.getMaximumPoolSize();
    }

    /**
     * The most requests waiting for a worker.
     *
     * @return the queue bound
     */
    public int maxQueued() {
        return maxQueued;
    }

    /** Stops every thread at once; a worker still inside a model call is interrupted. */
    @Override
    public void close() {
        watchdog.shutdownNow();
        shedder.shutdownNow();
        workers.shutdownNow();
        try {
            if (!workers.awaitTermination(1, TimeUnit.SECONDS)) {
                LOG.warn("Some endpoint server workers are still inside a model call; they end when it returns");
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

    private static final class WorkerFactory implements ThreadFactory {
        private final String prefix;
        private final CopyOnWriteArrayList<InFlight> inFlight;
        private final AtomicInteger n = new AtomicInteger();

        WorkerFactory(String prefix, CopyOnWriteArrayList<InFlight> inFlight) {
            this.prefix = prefix;
            this.inFlight = inFlight;
        }

        @Override
        public Thread newThread(Runnable r) {
            Worker w = new Worker(r, prefix + n.incrementAndGet(), inFlight);
            w.setDaemon(true);
            return w;
        }
    }

    private static final class Worker extends Thread {
        private final InFlight slot = new InFlight();
        private final CopyOnWriteArrayList<InFlight> inFlight;

        Worker(Runnable r, String name, CopyOnWriteArrayList<InFlight> inFlight) {
            super(r, name);
            this.inFlight = inFlight;
        }

        @Override
        public void run() {
            inFlight.add(slot);
            try {
                super.run();
            } finally {
                inFlight.remove(slot);
            }
        }
    }
}
