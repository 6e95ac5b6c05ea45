/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.internal.local;

import dev.sagemaker4j.exceptions.StorageException;
import dev.sagemaker4j.internal.Settings;
import dev.sagemaker4j.internal.storage.LocalBuckets;
import dev.sagemaker4j.internal.storage.SchemeObjectStore;
import dev.sagemaker4j.spi.Backend;
import dev.sagemaker4j.spi.BackendConfig;
import dev.sagemaker4j.spi.FeatureStoreRuntimeApi;
import dev.sagemaker4j.spi.LogsApi;
import dev.sagemaker4j.spi.ObjectStore;
import dev.sagemaker4j.spi.RuntimeApi;
import dev.sagemaker4j.spi.SageMakerApi;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;

/**
 * The in-process backend: local buckets under the session root, the local job engine, and the
 * parts (training here; hosting, transform and feature store from their modules) that implement
 * the service operations.
 */
public final class LocalBackend implements Backend {
    /** The account id written into local ARNs and the default bucket name. */
    public static final String ACCOUNT_ID = "000000000000";

    private final String region;
    private final ObjectStore objectStore;
    private final JobStore jobs;
    private final JobRunner runner;
    private final LocalLogs logs;
    private final List<LocalComponent> components = new ArrayList<>();
    private final SageMakerApi sageMaker;
    private final RuntimeApi runtime;
    private final FeatureStoreRuntimeApi featureStore;
    private final java.util.concurrent.atomic.AtomicBoolean closed = new java.util.concurrent.atomic.AtomicBoolean();

    /**
     * Creates the backend.
     *
     * @param config the session's settings
     */
    public LocalBackend(BackendConfig config) {
        try {
            Files.createDirectories(config.root());
        } catch (IOException e) {
            throw new StorageException(config.root().toUri().toString(), "the session root cannot be created: " + e
                    + "; choose a writable folder with Session.builder().root(...) or SAGEMAKER4J_HOME", false, e);
        }
        if (!Files.isWritable(config.root())) {
            throw new dev.sagemaker4j.exceptions.ValidationException("root", config.root(), "is not writable",
                    "choose a writable folder with Session.builder().root(...) or " + Settings.HOME_ENV);
        }
        this.region = config.region().orElse(Settings.DEFAULT_LOCAL_REGION);
        this.objectStore = decorate(config, new SchemeObjectStore(buckets(config, region), true));
        this.jobs = new JobStore(config.root());
        // what killed processes left (a transform's partial output, a training job's copied input) goes now
        jobs.removeLeftoversOfEndedProcesses();
        this.runner = new JobRunner(config.maxConcurrentJobs());
        this.logs = new LocalLogs(jobs);
        SageMakerApi[] whole = new SageMakerApi[1];
        LocalContext context = new LocalContext(config, region, ACCOUNT_ID, objectStore, jobs, runner, () -> whole[0]);
        ClassLoader loader = Thread.currentThread().getContextClassLoader() != null
                ? Thread.currentThread().getContextClassLoader() : LocalBackend.class.getClassLoader();
        try {
            components.add(new LocalTraining(context, new AlgorithmRegistry(loader)));
            components.add(new LocalRecords(jobs));
            for (LocalComponentProvider provider : ServiceLoader.load(LocalComponentProvider.class, loader)) {
                components.add(provider.create(context));
            }
            List<SageMakerApi> parts = new ArrayList<>();
            components.forEach(c -> parts.add(c.sageMakerApi()));
            // written out rather than a Proxy like the two below: see LocalSageMakerApi
            this.sageMaker = new LocalSageMakerApi("local", parts, new ArrayList<>(components), closed::get);
            this.runtime = Dispatch.compose(RuntimeApi.class, "local", components, LocalComponent::runtimeApi,
                    closed::get);
            this.featureStore = Dispatch.compose(FeatureStoreRuntimeApi.class, "local", components,
                    LocalComponent::featureStoreRuntimeApi, closed::get);
        } catch (RuntimeException | Error e) {
            // parts opened so far hold shared stores (the feature store's RocksDB): release them
            close();
            throw e;
        }
        whole[0] = sageMaker;
    }

    /** The store after the configuration's decorator, which must not return null. */
    private static ObjectStore decorate(BackendConfig config, ObjectStore store) {
        return java.util.Objects.requireNonNull(config.objectStoreDecorator().apply(store),
                "BackendConfig.objectStoreDecorator returned null");
    }

    /**
     * Local folders, or S3 when an S3 endpoint or client is configured (DESIGN.md: "where an S3 endpoint is
     * configured, real S3 is used through the AWS SDK v2 S3 client").
     */
    private static SchemeObjectStore.BucketStore buckets(BackendConfig config, String region) {
        if (config.s3Client().isPresent()) {
            return new dev.sagemaker4j.internal.storage.S3Buckets(config.s3Client().get(), false, region);
        }
        java.net.URI endpoint = config.endpointOverrides().get(BackendConfig.S3);
        if (endpoint == null) {
            return new LocalBuckets(config.root().resolve("s3"), true);
        }
        software.amazon.awssdk.services.s3.S3ClientBuilder b = software.amazon.awssdk.services.s3.S3Client.builder()
                .region(software.amazon.awssdk.regions.Region.of(region)).endpointOverride(endpoint)
                .forcePathStyle(config.s3PathStyle())
                .httpClient(software.amazon.awssdk.http.apache.ApacheHttpClient.builder().build());
        config.credentialsProvider().ifPresent(b::credentialsProvider);
        return new dev.sagemaker4j.internal.storage.S3Buckets(b.build(), true, region);
    }

    @Override
    public String name() {
        return "local";
    }

    @Override
    public String region() {
        return region;
    }

    @Override
    public String accountId() {
        return ACCOUNT_ID;
    }

    @Override
    public SageMakerApi sageMaker() {
        return sageMaker;
    }

    @Override
    public RuntimeApi runtime() {
        return runtime;
    }

    @Override
    public FeatureStoreRuntimeApi featureStoreRuntime() {
        return featureStore;
    }

    @Override
    public ObjectStore objectStore() {
        return objectStore;
    }

    @Override
    public LogsApi logs() {
        return logs;
    }

    @Override
    public java.util.Optional<dev.sagemaker4j.spi.DirectInvocation> directInvocation() {
        for (LocalComponent c : components) {
            if (c instanceof dev.sagemaker4j.spi.DirectInvocation) {
                return java.util.Optional.of((dev.sagemaker4j.spi.DirectInvocation) c);
            }
        }
        return java.util.Optional.empty();
    }

    @Override
    public dev.sagemaker4j.spi.MetricsApi metrics() {
        return jobName -> MetricCollector.read(jobs.folder(JobKind.TRAINING,
                dev.sagemaker4j.utils.Names.validateName("TrainingJobName", jobName)).resolve("metrics.jsonl"),
                () -> jobs.<Object>get(JobKind.TRAINING, jobName));
    }

    /**
     * 20 ms: a local describe is served from the job store's memory, so polling often costs almost
     * nothing, while a 200 ms pause made {@code fit} return up to 200 ms after its job ended
     * (XGBoostFitBenchmark).
     */
    @Override
    public Duration pollInterval() {
        return Duration.ofMillis(20);
    }

    /** Ends as soon as a job or endpoint of this process changes: a waiter sees the end of a job at once. */
    @Override
    public void pauseBetweenPolls(long millis) throws InterruptedException {
        jobs.awaitChange(millis);
    }

    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        runner.close();
        for (LocalComponent c : components) {
            c.close();
        }
        objectStore.close();
    }
}
