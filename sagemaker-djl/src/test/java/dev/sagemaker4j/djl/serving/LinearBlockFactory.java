/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.djl.serving;

import ai.djl.Model;
import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import ai.djl.nn.BlockFactory;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.core.Linear;
import java.nio.file.Path;
import java.util.Map;

/** A user's block factory for a DJL model folder: Linear(8), ReLU, Linear(3), as the training code built it. */
public final class LinearBlockFactory implements BlockFactory {
    private static final long serialVersionUID = 1L;

    /** The block. */
    static Block block() {
        return new SequentialBlock().add(Linear.builder().setUnits(8).build()).add(Activation::relu)
                .add(Linear.builder().setUnits(3).build());
    }

    @Override
    public Block newBlock(Model model, Path modelPath, Map<String, ?> arguments) {
        return block();
    }
}
