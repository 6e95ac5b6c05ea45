/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.internal.local;

import dev.sagemaker4j.spi.BackendConfig;
import dev.sagemaker4j.spi.ObjectStore;
import dev.sagemaker4j.spi.SageMakerApi;
import java.nio.file.Path;
import java.util.function.Supplier;

/**
 * What the parts of the local backend share: root, region and account, the object store, the job
 * records and the worker pool, and the whole control plane (so one part can look up another's
 * resources, e.g. an endpoint its model).
 */
public final class LocalContext {
    private final BackendConfig config;
    private final String region;
    private final String accountId;
    private final ObjectStore objectStore;
    private final JobStore jobs;
    private final JobRunner runner;
    private final Supplier<SageMakerApi> sageMakerApi;

    /**
     * Creates the context.
     *
     * @param config       the backend configuration
     * @param region       the region
     * @param accountId    the account id
     * @param objectStore  the object store
     * @param jobs         the job records
     * @param runner       the worker pool
     * @param sageMakerApi the whole control plane (resolved lazily, it is built from the parts)
     */
    public LocalContext(BackendConfig config, String region, String accountId, ObjectStore objectStore,
                        JobStore jobs, JobRunner runner, Supplier<SageMakerApi> sageMakerApi) {
        this.config = config;
        this.region = region;
        this.accountId = accountId;
        this.objectStore = objectStore;
        this.jobs = jobs;
        this.runner = runner;
        this.sageMakerApi = sageMakerApi;
    }

    /**
     * The backend configuration.
     *
     * @return the configuration
     */
    public BackendConfig config() {
        return config;
    }

    /**
     * The session root.
     *
     * @return the root folder
     */
    public Path root() {
        return config.root();
    }

    /**
     * The region.
     *
     * @return the region
     */
    public String region() {
        return region;
    }

    /**
     * The account id.
     *
     * @return the account id
     */
    public String accountId() {
        return accountId;
    }

    /**
     * The object store.
     *
     * @return the store
     */
    public ObjectStore objectStore() {
        return objectStore;
    }

    /**
     * The job records.
     *
     * @return the store
     */
    public JobStore jobs() {
        return jobs;
    }

    /**
     * The worker pool.
     *
     * @return the runner
     */
    public JobRunner runner() {
        return runner;
    }

    /**
     * The whole local control plane.
     *
     * @return the API
     */
    public SageMakerApi sageMakerApi() {
        return sageMakerApi.get();
    }
}
