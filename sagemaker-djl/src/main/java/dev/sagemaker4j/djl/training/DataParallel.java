/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.djl.training;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.DataType;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.util.Pair;
import dev.sagemaker4j.local.TrainingEnvironment;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Synchronous data parallelism over the hosts of a job: the same model on every host, each host's gradients of a
 * batch averaged over the hosts before the optimizer's step, so every host takes the same step and the hosts keep
 * one model. The leader's parameters are copied to the others before the first step; parameters without gradient
 * (BatchNorm's running mean and variance) are averaged at the end of every epoch.
 *
 * <p>Why gradients and not a {@link ai.djl.training.ParameterServer}: DJL's {@code Trainer} creates its parameter
 * server from the engine ({@code Engine.newParameterServer(optimizer)}) with no way to pass another, and its
 * {@code ParameterStore} updates the parameters in the order of a hash map of per-host random ids, so hosts could not
 * meet parameter by parameter. DJL calls its listeners' {@code onTrainingBatch} after the backward pass of a batch and
 * before {@code Trainer.step()}, with every gradient in place: that is where the gradients of all parameters are
 * averaged, in one round, in the block's parameter order.
 */
final class DataParallel {
    private static final NDIndex ALL = new NDIndex("...");
    private final TrainingEnvironment env;
    private final HostGroup group;
    private final String host;
    private final boolean leader;
    /** This epoch's time copying gradients out of and into PyTorch, and inside the all-reduce (mostly waiting). */
    private long copyNanos;
    private long reduceNanos;
    private int batches;
    private int gradientValues;

    DataParallel(TrainingEnvironment env, HostGroup group) {
        this.env = env;
        this.group = group;
        this.host = env.currentHost();
        this.leader = env.hosts().get(0).equals(host);
    }

    boolean leader() {
        return leader;
    }

    int hostCount() {
        return group.hosts().size();
    }

    /** The smallest of the hosts' counts, for giving every host as many examples. */
    int min(String what, int count) {
        float[] mine = new float[hostCount()];
        mine[env.hosts().indexOf(host)] = count;
        float[] all = group.allReduceSum(host, "the size of " + what, mine);
        int min = Integer.MAX_VALUE;
        for (float f : all) {
            min = Math.min(min, (int) f);
        }
        return min;
    }

    /** Copies the leader's parameters (all of them) to every host. */
    void broadcastParameters(Block block) {
        List<Parameter> params = parameters(block, p -> true);
        float[] mine = leader ? flatten(params, false) : new float[size(params)];
        unflatten(params, group.allReduceSum(host, "the leader's initial parameters", mine), 1f, false);
    }

    /** Replaces this host's gradients with their average over the hosts. */
    void averageGradients(Block block, String label) {
        long t0 = System.nanoTime();
        List<Parameter> params = parameters(block, p -> p.requiresGradient() && p.getArray().hasGradient());
        float[] mine = flatten(params, true);
        long t1 = System.nanoTime();
        gradientValues = mine.length;
        float[] sum = group.allReduceSum(host, label, mine);
        long t2 = System.nanoTime();
        unflatten(params, sum, 1f / hostCount(), true);
        copyNanos += System.nanoTime() - t2 + t1 - t0;
        reduceNanos += t2 - t1;
        batches++;
    }

    /**
     * Ends an epoch on every host together: averages the parameters without gradient, and says whether any host
     * was asked to stop, so that all hosts stop after the same epoch.
     */
    boolean endEpoch(Block block, int epoch, boolean stopRequested) {
        List<Parameter> params = parameters(block, p -> !p.requiresGradient());
        float[] state = flatten(params, false);
        float[] mine = new float[state.length + 1];
        System.arraycopy(state, 0, mine, 0, state.length);
        mine[state.length] = stopRequested ? 1 : 0;
        float[] sum = group.allReduceSum(host, "the end of epoch " + epoch, mine);
        unflatten(params, sum, 1f / hostCount(), false);
        env.log(String.format(java.util.Locale.ROOT, "%s, epoch %d: %d gradient all-reduces of %d values, %.3f s"
                + " copying gradients, %.3f s in the all-reduce (waiting for the other hosts)", host, epoch, batches,
                gradientValues, copyNanos / 1e9, reduceNanos / 1e9));
        copyNanos = 0;
        reduceNanos = 0;
        batches = 0;
        return sum[state.length] > 0;
    }

    void leave() {
        group.leave(host);
    }

    private static List<Parameter> parameters(Block block, Predicate<Parameter> which) {
        List<Parameter> params = new ArrayList<>();
        for (Pair<String, Parameter> p : block.getParameters()) {
            Parameter param = p.getValue();
            if (!param.isInitialized() || !which.test(param)) {
                continue;
            }
            if (param.getArray().getDataType() != DataType.FLOAT32) {
                throw new IllegalStateException("Data-parallel training averages float32 parameters; " + p.getKey()
                        + " is " + param.getArray().getDataType() + ": train in float32, or on one host");
            }
            params.add(param);
        }
        return params;
    }

    private static int size(List<Parameter> params) {
        long n = 0;
        for (Parameter p : params) {
            n += p.getArray().size();
        }
        return Math.toIntExact(n);
    }

    private static float[] flatten(List<Parameter> params, boolean gradients) {
        float[] flat = new float[size(params)];
        int at = 0;
        for (Parameter p : params) {
            float[] values;
            if (gradients) {
                try (NDArray grad = p.getArray().getGradient()) {
                    values = grad.toFloatArray();
                }
            } else {
                values = p.getArray().toFloatArray();
            }
            System.arraycopy(values, 0, flat, at, values.length);
            at += values.length;
        }
        return flat;
    }

    private static void unflatten(List<Parameter> params, float[] flat, float scale, boolean gradients) {
        int at = 0;
        for (Parameter p : params) {
            int n = Math.toIntExact(p.getArray().size());
            float[] values = new float[n];
            for (int i = 0; i < n; i++) {
                values[i] = flat[at + i] * scale;
            }
            at += n;
            if (gradients) {
                // copied into the gradient's own storage: set(float[]) would make the tensor use a Java buffer that
                // lives only as long as this wrapper of the gradient, and the next backward pass would write into it
                try (NDArray grad = p.getArray().getGradient();
                     NDArray average = grad.getManager().create(values, grad.getShape())) {
                    grad.set(ALL, average);
                }
            } else {
                // set() keeps the parameter's array, which the trainer's parameter store holds
                p.getArray().set(values);
            }
        }
    }
}
