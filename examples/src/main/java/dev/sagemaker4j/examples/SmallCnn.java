/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.examples;

import ai.djl.Model;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import ai.djl.nn.BlockFactory;
import ai.djl.nn.Blocks;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.nn.core.Linear;
import ai.djl.nn.pooling.Pool;
import java.nio.file.Path;
import java.util.Map;

/**
 * A small convolutional network for 8×8 grey images, and the {@link BlockFactory} a DJL loader (DJL's
 * {@code Criteria}, DJL Serving, the local endpoint) rebuilds it with from the {@code classes} argument of the model
 * folder's {@code serving.properties}: conv 3×3 (16) → ReLU → max-pool 2 → conv 3×3 (32) → ReLU → max-pool 2 → dense.
 */
public final class SmallCnn implements BlockFactory {
    private static final long serialVersionUID = 1L;

    /** A loader creates the factory through this constructor. */
    public SmallCnn() {
    }

    /**
     * The network.
     *
     * @param classes the number of classes
     * @return an uninitialized block taking {@code [N, 1, 8, 8]}
     */
    public static Block block(int classes) {
        return new SequentialBlock()
                .add(Conv2d.builder().setKernelShape(new Shape(3, 3)).optPadding(new Shape(1, 1)).setFilters(16)
                        .build())
                .add(Activation::relu)
                .add(Pool.maxPool2dBlock(new Shape(2, 2)))
                .add(Conv2d.builder().setKernelShape(new Shape(3, 3)).optPadding(new Shape(1, 1)).setFilters(32)
                        .build())
                .add(Activation::relu)
                .add(Pool.maxPool2dBlock(new Shape(2, 2)))
                .add(Blocks.batchFlattenBlock())
                .add(Linear.builder().setUnits(classes).build());
    }

    @Override
    public Block newBlock(Model model, Path modelPath, Map<String, ?> arguments) {
        return block(Integer.parseInt(String.valueOf(arguments.get("classes"))));
    }
}
