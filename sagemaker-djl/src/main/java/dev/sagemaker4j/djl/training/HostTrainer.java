/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.djl.training;

import ai.djl.Model;
import ai.djl.ndarray.NDArray;
import ai.djl.nn.Parameter;
import ai.djl.pytorch.engine.PtNDArray;
import ai.djl.pytorch.jni.JniUtils;
import ai.djl.training.GradientCollector;
import ai.djl.training.Trainer;
import ai.djl.training.TrainingConfig;
import ai.djl.util.Pair;

/**
 * The trainer of one host of a data-parallel job. DJL's PyTorch gradient collector allows one collector at a time in
 * a JVM (a static flag: "A PtGradientCollector is already collecting"), while the local backend runs a job's hosts
 * as threads of one JVM; PyTorch's own grad mode is per thread. So this trainer's collector does what DJL's does,
 * grad mode on for its thread and PyTorch's backward pass, without the JVM-wide flag, and zeroes only its own
 * model's gradients.
 */
final class HostTrainer extends Trainer {
    HostTrainer(Model model, TrainingConfig config) {
        super(model, config);
    }

    @Override
    public GradientCollector newGradientCollector() {
        return new Collector(getModel());
    }

    /** DJL's PtGradientCollector, per thread. */
    private static final class Collector implements GradientCollector {
        private final Model model;
        private final boolean gradModeBefore;

        Collector(Model model) {
            this.model = model;
            this.gradModeBefore = JniUtils.isGradMode();
            JniUtils.setGradMode(true);
        }

        @Override
        public void backward(NDArray target) {
            try (NDArray ones = target.onesLike()) {
                JniUtils.backward((PtNDArray) target, (PtNDArray) ones, false, false);
            }
        }

        @Override
        public void zeroGradients() {
            for (Pair<String, Parameter> p : model.getBlock().getParameters()) {
                NDArray array = p.getValue().isInitialized() ? p.getValue().getArray() : null;
                if (array != null && array.hasGradient()) {
                    try (NDArray grad = array.getGradient()) {
                        grad.subi(grad);
                    }
                }
            }
        }

        @Override
        public void close() {
            if (!gradModeBefore) {
                JniUtils.setGradMode(false);
            }
        }
    }
}
