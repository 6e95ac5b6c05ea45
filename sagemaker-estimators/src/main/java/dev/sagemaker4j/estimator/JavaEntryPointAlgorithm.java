/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.estimator;

import dev.sagemaker4j.exceptions.ValidationException;
import dev.sagemaker4j.local.LocalAlgorithm;
import dev.sagemaker4j.local.TrainingEnvironment;
import java.util.List;
import java.util.Map;

/**
 * The local backend's algorithm for {@link JavaEstimator} jobs: runs the job's {@link TrainingScript}
 * in-process. Found with {@link java.util.ServiceLoader} (it is listed in this module's
 * {@code META-INF/services/dev.sagemaker4j.local.LocalAlgorithm}); user code does not call it. It lives
 * next to {@code JavaEstimator} because it runs that class's scripts: in {@code estimator.internal} it made
 * the two packages depend on each other.
 */
public final class JavaEntryPointAlgorithm implements LocalAlgorithm {
    /**
     * Creates the algorithm (ServiceLoader does).
     */
    public JavaEntryPointAlgorithm() {
    }

    @Override
    public String name() {
        return "java-entry-point";
    }

    @Override
    public List<String> repositories() {
        // the local image name, and the repository docs and sagemaker-container/docker/build.sh push the container to
        return List.of("sagemaker4j/java-entry-point", "sagemaker4j-java");
    }

    @Override
    public boolean runsEntryPoint() {
        return true;
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
