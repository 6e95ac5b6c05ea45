/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.djl.serving;

import ai.djl.modality.Input;
import ai.djl.modality.Output;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.translate.Translator;
import ai.djl.translate.TranslatorContext;

/** A user's translator: a CSV line of features in, {@code {"label": argmax}} out. */
public final class ArgmaxTranslator implements Translator<Input, Output> {

    @Override
    public NDList processInput(TranslatorContext ctx, Input input) {
        String[] cells = input.getData().getAsString().trim().split(",");
        float[] x = new float[cells.length];
        for (int i = 0; i < cells.length; i++) {
            x[i] = Float.parseFloat(cells[i]);
        }
        return new NDList(ctx.getNDManager().create(x).reshape(1, x.length));
    }

    @Override
    public Output processOutput(TranslatorContext ctx, NDList list) {
        NDArray y = list.get(0);
        Output out = new Output();
        out.addProperty("Content-Type", "application/json");
        out.add("{\"label\":" + y.argMax(1).toLongArray()[0] + "}");
        return out;
    }
}
