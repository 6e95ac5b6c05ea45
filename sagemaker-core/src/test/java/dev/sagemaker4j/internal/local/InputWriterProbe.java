/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.internal.local;

import dev.sagemaker4j.local.LocalAlgorithm;
import dev.sagemaker4j.local.TrainingEnvironment;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Test-only algorithm that records every file of its {@code train} channel (path relative to the channel, content),
 * then writes into its input folder as a careless job might: appends to each file, truncates one, deletes one (not
 * with the hyperparameter {@code write_inputs=false}).
 */
public final class InputWriterProbe implements LocalAlgorithm {
    static volatile Map<String, String> seen;

    @Override
    public String name() {
        return "input-writer";
    }

    @Override
    public List<String> repositories() {
        return List.of("sagemaker4j-test-input-writer");
    }

    @Override
    public void train(TrainingEnvironment env) throws Exception {
        Path channel = env.channel("train");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(channel)) {
            files = walk.filter(Files::isRegularFile).sorted().collect(Collectors.toList());
        }
        Map<String, String> contents = new TreeMap<>();
        for (Path f : files) {
            contents.put(channel.relativize(f).toString().replace('\\', '/'), Files.readString(f));
        }
        seen = contents;
        if ("false".equals(env.hyperparameters().get("write_inputs"))) {
            Files.writeString(env.modelDir().resolve("probe.txt"), Integer.toString(files.size()));
            return;
        }
        for (Path f : files) {
            Files.writeString(f, "written by the job", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        }
        Files.write(files.get(0), new byte[0], StandardOpenOption.TRUNCATE_EXISTING);
        Files.delete(files.get(files.size() - 1));
        Files.writeString(env.modelDir().resolve("probe.txt"), Integer.toString(files.size()));
    }
}
