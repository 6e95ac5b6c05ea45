/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.model.internal;

import dev.sagemaker4j.local.LocalContext;
import dev.sagemaker4j.local.LocalPart;
import dev.sagemaker4j.local.LocalPartProvider;

/** Adds the model registry to the local backend when sagemaker-inference is on the class path. */
public final class LocalModelRegistryProvider implements LocalPartProvider {
    @Override
    public LocalPart create(LocalContext context) {
        return new LocalModelRegistry(context);
    }
}
