/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.djl.training;

import dev.sagemaker4j.exceptions.ValidationException;
import dev.sagemaker4j.local.TrainingEnvironment;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A hand-written training contract over a temporary folder, recording what the script reports. */
final class FakeEnvironment implements TrainingEnvironment {
    final Path root;
    final Map<String, String> hyperparameters = new LinkedHashMap<>();
    final List<String> lines = new ArrayList<>();
    final List<String> metrics = new ArrayList<>();
    final List<String> progress = new ArrayList<>();
    String instanceType = "local";
    int gpus;

    FakeEnvironment(Path root) {
        this.root = root;
    }

    /** Creates (if needed) and returns a channel folder. */
    Path channelDir(String name) {
        Path dir = root.resolve("input/data").resolve(name);
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dir;
    }

    @Override
    public String jobName() {
        return "fake-job";
    }

    @Override
    public String jobArn() {
        return "arn:aws:sagemaker:us-west-2:000000000000:training-job/fake-job";
    }

    @Override
    public Map<String, String> hyperparameters() {
        return hyperparameters;
    }

    @Override
    public Map<String, Path> channels() {
        Map<String, Path> channels = new LinkedHashMap<>();
        try (var s = Files.list(root.resolve("input/data"))) {
            s.forEach(p -> channels.put(p.getFileName().toString(), p));
        } catch (IOException e) {
            // no channels
        }
        return channels;
    }

    @Override
    public Path channel(String name) {
        Path dir = root.resolve("input/data").resolve(name);
        if (!Files.isDirectory(dir)) {
            throw new ValidationException("channel", name, "is not a channel of the job", "pass it to fit");
        }
        return dir;
    }

    @Override
    public Optional<String> channelContentType(String name) {
        return Optional.empty();
    }

    @Override
    public Path inputDir() {
        return root.resolve("input");
    }

    @Override
    public Path inputConfigDir() {
        return root.resolve("input/config");
    }

    @Override
    public Path modelDir() {
        return root.resolve("model");
    }

    @Override
    public Path outputDir() {
        return root.resolve("output");
    }

    @Override
    public Path outputDataDir() {
        return root.resolve("output/data");
    }

    @Override
    public Path failureFile() {
        return root.resolve("output/failure");
    }

    @Override
    public Path checkpointDir() {
        return root.resolve("checkpoints");
    }

    @Override
    public List<String> hosts() {
        return List.of("algo-1");
    }

    @Override
    public String currentHost() {
        return "algo-1";
    }

    @Override
    public String currentInstanceType() {
        return instanceType;
    }

    @Override
    public int numGpus() {
        return gpus;
    }

    @Override
    public int numCpus() {
        return 2;
    }

    @Override
    public Map<String, String> environment() {
        return Map.of();
    }

    @Override
    public void log(String line) {
        lines.add(line);
    }

    @Override
    public void logMetric(String name, double value, long step) {
        metrics.add(name + "@" + step + "=" + value);
    }

    @Override
    public void reportProgress(long done, long total, String unit, Map<String, Double> values) {
        progress.add(done + "/" + total + " " + unit);
    }

    @Override
    public boolean stopRequested() {
        return false;
    }
}
