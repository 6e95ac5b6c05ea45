/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.container.usercode;

import dev.sagemaker4j.inference.InferenceHandler;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** User code for the container tests: answers each CSV value plus the trained mean. */
public final class MeanHandler implements InferenceHandler<Double, double[], double[]> {
    @Override
    public Double modelFn(Path modelDir) throws Exception {
        return Double.parseDouble(Files.readString(modelDir.resolve("mean.txt")).trim());
    }

    @Override
    public double[] inputFn(byte[] body, String contentType) {
        String[] cells = new String(body, StandardCharsets.UTF_8).trim().split(",");
        double[] values = new double[cells.length];
        for (int i = 0; i < cells.length; i++) {
            values[i] = Double.parseDouble(cells[i].trim());
        }
        return values;
    }

    @Override
    public double[] predictFn(double[] input, Double mean) {
        double[] out = new double[input.length];
        for (int i = 0; i < input.length; i++) {
            out[i] = input[i] + mean;
        }
        return out;
    }

    @Override
    public Output outputFn(double[] prediction, String accept) {
        StringBuilder b = new StringBuilder();
        for (double p : prediction) {
            b.append(b.length() == 0 ? "" : ",").append(p);
        }
        return Output.of(b.toString(), "text/csv");
    }
}
