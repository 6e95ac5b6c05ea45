/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.internal.local;

import dev.sagemaker4j.spi.FeatureStoreRuntimeApi;
import dev.sagemaker4j.spi.RuntimeApi;
import dev.sagemaker4j.spi.SageMakerApi;

/**
 * One part of the local backend (training, hosting, transform, feature store, ...). Each part
 * implements the operations it owns by overriding them; the backend routes every operation to the
 * one part that overrides it, and two parts overriding the same operation is an error at start.
 * Parts in other modules are found with {@link java.util.ServiceLoader} through
 * {@link LocalComponentProvider}.
 */
public interface LocalComponent extends AutoCloseable {

    /**
     * The control plane operations of this part.
     *
     * @return an implementation overriding some operations, or {@code null}
     */
    default SageMakerApi sageMakerApi() {
        return null;
    }

    /**
     * The runtime operations of this part.
     *
     * @return an implementation, or {@code null}
     */
    default RuntimeApi runtimeApi() {
        return null;
    }

    /**
     * The feature store runtime operations of this part.
     *
     * @return an implementation, or {@code null}
     */
    default FeatureStoreRuntimeApi featureStoreRuntimeApi() {
        return null;
    }

    /**
     * Releases what the part holds.
     */
    @Override
    default void close() {
    }
}
