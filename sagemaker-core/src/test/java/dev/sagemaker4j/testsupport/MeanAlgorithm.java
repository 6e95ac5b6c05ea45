/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.testsupport;

import dev.sagemaker4j.exceptions.ValidationException;
import dev.sagemaker4j.local.LocalAlgorithm;
import dev.sagemaker4j.local.TrainingEnvironment;
import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import software.amazon.awssdk.services.sagemaker.model.MetricDefinition;

/**
 * A tiny test-only algorithm (image repository {@code sagemaker4j-test-mean}): the model is the mean
 * of the first CSV column of every file of the {@code train} channel. Hyperparameters steer it:
 * {@code epochs} (log lines {@code epoch=N loss=X}), {@code fail} (throw with this message),
 * {@code failure_file} (write this to the failure file, then throw), {@code wait_for_stop}
 * (loop until stopped), {@code sleep_ms} (pause per epoch), {@code checkpoint} (write one
 * checkpoint file per epoch and resume from the last), {@code fail_on_host} (only that host throws
 * {@code fail}; the others wait, as a distributed algorithm waits for a peer, until interrupted, then
 * throw "interrupted while waiting").
 */
public final class MeanAlgorithm implements LocalAlgorithm {
    /** Image URI of this algorithm. */
    public static final String IMAGE = "123456789012.dkr.ecr.us-east-1.amazonaws.com/sagemaker4j-test-mean:1";

    @Override
    public String name() {
        return "test-mean";
    }

    @Override
    public List<String> repositories() {
        return List.of("sagemaker4j-test-mean");
    }

    @Override
    public List<MetricDefinition> metricDefinitions() {
        return List.of(MetricDefinition.builder().name("train:loss").regex("loss=([0-9.]+)").build());
    }

    @Override
    public void validate(Map<String, String> hyperparameters) {
        String epochs = hyperparameters.getOrDefault("epochs", "1");
        try {
            if (Integer.parseInt(epochs) < 1) {
                throw new NumberFormatException();
            }
        } catch (NumberFormatException e) {
            throw new ValidationException("epochs", epochs, "must be a positive integer", "pass e.g. epochs=3");
        }
    }

    @Override
    public void train(TrainingEnvironment env) throws Exception {
        Map<String, String> hp = env.hyperparameters();
        if (hp.containsKey("failure_file")) {
            Files.writeString(env.failureFile(), hp.get("failure_file"));
            throw new IllegalStateException("ignored, the failure file wins");
        }
        if (hp.containsKey("fail_on_host") && !hp.get("fail_on_host").equals(env.currentHost())) {
            try {
                new java.util.concurrent.CountDownLatch(1).await();
            } catch (InterruptedException e) {
                throw new IllegalStateException(env.currentHost() + " interrupted while waiting", e);
            }
        }
        if (hp.containsKey("fail")) {
            throw new IllegalStateException(hp.get("fail"));
        }
        int epochs = Integer.parseInt(hp.getOrDefault("epochs", "1"));
        long sleep = Long.parseLong(hp.getOrDefault("sleep_ms", "0"));
        int start = 0;
        Path checkpoint = env.checkpointDir().resolve("epoch.txt");
        if (hp.containsKey("checkpoint") && Files.exists(checkpoint)) {
            start = Integer.parseInt(Files.readString(checkpoint).trim());
            env.log("resuming from epoch " + start);
        }
        double sum = 0;
        long count = 0;
        List<Path> files;
        try (Stream<Path> walk = Files.walk(env.channel("train"))) {
            files = walk.filter(Files::isRegularFile).sorted().collect(Collectors.toList());
        }
        for (Path file : files) {
            try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                String line;
                int number = 0;
                while ((line = reader.readLine()) != null) {
                    number++;
                    if (line.isBlank()) {
                        continue;
                    }
                    String cell = line.split(",", -1)[0];
                    try {
                        sum += Double.parseDouble(cell);
                    } catch (NumberFormatException e) {
                        throw new ValidationException("train", cell, "is not a number (file "
                                + file.getFileName() + ", line " + number + ")", "fix the data");
                    }
                    count++;
                }
            }
        }
        for (int epoch = start; epoch < epochs; epoch++) {
            if (env.stopRequested()) {
                env.log("stop requested at epoch " + epoch);
                break;
            }
            env.log("epoch=" + epoch + " loss=" + (1.0 / (epoch + 1)));
            if (hp.containsKey("checkpoint")) {
                Files.writeString(checkpoint, Integer.toString(epoch + 1));
            }
            if (sleep > 0) {
                try {
                    Thread.sleep(sleep);
                } catch (InterruptedException e) {
                    env.log("interrupted at epoch " + epoch);
                    break;
                }
            }
        }
        if (hp.containsKey("wait_for_stop")) {
            while (!env.stopRequested()) {
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    break;
                }
            }
        }
        env.logMetric("custom:count", count, 0);
        Files.writeString(env.modelDir().resolve("mean.txt"), Double.toString(count == 0 ? 0 : sum / count));
        Files.writeString(env.outputDataDir().resolve("rows.txt"), Long.toString(count));
        Files.writeString(env.modelDir().resolve("host.txt"), env.currentHost() + " of " + env.hosts());
    }
}
