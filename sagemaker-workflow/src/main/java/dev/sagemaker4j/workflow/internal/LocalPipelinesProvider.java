/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.workflow.internal;

import dev.sagemaker4j.local.LocalContext;
import dev.sagemaker4j.local.LocalPart;
import dev.sagemaker4j.local.LocalPartProvider;

/** Adds pipelines (PipelinesApi, with the in-process engine) to the local backend when sagemaker-workflow is on the class path. */
public final class LocalPipelinesProvider implements LocalPartProvider {
    /** Creates the provider (found by ServiceLoader). */
    public LocalPipelinesProvider() {
    }

    @Override
    public LocalPart create(LocalContext context) {
        return new LocalPipelines(context);
    }
}
