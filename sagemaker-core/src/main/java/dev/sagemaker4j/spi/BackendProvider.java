/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.spi;

/**
 * Creates a {@link Backend}. Providers are found with {@link java.util.ServiceLoader} (list the
 * class in {@code META-INF/services/dev.sagemaker4j.spi.BackendProvider}) and chosen by name,
 * never by rank: a session names its backend explicitly.
 *
 * <pre>{@code
 * public final class SparkBackendProvider implements BackendProvider {
 *     public String name() { return "spark"; }
 *     public Backend create(BackendConfig config) { return new SparkBackend(config); }
 * }
 * }</pre>
 */
public interface BackendProvider {

    /**
     * The name sessions choose this backend by.
     *
     * @return a short lower-case name, e.g. {@code "local"}
     */
    String name();

    /**
     * Creates a backend.
     *
     * @param config the session's settings
     * @return a new backend, owned by the caller
     */
    Backend create(BackendConfig config);
}
