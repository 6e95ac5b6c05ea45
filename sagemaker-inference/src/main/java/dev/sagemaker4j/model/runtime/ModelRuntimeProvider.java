/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.model.runtime;

import java.nio.file.Path;
import java.util.Map;

/**
 * Serves a kind of model artifact on local hosting: a module that brings an engine (DJL for TorchScript and DJL
 * model folders, the Amazon algorithms' own model files) registers one under
 * {@code META-INF/services/dev.sagemaker4j.model.runtime.ModelRuntimeProvider}. Local hosting asks the providers,
 * in {@link #priority()} order, after a handler named by {@code SAGEMAKER_PROGRAM} and before its built-in
 * formats; the first that {@link #claims} the unpacked folder loads it.
 */
public interface ModelRuntimeProvider {

    /**
     * A short name for errors and logs, e.g. {@code djl}.
     *
     * @return the name
     */
    String name();

    /**
     * What this provider serves, for the error that lists what an unrecognised artifact could have held, e.g.
     * {@code "a TorchScript model.pt or a DJL model folder with serving.properties"}.
     *
     * @return a phrase
     */
    String serves();

    /**
     * Whether this provider recognises the unpacked model: only from the files (and the environment), cheaply,
     * without loading anything.
     *
     * @param modelDir    the unpacked model.tar.gz
     * @param environment the model's container environment
     * @return true when {@link #load} should serve it
     */
    boolean claims(Path modelDir, Map<String, String> environment);

    /**
     * Loads the model.
     *
     * @param modelDir    the unpacked model.tar.gz
     * @param environment the model's container environment
     * @return the runtime, closed by local hosting when no endpoint uses it
     * @throws Exception when the artifact cannot be loaded; a {@link dev.sagemaker4j.exceptions.ValidationException}
     *                   naming the file and the fix is preferred
     */
    ModelRuntime load(Path modelDir, Map<String, String> environment) throws Exception;

    /**
     * The order among providers: lower is asked first. The default is 100.
     *
     * @return the priority
     */
    default int priority() {
        return 100;
    }
}
