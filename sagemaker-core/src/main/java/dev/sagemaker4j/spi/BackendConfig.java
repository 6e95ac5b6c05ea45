/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.spi;

import java.net.URI;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sagemaker.SageMakerClient;
import software.amazon.awssdk.services.sagemakerfeaturestoreruntime.SageMakerFeatureStoreRuntimeClient;
import software.amazon.awssdk.services.sagemakerruntime.SageMakerRuntimeClient;

/**
 * What a session tells its backend: root folder, region, credentials, endpoint overrides, ready
 * AWS clients and free-form properties. Immutable; needs no closing (the clients it carries are
 * owned by whoever built them).
 */
public final class BackendConfig {
    /** Endpoint override key of the {@code sagemaker} service. */
    public static final String SAGEMAKER = "sagemaker";
    /** Endpoint override key of the {@code sagemaker-runtime} service. */
    public static final String RUNTIME = "sagemaker-runtime";
    /** Endpoint override key of the {@code sagemaker-featurestore-runtime} service. */
    public static final String FEATURESTORE_RUNTIME = "sagemaker-featurestore-runtime";
    /** Endpoint override key of S3. */
    public static final String S3 = "s3";
    /** Endpoint override key of STS. */
    public static final String STS = "sts";
    /** Endpoint override key of CloudWatch Logs. */
    public static final String LOGS = "logs";
    /** Endpoint override key of Amazon Athena (the offline store's queries on the sagemaker backend). */
    public static final String ATHENA = "athena";
    /** Endpoint override key of the {@code sagemaker-metrics} service (BatchPutMetrics of experiment runs). */
    public static final String SAGEMAKER_METRICS = "sagemaker-metrics";
    /** Endpoint override key of EventBridge Scheduler (pipeline schedules on the sagemaker backend). */
    public static final String SCHEDULER = "scheduler";

    private final Path root;
    private final String region;
    private final AwsCredentialsProvider credentialsProvider;
    private final Map<String, URI> endpointOverrides;
    private final boolean s3PathStyle;
    private final SageMakerClient sageMakerClient;
    private final SageMakerRuntimeClient runtimeClient;
    private final SageMakerFeatureStoreRuntimeClient featureStoreRuntimeClient;
    private final S3Client s3Client;
    private final int maxConcurrentJobs;
    private final Map<String, String> properties;
    private final dev.sagemaker4j.progress.ProgressListener progressListener;
    private final UnaryOperator<ObjectStore> objectStoreDecorator;

    private BackendConfig(Builder b) {
        this.progressListener = b.progressListener;
        this.objectStoreDecorator = b.objectStoreDecorator;
        this.root = b.root;
        this.region = b.region;
        this.credentialsProvider = b.credentialsProvider;
        this.endpointOverrides = Collections.unmodifiableMap(new LinkedHashMap<>(b.endpointOverrides));
        this.s3PathStyle = b.s3PathStyle;
        this.sageMakerClient = b.sageMakerClient;
        this.runtimeClient = b.runtimeClient;
        this.featureStoreRuntimeClient = b.featureStoreRuntimeClient;
        this.s3Client = b.s3Client;
        this.maxConcurrentJobs = b.maxConcurrentJobs;
        this.properties = Collections.unmodifiableMap(new LinkedHashMap<>(b.properties));
    }

    /**
     * A new builder.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The session root folder (local state: buckets, job records, logs).
     *
     * @return the root
     */
    public Path root() {
        return root;
    }

    /**
     * The region, when one was given.
     *
     * @return the region
     */
    public Optional<String> region() {
        return Optional.ofNullable(region);
    }

    /**
     * The credentials provider, when one was given.
     *
     * @return the provider
     */
    public Optional<AwsCredentialsProvider> credentialsProvider() {
        return Optional.ofNullable(credentialsProvider);
    }

