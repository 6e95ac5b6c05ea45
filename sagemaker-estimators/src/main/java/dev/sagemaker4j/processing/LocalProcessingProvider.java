/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.processing;

import dev.sagemaker4j.local.LocalContext;
import dev.sagemaker4j.local.LocalPart;
import dev.sagemaker4j.local.LocalPartProvider;

/**
 * Adds processing jobs ({@code ProcessingJobsApi}) to the local backend when sagemaker-estimators is on the class
 * path. Found with {@link java.util.ServiceLoader}; user code does not call it. It lives next to the processors
 * because the local part runs their programs (a {@link ProcessingScript}, the SQL of {@link SqlProcessor}) and
 * their {@code main} methods run the same programs in a container: in a {@code processing.internal} package the
 * two packages depended on each other.
 */
public final class LocalProcessingProvider implements LocalPartProvider {
    /**
     * Creates the provider (ServiceLoader does).
     */
    public LocalProcessingProvider() {
    }

    @Override
    public LocalPart create(LocalContext context) {
        return new LocalProcessing(context);
    }
}
