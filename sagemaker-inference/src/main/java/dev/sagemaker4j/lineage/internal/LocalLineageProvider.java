/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.lineage.internal;

import dev.sagemaker4j.local.LocalContext;
import dev.sagemaker4j.local.LocalPart;
import dev.sagemaker4j.local.LocalPartProvider;

/** Adds lineage tracking to the local backend when sagemaker-inference is on the class path. */
public final class LocalLineageProvider implements LocalPartProvider {
    /** Creates the provider (found by ServiceLoader). */
    public LocalLineageProvider() {
    }

    @Override
    public LocalPart create(LocalContext context) {
        return new LocalLineage(context);
    }
}