    /**
     * Endpoint overrides by service key ({@link #SAGEMAKER}, {@link #RUNTIME},
     * {@link #FEATURESTORE_RUNTIME}, {@link #S3}, {@link #STS}, {@link #LOGS}).
     *
     * @return an unmodifiable map
     */
    public Map<String, URI> endpointOverrides() {
        return endpointOverrides;
    }

    /**
     * Whether S3 is addressed path-style ({@code http://host/bucket/key}), as S3-compatible servers
     * usually need.
     *
     * @return {@code true} for path-style
     */
    public boolean s3PathStyle() {
        return s3PathStyle;
    }

    /**
     * A ready SageMaker client to use instead of building one.
     *
     * @return the client
     */
    public Optional<SageMakerClient> sageMakerClient() {
        return Optional.ofNullable(sageMakerClient);
    }

    /**
     * A ready SageMaker runtime client.
     *
     * @return the client
     */
    public Optional<SageMakerRuntimeClient> runtimeClient() {
        return Optional.ofNullable(runtimeClient);
    }

    /**
     * A ready feature store runtime client.
     *
     * @return the client
     */
    public Optional<SageMakerFeatureStoreRuntimeClient> featureStoreRuntimeClient() {
        return Optional.ofNullable(featureStoreRuntimeClient);
    }

    /**
     * A ready S3 client.
     *
     * @return the client
     */
    public Optional<S3Client> s3Client() {
        return Optional.ofNullable(s3Client);
    }

    /**
     * The most jobs a local backend runs at once; further jobs wait in {@code Starting}.
     *
     * @return at least 1
     */
    public int maxConcurrentJobs() {
        return maxConcurrentJobs;
    }

    /**
     * Free-form properties for third-party backends.
     *
     * @return an unmodifiable map
     */
    public Map<String, String> properties() {
        return properties;
    }

    /**
     * Where progress of long work goes.
     *
     * @return the listener ({@code ProgressListener.auto()} by default)
     */
    public dev.sagemaker4j.progress.ProgressListener progressListener() {
        return progressListener;
    }

    /**
     * What the backend wraps its object store in before anything uses it (for tests and tooling:
     * fault injection, tracing). Every part of the backend and the session sees the wrapped store.
     *
     * @return the decorator ({@link UnaryOperator#identity()} by default)
     */
    public UnaryOperator<ObjectStore> objectStoreDecorator() {
        return objectStoreDecorator;
    }

    /**
     * A builder initialised from this configuration.
     *
     * @return the builder
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.root = root;
        b.region = region;
        b.credentialsProvider = credentialsProvider;
        b.endpointOverrides.putAll(endpointOverrides);
        b.s3PathStyle = s3PathStyle;
        b.sageMakerClient = sageMakerClient;
        b.runtimeClient = runtimeClient;
        b.featureStoreRuntimeClient = featureStoreRuntimeClient;
        b.s3Client = s3Client;
        b.maxConcurrentJobs = maxConcurrentJobs;
        b.properties.putAll(properties);
        b.progressListener = progressListener;
        b.objectStoreDecorator = objectStoreDecorator;
        return b;
    }

    /** Builds a {@link BackendConfig}. */
    public static final class Builder {
        private Path root;
        private String region;
        private AwsCredentialsProvider credentialsProvider;
        private final Map<String, URI> endpointOverrides = new LinkedHashMap<>();
        private boolean s3PathStyle;
        private SageMakerClient sageMakerClient;
        private SageMakerRuntimeClient runtimeClient;
        private SageMakerFeatureStoreRuntimeClient featureStoreRuntimeClient;
        private S3Client s3Client;
        private int maxConcurrentJobs = Math.max(2, Runtime.getRuntime().availableProcessors());
        private final Map<String, String> properties = new LinkedHashMap<>();
        private dev.sagemaker4j.progress.ProgressListener progressListener;
        private UnaryOperator<ObjectStore> objectStoreDecorator = UnaryOperator.identity();

        private Builder() {
        }

