/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.internal.remote;

import dev.sagemaker4j.exceptions.OperationNotSupportedException;
import dev.sagemaker4j.exceptions.ValidationException;
import dev.sagemaker4j.internal.storage.S3Buckets;
import dev.sagemaker4j.internal.storage.SchemeObjectStore;
import dev.sagemaker4j.spi.Backend;
import dev.sagemaker4j.spi.BackendConfig;
import dev.sagemaker4j.spi.AthenaApi;
import dev.sagemaker4j.spi.Capabilities;
import dev.sagemaker4j.spi.Capability;
import dev.sagemaker4j.spi.FeatureStoreRuntimeApi;
import dev.sagemaker4j.spi.LogsApi;
import dev.sagemaker4j.spi.ObjectStore;
import dev.sagemaker4j.spi.RuntimeApi;
import dev.sagemaker4j.spi.SageMakerMetricsApi;
import dev.sagemaker4j.spi.SchedulerApi;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sagemaker.SageMakerClient;
import software.amazon.awssdk.services.sagemakerfeaturestoreruntime.SageMakerFeatureStoreRuntimeClient;
import software.amazon.awssdk.services.sagemakermetrics.SageMakerMetricsClient;
import software.amazon.awssdk.services.sagemakermetrics.model.BatchGetMetricsRequest;
import software.amazon.awssdk.services.sagemakermetrics.model.BatchGetMetricsResponse;
import software.amazon.awssdk.services.sagemakermetrics.model.BatchPutMetricsRequest;
import software.amazon.awssdk.services.sagemakermetrics.model.BatchPutMetricsResponse;
import software.amazon.awssdk.services.sagemakerfeaturestoreruntime.model.BatchGetRecordRequest;
import software.amazon.awssdk.services.sagemakerfeaturestoreruntime.model.BatchGetRecordResponse;
import software.amazon.awssdk.services.sagemakerfeaturestoreruntime.model.DeleteRecordRequest;
import software.amazon.awssdk.services.sagemakerfeaturestoreruntime.model.DeleteRecordResponse;
import software.amazon.awssdk.services.sagemakerfeaturestoreruntime.model.GetRecordRequest;
import software.amazon.awssdk.services.sagemakerfeaturestoreruntime.model.GetRecordResponse;
import software.amazon.awssdk.services.sagemakerfeaturestoreruntime.model.PutRecordRequest;
import software.amazon.awssdk.services.sagemakerfeaturestoreruntime.model.PutRecordResponse;
import software.amazon.awssdk.services.sagemakerruntime.SageMakerRuntimeClient;
import software.amazon.awssdk.services.sagemakerruntime.model.InvokeEndpointAsyncRequest;
import software.amazon.awssdk.services.sagemakerruntime.model.InvokeEndpointAsyncResponse;
import software.amazon.awssdk.services.sagemakerruntime.model.InvokeEndpointRequest;
import software.amazon.awssdk.services.sagemakerruntime.model.InvokeEndpointResponse;
import software.amazon.awssdk.services.sagemakerruntime.model.InvokeEndpointWithResponseStreamRequest;
import software.amazon.awssdk.services.sagemakerruntime.model.InvokeEndpointWithResponseStreamResponse;
import software.amazon.awssdk.services.scheduler.SchedulerClient;
import software.amazon.awssdk.services.sts.StsClient;

/**
 * The {@code sagemaker} backend: a thin pass-through to the AWS SDK for Java v2 clients. Clients
 * it builds share one HTTP client and are closed with it; ready clients handed in stay the
 * caller's.
 */
public final class SageMakerBackend implements Backend {
    private final String region;
    private final SdkHttpClient http;
    private final AwsCredentialsProvider credentials;
    private final BackendConfig config;
    private final List<AutoCloseable> owned = new ArrayList<>();
    private final Capabilities capabilities = new Capabilities();
    private final ObjectStore objectStore;
    private volatile String accountId;
    private volatile LogsApi logs;
    private volatile software.amazon.awssdk.services.athena.AthenaClient athena;
    private volatile SageMakerMetricsClient metrics;
    private volatile SchedulerClient scheduler;

    /** The region of a ready client, or null when it has none (a test double, e.g. a Mockito mock). */
    private static String regionOf(SageMakerClient client) {
        var configuration = client.serviceClientConfiguration();
        return configuration == null || configuration.region() == null ? null : configuration.region().id();
    }

