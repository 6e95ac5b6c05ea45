/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.experiments.internal;

import dev.sagemaker4j.local.LocalContext;
import dev.sagemaker4j.local.LocalPart;
import dev.sagemaker4j.local.LocalPartProvider;

/** Adds experiments (and the sagemaker-metrics service) to the local backend when sagemaker-estimators is on the class path. */
public final class LocalExperimentsProvider implements LocalPartProvider {
    /** Creates the provider (found by ServiceLoader). */
    public LocalExperimentsProvider() {
    }

    @Override
    public LocalPart create(LocalContext context) {
        return new LocalExperiments(context);
    }
}