        /**
         * Wraps the backend's object store, for tests and tooling (fault injection, tracing): the
         * backend applies the decorator once, when it is created, and then uses only the store it
         * returns. The decorator must return a store that delegates to the one it is given.
         *
         * @param decorator takes the backend's store and returns the store to use
         * @return this builder
         */
        public Builder objectStoreDecorator(UnaryOperator<ObjectStore> decorator) {
            this.objectStoreDecorator = Objects.requireNonNull(decorator, "decorator");
            return this;
        }

        /**
         * Sets where progress of long work goes.
         *
         * @param listener the listener; {@code ProgressListener.none()} turns progress off
         * @return this builder
         */
        public Builder progressListener(dev.sagemaker4j.progress.ProgressListener listener) {
            this.progressListener = Objects.requireNonNull(listener, "listener");
            return this;
        }

        /**
         * Sets the root folder.
         *
         * @param root the folder
         * @return this builder
         */
        public Builder root(Path root) {
            this.root = Objects.requireNonNull(root, "root");
            return this;
        }

        /**
         * Sets the region.
         *
         * @param region e.g. {@code us-east-1}
         * @return this builder
         */
        public Builder region(String region) {
            this.region = region;
            return this;
        }

        /**
         * Sets the credentials provider.
         *
         * @param provider the provider
         * @return this builder
         */
        public Builder credentialsProvider(AwsCredentialsProvider provider) {
            this.credentialsProvider = provider;
            return this;
        }

        /**
         * Overrides a service endpoint.
         *
         * @param service  a service key, e.g. {@link #S3}
         * @param endpoint the endpoint URI
         * @return this builder
         */
        public Builder endpointOverride(String service, URI endpoint) {
            this.endpointOverrides.put(Objects.requireNonNull(service, "service"),
                    Objects.requireNonNull(endpoint, "endpoint"));
            return this;
        }

        /**
         * Chooses path-style S3 addressing.
         *
         * @param pathStyle {@code true} for path-style
         * @return this builder
         */
        public Builder s3PathStyle(boolean pathStyle) {
            this.s3PathStyle = pathStyle;
            return this;
        }

        /**
         * Uses a ready SageMaker client.
         *
         * @param client the client
         * @return this builder
         */
        public Builder sageMakerClient(SageMakerClient client) {
            this.sageMakerClient = client;
            return this;
        }

        /**
         * Uses a ready runtime client.
         *
         * @param client the client
         * @return this builder
         */
        public Builder runtimeClient(SageMakerRuntimeClient client) {
            this.runtimeClient = client;
            return this;
        }

        /**
         * Uses a ready feature store runtime client.
         *
         * @param client the client
         * @return this builder
         */
        public Builder featureStoreRuntimeClient(SageMakerFeatureStoreRuntimeClient client) {
            this.featureStoreRuntimeClient = client;
            return this;
        }

        /**
         * Uses a ready S3 client.
         *
         * @param client the client
         * @return this builder
         */
        public Builder s3Client(S3Client client) {
            this.s3Client = client;
            return this;
        }

        /**
         * Sets the most jobs run at once locally.
         *
         * @param max at least 1
         * @return this builder
         */
        public Builder maxConcurrentJobs(int max) {
            if (max < 1) {
                throw new dev.sagemaker4j.exceptions.ValidationException("maxConcurrentJobs", max,
                        "must be at least 1", "pass a positive number of parallel jobs");
            }
            this.maxConcurrentJobs = max;
            return this;
        }

        /**
         * Sets a free-form property.
         *
         * @param key   the key
         * @param value the value
         * @return this builder
         */
        public Builder property(String key, String value) {
            this.properties.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value"));
            return this;
        }

        /**
         * Builds the configuration.
         *
         * @return the configuration
         */
        public BackendConfig build() {
            Objects.requireNonNull(root, "root");
            if (progressListener == null) {
                // chosen when built, not when the builder is made, so a bad sagemaker4j.progress only
                // fails sessions that do not set their own listener
                progressListener = dev.sagemaker4j.progress.ProgressListener.auto();
            }
            return new BackendConfig(this);
        }
    }
}