    /**
     * Creates the backend.
     *
     * @param config the session's settings
     */
    public SageMakerBackend(BackendConfig config) {
        this.config = config;
        boolean allReady = config.sageMakerClient().isPresent() && config.runtimeClient().isPresent()
                && config.featureStoreRuntimeClient().isPresent() && config.s3Client().isPresent();
        // a ready client knows its region; otherwise (or for a test double, whose configuration is null) the
        // session's region
        this.region = config.sageMakerClient().map(SageMakerBackend::regionOf)
                .orElseGet(() -> config.region().orElse(null));
        if (region == null && !allReady) {
            throw new ValidationException("region", null, "is required by the sagemaker backend",
                    "pass it to Session.sagemaker(region) or set AWS_REGION");
        }
        this.credentials = config.credentialsProvider().orElse(null);
        this.http = allReady ? null : ApacheHttpClient.builder().build();
        if (http != null) {
            owned.add(http);
        }
        SageMakerClient sm = config.sageMakerClient().orElseGet(() -> own(configure(SageMakerClient.builder(),
                BackendConfig.SAGEMAKER).build()));
        SageMakerRuntimeClient rt = config.runtimeClient().orElseGet(() -> own(configure(
                SageMakerRuntimeClient.builder(), BackendConfig.RUNTIME).build()));
        SageMakerFeatureStoreRuntimeClient fs = config.featureStoreRuntimeClient().orElseGet(() -> own(configure(
                SageMakerFeatureStoreRuntimeClient.builder(), BackendConfig.FEATURESTORE_RUNTIME).build()));
        boolean ownS3 = config.s3Client().isEmpty();
        S3Client s3 = config.s3Client().orElseGet(() -> configure(S3Client.builder()
                .forcePathStyle(config.s3PathStyle()), BackendConfig.S3).build());
        new RemoteSageMaker(sm, new LocalInputs(this)).offerTo(capabilities);
        capabilities.offer(RuntimeApi.CAPABILITY, new RemoteRuntime(rt))
                .offer(FeatureStoreRuntimeApi.CAPABILITY, new RemoteFeatureStore(fs))
                .offer(AthenaApi.CAPABILITY, new RemoteAthena(this::athena))
                .offer(SchedulerApi.CAPABILITY, new RemoteScheduler(this::scheduler))
                .offer(SageMakerMetricsApi.CAPABILITY, new RemoteMetrics(this::metricsClient));
        this.objectStore = java.util.Objects.requireNonNull(config.objectStoreDecorator().apply(
                new SchemeObjectStore(new S3Buckets(s3, ownS3, region), true)),
                "BackendConfig.objectStoreDecorator returned null");
        this.accountId = config.properties().get("accountId");
    }

    private <T extends AutoCloseable> T own(T client) {
        owned.add(0, client);
        return client;
    }

    private <B extends AwsClientBuilder<B, ?>> B configure(B builder, String service) {
        builder.region(Region.of(region));
        if (credentials != null) {
            builder.credentialsProvider(credentials);
        }
        URI override = config.endpointOverrides().get(service);
        if (override != null) {
            builder.endpointOverride(override);
        }
        if (http != null && builder instanceof software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder) {
            ((software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder<?, ?>) builder).httpClient(http);
        }
        return builder;
    }

    @Override
    public String name() {
        return "sagemaker";
    }

    @Override
    public String region() {
        return region;
    }

    @Override
    public String accountId() {
        if (accountId == null) {
            synchronized (this) {
                if (accountId == null) {
                    try (StsClient sts = configure(StsClient.builder(), BackendConfig.STS).build()) {
                        accountId = AwsErrors.call("GetCallerIdentity", () -> sts.getCallerIdentity().account());
                    }
                }
            }
        }
        return accountId;
    }

    @Override
    public String callerIdentityArn() {
        String arn;
        try (StsClient sts = configure(StsClient.builder(), BackendConfig.STS).build()) {
            arn = AwsErrors.call("GetCallerIdentity", () -> sts.getCallerIdentity().arn());
        }
        // as Python: an assumed role's session ARN names the role
        return arn.replaceFirst("^(.+)sts::(\\d+):assumed-role/(.+?)/.*$", "$1iam::$2:role/$3");
    }

