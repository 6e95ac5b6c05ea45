/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.djl.training;

import ai.djl.Model;
import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import ai.djl.nn.BlockFactory;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.core.Linear;
import java.nio.file.Path;
import java.util.Map;

/** A small MLP defined in Java, and the factory a DJL loader rebuilds it with. */
public final class TinyMlp implements BlockFactory {
    private static final long serialVersionUID = 1L;

    /** The factory needs a public no-argument constructor. */
    public TinyMlp() {
    }

    static Block block(int classes) {
        return new SequentialBlock().add(Linear.builder().setUnits(16).build()).add(Activation::relu)
                .add(Linear.builder().setUnits(classes).build());
    }

    @Override
    public Block newBlock(Model model, Path modelPath, Map<String, ?> arguments) {
        return block(Integer.parseInt(String.valueOf(arguments.get("classes"))));
    }
}
