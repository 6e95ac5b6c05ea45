/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.hosting.internal;

import dev.sagemaker4j.internal.local.LocalComponent;
import dev.sagemaker4j.internal.local.LocalComponentProvider;
import dev.sagemaker4j.internal.local.LocalContext;

/** Adds batch transform to the local backend when sagemaker-inference is on the class path. */
public final class LocalTransformProvider implements LocalComponentProvider {
    @Override
    public LocalComponent create(LocalContext context) {
        return new LocalTransform(context);
    }
}
