/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.local;

import dev.sagemaker4j.spi.Backend;
import dev.sagemaker4j.spi.BackendConfig;
import dev.sagemaker4j.spi.Capability;
import dev.sagemaker4j.spi.ObjectStore;
import java.nio.file.Path;
import java.util.function.Supplier;

/**
 * What the parts of the local backend share: root, region and account, the object store, the job
 * records and the worker pool, and the backend's capabilities (so one part can reach another's
 * resources, e.g. a transform job the hosting part's models).
 */
public final class LocalContext {
    private final BackendConfig config;
    private final String region;
    private final String accountId;
    private final ObjectStore objectStore;
    private final JobStore jobs;
    private final JobRunner runner;
    private final Supplier<Backend> backend;
    private final java.util.function.Function<String, Path> localFiles;

    /**
     * Creates the context.
     *
     * @param config       the backend configuration
     * @param region       the region
     * @param accountId    the account id
     * @param objectStore  the object store
     * @param jobs         the job records
     * @param runner       the worker pool
     * @param backend      the backend the parts make up (resolved lazily: it is built from the parts)
     * @param localFiles   the local file of an {@code s3://} object, where the buckets are local folders
     */
    public LocalContext(BackendConfig config, String region, String accountId, ObjectStore objectStore,
                        JobStore jobs, JobRunner runner, Supplier<Backend> backend,
                        java.util.function.Function<String, Path> localFiles) {
        this.config = config;
        this.region = region;
        this.accountId = accountId;
        this.objectStore = objectStore;
        this.jobs = jobs;
        this.runner = runner;
        this.backend = backend;
        this.localFiles = localFiles;
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
     * A capability of this session's backend, whichever part serves it: how one part reaches another's
     * resources (a transform job the hosting part's models, an endpoint its model). Call it when an
     * operation runs, not while the parts are being created: the backend is complete only after that.
     *
     * @param capability the capability's key
     * @param <A>        the capability's interface
     * @return its implementation, or one that answers {@code OperationNotSupportedException}
     */
    public <A> A api(Capability<A> capability) {
        return backend.get().api(capability);
    }

    /**
     * The file under the session root's local buckets ({@code <root>/s3/<bucket>/<key>}) that holds an
     * {@code s3://} object, for parts that keep their own files there and hand them to an engine which reads
     * paths (the feature store's offline Parquet files to DuckDB).
     *
     * @param s3Uri the object, {@code s3://bucket/key}
     * @return the file (it may not exist)
     */
    public Path localFile(String s3Uri) {
        return localFiles.apply(s3Uri);
    }
}
