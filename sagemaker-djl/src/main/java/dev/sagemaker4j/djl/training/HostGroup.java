/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.djl.training;

import dev.sagemaker4j.local.TrainingEnvironment;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The hosts of one training job ({@code algo-1} … {@code algo-N}) as a group that sums arrays: the all-reduce of
 * synchronous data parallelism. The local backend runs a job's hosts as threads of one JVM, so the group is met in
 * memory, keyed by the job's ARN and hosts (as the XGBoost collective's rendezvous is); every host calls the same
 * rounds in the same order, each round names what it sums, and a round ends when every host has given its array.
 * The sum is taken in host order, so every host (and every rerun) gets the same bits.
 *
 * <p>A round never waits forever: hosts that are out of step (another round name, another array length) fail
 * together at once, naming each host's round; a host that left the group (its script ended, by failure or early
 * return) or was interrupted fails the waiting hosts, after a grace period in which the job's own interrupt (the
 * local backend interrupts the other hosts when one fails, and takes the first failure as the job's reason) usually
 * comes first; and a round that does not complete in {@link #TIMEOUT_SECONDS} fails.
 */
final class HostGroup {
    /** How long a round waits for the slowest host (data loading included). */
    static final long TIMEOUT_SECONDS = 600;
    private static final Map<String, HostGroup> GROUPS = new ConcurrentHashMap<>();
    /** How long hosts wait for the job to interrupt them after a peer left, before failing on their own. */
    static volatile long graceMillis = 5_000;

    private final String key;
    private final List<String> hosts;
    private final float[][] contributions;
    private final String[] labels;
    private final Set<String> joined = new HashSet<>();
    private final Set<String> left = new HashSet<>();
    private int arrived;
    private long rounds;
    private float[] result;
    private String failure;

    private HostGroup(String key, List<String> hosts) {
        this.key = key;
        this.hosts = List.copyOf(hosts);
        this.contributions = new float[hosts.size()][];
        this.labels = new String[hosts.size()];
    }

    /**
     * Joins this host's job group, creating it for the first host.
     *
     * @param env the host's environment, with two or more hosts
     * @return the group
     */
    static HostGroup join(TrainingEnvironment env) {
        return join(env.jobArn(), env.hosts(), env.currentHost());
    }

    static HostGroup join(String jobArn, List<String> hosts, String host) {
        String key = jobArn + "|" + hosts;
        while (true) {
            HostGroup group = GROUPS.computeIfAbsent(key, k -> new HostGroup(k, hosts));
            synchronized (group) {
                // a host that was already here belongs to an earlier run of a job of this ARN: start afresh
                if (!group.joined.contains(host)) {
                    group.joined.add(host);
                    return group;
                }
            }
            GROUPS.remove(key, group);
        }
    }

    List<String> hosts() {
        return hosts;
    }

    /**
     * Sums an array over the hosts.
     *
     * @param host   this host
     * @param label  what the round sums, the same on every host ("gradients of batch 3 of epoch 1")
     * @param values this host's array, not changed
     * @return the sum in host order, the same array on every host: do not change it
     * @throws IllegalStateException when the hosts are out of step, a host left or was interrupted, or time ran out
     */
    synchronized float[] allReduceSum(String host, String label, float[] values) {
        if (failure != null) {
            throw new IllegalStateException(failure);
        }
        int rank = hosts.indexOf(host);
        long round = rounds;
        contributions[rank] = values;
        labels[rank] = label;
        if (++arrived == hosts.size()) {
            complete();
            if (failure != null) {
                throw new IllegalStateException(failure);
            }
            return result;
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
        long leftSince = 0;
        try {
            while (rounds == round && failure == null) {
                long now = System.nanoTime();
                if (!left.isEmpty()) {
                    if (leftSince == 0) {
                        leftSince = now;
                    } else if (now - leftSince >= TimeUnit.MILLISECONDS.toNanos(graceMillis)) {
                        fail("host " + String.join(", ", new ArrayList<>(left)) + " left the data-parallel"
                                + " training before " + label + " (its training script ended; its failure is the"
                                + " job's)");
                        break;
                    }
                }
                if (now >= deadline) {
                    fail("the hosts " + missing() + " did not reach " + label + " within " + TIMEOUT_SECONDS + " s");
                    break;
                }
                long waitNanos = deadline - now;
                if (!left.isEmpty()) {
                    waitNanos = Math.min(waitNanos, TimeUnit.MILLISECONDS.toNanos(graceMillis) - (now - leftSince));
                }
                TimeUnit.NANOSECONDS.timedWait(this, Math.max(1, waitNanos));
            }
        } catch (InterruptedException e) {
            fail("host " + host + " was interrupted while waiting for the other hosts at " + label + " (the job"
                    + " stopped, or another host failed)");
            Thread.currentThread().interrupt();
        }
        if (rounds > round) {
            return result;
        }
        throw new IllegalStateException(failure);
    }

    /**
     * Leaves the group: a host still waiting for this one fails (after the grace period); the last host to leave
     * removes the group.
     *
     * @param host this host
     */
    synchronized void leave(String host) {
        left.add(host);
        notifyAll();
        if (left.size() == hosts.size()) {
            GROUPS.remove(key, this);
        }
    }

    private void complete() {
        StringBuilder steps = new StringBuilder();
        boolean inStep = true;
        int length = contributions[0].length;
        for (int i = 0; i < hosts.size(); i++) {
            inStep &= labels[i].equals(labels[0]) && contributions[i].length == length;
            steps.append(i == 0 ? "" : ", ").append(hosts.get(i)).append(" at ").append(labels[i])
                    .append(" (").append(contributions[i].length).append(" values)");
        }
        if (!inStep) {
            fail("the hosts are out of step: " + steps + ". Every host must train the same model on the same"
                    + " number of batches per epoch: give each host as many examples (DjlTraining's csv, npy and"
                    + " imageFolder cut every host's share to the smallest one)");
            return;
        }
        float[] sum = contributions[0].clone();
        for (int i = 1; i < hosts.size(); i++) {
            float[] c = contributions[i];
            for (int j = 0; j < length; j++) {
                sum[j] += c[j];
            }
        }
        result = sum;
        java.util.Arrays.fill(contributions, null);
        arrived = 0;
        rounds++;
        notifyAll();
    }

    private List<String> missing() {
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < hosts.size(); i++) {
            if (contributions[i] == null) {
                missing.add(hosts.get(i));
            }
        }
        return missing;
    }

    private void fail(String reason) {
        if (failure == null) {
            failure = reason;
        }
        notifyAll();
    }
}
