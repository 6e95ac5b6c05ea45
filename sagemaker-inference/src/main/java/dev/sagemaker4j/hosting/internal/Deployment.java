/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.hosting.internal;

import dev.sagemaker4j.exceptions.ThrottlingException;
import dev.sagemaker4j.exceptions.ValidationException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One live configuration of an endpoint: its variants with their models, weights and capacity, and
 * its data capture. Invocations {@link #enter()} and {@link #exit()} it; an update swaps in a new
 * deployment and {@link #retire()}s this one, which closes once its last invocation is done — so
 * updates never fail a request.
 */
final class Deployment {
    private final String configName;
    private final List<Variant> variants;
    private final double[] cumulative;
    private final DataCaptureWriter capture;
    private final AtomicInteger inflight = new AtomicInteger();
    private final AtomicBoolean closed = new AtomicBoolean();
    private volatile boolean retired;
    private volatile boolean ownsShared = true;

    /** One production variant. */
    static final class Variant {
        final String name;
        final String modelName;
        final String image;
        final String instanceType;
        final int instanceCount;
        final float weight;
        final LoadedModel model;
        final MultiModelCache multiModel;
        final Semaphore permits;
        final int capacity;
        final AtomicInteger waiting = new AtomicInteger();
        final AtomicInteger invocations = new AtomicInteger();

        Variant(String name, String modelName, String image, String instanceType, int instanceCount, float weight,
                LoadedModel model, MultiModelCache multiModel, int workersPerInstance) {
            this.name = name;
            this.modelName = modelName;
            this.image = image;
            this.instanceType = instanceType;
            this.instanceCount = instanceCount;
            this.weight = weight;
            this.model = model;
            this.multiModel = multiModel;
            this.capacity = Math.max(1, instanceCount * workersPerInstance);
            this.permits = new Semaphore(capacity);
        }

        /** The same variant with another weight and instance count, sharing the loaded models. */
        Variant reweighted(float newWeight, int newInstanceCount, int workersPerInstance) {
            return new Variant(name, modelName, image, instanceType, newInstanceCount, newWeight,
                    model == null ? null : model.retain(), multiModel, workersPerInstance);
        }

        /**
         * Takes a worker slot; waits a little when all are busy, refuses at once when too many already wait.
         *
         * @param endpoint the endpoint, for the message
         */
        void acquire(String endpoint) {
            if (permits.tryAcquire()) {
                return;
            }
            if (waiting.incrementAndGet() > capacity * 4) {
                waiting.decrementAndGet();
                throw overloaded(endpoint);
            }
            try {
                if (!permits.tryAcquire(1, TimeUnit.SECONDS)) {
                    throw overloaded(endpoint);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw overloaded(endpoint);
            } finally {
                waiting.decrementAndGet();
            }
        }

        void release() {
            permits.release();
        }

        private ThrottlingException overloaded(String endpoint) {
            return new ThrottlingException("Endpoint " + endpoint + " variant " + name + " is at capacity ("
                    + capacity + " concurrent invocations on " + instanceCount + " instance(s)); retry later or"
                    + " raise the instance count", "ServiceUnavailable", 503);
        }
    }

    Deployment(String configName, List<Variant> variants, DataCaptureWriter capture) {
        this.configName = configName;
        this.variants = List.copyOf(variants);
        this.capture = capture;
        this.cumulative = new double[variants.size()];
        double total = 0;
        for (int i = 0; i < variants.size(); i++) {
            total += Math.max(0, variants.get(i).weight);
            cumulative[i] = total;
        }
    }

    String configName() {
        return configName;
    }

    List<Variant> variants() {
        return variants;
    }

    DataCaptureWriter capture() {
        return capture;
    }

    /** Picks the variant asked for, or one by weight. */
    Variant choose(String targetVariant) {
        if (targetVariant != null) {
            for (Variant v : variants) {
                if (v.name.equals(targetVariant)) {
                    return v;
                }
            }
            List<String> names = new ArrayList<>();
            variants.forEach(v -> names.add(v.name));
            throw new ValidationException("TargetVariant", targetVariant, "is not a variant of this endpoint",
                    "use one of " + names);
        }
        double total = cumulative[cumulative.length - 1];
        if (total <= 0) {
            throw new ValidationException("TargetVariant", null, "is required: every variant has weight 0",
                    "give a variant a weight above 0, or name one with targetVariant");
        }
        double pick = ThreadLocalRandom.current().nextDouble(total);
        for (int i = 0; i < cumulative.length; i++) {
            if (pick < cumulative[i]) {
                return variants.get(i);
            }
        }
        return variants.get(variants.size() - 1);
    }

    /**
     * Starts an invocation.
     *
     * @return {@code false} when this deployment was retired meanwhile (read the current one again)
     */
    boolean enter() {
        inflight.incrementAndGet();
        if (retired) {
            exit();
            return false;
        }
        return true;
    }

    /** Ends an invocation. */
    void exit() {
        if (inflight.decrementAndGet() == 0 && retired) {
            closeOnce();
        }
    }

    /** Takes this deployment out of service; it closes when its last invocation ends. */
    void retire() {
        retired = true;
        if (inflight.get() == 0) {
            closeOnce();
        }
    }

    /** Leaves the multi-model caches and the data capture to the deployment that replaces this one. */
    void handOverShared() {
        ownsShared = false;
    }

    private void closeOnce() {
        if (closed.compareAndSet(false, true)) {
            for (Variant v : variants) {
                if (v.model != null) {
                    v.model.release();
                }
                if (ownsShared && v.multiModel != null) {
                    v.multiModel.close();
                }
            }
            if (ownsShared && capture != null) {
                capture.close();
            }
        }
    }
}
