/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.estimator.internal;

import dev.sagemaker4j.local.TrainingEnvironment;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import ml.dmlc.xgboost4j.java.Communicator;
import ml.dmlc.xgboost4j.java.RabitTracker;
import ml.dmlc.xgboost4j.java.XGBoostError;

/**
 * Distributed XGBoost across the hosts of one training job, as SageMaker's XGBoost container runs it on several
 * instances: a tracker ({@link RabitTracker}, xgboost's own) and one worker per host ({@code algo-1} … {@code algo-N},
 * rank in host order), joined with {@link Communicator#init}. The local backend runs a job's hosts as threads of one
 * JVM; xgboost4j's communicator is per thread, so each host thread is a worker of its own and the workers train
 * one model together on their shards (ShardedByS3Key) as separate processes would.
 *
 * <p>Before joining, every host loads its data and reports to the job's rendezvous; a host that fails there fails
 * the others at once ("host algo-2 failed: ..."), instead of leaving them waiting for a worker that never comes.
 */
final class XGBoostCollective {
    /** How long hosts wait for each other to load and for the tracker, and xgboost's own timeout. */
    private static final int TIMEOUT_SECONDS = 600;
    private static final Map<String, Rendezvous> JOBS = new ConcurrentHashMap<>();

    private final Rendezvous rendezvous;
    private final int rank;

    private XGBoostCollective(Rendezvous rendezvous, int rank) {
        this.rendezvous = rendezvous;
        this.rank = rank;
    }

    /** One job's meeting point: the tracker, who is ready, the first failure. */
    private static final class Rendezvous {
        final int hosts;
        final CountDownLatch ready;
        final AtomicInteger left = new AtomicInteger();
        volatile String failure;
        RabitTracker tracker;
        Map<String, Object> workerArgs;

        Rendezvous(int hosts) {
            this.hosts = hosts;
            this.ready = new CountDownLatch(hosts);
        }

        synchronized Map<String, Object> workerArgs() throws XGBoostError {
            if (tracker == null) {
                tracker = new RabitTracker(hosts, "127.0.0.1", 0, TIMEOUT_SECONDS);
                tracker.start();
                workerArgs = tracker.getWorkerArgs();
            }
            return workerArgs;
        }
    }

    private static String key(TrainingEnvironment env) {
        return env.jobArn() + "|" + env.hosts();
    }

    /**
     * Reports this host ready, waits for the others, and joins the collective.
     *
     * @param env the host's environment
     * @return the membership, to {@link #leave} when training ends
     * @throws Exception when another host failed, the hosts did not all come, or xgboost cannot connect
     */
    static XGBoostCollective join(TrainingEnvironment env) throws Exception {
        Rendezvous r = JOBS.computeIfAbsent(key(env), k -> new Rendezvous(env.hosts().size()));
        Map<String, Object> args;
        try {
            args = new HashMap<>(r.workerArgs());
        } catch (XGBoostError e) {
            failed(env, null, e);
            throw e;
        }
        r.ready.countDown();
        if (!r.ready.await(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the hosts " + env.hosts() + " did not all load their data within "
                    + TIMEOUT_SECONDS + " s");
        }
        if (r.failure != null) {
            throw new IllegalStateException(r.failure);
        }
        int rank = env.hosts().indexOf(env.currentHost());
        args.put("dmlc_task_id", env.currentHost());
        args.put("dmlc_timeout", TIMEOUT_SECONDS);
        Communicator.init(args);
        env.log("Distributed XGBoost: " + env.currentHost() + " is worker " + Communicator.getRank() + " of "
                + Communicator.getWorldSize());
        return new XGBoostCollective(r, rank);
    }

    /** Whether any host was asked to stop: all hosts leave the rounds together. */
    boolean anyStopRequested(TrainingEnvironment env) {
        float[] flag = {env.stopRequested() ? 1f : 0f};
        return Communicator.allReduce(flag, Communicator.OpType.MAX)[0] > 0;
    }

    int rank() {
        return rank;
    }

    /**
     * Tells the other hosts of a distributed job that this one failed before joining, so they fail too rather
     * than wait; nothing for a one-host job or a host already training.
     */
    static void failed(TrainingEnvironment env, XGBoostCollective joined, Throwable e) {
        if (env.hosts().size() < 2 || joined != null) {
            return;
        }
        Rendezvous r = JOBS.computeIfAbsent(key(env), k -> new Rendezvous(env.hosts().size()));
        if (r.failure == null) {
            r.failure = "host " + env.currentHost() + " failed: " + (e.getMessage() == null ? e : e.getMessage());
        }
        r.ready.countDown();
        leaveRendezvous(env, r);
    }

    /** Leaves the collective; the last host of the job stops the tracker. */
    void leave(TrainingEnvironment env) {
        try {
            Communicator.shutdown();
        } catch (XGBoostError e) {
            env.log("Distributed XGBoost: leaving the collective failed: " + e.getMessage());
        }
        leaveRendezvous(env, rendezvous);
    }

    private static void leaveRendezvous(TrainingEnvironment env, Rendezvous r) {
        if (r.left.incrementAndGet() == r.hosts) {
            JOBS.remove(key(env), r);
            synchronized (r) {
                if (r.tracker != null) {
                    try {
                        r.tracker.stop();
                    } catch (XGBoostError e) {
                        env.log("Distributed XGBoost: stopping the tracker failed: " + e.getMessage());
                    }
                }
            }
        }
    }
}
