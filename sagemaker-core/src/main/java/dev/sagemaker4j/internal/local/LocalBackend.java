/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.internal.local;

import dev.sagemaker4j.exceptions.SessionClosedException;
import dev.sagemaker4j.exceptions.StorageException;
import dev.sagemaker4j.internal.settings.Settings;
import dev.sagemaker4j.internal.storage.LocalBuckets;
import dev.sagemaker4j.internal.storage.SchemeObjectStore;
import dev.sagemaker4j.local.JobKind;
import dev.sagemaker4j.local.JobRunner;
import dev.sagemaker4j.local.JobStore;
import dev.sagemaker4j.local.LocalContext;
import dev.sagemaker4j.local.LocalPart;
import dev.sagemaker4j.local.LocalPartProvider;
import dev.sagemaker4j.local.MetricCollector;
import dev.sagemaker4j.s3.S3Uri;
import dev.sagemaker4j.spi.Backend;
import dev.sagemaker4j.spi.BackendConfig;
import dev.sagemaker4j.spi.Capabilities;
import dev.sagemaker4j.spi.Capability;
import dev.sagemaker4j.spi.LogsApi;
import dev.sagemaker4j.spi.ObjectStore;
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
    private final List<LocalPart> parts = new ArrayList<>();
    private final Capabilities capabilities = new Capabilities();
    private final AuditLog audit;
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
        this.audit = AuditLog.open(config.root());
        LocalBuckets localBuckets = new LocalBuckets(config.root().resolve("s3"), true);
        LocalContext context = new LocalContext(config, region, ACCOUNT_ID, objectStore, jobs, runner, () -> this,
                uri -> localBuckets.fileOf(S3Uri.parse(uri)));
        ClassLoader loader = Thread.currentThread().getContextClassLoader() != null
                ? Thread.currentThread().getContextClassLoader() : LocalBackend.class.getClassLoader();
        try {
            parts.add(new LocalTraining(context, new AlgorithmRegistry(loader)));
            for (LocalPartProvider provider : ServiceLoader.load(LocalPartProvider.class, loader)) {
                parts.add(provider.create(context));
            }
            // plain code, no reflection: each part names what it serves; a capability offered twice fails here
            Capabilities offered = new Capabilities();
            for (LocalPart part : parts) {
                part.offer(offered);
            }
            // the audit trail's one hook: what the parts offer is served wrapped, to Session.api() and the
            // LocalApiServer alike
            for (Capability<?> capability : offered.keys()) {
                offerAudited(capability, offered);
            }
            capabilities.offer(dev.sagemaker4j.spi.AuditApi.CAPABILITY, audit);
        } catch (RuntimeException | Error e) {
            // parts opened so far hold shared stores (the feature store's RocksDB): release them
            close();
            throw e;
        }
    }

    private <A> void offerAudited(Capability<A> capability, Capabilities offered) {
        capabilities.offer(capability, Auditing.audit(capability, offered.find(capability).orElseThrow(), audit));
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

    /**
     * {@inheritDoc}
     *
     * <p>After {@link #close()} every call fails with {@link SessionClosedException}: a caller must not
     * reach parts whose stores are freed.
     */
    @Override
    public <A> java.util.Optional<A> find(Capability<A> capability) {
        if (closed.get()) {
            throw new SessionClosedException("The local " + capability.name() + " of this session");
        }
        return capabilities.find(capability);
    }

    @Override
    public java.util.Set<Capability<?>> capabilities() {
        return capabilities.keys();
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
        for (LocalPart part : parts) {
            part.close();
        }
        jobs.close();
        objectStore.close();
        audit.release();
    }
}