    @Override
    public <A> java.util.Optional<A> find(Capability<A> capability) {
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

    /** The Athena client, built on first use with the session's region, credentials and endpoint override. */
    private software.amazon.awssdk.services.athena.AthenaClient athena() {
        software.amazon.awssdk.services.athena.AthenaClient client = athena;
        if (client == null) {
            synchronized (this) {
                if (athena == null) {
                    athena = own(configure(software.amazon.awssdk.services.athena.AthenaClient.builder(),
                            BackendConfig.ATHENA).build());
                }
                client = athena;
            }
        }
        return client;
    }

    /** The EventBridge Scheduler client, built on first use like the other clients (region, credentials, override). */
    private SchedulerClient scheduler() {
        SchedulerClient client = scheduler;
        if (client == null) {
            synchronized (this) {
                if (scheduler == null) {
                    scheduler = own(configure(SchedulerClient.builder(), BackendConfig.SCHEDULER).build());
                }
                client = scheduler;
            }
        }
        return client;
    }

    /** The {@code sagemaker-metrics} client, built on first use like the other clients (region, credentials, override). */
    private SageMakerMetricsClient metricsClient() {
        SageMakerMetricsClient client = metrics;
        if (client == null) {
            synchronized (this) {
                if (metrics == null) {
                    metrics = own(configure(SageMakerMetricsClient.builder(), BackendConfig.SAGEMAKER_METRICS)
                            .build());
                }
                client = metrics;
            }
        }
        return client;
    }

    @Override
    public LogsApi logs() {
        LogsApi logs = this.logs;
        if (logs == null) {
            synchronized (this) {
                if (this.logs == null) {
                    this.logs = new CloudWatchLogs(own(configure(
                            software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsClient.builder(), BackendConfig.LOGS)
                            .build()));
                }
                logs = this.logs;
            }
        }
        return logs;
    }

    @Override
    public void close() {
        objectStore.close();
        for (AutoCloseable c : owned) {
            try {
                c.close();
            } catch (Exception ignored) {
                // closing clients throws nothing useful
            }
        }
    }

    /** The runtime plane, passed through. */
    /** The {@code sagemaker-metrics} service, passed on unchanged. */
    private static final class RemoteMetrics implements SageMakerMetricsApi {
        private final java.util.function.Supplier<SageMakerMetricsClient> client;

        RemoteMetrics(java.util.function.Supplier<SageMakerMetricsClient> client) {
            this.client = client;
        }

        @Override
        public String backendName() {
            return "sagemaker";
        }

        @Override
        public BatchPutMetricsResponse batchPutMetrics(BatchPutMetricsRequest request) {
            return AwsErrors.call("BatchPutMetrics", () -> client.get().batchPutMetrics(request));
        }

        @Override
        public BatchGetMetricsResponse batchGetMetrics(BatchGetMetricsRequest request) {
            return AwsErrors.call("BatchGetMetrics", () -> client.get().batchGetMetrics(request));
        }
    }

    private static final class RemoteRuntime implements RuntimeApi {
        private final SageMakerRuntimeClient client;

        RemoteRuntime(SageMakerRuntimeClient client) {
            this.client = client;
        }

        @Override
        public String backendName() {
            return "sagemaker";
        }

        @Override
        public InvokeEndpointResponse invokeEndpoint(InvokeEndpointRequest request) {
            return AwsErrors.call("InvokeEndpoint", () -> client.invokeEndpoint(request));
        }

        @Override
        public InvokeEndpointAsyncResponse invokeEndpointAsync(InvokeEndpointAsyncRequest request) {
            return AwsErrors.call("InvokeEndpointAsync", () -> client.invokeEndpointAsync(request));
        }

        /**
         * Not passed through: the AWS SDK v2 offers InvokeEndpointWithResponseStream only on
         * {@code SageMakerRuntimeAsyncClient}, whose HTTP client (netty-nio-client or the CRT client) sagemaker4j
         * does not ship, and a session holds the synchronous {@code SageMakerRuntimeClient}.
         */
        @Override
        public InvokeEndpointWithResponseStreamResponse invokeEndpointWithResponseStream(
                InvokeEndpointWithResponseStreamRequest request, Consumer<byte[]> payloadParts) {
            throw new OperationNotSupportedException("InvokeEndpointWithResponseStream (the AWS SDK v2 has it only on"
                    + " SageMakerRuntimeAsyncClient, whose HTTP client sagemaker4j does not ship)", backendName());
        }
    }

    /** The feature store runtime plane, passed through. */
    private static final class RemoteFeatureStore implements FeatureStoreRuntimeApi {
        private final SageMakerFeatureStoreRuntimeClient client;

        RemoteFeatureStore(SageMakerFeatureStoreRuntimeClient client) {
            this.client = client;
        }

        @Override
        public String backendName() {
            return "sagemaker";
        }

        @Override
        public PutRecordResponse putRecord(PutRecordRequest request) {
            return AwsErrors.call("PutRecord", () -> client.putRecord(request));
        }

        @Override
        public GetRecordResponse getRecord(GetRecordRequest request) {
            return AwsErrors.call("GetRecord", () -> client.getRecord(request));
        }

        @Override
        public DeleteRecordResponse deleteRecord(DeleteRecordRequest request) {
            return AwsErrors.call("DeleteRecord", () -> client.deleteRecord(request));
        }

        @Override
        public BatchGetRecordResponse batchGetRecord(BatchGetRecordRequest request) {
            return AwsErrors.call("BatchGetRecord", () -> client.batchGetRecord(request));
        }
    }
}
