/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.featurestore.internal;

import dev.sagemaker4j.local.LocalContext;
import dev.sagemaker4j.local.LocalPart;
import dev.sagemaker4j.local.LocalPartProvider;

/** Adds the feature store to the local backend when sagemaker-featurestore is on the class path. */
public final class LocalFeatureStoreProvider implements LocalPartProvider {
    @Override
    public LocalPart create(LocalContext context) {
        return new LocalFeatureStore(context);
    }
}
