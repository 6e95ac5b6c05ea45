/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.internal.local;

import dev.sagemaker4j.local.LocalAlgorithm;
import dev.sagemaker4j.local.TrainingEnvironment;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;

/** Test-only algorithm that records the environment it was given. */
public final class EnvironmentProbe implements LocalAlgorithm {
    static volatile List<Map<String, String>> captured;

    @Override
    public String name() {
        return "probe";
    }

    @Override
    public List<String> repositories() {
        return List.of("sagemaker4j-test-probe");
    }

    @Override
    public void train(TrainingEnvironment env) throws Exception {
        if (captured != null) {
            captured.add(env.environment());
        }
        Files.writeString(env.modelDir().resolve("probe.txt"), "ok");
    }
}
