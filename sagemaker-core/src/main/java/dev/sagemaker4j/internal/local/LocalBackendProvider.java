/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.internal.local;

import dev.sagemaker4j.spi.Backend;
import dev.sagemaker4j.spi.BackendConfig;
import dev.sagemaker4j.spi.BackendProvider;

/** Provides the {@code local} backend. */
public final class LocalBackendProvider implements BackendProvider {
    @Override
    public String name() {
        return "local";
    }

    @Override
    public Backend create(BackendConfig config) {
        return new LocalBackend(config);
    }
}
