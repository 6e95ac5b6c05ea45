/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.hosting.internal;

import dev.sagemaker4j.exceptions.ValidationException;
import dev.sagemaker4j.internal.storage.Tarballs;
import dev.sagemaker4j.model.internal.ModelRuntime;
import dev.sagemaker4j.model.internal.ModelRuntimes;
import dev.sagemaker4j.spi.ObjectStore;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;

/** Downloads and unpacks a model.tar.gz and loads the runtime its artifact calls for. */
final class ModelLoader {
    private final ObjectStore store;
    private final Path hostingRoot;
    private final Tarballs.Limits limits;

    ModelLoader(ObjectStore store, Path hostingRoot, Tarballs.Limits limits) {
        this.store = store;
        this.hostingRoot = hostingRoot;
        this.limits = limits;
    }

    /**
     * Loads a model.
     *
     * @param modelDataUrl the model.tar.gz (or {@code null} for a handler that needs no artifact)
     * @param environment  the container environment
     * @return the loaded model
     * @throws Exception with a message fit for FailureReason
     */
    LoadedModel load(String modelDataUrl, Map<String, String> environment) throws Exception {
        Path folder = hostingRoot.resolve(UUID.randomUUID().toString());
        Files.createDirectories(folder);
        try {
            if (modelDataUrl != null) {
                if (modelDataUrl.endsWith(".tar.gz") || modelDataUrl.endsWith(".tgz")) {
                    try (InputStream in = store.get(modelDataUrl)) {
                        Tarballs.unpack(in, folder, modelDataUrl, limits);
                    }
                } else {
                    throw new ValidationException("ModelDataUrl", modelDataUrl, "is not a model.tar.gz",
                            "point ModelDataUrl at the model.tar.gz a training job wrote");
                }
            }
            ModelRuntime runtime = ModelRuntimes.load(folder, environment);
            return new LoadedModel(runtime, folder);
        } catch (Exception | LinkageError e) {
            Folders.deleteQuietly(folder);
            throw e;
        }
    }

    static String reason(Throwable e) {
        String message = e.getMessage() == null ? e.toString() : e.getMessage();
        if (e instanceof IOException && !(e instanceof java.nio.file.NoSuchFileException)) {
            return "The model could not be loaded: " + message;
        }
        return message;
    }
}
