/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.container.usercode;

import dev.sagemaker4j.estimator.TrainingScript;
import dev.sagemaker4j.local.TrainingEnvironment;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * User code for the container tests: the mean of the first column of the {@code train} channel's CSV, times the
 * hyperparameter {@code scale}. The tests pack this class into a jar of a {@code sourcedir.tar.gz}: it is not on
 * the class path of the container process they start.
 */
public final class MeanTraining implements TrainingScript {
    @Override
    public void train(TrainingEnvironment env) throws Exception {
        double scale = env.doubleHyperparameter("scale", 1.0);
        Path train = env.channel("train");
        double sum = 0;
        int rows = 0;
        try (var files = Files.list(train)) {
            for (Path file : files.sorted().toList()) {
                List<String> lines = Files.readAllLines(file);
                for (String line : lines) {
                    if (!line.isBlank()) {
                        sum += Double.parseDouble(line.split(",")[0]);
                        rows++;
                    }
                }
            }
        }
        if (rows == 0) {
            throw new IllegalStateException("channel train has no rows");
        }
        double mean = scale * sum / rows;
        env.logMetric("train:mean", mean, 0);
        env.log("rows=" + rows + " host=" + env.currentHost() + " of " + env.hosts());
        Files.writeString(env.modelDir().resolve("mean.txt"), Double.toString(mean));
    }
}
