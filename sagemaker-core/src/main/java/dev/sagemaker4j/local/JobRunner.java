/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.local;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The local job engine's bounded worker pool: at most {@code maxConcurrentJobs} jobs run at once,
 * the rest wait their turn (on the service they would wait for capacity). Each job has a
 * {@link StopSignal}; closing the runner stops every job and waits briefly for them to end.
 */
public final class JobRunner implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(JobRunner.class);
    private static final AtomicInteger POOLS = new AtomicInteger();

    private final ThreadPoolExecutor pool;
    private final Map<String, StopSignal> signals = new ConcurrentHashMap<>();

    /**
     * Creates the pool.
     *
     * @param maxConcurrentJobs the most jobs run at once
     */
    public JobRunner(int maxConcurrentJobs) {
        int id = POOLS.incrementAndGet();
        AtomicInteger threads = new AtomicInteger();
        ThreadFactory factory = r -> {
            Thread t = new Thread(r, "sagemaker4j-jobs-" + id + "-" + threads.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
        this.pool = new ThreadPoolExecutor(maxConcurrentJobs, maxConcurrentJobs, 30, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), factory);
        this.pool.allowCoreThreadTimeOut(true);
    }

    /**
     * A signal a job checks to learn it should stop.
     */
    public static final class StopSignal {
        private volatile String reason;
        private volatile Thread runner;
        private volatile boolean interruptible;

        /**
         * Asks the job to stop; while the job runs user code, its thread is interrupted too.
         *
         * @param why the reason, e.g. {@code StopTrainingJob}
         */
        public synchronized void stop(String why) {
            if (reason == null) {
                reason = why;
            }
            Thread t = runner;
            if (t != null && interruptible) {
                t.interrupt();
            }
        }

        /**
         * Marks the stretch in which a stop also interrupts the thread (the algorithm's own code), so
         * that uploads and record writes after it are never cut by an interrupt.
         *
         * @param on {@code true} entering user code, {@code false} leaving it
         */
        public synchronized void interruptible(boolean on) {
            interruptible = on;
            if (!on) {
                Thread.interrupted();
            } else if (reason != null) {
                Thread.currentThread().interrupt();
            }
        }

        /**
         * Whether a stop was asked for.
         *
         * @return {@code true} once stopped
         */
        public boolean stopped() {
            return reason != null;
        }

        /**
         * Why the job was asked to stop.
         *
         * @return the reason, or {@code null}
         */
        public String reason() {
            return reason;
        }

        void bind(Thread thread) {
            runner = thread;
        }
    }

    /**
     * A job body.
     */
    @FunctionalInterface
    public interface Job {
        /**
         * Runs the job.
         *
         * @param signal tells the job when to stop
         */
        void run(StopSignal signal);
    }

    /**
     * Queues a job.
     *
     * @param key a unique key (kind and name)
     * @param job the job
     * @return the job's stop signal
     */
    public StopSignal submit(String key, Job job) {
        StopSignal signal = new StopSignal();
        signals.put(key, signal);
        pool.execute(() -> {
            signal.bind(Thread.currentThread());
            try {
                job.run(signal);
            } catch (RuntimeException | Error e) {
                LOG.error("Job {} ended with an unexpected error", key, e);
            } finally {
                signal.bind(null);
                Thread.interrupted();
                signals.remove(key);
            }
        });
        return signal;
    }

    /**
     * The stop signal of a queued or running job.
     *
     * @param key the job's key
     * @return the signal, or {@code null} when the job is not run by this runner
     */
    public StopSignal signal(String key) {
        return signals.get(key);
    }

    /**
     * Stops every job and waits up to 30 seconds for them to end.
     */
    @Override
    public void close() {
        signals.values().forEach(s -> s.stop("the session was closed"));
        pool.shutdown();
        try {
            if (!pool.awaitTermination(30, TimeUnit.SECONDS)) {
                LOG.warn("Local jobs did not end within 30 s of closing the session");
                pool.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            pool.shutdownNow();
        }
    }
}
