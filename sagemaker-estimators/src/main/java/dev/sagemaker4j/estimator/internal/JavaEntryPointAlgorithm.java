/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.estimator.internal;

import dev.sagemaker4j.estimator.JavaEstimator;
import dev.sagemaker4j.exceptions.ValidationException;
import dev.sagemaker4j.local.LocalAlgorithm;
import dev.sagemaker4j.local.TrainingEnvironment;
import java.util.List;
import java.util.Map;

/** Runs a {@code JavaEstimator}'s entry point in-process. */
public final class JavaEntryPointAlgorithm implements LocalAlgorithm {
    @Override
    public String name() {
        return "java-entry-point";
    }

    @Override
    public List<String> repositories() {
        return List.of("sagemaker4j/java-entry-point");
    }

    @Override
    public void validate(Map<String, String> hyperparameters) {
        if (!hyperparameters.containsKey(JavaEstimator.PROGRAM)) {
            throw new ValidationException(JavaEstimator.PROGRAM, null, "is missing",
                    "name the TrainingScript class (JavaEstimator sets it from entryPoint)");
        }
    }

    @Override
    public void train(TrainingEnvironment env) throws Exception {
        String program = env.hyperparameters().get(JavaEstimator.PROGRAM);
        env.log("Invoking entry point " + program + " on " + env.currentHost());
        EntryPoints.create(program).train(env);
    }
}
