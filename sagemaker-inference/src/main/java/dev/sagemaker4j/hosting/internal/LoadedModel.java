/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.hosting.internal;

import dev.sagemaker4j.model.runtime.ModelRuntime;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A model runtime shared by the deployments that use it (a weights update keeps the runtimes of
 * the old deployment), closed when the last one releases it.
 */
final class LoadedModel {
    private final ModelRuntime runtime;
    private final Path folder;
    private final AtomicInteger references = new AtomicInteger(1);

    LoadedModel(ModelRuntime runtime, Path folder) {
        this.runtime = runtime;
        this.folder = folder;
    }

    ModelRuntime runtime() {
        return runtime;
    }

    Path folder() {
        return folder;
    }

    LoadedModel retain() {
        references.incrementAndGet();
        return this;
    }

    void release() {
        if (references.decrementAndGet() == 0) {
            runtime.close();
            Folders.deleteQuietly(folder);
        }
    }
}
