/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j;

import dev.sagemaker4j.config.SageMakerConfig;
import dev.sagemaker4j.exceptions.ResourceInUseException;
import dev.sagemaker4j.exceptions.ResourceNotFoundException;
import dev.sagemaker4j.exceptions.SageMakerException;
import dev.sagemaker4j.exceptions.ServiceException;
import dev.sagemaker4j.exceptions.StorageException;
import dev.sagemaker4j.exceptions.UnexpectedStatusException;
import dev.sagemaker4j.exceptions.ValidationException;
import dev.sagemaker4j.exceptions.WaiterTimeoutException;
import dev.sagemaker4j.internal.Backends;
import dev.sagemaker4j.internal.config.ConfigDefaults;
import dev.sagemaker4j.internal.settings.Settings;
import dev.sagemaker4j.s3.S3Uri;
import dev.sagemaker4j.spi.AthenaApi;
import dev.sagemaker4j.spi.Backend;
import dev.sagemaker4j.spi.BackendConfig;
import dev.sagemaker4j.spi.BackendProvider;
import dev.sagemaker4j.spi.Capability;
import dev.sagemaker4j.spi.FeatureGroupsApi;
import dev.sagemaker4j.spi.FeatureStoreRuntimeApi;
import dev.sagemaker4j.spi.HostingApi;
import dev.sagemaker4j.spi.LogsApi;
import dev.sagemaker4j.spi.ObjectOptions;
import dev.sagemaker4j.spi.ObjectStore;
import dev.sagemaker4j.spi.ObjectSummary;
import dev.sagemaker4j.spi.ProcessingJobsApi;
import dev.sagemaker4j.spi.RuntimeApi;
import dev.sagemaker4j.spi.TrainingJobsApi;
import dev.sagemaker4j.spi.TransformJobsApi;
import dev.sagemaker4j.spi.TuningJobsApi;
import dev.sagemaker4j.utils.Names;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.services.athena.model.GetQueryExecutionRequest;
import software.amazon.awssdk.services.athena.model.GetQueryExecutionResponse;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sagemaker.SageMakerClient;
import software.amazon.awssdk.services.sagemaker.model.DescribeEndpointRequest;
import software.amazon.awssdk.services.sagemaker.model.DescribeEndpointResponse;
import software.amazon.awssdk.services.sagemaker.model.DescribeFeatureMetadataRequest;
import software.amazon.awssdk.services.sagemaker.model.DescribeFeatureMetadataResponse;
import software.amazon.awssdk.services.sagemaker.model.DescribeHyperParameterTuningJobRequest;
import software.amazon.awssdk.services.sagemaker.model.DescribeHyperParameterTuningJobResponse;
import software.amazon.awssdk.services.sagemaker.model.DescribeProcessingJobRequest;
import software.amazon.awssdk.services.sagemaker.model.DescribeProcessingJobResponse;
import software.amazon.awssdk.services.sagemaker.model.DescribeTrainingJobRequest;
import software.amazon.awssdk.services.sagemaker.model.DescribeTrainingJobResponse;
import software.amazon.awssdk.services.sagemaker.model.DescribeTransformJobRequest;
import software.amazon.awssdk.services.sagemaker.model.DescribeTransformJobResponse;
import software.amazon.awssdk.services.sagemaker.model.FeatureParameter;
import software.amazon.awssdk.services.sagemaker.model.ListTagsRequest;
import software.amazon.awssdk.services.sagemaker.model.ListTagsResponse;
import software.amazon.awssdk.services.sagemaker.model.Tag;
import software.amazon.awssdk.services.sagemaker.model.UpdateFeatureMetadataRequest;
import software.amazon.awssdk.services.sagemaker.model.UpdateFeatureMetadataResponse;
import software.amazon.awssdk.services.sagemakerfeaturestoreruntime.SageMakerFeatureStoreRuntimeClient;
import software.amazon.awssdk.services.sagemakerruntime.SageMakerRuntimeClient;
import software.amazon.awssdk.utils.SdkAutoCloseable;

/**
 * The one way in to SageMaker, as {@code sagemaker.Session} in Python: it holds the backend that
 * every estimator, model, predictor, transformer and feature group talks to, and offers the
 * Python SDK's helpers (default bucket, upload and download, waiters, job logs).
 *
 * <p>The backend is always chosen explicitly: {@link #local()} runs everything in this JVM,
 * {@link #sagemaker(String)} hands the same requests to Amazon SageMaker, and
 * {@link #builder()}{@code .backend(name)} picks any backend on the class path.
 *
 * <pre>{@code
 * try (Session session = Session.local()) {
 *     String bucket = session.defaultBucket();                  // sagemaker-us-east-1-000000000000
 *     String uri = session.uploadData(Path.of("train.csv"), bucket, "data");
 *     session.downloadData(Path.of("copy"), bucket, "data");
 * }
 * }</pre>
 *
 * <p>A session owns its backend's threads and connections: close it when done (a JShell user who
 * never does loses nothing, the threads are daemons).
 */
public final class Session implements SdkAutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Session.class);
    private static final String SESSION_CONFIG = "SageMaker.PythonSDK.Modules.Session.";
    private static final Set<String> JOB_DONE = Set.of("Completed", "Failed", "Stopped");
    private static final Set<String> ENDPOINT_BUSY = Set.of("Creating", "Updating", "SystemUpdating",
            "RollingBack", "Deleting");

    private final Backend backend;
    private final String defaultBucketName;
    private final String defaultBucketPrefix;
    private final SageMakerConfig sagemakerConfig;
    private final ConfigDefaults configDefaults;
    private final SessionSettings sessionSettings;
    private final java.util.Map<String, Object> localModeConfig;
    private volatile boolean defaultBucketReady;
    private final java.util.concurrent.atomic.AtomicBoolean closed = new java.util.concurrent.atomic.AtomicBoolean();

    private Session(Backend backend, String defaultBucket, String defaultBucketPrefix, SageMakerConfig sagemakerConfig,
                    SessionSettings sessionSettings, java.util.Map<String, Object> localModeConfig) {
        this.backend = backend;
        this.defaultBucketName = defaultBucket;
        this.defaultBucketPrefix = defaultBucketPrefix;
        this.sagemakerConfig = sagemakerConfig;
        this.configDefaults = ConfigDefaults.of(sagemakerConfig);
        this.sessionSettings = sessionSettings;
        this.localModeConfig = localModeConfig;
    }

    /**
     * A session on the local backend with the default root folder ({@code SAGEMAKER4J_HOME}, else
     * {@code ~/.sagemaker4j}). Needs no AWS account, role, region or credentials.
     *
     * @return a new local session
     */
    public static Session local() {
        return builder().backend("local").build();
    }

    /**
     * A session on the local backend with its state under a given folder.
     *
     * @param root the session root folder (created when missing)
     * @return a new local session
     */
    public static Session local(Path root) {
        return builder().backend("local").root(root).build();
    }

    /**
     * A session on Amazon SageMaker in a region, with the default AWS credentials chain.
     *
     * @param region e.g. {@code us-east-1}
     * @return a new session
     */
    public static Session sagemaker(String region) {
        return builder().backend("sagemaker").region(region).build();
    }

    /**
     * A session on Amazon SageMaker with explicit credentials.
     *
     * @param region              e.g. {@code us-east-1}
     * @param credentialsProvider where credentials come from
     * @return a new session
     */
    public static Session sagemaker(String region, AwsCredentialsProvider credentialsProvider) {
        return builder().backend("sagemaker").region(region).credentialsProvider(credentialsProvider).build();
    }

    /**
     * A session on Amazon SageMaker over ready AWS SDK v2 clients (which the caller keeps owning).
     *
     * @param sageMaker    the control plane client
     * @param runtime      the runtime client
     * @param featureStore the feature store runtime client
     * @param s3           the S3 client
     * @return a new session
     */
    public static Session sagemaker(SageMakerClient sageMaker, SageMakerRuntimeClient runtime,
                                    SageMakerFeatureStoreRuntimeClient featureStore, S3Client s3) {
        return builder().backend("sagemaker").sageMakerClient(sageMaker).runtimeClient(runtime)
                .featureStoreRuntimeClient(featureStore).s3Client(s3).build();
    }

    /**
     * A builder for any backend and every setting.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    // ---- the seams ----

    /**
     * The backend this session talks to.
     *
     * @return the backend
     */
    public Backend backend() {
        return open();
    }

    /** The backend, or a typed error once the session is closed: nothing may reach freed resources. */
    private Backend open() {
        if (closed.get()) {
            throw new dev.sagemaker4j.exceptions.SessionClosedException(toString());
        }
        return backend;
    }

    /**
     * The backend's name.
     *
     * @return e.g. {@code "local"}
     */
    public String backendName() {
        return backend.name();
    }

    /**
     * The region.
     *
     * @return e.g. {@code us-east-1}
     */
    public String region() {
        return backend.region();
    }

    /**
     * The account id used in ARNs and the default bucket name.
     *
     * @return a 12-digit id
     */
    public String accountId() {
        return backend.accountId();
    }

    /**
     * One capability of the backend: a part of the control plane ({@code sagemaker} service operations)
     * such as {@link TrainingJobsApi#CAPABILITY}, {@link HostingApi#CAPABILITY},
     * {@link TransformJobsApi#CAPABILITY} or {@link FeatureGroupsApi#CAPABILITY}, or any other capability
     * the backend offers. Where the backend lacks it, its operations throw
     * {@link dev.sagemaker4j.exceptions.OperationNotSupportedException}. The requests it receives get the
     * defaults of the session's {@link #sagemakerConfig()} (the fields the caller left unset), as the Python
     * SDK's {@code Session} applies its {@code sagemaker_config} before each service call.
     *
     * <pre>{@code
     * DescribeTrainingJobResponse job = session.api(TrainingJobsApi.CAPABILITY)
     *         .describeTrainingJob(DescribeTrainingJobRequest.builder().trainingJobName("my-job").build());
     * }</pre>
     *
     * @param capability the capability's key
     * @param <A>        the capability's interface
     * @return its implementation
     */
    public <A> A api(Capability<A> capability) {
        return configDefaults.decorate(capability, open().api(capability));
    }

    /**
     * The audit trail: every state-changing control-plane call (create, update, delete, stop, start, put,
     * approval changes) with its time, operation, resource, caller and parameters (never a payload), in a
     * hash-chained, append-only log under the session root. Its {@code lookupEvents} mirrors CloudTrail's
     * LookupEvents; {@code verify()} checks the chain. On the {@code sagemaker} backend the audit trail is
     * CloudTrail itself: its operations throw {@link dev.sagemaker4j.exceptions.OperationNotSupportedException}
     * saying so.
     *
     * <pre>{@code
     * for (AuditApi.Event e : session.auditTrail().lookupEvents(l -> l.resourceName("my-endpoint")).events()) {
     *     System.out.println(e.eventTime() + " " + e.eventName() + " by " + e.username());
     * }
     * }</pre>
     *
     * @return the audit trail
     */
    public dev.sagemaker4j.spi.AuditApi auditTrail() {
        return api(dev.sagemaker4j.spi.AuditApi.CAPABILITY);
    }

    /**
     * The runtime plane ({@code sagemaker-runtime} operations).
     *
     * @return the API
     */
    public RuntimeApi runtimeApi() {
        return open().runtime();
    }

    /**
     * The feature store runtime plane.
     *
     * @return the API
     */
    public FeatureStoreRuntimeApi featureStoreRuntimeApi() {
        return open().featureStoreRuntime();
    }

    /**
     * Objects by {@code s3://} or {@code file://} URI.
     *
     * @return the object store
     */
    public ObjectStore objectStore() {
        return open().objectStore();
    }

    /**
     * Metric time series of training jobs.
     *
     * @return the metrics
     */
    public dev.sagemaker4j.spi.MetricsApi metrics() {
        return open().metrics();
    }

    // ---- S3 helpers, as in the Python SDK ----

    /**
     * The default bucket, {@code sagemaker-<region>-<account>} unless the builder set another,
     * created on first use.
     *
     * @return the bucket name
     */
    public String defaultBucket() {
        if (!defaultBucketReady) {
            synchronized (this) {
                if (!defaultBucketReady) {
                    open().objectStore().ensureBucket(defaultBucketName());
                    defaultBucketReady = true;
                }
            }
        }
        return defaultBucketName();
    }

    private String defaultBucketName() {
        return defaultBucketName != null ? defaultBucketName
                : "sagemaker-" + open().region() + "-" + open().accountId();
    }

    /**
     * The key prefix under the default bucket, if one was set.
     *
     * @return the prefix, or {@code null}
     */
    public String defaultBucketPrefix() {
        return defaultBucketPrefix;
    }

    /**
     * The SageMaker Python SDK configuration file's defaults in effect (Python's {@code sagemaker_config}): the
     * one given to {@link Builder#sagemakerConfig(SageMakerConfig)}, else the administrator's and user's files
     * ({@link SageMakerConfig#load()}). Every request this session hands to its backend gets them where the
     * caller left a field unset.
     *
     * @return the configuration, {@linkplain SageMakerConfig#isEmpty() empty} when there is none
     */
    public SageMakerConfig sagemakerConfig() {
        return sagemakerConfig;
    }

    /**
     * Python's {@code Session.config}: the local mode's configuration ({@code ~/.sagemaker/config.yaml}, which
     * Python's {@code LocalSession} reads with {@code load_local_mode_config()}; {@code None} on a session of
     * the service). The local backend here is configured by the {@link Builder} instead and reads none of its
     * keys ({@code local.local_code}, {@code local.container_root}, ...): they are offered for code that does.
     *
     * @return the document on a {@code local} session, else (or when there is no file) an empty map
     */
    public java.util.Map<String, Object> config() {
        return localModeConfig;
    }

    /**
     * The session's settings (Python's {@code settings}, a {@code SessionSettings}).
     *
     * @return the settings, {@link SessionSettings#defaults()} unless the builder set others
     */
    public SessionSettings settings() {
        return sessionSettings;
    }

    /**
     * Uploads a file or a folder to the default bucket under the key prefix {@code data}.
     *
     * @param path a file or folder
     * @return the S3 URI of the file, or of the prefix for a folder
     */
    public String uploadData(Path path) {
        return uploadData(path, null, "data");
    }

    /**
     * Uploads a file or a folder, as {@code Session.upload_data} in Python: a file goes to
     * {@code s3://bucket/keyPrefix/<file name>}, a folder's files keep their relative paths below
     * {@code s3://bucket/keyPrefix}. Each object is published whole or not at all; when a folder's
     * upload fails, the objects it already wrote are deleted again before the error is thrown.
     *
     * @param path      a file or folder
     * @param bucket    the bucket, or {@code null} for the default bucket
     * @param keyPrefix the key prefix, or {@code null} for {@code data}
     * @return the S3 URI of the file, or of the prefix for a folder
     */
    public String uploadData(Path path, String bucket, String keyPrefix) {
        return uploadData(path, UploadDataOptions.builder().bucket(bucket).keyPrefix(keyPrefix).build());
    }

    /**
     * {@code Session.upload_data(path, bucket=None, key_prefix="data", callback=None, extra_args=None)} with its
     * keywords by name: {@code session.uploadData(path, u -> u.keyPrefix("train").extraArgs(Map.of(
     * "ServerSideEncryption", "aws:kms", "SSEKMSKeyId", key)).callback(bytes -> ...))}. The extra arguments go
     * to every PutObject (or CreateMultipartUpload) as boto3's {@code ExtraArgs}; the local backend keeps
     * {@code ContentType} and {@code Metadata} and does not enforce encryption, ACLs or storage classes.
     *
     * @param path    a file or folder
     * @param options the keywords
     * @return the S3 URI of the file, or of the prefix for a folder
     */
    public String uploadData(Path path, Consumer<UploadDataOptions.Builder> options) {
        UploadDataOptions.Builder b = UploadDataOptions.builder();
        options.accept(b);
        return uploadData(path, b.build());
    }

    /**
     * As {@link #uploadData(Path, Consumer)}, from kept options.
     *
     * @param path    a file or folder
     * @param options the keywords
     * @return the S3 URI of the file, or of the prefix for a folder
     */
    public String uploadData(Path path, UploadDataOptions options) {
        Objects.requireNonNull(path, "path");
        String bucket = options.bucket();
        String keyPrefix = options.keyPrefix();
        ObjectOptions transfer = options.transfer().requireUploadArgs();
        if (!Files.exists(path)) {
            throw new ValidationException("path", path, "does not exist", "pass an existing file or folder");
        }
        String b = bucket == null ? defaultBucket() : bucket;
        String prefix = trimSlashes(keyPrefix == null ? "data" : keyPrefix);
        if (bucket == null && defaultBucketPrefix != null) {
            prefix = trimSlashes(defaultBucketPrefix) + (prefix.isEmpty() ? "" : "/" + prefix);
        }
        S3Uri.validateBucket(b);
        ObjectStore store = open().objectStore();
        if (Files.isDirectory(path)) {
            List<Path> files;
            try (Stream<Path> walk = Files.walk(path)) {
                files = walk.filter(Files::isRegularFile).sorted().collect(Collectors.toList());
            } catch (IOException e) {
                throw new StorageException(path.toUri().toString(), "could not be listed", false, e);
            }
            List<String> written = new ArrayList<>();
            try {
                for (Path file : files) {
                    String relative = path.relativize(file).toString().replace('\\', '/');
                    String uri = S3Uri.of(b, prefix.isEmpty() ? relative : prefix + "/" + relative).toString();
                    store.put(uri, file, transfer);
                    written.add(uri);
                }
            } catch (RuntimeException e) {
                // all or nothing: a job reading the prefix must not see part of the folder
                removeQuietly(store, written, e);
                throw e;
            }
            return "s3://" + b + "/" + prefix;
        }
        String key = (prefix.isEmpty() ? "" : prefix + "/") + path.getFileName();
        String uri = S3Uri.of(b, key).toString();
        store.put(uri, path, transfer);
        return uri;
    }

    private static void removeQuietly(ObjectStore store, List<String> uris, RuntimeException failure) {
        for (String uri : uris) {
            try {
                store.delete(uri);
            } catch (RuntimeException e) {
                failure.addSuppressed(e);
            }
        }
    }

    /**
     * Downloads every object under a key prefix into a folder, keeping paths relative to the
     * prefix, as {@code Session.download_data} in Python. A prefix that names one object downloads
     * that object into the folder.
     *
     * @param path      the folder to write into (created when missing)
     * @param bucket    the bucket
     * @param keyPrefix the key prefix ({@code ""} for the whole bucket)
     * @return the files written
     */
    public List<Path> downloadData(Path path, String bucket, String keyPrefix) {
        return downloadData(path, bucket, DownloadDataOptions.builder().keyPrefix(keyPrefix).build());
    }

    /**
     * {@code Session.download_data(path, bucket, key_prefix="", extra_args=None)} with its keywords by name:
     * {@code session.downloadData(dir, bucket, d -> d.keyPrefix("out").extraArgs(Map.of("RequestPayer",
     * "requester")))}. The extra arguments (boto3's {@code ALLOWED_DOWNLOAD_ARGS}) go to every GetObject.
     *
     * @param path    the folder to write into (created when missing)
     * @param bucket  the bucket
     * @param options the keywords
     * @return the files written
     */
    public List<Path> downloadData(Path path, String bucket, Consumer<DownloadDataOptions.Builder> options) {
        DownloadDataOptions.Builder b = DownloadDataOptions.builder();
        options.accept(b);
        return downloadData(path, bucket, b.build());
    }

    /**
     * As {@link #downloadData(Path, String, Consumer)}, from kept options.
     *
     * @param path    the folder to write into (created when missing)
     * @param bucket  the bucket
     * @param options the keywords
     * @return the files written
     */
    public List<Path> downloadData(Path path, String bucket, DownloadDataOptions options) {
        Objects.requireNonNull(path, "path");
        S3Uri.validateBucket(bucket);
        ObjectOptions transfer = options.transfer().requireDownloadArgs();
        String prefix = options.keyPrefix();
        if (Files.exists(path) && !Files.isDirectory(path)) {
            throw new ValidationException("path", path, "is a file", "pass a folder to download into");
        }
        List<ObjectSummary> objects;
        try (Stream<ObjectSummary> all = open().objectStore().listAll(S3Uri.of(bucket, prefix).toString())) {
            objects = all.collect(Collectors.toList());
        }
        if (objects.isEmpty()) {
            throw new ResourceNotFoundException("S3 prefix", "s3://" + bucket + "/" + prefix,
                    "there are no objects under it; check the bucket and key prefix");
        }
        List<Path> written = new ArrayList<>();
        for (ObjectSummary o : objects) {
            String relative = S3Uri.relativeKey(o.key(), prefix);
            Path target = path.resolve(relative).normalize();
            if (!target.startsWith(path.normalize())) {
                throw new ValidationException("keyPrefix", o.key(), "would write outside " + path,
                        "download keys without '..' segments");
            }
            open().objectStore().get(o.uri(), target, transfer);
            written.add(target);
        }
        return written;
    }

    /**
     * Writes a string as an object, as {@code S3Uploader.upload_string_as_file_body}.
     *
     * @param body         the text (UTF-8)
     * @param desiredS3Uri where to write it
     * @return the URI written
     */
    public String uploadString(String body, String desiredS3Uri) {
        Objects.requireNonNull(body, "body");
        S3Uri uri = S3Uri.parse(desiredS3Uri);
        open().objectStore().putString(uri.toString(), body);
        return uri.toString();
    }

    /**
     * Writes a string as the object {@code s3://bucket/key}, as {@code Session.upload_string_as_file_body(body,
     * bucket, key)}; with {@code kms_key}, every keyword by name: {@link #uploadStringAsFileBody(String, Consumer)}.
     *
     * @param body   the text (UTF-8)
     * @param bucket the bucket, or {@code null} for the default bucket
     * @param key    the object's key
     * @return the S3 URI written, {@code s3://bucket/key}
     */
    public String uploadStringAsFileBody(String body, String bucket, String key) {
        return uploadStringAsFileBody(body, UploadStringAsFileBodyOptions.builder().bucket(bucket).key(key).build());
    }

    /**
     * {@code Session.upload_string_as_file_body(body, bucket, key, kms_key=None)} with bucket, key and KMS key by
     * name: {@code session.uploadStringAsFileBody(body, u -> u.bucket("b").key("a/b.json").kmsKey(keyId))}. (Only
     * the body is positional, so a port of Python's positional {@code bucket, key} cannot land in the wrong
     * place.) A KMS key is sent as Python sends it: {@code ServerSideEncryption=aws:kms},
     * {@code SSEKMSKeyId=<key>} (the local backend accepts and does not enforce it).
     *
     * @param body    the text (UTF-8)
     * @param options the keywords; {@code key} is required
     * @return the S3 URI written, {@code s3://bucket/key}
     */
    public String uploadStringAsFileBody(String body, Consumer<UploadStringAsFileBodyOptions.Builder> options) {
        UploadStringAsFileBodyOptions.Builder b = UploadStringAsFileBodyOptions.builder();
        options.accept(b);
        return uploadStringAsFileBody(body, b.build());
    }

    /**
     * As {@link #uploadStringAsFileBody(String, Consumer)}, from kept options.
     *
     * @param body    the text (UTF-8)
     * @param options the keywords; {@code key} is required
     * @return the S3 URI written, {@code s3://bucket/key}
     */
    public String uploadStringAsFileBody(String body, UploadStringAsFileBodyOptions options) {
        Objects.requireNonNull(body, "body");
        String b = options.bucket() == null ? defaultBucket() : options.bucket();
        String key = options.key();
        if (key == null || key.isEmpty()) {
            throw new ValidationException("key", key, "is empty", "pass the object's key");
        }
        String uri = S3Uri.of(b, key).toString();
        ObjectOptions.Builder transfer = ObjectOptions.builder();
        if (options.kmsKey() != null) {
            transfer.extraArg("ServerSideEncryption", "aws:kms").extraArg("SSEKMSKeyId", options.kmsKey());
        }
        open().objectStore().put(uri, new java.io.ByteArrayInputStream(body.getBytes(
                java.nio.charset.StandardCharsets.UTF_8)), transfer.build());
        return uri;
    }

    /** The keywords of Python's {@code Session.upload_data}; immutable. */
    public static final class UploadDataOptions {
        private final String bucket;
        private final String keyPrefix;
        private final ObjectOptions transfer;

        private UploadDataOptions(Builder b) {
            this.bucket = b.bucket;
            this.keyPrefix = b.keyPrefix;
            this.transfer = b.transfer.build();
        }

        /**
         * A builder with Python's defaults.
         *
         * @return the builder
         */
        public static Builder builder() {
            return new Builder();
        }

        /**
         * A builder holding these options.
         *
         * @return the builder
         */
        public Builder toBuilder() {
            return new Builder().bucket(bucket).keyPrefix(keyPrefix).extraArgs(transfer.extraArgs())
                    .callback(transfer.callback());
        }

        /**
         * {@code bucket}.
         *
         * @return the bucket, or {@code null} for the default bucket (under its prefix)
         */
        public String bucket() {
            return bucket;
        }

        /**
         * {@code key_prefix}.
         *
         * @return the key prefix
         */
        public String keyPrefix() {
            return keyPrefix;
        }

        /**
         * {@code extra_args} and {@code callback}, as the object store takes them.
         *
         * @return the transfer options
         */
        public ObjectOptions transfer() {
            return transfer;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof UploadDataOptions other && Objects.equals(bucket, other.bucket)
                    && keyPrefix.equals(other.keyPrefix) && transfer.equals(other.transfer);
        }

        @Override
        public int hashCode() {
            return Objects.hash(bucket, keyPrefix, transfer);
        }

        @Override
        public String toString() {
            return "UploadDataOptions[bucket=" + bucket + ", keyPrefix=" + keyPrefix + ", " + transfer + "]";
        }

        /** Builds {@link UploadDataOptions}; each method is a keyword of Python's {@code upload_data}. */
        public static final class Builder {
            private String bucket;
            private String keyPrefix = "data";
            private final ObjectOptions.Builder transfer = ObjectOptions.builder();

            private Builder() {
            }

            /**
             * {@code bucket} (default None: the default bucket, under its prefix).
             *
             * @param bucket the bucket
             * @return this builder
             */
            public Builder bucket(String bucket) {
                if (bucket != null) {
                    S3Uri.validateBucket(bucket);
                }
                this.bucket = bucket;
                return this;
            }

            /**
             * {@code key_prefix} (default {@code "data"}).
             *
             * @param keyPrefix the key prefix ({@code null}: {@code "data"})
             * @return this builder
             */
            public Builder keyPrefix(String keyPrefix) {
                this.keyPrefix = keyPrefix == null ? "data" : keyPrefix;
                return this;
            }

            /**
             * {@code extra_args} (default None): boto3's {@code ExtraArgs} for each PutObject, e.g.
             * {@code ServerSideEncryption}, {@code SSEKMSKeyId}, {@code ContentType}, {@code Metadata},
             * {@code ACL} (see {@link ObjectOptions#UPLOAD_ARGS}).
             *
             * @param extraArgs the arguments by the service's member name
             * @return this builder
             */
            public Builder extraArgs(Map<String, ?> extraArgs) {
                transfer.extraArgs(extraArgs);
                ObjectOptions.builder().extraArgs(extraArgs).build().requireUploadArgs();
                return this;
            }

            /**
             * {@code callback} (default None): called with the bytes of each part as it is uploaded.
             *
             * @param callback the callback
             * @return this builder
             */
            public Builder callback(java.util.function.LongConsumer callback) {
                transfer.callback(callback);
                return this;
            }

            /**
             * Builds the options.
             *
             * @return the options
             */
            public UploadDataOptions build() {
                return new UploadDataOptions(this);
            }
        }
    }

    /** The keywords of Python's {@code Session.download_data}; immutable. */
    public static final class DownloadDataOptions {
        private final String keyPrefix;
        private final ObjectOptions transfer;

        private DownloadDataOptions(Builder b) {
            this.keyPrefix = b.keyPrefix;
            this.transfer = b.transfer.build();
        }

        /**
         * A builder with Python's defaults.
         *
         * @return the builder
         */
        public static Builder builder() {
            return new Builder();
        }

        /**
         * A builder holding these options.
         *
         * @return the builder
         */
        public Builder toBuilder() {
            return new Builder().keyPrefix(keyPrefix).extraArgs(transfer.extraArgs());
        }

        /**
         * {@code key_prefix}.
         *
         * @return the key prefix ({@code ""}: the whole bucket)
         */
        public String keyPrefix() {
            return keyPrefix;
        }

        /**
         * {@code extra_args}, as the object store takes them.
         *
         * @return the transfer options
         */
        public ObjectOptions transfer() {
            return transfer;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof DownloadDataOptions other && keyPrefix.equals(other.keyPrefix)
                    && transfer.equals(other.transfer);
        }

        @Override
        public int hashCode() {
            return Objects.hash(keyPrefix, transfer);
        }

        @Override
        public String toString() {
            return "DownloadDataOptions[keyPrefix=" + keyPrefix + ", " + transfer + "]";
        }

        /** Builds {@link DownloadDataOptions}; each method is a keyword of Python's {@code download_data}. */
        public static final class Builder {
            private String keyPrefix = "";
            private final ObjectOptions.Builder transfer = ObjectOptions.builder();

            private Builder() {
            }

            /**
             * {@code key_prefix} (default {@code ""}: the whole bucket).
             *
             * @param keyPrefix the key prefix
             * @return this builder
             */
            public Builder keyPrefix(String keyPrefix) {
                this.keyPrefix = keyPrefix == null ? "" : keyPrefix;
                return this;
            }

            /**
             * {@code extra_args} (default None): boto3's {@code ExtraArgs} for each GetObject, e.g.
             * {@code VersionId}, {@code SSECustomerKey}, {@code RequestPayer} (see
             * {@link ObjectOptions#DOWNLOAD_ARGS}).
             *
             * @param extraArgs the arguments by the service's member name
             * @return this builder
             */
            public Builder extraArgs(Map<String, ?> extraArgs) {
                transfer.extraArgs(extraArgs);
                ObjectOptions.builder().extraArgs(extraArgs).build().requireDownloadArgs();
                return this;
            }

            /**
             * Builds the options.
             *
             * @return the options
             */
            public DownloadDataOptions build() {
                return new DownloadDataOptions(this);
            }
        }
    }

    /** The keywords of Python's {@code Session.upload_string_as_file_body}; immutable. */
    public static final class UploadStringAsFileBodyOptions {
        private final String bucket;
        private final String key;
        private final String kmsKey;

        private UploadStringAsFileBodyOptions(Builder b) {
            this.bucket = b.bucket;
            this.key = b.key;
            this.kmsKey = b.kmsKey;
        }

        /**
         * A builder with Python's defaults.
         *
         * @return the builder
         */
        public static Builder builder() {
            return new Builder();
        }

        /**
         * A builder holding these options.
         *
         * @return the builder
         */
        public Builder toBuilder() {
            return new Builder().bucket(bucket).key(key).kmsKey(kmsKey);
        }

        /**
         * {@code bucket}.
         *
         * @return the bucket, or {@code null} for the default bucket
         */
        public String bucket() {
            return bucket;
        }

        /**
         * {@code key}.
         *
         * @return the object's key
         */
        public String key() {
            return key;
        }

        /**
         * {@code kms_key}.
         *
         * @return the KMS key, or {@code null}
         */
        public String kmsKey() {
            return kmsKey;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof UploadStringAsFileBodyOptions other && Objects.equals(bucket, other.bucket)
                    && Objects.equals(key, other.key) && Objects.equals(kmsKey, other.kmsKey);
        }

        @Override
        public int hashCode() {
            return Objects.hash(bucket, key, kmsKey);
        }

        @Override
        public String toString() {
            return "UploadStringAsFileBodyOptions[bucket=" + bucket + ", key=" + key + ", kmsKey=" + kmsKey + "]";
        }

        /** Builds {@link UploadStringAsFileBodyOptions}; each method is a keyword of Python's method. */
        public static final class Builder {
            private String bucket;
            private String key;
            private String kmsKey;

            private Builder() {
            }

            /**
             * {@code bucket} (Python requires it; here default {@code null}: the default bucket).
             *
             * @param bucket the bucket
             * @return this builder
             */
            public Builder bucket(String bucket) {
                if (bucket != null) {
                    S3Uri.validateBucket(bucket);
                }
                this.bucket = bucket;
                return this;
            }

            /**
             * {@code key} (required): the object's key.
             *
             * @param key the key
             * @return this builder
             */
            public Builder key(String key) {
                this.key = key;
                return this;
            }

            /**
             * {@code kms_key} (default None): the object is written with {@code ServerSideEncryption=aws:kms}
             * and this {@code SSEKMSKeyId}.
             *
             * @param kmsKey a KMS key id, key ARN, alias or alias ARN
             * @return this builder
             */
            public Builder kmsKey(String kmsKey) {
                if (kmsKey != null && kmsKey.isBlank()) {
                    throw new ValidationException("kmsKey", kmsKey, "is blank", "pass a KMS key id, ARN or alias");
                }
                this.kmsKey = kmsKey;
                return this;
            }

            /**
             * Builds the options.
             *
             * @return the options
             */
            public UploadStringAsFileBodyOptions build() {
                return new UploadStringAsFileBodyOptions(this);
            }
        }
    }

    /**
     * Reads an object as UTF-8 text, as {@code Session.read_s3_file}.
     *
     * @param bucket    the bucket
     * @param keyPrefix the object's key
     * @return its text
     */
    public String readS3File(String bucket, String keyPrefix) {
        return open().objectStore().getString(S3Uri.of(bucket, keyPrefix).toString());
    }

    /**
     * Lists the keys under a prefix, as {@code Session.list_s3_files}.
     *
     * @param bucket    the bucket
     * @param keyPrefix the key prefix
     * @return the keys, in key order
     */
    public List<String> listS3Files(String bucket, String keyPrefix) {
        try (Stream<ObjectSummary> all = open().objectStore().listAll(S3Uri.of(bucket,
                keyPrefix == null ? "" : keyPrefix).toString())) {
            return all.map(ObjectSummary::key).collect(Collectors.toList());
        }
    }

    // ---- waiters ----

    /**
     * Waits without limit for a training job to end, as {@code Session.wait_for_job}.
     *
     * @param jobName the training job name
     * @return the final description
     * @throws UnexpectedStatusException when the job failed
     */
    public DescribeTrainingJobResponse waitForJob(String jobName) {
        return waitForJob(jobName, null);
    }

    /**
     * Waits for a training job to end.
     *
     * @param jobName the training job name
     * @param timeout the longest wait, or {@code null} for none
     * @return the final description ({@code Completed} or {@code Stopped})
     * @throws UnexpectedStatusException when the job failed
     * @throws WaiterTimeoutException    when the time ran out first
     * @throws ResourceNotFoundException when there is no such job
     */
    public DescribeTrainingJobResponse waitForJob(String jobName, Duration timeout) {
        return waitForJob(jobName, timeout, WaitForJobOptions.builder().build());
    }

    /**
     * Waits for a processing job to end.
     *
     * @param jobName the processing job name
     * @param timeout the longest wait, or {@code null} for none
     * @return the final description
     */
    public DescribeProcessingJobResponse waitForProcessingJob(String jobName, Duration timeout) {
        return waitForProcessingJob(jobName, timeout, WaitForJobOptions.builder().build());
    }

    /**
     * Waits for a batch transform job to end.
     *
     * @param jobName the transform job name
     * @param timeout the longest wait, or {@code null} for none
     * @return the final description
     */
    public DescribeTransformJobResponse waitForTransformJob(String jobName, Duration timeout) {
        return waitForTransformJob(jobName, timeout, WaitForJobOptions.builder().build());
    }

    /**
     * Waits for a hyperparameter tuning job to end.
     *
     * @param jobName the tuning job name
     * @param timeout the longest wait, or {@code null} for none
     * @return the final description
     */
    public DescribeHyperParameterTuningJobResponse waitForTuningJob(String jobName, Duration timeout) {
        return waitForTuningJob(jobName, timeout, WaitForJobOptions.builder().build());
    }

    /**
     * Waits for an endpoint to leave {@code Creating}/{@code Updating}, as {@code Session.wait_for_endpoint}.
     *
     * @param endpointName the endpoint name
     * @param timeout      the longest wait, or {@code null} for none
     * @return the description once {@code InService}
     * @throws UnexpectedStatusException when the endpoint ends in another status
     */
    public DescribeEndpointResponse waitForEndpoint(String endpointName, Duration timeout) {
        return waitForEndpoint(endpointName, timeout, WaitForEndpointOptions.builder().build());
    }

    /**
     * Waits for a training job to end, as {@code Session.wait_for_job(job, poll=5)}, with named options.
     *
     * <pre>{@code
     * session.waitForJob("churn-1", Duration.ofHours(2), w -> w.poll(Duration.ofSeconds(30)));
     * }</pre>
     *
     * @param jobName the training job name
     * @param timeout the longest wait, or {@code null} for none (Java only: Python waits without limit)
     * @param options the keywords
     * @return the final description ({@code Completed} or {@code Stopped})
     * @throws UnexpectedStatusException when the job failed
     * @throws WaiterTimeoutException    when the time ran out first
     */
    public DescribeTrainingJobResponse waitForJob(String jobName, Duration timeout, Consumer<WaitForJobOptions.Builder> options) {
        return waitForJob(jobName, timeout, WaitForJobOptions.of(options));
    }

    /**
     * Waits for a training job to end with kept options; see {@link #waitForJob(String, Duration, Consumer)}.
     *
     * @param jobName the training job name
     * @param timeout the longest wait, or {@code null} for none
     * @param options the options
     * @return the final description ({@code Completed} or {@code Stopped})
     */
    public DescribeTrainingJobResponse waitForJob(String jobName, Duration timeout, WaitForJobOptions options) {
        Names.validateName("TrainingJobName", jobName);
        return waitFor("Training job", jobName, timeout, options.poll(),
                () -> api(TrainingJobsApi.CAPABILITY).describeTrainingJob(DescribeTrainingJobRequest.builder()
                        .trainingJobName(jobName).build()),
                DescribeTrainingJobResponse::trainingJobStatusAsString,
                DescribeTrainingJobResponse::failureReason, JOB_DONE, null);
    }

    /**
     * Waits for a processing job to end, as {@code Session.wait_for_processing_job(job, poll=5)}.
     *
     * @param jobName the processing job name
     * @param timeout the longest wait, or {@code null} for none
     * @param options the keywords ({@link WaitForJobOptions}: {@code poll})
     * @return the final description
     */
    public DescribeProcessingJobResponse waitForProcessingJob(String jobName, Duration timeout,
                                                              Consumer<WaitForJobOptions.Builder> options) {
        return waitForProcessingJob(jobName, timeout, WaitForJobOptions.of(options));
    }

    /**
     * Waits for a processing job to end with kept options.
     *
     * @param jobName the processing job name
     * @param timeout the longest wait, or {@code null} for none
     * @param options the options
     * @return the final description
     */
    public DescribeProcessingJobResponse waitForProcessingJob(String jobName, Duration timeout, WaitForJobOptions options) {
        Names.validateName("ProcessingJobName", jobName);
        return waitFor("Processing job", jobName, timeout, options.poll(),
                () -> api(ProcessingJobsApi.CAPABILITY).describeProcessingJob(DescribeProcessingJobRequest.builder()
                        .processingJobName(jobName).build()),
                DescribeProcessingJobResponse::processingJobStatusAsString,
                DescribeProcessingJobResponse::failureReason, JOB_DONE, null);
    }

    /**
     * Waits for a batch transform job to end, as {@code Session.wait_for_transform_job(job, poll=5)}.
     *
     * @param jobName the transform job name
     * @param timeout the longest wait, or {@code null} for none
     * @param options the keywords ({@link WaitForJobOptions}: {@code poll})
     * @return the final description
     */
    public DescribeTransformJobResponse waitForTransformJob(String jobName, Duration timeout,
                                                            Consumer<WaitForJobOptions.Builder> options) {
        return waitForTransformJob(jobName, timeout, WaitForJobOptions.of(options));
    }

    /**
     * Waits for a batch transform job to end with kept options.
     *
     * @param jobName the transform job name
     * @param timeout the longest wait, or {@code null} for none
     * @param options the options
     * @return the final description
     */
    public DescribeTransformJobResponse waitForTransformJob(String jobName, Duration timeout, WaitForJobOptions options) {
        Names.validateName("TransformJobName", jobName);
        return waitFor("Transform job", jobName, timeout, options.poll(),
                () -> api(TransformJobsApi.CAPABILITY).describeTransformJob(DescribeTransformJobRequest.builder()
                        .transformJobName(jobName).build()),
                DescribeTransformJobResponse::transformJobStatusAsString,
                DescribeTransformJobResponse::failureReason, JOB_DONE, null);
    }

    /**
     * Waits for a tuning job to end, as {@code Session.wait_for_tuning_job(job, poll=5)}.
     *
     * @param jobName the tuning job name
     * @param timeout the longest wait, or {@code null} for none
     * @param options the keywords ({@link WaitForJobOptions}: {@code poll})
     * @return the final description
     */
    public DescribeHyperParameterTuningJobResponse waitForTuningJob(String jobName, Duration timeout,
                                                                    Consumer<WaitForJobOptions.Builder> options) {
        return waitForTuningJob(jobName, timeout, WaitForJobOptions.of(options));
    }

    /**
     * Waits for a tuning job to end with kept options.
     *
     * @param jobName the tuning job name
     * @param timeout the longest wait, or {@code null} for none
     * @param options the options
     * @return the final description
     */
    public DescribeHyperParameterTuningJobResponse waitForTuningJob(String jobName, Duration timeout, WaitForJobOptions options) {
        Names.validateName("HyperParameterTuningJobName", jobName);
        return waitFor("Tuning job", jobName, timeout, options.poll(),
                () -> api(TuningJobsApi.CAPABILITY).describeHyperParameterTuningJob(DescribeHyperParameterTuningJobRequest
                        .builder().hyperParameterTuningJobName(jobName).build()),
                DescribeHyperParameterTuningJobResponse::hyperParameterTuningJobStatusAsString,
                DescribeHyperParameterTuningJobResponse::failureReason, JOB_DONE, null);
    }

    /**
     * Waits for an endpoint, as {@code Session.wait_for_endpoint(endpoint, poll=DEFAULT_EP_POLL,
     * live_logging=False)}. With {@code liveLogging} the endpoint's log lines (CloudWatch group
     * {@code /aws/sagemaker/Endpoints}) go to the options' sink while waiting; local endpoints keep no log, so
     * there is nothing to show locally.
     *
     * @param endpointName the endpoint name
     * @param timeout      the longest wait, or {@code null} for none
     * @param options      the keywords
     * @return the description once {@code InService}
     * @throws UnexpectedStatusException when the endpoint ends in another status
     */
    public DescribeEndpointResponse waitForEndpoint(String endpointName, Duration timeout,
                                                    Consumer<WaitForEndpointOptions.Builder> options) {
        WaitForEndpointOptions.Builder b = WaitForEndpointOptions.builder();
        options.accept(b);
        return waitForEndpoint(endpointName, timeout, b.build());
    }

    /**
     * Waits for an endpoint with kept options; see {@link #waitForEndpoint(String, Duration, Consumer)}.
     *
     * @param endpointName the endpoint name
     * @param timeout      the longest wait, or {@code null} for none
     * @param options      the options
     * @return the description once {@code InService}
     */
    public DescribeEndpointResponse waitForEndpoint(String endpointName, Duration timeout, WaitForEndpointOptions options) {
        Names.validateName("EndpointName", endpointName);
        Objects.requireNonNull(options, "options");
        Consumer<String> sink = options.sink() != null ? options.sink()
                : org.slf4j.LoggerFactory.getLogger("dev.sagemaker4j.endpoints." + endpointName)::info;
        long[] read = {0};
        Runnable live = !options.liveLogging() ? null : () -> {
            List<String> lines = open().logs().readLog(LogsApi.ENDPOINTS, endpointName, read[0]);
            lines.forEach(sink);
            read[0] += lines.size();
        };
        DescribeEndpointResponse done = waitFor("Endpoint", endpointName, timeout, options.poll(),
                () -> api(HostingApi.CAPABILITY).describeEndpoint(DescribeEndpointRequest.builder()
                        .endpointName(endpointName).build()),
                DescribeEndpointResponse::endpointStatusAsString, DescribeEndpointResponse::failureReason,
                null, live);
        if (live != null) {
            live.run();
        }
        if (!"InService".equals(done.endpointStatusAsString())) {
            throw new UnexpectedStatusException("Endpoint", endpointName, "InService",
                    done.endpointStatusAsString(), done.failureReason());
        }
        return done;
    }

    /**
     * Whether an endpoint is {@code InService}, as {@code Session.endpoint_in_service_or_not}: {@code false}
     * when it is in another status or does not exist; other errors are thrown.
     *
     * @param endpointName the endpoint name
     * @return whether it serves requests
     */
    public boolean endpointInServiceOrNot(String endpointName) {
        Names.validateName("EndpointName", endpointName);
        try {
            return "InService".equals(api(HostingApi.CAPABILITY).describeEndpoint(DescribeEndpointRequest.builder()
                    .endpointName(endpointName).build()).endpointStatusAsString());
        } catch (ResourceNotFoundException e) {
            return false;
        } catch (SageMakerException e) {
            String message = String.valueOf(e.getMessage()).toLowerCase(java.util.Locale.ROOT);
            if (message.contains("could not find") || message.contains("not found")) {
                return false;
            }
            throw e;
        }
    }

    // ---- inference components (Python v2.257.6 Session), one block ----

    /**
     * Whether an endpoint is inference-component-based, as {@code Session.is_inference_component_based_endpoint}:
     * its configuration has an execution role and at least one production variant, none naming a model
     * (DescribeEndpoint, then DescribeEndpointConfig).
     *
     * @param endpointName the endpoint
     * @return whether its models are inference components
     */
    public boolean isInferenceComponentBasedEndpoint(String endpointName) {
        Names.validateName("endpointName", endpointName);
        HostingApi hosting = api(HostingApi.CAPABILITY);
        String configName = hosting.describeEndpoint(DescribeEndpointRequest.builder().endpointName(endpointName)
                .build()).endpointConfigName();
        var config = hosting.describeEndpointConfig(software.amazon.awssdk.services.sagemaker.model
                .DescribeEndpointConfigRequest.builder().endpointConfigName(configName).build());
        if (config.productionVariants().isEmpty()) {
            return false;
        }
        return config.executionRoleArn() != null
                && config.productionVariants().stream().allMatch(v -> v.modelName() == null);
    }

    /**
     * Creates an inference component, as {@code Session.create_inference_component(inference_component_name,
     * endpoint_name, variant_name, specification, runtime_config=None, tags=None, wait=True)}: CreateInferenceComponent
     * with RuntimeConfig {@code {CopyCount: 1}} unless given and the tags when any, then (with {@code wait}) waits
     * for it to be InService.
     *
     * <pre>{@code
     * session.createInferenceComponent("churn-ic", "shared-endpoint", c -> c.variantName("AllTraffic")
     *         .specification(InferenceComponentSpecification.builder().modelName("churn-model")
     *                 .computeResourceRequirements(r -> r.minMemoryRequiredInMb(1024).numberOfCpuCoresRequired(1f))
     *                 .build()));
     * }</pre>
     *
     * <p>The local backend does not host inference components: it answers
     * {@link dev.sagemaker4j.exceptions.OperationNotSupportedException}.
     *
     * @param inferenceComponentName the component's name
     * @param endpointName           the endpoint it goes on
     * @param options                the keywords ({@code variantName} and {@code specification} are required)
     * @return the component's name
     */
    public String createInferenceComponent(String inferenceComponentName, String endpointName,
                                           Consumer<CreateInferenceComponentOptions.Builder> options) {
        CreateInferenceComponentOptions.Builder b = CreateInferenceComponentOptions.builder();
        options.accept(b);
        return createInferenceComponent(inferenceComponentName, endpointName, b.build());
    }

    /**
     * Creates an inference component with kept options; see {@link #createInferenceComponent(String, String,
     * Consumer)}.
     *
     * @param inferenceComponentName the component's name
     * @param endpointName           the endpoint it goes on
     * @param options                the options
     * @return the component's name
     */
    public String createInferenceComponent(String inferenceComponentName, String endpointName,
                                           CreateInferenceComponentOptions options) {
        Names.validateName("inferenceComponentName", inferenceComponentName);
        Names.validateName("endpointName", endpointName);
        if (options.variantName() == null || options.variantName().isEmpty()) {
            throw new ValidationException("variantName", options.variantName(), "is missing",
                    "name the endpoint's production variant the component goes on, e.g. AllTraffic");
        }
        if (options.specification() == null) {
            throw new ValidationException("specification", null, "is missing",
                    "pass an InferenceComponentSpecification naming the model (or container) and its compute"
                            + " resource requirements");
        }
        LOG.info("Creating inference component with name {} for endpoint {}", inferenceComponentName, endpointName);
        var request = software.amazon.awssdk.services.sagemaker.model.CreateInferenceComponentRequest.builder()
                .inferenceComponentName(inferenceComponentName).endpointName(endpointName)
                .variantName(options.variantName()).specification(options.specification())
                .runtimeConfig(options.runtimeConfig() != null ? options.runtimeConfig()
                        : software.amazon.awssdk.services.sagemaker.model.InferenceComponentRuntimeConfig.builder()
                                .copyCount(1).build());
        if (!options.tags().isEmpty()) {
            request.tags(options.tags());
        }
        api(dev.sagemaker4j.spi.InferenceComponentsApi.CAPABILITY).createInferenceComponent(request.build());
        if (options.waitFor()) {
            waitForInferenceComponent(inferenceComponentName, null);
        }
        return inferenceComponentName;
    }

    /**
     * Waits for an inference component to leave Creating/Updating/Deleting, as
     * {@code Session.wait_for_inference_component(inference_component_name, poll=20)}.
     *
     * @param inferenceComponentName the component
     * @param timeout                the longest wait, or {@code null} for none (Java only: Python waits without limit)
     * @return its description once InService
     * @throws UnexpectedStatusException when it ends in another status (Python raises {@code CapacityError} when
     *                                   the failure reason names a capacity error: the reason is in the message)
     */
    public software.amazon.awssdk.services.sagemaker.model.DescribeInferenceComponentResponse waitForInferenceComponent(
            String inferenceComponentName, Duration timeout) {
        return waitForInferenceComponent(inferenceComponentName, timeout, WaitForJobOptions.builder().build());
    }

    /**
     * Waits for an inference component with named options ({@link WaitForJobOptions}: {@code poll}; Python polls
     * every 20 seconds, the default here is the backend's poll interval).
     *
     * @param inferenceComponentName the component
     * @param timeout                the longest wait, or {@code null} for none
     * @param options                the keywords
     * @return its description once InService
     */
    public software.amazon.awssdk.services.sagemaker.model.DescribeInferenceComponentResponse waitForInferenceComponent(
            String inferenceComponentName, Duration timeout, Consumer<WaitForJobOptions.Builder> options) {
        return waitForInferenceComponent(inferenceComponentName, timeout, WaitForJobOptions.of(options));
    }

    /**
     * Waits for an inference component with kept options.
     *
     * @param inferenceComponentName the component
     * @param timeout                the longest wait, or {@code null} for none
     * @param options                the options
     * @return its description once InService
     */
    public software.amazon.awssdk.services.sagemaker.model.DescribeInferenceComponentResponse waitForInferenceComponent(
            String inferenceComponentName, Duration timeout, WaitForJobOptions options) {
        Names.validateName("inferenceComponentName", inferenceComponentName);
        var done = waitFor("Inference component", inferenceComponentName, timeout, options.poll(),
                () -> describeInferenceComponentNow(inferenceComponentName),
                software.amazon.awssdk.services.sagemaker.model.DescribeInferenceComponentResponse
                        ::inferenceComponentStatusAsString,
                software.amazon.awssdk.services.sagemaker.model.DescribeInferenceComponentResponse::failureReason,
                null, null);
        if (!"InService".equals(done.inferenceComponentStatusAsString())) {
            throw new UnexpectedStatusException("Inference component", inferenceComponentName, "InService",
                    done.inferenceComponentStatusAsString(), done.failureReason());
        }
        return done;
    }

    private software.amazon.awssdk.services.sagemaker.model.DescribeInferenceComponentResponse
            describeInferenceComponentNow(String inferenceComponentName) {
        return api(dev.sagemaker4j.spi.InferenceComponentsApi.CAPABILITY).describeInferenceComponent(
                software.amazon.awssdk.services.sagemaker.model.DescribeInferenceComponentRequest.builder()
                        .inferenceComponentName(inferenceComponentName).build());
    }

    /**
     * Waits until an inference component is gone (DescribeInferenceComponent answers that it could not be found),
     * as {@code Session.wait_for_inference_component_deletion(inference_component_name, poll=20)}.
     *
     * @param inferenceComponentName the component
     * @param timeout                the longest wait, or {@code null} for none
     */
    public void waitForInferenceComponentDeletion(String inferenceComponentName, Duration timeout) {
        waitForInferenceComponentDeletion(inferenceComponentName, timeout, WaitForJobOptions.builder().build());
    }

    /**
     * Waits until an inference component is gone, with named options ({@link WaitForJobOptions}: {@code poll}).
     *
     * @param inferenceComponentName the component
     * @param timeout                the longest wait, or {@code null} for none
     * @param options                the keywords
     */
    public void waitForInferenceComponentDeletion(String inferenceComponentName, Duration timeout,
                                                  Consumer<WaitForJobOptions.Builder> options) {
        waitForInferenceComponentDeletion(inferenceComponentName, timeout, WaitForJobOptions.of(options));
    }

    /**
     * Waits until an inference component is gone, with kept options.
     *
     * @param inferenceComponentName the component
     * @param timeout                the longest wait, or {@code null} for none
     * @param options                the options
     * @throws WaiterTimeoutException when it still exists after {@code timeout}
     */
    public void waitForInferenceComponentDeletion(String inferenceComponentName, Duration timeout,
                                                  WaitForJobOptions options) {
        Names.validateName("inferenceComponentName", inferenceComponentName);
        long deadline = timeout == null ? Long.MAX_VALUE : System.nanoTime() + timeout.toNanos();
        long pauseMillis = 10;
        long maxPause = Math.max(10, open().pollInterval().toMillis());
        while (true) {
            String last;
            try {
                last = describeInferenceComponentNow(inferenceComponentName).inferenceComponentStatusAsString();
            } catch (SageMakerException e) {
                if (notFound(e)) {
                    return;
                }
                throw e;
            }
            long now = System.nanoTime();
            if (now >= deadline) {
                throw new WaiterTimeoutException("Inference component", inferenceComponentName, timeout, last);
            }
            long wanted = options.poll() != null ? options.poll().toMillis() : pauseMillis;
            pauseQuietly(Math.min(wanted, Math.max(1, (deadline - now) / 1_000_000)));
            pauseMillis = Math.min(maxPause, pauseMillis * 2);
        }
    }

    /** Python's test for a missing resource: "could not find" or "not found" in the service's error. */
    private static boolean notFound(SageMakerException e) {
        if (e instanceof ResourceNotFoundException) {
            return true;
        }
        String message = String.valueOf(e.getMessage()).toLowerCase(java.util.Locale.ROOT);
        return message.contains("could not find") || message.contains("not found");
    }

    /**
     * Updates an inference component, as {@code Session.update_inference_component(inference_component_name,
     * specification=None, runtime_config=None, wait=True)}: checks that it exists (DescribeInferenceComponent),
     * sends UpdateInferenceComponent with the specification and runtime configuration given, then (with
     * {@code wait}) waits for it to be InService.
     *
     * <pre>{@code
     * session.updateInferenceComponent("churn-ic", u -> u.runtimeConfig(InferenceComponentRuntimeConfig.builder()
     *         .copyCount(2).build()));
     * }</pre>
     *
     * @param inferenceComponentName the component
     * @param options                the keywords
     * @return the component's name
     * @throws ValidationException when the component does not exist (Python's {@code ValueError})
     */
    public String updateInferenceComponent(String inferenceComponentName,
                                           Consumer<UpdateInferenceComponentOptions.Builder> options) {
        UpdateInferenceComponentOptions.Builder b = UpdateInferenceComponentOptions.builder();
        options.accept(b);
        return updateInferenceComponent(inferenceComponentName, b.build());
    }

    /**
     * Updates an inference component with kept options; see {@link #updateInferenceComponent(String, Consumer)}.
     *
     * @param inferenceComponentName the component
     * @param options                the options
     * @return the component's name
     */
    public String updateInferenceComponent(String inferenceComponentName, UpdateInferenceComponentOptions options) {
        Names.validateName("inferenceComponentName", inferenceComponentName);
        try {
            describeInferenceComponentNow(inferenceComponentName);
        } catch (SageMakerException e) {
            if (notFound(e)) {
                throw new ValidationException("inferenceComponentName", inferenceComponentName, "does not exist",
                        "use an existing inference component name", e);
            }
            throw e;
        }
        api(dev.sagemaker4j.spi.InferenceComponentsApi.CAPABILITY).updateInferenceComponent(
                software.amazon.awssdk.services.sagemaker.model.UpdateInferenceComponentRequest.builder()
                        .inferenceComponentName(inferenceComponentName).specification(options.specification())
                        .runtimeConfig(options.runtimeConfig()).build());
        if (options.waitFor()) {
            waitForInferenceComponent(inferenceComponentName, null);
        }
        return inferenceComponentName;
    }

    /**
     * Deletes an inference component without waiting, as {@code Session.delete_inference_component(name)}.
     *
     * @param inferenceComponentName the component
     */
    public void deleteInferenceComponent(String inferenceComponentName) {
        deleteInferenceComponent(inferenceComponentName, false);
    }

    /**
     * Deletes an inference component, as {@code Session.delete_inference_component(inference_component_name,
     * wait=False)}: DeleteInferenceComponent, then (with {@code wait}) waits until it is gone.
     *
     * @param inferenceComponentName the component
     * @param wait                   {@code wait} (default false): whether to wait until it is gone
     */
    public void deleteInferenceComponent(String inferenceComponentName, boolean wait) {
        Names.validateName("inferenceComponentName", inferenceComponentName);
        LOG.info("Deleting inference component with name: {}", inferenceComponentName);
        api(dev.sagemaker4j.spi.InferenceComponentsApi.CAPABILITY).deleteInferenceComponent(
                software.amazon.awssdk.services.sagemaker.model.DeleteInferenceComponentRequest.builder()
                        .inferenceComponentName(inferenceComponentName).build());
        if (wait) {
            waitForInferenceComponentDeletion(inferenceComponentName, null);
        }
    }

    /**
     * The names of the inference components on an endpoint, sorted, as
     * {@code Session.list_and_paginate_inference_component_names_associated_with_endpoint(endpoint_name)}: one
     * ListInferenceComponents per page (EndpointNameEquals and the previous page's NextToken).
     *
     * @param endpointName the endpoint
     * @return the component names, sorted
     */
    public List<String> listAndPaginateInferenceComponentNamesAssociatedWithEndpoint(String endpointName) {
        Names.validateName("endpointName", endpointName);
        List<String> names = new ArrayList<>();
        String nextToken = null;
        do {
            String token = nextToken;
            var page = listInferenceComponents(l -> l.endpointNameEquals(endpointName).nextToken(token));
            page.inferenceComponents().forEach(ic -> names.add(ic.inferenceComponentName()));
            nextToken = page.nextToken();
        } while (nextToken != null && !nextToken.isEmpty());
        java.util.Collections.sort(names);
        return names;
    }

    /**
     * Lists inference components with Python's defaults (no filter), as {@code Session.list_inference_components()}.
     *
     * @return ListInferenceComponents' response
     */
    public software.amazon.awssdk.services.sagemaker.model.ListInferenceComponentsResponse listInferenceComponents() {
        return listInferenceComponents(ListInferenceComponentsOptions.builder().build());
    }

    /**
     * Lists inference components with {@code Session.list_inference_components}'s keywords by name:
     * {@code session.listInferenceComponents(l -> l.endpointNameEquals("shared").statusEquals("InService"))}.
     *
     * @param options the keywords
     * @return ListInferenceComponents' response
     */
    public software.amazon.awssdk.services.sagemaker.model.ListInferenceComponentsResponse listInferenceComponents(
            Consumer<ListInferenceComponentsOptions.Builder> options) {
        ListInferenceComponentsOptions.Builder b = ListInferenceComponentsOptions.builder();
        options.accept(b);
        return listInferenceComponents(b.build());
    }

    /**
     * Lists inference components with kept options: ListInferenceComponents with the keywords given (each left
     * out when {@code null}).
     *
     * @param options the options
     * @return ListInferenceComponents' response
     */
    public software.amazon.awssdk.services.sagemaker.model.ListInferenceComponentsResponse listInferenceComponents(
            ListInferenceComponentsOptions options) {
        return api(dev.sagemaker4j.spi.InferenceComponentsApi.CAPABILITY).listInferenceComponents(
                software.amazon.awssdk.services.sagemaker.model.ListInferenceComponentsRequest.builder()
                        .sortBy(options.sortBy()).sortOrder(options.sortOrder()).nameContains(options.nameContains())
                        .creationTimeBefore(options.creationTimeBefore()).creationTimeAfter(options.creationTimeAfter())
                        .lastModifiedTimeBefore(options.lastModifiedTimeBefore())
                        .lastModifiedTimeAfter(options.lastModifiedTimeAfter()).statusEquals(options.statusEquals())
                        .endpointNameEquals(options.endpointNameEquals()).variantNameEquals(options.variantNameEquals())
                        .nextToken(options.nextToken()).maxResults(options.maxResults()).build());
    }

    /**
     * The keywords of {@code Session.create_inference_component} (Python SDK v2.257.6), with its defaults.
     * Immutable.
     */
    public static final class CreateInferenceComponentOptions {
        private final String variantName;
        private final software.amazon.awssdk.services.sagemaker.model.InferenceComponentSpecification specification;
        private final software.amazon.awssdk.services.sagemaker.model.InferenceComponentRuntimeConfig runtimeConfig;
        private final List<Tag> tags;
        private final boolean waitFor;

        private CreateInferenceComponentOptions(Builder b) {
            this.variantName = b.variantName;
            this.specification = b.specification;
            this.runtimeConfig = b.runtimeConfig;
            this.tags = List.copyOf(b.tags);
            this.waitFor = b.waitFor;
        }

        /**
         * A builder with Python's defaults.
         *
         * @return the builder
         */
        public static Builder builder() {
            return new Builder();
        }

        /**
         * A builder holding these options.
         *
         * @return the builder
         */
        public Builder toBuilder() {
            return new Builder().variantName(variantName).specification(specification).runtimeConfig(runtimeConfig)
                    .tags(tags).wait(waitFor);
        }

        /**
         * {@code variant_name}.
         *
         * @return the production variant, or {@code null} when not given
         */
        public String variantName() {
            return variantName;
        }

        /**
         * {@code specification}.
         *
         * @return the specification, or {@code null} when not given
         */
        public software.amazon.awssdk.services.sagemaker.model.InferenceComponentSpecification specification() {
            return specification;
        }

        /**
         * {@code runtime_config}.
         *
         * @return the runtime configuration, or {@code null} for Python's {@code {CopyCount: 1}}
         */
        public software.amazon.awssdk.services.sagemaker.model.InferenceComponentRuntimeConfig runtimeConfig() {
            return runtimeConfig;
        }

        /**
         * {@code tags}.
         *
         * @return the tags (empty: none sent)
         */
        public List<Tag> tags() {
            return tags;
        }

        /**
         * {@code wait}.
         *
         * @return whether to wait for InService
         */
        public boolean waitFor() {
            return waitFor;
        }

        private List<Object> values() {
            return java.util.Arrays.asList(variantName, specification, runtimeConfig, tags, waitFor);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof CreateInferenceComponentOptions
                    && values().equals(((CreateInferenceComponentOptions) o).values());
        }

        @Override
        public int hashCode() {
            return values().hashCode();
        }

        @Override
        public String toString() {
            return "CreateInferenceComponentOptions" + values();
        }

        /** Builds {@link CreateInferenceComponentOptions}; each method is a keyword of Python's method. */
        public static final class Builder {
            private String variantName;
            private software.amazon.awssdk.services.sagemaker.model.InferenceComponentSpecification specification;
            private software.amazon.awssdk.services.sagemaker.model.InferenceComponentRuntimeConfig runtimeConfig;
            private List<Tag> tags = List.of();
            private boolean waitFor = true;

            private Builder() {
            }

            /**
             * {@code variant_name} (required): the endpoint's production variant the component goes on.
             *
             * @param value e.g. {@code AllTraffic}
             * @return this builder
             */
            public Builder variantName(String value) {
                this.variantName = value;
                return this;
            }

            /**
             * {@code specification} (required): the model (or container), startup parameters and compute resource
             * requirements.
             *
             * @param value the specification
             * @return this builder
             */
            public Builder specification(
                    software.amazon.awssdk.services.sagemaker.model.InferenceComponentSpecification value) {
                this.specification = value;
                return this;
            }

            /**
             * {@code runtime_config} (default None, which sends {@code {CopyCount: 1}}).
             *
             * @param value the runtime configuration
             * @return this builder
             */
            public Builder runtimeConfig(
                    software.amazon.awssdk.services.sagemaker.model.InferenceComponentRuntimeConfig value) {
                this.runtimeConfig = value;
                return this;
            }

            /**
             * {@code tags} (default None).
             *
             * @param value the tags
             * @return this builder
             */
            public Builder tags(List<Tag> value) {
                this.tags = value == null ? List.of() : List.copyOf(value);
                return this;
            }

            /**
             * {@code tags} (default None) as a map, as Python's {@code format_tags} takes a dict.
             *
             * @param value key to value
             * @return this builder
             */
            public Builder tags(java.util.Map<String, String> value) {
                return tags(value == null ? null : value.entrySet().stream().map(e -> Tag.builder().key(e.getKey())
                        .value(e.getValue()).build()).collect(Collectors.toList()));
            }

            /**
             * {@code wait} (default True): whether to wait for InService.
             *
             * @param value whether to wait
             * @return this builder
             */
            public Builder wait(boolean value) {
                this.waitFor = value;
                return this;
            }

            /**
             * Builds the options.
             *
             * @return the options
             */
            public CreateInferenceComponentOptions build() {
                return new CreateInferenceComponentOptions(this);
            }
        }
    }

    /**
     * The keywords of {@code Session.update_inference_component} (Python SDK v2.257.6), with its defaults.
     * Immutable.
     */
    public static final class UpdateInferenceComponentOptions {
        private final software.amazon.awssdk.services.sagemaker.model.InferenceComponentSpecification specification;
        private final software.amazon.awssdk.services.sagemaker.model.InferenceComponentRuntimeConfig runtimeConfig;
        private final boolean waitFor;

        private UpdateInferenceComponentOptions(Builder b) {
            this.specification = b.specification;
            this.runtimeConfig = b.runtimeConfig;
            this.waitFor = b.waitFor;
        }

        /**
         * A builder with Python's defaults.
         *
         * @return the builder
         */
        public static Builder builder() {
            return new Builder();
        }

        /**
         * A builder holding these options.
         *
         * @return the builder
         */
        public Builder toBuilder() {
            return new Builder().specification(specification).runtimeConfig(runtimeConfig).wait(waitFor);
        }

        /**
         * {@code specification}.
         *
         * @return the new specification, or {@code null} to keep it
         */
        public software.amazon.awssdk.services.sagemaker.model.InferenceComponentSpecification specification() {
            return specification;
        }

        /**
         * {@code runtime_config}.
         *
         * @return the new runtime configuration, or {@code null} to keep it
         */
        public software.amazon.awssdk.services.sagemaker.model.InferenceComponentRuntimeConfig runtimeConfig() {
            return runtimeConfig;
        }

        /**
         * {@code wait}.
         *
         * @return whether to wait for InService
         */
        public boolean waitFor() {
            return waitFor;
        }

        private List<Object> values() {
            return java.util.Arrays.asList(specification, runtimeConfig, waitFor);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof UpdateInferenceComponentOptions
                    && values().equals(((UpdateInferenceComponentOptions) o).values());
        }

        @Override
        public int hashCode() {
            return values().hashCode();
        }

        @Override
        public String toString() {
            return "UpdateInferenceComponentOptions" + values();
        }

        /** Builds {@link UpdateInferenceComponentOptions}; each method is a keyword of Python's method. */
        public static final class Builder {
            private software.amazon.awssdk.services.sagemaker.model.InferenceComponentSpecification specification;
            private software.amazon.awssdk.services.sagemaker.model.InferenceComponentRuntimeConfig runtimeConfig;
            private boolean waitFor = true;

            private Builder() {
            }

            /**
             * {@code specification} (default None): the new model or container, startup parameters and compute
             * resource requirements.
             *
             * @param value the specification
             * @return this builder
             */
            public Builder specification(
                    software.amazon.awssdk.services.sagemaker.model.InferenceComponentSpecification value) {
                this.specification = value;
                return this;
            }

            /**
             * {@code runtime_config} (default None): the new copy count.
             *
             * @param value the runtime configuration
             * @return this builder
             */
            public Builder runtimeConfig(
                    software.amazon.awssdk.services.sagemaker.model.InferenceComponentRuntimeConfig value) {
                this.runtimeConfig = value;
                return this;
            }

            /**
             * {@code wait} (default True): whether to wait for InService.
             *
             * @param value whether to wait
             * @return this builder
             */
            public Builder wait(boolean value) {
                this.waitFor = value;
                return this;
            }

            /**
             * Builds the options.
             *
             * @return the options
             */
            public UpdateInferenceComponentOptions build() {
                return new UpdateInferenceComponentOptions(this);
            }
        }
    }

    /**
     * The keywords of {@code Session.list_inference_components} (Python SDK v2.257.6), all None by default (no
     * filter): each becomes the ListInferenceComponents field of the same name when given. Immutable.
     */
    public static final class ListInferenceComponentsOptions {
        private final String endpointNameEquals;
        private final String variantNameEquals;
        private final String nameContains;
        private final java.time.Instant creationTimeAfter;
        private final java.time.Instant creationTimeBefore;
        private final java.time.Instant lastModifiedTimeAfter;
        private final java.time.Instant lastModifiedTimeBefore;
        private final String statusEquals;
        private final String sortOrder;
        private final String sortBy;
        private final Integer maxResults;
        private final String nextToken;

        private ListInferenceComponentsOptions(Builder b) {
            this.endpointNameEquals = b.endpointNameEquals;
            this.variantNameEquals = b.variantNameEquals;
            this.nameContains = b.nameContains;
            this.creationTimeAfter = b.creationTimeAfter;
            this.creationTimeBefore = b.creationTimeBefore;
            this.lastModifiedTimeAfter = b.lastModifiedTimeAfter;
            this.lastModifiedTimeBefore = b.lastModifiedTimeBefore;
            this.statusEquals = b.statusEquals;
            this.sortOrder = b.sortOrder;
            this.sortBy = b.sortBy;
            this.maxResults = b.maxResults;
            this.nextToken = b.nextToken;
        }

        /**
         * A builder with Python's defaults.
         *
         * @return the builder
         */
        public static Builder builder() {
            return new Builder();
        }

        /**
         * A builder holding these options.
         *
         * @return the builder
         */
        public Builder toBuilder() {
            Builder b = new Builder();
            b.endpointNameEquals = endpointNameEquals;
            b.variantNameEquals = variantNameEquals;
            b.nameContains = nameContains;
            b.creationTimeAfter = creationTimeAfter;
            b.creationTimeBefore = creationTimeBefore;
            b.lastModifiedTimeAfter = lastModifiedTimeAfter;
            b.lastModifiedTimeBefore = lastModifiedTimeBefore;
            b.statusEquals = statusEquals;
            b.sortOrder = sortOrder;
            b.sortBy = sortBy;
            b.maxResults = maxResults;
            b.nextToken = nextToken;
            return b;
        }

        /**
         * {@code endpoint_name_equals}.
         *
         * @return the endpoint's name, or {@code null}
         */
        public String endpointNameEquals() {
            return endpointNameEquals;
        }

        /**
         * {@code variant_name_equals}.
         *
         * @return the variant's name, or {@code null}
         */
        public String variantNameEquals() {
            return variantNameEquals;
        }

        /**
         * {@code name_contains}.
         *
         * @return a part of the components' names, or {@code null}
         */
        public String nameContains() {
            return nameContains;
        }

        /**
         * {@code creation_time_after}.
         *
         * @return created after, or {@code null}
         */
        public java.time.Instant creationTimeAfter() {
            return creationTimeAfter;
        }

        /**
         * {@code creation_time_before}.
         *
         * @return created before, or {@code null}
         */
        public java.time.Instant creationTimeBefore() {
            return creationTimeBefore;
        }

        /**
         * {@code last_modified_time_after}.
         *
         * @return last modified after, or {@code null}
         */
        public java.time.Instant lastModifiedTimeAfter() {
            return lastModifiedTimeAfter;
        }

        /**
         * {@code last_modified_time_before}.
         *
         * @return last modified before, or {@code null}
         */
        public java.time.Instant lastModifiedTimeBefore() {
            return lastModifiedTimeBefore;
        }

        /**
         * {@code status_equals}.
         *
         * @return the status, e.g. {@code InService}, or {@code null}
         */
        public String statusEquals() {
            return statusEquals;
        }

        /**
         * {@code sort_order}.
         *
         * @return {@code Ascending} or {@code Descending}, or {@code null}
         */
        public String sortOrder() {
            return sortOrder;
        }

        /**
         * {@code sort_by}.
         *
         * @return {@code Name}, {@code CreationTime} or {@code Status}, or {@code null}
         */
        public String sortBy() {
            return sortBy;
        }

        /**
         * {@code max_results}.
         *
         * @return the page size, or {@code null}
         */
        public Integer maxResults() {
            return maxResults;
        }

        /**
         * {@code next_token}.
         *
         * @return the previous page's NextToken, or {@code null}
         */
        public String nextToken() {
            return nextToken;
        }

        private List<Object> values() {
            return java.util.Arrays.asList(endpointNameEquals, variantNameEquals, nameContains, creationTimeAfter, creationTimeBefore, lastModifiedTimeAfter,
                    lastModifiedTimeBefore, statusEquals, sortOrder, sortBy, maxResults, nextToken);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof ListInferenceComponentsOptions
                    && values().equals(((ListInferenceComponentsOptions) o).values());
        }

        @Override
        public int hashCode() {
            return values().hashCode();
        }

        @Override
        public String toString() {
            return "ListInferenceComponentsOptions" + values();
        }

        /** Builds {@link ListInferenceComponentsOptions}; each method is a keyword of Python's method. */
        public static final class Builder {
            private String endpointNameEquals;
            private String variantNameEquals;
            private String nameContains;
            private java.time.Instant creationTimeAfter;
            private java.time.Instant creationTimeBefore;
            private java.time.Instant lastModifiedTimeAfter;
            private java.time.Instant lastModifiedTimeBefore;
            private String statusEquals;
            private String sortOrder;
            private String sortBy;
            private Integer maxResults;
            private String nextToken;

            private Builder() {
            }

            /**
             * {@code endpoint_name_equals} (default None).
             *
             * @param value the endpoint's name
             * @return this builder
             */
            public Builder endpointNameEquals(String value) {
                this.endpointNameEquals = value;
                return this;
            }

            /**
             * {@code variant_name_equals} (default None).
             *
             * @param value the variant's name
             * @return this builder
             */
            public Builder variantNameEquals(String value) {
                this.variantNameEquals = value;
                return this;
            }

            /**
             * {@code name_contains} (default None).
             *
             * @param value a part of the components' names
             * @return this builder
             */
            public Builder nameContains(String value) {
                this.nameContains = value;
                return this;
            }

            /**
             * {@code creation_time_after} (default None).
             *
             * @param value created after
             * @return this builder
             */
            public Builder creationTimeAfter(java.time.Instant value) {
                this.creationTimeAfter = value;
                return this;
            }

            /**
             * {@code creation_time_before} (default None).
             *
             * @param value created before
             * @return this builder
             */
            public Builder creationTimeBefore(java.time.Instant value) {
                this.creationTimeBefore = value;
                return this;
            }

            /**
             * {@code last_modified_time_after} (default None).
             *
             * @param value last modified after
             * @return this builder
             */
            public Builder lastModifiedTimeAfter(java.time.Instant value) {
                this.lastModifiedTimeAfter = value;
                return this;
            }

            /**
             * {@code last_modified_time_before} (default None).
             *
             * @param value last modified before
             * @return this builder
             */
            public Builder lastModifiedTimeBefore(java.time.Instant value) {
                this.lastModifiedTimeBefore = value;
                return this;
            }

            /**
             * {@code status_equals} (default None).
             *
             * @param value the status, e.g. {@code InService}
             * @return this builder
             */
            public Builder statusEquals(String value) {
                this.statusEquals = value;
                return this;
            }

            /**
             * {@code sort_order} (default None).
             *
             * @param value {@code Ascending} or {@code Descending}
             * @return this builder
             */
            public Builder sortOrder(String value) {
                this.sortOrder = value;
                return this;
            }

            /**
             * {@code sort_by} (default None).
             *
             * @param value {@code Name}, {@code CreationTime} or {@code Status}
             * @return this builder
             */
            public Builder sortBy(String value) {
                this.sortBy = value;
                return this;
            }

            /**
             * {@code max_results} (default None).
             *
             * @param value the page size
             * @return this builder
             */
            public Builder maxResults(Integer value) {
                this.maxResults = value;
                return this;
            }

            /**
             * {@code next_token} (default None).
             *
             * @param value the previous page's NextToken
             * @return this builder
             */
            public Builder nextToken(String value) {
                this.nextToken = value;
                return this;
            }

            /**
             * Builds the options.
             *
             * @return the options
             */
            public ListInferenceComponentsOptions build() {
                return new ListInferenceComponentsOptions(this);
            }
        }
    }

    private <R> R waitFor(String type, String name, Duration timeout, Duration poll, Supplier<R> describe,
                          Function<R, String> status, Function<R, String> reason, Set<String> done,
                          Runnable eachPoll) {
        long deadline = timeout == null ? Long.MAX_VALUE : System.nanoTime() + timeout.toNanos();
        long pauseMillis = 10;
        long maxPause = Math.max(10, open().pollInterval().toMillis());
        String last = "unknown";
        while (true) {
            R description;
            try {
                description = describe.get();
            } catch (ServiceException e) {
                if (!e.retryable()) {
                    throw e;
                }
                LOG.debug("Describe of {} {} failed, retrying: {}", type, name, e.getMessage());
                description = null;
            }
            if (eachPoll != null) {
                eachPoll.run();
            }
            if (description != null) {
                last = status.apply(description);
                boolean finished = done == null ? !ENDPOINT_BUSY.contains(last) : done.contains(last);
                if (finished) {
                    if ("Failed".equals(last)) {
                        throw new UnexpectedStatusException(type, name, done == null ? "InService"
                                : "Completed or Stopped", last, reason.apply(description));
                    }
                    if ("Stopped".equals(last)) {
                        LOG.warn("{} {} was stopped", type, name);
                    }
                    return description;
                }
            }
            long now = System.nanoTime();
            if (now >= deadline) {
                throw new WaiterTimeoutException(type, name, timeout, last);
            }
            long wanted = poll != null ? poll.toMillis() : pauseMillis;
            long sleep = Math.min(wanted, Math.max(1, (deadline - now) / 1_000_000));
            pauseQuietly(sleep);
            pauseMillis = Math.min(maxPause, pauseMillis * 2);
        }
    }

    // ---- hosting helpers, as in the Python SDK ----

    /**
     * One production variant, as {@code sagemaker.session.production_variant(model_name, instance_type,
     * initial_instance_count)}: the model on some instances, variant {@code AllTraffic}, weight 1.
     *
     * @param modelName            the model
     * @param instanceType         e.g. {@code local} or {@code ml.m5.large}
     * @param initialInstanceCount instances (replicas) of the model
     * @return the variant
     */
    public static software.amazon.awssdk.services.sagemaker.model.ProductionVariant productionVariant(
            String modelName, String instanceType, int initialInstanceCount) {
        return productionVariant(v -> v.modelName(modelName).instanceType(instanceType)
                .initialInstanceCount(initialInstanceCount));
    }

    /**
     * One production variant, every keyword of {@code sagemaker.session.production_variant} by name:
     * {@code Session.productionVariant(v -> v.modelName(a).instanceType("local").variantName("A")
     * .initialWeight(0.8))}.
     *
     * @param options the keywords
     * @return the variant
     */
    public static software.amazon.awssdk.services.sagemaker.model.ProductionVariant productionVariant(
            Consumer<ProductionVariantOptions.Builder> options) {
        ProductionVariantOptions.Builder b = ProductionVariantOptions.builder();
        options.accept(b);
        return productionVariant(b.build());
    }

    /**
     * One production variant from kept options; as the Python SDK, {@code InitialVariantWeight} is set
     * only with a model, and a serverless variant has no instance type or count.
     *
     * @param options the keywords
     * @return the variant
     */
    public static software.amazon.awssdk.services.sagemaker.model.ProductionVariant productionVariant(
            ProductionVariantOptions options) {
        var b = software.amazon.awssdk.services.sagemaker.model.ProductionVariant.builder()
                .variantName(options.variantName());
        if (options.modelName() != null && !options.modelName().isEmpty()) {
            b.modelName(options.modelName()).initialVariantWeight(options.initialWeight());
        }
        b.acceleratorType(options.acceleratorType()).managedInstanceScaling(options.managedInstanceScaling());
        if (options.serverlessInferenceConfig() != null) {
            b.serverlessConfig(options.serverlessInferenceConfig());
        } else {
            b.initialInstanceCount(options.initialInstanceCount() == null ? 1 : options.initialInstanceCount())
                    .instanceType(options.instanceType()).volumeSizeInGB(options.volumeSize())
                    .modelDataDownloadTimeoutInSeconds(options.modelDataDownloadTimeout())
                    .containerStartupHealthCheckTimeoutInSeconds(options.containerStartupHealthCheckTimeout())
                    .routingConfig(options.routingConfig());
        }
        return b.inferenceAmiVersion(options.inferenceAmiVersion()).build();
    }

    /**
     * Creates an endpoint configuration and an endpoint of the same name from production variants,
     * as {@code Session.endpoint_from_production_variants(name, production_variants)}: no tags, waits
     * until InService.
     *
     * @param name     the endpoint (and configuration) name
     * @param variants the production variants
     * @return the endpoint name
     */
    public String endpointFromProductionVariants(String name,
            List<software.amazon.awssdk.services.sagemaker.model.ProductionVariant> variants) {
        return endpointFromProductionVariants(name, variants, EndpointFromProductionVariantsOptions.builder().build());
    }

    /**
     * Creates an endpoint from production variants with every keyword of
     * {@code Session.endpoint_from_production_variants} by name:
     * {@code session.endpointFromProductionVariants(name, variants, e -> e.tags(Map.of("team", "ml"))
     * .wait(false))}. Python's third positional argument is {@code tags}; here each is named.
     *
     * @param name     the endpoint (and configuration) name
     * @param variants the production variants
     * @param options  the keywords
     * @return the endpoint name
     */
    public String endpointFromProductionVariants(String name,
            List<software.amazon.awssdk.services.sagemaker.model.ProductionVariant> variants,
            Consumer<EndpointFromProductionVariantsOptions.Builder> options) {
        EndpointFromProductionVariantsOptions.Builder b = EndpointFromProductionVariantsOptions.builder();
        options.accept(b);
        return endpointFromProductionVariants(name, variants, b.build());
    }

    /**
     * Creates an endpoint from production variants with kept options: CreateEndpointConfig (with the
     * tags, KMS key, data capture, async inference, explainer, VPC, network isolation and role given)
     * and CreateEndpoint (with the same tags), as the Python SDK sends them. The local backend records
     * the KMS key, VPC and network isolation in DescribeEndpointConfig and does not enforce them.
     *
     * @param name     the endpoint (and configuration) name
     * @param variants the production variants
     * @param options  the keywords
     * @return the endpoint name
     */
    public String endpointFromProductionVariants(String name,
            List<software.amazon.awssdk.services.sagemaker.model.ProductionVariant> variants,
            EndpointFromProductionVariantsOptions options) {
        Names.validateName("EndpointName", name);
        Objects.requireNonNull(options, "options");
        var config = software.amazon.awssdk.services.sagemaker.model.CreateEndpointConfigRequest.builder()
                .endpointConfigName(name).productionVariants(variants);
        if (!options.tags().isEmpty()) {
            config.tags(options.tags());
        }
        config.kmsKeyId(options.kmsKey()).dataCaptureConfig(options.dataCaptureConfigDict())
                .asyncInferenceConfig(options.asyncInferenceConfigDict())
                .explainerConfig(options.explainerConfigDict()).vpcConfig(options.vpcConfig())
                .enableNetworkIsolation(options.enableNetworkIsolation()).executionRoleArn(options.role());
        api(HostingApi.CAPABILITY).createEndpointConfig(config.build());
        var endpoint = software.amazon.awssdk.services.sagemaker.model.CreateEndpointRequest.builder()
                .endpointName(name).endpointConfigName(name);
        if (!options.tags().isEmpty()) {
            endpoint.tags(options.tags());
        }
        api(HostingApi.CAPABILITY).createEndpoint(endpoint.build());
        if (options.waitFor()) {
            waitForEndpoint(name, null, w -> w.liveLogging(options.liveLogging()));
        }
        return name;
    }

    /**
     * Creates a model, an endpoint configuration and an endpoint, all of one name, from model data and an
     * inference image, as {@code Session.endpoint_from_model_data(model_s3_location, image_uri,
     * initial_instance_count, instance_type, ...)}: a model that already exists is used as it is, and so is an
     * endpoint configuration; an endpoint that already exists is an error.
     *
     * <pre>{@code
     * session.endpointFromModelData("s3://bucket/out/job/output/model.tar.gz", image,
     *         e -> e.initialInstanceCount(1).instanceType("ml.m5.large").name("churn"));
     * }</pre>
     *
     * @param modelS3Location the model data ({@code model.tar.gz}) URI
     * @param imageUri        the inference image
     * @param options         the keywords; {@code initialInstanceCount} and {@code instanceType} are required
     * @return the endpoint name
     */
    public String endpointFromModelData(String modelS3Location, String imageUri,
                                        Consumer<EndpointFromModelDataOptions.Builder> options) {
        EndpointFromModelDataOptions.Builder b = EndpointFromModelDataOptions.builder();
        options.accept(b);
        return endpointFromModelData(modelS3Location, imageUri, b.build());
    }

    /**
     * Creates an endpoint from model data with kept options; see
     * {@link #endpointFromModelData(String, String, Consumer)}.
     *
     * @param modelS3Location the model data URI
     * @param imageUri        the inference image
     * @param options         the options
     * @return the endpoint name
     */
    public String endpointFromModelData(String modelS3Location, String imageUri,
                                        EndpointFromModelDataOptions options) {
        return endpointFromModel(software.amazon.awssdk.services.sagemaker.model.ContainerDefinition.builder()
                        .image(requireText("imageUri", imageUri)).modelDataUrl(modelS3Location)
                        .environment(options.modelEnvironmentVars() == null ? java.util.Map.of()
                                : options.modelEnvironmentVars()).build(),
                options.initialInstanceCount(), options.instanceType(), options.name(), options.role(),
                options.modelVpcConfig(), options.acceleratorType(), options.dataCaptureConfig(), options.tags(),
                options.waitFor());
    }

    /**
     * Deploys the model a training job wrote, as {@code Session.endpoint_from_job(job_name,
     * initial_instance_count, instance_type)}: the training job's image, role, VPC configuration and name
     * unless given; waits until InService.
     *
     * @param jobName              the training job name
     * @param initialInstanceCount the number of instances
     * @param instanceType         the instance type
     * @return the endpoint name
     */
    public String endpointFromJob(String jobName, int initialInstanceCount, String instanceType) {
        return endpointFromJob(jobName, EndpointFromJobOptions.builder().initialInstanceCount(initialInstanceCount)
                .instanceType(instanceType).build());
    }

    /**
     * Deploys the model a training job wrote with every keyword of {@code Session.endpoint_from_job} by name.
     *
     * @param jobName the training job name
     * @param options the keywords; {@code initialInstanceCount} and {@code instanceType} are required
     * @return the endpoint name
     */
    public String endpointFromJob(String jobName, Consumer<EndpointFromJobOptions.Builder> options) {
        EndpointFromJobOptions.Builder b = EndpointFromJobOptions.builder();
        options.accept(b);
        return endpointFromJob(jobName, b.build());
    }

    /**
     * Deploys the model a training job wrote with kept options; see {@link #endpointFromJob(String, Consumer)}.
     * The model data source is Python's {@code _gen_s3_model_data_source}: the artifacts as one
     * {@code S3Object} (compression {@code Gzip}), or as an {@code S3Prefix} ending in {@code /} for a job whose
     * output compression is {@code NONE}.
     *
     * @param jobName the training job name
     * @param options the options
     * @return the endpoint name
     */
    public String endpointFromJob(String jobName, EndpointFromJobOptions options) {
        Names.validateName("TrainingJobName", jobName);
        DescribeTrainingJobResponse job = api(TrainingJobsApi.CAPABILITY).describeTrainingJob(
                DescribeTrainingJobRequest.builder().trainingJobName(jobName).build());
        if (job.modelArtifacts() == null || job.modelArtifacts().s3ModelArtifacts() == null) {
            throw new UnexpectedStatusException("Training job", jobName, "Completed", job.trainingJobStatusAsString(),
                    "the job has no model artifacts yet");
        }
        String artifacts = job.modelArtifacts().s3ModelArtifacts();
        String compression = job.outputDataConfig() == null || job.outputDataConfig().compressionType() == null
                ? "GZIP" : job.outputDataConfig().compressionTypeAsString();
        boolean gzip = !"NONE".equals(compression);
        if (!gzip && !artifacts.endsWith("/")) {
            artifacts += "/";
        }
        String uri = artifacts;
        var source = software.amazon.awssdk.services.sagemaker.model.ModelDataSource.builder().s3DataSource(s -> s
                .s3Uri(uri).s3DataType(gzip ? "S3Object" : "S3Prefix").compressionType(gzip ? "Gzip" : "None")).build();
        String image = options.imageUri() != null ? options.imageUri() : job.algorithmSpecification().trainingImage();
        var container = software.amazon.awssdk.services.sagemaker.model.ContainerDefinition.builder().image(image)
                .modelDataSource(source).environment(options.modelEnvironmentVars() == null ? java.util.Map.of()
                        : options.modelEnvironmentVars()).build();
        return endpointFromModel(container, options.initialInstanceCount(), options.instanceType(),
                options.name() != null ? options.name() : jobName,
                options.role() != null ? options.role() : job.roleArn(),
                options.vpcConfigOverridden() ? options.vpcConfigOverride() : job.vpcConfig(),
                options.acceleratorType(), options.dataCaptureConfig(), null, options.waitFor());
    }

    private String endpointFromModel(software.amazon.awssdk.services.sagemaker.model.ContainerDefinition container,
                                     Integer count, String instanceType, String name, String role,
                                     software.amazon.awssdk.services.sagemaker.model.VpcConfig vpc,
                                     String acceleratorType,
                                     software.amazon.awssdk.services.sagemaker.model.DataCaptureConfig capture,
                                     java.util.Map<String, String> tags, boolean wait) {
        if (count == null) {
            throw new ValidationException("initialInstanceCount", null, "is required",
                    "pass initialInstanceCount(1) or more");
        }
        requireText("instanceType", instanceType);
        String endpoint = name != null ? name : Names.nameFromBase(baseNameFromImage(container.image()));
        Names.validateName("EndpointName", endpoint);
        List<software.amazon.awssdk.services.sagemaker.model.Tag> tagList = tags == null ? List.of()
                : tags.entrySet().stream().map(e -> software.amazon.awssdk.services.sagemaker.model.Tag.builder()
                        .key(e.getKey()).value(e.getValue()).build()).collect(Collectors.toList());
        var model = software.amazon.awssdk.services.sagemaker.model.CreateModelRequest.builder().modelName(endpoint)
                .primaryContainer(container).vpcConfig(vpc);
        if (role != null) {
            model.executionRoleArn(expandRole(role));
        }
        HostingApi hosting = api(HostingApi.CAPABILITY);
        if (!createIfAbsent(() -> hosting.createModel(model.build()))) {
            LOG.warn("Using already existing model: {}", endpoint);
        }
        var config = software.amazon.awssdk.services.sagemaker.model.CreateEndpointConfigRequest.builder()
                .endpointConfigName(endpoint).productionVariants(productionVariant(endpoint, instanceType, count)
                        .toBuilder().acceleratorType(acceleratorType).build())
                .dataCaptureConfig(capture);
        if (!tagList.isEmpty()) {
            config.tags(tagList);
        }
        createIfAbsent(() -> hosting.createEndpointConfig(config.build()));
        var create = software.amazon.awssdk.services.sagemaker.model.CreateEndpointRequest.builder()
                .endpointName(endpoint).endpointConfigName(endpoint);
        if (!tagList.isEmpty()) {
            create.tags(tagList);
        }
        if (!createIfAbsent(() -> hosting.createEndpoint(create.build()))) {
            throw new ValidationException("name", endpoint, "an endpoint of that name already exists",
                    "pick a different name");
        }
        if (wait) {
            waitForEndpoint(endpoint, (Duration) null);
        }
        return endpoint;
    }

    /** Python's {@code _create_resource}: false when the service says the resource already exists. */
    private static boolean createIfAbsent(Runnable create) {
        try {
            create.run();
            return true;
        } catch (ResourceInUseException e) {
            return false;
        } catch (SageMakerException e) {
            String message = String.valueOf(e.getMessage());
            if (message.contains("Cannot create already existing") || message.contains("already exists")) {
                return false;
            }
            throw e;
        }
    }

    /** Python's {@code base_name_from_image}: the repository name of an image URI, without tag or digest. */
    private static String baseNameFromImage(String image) {
        String name = image.substring(image.lastIndexOf('/') + 1);
        int at = name.indexOf('@');
        name = at >= 0 ? name.substring(0, at) : name;
        int colon = name.indexOf(':');
        return colon >= 0 ? name.substring(0, colon) : name;
    }

    private static String requireText(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new ValidationException(field, value, "is required", "pass a non-empty " + field);
        }
        return value;
    }

    /**
     * Creates an endpoint configuration from an existing one, as
     * {@code Session.create_endpoint_config_from_existing(existing_config_name, new_config_name)}: the existing
     * configuration's variants, tags, KMS key, data capture, async inference and explainer configurations.
     *
     * @param existingConfigName the configuration to copy
     * @param newConfigName      the new configuration's name
     * @return the new configuration's name
     */
    public String createEndpointConfigFromExisting(String existingConfigName, String newConfigName) {
        return createEndpointConfigFromExisting(existingConfigName, newConfigName,
                CreateEndpointConfigFromExistingOptions.builder().build());
    }

    /**
     * Creates an endpoint configuration from an existing one, replacing the values given by name.
     *
     * <pre>{@code
     * session.createEndpointConfigFromExisting("churn", "churn-v2", c -> c.newProductionVariants(List.of(
     *         Session.productionVariant("churn-model-2", "ml.m5.large", 2))));
     * }</pre>
     *
     * @param existingConfigName the configuration to copy
     * @param newConfigName      the new configuration's name
     * @param options            the keywords
     * @return the new configuration's name
     */
    public String createEndpointConfigFromExisting(String existingConfigName, String newConfigName,
            Consumer<CreateEndpointConfigFromExistingOptions.Builder> options) {
        CreateEndpointConfigFromExistingOptions.Builder b = CreateEndpointConfigFromExistingOptions.builder();
        options.accept(b);
        return createEndpointConfigFromExisting(existingConfigName, newConfigName, b.build());
    }

    /**
     * Creates an endpoint configuration from an existing one with kept options. The existing configuration's
     * tags are read with {@link #listTags(String)}; where that fails there are none, as in Python.
     * With {@code endpointType(INFERENCE_COMPONENT_BASED)} the variants are copied without their
     * InitialVariantWeight, as Python copies them for an inference-component-based endpoint.
     *
     * @param existingConfigName the configuration to copy
     * @param newConfigName      the new configuration's name
     * @param options            the options
     * @return the new configuration's name
     */
    public String createEndpointConfigFromExisting(String existingConfigName, String newConfigName,
            CreateEndpointConfigFromExistingOptions options) {
        Names.validateName("EndpointConfigName", existingConfigName);
        Names.validateName("EndpointConfigName", newConfigName);
        HostingApi hosting = api(HostingApi.CAPABILITY);
        var existing = hosting.describeEndpointConfig(
                software.amazon.awssdk.services.sagemaker.model.DescribeEndpointConfigRequest.builder()
                        .endpointConfigName(existingConfigName).build());
        var variants = options.newProductionVariants() != null && !options.newProductionVariants().isEmpty()
                ? options.newProductionVariants() : existing.productionVariants();
        if (options.endpointType() == dev.sagemaker4j.enums.EndpointType.INFERENCE_COMPONENT_BASED) {
            // as Python: a copy of the variants without InitialVariantWeight
            variants = variants.stream().map(v -> v.toBuilder().initialVariantWeight((Float) null).build())
                    .collect(Collectors.toList());
        }
        var request = software.amazon.awssdk.services.sagemaker.model.CreateEndpointConfigRequest.builder()
                .endpointConfigName(newConfigName).productionVariants(variants);
        if (variants.stream().anyMatch(v -> v.modelName() == null || v.modelName().isEmpty())) {
            request.executionRoleArn(getCallerIdentityArn());
        }
        List<Tag> tags;
        if (options.newTags() != null && !options.newTags().isEmpty()) {
            tags = options.newTags().entrySet().stream().map(e -> Tag.builder().key(e.getKey()).value(e.getValue())
                    .build()).collect(Collectors.toList());
        } else {
            try {
                tags = listTags(existing.endpointConfigArn());
            } catch (SageMakerException e) {
                LOG.error("Error retrieving tags. resource_arn: {}", existing.endpointConfigArn());
                tags = List.of();
            }
        }
        if (!tags.isEmpty()) {
            request.tags(tags);
        }
        String kms = options.newKmsKey() != null ? options.newKmsKey() : existing.kmsKeyId();
        if (kms != null) {
            request.kmsKeyId(kms);
        }
        request.dataCaptureConfig(options.newDataCaptureConfigDict() != null ? options.newDataCaptureConfigDict()
                : existing.dataCaptureConfig());
        request.asyncInferenceConfig(existing.asyncInferenceConfig());
        request.explainerConfig(options.newExplainerConfigDict() != null ? options.newExplainerConfigDict()
                : existing.explainerConfig());
        hosting.createEndpointConfig(request.build());
        return newConfigName;
    }

    // ---- model packages (the model registry) and models from jobs, as in the Python SDK ----

    /**
     * Creates a model from a training job, as {@code Session.create_model_from_job(training_job_name)}: the job's
     * training image, model artifacts, role and VPC configuration, named after the job.
     *
     * @param trainingJobName the training job
     * @return the model name
     */
    public String createModelFromJob(String trainingJobName) {
        return createModelFromJob(trainingJobName, CreateModelFromJobOptions.builder().build());
    }

    /**
     * Creates a model from a training job with every keyword of {@code Session.create_model_from_job} by name.
     *
     * <pre>{@code
     * // Python: session.create_model_from_job("churn-1", name="churn", env={"LOG": "1"}, vpc_config_override=None)
     * session.createModelFromJob("churn-1", m -> m.name("churn").env(Map.of("LOG", "1")).vpcConfigOverride(null));
     * }</pre>
     *
     * @param trainingJobName the training job
     * @param options         the keywords
     * @return the model name
     */
    public String createModelFromJob(String trainingJobName, Consumer<CreateModelFromJobOptions.Builder> options) {
        return createModelFromJob(trainingJobName, CreateModelFromJobOptions.of(options));
    }

    /**
     * Creates a model from a training job with kept options; see {@link #createModelFromJob(String, Consumer)}.
     * The CreateModel request is Python's: {@code PrimaryContainer} holds the image, {@code Environment} (empty
     * when none is given) and either the given {@code ModelDataUrl} or the job's artifacts as a
     * {@code ModelDataSource} ({@code S3Object}/{@code Gzip}, or an {@code S3Prefix} ending in {@code /} for a
     * job whose output compression is {@code NONE}); {@code ExecutionRoleArn} the role, expanded;
     * {@code VpcConfig}, {@code Tags} and {@code EnableNetworkIsolation} only where set. A model of that name
     * that already exists is used, with a warning, as in Python.
     *
     * @param trainingJobName the training job
     * @param options         the options
     * @return the model name
     * @throws ValidationException       when the job's output compression type is neither {@code GZIP} nor
     *                                   {@code NONE}
     * @throws UnexpectedStatusException when no model data is given and the job has no model artifacts yet
     */
    public String createModelFromJob(String trainingJobName, CreateModelFromJobOptions options) {
        Names.validateName("TrainingJobName", trainingJobName);
        Objects.requireNonNull(options, "options");
        DescribeTrainingJobResponse job = api(TrainingJobsApi.CAPABILITY).describeTrainingJob(
                DescribeTrainingJobRequest.builder().trainingJobName(trainingJobName).build());
        String name = options.name() != null ? options.name() : trainingJobName;
        Names.validateName("ModelName", name);
        String role = options.role() != null ? options.role() : job.roleArn();
        var container = software.amazon.awssdk.services.sagemaker.model.ContainerDefinition.builder()
                .image(options.imageUri() != null ? options.imageUri() : job.algorithmSpecification().trainingImage())
                .environment(options.env() == null ? java.util.Map.of() : options.env());
        if (options.modelDataUrl() != null) {
            container.modelDataUrl(options.modelDataUrl());
        } else {
            container.modelDataSource(s3ModelDataSource(job));
        }
        var request = software.amazon.awssdk.services.sagemaker.model.CreateModelRequest.builder().modelName(name)
                .executionRoleArn(expandRole(role)).primaryContainer(container.build());
        if (options.tags() != null && !options.tags().isEmpty()) {
            request.tags(options.tags());
        }
        var vpc = options.vpcConfigOverridden() ? options.vpcConfigOverride() : job.vpcConfig();
        if (vpc != null) {
            request.vpcConfig(vpc);
        }
        if (Boolean.TRUE.equals(options.enableNetworkIsolation())) {
            request.enableNetworkIsolation(true);
        }
        if (!createIfAbsent(() -> api(HostingApi.CAPABILITY).createModel(request.build()))) {
            LOG.warn("Using already existing model: {}", name);
        }
        return name;
    }

    /** Python's {@code Session._gen_s3_model_data_source}: where a training job's model artifacts are. */
    private static software.amazon.awssdk.services.sagemaker.model.ModelDataSource s3ModelDataSource(
            DescribeTrainingJobResponse job) {
        if (job.modelArtifacts() == null || job.modelArtifacts().s3ModelArtifacts() == null) {
            throw new UnexpectedStatusException("Training job", job.trainingJobName(), "Completed",
                    job.trainingJobStatusAsString(), "the job has no model artifacts yet");
        }
        String uri = job.modelArtifacts().s3ModelArtifacts();
        String compression = job.outputDataConfig() == null || job.outputDataConfig().compressionTypeAsString() == null
                ? "GZIP" : job.outputDataConfig().compressionTypeAsString();
        if (!"GZIP".equals(compression) && !"NONE".equals(compression)) {
            throw new ValidationException("CompressionType", compression,
                    "unrecognized training job output data compression type", "use a job whose output "
                    + "compression is GZIP or NONE, or pass modelDataUrl");
        }
        boolean gzip = "GZIP".equals(compression);
        String s3Uri = !gzip && !uri.endsWith("/") ? uri + "/" : uri;
        return software.amazon.awssdk.services.sagemaker.model.ModelDataSource.builder().s3DataSource(s -> s
                .s3Uri(s3Uri).s3DataType(gzip ? "S3Object" : "S3Prefix").compressionType(gzip ? "Gzip" : "None"))
                .build();
    }

    /**
     * Creates a model package from the results of training with an algorithm package, as
     * {@code Session.create_model_package_from_algorithm(name, description, algorithm_arn, model_data)}: the name
     * and description are positional in Python's order, the algorithm and the model data named (Python's four
     * required arguments do not fit three positional parameters; a positional port then cannot put the
     * description where the algorithm goes).
     *
     * <pre>{@code
     * session.createModelPackageFromAlgorithm("churn-pkg", "trees on churn",
     *         p -> p.algorithmArn("arn:aws:sagemaker:us-east-2:1234:algorithm/trees")
     *                 .modelData("s3://bucket/out/model.tar.gz"));
     * }</pre>
     *
     * @param name        the model package name
     * @param description the model package description, or {@code null} for none
     * @param options     the keywords; {@code algorithmArn} and {@code modelData} are required
     * @return the model package name
     */
    public String createModelPackageFromAlgorithm(String name, String description,
            Consumer<CreateModelPackageFromAlgorithmOptions.Builder> options) {
        return createModelPackageFromAlgorithm(name, description, CreateModelPackageFromAlgorithmOptions.of(options));
    }

    /**
     * Creates a model package from an algorithm's training results with kept options; see
     * {@link #createModelPackageFromAlgorithm(String, String, Consumer)}. Sends Python's request:
     * {@code ModelPackageName}, {@code ModelPackageDescription} and one {@code SourceAlgorithms} entry with the
     * {@code AlgorithmName} and the {@code ModelDataUrl} or {@code ModelDataSource}. A package of that name that
     * already exists is used, with a warning, as in Python.
     *
     * @param name        the model package name
     * @param description the model package description, or {@code null} for none
     * @param options     the options
     * @return the model package name
     */
    public String createModelPackageFromAlgorithm(String name, String description,
            CreateModelPackageFromAlgorithmOptions options) {
        Names.validateName("ModelPackageName", name);
        Objects.requireNonNull(options, "options");
        requireText("algorithmArn", options.algorithmArn());
        if (options.modelDataUrl() == null && options.modelDataSource() == null) {
            throw new ValidationException("modelData", null, "is required",
                    "pass the S3 URI of the model artifacts, or a ModelDataSource");
        }
        var source = software.amazon.awssdk.services.sagemaker.model.SourceAlgorithm.builder()
                .algorithmName(options.algorithmArn()).modelDataUrl(options.modelDataUrl())
                .modelDataSource(options.modelDataSource()).build();
        var request = software.amazon.awssdk.services.sagemaker.model.CreateModelPackageRequest.builder()
                .modelPackageName(name).modelPackageDescription(description)
                .sourceAlgorithmSpecification(s -> s.sourceAlgorithms(source)).build();
        LOG.info("Creating model package with name: {}", name);
        try {
            api(dev.sagemaker4j.spi.ModelPackagesApi.CAPABILITY).createModelPackage(request);
        } catch (SageMakerException e) {
            if (!String.valueOf(e.getMessage()).contains("ModelPackage already exists")) {
                throw e;
            }
            LOG.warn("Using already existing model package: {}", name);
        }
        return name;
    }

    /**
     * Creates a model package (a version in a model package group, or an unversioned package), as
     * {@code Session.create_model_package_from_containers(**kwargs)}, every keyword by name.
     *
     * <pre>{@code
     * // Python: session.create_model_package_from_containers(containers=[{"Image": image, "ModelDataUrl": data}],
     * //     content_types=["text/csv"], response_types=["text/csv"], model_package_group_name="churn",
     * //     approval_status="Approved")
     * String arn = session.createModelPackageFromContainers(p -> p.containers(List.of(
     *         ModelPackageContainerDefinition.builder().image(image).modelDataUrl(data).build()))
     *         .contentTypes(List.of("text/csv")).responseTypes(List.of("text/csv"))
     *         .modelPackageGroupName("churn").approvalStatus("Approved"));
     * }</pre>
     *
     * @param options the keywords
     * @return the model package's ARN
     */
    public String createModelPackageFromContainers(Consumer<CreateModelPackageFromContainersOptions.Builder> options) {
        return createModelPackageFromContainers(CreateModelPackageFromContainersOptions.of(options));
    }

    /**
     * Creates a model package with kept options; see {@link #createModelPackageFromContainers(Consumer)}.
     * The request is Python's {@code get_create_model_package_request}: the names, description, metrics,
     * baselines, metadata, validation specification, domain, sample payload, task, source URI, model card,
     * life cycle and registration type where set; an {@code InferenceSpecification} where containers are given
     * (the instance types only where set for a versioned package, and required for an unversioned one);
     * {@code CertifyForMarketplace}, {@code ModelApprovalStatus} and {@code SkipModelValidation} always. As in
     * Python, a group given by name that neither a Search nor ListModelPackageGroups finds is created first; a
     * source URI that is a model or model package ARN replaces the inference specification, any other source URI
     * is set by an UpdateModelPackage after the package is created without it.
     *
     * @param options the options
     * @return the model package's ARN
     * @throws ValidationException before any request, for a name and a group together, a source URI or a
     *                             {@code ModelDataSource} on an unversioned package, or an unversioned package
     *                             with containers but without both instance type lists
     */
    public String createModelPackageFromContainers(CreateModelPackageFromContainersOptions options) {
        Objects.requireNonNull(options, "options");
        var request = createModelPackageRequest(options);
        dev.sagemaker4j.spi.ModelPackagesApi packages = api(dev.sagemaker4j.spi.ModelPackagesApi.CAPABILITY);
        String group = options.modelPackageGroupName();
        if (group != null && !group.startsWith("arn:") && !modelPackageGroupExists(group)) {
            createIfAbsent(() -> packages.createModelPackageGroup(
                    software.amazon.awssdk.services.sagemaker.model.CreateModelPackageGroupRequest.builder()
                            .modelPackageGroupName(group).build()));
        }
        String sourceUri = options.sourceUri();
        if (sourceUri != null) {
            if (MODEL_PACKAGE_ARN.matcher(sourceUri).lookingAt() || MODEL_ARN.matcher(sourceUri).lookingAt()) {
                return packages.createModelPackage(request.inferenceSpecification(
                        (software.amazon.awssdk.services.sagemaker.model.InferenceSpecification) null).build())
                        .modelPackageArn();
            }
            String arn = packages.createModelPackage(request.sourceUri(null).build()).modelPackageArn();
            return packages.updateModelPackage(software.amazon.awssdk.services.sagemaker.model
                    .UpdateModelPackageRequest.builder().modelPackageArn(arn).sourceUri(sourceUri).build())
                    .modelPackageArn();
        }
        return packages.createModelPackage(request.build()).modelPackageArn();
    }

    /** Python's {@code utils.MODEL_PACKAGE_ARN_PATTERN} (matched from the start, as {@code re.match}). */
    private static final java.util.regex.Pattern MODEL_PACKAGE_ARN = java.util.regex.Pattern.compile(
            "arn:aws([a-z\\-]*)?:sagemaker:([a-z0-9\\-]*):([0-9]{12}):model-package/(.*)");
    /** Python's {@code utils.MODEL_ARN_PATTERN}. */
    private static final java.util.regex.Pattern MODEL_ARN = java.util.regex.Pattern.compile(
            "arn:aws([a-z\\-]*):sagemaker:([a-z0-9\\-]*):([0-9]{12}):model/(.*)");

    /** Python's {@code get_create_model_package_request}, validated as it validates. */
    private static software.amazon.awssdk.services.sagemaker.model.CreateModelPackageRequest.Builder
            createModelPackageRequest(CreateModelPackageFromContainersOptions o) {
        if (o.modelPackageName() != null && o.modelPackageGroupName() != null) {
            throw new ValidationException("modelPackageName", o.modelPackageName(),
                    "cannot be given together with modelPackageGroupName " + o.modelPackageGroupName(),
                    "pass modelPackageName (an unversioned package) or modelPackageGroupName (a version), not both");
        }
        if (o.modelPackageName() != null && o.sourceUri() != null) {
            throw new ValidationException("sourceUri", o.sourceUri(),
                    "an unversioned model package currently cannot be created with a source URI",
                    "register into a model package group (modelPackageGroupName) instead");
        }
        if (o.modelPackageName() != null) {
            Names.validateName("ModelPackageName", o.modelPackageName());
            if (o.containers() != null && o.containers().stream().anyMatch(c -> c.modelDataSource() != null)) {
                throw new ValidationException("containers", o.containers(),
                        "an unversioned model package currently cannot be created with a ModelDataSource",
                        "pass a ModelDataUrl, or register into a model package group (modelPackageGroupName)");
            }
        }
        var request = software.amazon.awssdk.services.sagemaker.model.CreateModelPackageRequest.builder()
                .modelPackageName(o.modelPackageName()).modelPackageGroupName(o.modelPackageGroupName())
                .modelPackageDescription(o.description()).modelMetrics(o.modelMetrics())
                .driftCheckBaselines(o.driftCheckBaselines()).metadataProperties(o.metadataProperties())
                .validationSpecification(o.validationSpecification()).domain(o.domain())
                .samplePayloadUrl(o.samplePayloadUrl()).task(o.task()).sourceUri(o.sourceUri());
        if (o.customerMetadataProperties() != null) {
            request.customerMetadataProperties(o.customerMetadataProperties());
        }
        if (o.containers() != null) {
            var spec = software.amazon.awssdk.services.sagemaker.model.InferenceSpecification.builder()
                    .containers(o.containers());
            if (o.contentTypes() != null) {
                spec.supportedContentTypes(o.contentTypes());
            }
            if (o.responseTypes() != null) {
                spec.supportedResponseMIMETypes(o.responseTypes());
            }
            if (o.modelPackageGroupName() == null && (o.inferenceInstances() == null
                    || o.inferenceInstances().isEmpty() || o.transformInstances() == null
                    || o.transformInstances().isEmpty())) {
                throw new ValidationException(o.inferenceInstances() == null || o.inferenceInstances().isEmpty()
                        ? "inferenceInstances" : "transformInstances", null,
                        "inferenceInstances and transformInstances must be provided if modelPackageGroupName is not "
                                + "present", "pass both instance type lists, or register into a model package group");
            }
            if (o.inferenceInstances() != null) {
                spec.supportedRealtimeInferenceInstanceTypesWithStrings(o.inferenceInstances());
            }
            if (o.transformInstances() != null) {
                spec.supportedTransformInstanceTypesWithStrings(o.transformInstances());
            }
            request.inferenceSpecification(spec.build());
        }
        return request.certifyForMarketplace(o.marketplaceCert()).modelApprovalStatus(o.approvalStatus())
                .skipModelValidation(o.skipModelValidation()).modelCard(o.modelCard())
                .modelLifeCycle(o.modelLifeCycle()).modelPackageRegistrationType(o.modelPackageRegistrationType());
    }

    /**
     * Whether a model package group of exactly this name exists, as Python finds out: a Search of
     * {@code ModelPackageGroup} resources, or where that fails every page of ListModelPackageGroups.
     */
    private boolean modelPackageGroupExists(String group) {
        try {
            var found = api(dev.sagemaker4j.spi.SearchApi.CAPABILITY).search(
                    software.amazon.awssdk.services.sagemaker.model.SearchRequest.builder()
                            .resource("ModelPackageGroup").searchExpression(e -> e.filters(
                                    software.amazon.awssdk.services.sagemaker.model.Filter.builder()
                                            .name("ModelPackageGroupName").value(group).operator("Equals").build()))
                            .build());
            return found.results() != null && !found.results().isEmpty();
        } catch (RuntimeException searchFailed) {
            LOG.debug("Search of model package group {} failed, listing instead: {}", group,
                    searchFailed.getMessage());
        }
        dev.sagemaker4j.spi.ModelPackagesApi packages = api(dev.sagemaker4j.spi.ModelPackagesApi.CAPABILITY);
        String token = null;
        do {
            var page = packages.listModelPackageGroups(
                    software.amazon.awssdk.services.sagemaker.model.ListModelPackageGroupsRequest.builder()
                            .nameContains(group).nextToken(token).build());
            if (page.modelPackageGroupSummaryList().stream()
                    .anyMatch(g -> group.equals(g.modelPackageGroupName()))) {
                return true;
            }
            token = page.nextToken();
        } while (token != null && !token.isEmpty());
        return false;
    }

    /**
     * Waits without limit for a model package to leave {@code Pending}/{@code InProgress}, as
     * {@code Session.wait_for_model_package(model_package_name)}.
     *
     * @param modelPackageName the model package's name or ARN
     * @return the description once {@code Completed}
     * @throws UnexpectedStatusException when the package ends in another status
     */
    public software.amazon.awssdk.services.sagemaker.model.DescribeModelPackageResponse waitForModelPackage(
            String modelPackageName) {
        return waitForModelPackage(modelPackageName, null, WaitForJobOptions.builder().build());
    }

    /**
     * Waits for a model package, as {@code Session.wait_for_model_package(model_package_name, poll=5)}.
     *
     * @param modelPackageName the model package's name or ARN
     * @param timeout          the longest wait, or {@code null} for none (Java only: Python waits without limit)
     * @param options          the keywords ({@link WaitForJobOptions}: {@code poll})
     * @return the description once {@code Completed}
     */
    public software.amazon.awssdk.services.sagemaker.model.DescribeModelPackageResponse waitForModelPackage(
            String modelPackageName, Duration timeout, Consumer<WaitForJobOptions.Builder> options) {
        return waitForModelPackage(modelPackageName, timeout, WaitForJobOptions.of(options));
    }

    /**
     * Waits for a model package with kept options; see {@link #waitForModelPackage(String, Duration, Consumer)}.
     *
     * @param modelPackageName the model package's name or ARN
     * @param timeout          the longest wait, or {@code null} for none
     * @param options          the options
     * @return the description once {@code Completed}
     * @throws UnexpectedStatusException when the package ends in another status ({@code Failed},
     *                                   {@code Deleting})
     * @throws WaiterTimeoutException    when the time ran out first
     */
    public software.amazon.awssdk.services.sagemaker.model.DescribeModelPackageResponse waitForModelPackage(
            String modelPackageName, Duration timeout, WaitForJobOptions options) {
        requireText("modelPackageName", modelPackageName);
        Objects.requireNonNull(options, "options");
        dev.sagemaker4j.spi.ModelPackagesApi packages = api(dev.sagemaker4j.spi.ModelPackagesApi.CAPABILITY);
        // every status but Pending and InProgress ends the wait; which one is checked below, with Python's message
        var done = waitFor("Model package", modelPackageName, timeout, options.poll(),
                () -> packages.describeModelPackage(software.amazon.awssdk.services.sagemaker.model
                        .DescribeModelPackageRequest.builder().modelPackageName(modelPackageName).build()),
                d -> Set.of("Pending", "InProgress").contains(d.modelPackageStatusAsString())
                        ? d.modelPackageStatusAsString() : "ended",
                d -> null, Set.of("ended"), null);
        if (!"Completed".equals(done.modelPackageStatusAsString())) {
            var reason = done.modelPackageStatusDetails() == null ? null
                    : done.modelPackageStatusDetails().validationStatuses().stream().map(s -> s.failureReason())
                            .filter(Objects::nonNull).collect(Collectors.joining("; "));
            throw new UnexpectedStatusException("Model package", modelPackageName, "Completed",
                    done.modelPackageStatusAsString(), reason == null || reason.isEmpty() ? null : reason);
        }
        return done;
    }

    /**
     * The most recently created {@code Approved} model package of a group, as
     * {@code Session.get_most_recently_created_approved_model_package(model_package_group_name)}: ListModelPackages
     * sorted by creation time, newest first, one a page, paging on while a page comes back empty. Python wraps the
     * ARN in a {@code sagemaker.model.ModelPackage}; here the summary comes back, and
     * {@code new ModelPackage(summary.modelPackageArn(), session)} (sagemaker-inference) is that object.
     *
     * @param modelPackageGroupName the group's name or ARN
     * @return the package's summary, or empty where the group has no approved package
     */
    public java.util.Optional<software.amazon.awssdk.services.sagemaker.model.ModelPackageSummary>
            getMostRecentlyCreatedApprovedModelPackage(String modelPackageGroupName) {
        requireText("modelPackageGroupName", modelPackageGroupName);
        dev.sagemaker4j.spi.ModelPackagesApi packages = api(dev.sagemaker4j.spi.ModelPackagesApi.CAPABILITY);
        String token = null;
        while (true) {
            var page = packages.listModelPackages(software.amazon.awssdk.services.sagemaker.model
                    .ListModelPackagesRequest.builder().modelPackageGroupName(modelPackageGroupName)
                    .modelApprovalStatus("Approved").sortBy("CreationTime").sortOrder("Descending").maxResults(1)
                    .nextToken(token).build());
            if (!page.modelPackageSummaryList().isEmpty()) {
                return java.util.Optional.of(page.modelPackageSummaryList().get(0));
            }
            token = page.nextToken();
            if (token == null || token.isEmpty()) {
                return java.util.Optional.empty();
            }
        }
    }

    /**
     * The keywords of Python's {@code Session.create_model_from_job(training_job_name, **kwargs)}, with its
     * defaults. Immutable.
     */
    public static final class CreateModelFromJobOptions {
        private final String name;
        private final String role;
        private final String imageUri;
        private final String modelDataUrl;
        private final java.util.Map<String, String> env;
        private final Boolean enableNetworkIsolation;
        private final software.amazon.awssdk.services.sagemaker.model.VpcConfig vpcConfigOverride;
        private final List<software.amazon.awssdk.services.sagemaker.model.Tag> tags;
        private final boolean vpcConfigOverridden;

        private CreateModelFromJobOptions(Builder b) {
            this.name = b.name;
            this.role = b.role;
            this.imageUri = b.imageUri;
            this.modelDataUrl = b.modelDataUrl;
            this.env = b.env == null ? null : java.util.Map.copyOf(b.env);
            this.enableNetworkIsolation = b.enableNetworkIsolation;
            this.vpcConfigOverride = b.vpcConfigOverride;
            this.tags = b.tags == null ? null : List.copyOf(b.tags);
            this.vpcConfigOverridden = b.vpcConfigOverridden;
        }

        static CreateModelFromJobOptions of(Consumer<Builder> options) {
            Builder b = builder();
            Objects.requireNonNull(options, "options").accept(b);
            return b.build();
        }

        /**
         * A builder with Python's defaults.
         *
         * @return the builder
         */
        public static Builder builder() {
            return new Builder();
        }

        /**
         * A builder holding these options.
         *
         * @return the builder
         */
        public Builder toBuilder() {
            Builder b = new Builder();
            b.name = name;
            b.role = role;
            b.imageUri = imageUri;
            b.modelDataUrl = modelDataUrl;
            b.env = env;
            b.enableNetworkIsolation = enableNetworkIsolation;
            b.vpcConfigOverride = vpcConfigOverride;
            b.tags = tags;
            b.vpcConfigOverridden = vpcConfigOverridden;
            return b;
        }

        /**
         * {@code name}.
         *
         * @return the model name
         */
        public String name() {
            return name;
        }

        /**
         * {@code role}.
         *
         * @return an IAM role name or ARN
         */
        public String role() {
            return role;
        }

        /**
         * {@code image_uri}.
         *
         * @return the inference image
         */
        public String imageUri() {
            return imageUri;
        }

        /**
         * {@code model_data_url}.
         *
         * @return the model data URI
         */
        public String modelDataUrl() {
            return modelDataUrl;
        }

        /**
         * {@code env}.
         *
         * @return the container's environment
         */
        public java.util.Map<String, String> env() {
            return env;
        }

        /**
         * {@code enable_network_isolation}.
         *
         * @return whether the model runs without network access (not enforced locally)
         */
        public Boolean enableNetworkIsolation() {
            return enableNetworkIsolation;
        }

        /**
         * {@code vpc_config_override}.
         *
         * @return the VPC configuration, or {@code null} for none (not enforced locally)
         */
        public software.amazon.awssdk.services.sagemaker.model.VpcConfig vpcConfigOverride() {
            return vpcConfigOverride;
        }

        /**
         * {@code tags}.
         *
         * @return the model's tags, as the service's Key/Value list
         */
        public List<software.amazon.awssdk.services.sagemaker.model.Tag> tags() {
            return tags;
        }

        /**
         * Whether {@code vpcConfigOverride} was set (then {@code null} means no VPC configuration).
         *
         * @return whether the training job's VPC configuration is replaced
         */
        public boolean vpcConfigOverridden() {
            return vpcConfigOverridden;
        }

        private Object[] values() {
            return new Object[] {name, role, imageUri, modelDataUrl, env, enableNetworkIsolation, vpcConfigOverride, tags, vpcConfigOverridden};
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof CreateModelFromJobOptions && java.util.Arrays.equals(values(), ((CreateModelFromJobOptions) o).values());
        }

        @Override
        public int hashCode() {
            return java.util.Arrays.hashCode(values());
        }

        @Override
        public String toString() {
            return "CreateModelFromJobOptions" + java.util.Arrays.toString(values());
        }

        /** Builds {@link CreateModelFromJobOptions}; each method is a keyword of Python's {@code create_model_from_job}. */
        public static final class Builder {
            private String name;
            private String role;
            private String imageUri;
            private String modelDataUrl;
            private java.util.Map<String, String> env;
            private Boolean enableNetworkIsolation;
            private software.amazon.awssdk.services.sagemaker.model.VpcConfig vpcConfigOverride;
            private List<software.amazon.awssdk.services.sagemaker.model.Tag> tags;
            private boolean vpcConfigOverridden;

            private Builder() {
            }

            /**
             * Sets {@code name} (default {@code None}: the training job's name).
             *
             * @param name the model name
             * @return this builder
             */
            public Builder name(String name) {
                this.name = name;
                return this;
            }

            /**
             * Sets {@code role} (default {@code None}: the training job's role).
             *
             * @param role an IAM role name or ARN
             * @return this builder
             */
            public Builder role(String role) {
                this.role = role;
                return this;
            }

            /**
             * Sets {@code image_uri} (default {@code None}: the training image).
             *
             * @param imageUri the inference image
             * @return this builder
             */
            public Builder imageUri(String imageUri) {
                this.imageUri = imageUri;
                return this;
            }

            /**
             * Sets {@code model_data_url} (default {@code None}: the training job's model artifacts).
             *
             * @param modelDataUrl the model data URI
             * @return this builder
             */
            public Builder modelDataUrl(String modelDataUrl) {
                this.modelDataUrl = modelDataUrl;
                return this;
            }

            /**
             * Sets {@code env} (default {@code None}: none ({@code {}} on the wire)).
             *
             * @param env the container's environment
             * @return this builder
             */
            public Builder env(java.util.Map<String, String> env) {
                this.env = env;
                return this;
            }

            /**
             * Sets {@code enable_network_isolation} (default {@code None}: {@code False}).
             *
             * @param enableNetworkIsolation whether the model runs without network access (not enforced locally)
             * @return this builder
             */
            public Builder enableNetworkIsolation(Boolean enableNetworkIsolation) {
                this.enableNetworkIsolation = enableNetworkIsolation;
                return this;
            }

            /**
             * Sets {@code vpc_config_override} (default the training job's VPC configuration).
             *
             * @param vpcConfigOverride the VPC configuration, or {@code null} for none (not enforced locally)
             * @return this builder
             */
            public Builder vpcConfigOverride(software.amazon.awssdk.services.sagemaker.model.VpcConfig vpcConfigOverride) {
                if (vpcConfigOverride != null && (!vpcConfigOverride.hasSubnets() || vpcConfigOverride.subnets().isEmpty()
                        || !vpcConfigOverride.hasSecurityGroupIds() || vpcConfigOverride.securityGroupIds().isEmpty())) {
                    throw new ValidationException("vpcConfigOverride", vpcConfigOverride,
                            "needs at least one subnet and one security group id", "pass both lists, or null for none");
                }
                this.vpcConfigOverride = vpcConfigOverride;
                this.vpcConfigOverridden = true;
                return this;
            }

            /**
             * Sets {@code tags} (default {@code None}).
             *
             * @param tags the model's tags, as the service's Key/Value list
             * @return this builder
             */
            public Builder tags(List<software.amazon.awssdk.services.sagemaker.model.Tag> tags) {
                this.tags = tags;
                return this;
            }

            /**
             * Sets {@code tags} from a map, as Python's {@code format_tags} turns a dict into the service's list.
             *
             * @param tags the tags, key to value
             * @return this builder
             */
            public Builder tags(java.util.Map<String, String> tags) {
                this.tags = tags == null ? null : tags.entrySet().stream().map(e -> Tag.builder().key(e.getKey())
                        .value(e.getValue()).build()).collect(Collectors.toList());
                return this;
            }

            /**
             * Builds the options.
             *
             * @return the options
             */
            public CreateModelFromJobOptions build() {
                return new CreateModelFromJobOptions(this);
            }
        }
    }

    /**
     * The keywords of Python's {@code Session.create_model_package_from_algorithm} past the name and the
     * algorithm: {@code description} and {@code model_data} (required in Python). Immutable.
     */
    public static final class CreateModelPackageFromAlgorithmOptions {
        private final String algorithmArn;
        private final String modelDataUrl;
        private final software.amazon.awssdk.services.sagemaker.model.ModelDataSource modelDataSource;

        private CreateModelPackageFromAlgorithmOptions(Builder b) {
            this.algorithmArn = b.algorithmArn;
            this.modelDataUrl = b.modelDataUrl;
            this.modelDataSource = b.modelDataSource;
        }

        static CreateModelPackageFromAlgorithmOptions of(Consumer<Builder> options) {
            Builder b = builder();
            Objects.requireNonNull(options, "options").accept(b);
            return b.build();
        }

        /**
         * A builder with Python's defaults.
         *
         * @return the builder
         */
        public static Builder builder() {
            return new Builder();
        }

        /**
         * A builder holding these options.
         *
         * @return the builder
         */
        public Builder toBuilder() {
            Builder b = new Builder();
            b.algorithmArn = algorithmArn;
            b.modelDataUrl = modelDataUrl;
            b.modelDataSource = modelDataSource;
            return b;
        }

        /**
         * {@code algorithm_arn}.
         *
         * @return the algorithm's ARN or name
         */
        public String algorithmArn() {
            return algorithmArn;
        }

        /**
         * {@code model_data} given as an S3 URI.
         *
         * @return the URI, or {@code null}
         */
        public String modelDataUrl() {
            return modelDataUrl;
        }

        /**
         * {@code model_data} given as a {@code ModelDataSource}.
         *
         * @return the source, or {@code null}
         */
        public software.amazon.awssdk.services.sagemaker.model.ModelDataSource modelDataSource() {
            return modelDataSource;
        }

        private Object[] values() {
            return new Object[] {algorithmArn, modelDataUrl, modelDataSource};
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof CreateModelPackageFromAlgorithmOptions && java.util.Arrays.equals(values(), ((CreateModelPackageFromAlgorithmOptions) o).values());
        }

        @Override
        public int hashCode() {
            return java.util.Arrays.hashCode(values());
        }

        @Override
        public String toString() {
            return "CreateModelPackageFromAlgorithmOptions" + java.util.Arrays.toString(values());
        }

        /** Builds {@link CreateModelPackageFromAlgorithmOptions}; each method is a keyword of Python's {@code create_model_package_from_algorithm}. */
        public static final class Builder {
            private String algorithmArn;
            private String modelDataUrl;
            private software.amazon.awssdk.services.sagemaker.model.ModelDataSource modelDataSource;

            private Builder() {
            }

            /**
             * Sets {@code algorithm_arn} (required): the algorithm package that trained the model.
             *
             * @param algorithmArn the algorithm's ARN, or its name where the account owns it
             * @return this builder
             */
            public Builder algorithmArn(String algorithmArn) {
                this.algorithmArn = algorithmArn;
                return this;
            }

            /**
             * Sets {@code model_data} as an S3 URI (required; sent as {@code ModelDataUrl}).
             *
             * @param modelData the S3 URI of the model artifacts
             * @return this builder
             */
            public Builder modelData(String modelData) {
                this.modelDataUrl = modelData;
                this.modelDataSource = null;
                return this;
            }

            /**
             * Sets {@code model_data} as a {@code ModelDataSource} (Python's dict form).
             *
             * @param modelData where the model artifacts are
             * @return this builder
             */
            public Builder modelData(software.amazon.awssdk.services.sagemaker.model.ModelDataSource modelData) {
                this.modelDataSource = modelData;
                this.modelDataUrl = null;
                return this;
            }

            /**
             * Builds the options.
             *
             * @return the options
             */
            public CreateModelPackageFromAlgorithmOptions build() {
                return new CreateModelPackageFromAlgorithmOptions(this);
            }
        }
    }

    /**
     * The keywords of Python's {@code Session.create_model_package_from_containers}, with its defaults; the
     * Python objects ({@code ModelMetrics}, {@code MetadataProperties}, {@code DriftCheckBaselines},
     * {@code ModelLifeCycle}, {@code ModelPackageModelCard}) and dicts are the AWS SDK v2 classes of the shapes they
     * turn into. Immutable.
     */
    public static final class CreateModelPackageFromContainersOptions {
        private final List<software.amazon.awssdk.services.sagemaker.model.ModelPackageContainerDefinition> containers;
        private final List<String> contentTypes;
        private final List<String> responseTypes;
        private final List<String> inferenceInstances;
        private final List<String> transformInstances;
        private final String modelPackageName;
        private final String modelPackageGroupName;
        private final software.amazon.awssdk.services.sagemaker.model.ModelMetrics modelMetrics;
        private final software.amazon.awssdk.services.sagemaker.model.MetadataProperties metadataProperties;
        private final boolean marketplaceCert;
        private final String approvalStatus;
        private final String description;
        private final software.amazon.awssdk.services.sagemaker.model.DriftCheckBaselines driftCheckBaselines;
        private final java.util.Map<String, String> customerMetadataProperties;
        private final software.amazon.awssdk.services.sagemaker.model.ModelPackageValidationSpecification validationSpecification;
        private final String domain;
        private final String samplePayloadUrl;
        private final String task;
        private final String skipModelValidation;
        private final String sourceUri;
        private final software.amazon.awssdk.services.sagemaker.model.ModelPackageModelCard modelCard;
        private final software.amazon.awssdk.services.sagemaker.model.ModelLifeCycle modelLifeCycle;
        private final String modelPackageRegistrationType;

        private CreateModelPackageFromContainersOptions(Builder b) {
            this.containers = b.containers == null ? null : List.copyOf(b.containers);
            this.contentTypes = b.contentTypes == null ? null : List.copyOf(b.contentTypes);
            this.responseTypes = b.responseTypes == null ? null : List.copyOf(b.responseTypes);
            this.inferenceInstances = b.inferenceInstances == null ? null : List.copyOf(b.inferenceInstances);
            this.transformInstances = b.transformInstances == null ? null : List.copyOf(b.transformInstances);
            this.modelPackageName = b.modelPackageName;
            this.modelPackageGroupName = b.modelPackageGroupName;
            this.modelMetrics = b.modelMetrics;
            this.metadataProperties = b.metadataProperties;
            this.marketplaceCert = b.marketplaceCert;
            this.approvalStatus = b.approvalStatus;
            this.description = b.description;
            this.driftCheckBaselines = b.driftCheckBaselines;
            this.customerMetadataProperties = b.customerMetadataProperties == null ? null : java.util.Map.copyOf(b.customerMetadataProperties);
            this.validationSpecification = b.validationSpecification;
            this.domain = b.domain;
            this.samplePayloadUrl = b.samplePayloadUrl;
            this.task = b.task;
            this.skipModelValidation = b.skipModelValidation;
            this.sourceUri = b.sourceUri;
            this.modelCard = b.modelCard;
            this.modelLifeCycle = b.modelLifeCycle;
            this.modelPackageRegistrationType = b.modelPackageRegistrationType;
        }

        static CreateModelPackageFromContainersOptions of(Consumer<Builder> options) {
            Builder b = builder();
            Objects.requireNonNull(options, "options").accept(b);
            return b.build();
        }

        /**
         * A builder with Python's defaults.
         *
         * @return the builder
         */
        public static Builder builder() {
            return new Builder();
        }

        /**
         * A builder holding these options.
         *
         * @return the builder
         */
        public Builder toBuilder() {
            Builder b = new Builder();
            b.containers = containers;
            b.contentTypes = contentTypes;
            b.responseTypes = responseTypes;
            b.inferenceInstances = inferenceInstances;
            b.transformInstances = transformInstances;
            b.modelPackageName = modelPackageName;
            b.modelPackageGroupName = modelPackageGroupName;
            b.modelMetrics = modelMetrics;
            b.metadataProperties = metadataProperties;
            b.marketplaceCert = marketplaceCert;
            b.approvalStatus = approvalStatus;
            b.description = description;
            b.driftCheckBaselines = driftCheckBaselines;
            b.customerMetadataProperties = customerMetadataProperties;
            b.validationSpecification = validationSpecification;
            b.domain = domain;
            b.samplePayloadUrl = samplePayloadUrl;
            b.task = task;
            b.skipModelValidation = skipModelValidation;
            b.sourceUri = sourceUri;
            b.modelCard = modelCard;
            b.modelLifeCycle = modelLifeCycle;
            b.modelPackageRegistrationType = modelPackageRegistrationType;
            return b;
        }

        /**
         * {@code containers}.
         *
         * @return the inference containers
         */
        public List<software.amazon.awssdk.services.sagemaker.model.ModelPackageContainerDefinition> containers() {
            return containers;
        }

        /**
         * {@code content_types}.
         *
         * @return the supported input MIME types
         */
        public List<String> contentTypes() {
            return contentTypes;
        }

        /**
         * {@code response_types}.
         *
         * @return the supported output MIME types
         */
        public List<String> responseTypes() {
            return responseTypes;
        }

        /**
         * {@code inference_instances}.
         *
         * @return the real-time inference instance types
         */
        public List<String> inferenceInstances() {
            return inferenceInstances;
        }

        /**
         * {@code transform_instances}.
         *
         * @return the batch transform instance types
         */
        public List<String> transformInstances() {
            return transformInstances;
        }

        /**
         * {@code model_package_name}.
         *
         * @return the name of an unversioned model package (exclusive with modelPackageGroupName)
         */
        public String modelPackageName() {
            return modelPackageName;
        }

        /**
         * {@code model_package_group_name}.
         *
         * @return the group (name or ARN) the package is a version of; a group given by name that does not exist is created
         */
        public String modelPackageGroupName() {
            return modelPackageGroupName;
        }

        /**
         * {@code model_metrics}.
         *
         * @return the model metrics
         */
        public software.amazon.awssdk.services.sagemaker.model.ModelMetrics modelMetrics() {
            return modelMetrics;
        }

        /**
         * {@code metadata_properties}.
         *
         * @return the metadata properties
         */
        public software.amazon.awssdk.services.sagemaker.model.MetadataProperties metadataProperties() {
            return metadataProperties;
        }

        /**
         * {@code marketplace_cert}.
         *
         * @return whether the package is certified for AWS Marketplace
         */
        public boolean marketplaceCert() {
            return marketplaceCert;
        }

        /**
         * {@code approval_status}.
         *
         * @return {@code Approved}, {@code Rejected} or {@code PendingManualApproval}
         */
        public String approvalStatus() {
            return approvalStatus;
        }

        /**
         * {@code description}.
         *
         * @return the model package description
         */
        public String description() {
            return description;
        }

        /**
         * {@code drift_check_baselines}.
         *
         * @return the drift check baselines
         */
        public software.amazon.awssdk.services.sagemaker.model.DriftCheckBaselines driftCheckBaselines() {
            return driftCheckBaselines;
        }

        /**
         * {@code customer_metadata_properties}.
         *
         * @return key-value metadata
         */
        public java.util.Map<String, String> customerMetadataProperties() {
            return customerMetadataProperties;
        }

        /**
         * {@code validation_specification}.
         *
         * @return the validation specification
         */
        public software.amazon.awssdk.services.sagemaker.model.ModelPackageValidationSpecification validationSpecification() {
            return validationSpecification;
        }

        /**
         * {@code domain}.
         *
         * @return e.g. {@code COMPUTER_VISION}, {@code NATURAL_LANGUAGE_PROCESSING}, {@code MACHINE_LEARNING}
         */
        public String domain() {
            return domain;
        }

        /**
         * {@code sample_payload_url}.
         *
         * @return the S3 path of a sample payload
         */
        public String samplePayloadUrl() {
            return samplePayloadUrl;
        }

        /**
         * {@code task}.
         *
         * @return e.g. {@code CLASSIFICATION}, {@code REGRESSION}, {@code IMAGE_CLASSIFICATION}, {@code OTHER}
         */
        public String task() {
            return task;
        }

        /**
         * {@code skip_model_validation}.
         *
         * @return {@code All} or {@code None}
         */
        public String skipModelValidation() {
            return skipModelValidation;
        }

        /**
         * {@code source_uri}.
         *
         * @return the URI of the source of the package (a versioned package only)
         */
        public String sourceUri() {
            return sourceUri;
        }

        /**
         * {@code model_card}.
         *
         * @return the model card
         */
        public software.amazon.awssdk.services.sagemaker.model.ModelPackageModelCard modelCard() {
            return modelCard;
        }

        /**
         * {@code model_life_cycle}.
         *
         * @return the model life cycle
         */
        public software.amazon.awssdk.services.sagemaker.model.ModelLifeCycle modelLifeCycle() {
            return modelLifeCycle;
        }

        /**
         * {@code model_package_registration_type}.
         *
         * @return {@code Logged} or {@code Registered}
         */
        public String modelPackageRegistrationType() {
            return modelPackageRegistrationType;
        }

        private Object[] values() {
            return new Object[] {containers, contentTypes, responseTypes, inferenceInstances, transformInstances, modelPackageName, modelPackageGroupName, modelMetrics, metadataProperties, marketplaceCert, approvalStatus, description, driftCheckBaselines, customerMetadataProperties, validationSpecification, domain, samplePayloadUrl, task, skipModelValidation, sourceUri, modelCard, modelLifeCycle, modelPackageRegistrationType};
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof CreateModelPackageFromContainersOptions && java.util.Arrays.equals(values(), ((CreateModelPackageFromContainersOptions) o).values());
        }

        @Override
        public int hashCode() {
            return java.util.Arrays.hashCode(values());
        }

        @Override
        public String toString() {
            return "CreateModelPackageFromContainersOptions" + java.util.Arrays.toString(values());
        }

        /** Builds {@link CreateModelPackageFromContainersOptions}; each method is a keyword of Python's {@code create_model_package_from_containers}. */
        public static final class Builder {
            private List<software.amazon.awssdk.services.sagemaker.model.ModelPackageContainerDefinition> containers;
            private List<String> contentTypes;
            private List<String> responseTypes;
            private List<String> inferenceInstances;
            private List<String> transformInstances;
            private String modelPackageName;
            private String modelPackageGroupName;
            private software.amazon.awssdk.services.sagemaker.model.ModelMetrics modelMetrics;
            private software.amazon.awssdk.services.sagemaker.model.MetadataProperties metadataProperties;
            private boolean marketplaceCert;
            private String approvalStatus = "PendingManualApproval";
            private String description;
            private software.amazon.awssdk.services.sagemaker.model.DriftCheckBaselines driftCheckBaselines;
            private java.util.Map<String, String> customerMetadataProperties;
            private software.amazon.awssdk.services.sagemaker.model.ModelPackageValidationSpecification validationSpecification;
            private String domain;
            private String samplePayloadUrl;
            private String task;
            private String skipModelValidation = "None";
            private String sourceUri;
            private software.amazon.awssdk.services.sagemaker.model.ModelPackageModelCard modelCard;
            private software.amazon.awssdk.services.sagemaker.model.ModelLifeCycle modelLifeCycle;
            private String modelPackageRegistrationType;

            private Builder() {
            }

            /**
             * Sets {@code containers} (default {@code None}).
             *
             * @param containers the inference containers
             * @return this builder
             */
            public Builder containers(List<software.amazon.awssdk.services.sagemaker.model.ModelPackageContainerDefinition> containers) {
                this.containers = containers;
                return this;
            }

            /**
             * Sets {@code content_types} (default {@code None}).
             *
             * @param contentTypes the supported input MIME types
             * @return this builder
             */
            public Builder contentTypes(List<String> contentTypes) {
                this.contentTypes = contentTypes;
                return this;
            }

            /**
             * Sets {@code response_types} (default {@code None}).
             *
             * @param responseTypes the supported output MIME types
             * @return this builder
             */
            public Builder responseTypes(List<String> responseTypes) {
                this.responseTypes = responseTypes;
                return this;
            }

            /**
             * Sets {@code inference_instances} (default {@code None}; required with containers for an unversioned package).
             *
             * @param inferenceInstances the real-time inference instance types
             * @return this builder
             */
            public Builder inferenceInstances(List<String> inferenceInstances) {
                this.inferenceInstances = inferenceInstances;
                return this;
            }

            /**
             * Sets {@code transform_instances} (default {@code None}; required with containers for an unversioned package).
             *
             * @param transformInstances the batch transform instance types
             * @return this builder
             */
            public Builder transformInstances(List<String> transformInstances) {
                this.transformInstances = transformInstances;
                return this;
            }

            /**
             * Sets {@code model_package_name} (default {@code None}).
             *
             * @param modelPackageName the name of an unversioned model package (exclusive with modelPackageGroupName)
             * @return this builder
             */
            public Builder modelPackageName(String modelPackageName) {
                this.modelPackageName = modelPackageName;
                return this;
            }

            /**
             * Sets {@code model_package_group_name} (default {@code None}).
             *
             * @param modelPackageGroupName the group (name or ARN) the package is a version of; a group given by name that does not exist is created
             * @return this builder
             */
            public Builder modelPackageGroupName(String modelPackageGroupName) {
                this.modelPackageGroupName = modelPackageGroupName;
                return this;
            }

            /**
             * Sets {@code model_metrics} (default {@code None}).
             *
             * @param modelMetrics the model metrics
             * @return this builder
             */
            public Builder modelMetrics(software.amazon.awssdk.services.sagemaker.model.ModelMetrics modelMetrics) {
                this.modelMetrics = modelMetrics;
                return this;
            }

            /**
             * Sets {@code metadata_properties} (default {@code None}).
             *
             * @param metadataProperties the metadata properties
             * @return this builder
             */
            public Builder metadataProperties(software.amazon.awssdk.services.sagemaker.model.MetadataProperties metadataProperties) {
                this.metadataProperties = metadataProperties;
                return this;
            }

            /**
             * Sets {@code marketplace_cert} (default {@code False}).
             *
             * @param marketplaceCert whether the package is certified for AWS Marketplace
             * @return this builder
             */
            public Builder marketplaceCert(boolean marketplaceCert) {
                this.marketplaceCert = marketplaceCert;
                return this;
            }

            /**
             * Sets {@code approval_status} (default {@code "PendingManualApproval"}).
             *
             * @param approvalStatus {@code Approved}, {@code Rejected} or {@code PendingManualApproval}
             * @return this builder
             */
            public Builder approvalStatus(String approvalStatus) {
                if (approvalStatus != null && !Set.of("Approved", "Rejected", "PendingManualApproval").contains(approvalStatus)) {
                    throw new ValidationException("approvalStatus", approvalStatus, "must be one of Approved, Rejected, PendingManualApproval",
                            "pass one of Approved, Rejected, PendingManualApproval");
                }
                this.approvalStatus = approvalStatus;
                return this;
            }

            /**
             * Sets {@code description} (default {@code None}).
             *
             * @param description the model package description
             * @return this builder
             */
            public Builder description(String description) {
                this.description = description;
                return this;
            }

            /**
             * Sets {@code drift_check_baselines} (default {@code None}).
             *
             * @param driftCheckBaselines the drift check baselines
             * @return this builder
             */
            public Builder driftCheckBaselines(software.amazon.awssdk.services.sagemaker.model.DriftCheckBaselines driftCheckBaselines) {
                this.driftCheckBaselines = driftCheckBaselines;
                return this;
            }

            /**
             * Sets {@code customer_metadata_properties} (default {@code None}).
             *
             * @param customerMetadataProperties key-value metadata
             * @return this builder
             */
            public Builder customerMetadataProperties(java.util.Map<String, String> customerMetadataProperties) {
                this.customerMetadataProperties = customerMetadataProperties;
                return this;
            }

            /**
             * Sets {@code validation_specification} (default {@code None}).
             *
             * @param validationSpecification the validation specification
             * @return this builder
             */
            public Builder validationSpecification(software.amazon.awssdk.services.sagemaker.model.ModelPackageValidationSpecification validationSpecification) {
                this.validationSpecification = validationSpecification;
                return this;
            }

            /**
             * Sets {@code domain} (default {@code None}).
             *
             * @param domain e.g. {@code COMPUTER_VISION}, {@code NATURAL_LANGUAGE_PROCESSING}, {@code MACHINE_LEARNING}
             * @return this builder
             */
            public Builder domain(String domain) {
                this.domain = domain;
                return this;
            }

            /**
             * Sets {@code sample_payload_url} (default {@code None}).
             *
             * @param samplePayloadUrl the S3 path of a sample payload
             * @return this builder
             */
            public Builder samplePayloadUrl(String samplePayloadUrl) {
                this.samplePayloadUrl = samplePayloadUrl;
                return this;
            }

            /**
             * Sets {@code task} (default {@code None}).
             *
             * @param task e.g. {@code CLASSIFICATION}, {@code REGRESSION}, {@code IMAGE_CLASSIFICATION}, {@code OTHER}
             * @return this builder
             */
            public Builder task(String task) {
                this.task = task;
                return this;
            }

            /**
             * Sets {@code skip_model_validation} (default {@code "None"}).
             *
             * @param skipModelValidation {@code All} or {@code None}
             * @return this builder
             */
            public Builder skipModelValidation(String skipModelValidation) {
                if (skipModelValidation != null && !Set.of("All", "None").contains(skipModelValidation)) {
                    throw new ValidationException("skipModelValidation", skipModelValidation, "must be one of All, None",
                            "pass one of All, None");
                }
                this.skipModelValidation = skipModelValidation;
                return this;
            }

            /**
             * Sets {@code source_uri} (default {@code None}).
             *
             * @param sourceUri the URI of the source of the package (a versioned package only)
             * @return this builder
             */
            public Builder sourceUri(String sourceUri) {
                this.sourceUri = sourceUri;
                return this;
            }

            /**
             * Sets {@code model_card} (default {@code None}).
             *
             * @param modelCard the model card
             * @return this builder
             */
            public Builder modelCard(software.amazon.awssdk.services.sagemaker.model.ModelPackageModelCard modelCard) {
                this.modelCard = modelCard;
                return this;
            }

            /**
             * Sets {@code model_life_cycle} (default {@code None}).
             *
             * @param modelLifeCycle the model life cycle
             * @return this builder
             */
            public Builder modelLifeCycle(software.amazon.awssdk.services.sagemaker.model.ModelLifeCycle modelLifeCycle) {
                this.modelLifeCycle = modelLifeCycle;
                return this;
            }

            /**
             * Sets {@code model_package_registration_type} (default {@code None}).
             *
             * @param modelPackageRegistrationType {@code Logged} or {@code Registered}
             * @return this builder
             */
            public Builder modelPackageRegistrationType(String modelPackageRegistrationType) {
                if (modelPackageRegistrationType != null && !Set.of("Logged", "Registered").contains(modelPackageRegistrationType)) {
                    throw new ValidationException("modelPackageRegistrationType", modelPackageRegistrationType, "must be one of Logged, Registered",
                            "pass one of Logged, Registered");
                }
                this.modelPackageRegistrationType = modelPackageRegistrationType;
                return this;
            }


            /**
             * Builds the options.
             *
             * @return the options
             */
            public CreateModelPackageFromContainersOptions build() {
                return new CreateModelPackageFromContainersOptions(this);
            }
        }
    }

    /**
     * The keywords of {@code sagemaker.session.production_variant}, with its defaults. Immutable.
     */
    public static final class ProductionVariantOptions {
        private final String modelName;
        private final String instanceType;
        private final Integer initialInstanceCount;
        private final String variantName;
        private final float initialWeight;
        private final String acceleratorType;
        private final software.amazon.awssdk.services.sagemaker.model.ProductionVariantServerlessConfig serverless;
        private final Integer volumeSize;
        private final Integer modelDataDownloadTimeout;
        private final Integer containerStartupHealthCheckTimeout;
        private final software.amazon.awssdk.services.sagemaker.model.ProductionVariantManagedInstanceScaling scaling;
        private final software.amazon.awssdk.services.sagemaker.model.ProductionVariantRoutingConfig routingConfig;
        private final String inferenceAmiVersion;

        private ProductionVariantOptions(Builder b) {
            this.modelName = b.modelName;
            this.instanceType = b.instanceType;
            this.initialInstanceCount = b.initialInstanceCount;
            this.variantName = b.variantName;
            this.initialWeight = b.initialWeight;
            this.acceleratorType = b.acceleratorType;
            this.serverless = b.serverless;
            this.volumeSize = b.volumeSize;
            this.modelDataDownloadTimeout = b.modelDataDownloadTimeout;
            this.containerStartupHealthCheckTimeout = b.containerStartupHealthCheckTimeout;
            this.scaling = b.scaling;
            this.routingConfig = b.routingConfig;
            this.inferenceAmiVersion = b.inferenceAmiVersion;
        }

        /**
         * A builder with Python's defaults.
         *
         * @return the builder
         */
        public static Builder builder() {
            return new Builder();
        }

        /**
         * A builder holding these options.
         *
         * @return the builder
         */
        public Builder toBuilder() {
            Builder b = new Builder();
            b.modelName = modelName;
            b.instanceType = instanceType;
            b.initialInstanceCount = initialInstanceCount;
            b.variantName = variantName;
            b.initialWeight = initialWeight;
            b.acceleratorType = acceleratorType;
            b.serverless = serverless;
            b.volumeSize = volumeSize;
            b.modelDataDownloadTimeout = modelDataDownloadTimeout;
            b.containerStartupHealthCheckTimeout = containerStartupHealthCheckTimeout;
            b.scaling = scaling;
            b.routingConfig = routingConfig;
            b.inferenceAmiVersion = inferenceAmiVersion;
            return b;
        }

        /**
         * {@code model_name}.
         *
         * @return the model, or {@code null}
         */
        public String modelName() {
            return modelName;
        }

        /**
         * {@code instance_type}.
         *
         * @return the instance type, or {@code null}
         */
        public String instanceType() {
            return instanceType;
        }

        /**
         * {@code initial_instance_count}.
         *
         * @return the count, or {@code null} for 1
         */
        public Integer initialInstanceCount() {
            return initialInstanceCount;
        }

        /**
         * {@code variant_name}.
         *
         * @return the variant name
         */
        public String variantName() {
            return variantName;
        }

        /**
         * {@code initial_weight}.
         *
         * @return the weight
         */
        public float initialWeight() {
            return initialWeight;
        }

        /**
         * {@code accelerator_type}.
         *
         * @return the accelerator, or {@code null}
         */
        public String acceleratorType() {
            return acceleratorType;
        }

        /**
         * {@code serverless_inference_config}.
         *
         * @return the serverless configuration, or {@code null}
         */
        public software.amazon.awssdk.services.sagemaker.model.ProductionVariantServerlessConfig
                serverlessInferenceConfig() {
            return serverless;
        }

        /**
         * {@code volume_size}.
         *
         * @return GB, or {@code null}
         */
        public Integer volumeSize() {
            return volumeSize;
        }

        /**
         * {@code model_data_download_timeout}.
         *
         * @return seconds, or {@code null}
         */
        public Integer modelDataDownloadTimeout() {
            return modelDataDownloadTimeout;
        }

        /**
         * {@code container_startup_health_check_timeout}.
         *
         * @return seconds, or {@code null}
         */
        public Integer containerStartupHealthCheckTimeout() {
            return containerStartupHealthCheckTimeout;
        }

        /**
         * {@code managed_instance_scaling}.
         *
         * @return the scaling, or {@code null}
         */
        public software.amazon.awssdk.services.sagemaker.model.ProductionVariantManagedInstanceScaling
                managedInstanceScaling() {
            return scaling;
        }

        /**
         * {@code routing_config}.
         *
         * @return the routing, or {@code null}
         */
        public software.amazon.awssdk.services.sagemaker.model.ProductionVariantRoutingConfig routingConfig() {
            return routingConfig;
        }

        /**
         * {@code inference_ami_version}.
         *
         * @return the AMI version, or {@code null}
         */
        public String inferenceAmiVersion() {
            return inferenceAmiVersion;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof ProductionVariantOptions && productionVariant(this).equals(
                    productionVariant((ProductionVariantOptions) o)) && Objects.equals(initialInstanceCount,
                    ((ProductionVariantOptions) o).initialInstanceCount);
        }

        @Override
        public int hashCode() {
            return productionVariant(this).hashCode();
        }

        @Override
        public String toString() {
            return "ProductionVariantOptions" + productionVariant(this);
        }

        /** Builds {@link ProductionVariantOptions}; each method is a Python keyword. */
        public static final class Builder {
            private String modelName;
            private String instanceType;
            private Integer initialInstanceCount;
            private String variantName = "AllTraffic";
            private float initialWeight = 1;
            private String acceleratorType;
            private software.amazon.awssdk.services.sagemaker.model.ProductionVariantServerlessConfig serverless;
            private Integer volumeSize;
            private Integer modelDataDownloadTimeout;
            private Integer containerStartupHealthCheckTimeout;
            private software.amazon.awssdk.services.sagemaker.model.ProductionVariantManagedInstanceScaling scaling;
            private software.amazon.awssdk.services.sagemaker.model.ProductionVariantRoutingConfig routingConfig;
            private String inferenceAmiVersion;

            private Builder() {
            }

            /**
             * {@code model_name} (default None): the model this variant serves.
             *
             * @param modelName the model
             * @return this builder
             */
            public Builder modelName(String modelName) {
                this.modelName = modelName;
                return this;
            }

            /**
             * {@code instance_type} (default None): e.g. {@code local} or {@code ml.m5.large}.
             *
             * @param instanceType the instance type
             * @return this builder
             */
            public Builder instanceType(String instanceType) {
                this.instanceType = instanceType;
                return this;
            }

            /**
             * {@code initial_instance_count} (default None, sent as 1).
             *
             * @param count at least 1
             * @return this builder
             */
            public Builder initialInstanceCount(Integer count) {
                if (count != null && count < 1) {
                    throw new ValidationException("initialInstanceCount", count, "must be at least 1",
                            "ask for one or more instances");
                }
                this.initialInstanceCount = count;
                return this;
            }

            /**
             * {@code variant_name} (default {@code "AllTraffic"}).
             *
             * @param variantName the variant name
             * @return this builder
             */
            public Builder variantName(String variantName) {
                this.variantName = Names.validateName("variantName", variantName);
                return this;
            }

            /**
             * {@code initial_weight} (default 1): the share of traffic relative to the other variants.
             *
             * @param weight 0 or more
             * @return this builder
             */
            public Builder initialWeight(double weight) {
                if (!(weight >= 0) || Double.isInfinite(weight)) {
                    throw new ValidationException("initialWeight", weight, "must be a finite number of 0 or more",
                            "give a weight such as 1 or 0.5");
                }
                this.initialWeight = (float) weight;
                return this;
            }

            /**
             * {@code accelerator_type} (default None): an Elastic Inference accelerator; sent, not served
             * locally.
             *
             * @param acceleratorType e.g. {@code ml.eia1.medium}
             * @return this builder
             */
            public Builder acceleratorType(String acceleratorType) {
                this.acceleratorType = acceleratorType;
                return this;
            }

            /**
             * {@code serverless_inference_config} (default None): a serverless variant, sent instead of the
             * instance type and count.
             *
             * @param config the memory size and concurrency
             * @return this builder
             */
            public Builder serverlessInferenceConfig(
                    software.amazon.awssdk.services.sagemaker.model.ProductionVariantServerlessConfig config) {
                this.serverless = config;
                return this;
            }

            /**
             * {@code volume_size} (default None): the storage volume in GB; sent, not enforced locally.
             *
             * @param gb the size
             * @return this builder
             */
            public Builder volumeSize(Integer gb) {
                this.volumeSize = gb;
                return this;
            }

            /**
             * {@code model_data_download_timeout} (default None); sent, not enforced locally.
             *
             * @param seconds the timeout
             * @return this builder
             */
            public Builder modelDataDownloadTimeout(Integer seconds) {
                this.modelDataDownloadTimeout = seconds;
                return this;
            }

            /**
             * {@code container_startup_health_check_timeout} (default None); sent, not enforced locally.
             *
             * @param seconds the timeout
             * @return this builder
             */
            public Builder containerStartupHealthCheckTimeout(Integer seconds) {
                this.containerStartupHealthCheckTimeout = seconds;
                return this;
            }

            /**
             * {@code managed_instance_scaling} (default None); sent, not acted on locally.
             *
             * @param scaling the scaling
             * @return this builder
             */
            public Builder managedInstanceScaling(
                    software.amazon.awssdk.services.sagemaker.model.ProductionVariantManagedInstanceScaling scaling) {
                this.scaling = scaling;
                return this;
            }

            /**
             * {@code routing_config} (default None); sent, not acted on locally.
             *
             * @param routingConfig e.g. {@code RoutingStrategy=RANDOM}
             * @return this builder
             */
            public Builder routingConfig(
                    software.amazon.awssdk.services.sagemaker.model.ProductionVariantRoutingConfig routingConfig) {
                this.routingConfig = routingConfig;
                return this;
            }

            /**
             * {@code inference_ami_version} (default None); sent, not acted on locally.
             *
             * @param version the AMI version
             * @return this builder
             */
            public Builder inferenceAmiVersion(String version) {
                this.inferenceAmiVersion = version;
                return this;
            }

            /**
             * Builds the options.
             *
             * @return the options
             */
            public ProductionVariantOptions build() {
                return new ProductionVariantOptions(this);
            }
        }
    }

    /**
     * The keywords of {@code Session.endpoint_from_production_variants}, with its defaults. Immutable.
     */
    public static final class EndpointFromProductionVariantsOptions {
        private final List<software.amazon.awssdk.services.sagemaker.model.Tag> tags;
        private final String kmsKey;
        private final boolean waitFor;
        private final software.amazon.awssdk.services.sagemaker.model.DataCaptureConfig dataCapture;
        private final software.amazon.awssdk.services.sagemaker.model.AsyncInferenceConfig asyncInference;
        private final software.amazon.awssdk.services.sagemaker.model.ExplainerConfig explainer;
        private final boolean liveLogging;
        private final software.amazon.awssdk.services.sagemaker.model.VpcConfig vpcConfig;
        private final Boolean enableNetworkIsolation;
        private final String role;

        private EndpointFromProductionVariantsOptions(Builder b) {
            this.tags = b.tags;
            this.kmsKey = b.kmsKey;
            this.waitFor = b.waitFor;
            this.dataCapture = b.dataCapture;
            this.asyncInference = b.asyncInference;
            this.explainer = b.explainer;
            this.liveLogging = b.liveLogging;
            this.vpcConfig = b.vpcConfig;
            this.enableNetworkIsolation = b.enableNetworkIsolation;
            this.role = b.role;
        }

        /**
         * A builder with Python's defaults.
         *
         * @return the builder
         */
        public static Builder builder() {
            return new Builder();
        }

        /**
         * A builder holding these options.
         *
         * @return the builder
         */
        public Builder toBuilder() {
            Builder b = new Builder();
            b.tags = tags;
            b.kmsKey = kmsKey;
            b.waitFor = waitFor;
            b.dataCapture = dataCapture;
            b.asyncInference = asyncInference;
            b.explainer = explainer;
            b.liveLogging = liveLogging;
            b.vpcConfig = vpcConfig;
            b.enableNetworkIsolation = enableNetworkIsolation;
            b.role = role;
            return b;
        }

        /**
         * {@code tags}.
         *
         * @return the tags, unmodifiable, empty when none
         */
        public List<software.amazon.awssdk.services.sagemaker.model.Tag> tags() {
            return tags;
        }

        /**
         * {@code kms_key}.
         *
         * @return the key, or {@code null}
         */
        public String kmsKey() {
            return kmsKey;
        }

        /**
         * {@code wait}.
         *
         * @return whether to wait until InService
         */
        public boolean waitFor() {
            return waitFor;
        }

        /**
         * {@code data_capture_config_dict}.
         *
         * @return the data capture, or {@code null}
         */
        public software.amazon.awssdk.services.sagemaker.model.DataCaptureConfig dataCaptureConfigDict() {
            return dataCapture;
        }

        /**
         * {@code async_inference_config_dict}.
         *
         * @return the async configuration, or {@code null}
         */
        public software.amazon.awssdk.services.sagemaker.model.AsyncInferenceConfig asyncInferenceConfigDict() {
            return asyncInference;
        }

        /**
         * {@code explainer_config_dict}.
         *
         * @return the explainer configuration, or {@code null}
         */
        public software.amazon.awssdk.services.sagemaker.model.ExplainerConfig explainerConfigDict() {
            return explainer;
        }

        /**
         * {@code live_logging}.
         *
         * @return whether to stream the endpoint's logs while waiting
         */
        public boolean liveLogging() {
            return liveLogging;
        }

        /**
         * {@code vpc_config}.
         *
         * @return the VPC configuration, or {@code null}
         */
        public software.amazon.awssdk.services.sagemaker.model.VpcConfig vpcConfig() {
            return vpcConfig;
        }

        /**
         * {@code enable_network_isolation}.
         *
         * @return the flag, or {@code null} when not sent
         */
        public Boolean enableNetworkIsolation() {
            return enableNetworkIsolation;
        }

        /**
         * {@code role}.
         *
         * @return the role ARN, or {@code null}
         */
        public String role() {
            return role;
        }

        private List<Object> fields() {
            return java.util.Arrays.asList(tags, kmsKey, waitFor, dataCapture, asyncInference, explainer, liveLogging,
                    vpcConfig, enableNetworkIsolation, role);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof EndpointFromProductionVariantsOptions
                    && fields().equals(((EndpointFromProductionVariantsOptions) o).fields());
        }

        @Override
        public int hashCode() {
            return fields().hashCode();
        }

        @Override
        public String toString() {
            return "EndpointFromProductionVariantsOptions" + fields();
        }

        /** Builds {@link EndpointFromProductionVariantsOptions}; each method is a Python keyword. */
        public static final class Builder {
            private List<software.amazon.awssdk.services.sagemaker.model.Tag> tags = List.of();
            private String kmsKey;
            private boolean waitFor = true;
            private software.amazon.awssdk.services.sagemaker.model.DataCaptureConfig dataCapture;
            private software.amazon.awssdk.services.sagemaker.model.AsyncInferenceConfig asyncInference;
            private software.amazon.awssdk.services.sagemaker.model.ExplainerConfig explainer;
            private boolean liveLogging;
            private software.amazon.awssdk.services.sagemaker.model.VpcConfig vpcConfig;
            private Boolean enableNetworkIsolation;
            private String role;

            private Builder() {
            }

            /**
             * {@code tags} (default None): sent on CreateEndpointConfig and CreateEndpoint.
             *
             * @param tags the service's Key/Value list
             * @return this builder
             */
            public Builder tags(List<software.amazon.awssdk.services.sagemaker.model.Tag> tags) {
                this.tags = dev.sagemaker4j.utils.ServiceArguments.tags("tags", tags);
                return this;
            }

            /**
             * {@code tags} given as a dict (default None): sent as a Key/Value list in the map's order.
             *
             * @param tags keys and values
             * @return this builder
             */
            public Builder tags(java.util.Map<String, String> tags) {
                this.tags = dev.sagemaker4j.utils.ServiceArguments.tags("tags", tags);
                return this;
            }

            /**
             * {@code kms_key} (default None): encrypts the endpoint's storage volume; sent, not enforced
             * locally.
             *
             * @param kmsKey a KMS key id, alias or ARN
             * @return this builder
             */
            public Builder kmsKey(String kmsKey) {
                this.kmsKey = dev.sagemaker4j.utils.ServiceArguments.kmsKey("kmsKey", kmsKey);
                return this;
            }

            /**
             * {@code wait} (default True): whether to wait until the endpoint is InService.
             *
             * @param wait whether to wait
             * @return this builder
             */
            public Builder wait(boolean wait) {
                this.waitFor = wait;
                return this;
            }

            /**
             * {@code data_capture_config_dict} (default None).
             *
             * @param config the service's DataCaptureConfig
             * @return this builder
             */
            public Builder dataCaptureConfigDict(
                    software.amazon.awssdk.services.sagemaker.model.DataCaptureConfig config) {
                this.dataCapture = config;
                return this;
            }

            /**
             * {@code async_inference_config_dict} (default None); sent, not served locally.
             *
             * @param config the service's AsyncInferenceConfig
             * @return this builder
             */
            public Builder asyncInferenceConfigDict(
                    software.amazon.awssdk.services.sagemaker.model.AsyncInferenceConfig config) {
                this.asyncInference = config;
                return this;
            }

            /**
             * {@code explainer_config_dict} (default None); sent, not served locally.
             *
             * @param config the service's ExplainerConfig
             * @return this builder
             */
            public Builder explainerConfigDict(software.amazon.awssdk.services.sagemaker.model.ExplainerConfig config) {
                this.explainer = config;
                return this;
            }

            /**
             * {@code live_logging} (default False): accepted; endpoint logs are not streamed while waiting.
             *
             * @param liveLogging whether to stream logs
             * @return this builder
             */
            public Builder liveLogging(boolean liveLogging) {
                this.liveLogging = liveLogging;
                return this;
            }

            /**
             * {@code vpc_config} (default None); sent, not enforced locally.
             *
             * @param vpcConfig subnets and security groups
             * @return this builder
             */
            public Builder vpcConfig(software.amazon.awssdk.services.sagemaker.model.VpcConfig vpcConfig) {
                this.vpcConfig = dev.sagemaker4j.utils.ServiceArguments.vpcConfig("vpcConfig", vpcConfig);
                return this;
            }

            /**
             * {@code enable_network_isolation} (default None, not sent); sent, not enforced locally.
             *
             * @param enable whether the container may not reach the network
             * @return this builder
             */
            public Builder enableNetworkIsolation(Boolean enable) {
                this.enableNetworkIsolation = enable;
                return this;
            }

            /**
             * {@code role} (default None): the endpoint configuration's execution role.
             *
             * @param role the role ARN
             * @return this builder
             */
            public Builder role(String role) {
                this.role = role;
                return this;
            }

            /**
             * Builds the options.
             *
             * @return the options
             */
            public EndpointFromProductionVariantsOptions build() {
                return new EndpointFromProductionVariantsOptions(this);
            }
        }
    }

    // ---- logs ----

    /**
     * The log lines a training job has written so far.
     *
     * @param jobName the training job name
     * @return the lines, in order
     */
    public List<String> logsForJob(String jobName) {
        Names.validateName("TrainingJobName", jobName);
        api(TrainingJobsApi.CAPABILITY).describeTrainingJob(DescribeTrainingJobRequest.builder().trainingJobName(jobName).build());
        return open().logs().readLog(LogsApi.TRAINING_JOBS, jobName, 0);
    }

    /**
     * Shows a training job's log lines, as {@code Session.logs_for_job(job_name, wait=False, poll=10,
     * log_type="All", timeout=None)}: with {@code wait}, follows the log until the job ends and throws if
     * it failed. The lines go to the options' {@code sink} (default: SLF4J logger
     * {@code dev.sagemaker4j.jobs.<job name>}, level info).
     *
     * <pre>{@code
     * session.logsForJob("churn-1", l -> l.wait(true).timeout(Duration.ofMinutes(30)).sink(System.out::println));
     * }</pre>
     *
     * @param jobName the training job name
     * @param options the keywords
     * @return the final description of the job (with {@code wait}), else its description now
     */
    public DescribeTrainingJobResponse logsForJob(String jobName, Consumer<LogsForJobOptions.Builder> options) {
        LogsForJobOptions.Builder b = LogsForJobOptions.builder();
        options.accept(b);
        return logsForJob(jobName, b.build());
    }

    /**
     * Shows a training job's log lines with kept options; see {@link #logsForJob(String, Consumer)}.
     *
     * @param jobName the training job name
     * @param options the options
     * @return the final description of the job (with {@code wait}), else its description now
     */
    public DescribeTrainingJobResponse logsForJob(String jobName, LogsForJobOptions options) {
        Names.validateName("TrainingJobName", jobName);
        Objects.requireNonNull(options, "options");
        Consumer<String> sink = options.sink() != null ? options.sink()
                : org.slf4j.LoggerFactory.getLogger("dev.sagemaker4j.jobs." + jobName)::info;
        // "Rules" shows only the Debugger rule jobs' logs, which no backend here writes
        boolean show = !"Rules".equals(options.logType());
        boolean wait = options.waitForJob();
        Duration timeout = options.timeout();
        long deadline = timeout == null ? Long.MAX_VALUE : System.nanoTime() + timeout.toNanos();
        long read = 0;
        long pauseMillis = 10;
        while (true) {
            DescribeTrainingJobResponse job = api(TrainingJobsApi.CAPABILITY).describeTrainingJob(
                    DescribeTrainingJobRequest.builder().trainingJobName(jobName).build());
            List<String> lines = open().logs().readLog(LogsApi.TRAINING_JOBS, jobName, read);
            if (show) {
                lines.forEach(sink);
            }
            read += lines.size();
            String status = job.trainingJobStatusAsString();
            if (!wait || JOB_DONE.contains(status)) {
                if (JOB_DONE.contains(status)) {
                    List<String> rest = open().logs().readLog(LogsApi.TRAINING_JOBS, jobName, read);
                    if (show) {
                        rest.forEach(sink);
                    }
                }
                if (wait && "Failed".equals(status)) {
                    throw new UnexpectedStatusException("Training job", jobName, "Completed or Stopped", status,
                            job.failureReason());
                }
                return job;
            }
            if (System.nanoTime() >= deadline) {
                throw new WaiterTimeoutException("Training job", jobName, timeout, status);
            }
            if (options.poll() != null) {
                pauseQuietly(options.poll().toMillis());
            } else {
                pauseQuietly(pauseMillis);
                pauseMillis = Math.min(Math.max(10, open().pollInterval().toMillis()), pauseMillis * 2);
            }
        }
    }

    /**
     * The keywords of Python's {@code Session.logs_for_job(job_name, wait=False, poll=10, log_type="All",
     * timeout=None)}, plus where the lines go. Immutable.
     */
    public static final class LogsForJobOptions {
        private static final Set<String> LOG_TYPES = Set.of("All", "None", "Training", "Rules");
        private final boolean waitForJob;
        private final Duration poll;
        private final String logType;
        private final Duration timeout;
        private final Consumer<String> sink;

        private LogsForJobOptions(Builder b) {
            this.waitForJob = b.waitForJob;
            this.poll = b.poll;
            this.logType = b.logType;
            this.timeout = b.timeout;
            this.sink = b.sink;
        }

        /**
         * A builder with Python's defaults.
         *
         * @return the builder
         */
        public static Builder builder() {
            return new Builder();
        }

        /**
         * A builder holding these options.
         *
         * @return the builder
         */
        public Builder toBuilder() {
            Builder b = new Builder();
            b.waitForJob = waitForJob;
            b.poll = poll;
            b.logType = logType;
            b.timeout = timeout;
            b.sink = sink;
            return b;
        }

        /**
         * {@code wait}.
         *
         * @return whether the log is followed until the job ends
         */
        public boolean waitForJob() {
            return waitForJob;
        }

        /**
         * {@code poll}.
         *
         * @return the pause between polls, or {@code null} for the backend's poll interval
         */
        public Duration poll() {
            return poll;
        }

        /**
         * {@code log_type}.
         *
         * @return {@code All}, {@code None}, {@code Training} or {@code Rules}
         */
        public String logType() {
            return logType;
        }

        /**
         * {@code timeout}.
         *
         * @return the longest wait, or {@code null} for none
         */
        public Duration timeout() {
            return timeout;
        }

        /**
         * Where the lines go (Java only: Python prints them).
         *
         * @return the sink, or {@code null} for SLF4J
         */
        public Consumer<String> sink() {
            return sink;
        }

        @Override
        public boolean equals(Object o) {
            if (!(o instanceof LogsForJobOptions)) {
                return false;
            }
            LogsForJobOptions l = (LogsForJobOptions) o;
            return waitForJob == l.waitForJob && Objects.equals(poll, l.poll) && logType.equals(l.logType)
                    && Objects.equals(timeout, l.timeout) && Objects.equals(sink, l.sink);
        }

        @Override
        public int hashCode() {
            return Objects.hash(waitForJob, poll, logType, timeout, sink);
        }

        @Override
        public String toString() {
            return "LogsForJobOptions[wait=" + waitForJob + ", poll=" + poll + ", logType=" + logType + ", timeout="
                    + timeout + "]";
        }

        /** Builds {@link LogsForJobOptions}; each method is a keyword of Python's {@code logs_for_job}. */
        public static final class Builder {
            private boolean waitForJob;
            private Duration poll;
            private String logType = "All";
            private Duration timeout;
            private Consumer<String> sink;

            private Builder() {
            }

            /**
             * Sets {@code wait} (default {@code False}).
             *
             * @param wait whether to follow the log until the job ends
             * @return this builder
             */
            public Builder wait(boolean wait) {
                this.waitForJob = wait;
                return this;
            }

            /**
             * Sets {@code poll} (Python's default 10 seconds; here default {@code null}: the backend's
             * poll interval, which the local backend keeps short).
             *
             * @param poll the pause between polls, positive
             * @return this builder
             */
            public Builder poll(Duration poll) {
                if (poll != null && (poll.isNegative() || poll.isZero())) {
                    throw new ValidationException("poll", poll, "must be positive", "pass a positive duration");
                }
                this.poll = poll;
                return this;
            }

            /**
             * Sets {@code log_type} (default {@code "All"}).
             *
             * @param logType {@code All}, {@code None}, {@code Training} or {@code Rules}
             * @return this builder
             */
            public Builder logType(String logType) {
                if (!LOG_TYPES.contains(logType)) {
                    throw new ValidationException("logType", logType, "is not one of " + LOG_TYPES,
                            "pass All, None, Training or Rules");
                }
                this.logType = logType;
                return this;
            }

            /**
             * Sets {@code timeout} (default {@code None}).
             *
             * @param timeout the longest wait
             * @return this builder
             */
            public Builder timeout(Duration timeout) {
                this.timeout = timeout;
                return this;
            }

            /**
             * Sets where the lines go (default: SLF4J logger {@code dev.sagemaker4j.jobs.<job name>}, info).
             *
             * @param sink receives each line
             * @return this builder
             */
            public Builder sink(Consumer<String> sink) {
                this.sink = sink;
                return this;
            }

            /**
             * Builds the options.
             *
             * @return the options
             */
            public LogsForJobOptions build() {
                return new LogsForJobOptions(this);
            }
        }
    }

    // ---- training job updates ----

    /**
     * Updates a training job, as {@code Session.update_training_job(job_name, profiler_rule_configs=None,
     * profiler_config=None, resource_config=None, remote_debug_config=None)}: one UpdateTrainingJob request
     * with the keywords given (those left out are not sent). The service changes the profiler configuration,
     * profiler rules and remote-debug setting of a job in progress, and the keep-alive period of a job whose
     * warm pool is available; the local backend records the first three in the job's Describe (it neither
     * profiles nor debugs a local job) and has no warm pool.
     *
     * <pre>{@code
     * session.updateTrainingJob("churn-1", u -> u.profilerConfig(p -> p.disableProfiler(true)));
     * }</pre>
     *
     * @param jobName the training job name
     * @param options the keywords
     * @return the service's response (the job's ARN)
     */
    public software.amazon.awssdk.services.sagemaker.model.UpdateTrainingJobResponse updateTrainingJob(String jobName,
            Consumer<UpdateTrainingJobOptions.Builder> options) {
        UpdateTrainingJobOptions.Builder b = UpdateTrainingJobOptions.builder();
        options.accept(b);
        return updateTrainingJob(jobName, b.build());
    }

    /**
     * Updates a training job with kept options; see {@link #updateTrainingJob(String, Consumer)}.
     *
     * @param jobName the training job name
     * @param options the options
     * @return the service's response (the job's ARN)
     */
    public software.amazon.awssdk.services.sagemaker.model.UpdateTrainingJobResponse updateTrainingJob(String jobName,
            UpdateTrainingJobOptions options) {
        Names.validateName("TrainingJobName", jobName);
        Objects.requireNonNull(options, "options");
        // Session._get_update_training_job_request: only the keywords given
        software.amazon.awssdk.services.sagemaker.model.UpdateTrainingJobRequest.Builder r =
                software.amazon.awssdk.services.sagemaker.model.UpdateTrainingJobRequest.builder()
                        .trainingJobName(jobName);
        if (options.profilerRuleConfigs() != null) {
            r.profilerRuleConfigurations(options.profilerRuleConfigs());
        }
        if (options.profilerConfig() != null) {
            r.profilerConfig(options.profilerConfig());
        }
        if (options.resourceConfig() != null) {
            r.resourceConfig(options.resourceConfig());
        }
        if (options.remoteDebugConfig() != null) {
            r.remoteDebugConfig(options.remoteDebugConfig());
        }
        return api(TrainingJobsApi.CAPABILITY).updateTrainingJob(r.build());
    }

    /**
     * The keywords of Python's {@code Session.update_training_job(job_name, profiler_rule_configs=None,
     * profiler_config=None, resource_config=None, remote_debug_config=None)}, each the AWS SDK v2 shape of the
     * dict Python takes. Immutable.
     */
    public static final class UpdateTrainingJobOptions {
        private final List<software.amazon.awssdk.services.sagemaker.model.ProfilerRuleConfiguration> profilerRuleConfigs;
        private final software.amazon.awssdk.services.sagemaker.model.ProfilerConfigForUpdate profilerConfig;
        private final software.amazon.awssdk.services.sagemaker.model.ResourceConfigForUpdate resourceConfig;
        private final software.amazon.awssdk.services.sagemaker.model.RemoteDebugConfigForUpdate remoteDebugConfig;

        private UpdateTrainingJobOptions(Builder b) {
            this.profilerRuleConfigs = b.profilerRuleConfigs;
            this.profilerConfig = b.profilerConfig;
            this.resourceConfig = b.resourceConfig;
            this.remoteDebugConfig = b.remoteDebugConfig;
        }

        /**
         * A builder with Python's defaults (nothing sent but the job name).
         *
         * @return the builder
         */
        public static Builder builder() {
            return new Builder();
        }

        /**
         * A builder holding these options.
         *
         * @return the builder
         */
        public Builder toBuilder() {
            Builder b = new Builder();
            b.profilerRuleConfigs = profilerRuleConfigs;
            b.profilerConfig = profilerConfig;
            b.resourceConfig = resourceConfig;
            b.remoteDebugConfig = remoteDebugConfig;
            return b;
        }

        /**
         * {@code profiler_rule_configs}.
         *
         * @return the profiler rules to add, or {@code null}
         */
        public List<software.amazon.awssdk.services.sagemaker.model.ProfilerRuleConfiguration> profilerRuleConfigs() {
            return profilerRuleConfigs;
        }

        /**
         * {@code profiler_config}.
         *
         * @return the profiler configuration, or {@code null}
         */
        public software.amazon.awssdk.services.sagemaker.model.ProfilerConfigForUpdate profilerConfig() {
            return profilerConfig;
        }

        /**
         * {@code resource_config}.
         *
         * @return the resource configuration (the keep-alive period), or {@code null}
         */
        public software.amazon.awssdk.services.sagemaker.model.ResourceConfigForUpdate resourceConfig() {
            return resourceConfig;
        }

        /**
         * {@code remote_debug_config}.
         *
         * @return the remote-debug setting, or {@code null}
         */
        public software.amazon.awssdk.services.sagemaker.model.RemoteDebugConfigForUpdate remoteDebugConfig() {
            return remoteDebugConfig;
        }

        @Override
        public boolean equals(Object o) {
            if (!(o instanceof UpdateTrainingJobOptions)) {
                return false;
            }
            UpdateTrainingJobOptions u = (UpdateTrainingJobOptions) o;
            return Objects.equals(profilerRuleConfigs, u.profilerRuleConfigs)
                    && Objects.equals(profilerConfig, u.profilerConfig)
                    && Objects.equals(resourceConfig, u.resourceConfig)
                    && Objects.equals(remoteDebugConfig, u.remoteDebugConfig);
        }

        @Override
        public int hashCode() {
            return Objects.hash(profilerRuleConfigs, profilerConfig, resourceConfig, remoteDebugConfig);
        }

        @Override
        public String toString() {
            return "UpdateTrainingJobOptions[profilerRuleConfigs=" + profilerRuleConfigs + ", profilerConfig="
                    + profilerConfig + ", resourceConfig=" + resourceConfig + ", remoteDebugConfig="
                    + remoteDebugConfig + "]";
        }

        /** Builds {@link UpdateTrainingJobOptions}; each method is a keyword of Python's {@code update_training_job}. */
        public static final class Builder {
            private List<software.amazon.awssdk.services.sagemaker.model.ProfilerRuleConfiguration> profilerRuleConfigs;
            private software.amazon.awssdk.services.sagemaker.model.ProfilerConfigForUpdate profilerConfig;
            private software.amazon.awssdk.services.sagemaker.model.ResourceConfigForUpdate resourceConfig;
            private software.amazon.awssdk.services.sagemaker.model.RemoteDebugConfigForUpdate remoteDebugConfig;

            private Builder() {
            }

            /**
             * Sets {@code profiler_rule_configs} (default {@code None}: not sent): the profiler rules to add.
             *
             * @param profilerRuleConfigs the rules, at most 20
             * @return this builder
             */
            public Builder profilerRuleConfigs(
                    List<software.amazon.awssdk.services.sagemaker.model.ProfilerRuleConfiguration> profilerRuleConfigs) {
                if (profilerRuleConfigs != null && profilerRuleConfigs.size() > 20) {
                    throw new ValidationException("profilerRuleConfigs", profilerRuleConfigs.size() + " rules",
                            "has more than 20 rules (the service's limit)", "add at most 20 rules at a time");
                }
                this.profilerRuleConfigs = profilerRuleConfigs == null ? null : List.copyOf(profilerRuleConfigs);
                return this;
            }

            /**
             * Sets {@code profiler_config} (default {@code None}: not sent).
             *
             * @param profilerConfig the profiler configuration
             * @return this builder
             */
            public Builder profilerConfig(
                    software.amazon.awssdk.services.sagemaker.model.ProfilerConfigForUpdate profilerConfig) {
                if (profilerConfig != null && profilerConfig.s3OutputPath() != null
                        && !profilerConfig.s3OutputPath().matches("^(https|s3)://([^/]+)/?(.*)$")) {
                    throw new ValidationException("profilerConfig.s3OutputPath", profilerConfig.s3OutputPath(),
                            "is not an S3 URI", "write s3://bucket/prefix");
                }
                this.profilerConfig = profilerConfig;
                return this;
            }

            /**
             * Sets {@code profiler_config} from a builder of its AWS SDK v2 shape.
             *
             * @param profilerConfig fills the profiler configuration
             * @return this builder
             */
            public Builder profilerConfig(
                    Consumer<software.amazon.awssdk.services.sagemaker.model.ProfilerConfigForUpdate.Builder> profilerConfig) {
                software.amazon.awssdk.services.sagemaker.model.ProfilerConfigForUpdate.Builder b =
                        software.amazon.awssdk.services.sagemaker.model.ProfilerConfigForUpdate.builder();
                profilerConfig.accept(b);
                return profilerConfig(b.build());
            }

            /**
             * Sets {@code resource_config} (default {@code None}: not sent): the warm pool's keep-alive period.
             *
             * @param resourceConfig the resource configuration
             * @return this builder
             */
            public Builder resourceConfig(
                    software.amazon.awssdk.services.sagemaker.model.ResourceConfigForUpdate resourceConfig) {
                Integer keepAlive = resourceConfig == null ? null : resourceConfig.keepAlivePeriodInSeconds();
                if (resourceConfig != null && (keepAlive == null || keepAlive < 0 || keepAlive > 3600)) {
                    throw new ValidationException("resourceConfig.keepAlivePeriodInSeconds", keepAlive,
                            "must be 0 to 3600", "give the keep-alive period in seconds, at most 3600");
                }
                this.resourceConfig = resourceConfig;
                return this;
            }

            /**
             * Sets {@code remote_debug_config} (default {@code None}: not sent), Python's
             * {@code {"EnableRemoteDebug": bool}}.
             *
             * @param remoteDebugConfig the remote-debug setting
             * @return this builder
             */
            public Builder remoteDebugConfig(
                    software.amazon.awssdk.services.sagemaker.model.RemoteDebugConfigForUpdate remoteDebugConfig) {
                this.remoteDebugConfig = remoteDebugConfig;
                return this;
            }

            /**
             * Builds the options.
             *
             * @return the options
             */
            public UpdateTrainingJobOptions build() {
                return new UpdateTrainingJobOptions(this);
            }
        }
    }

    /**
     * The log lines of a batch transform job, as {@code Session.logs_for_transform_job(job_name, wait=False,
     * poll=10)}: with {@code wait}, follows the log until the job ends and throws if it failed. The options
     * are those of {@link #logsForJob(String, Consumer)} ({@code wait}, {@code poll}, and the Java-only
     * {@code timeout} and {@code sink}).
     *
     * @param jobName the transform job name
     * @param options the keywords
     * @return the final description of the job (with {@code wait}), else its description now
     */
    public DescribeTransformJobResponse logsForTransformJob(String jobName,
                                                            Consumer<LogsForJobOptions.Builder> options) {
        LogsForJobOptions.Builder b = LogsForJobOptions.builder();
        options.accept(b);
        return logsForTransformJob(jobName, b.build());
    }

    /**
     * The log lines of a batch transform job with kept options; see {@link #logsForTransformJob(String, Consumer)}.
     *
     * @param jobName the transform job name
     * @param options the options
     * @return the final description of the job (with {@code wait}), else its description now
     */
    public DescribeTransformJobResponse logsForTransformJob(String jobName, LogsForJobOptions options) {
        Names.validateName("TransformJobName", jobName);
        return followLog("Transform job", LogsApi.TRANSFORM_JOBS, jobName, options,
                () -> api(TransformJobsApi.CAPABILITY).describeTransformJob(DescribeTransformJobRequest.builder()
                        .transformJobName(jobName).build()),
                DescribeTransformJobResponse::transformJobStatusAsString, DescribeTransformJobResponse::failureReason);
    }

    /**
     * The log lines of a processing job, as {@code Session.logs_for_processing_job(job_name, wait=False,
     * poll=10)}; the options are those of {@link #logsForJob(String, Consumer)}.
     *
     * @param jobName the processing job name
     * @param options the keywords
     * @return the final description of the job (with {@code wait}), else its description now
     */
    public DescribeProcessingJobResponse logsForProcessingJob(String jobName,
                                                              Consumer<LogsForJobOptions.Builder> options) {
        LogsForJobOptions.Builder b = LogsForJobOptions.builder();
        options.accept(b);
        return logsForProcessingJob(jobName, b.build());
    }

    /**
     * The log lines of a processing job with kept options; see {@link #logsForProcessingJob(String, Consumer)}.
     *
     * @param jobName the processing job name
     * @param options the options
     * @return the final description of the job (with {@code wait}), else its description now
     */
    public DescribeProcessingJobResponse logsForProcessingJob(String jobName, LogsForJobOptions options) {
        Names.validateName("ProcessingJobName", jobName);
        return followLog("Processing job", LogsApi.PROCESSING_JOBS, jobName, options,
                () -> api(ProcessingJobsApi.CAPABILITY).describeProcessingJob(DescribeProcessingJobRequest.builder()
                        .processingJobName(jobName).build()),
                DescribeProcessingJobResponse::processingJobStatusAsString,
                DescribeProcessingJobResponse::failureReason);
    }

    private <R> R followLog(String type, String group, String jobName, LogsForJobOptions options,
                            Supplier<R> describe, Function<R, String> statusOf, Function<R, String> reasonOf) {
        Objects.requireNonNull(options, "options");
        Consumer<String> sink = options.sink() != null ? options.sink()
                : org.slf4j.LoggerFactory.getLogger("dev.sagemaker4j.jobs." + jobName)::info;
        boolean show = !"Rules".equals(options.logType()) && !"None".equals(options.logType());
        Duration timeout = options.timeout();
        long deadline = timeout == null ? Long.MAX_VALUE : System.nanoTime() + timeout.toNanos();
        long read = 0;
        long pauseMillis = 10;
        while (true) {
            R job = describe.get();
            String status = statusOf.apply(job);
            boolean done = JOB_DONE.contains(status);
            List<String> lines = open().logs().readLog(group, jobName, read);
            if (show) {
                lines.forEach(sink);
            }
            read += lines.size();
            if (!options.waitForJob() || done) {
                if (options.waitForJob() && "Failed".equals(status)) {
                    throw new UnexpectedStatusException(type, jobName, "Completed or Stopped", status,
                            reasonOf.apply(job));
                }
                return job;
            }
            if (System.nanoTime() >= deadline) {
                throw new WaiterTimeoutException(type, jobName, timeout, status);
            }
            if (options.poll() != null) {
                pauseQuietly(options.poll().toMillis());
            } else {
                pauseQuietly(pauseMillis);
                pauseMillis = Math.min(Math.max(10, open().pollInterval().toMillis()), pauseMillis * 2);
            }
        }
    }

    // ---- identity, tags ----

    /**
     * Expands an IAM role name into its ARN, as {@code Session.expand_role}: a value with a {@code /} is an
     * ARN already and comes back unchanged; a name becomes {@code arn:<partition>:iam::<accountId>:role/<name>}.
     * Python asks IAM ({@code GetRole}), which also knows a role's path; here a role with a path must be
     * passed as its ARN.
     *
     * @param role a role name or ARN
     * @return the role's ARN
     */
    public String expandRole(String role) {
        if (role == null || role.isBlank()) {
            throw new ValidationException("role", role, "is empty", "pass an IAM role name or ARN");
        }
        if (role.contains("/")) {
            return role;
        }
        String region = region();
        String partition = region.startsWith("cn-") ? "aws-cn" : region.startsWith("us-gov-") ? "aws-us-gov" : "aws";
        return "arn:" + partition + ":iam::" + accountId() + ":role/" + role;
    }

    /**
     * The ARN of the user or role whose credentials call the service, as {@code Session.get_caller_identity_arn}.
     * On the {@code sagemaker} backend: STS {@code GetCallerIdentity}, an assumed role's session ARN turned into
     * the role's ARN as Python does. Locally, where no credentials are used: the fixed
     * {@code arn:aws:iam::<accountId>:role/sagemaker4j-local}.
     *
     * @return an IAM ARN
     */
    public String getCallerIdentityArn() {
        return open().callerIdentityArn();
    }

    /**
     * The tags of a resource, as {@code Session.list_tags(resource_arn, max_results=50)}: every page of
     * {@code ListTags}, without the tags whose key contains {@code aws:}. Locally the resources that hold
     * tags answer (feature groups); Python logs an error and returns {@code None} where the call fails, this
     * throws it.
     *
     * @param resourceArn the resource's ARN
     * @return the tags, in the service's order
     */
    public List<Tag> listTags(String resourceArn) {
        return listTags(resourceArn, 50);
    }

    /**
     * The tags of a resource, paging by {@code maxResults}; see {@link #listTags(String)}.
     *
     * @param resourceArn the resource's ARN
     * @param maxResults  the page size, 50 to 100 (Python's {@code max_results}, default 50)
     * @return the tags, in the service's order
     */
    public List<Tag> listTags(String resourceArn, int maxResults) {
        if (resourceArn == null || !resourceArn.startsWith("arn:")) {
            throw new ValidationException("resourceArn", resourceArn, "is not an ARN", "pass the resource's ARN");
        }
        if (maxResults < 50 || maxResults > 100) {
            throw new ValidationException("maxResults", maxResults, "must be 50 to 100, as the service takes",
                    "pass 50 to 100");
        }
        List<Tag> tags = new ArrayList<>();
        String token = null;
        do {
            ListTagsResponse page = api(FeatureGroupsApi.CAPABILITY).listTags(ListTagsRequest.builder()
                    .resourceArn(resourceArn).maxResults(maxResults).nextToken(token).build());
            page.tags().stream().filter(t -> !t.key().contains("aws:")).forEach(tags::add);
            token = page.nextToken();
        } while (token != null && !token.isEmpty());
        return tags;
    }

    // ---- feature store, Athena ----

    /**
     * Describes one feature of a feature group, as {@code Session.describe_feature_metadata}.
     *
     * @param featureGroupName the feature group
     * @param featureName      the feature
     * @return the service's answer
     */
    public DescribeFeatureMetadataResponse describeFeatureMetadata(String featureGroupName, String featureName) {
        return api(FeatureGroupsApi.CAPABILITY).describeFeatureMetadata(DescribeFeatureMetadataRequest.builder()
                .featureGroupName(featureGroupName).featureName(featureName).build());
    }

    /**
     * Updates one feature's metadata, as {@code Session.update_feature_metadata(feature_group_name,
     * feature_name, description=None, parameter_additions=None, parameter_removals=None)}; only the keywords
     * given are sent.
     *
     * <pre>{@code
     * session.updateFeatureMetadata("customers", "age", u -> u.description("in years")
     *         .parameterAdditions(Map.of("unit", "year")));
     * }</pre>
     *
     * @param featureGroupName the feature group
     * @param featureName      the feature
     * @param options          the keywords
     * @return the service's answer
     */
    public UpdateFeatureMetadataResponse updateFeatureMetadata(String featureGroupName, String featureName,
                                                               Consumer<UpdateFeatureMetadataOptions.Builder> options) {
        UpdateFeatureMetadataOptions.Builder b = UpdateFeatureMetadataOptions.builder();
        options.accept(b);
        return updateFeatureMetadata(featureGroupName, featureName, b.build());
    }

    /**
     * Updates one feature's metadata with kept options; see {@link #updateFeatureMetadata(String, String, Consumer)}.
     *
     * @param featureGroupName the feature group
     * @param featureName      the feature
     * @param options          the options
     * @return the service's answer
     */
    public UpdateFeatureMetadataResponse updateFeatureMetadata(String featureGroupName, String featureName,
                                                               UpdateFeatureMetadataOptions options) {
        UpdateFeatureMetadataRequest.Builder request = UpdateFeatureMetadataRequest.builder()
                .featureGroupName(featureGroupName).featureName(featureName);
        if (options.description() != null) {
            request.description(options.description());
        }
        if (options.parameterAdditions() != null) {
            request.parameterAdditions(options.parameterAdditions().entrySet().stream()
                    .map(e -> FeatureParameter.builder().key(e.getKey()).value(e.getValue()).build())
                    .collect(Collectors.toList()));
        }
        if (options.parameterRemovals() != null) {
            request.parameterRemovals(options.parameterRemovals());
        }
        return api(FeatureGroupsApi.CAPABILITY).updateFeatureMetadata(request.build());
    }

    /**
     * Waits for an Athena query to end, as {@code Session.wait_for_athena_query(query_execution_id, poll=5)}.
     * Python polls until {@code SUCCEEDED} or {@code FAILED} and logs a failure without raising; this also
     * ends on {@code CANCELLED} (which Python would poll forever) and returns the last answer, whose state
     * the caller checks.
     *
     * @param queryExecutionId the query execution id
     * @param poll             the pause between polls, or {@code null} for the backend's poll interval
     *                         (Python's default 5 seconds)
     * @return the last {@code GetQueryExecution} answer
     */
    public GetQueryExecutionResponse waitForAthenaQuery(String queryExecutionId, Duration poll) {
        if (queryExecutionId == null || queryExecutionId.isEmpty()) {
            throw new ValidationException("queryExecutionId", queryExecutionId, "is empty",
                    "pass the id StartQueryExecution returned");
        }
        positive("poll", poll);
        long pauseMillis = 10;
        while (true) {
            GetQueryExecutionResponse answer = api(AthenaApi.CAPABILITY).getQueryExecution(
                    GetQueryExecutionRequest.builder().queryExecutionId(queryExecutionId).build());
            String state = answer.queryExecution().status().stateAsString();
            if ("SUCCEEDED".equals(state)) {
                LOG.info("Query {} successfully executed.", queryExecutionId);
                return answer;
            }
            if ("FAILED".equals(state) || "CANCELLED".equals(state)) {
                LOG.error("Failed to execute query {}.", queryExecutionId);
                return answer;
            }
            LOG.info("Query {} is being executed.", queryExecutionId);
            if (poll != null) {
                pauseQuietly(poll.toMillis());
            } else {
                pauseQuietly(pauseMillis);
                pauseMillis = Math.min(Math.max(10, open().pollInterval().toMillis()), pauseMillis * 2);
            }
        }
    }

    /**
     * Downloads an Athena query's result file {@code <location>/<queryExecutionId>.csv}, as
     * {@code Session.download_athena_query_result(bucket, prefix, query_execution_id, filename)}; Python's
     * {@code bucket} and {@code prefix} are the one URI {@code s3://bucket/prefix}.
     *
     * @param location         {@code s3://bucket/prefix}, the query's output location
     * @param queryExecutionId the query execution id
     * @param filename         the file to write
     * @return {@code filename}
     */
    public Path downloadAthenaQueryResult(String location, String queryExecutionId, Path filename) {
        Objects.requireNonNull(filename, "filename");
        if (queryExecutionId == null || queryExecutionId.isEmpty()) {
            throw new ValidationException("queryExecutionId", queryExecutionId, "is empty",
                    "pass the id StartQueryExecution returned");
        }
        S3Uri prefix = S3Uri.parse(location);
        String key = trimSlashes(prefix.key());
        S3Uri result = S3Uri.of(prefix.bucket(), (key.isEmpty() ? "" : key + "/") + queryExecutionId + ".csv");
        open().objectStore().get(result.toString(), filename);
        return filename;
    }

    // ---- model monitoring, AutoML, Inference Recommender, optimization jobs (Python Session helpers that are
    // more than one service call; the one-call helpers are the capabilities' methods: MonitoringApi, AutoMlApi,
    // TrainingPlansApi, OptimizationJobsApi, InferenceRecommenderApi, MlflowApi) ----

    /**
     * Creates a monitoring schedule, as {@code Session.create_monitoring_schedule(monitoring_schedule_name,
     * schedule_expression, statistics_s3_uri, constraints_s3_uri, monitoring_inputs, monitoring_output_config,
     * instance_count, instance_type, volume_size_in_gb, volume_kms_key=None, image_uri=None, ...)}: builds the
     * nested CreateMonitoringSchedule request from the flattened keywords as the Python SDK does and sends it
     * through {@link dev.sagemaker4j.spi.MonitoringApi}.
     *
     * <pre>{@code
     * session.createMonitoringSchedule("churn-monitor", m -> m.scheduleExpression("cron(0 * ? * * *)")
     *         .monitoringInputs(inputs).instanceCount(1).instanceType("ml.m5.xlarge").volumeSizeInGb(30)
     *         .imageUri(image).roleArn(role).statisticsS3Uri(statistics).constraintsS3Uri(constraints));
     * }</pre>
     *
     * @param monitoringScheduleName the schedule's name (1 to 63 of {@code [a-zA-Z0-9-]})
     * @param options                the keywords; {@code monitoringInputs}, {@code instanceCount},
     *                               {@code instanceType}, {@code volumeSizeInGb}, {@code imageUri} and
     *                               {@code roleArn} are required
     * @return the service's response (its schedule ARN)
     * @throws ValidationException when a required keyword is missing, before any request is sent
     */
    public software.amazon.awssdk.services.sagemaker.model.CreateMonitoringScheduleResponse createMonitoringSchedule(String monitoringScheduleName,
            Consumer<CreateMonitoringScheduleOptions.Builder> options) {
        CreateMonitoringScheduleOptions.Builder b = CreateMonitoringScheduleOptions.builder();
        options.accept(b);
        return createMonitoringSchedule(monitoringScheduleName, b.build());
    }

    /**
     * Creates a monitoring schedule with kept options; see {@link #createMonitoringSchedule(String, Consumer)}.
     * Python's {@code Environment} is sent only when given (Python sends its value even when None).
     *
     * @param monitoringScheduleName the schedule's name
     * @param options                the options
     * @return the service's response
     */
    public software.amazon.awssdk.services.sagemaker.model.CreateMonitoringScheduleResponse createMonitoringSchedule(String monitoringScheduleName,
            CreateMonitoringScheduleOptions options) {
        Names.validateName("monitoringScheduleName", monitoringScheduleName);
        Objects.requireNonNull(options, "options");
        requireOption("monitoringInputs", options.monitoringInputs());
        requireOption("instanceCount", options.instanceCount());
        requireOption("instanceType", options.instanceType());
        requireOption("volumeSizeInGb", options.volumeSizeInGb());
        requireOption("imageUri", options.imageUri());
        requireOption("roleArn", options.roleArn());
        var cluster = software.amazon.awssdk.services.sagemaker.model.MonitoringClusterConfig.builder().instanceCount(options.instanceCount())
                .instanceType(options.instanceType()).volumeSizeInGB(options.volumeSizeInGb())
                .volumeKmsKeyId(options.volumeKmsKey());
        var app = software.amazon.awssdk.services.sagemaker.model.MonitoringAppSpecification.builder().imageUri(options.imageUri())
                .recordPreprocessorSourceUri(options.recordPreprocessorSourceUri())
                .postAnalyticsProcessorSourceUri(options.postAnalyticsProcessorSourceUri());
        if (options.entrypoint() != null) {
            app.containerEntrypoint(options.entrypoint());
        }
        if (options.arguments() != null) {
            app.containerArguments(options.arguments());
        }
        var definition = software.amazon.awssdk.services.sagemaker.model.MonitoringJobDefinition.builder().monitoringInputs(options.monitoringInputs())
                .monitoringResources(r -> r.clusterConfig(cluster.build())).monitoringAppSpecification(app.build())
                .roleArn(options.roleArn()).monitoringOutputConfig(options.monitoringOutputConfig())
                .baselineConfig(baseline(options.statisticsS3Uri(), options.constraintsS3Uri()))
                .networkConfig(options.networkConfig());
        if (options.environment() != null) {
            definition.environment(options.environment());
        }
        if (options.maxRuntimeInSeconds() != null) {
            definition.stoppingCondition(s -> s.maxRuntimeInSeconds(options.maxRuntimeInSeconds()));
        }
        var config = software.amazon.awssdk.services.sagemaker.model.MonitoringScheduleConfig.builder().monitoringJobDefinition(definition.build());
        if (options.scheduleExpression() != null) {
            config.scheduleConfig(s -> s.scheduleExpression(options.scheduleExpression())
                    .dataAnalysisStartTime(options.dataAnalysisStartTime())
                    .dataAnalysisEndTime(options.dataAnalysisEndTime()));
        }
        var request = software.amazon.awssdk.services.sagemaker.model.CreateMonitoringScheduleRequest.builder().monitoringScheduleName(monitoringScheduleName)
                .monitoringScheduleConfig(config.build());
        if (!options.tags().isEmpty()) {
            request.tags(options.tags());
        }
        return api(dev.sagemaker4j.spi.MonitoringApi.CAPABILITY).createMonitoringSchedule(request.build());
    }

    /**
     * Updates a monitoring schedule, as {@code Session.update_monitoring_schedule(monitoring_schedule_name,
     * schedule_expression=None, ...)}: describes the schedule, keeps each value not given from it, and sends
     * UpdateMonitoringSchedule with the same nesting as {@link #createMonitoringSchedule(String, Consumer)}.
     * The keywords are those of create (every one optional here) except {@code tags}, which the update does
     * not take. Two differences from Python 2.257.6, which are defects there: an existing constraints
     * resource is kept as the constraints resource (Python sends it as the statistics resource and drops
     * the constraints), and a schedule expression given for a schedule that had none is sent (Python drops
     * it).
     *
     * <pre>{@code
     * session.updateMonitoringSchedule("churn-monitor", m -> m.instanceType("ml.m5.2xlarge"));
     * }</pre>
     *
     * @param monitoringScheduleName the schedule's name
     * @param options                the keywords
     * @return the service's response
     * @throws ValidationException when {@code tags} are given, or a one-time schedule ({@code NOW}) lacks
     *                             its data analysis start or end time
     */
    public software.amazon.awssdk.services.sagemaker.model.UpdateMonitoringScheduleResponse updateMonitoringSchedule(String monitoringScheduleName,
            Consumer<CreateMonitoringScheduleOptions.Builder> options) {
        CreateMonitoringScheduleOptions.Builder b = CreateMonitoringScheduleOptions.builder();
        options.accept(b);
        return updateMonitoringSchedule(monitoringScheduleName, b.build());
    }

    /**
     * Updates a monitoring schedule with kept options; see {@link #updateMonitoringSchedule(String, Consumer)}.
     *
     * @param monitoringScheduleName the schedule's name
     * @param options                the options
     * @return the service's response
     */
    public software.amazon.awssdk.services.sagemaker.model.UpdateMonitoringScheduleResponse updateMonitoringSchedule(String monitoringScheduleName,
            CreateMonitoringScheduleOptions options) {
        Names.validateName("monitoringScheduleName", monitoringScheduleName);
        Objects.requireNonNull(options, "options");
        if (!options.tags().isEmpty()) {
            throw new ValidationException("tags", options.tags(), "UpdateMonitoringSchedule takes no tags",
                    "tag the schedule with AddTags, or pass the tags when creating it");
        }
        var monitoring = api(dev.sagemaker4j.spi.MonitoringApi.CAPABILITY);
        var existing = monitoring.describeMonitoringSchedule(software.amazon.awssdk.services.sagemaker.model.DescribeMonitoringScheduleRequest.builder()
                .monitoringScheduleName(monitoringScheduleName).build()).monitoringScheduleConfig();
        var oldSchedule = existing == null ? null : existing.scheduleConfig();
        var old = existing == null || existing.monitoringJobDefinition() == null
                ? software.amazon.awssdk.services.sagemaker.model.MonitoringJobDefinition.builder().build() : existing.monitoringJobDefinition();
        var oldCluster = old.monitoringResources() == null || old.monitoringResources().clusterConfig() == null
                ? software.amazon.awssdk.services.sagemaker.model.MonitoringClusterConfig.builder().build() : old.monitoringResources().clusterConfig();
        var oldApp = old.monitoringAppSpecification() == null ? software.amazon.awssdk.services.sagemaker.model.MonitoringAppSpecification.builder().build()
                : old.monitoringAppSpecification();
        String schedule = firstNonNull(options.scheduleExpression(),
                oldSchedule == null ? null : oldSchedule.scheduleExpression());
        String start = firstNonNull(options.dataAnalysisStartTime(),
                oldSchedule == null ? null : oldSchedule.dataAnalysisStartTime());
        String end = firstNonNull(options.dataAnalysisEndTime(),
                oldSchedule == null ? null : oldSchedule.dataAnalysisEndTime());
        if ("NOW".equals(schedule) && (start == null || end == null)) {
            throw new ValidationException(start == null ? "dataAnalysisStartTime" : "dataAnalysisEndTime", null,
                    "is required for a one time monitoring schedule (NOW)",
                    "pass both dataAnalysisStartTime and dataAnalysisEndTime, e.g. \"-PT1H\" and \"-PT0H\"");
        }
        var cluster = software.amazon.awssdk.services.sagemaker.model.MonitoringClusterConfig.builder()
                .instanceCount(firstNonNull(options.instanceCount(), oldCluster.instanceCount()))
                .instanceType(firstNonNull(options.instanceType(), oldCluster.instanceTypeAsString()))
                .volumeSizeInGB(firstNonNull(options.volumeSizeInGb(), oldCluster.volumeSizeInGB()))
                .volumeKmsKeyId(firstNonNull(options.volumeKmsKey(), oldCluster.volumeKmsKeyId()));
        var app = software.amazon.awssdk.services.sagemaker.model.MonitoringAppSpecification.builder()
                .imageUri(firstNonNull(options.imageUri(), oldApp.imageUri()))
                .recordPreprocessorSourceUri(firstNonNull(options.recordPreprocessorSourceUri(),
                        oldApp.recordPreprocessorSourceUri()))
                .postAnalyticsProcessorSourceUri(firstNonNull(options.postAnalyticsProcessorSourceUri(),
                        oldApp.postAnalyticsProcessorSourceUri()));
        List<String> entrypoint = firstNonNull(options.entrypoint(),
                oldApp.hasContainerEntrypoint() ? oldApp.containerEntrypoint() : null);
        if (entrypoint != null) {
            app.containerEntrypoint(entrypoint);
        }
        List<String> arguments = firstNonNull(options.arguments(),
                oldApp.hasContainerArguments() ? oldApp.containerArguments() : null);
        if (arguments != null) {
            app.containerArguments(arguments);
        }
        var oldBaseline = old.baselineConfig();
        String statistics = firstNonNull(options.statisticsS3Uri(), oldBaseline == null
                || oldBaseline.statisticsResource() == null ? null : oldBaseline.statisticsResource().s3Uri());
        String constraints = firstNonNull(options.constraintsS3Uri(), oldBaseline == null
                || oldBaseline.constraintsResource() == null ? null : oldBaseline.constraintsResource().s3Uri());
        var definition = software.amazon.awssdk.services.sagemaker.model.MonitoringJobDefinition.builder()
                .monitoringInputs(firstNonNull(options.monitoringInputs(),
                        old.hasMonitoringInputs() ? old.monitoringInputs() : null))
                .monitoringResources(r -> r.clusterConfig(cluster.build())).monitoringAppSpecification(app.build())
                .roleArn(firstNonNull(options.roleArn(), old.roleArn()))
                .monitoringOutputConfig(firstNonNull(options.monitoringOutputConfig(), old.monitoringOutputConfig()))
                .baselineConfig(baseline(statistics, constraints))
                .networkConfig(firstNonNull(options.networkConfig(), old.networkConfig()));
        Integer maxRuntime = firstNonNull(options.maxRuntimeInSeconds(),
                old.stoppingCondition() == null ? null : old.stoppingCondition().maxRuntimeInSeconds());
        if (maxRuntime != null) {
            definition.stoppingCondition(s -> s.maxRuntimeInSeconds(maxRuntime));
        }
        java.util.Map<String, String> environment = firstNonNull(options.environment(),
                old.hasEnvironment() ? old.environment() : null);
        if (environment != null) {
            definition.environment(environment);
        }
        var config = software.amazon.awssdk.services.sagemaker.model.MonitoringScheduleConfig.builder().monitoringJobDefinition(definition.build());
        if (schedule != null) {
            config.scheduleConfig(s -> s.scheduleExpression(schedule).dataAnalysisStartTime(start)
                    .dataAnalysisEndTime(end));
        }
        return monitoring.updateMonitoringSchedule(software.amazon.awssdk.services.sagemaker.model.UpdateMonitoringScheduleRequest.builder()
                .monitoringScheduleName(monitoringScheduleName).monitoringScheduleConfig(config.build()).build());
    }

    private static software.amazon.awssdk.services.sagemaker.model.MonitoringBaselineConfig baseline(String statistics, String constraints) {
        if (statistics == null && constraints == null) {
            return null;
        }
        var baseline = software.amazon.awssdk.services.sagemaker.model.MonitoringBaselineConfig.builder();
        if (statistics != null) {
            baseline.statisticsResource(r -> r.s3Uri(statistics));
        }
        if (constraints != null) {
            baseline.constraintsResource(r -> r.s3Uri(constraints));
        }
        return baseline.build();
    }

    private static <T> T firstNonNull(T given, T existing) {
        return given != null ? given : existing;
    }

    private static void requireOption(String field, Object value) {
        if (value == null || value instanceof String && ((String) value).isEmpty()) {
            throw new ValidationException(field, value, "is required", "pass " + field + " in the options");
        }
    }

    /**
     * Whether a processing job completed, as {@code Session.was_processing_job_successful(job_name)}: one
     * DescribeProcessingJob, {@code true} when its status is {@code Completed} (it does not wait; see
     * {@link #waitForProcessingJob(String, Duration)}).
     *
     * @param jobName the processing job name
     * @return whether the job's status is {@code Completed}
     */
    public boolean wasProcessingJobSuccessful(String jobName) {
        Names.validateName("ProcessingJobName", jobName);
        return "Completed".equals(api(ProcessingJobsApi.CAPABILITY).describeProcessingJob(
                DescribeProcessingJobRequest.builder().processingJobName(jobName).build())
                .processingJobStatusAsString());
    }

    /**
     * Creates an AutoML job, as {@code Session.auto_ml(input_config, output_config, auto_ml_job_config,
     * role=None, job_name=None, problem_type=None, job_objective=None, generate_candidate_definitions_only=False,
     * tags=None, model_deploy_config=None)}: sends CreateAutoMLJob through {@link dev.sagemaker4j.spi.AutoMlApi}
     * with the fields the Python SDK sets ({@code GenerateCandidateDefinitionsOnly} always).
     *
     * <pre>{@code
     * session.autoMl(channels, AutoMLOutputDataConfig.builder().s3OutputPath(out).build(), jobConfig,
     *         a -> a.role(role).jobName("churn-automl").problemType("BinaryClassification"));
     * }</pre>
     *
     * @param inputConfig     the channels ({@code input_config})
     * @param outputConfig    where the results go ({@code output_config})
     * @param autoMlJobConfig the job's configuration ({@code auto_ml_job_config})
     * @param options         the keywords; {@code role} and {@code jobName} are required
     * @return the service's response (the job's ARN)
     */
    public software.amazon.awssdk.services.sagemaker.model.CreateAutoMlJobResponse autoMl(List<software.amazon.awssdk.services.sagemaker.model.AutoMLChannel> inputConfig, software.amazon.awssdk.services.sagemaker.model.AutoMLOutputDataConfig outputConfig,
            software.amazon.awssdk.services.sagemaker.model.AutoMLJobConfig autoMlJobConfig, Consumer<AutoMlOptions.Builder> options) {
        AutoMlOptions.Builder b = AutoMlOptions.builder();
        options.accept(b);
        return autoMl(inputConfig, outputConfig, autoMlJobConfig, b.build());
    }

    /**
     * Creates an AutoML job with kept options; see {@link #autoMl(List, software.amazon.awssdk.services.sagemaker.model.AutoMLOutputDataConfig,
     * software.amazon.awssdk.services.sagemaker.model.AutoMLJobConfig, Consumer)}.
     *
     * @param inputConfig     the channels
     * @param outputConfig    where the results go
     * @param autoMlJobConfig the job's configuration
     * @param options         the options
     * @return the service's response
     */
    public software.amazon.awssdk.services.sagemaker.model.CreateAutoMlJobResponse autoMl(List<software.amazon.awssdk.services.sagemaker.model.AutoMLChannel> inputConfig, software.amazon.awssdk.services.sagemaker.model.AutoMLOutputDataConfig outputConfig,
            software.amazon.awssdk.services.sagemaker.model.AutoMLJobConfig autoMlJobConfig, AutoMlOptions options) {
        Objects.requireNonNull(options, "options");
        requireOption("inputConfig", inputConfig);
        requireOption("outputConfig", outputConfig);
        requireOption("role", options.role());
        Names.validateName("jobName", options.jobName());
        var request = software.amazon.awssdk.services.sagemaker.model.CreateAutoMlJobRequest.builder().autoMLJobName(options.jobName()).inputDataConfig(inputConfig)
                .outputDataConfig(outputConfig).autoMLJobConfig(autoMlJobConfig).roleArn(options.role())
                .generateCandidateDefinitionsOnly(options.generateCandidateDefinitionsOnly())
                .modelDeployConfig(options.modelDeployConfig()).autoMLJobObjective(options.jobObjective())
                .problemType(options.problemType());
        if (!options.tags().isEmpty()) {
            request.tags(options.tags());
        }
        return api(dev.sagemaker4j.spi.AutoMlApi.CAPABILITY).createAutoMLJob(request.build());
    }

    /**
     * Creates an AutoML job (V2), as {@code Session.create_auto_ml_v2(input_config, job_name, problem_config,
     * output_config, job_objective=None, model_deploy_config=None, data_split_config=None, role=None,
     * security_config=None, tags=None)}: sends CreateAutoMLJobV2 through {@link dev.sagemaker4j.spi.AutoMlApi}.
     * Its positional arguments are Python's, each of its own type.
     *
     * <pre>{@code
     * session.createAutoMlV2(channels, "churn-automl", problem, output, a -> a.role(role));
     * }</pre>
     *
     * @param inputConfig   the channels ({@code input_config})
     * @param jobName       the job's name ({@code job_name})
     * @param problemConfig the problem type's configuration ({@code problem_config})
     * @param outputConfig  where the results go ({@code output_config})
     * @param options       the keywords; {@code role} is required
     * @return the service's response (the job's ARN)
     */
    public software.amazon.awssdk.services.sagemaker.model.CreateAutoMlJobV2Response createAutoMlV2(List<software.amazon.awssdk.services.sagemaker.model.AutoMLJobChannel> inputConfig, String jobName,
            software.amazon.awssdk.services.sagemaker.model.AutoMLProblemTypeConfig problemConfig, software.amazon.awssdk.services.sagemaker.model.AutoMLOutputDataConfig outputConfig,
            Consumer<CreateAutoMlV2Options.Builder> options) {
        CreateAutoMlV2Options.Builder b = CreateAutoMlV2Options.builder();
        options.accept(b);
        return createAutoMlV2(inputConfig, jobName, problemConfig, outputConfig, b.build());
    }

    /**
     * Creates an AutoML job (V2) with kept options; see {@link #createAutoMlV2(List, String,
     * software.amazon.awssdk.services.sagemaker.model.AutoMLProblemTypeConfig, software.amazon.awssdk.services.sagemaker.model.AutoMLOutputDataConfig, Consumer)}.
     *
     * @param inputConfig   the channels
     * @param jobName       the job's name
     * @param problemConfig the problem type's configuration
     * @param outputConfig  where the results go
     * @param options       the options
     * @return the service's response
     */
    public software.amazon.awssdk.services.sagemaker.model.CreateAutoMlJobV2Response createAutoMlV2(List<software.amazon.awssdk.services.sagemaker.model.AutoMLJobChannel> inputConfig, String jobName,
            software.amazon.awssdk.services.sagemaker.model.AutoMLProblemTypeConfig problemConfig, software.amazon.awssdk.services.sagemaker.model.AutoMLOutputDataConfig outputConfig,
            CreateAutoMlV2Options options) {
        Objects.requireNonNull(options, "options");
        requireOption("inputConfig", inputConfig);
        Names.validateName("jobName", jobName);
        requireOption("problemConfig", problemConfig);
        requireOption("outputConfig", outputConfig);
        requireOption("role", options.role());
        var request = software.amazon.awssdk.services.sagemaker.model.CreateAutoMlJobV2Request.builder().autoMLJobName(jobName).autoMLJobInputDataConfig(inputConfig)
                .outputDataConfig(outputConfig).autoMLProblemTypeConfig(problemConfig).roleArn(options.role())
                .autoMLJobObjective(options.jobObjective()).modelDeployConfig(options.modelDeployConfig())
                .dataSplitConfig(options.dataSplitConfig()).securityConfig(options.securityConfig());
        if (!options.tags().isEmpty()) {
            request.tags(options.tags());
        }
        return api(dev.sagemaker4j.spi.AutoMlApi.CAPABILITY).createAutoMLJobV2(request.build());
    }

    /**
     * Waits for an AutoML job to end, as {@code Session.wait_for_auto_ml_job(job, poll=5)} (DescribeAutoMLJob).
     *
     * @param jobName the AutoML job name
     * @param timeout the longest wait, or {@code null} for none (Java only: Python waits without limit)
     * @return the final description ({@code Completed} or {@code Stopped})
     * @throws UnexpectedStatusException when the job failed
     */
    public software.amazon.awssdk.services.sagemaker.model.DescribeAutoMlJobResponse waitForAutoMlJob(String jobName, Duration timeout) {
        return waitForAutoMlJob(jobName, timeout, WaitForJobOptions.builder().build());
    }

    /**
     * Waits for an AutoML job to end with named options ({@link WaitForJobOptions}: {@code poll}).
     *
     * @param jobName the AutoML job name
     * @param timeout the longest wait, or {@code null} for none
     * @param options the keywords
     * @return the final description
     */
    public software.amazon.awssdk.services.sagemaker.model.DescribeAutoMlJobResponse waitForAutoMlJob(String jobName, Duration timeout,
                                                       Consumer<WaitForJobOptions.Builder> options) {
        return waitForAutoMlJob(jobName, timeout, WaitForJobOptions.of(options));
    }

    /**
     * Waits for an AutoML job to end with kept options.
     *
     * @param jobName the AutoML job name
     * @param timeout the longest wait, or {@code null} for none
     * @param options the options
     * @return the final description
     */
    public software.amazon.awssdk.services.sagemaker.model.DescribeAutoMlJobResponse waitForAutoMlJob(String jobName, Duration timeout, WaitForJobOptions options) {
        Names.validateName("AutoMLJobName", jobName);
        return waitFor("AutoML job", jobName, timeout, options.poll(),
                () -> api(dev.sagemaker4j.spi.AutoMlApi.CAPABILITY).describeAutoMLJob(
                        software.amazon.awssdk.services.sagemaker.model.DescribeAutoMlJobRequest.builder().autoMLJobName(jobName).build()),
                software.amazon.awssdk.services.sagemaker.model.DescribeAutoMlJobResponse::autoMLJobStatusAsString, software.amazon.awssdk.services.sagemaker.model.DescribeAutoMlJobResponse::failureReason,
                JOB_DONE, null);
    }

    /**
     * Shows an AutoML job's log lines (CloudWatch group {@code /aws/sagemaker/AutoMLJobs}), as
     * {@code Session.logs_for_auto_ml_job(job_name, wait=False, poll=10)}, describing the job with
     * DescribeAutoMLJobV2 as Python does; the options are those of {@link #logsForJob(String, Consumer)}.
     *
     * @param jobName the AutoML job name
     * @param options the keywords
     * @return the final description of the job (with {@code wait}), else its description now
     */
    public software.amazon.awssdk.services.sagemaker.model.DescribeAutoMlJobV2Response logsForAutoMlJob(String jobName, Consumer<LogsForJobOptions.Builder> options) {
        LogsForJobOptions.Builder b = LogsForJobOptions.builder();
        options.accept(b);
        return logsForAutoMlJob(jobName, b.build());
    }

    /**
     * Shows an AutoML job's log lines with kept options; see {@link #logsForAutoMlJob(String, Consumer)}.
     *
     * @param jobName the AutoML job name
     * @param options the options
     * @return the final description of the job (with {@code wait}), else its description now
     */
    public software.amazon.awssdk.services.sagemaker.model.DescribeAutoMlJobV2Response logsForAutoMlJob(String jobName, LogsForJobOptions options) {
        Names.validateName("AutoMLJobName", jobName);
        return followLog("AutoML job", "/aws/sagemaker/AutoMLJobs", jobName, options,
                () -> api(dev.sagemaker4j.spi.AutoMlApi.CAPABILITY).describeAutoMLJobV2(
                        software.amazon.awssdk.services.sagemaker.model.DescribeAutoMlJobV2Request.builder().autoMLJobName(jobName).build()),
                software.amazon.awssdk.services.sagemaker.model.DescribeAutoMlJobV2Response::autoMLJobStatusAsString, software.amazon.awssdk.services.sagemaker.model.DescribeAutoMlJobV2Response::failureReason);
    }

    /**
     * Waits for an optimization job to end, as {@code Session.wait_for_optimization_job(job, poll=5)}
     * (DescribeOptimizationJob; its statuses {@code COMPLETED}, {@code FAILED}, {@code STOPPED} end the wait).
     *
     * @param jobName the optimization job name
     * @param timeout the longest wait, or {@code null} for none (Java only)
     * @return the final description
     * @throws UnexpectedStatusException when the job failed
     */
    public software.amazon.awssdk.services.sagemaker.model.DescribeOptimizationJobResponse waitForOptimizationJob(String jobName, Duration timeout) {
        return waitForOptimizationJob(jobName, timeout, WaitForJobOptions.builder().build());
    }

    /**
     * Waits for an optimization job to end with named options ({@link WaitForJobOptions}: {@code poll}).
     *
     * @param jobName the optimization job name
     * @param timeout the longest wait, or {@code null} for none
     * @param options the keywords
     * @return the final description
     */
    public software.amazon.awssdk.services.sagemaker.model.DescribeOptimizationJobResponse waitForOptimizationJob(String jobName, Duration timeout,
                                                                   Consumer<WaitForJobOptions.Builder> options) {
        return waitForOptimizationJob(jobName, timeout, WaitForJobOptions.of(options));
    }

    /**
     * Waits for an optimization job to end with kept options.
     *
     * @param jobName the optimization job name
     * @param timeout the longest wait, or {@code null} for none
     * @param options the options
     * @return the final description
     */
    public software.amazon.awssdk.services.sagemaker.model.DescribeOptimizationJobResponse waitForOptimizationJob(String jobName, Duration timeout,
                                                                   WaitForJobOptions options) {
        Names.validateName("OptimizationJobName", jobName);
        return waitFor("Optimization job", jobName, timeout, options.poll(),
                () -> api(dev.sagemaker4j.spi.OptimizationJobsApi.CAPABILITY).describeOptimizationJob(
                        software.amazon.awssdk.services.sagemaker.model.DescribeOptimizationJobRequest.builder().optimizationJobName(jobName).build()),
                d -> statusCode(d.optimizationJobStatusAsString()), software.amazon.awssdk.services.sagemaker.model.DescribeOptimizationJobResponse::failureReason,
                JOB_DONE, null);
    }

    /** Python's {@code _STATUS_CODE_TABLE}: the upper-case statuses of newer jobs in the others' words. */
    private static String statusCode(String status) {
        if (status == null) {
            return null;
        }
        switch (status) {
            case "COMPLETED":
                return "Completed";
            case "INPROGRESS":
            case "IN_PROGRESS":
                return "InProgress";
            case "FAILED":
                return "Failed";
            case "STOPPED":
                return "Stopped";
            case "STOPPING":
                return "Stopping";
            case "STARTING":
                return "Starting";
            case "PENDING":
                return "Pending";
            default:
                return status;
        }
    }

    /**
     * Creates an Inference Recommender job, as {@code Session.create_inference_recommendations_job(role,
     * sample_payload_url, supported_content_types, job_name=None, job_type="Default", model_name=None,
     * model_package_version_arn=None, ...)}: builds the request as the Python SDK does (domain
     * {@code MACHINE_LEARNING}, task {@code OTHER}, description {@code #python-sdk-create}, tag
     * {@code ClientType=PythonSDK-RightSize}, a job name {@code SMPYTHONSDK-<uuid>} when none is given; the
     * {@code Advanced} keywords only for an {@code Advanced} job) and sends it through
     * {@link dev.sagemaker4j.spi.InferenceRecommenderApi}.
     *
     * <pre>{@code
     * String job = session.createInferenceRecommendationsJob(role, "s3://bucket/payload.tar.gz",
     *         r -> r.supportedContentTypes(List.of("text/csv")).modelName("churn").framework("XGBOOST"));
     * }</pre>
     *
     * @param role             the IAM role ARN
     * @param samplePayloadUrl the S3 URI of the sample payload archive
     * @param options          the keywords; {@code supportedContentTypes} and exactly one of
     *                         {@code modelName} and {@code modelPackageVersionArn} are required
     * @return the job's name
     * @throws ValidationException when both or neither of {@code modelName} and {@code modelPackageVersionArn}
     *                             are given, before any request is sent
     */
    public String createInferenceRecommendationsJob(String role, String samplePayloadUrl,
            Consumer<CreateInferenceRecommendationsJobOptions.Builder> options) {
        CreateInferenceRecommendationsJobOptions.Builder b = CreateInferenceRecommendationsJobOptions.builder();
        options.accept(b);
        return createInferenceRecommendationsJob(role, samplePayloadUrl, b.build());
    }

    /**
     * Creates an Inference Recommender job with kept options; see
     * {@link #createInferenceRecommendationsJob(String, String, Consumer)}.
     *
     * @param role             the IAM role ARN
     * @param samplePayloadUrl the S3 URI of the sample payload archive
     * @param options          the options
     * @return the job's name
     */
    public String createInferenceRecommendationsJob(String role, String samplePayloadUrl,
            CreateInferenceRecommendationsJobOptions options) {
        Objects.requireNonNull(options, "options");
        requireOption("role", role);
        requireOption("samplePayloadUrl", samplePayloadUrl);
        requireOption("supportedContentTypes", options.supportedContentTypes());
        if ((options.modelName() == null) == (options.modelPackageVersionArn() == null)) {
            throw new ValidationException("modelName", options.modelName(),
                    options.modelName() == null ? "and modelPackageVersionArn are both missing"
                            : "and modelPackageVersionArn are both given",
                    "provide either modelName or modelPackageVersionArn");
        }
        String jobName = options.jobName() != null && !options.jobName().isEmpty() ? options.jobName()
                : "SMPYTHONSDK-" + java.util.UUID.randomUUID();
        var container = software.amazon.awssdk.services.sagemaker.model.RecommendationJobContainerConfig.builder().domain("MACHINE_LEARNING").task("OTHER")
                .framework(options.framework())
                .payloadConfig(p -> p.samplePayloadUrl(samplePayloadUrl)
                        .supportedContentTypes(options.supportedContentTypes()));
        if (options.frameworkVersion() != null && !options.frameworkVersion().isEmpty()) {
            container.frameworkVersion(options.frameworkVersion());
        }
        if (options.nearestModelName() != null && !options.nearestModelName().isEmpty()) {
            container.nearestModelName(options.nearestModelName());
        }
        if (options.supportedInstanceTypes() != null && !options.supportedInstanceTypes().isEmpty()) {
            container.supportedInstanceTypes(options.supportedInstanceTypes());
        }
        var input = software.amazon.awssdk.services.sagemaker.model.RecommendationJobInputConfig.builder().containerConfig(container.build());
        if (options.modelPackageVersionArn() != null) {
            input.modelPackageVersionArn(options.modelPackageVersionArn());
        } else {
            input.modelName(options.modelName());
        }
        if (options.jobDurationInSeconds() != null && options.jobDurationInSeconds() != 0) {
            input.jobDurationInSeconds(options.jobDurationInSeconds());
        }
        var request = software.amazon.awssdk.services.sagemaker.model.CreateInferenceRecommendationsJobRequest.builder().jobName(jobName)
                .jobType(options.jobType()).roleArn(role).jobDescription("#python-sdk-create")
                .tags(Tag.builder().key("ClientType").value("PythonSDK-RightSize").build());
        if ("Advanced".equals(options.jobType())) {
            request.stoppingConditions(options.stoppingConditions());
            input.resourceLimit(options.resourceLimit()).trafficPattern(options.trafficPattern());
            if (options.endpointConfigurations() != null && !options.endpointConfigurations().isEmpty()) {
                input.endpointConfigurations(options.endpointConfigurations());
            }
        }
        api(dev.sagemaker4j.spi.InferenceRecommenderApi.CAPABILITY).createInferenceRecommendationsJob(
                request.inputConfig(input.build()).build());
        return jobName;
    }

    /**
     * Waits for an Inference Recommender job to end, as {@code Session.wait_for_inference_recommendations_job(
     * job_name, poll=120, log_level="Verbose")}.
     *
     * @param jobName the job name
     * @param timeout the longest wait, or {@code null} for none (Java only)
     * @return the final description
     * @throws UnexpectedStatusException when the job failed
     */
    public software.amazon.awssdk.services.sagemaker.model.DescribeInferenceRecommendationsJobResponse waitForInferenceRecommendationsJob(String jobName,
                                                                                         Duration timeout) {
        return waitForInferenceRecommendationsJob(jobName, timeout,
                WaitForInferenceRecommendationsJobOptions.builder().build());
    }

    /**
     * Waits for an Inference Recommender job to end with named options. With {@code logLevel("Verbose")}
     * (Python's default) the job's log lines (CloudWatch group {@code /aws/sagemaker/InferenceRecommendationsJobs})
     * go to the options' sink while waiting; {@code "Quiet"} shows none.
     *
     * <pre>{@code
     * session.waitForInferenceRecommendationsJob(job, Duration.ofHours(2), w -> w.logLevel("Quiet"));
     * }</pre>
     *
     * @param jobName the job name
     * @param timeout the longest wait, or {@code null} for none
     * @param options the keywords
     * @return the final description
     */
    public software.amazon.awssdk.services.sagemaker.model.DescribeInferenceRecommendationsJobResponse waitForInferenceRecommendationsJob(String jobName,
            Duration timeout, Consumer<WaitForInferenceRecommendationsJobOptions.Builder> options) {
        WaitForInferenceRecommendationsJobOptions.Builder b = WaitForInferenceRecommendationsJobOptions.builder();
        options.accept(b);
        return waitForInferenceRecommendationsJob(jobName, timeout, b.build());
    }

    /**
     * Waits for an Inference Recommender job to end with kept options; see
     * {@link #waitForInferenceRecommendationsJob(String, Duration, Consumer)}.
     *
     * @param jobName the job name
     * @param timeout the longest wait, or {@code null} for none
     * @param options the options
     * @return the final description
     */
    public software.amazon.awssdk.services.sagemaker.model.DescribeInferenceRecommendationsJobResponse waitForInferenceRecommendationsJob(String jobName,
            Duration timeout, WaitForInferenceRecommendationsJobOptions options) {
        Objects.requireNonNull(options, "options");
        requireOption("jobName", jobName);
        Consumer<String> sink = options.sink() != null ? options.sink()
                : org.slf4j.LoggerFactory.getLogger("dev.sagemaker4j.jobs." + jobName)::info;
        long[] read = {0};
        Runnable live = !"Verbose".equals(options.logLevel()) ? null : () -> {
            List<String> lines = open().logs().readLog("/aws/sagemaker/InferenceRecommendationsJobs", jobName,
                    read[0]);
            lines.forEach(sink);
            read[0] += lines.size();
        };
        return waitFor("Inference recommendations job", jobName, timeout, options.poll(),
                () -> api(dev.sagemaker4j.spi.InferenceRecommenderApi.CAPABILITY).describeInferenceRecommendationsJob(
                        software.amazon.awssdk.services.sagemaker.model.DescribeInferenceRecommendationsJobRequest.builder().jobName(jobName).build()),
                d -> statusCode(d.statusAsString()), software.amazon.awssdk.services.sagemaker.model.DescribeInferenceRecommendationsJobResponse::failureReason,
                JOB_DONE, live);
    }

    private static Integer positiveInt(String field, Integer value) {
        if (value != null && value < 1) {
            throw new ValidationException(field, value, "must be at least 1", "pass a positive number");
        }
        return value;
    }

    private static String oneOf(String field, String value, Set<String> allowed) {
        if (value == null || !allowed.contains(value)) {
            throw new ValidationException(field, value, "is not one of " + new java.util.TreeSet<>(allowed),
                    "pass one of " + new java.util.TreeSet<>(allowed));
        }
        return value;
    }

    /**
     * The keywords of Python's {@code Session.create_monitoring_schedule} (every argument after the schedule's name), shared by
     * {@code update_monitoring_schedule}, whose keywords are the same less {@code tags}. Immutable.
     */
    public static final class CreateMonitoringScheduleOptions {
        private final String scheduleExpression;
        private final String statisticsS3Uri;
        private final String constraintsS3Uri;
        private final List<software.amazon.awssdk.services.sagemaker.model.MonitoringInput> monitoringInputs;
        private final software.amazon.awssdk.services.sagemaker.model.MonitoringOutputConfig monitoringOutputConfig;
        private final Integer instanceCount;
        private final String instanceType;
        private final Integer volumeSizeInGb;
        private final String volumeKmsKey;
        private final String imageUri;
        private final List<String> entrypoint;
        private final List<String> arguments;
        private final String recordPreprocessorSourceUri;
        private final String postAnalyticsProcessorSourceUri;
        private final Integer maxRuntimeInSeconds;
        private final java.util.Map<String, String> environment;
        private final software.amazon.awssdk.services.sagemaker.model.NetworkConfig networkConfig;
        private final String roleArn;
        private final List<software.amazon.awssdk.services.sagemaker.model.Tag> tags;
        private final String dataAnalysisStartTime;
        private final String dataAnalysisEndTime;

        private CreateMonitoringScheduleOptions(Builder b) {
            this.scheduleExpression = b.scheduleExpression;
            this.statisticsS3Uri = b.statisticsS3Uri;
            this.constraintsS3Uri = b.constraintsS3Uri;
            this.monitoringInputs = b.monitoringInputs;
            this.monitoringOutputConfig = b.monitoringOutputConfig;
            this.instanceCount = b.instanceCount;
            this.instanceType = b.instanceType;
            this.volumeSizeInGb = b.volumeSizeInGb;
            this.volumeKmsKey = b.volumeKmsKey;
            this.imageUri = b.imageUri;
            this.entrypoint = b.entrypoint;
            this.arguments = b.arguments;
            this.recordPreprocessorSourceUri = b.recordPreprocessorSourceUri;
            this.postAnalyticsProcessorSourceUri = b.postAnalyticsProcessorSourceUri;
            this.maxRuntimeInSeconds = b.maxRuntimeInSeconds;
            this.environment = b.environment;
            this.networkConfig = b.networkConfig;
            this.roleArn = b.roleArn;
            this.tags = b.tags;
            this.dataAnalysisStartTime = b.dataAnalysisStartTime;
            this.dataAnalysisEndTime = b.dataAnalysisEndTime;
        }

        /**
         * A builder with Python's defaults.
         *
         * @return the builder
         */
        public static Builder builder() {
            return new Builder();
        }

        /**
         * A builder holding these options.
         *
         * @return the builder
         */
        public Builder toBuilder() {
            Builder b = new Builder();
            b.scheduleExpression = scheduleExpression;
            b.statisticsS3Uri = statisticsS3Uri;
            b.constraintsS3Uri = constraintsS3Uri;
            b.monitoringInputs = monitoringInputs;
            b.monitoringOutputConfig = monitoringOutputConfig;
            b.instanceCount = instanceCount;
            b.instanceType = instanceType;
            b.volumeSizeInGb = volumeSizeInGb;
            b.volumeKmsKey = volumeKmsKey;
            b.imageUri = imageUri;
            b.entrypoint = entrypoint;
            b.arguments = arguments;
            b.recordPreprocessorSourceUri = recordPreprocessorSourceUri;
            b.postAnalyticsProcessorSourceUri = postAnalyticsProcessorSourceUri;
            b.maxRuntimeInSeconds = maxRuntimeInSeconds;
            b.environment = environment;
            b.networkConfig = networkConfig;
            b.roleArn = roleArn;
            b.tags = tags;
            b.dataAnalysisStartTime = dataAnalysisStartTime;
            b.dataAnalysisEndTime = dataAnalysisEndTime;
            return b;
        }

        /**
         * {@code schedule_expression}.
         *
         * @return the cron expression of the executions, e.g. {@code cron(0 * ? * * *)}, or {@code NOW} for one execution; none: no ScheduleConfig, or {@code null}
         */
        public String scheduleExpression() {
            return scheduleExpression;
        }

        /**
         * {@code statistics_s3_uri}.
         *
         * @return the S3 URI of the baseline statistics, or {@code null}
         */
        public String statisticsS3Uri() {
            return statisticsS3Uri;
        }

        /**
         * {@code constraints_s3_uri}.
         *
         * @return the S3 URI of the baseline constraints, or {@code null}
         */
        public String constraintsS3Uri() {
            return constraintsS3Uri;
        }

        /**
         * {@code monitoring_inputs}.
         *
         * @return the monitoring inputs (the endpoint or batch transform input), or {@code null}
         */
        public List<software.amazon.awssdk.services.sagemaker.model.MonitoringInput> monitoringInputs() {
            return monitoringInputs;
        }

        /**
         * {@code monitoring_output_config}.
         *
         * @return where the results go, with an optional KMS key
         */
        public software.amazon.awssdk.services.sagemaker.model.MonitoringOutputConfig monitoringOutputConfig() {
            return monitoringOutputConfig;
        }

        /**
         * {@code instance_count}.
         *
         * @return the number of instances, at least 1, or {@code null}
         */
        public Integer instanceCount() {
            return instanceCount;
        }

        /**
         * {@code instance_type}.
         *
         * @return the instance type, e.g. {@code ml.m5.xlarge}, or {@code null}
         */
        public String instanceType() {
            return instanceType;
        }

        /**
         * {@code volume_size_in_gb}.
         *
         * @return the volume size in GB, at least 1, or {@code null}
         */
        public Integer volumeSizeInGb() {
            return volumeSizeInGb;
        }

        /**
         * {@code volume_kms_key}.
         *
         * @return the KMS key that encrypts the volume; sent, not enforced locally, or {@code null}
         */
        public String volumeKmsKey() {
            return volumeKmsKey;
        }

        /**
         * {@code image_uri}.
         *
         * @return the monitoring container image, or {@code null}
         */
        public String imageUri() {
            return imageUri;
        }

        /**
         * {@code entrypoint}.
         *
         * @return the container's entry point, or {@code null}
         */
        public List<String> entrypoint() {
            return entrypoint;
        }

        /**
         * {@code arguments}.
         *
         * @return the container's arguments, or {@code null}
         */
        public List<String> arguments() {
            return arguments;
        }

        /**
         * {@code record_preprocessor_source_uri}.
         *
         * @return the S3 URI of a record preprocessing script (first-party images), or {@code null}
         */
        public String recordPreprocessorSourceUri() {
            return recordPreprocessorSourceUri;
        }

        /**
         * {@code post_analytics_processor_source_uri}.
         *
         * @return the S3 URI of a post-analytics script (first-party images), or {@code null}
         */
        public String postAnalyticsProcessorSourceUri() {
            return postAnalyticsProcessorSourceUri;
        }

        /**
         * {@code max_runtime_in_seconds}.
         *
         * @return the longest run of one execution, 1 to 86400 seconds, or {@code null}
         */
        public Integer maxRuntimeInSeconds() {
            return maxRuntimeInSeconds;
        }

        /**
         * {@code environment}.
         *
         * @return the container's environment variables
         */
        public java.util.Map<String, String> environment() {
            return environment;
        }

        /**
         * {@code network_config}.
         *
         * @return network isolation, inter-container traffic encryption and the VPC; sent, not enforced locally
         */
        public software.amazon.awssdk.services.sagemaker.model.NetworkConfig networkConfig() {
            return networkConfig;
        }

        /**
         * {@code role_arn}.
         *
         * @return the IAM role ARN the executions run as, or {@code null}
         */
        public String roleArn() {
            return roleArn;
        }

        /**
         * {@code tags}.
         *
         * @return the schedule's tags, the service's Key/Value list
         */
        public List<software.amazon.awssdk.services.sagemaker.model.Tag> tags() {
            return tags;
        }

        /**
         * {@code data_analysis_start_time}.
         *
         * @return the start of the analysed window of a one-time schedule, e.g. {@code -PT1H}, or {@code null}
         */
        public String dataAnalysisStartTime() {
            return dataAnalysisStartTime;
        }

        /**
         * {@code data_analysis_end_time}.
         *
         * @return the end of the analysed window of a one-time schedule, e.g. {@code -PT0H}, or {@code null}
         */
        public String dataAnalysisEndTime() {
            return dataAnalysisEndTime;
        }

        private List<Object> fields() {
            return java.util.Arrays.asList(scheduleExpression, statisticsS3Uri, constraintsS3Uri, monitoringInputs, monitoringOutputConfig, instanceCount, instanceType, volumeSizeInGb, volumeKmsKey, imageUri, entrypoint, arguments, recordPreprocessorSourceUri, postAnalyticsProcessorSourceUri, maxRuntimeInSeconds, environment, networkConfig, roleArn, tags, dataAnalysisStartTime, dataAnalysisEndTime);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof CreateMonitoringScheduleOptions && fields().equals(((CreateMonitoringScheduleOptions) o).fields());
        }

        @Override
        public int hashCode() {
            return fields().hashCode();
        }

        @Override
        public String toString() {
            return "CreateMonitoringScheduleOptions[" + "scheduleExpression=" + scheduleExpression + ", " + "statisticsS3Uri=" + statisticsS3Uri + ", " + "constraintsS3Uri=" + constraintsS3Uri + ", " + "monitoringInputs=" + monitoringInputs + ", " + "monitoringOutputConfig=" + monitoringOutputConfig + ", " + "instanceCount=" + instanceCount + ", " + "instanceType=" + instanceType + ", " + "volumeSizeInGb=" + volumeSizeInGb + ", " + "volumeKmsKey=" + volumeKmsKey + ", " + "imageUri=" + imageUri + ", " + "entrypoint=" + entrypoint + ", " + "arguments=" + arguments + ", " + "recordPreprocessorSourceUri=" + recordPreprocessorSourceUri + ", " + "postAnalyticsProcessorSourceUri=" + postAnalyticsProcessorSourceUri + ", " + "maxRuntimeInSeconds=" + maxRuntimeInSeconds + ", " + "environment=" + environment + ", " + "networkConfig=" + networkConfig + ", " + "roleArn=" + roleArn + ", " + "tags=" + tags + ", " + "dataAnalysisStartTime=" + dataAnalysisStartTime + ", " + "dataAnalysisEndTime=" + dataAnalysisEndTime + "]";
        }

        /** Builds {@link CreateMonitoringScheduleOptions}; each method is a keyword of Python's {@code create_monitoring_schedule}. */
        public static final class Builder {
            private String scheduleExpression;
            private String statisticsS3Uri;
            private String constraintsS3Uri;
            private List<software.amazon.awssdk.services.sagemaker.model.MonitoringInput> monitoringInputs;
            private software.amazon.awssdk.services.sagemaker.model.MonitoringOutputConfig monitoringOutputConfig;
            private Integer instanceCount;
            private String instanceType;
            private Integer volumeSizeInGb;
            private String volumeKmsKey;
            private String imageUri;
            private List<String> entrypoint;
            private List<String> arguments;
            private String recordPreprocessorSourceUri;
            private String postAnalyticsProcessorSourceUri;
            private Integer maxRuntimeInSeconds;
            private java.util.Map<String, String> environment;
            private software.amazon.awssdk.services.sagemaker.model.NetworkConfig networkConfig;
            private String roleArn;
            private List<software.amazon.awssdk.services.sagemaker.model.Tag> tags = List.of();
            private String dataAnalysisStartTime;
            private String dataAnalysisEndTime;

            private Builder() {
            }

            /**
             * Sets {@code schedule_expression} (default None).
             *
             * @param scheduleExpression the cron expression of the executions, e.g. {@code cron(0 * ? * * *)}, or {@code NOW} for one execution; none: no ScheduleConfig
             * @return this builder
             */
            public Builder scheduleExpression(String scheduleExpression) {
                this.scheduleExpression = scheduleExpression;
                return this;
            }

            /**
             * Sets {@code statistics_s3_uri} (default None).
             *
             * @param statisticsS3Uri the S3 URI of the baseline statistics
             * @return this builder
             */
            public Builder statisticsS3Uri(String statisticsS3Uri) {
                this.statisticsS3Uri = statisticsS3Uri;
                return this;
            }

            /**
             * Sets {@code constraints_s3_uri} (default None).
             *
             * @param constraintsS3Uri the S3 URI of the baseline constraints
             * @return this builder
             */
            public Builder constraintsS3Uri(String constraintsS3Uri) {
                this.constraintsS3Uri = constraintsS3Uri;
                return this;
            }

            /**
             * Sets {@code monitoring_inputs} (default required on create).
             *
             * @param monitoringInputs the monitoring inputs (the endpoint or batch transform input)
             * @return this builder
             */
            public Builder monitoringInputs(List<software.amazon.awssdk.services.sagemaker.model.MonitoringInput> monitoringInputs) {
                this.monitoringInputs = monitoringInputs == null ? null : List.copyOf(monitoringInputs);
                return this;
            }

            /**
             * Sets {@code monitoring_output_config} (default None).
             *
             * @param monitoringOutputConfig where the results go, with an optional KMS key
             * @return this builder
             */
            public Builder monitoringOutputConfig(software.amazon.awssdk.services.sagemaker.model.MonitoringOutputConfig monitoringOutputConfig) {
                this.monitoringOutputConfig = monitoringOutputConfig;
                return this;
            }

            /**
             * Sets {@code instance_count} (default required on create).
             *
             * @param instanceCount the number of instances, at least 1
             * @return this builder
             */
            public Builder instanceCount(Integer instanceCount) {
                this.instanceCount = positiveInt("instanceCount", instanceCount);
                return this;
            }

            /**
             * Sets {@code instance_type} (default required on create).
             *
             * @param instanceType the instance type, e.g. {@code ml.m5.xlarge}
             * @return this builder
             */
            public Builder instanceType(String instanceType) {
                this.instanceType = instanceType;
                return this;
            }

            /**
             * Sets {@code volume_size_in_gb} (default required on create).
             *
             * @param volumeSizeInGb the volume size in GB, at least 1
             * @return this builder
             */
            public Builder volumeSizeInGb(Integer volumeSizeInGb) {
                this.volumeSizeInGb = positiveInt("volumeSizeInGb", volumeSizeInGb);
                return this;
            }

            /**
             * Sets {@code volume_kms_key} (default None).
             *
             * @param volumeKmsKey the KMS key that encrypts the volume; sent, not enforced locally
             * @return this builder
             */
            public Builder volumeKmsKey(String volumeKmsKey) {
                this.volumeKmsKey = dev.sagemaker4j.utils.ServiceArguments.kmsKey("volumeKmsKey", volumeKmsKey);
                return this;
            }

            /**
             * Sets {@code image_uri} (default None; required on create).
             *
             * @param imageUri the monitoring container image
             * @return this builder
             */
            public Builder imageUri(String imageUri) {
                this.imageUri = imageUri;
                return this;
            }

            /**
             * Sets {@code entrypoint} (default None).
             *
             * @param entrypoint the container's entry point
             * @return this builder
             */
            public Builder entrypoint(List<String> entrypoint) {
                this.entrypoint = entrypoint == null ? null : List.copyOf(entrypoint);
                return this;
            }

            /**
             * Sets {@code arguments} (default None).
             *
             * @param arguments the container's arguments
             * @return this builder
             */
            public Builder arguments(List<String> arguments) {
                this.arguments = arguments == null ? null : List.copyOf(arguments);
                return this;
            }

            /**
             * Sets {@code record_preprocessor_source_uri} (default None).
             *
             * @param recordPreprocessorSourceUri the S3 URI of a record preprocessing script (first-party images)
             * @return this builder
             */
            public Builder recordPreprocessorSourceUri(String recordPreprocessorSourceUri) {
                this.recordPreprocessorSourceUri = recordPreprocessorSourceUri;
                return this;
            }

            /**
             * Sets {@code post_analytics_processor_source_uri} (default None).
             *
             * @param postAnalyticsProcessorSourceUri the S3 URI of a post-analytics script (first-party images)
             * @return this builder
             */
            public Builder postAnalyticsProcessorSourceUri(String postAnalyticsProcessorSourceUri) {
                this.postAnalyticsProcessorSourceUri = postAnalyticsProcessorSourceUri;
                return this;
            }

            /**
             * Sets {@code max_runtime_in_seconds} (default None).
             *
             * @param maxRuntimeInSeconds the longest run of one execution, 1 to 86400 seconds
             * @return this builder
             */
            public Builder maxRuntimeInSeconds(Integer maxRuntimeInSeconds) {
                this.maxRuntimeInSeconds = positiveInt("maxRuntimeInSeconds", maxRuntimeInSeconds);
                return this;
            }

            /**
             * Sets {@code environment} (default None).
             *
             * @param environment the container's environment variables
             * @return this builder
             */
            public Builder environment(java.util.Map<String, String> environment) {
                this.environment = environment == null ? null : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(environment));
                return this;
            }

            /**
             * Sets {@code network_config} (default None).
             *
             * @param networkConfig network isolation, inter-container traffic encryption and the VPC; sent, not enforced locally
             * @return this builder
             */
            public Builder networkConfig(software.amazon.awssdk.services.sagemaker.model.NetworkConfig networkConfig) {
                this.networkConfig = networkConfig == null ? null : networkConfig.toBuilder().vpcConfig(dev.sagemaker4j.utils.ServiceArguments.vpcConfig("networkConfig.VpcConfig", networkConfig.vpcConfig())).build();
                return this;
            }

            /**
             * Sets {@code role_arn} (default None; required on create).
             *
             * @param roleArn the IAM role ARN the executions run as
             * @return this builder
             */
            public Builder roleArn(String roleArn) {
                this.roleArn = roleArn;
                return this;
            }

            /**
             * Sets {@code tags} (default None; create only).
             *
             * @param tags the schedule's tags, the service's Key/Value list
             * @return this builder
             */
            public Builder tags(List<software.amazon.awssdk.services.sagemaker.model.Tag> tags) {
                this.tags = tags == null ? List.of() : dev.sagemaker4j.utils.ServiceArguments.tags("tags", tags);
                return this;
            }

            /**
             * Sets {@code tags} given as a dict (default None): sent as a Key/Value list in the map's order.
             *
             * @param tags keys and values
             * @return this builder
             */
            public Builder tags(java.util.Map<String, String> tags) {
                this.tags = dev.sagemaker4j.utils.ServiceArguments.tags("tags", tags);
                return this;
            }

            /**
             * Sets {@code data_analysis_start_time} (default None).
             *
             * @param dataAnalysisStartTime the start of the analysed window of a one-time schedule, e.g. {@code -PT1H}
             * @return this builder
             */
            public Builder dataAnalysisStartTime(String dataAnalysisStartTime) {
                this.dataAnalysisStartTime = dataAnalysisStartTime;
                return this;
            }

            /**
             * Sets {@code data_analysis_end_time} (default None).
             *
             * @param dataAnalysisEndTime the end of the analysed window of a one-time schedule, e.g. {@code -PT0H}
             * @return this builder
             */
            public Builder dataAnalysisEndTime(String dataAnalysisEndTime) {
                this.dataAnalysisEndTime = dataAnalysisEndTime;
                return this;
            }

            /**
             * Builds the options.
             *
             * @return the options
             */
            public CreateMonitoringScheduleOptions build() {
                return new CreateMonitoringScheduleOptions(this);
            }
        }
    }

    /**
     * The keywords of Python's {@code Session.auto_ml} after its three positional arguments. Immutable.
     */
    public static final class AutoMlOptions {
        private final String role;
        private final String jobName;
        private final String problemType;
        private final software.amazon.awssdk.services.sagemaker.model.AutoMLJobObjective jobObjective;
        private final boolean generateCandidateDefinitionsOnly;
        private final List<software.amazon.awssdk.services.sagemaker.model.Tag> tags;
        private final software.amazon.awssdk.services.sagemaker.model.ModelDeployConfig modelDeployConfig;

        private AutoMlOptions(Builder b) {
            this.role = b.role;
            this.jobName = b.jobName;
            this.problemType = b.problemType;
            this.jobObjective = b.jobObjective;
            this.generateCandidateDefinitionsOnly = b.generateCandidateDefinitionsOnly;
            this.tags = b.tags;
            this.modelDeployConfig = b.modelDeployConfig;
        }

        /**
         * A builder with Python's defaults.
         *
         * @return the builder
         */
        public static Builder builder() {
            return new Builder();
        }

        /**
         * A builder holding these options.
         *
         * @return the builder
         */
        public Builder toBuilder() {
            Builder b = new Builder();
            b.role = role;
            b.jobName = jobName;
            b.problemType = problemType;
            b.jobObjective = jobObjective;
            b.generateCandidateDefinitionsOnly = generateCandidateDefinitionsOnly;
            b.tags = tags;
            b.modelDeployConfig = modelDeployConfig;
            return b;
        }

        /**
         * {@code role}.
         *
         * @return the IAM role ARN, or {@code null}
         */
        public String role() {
            return role;
        }

        /**
         * {@code job_name}.
         *
         * @return the AutoML job's name, or {@code null}
         */
        public String jobName() {
            return jobName;
        }

        /**
         * {@code problem_type}.
         *
         * @return {@code Regression}, {@code BinaryClassification} or {@code MultiClassClassification}, or {@code null}
         */
        public String problemType() {
            return problemType;
        }

        /**
         * {@code job_objective}.
         *
         * @return the objective metric
         */
        public software.amazon.awssdk.services.sagemaker.model.AutoMLJobObjective jobObjective() {
            return jobObjective;
        }

        /**
         * {@code generate_candidate_definitions_only}.
         *
         * @return whether only candidate definitions are generated
         */
        public boolean generateCandidateDefinitionsOnly() {
            return generateCandidateDefinitionsOnly;
        }

        /**
         * {@code tags}.
         *
         * @return the job's tags, the service's Key/Value list
         */
        public List<software.amazon.awssdk.services.sagemaker.model.Tag> tags() {
            return tags;
        }

        /**
         * {@code model_deploy_config}.
         *
         * @return how the best candidate is deployed
         */
        public software.amazon.awssdk.services.sagemaker.model.ModelDeployConfig modelDeployConfig() {
            return modelDeployConfig;
        }

        private List<Object> fields() {
            return java.util.Arrays.asList(role, jobName, problemType, jobObjective, generateCandidateDefinitionsOnly, tags, modelDeployConfig);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof AutoMlOptions && fields().equals(((AutoMlOptions) o).fields());
        }

        @Override
        public int hashCode() {
            return fields().hashCode();
        }

        @Override
        public String toString() {
            return "AutoMlOptions[" + "role=" + role + ", " + "jobName=" + jobName + ", " + "problemType=" + problemType + ", " + "jobObjective=" + jobObjective + ", " + "generateCandidateDefinitionsOnly=" + generateCandidateDefinitionsOnly + ", " + "tags=" + tags + ", " + "modelDeployConfig=" + modelDeployConfig + "]";
        }

        /** Builds {@link AutoMlOptions}; each method is a keyword of Python's {@code auto_ml}. */
        public static final class Builder {
            private String role;
            private String jobName;
            private String problemType;
            private software.amazon.awssdk.services.sagemaker.model.AutoMLJobObjective jobObjective;
            private boolean generateCandidateDefinitionsOnly = false;
            private List<software.amazon.awssdk.services.sagemaker.model.Tag> tags = List.of();
            private software.amazon.awssdk.services.sagemaker.model.ModelDeployConfig modelDeployConfig;

            private Builder() {
            }

            /**
             * Sets {@code role} (default None; required here (Python reads it from the SageMaker config)).
             *
             * @param role the IAM role ARN
             * @return this builder
             */
            public Builder role(String role) {
                this.role = role;
                return this;
            }

            /**
             * Sets {@code job_name} (default None; required).
             *
             * @param jobName the AutoML job's name
             * @return this builder
             */
            public Builder jobName(String jobName) {
                this.jobName = jobName;
                return this;
            }

            /**
             * Sets {@code problem_type} (default None: the service infers it).
             *
             * @param problemType {@code Regression}, {@code BinaryClassification} or {@code MultiClassClassification}
             * @return this builder
             */
            public Builder problemType(String problemType) {
                this.problemType = problemType;
                return this;
            }

            /**
             * Sets {@code job_objective} (default None).
             *
             * @param jobObjective the objective metric
             * @return this builder
             */
            public Builder jobObjective(software.amazon.awssdk.services.sagemaker.model.AutoMLJobObjective jobObjective) {
                this.jobObjective = jobObjective;
                return this;
            }

            /**
             * Sets {@code generate_candidate_definitions_only} (default False).
             *
             * @param generateCandidateDefinitionsOnly whether only candidate definitions are generated
             * @return this builder
             */
            public Builder generateCandidateDefinitionsOnly(boolean generateCandidateDefinitionsOnly) {
                this.generateCandidateDefinitionsOnly = generateCandidateDefinitionsOnly;
                return this;
            }

            /**
             * Sets {@code tags} (default None).
             *
             * @param tags the job's tags, the service's Key/Value list
             * @return this builder
             */
            public Builder tags(List<software.amazon.awssdk.services.sagemaker.model.Tag> tags) {
                this.tags = tags == null ? List.of() : dev.sagemaker4j.utils.ServiceArguments.tags("tags", tags);
                return this;
            }

            /**
             * Sets {@code tags} given as a dict (default None): sent as a Key/Value list in the map's order.
             *
             * @param tags keys and values
             * @return this builder
             */
            public Builder tags(java.util.Map<String, String> tags) {
                this.tags = dev.sagemaker4j.utils.ServiceArguments.tags("tags", tags);
                return this;
            }

            /**
             * Sets {@code model_deploy_config} (default None).
             *
             * @param modelDeployConfig how the best candidate is deployed
             * @return this builder
             */
            public Builder modelDeployConfig(software.amazon.awssdk.services.sagemaker.model.ModelDeployConfig modelDeployConfig) {
                this.modelDeployConfig = modelDeployConfig;
                return this;
            }

            /**
             * Builds the options.
             *
             * @return the options
             */
            public AutoMlOptions build() {
                return new AutoMlOptions(this);
            }
        }
    }

    /**
     * The keywords of Python's {@code Session.create_auto_ml_v2} after its four positional arguments. Immutable.
     */
    public static final class CreateAutoMlV2Options {
        private final software.amazon.awssdk.services.sagemaker.model.AutoMLJobObjective jobObjective;
        private final software.amazon.awssdk.services.sagemaker.model.ModelDeployConfig modelDeployConfig;
        private final software.amazon.awssdk.services.sagemaker.model.AutoMLDataSplitConfig dataSplitConfig;
        private final String role;
        private final software.amazon.awssdk.services.sagemaker.model.AutoMLSecurityConfig securityConfig;
        private final List<software.amazon.awssdk.services.sagemaker.model.Tag> tags;

        private CreateAutoMlV2Options(Builder b) {
            this.jobObjective = b.jobObjective;
            this.modelDeployConfig = b.modelDeployConfig;
            this.dataSplitConfig = b.dataSplitConfig;
            this.role = b.role;
            this.securityConfig = b.securityConfig;
            this.tags = b.tags;
        }

        /**
         * A builder with Python's defaults.
         *
         * @return the builder
         */
        public static Builder builder() {
            return new Builder();
        }

        /**
         * A builder holding these options.
         *
         * @return the builder
         */
        public Builder toBuilder() {
            Builder b = new Builder();
            b.jobObjective = jobObjective;
            b.modelDeployConfig = modelDeployConfig;
            b.dataSplitConfig = dataSplitConfig;
            b.role = role;
            b.securityConfig = securityConfig;
            b.tags = tags;
            return b;
        }

        /**
         * {@code job_objective}.
         *
         * @return the objective metric
         */
        public software.amazon.awssdk.services.sagemaker.model.AutoMLJobObjective jobObjective() {
            return jobObjective;
        }

        /**
         * {@code model_deploy_config}.
         *
         * @return how the best candidate is deployed
         */
        public software.amazon.awssdk.services.sagemaker.model.ModelDeployConfig modelDeployConfig() {
            return modelDeployConfig;
        }

        /**
         * {@code data_split_config}.
         *
         * @return how the data is split into training and validation
         */
        public software.amazon.awssdk.services.sagemaker.model.AutoMLDataSplitConfig dataSplitConfig() {
            return dataSplitConfig;
        }

        /**
         * {@code role}.
         *
         * @return the IAM role ARN, or {@code null}
         */
        public String role() {
            return role;
        }

        /**
         * {@code security_config}.
         *
         * @return volume KMS key, traffic encryption and VPC; sent, not enforced locally
         */
        public software.amazon.awssdk.services.sagemaker.model.AutoMLSecurityConfig securityConfig() {
            return securityConfig;
        }

        /**
         * {@code tags}.
         *
         * @return the job's tags, the service's Key/Value list
         */
        public List<software.amazon.awssdk.services.sagemaker.model.Tag> tags() {
            return tags;
        }

        private List<Object> fields() {
            return java.util.Arrays.asList(jobObjective, modelDeployConfig, dataSplitConfig, role, securityConfig, tags);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof CreateAutoMlV2Options && fields().equals(((CreateAutoMlV2Options) o).fields());
        }

        @Override
        public int hashCode() {
            return fields().hashCode();
        }

        @Override
        public String toString() {
            return "CreateAutoMlV2Options[" + "jobObjective=" + jobObjective + ", " + "modelDeployConfig=" + modelDeployConfig + ", " + "dataSplitConfig=" + dataSplitConfig + ", " + "role=" + role + ", " + "securityConfig=" + securityConfig + ", " + "tags=" + tags + "]";
        }

        /** Builds {@link CreateAutoMlV2Options}; each method is a keyword of Python's {@code create_auto_ml_v2}. */
        public static final class Builder {
            private software.amazon.awssdk.services.sagemaker.model.AutoMLJobObjective jobObjective;
            private software.amazon.awssdk.services.sagemaker.model.ModelDeployConfig modelDeployConfig;
            private software.amazon.awssdk.services.sagemaker.model.AutoMLDataSplitConfig dataSplitConfig;
            private String role;
            private software.amazon.awssdk.services.sagemaker.model.AutoMLSecurityConfig securityConfig;
            private List<software.amazon.awssdk.services.sagemaker.model.Tag> tags = List.of();

            private Builder() {
            }

            /**
             * Sets {@code job_objective} (default None).
             *
             * @param jobObjective the objective metric
             * @return this builder
             */
            public Builder jobObjective(software.amazon.awssdk.services.sagemaker.model.AutoMLJobObjective jobObjective) {
                this.jobObjective = jobObjective;
                return this;
            }

            /**
             * Sets {@code model_deploy_config} (default None).
             *
             * @param modelDeployConfig how the best candidate is deployed
             * @return this builder
             */
            public Builder modelDeployConfig(software.amazon.awssdk.services.sagemaker.model.ModelDeployConfig modelDeployConfig) {
                this.modelDeployConfig = modelDeployConfig;
                return this;
            }

            /**
             * Sets {@code data_split_config} (default None).
             *
             * @param dataSplitConfig how the data is split into training and validation
             * @return this builder
             */
            public Builder dataSplitConfig(software.amazon.awssdk.services.sagemaker.model.AutoMLDataSplitConfig dataSplitConfig) {
                this.dataSplitConfig = dataSplitConfig;
                return this;
            }

            /**
             * Sets {@code role} (default None; required here (Python reads it from the SageMaker config)).
             *
             * @param role the IAM role ARN
             * @return this builder
             */
            public Builder role(String role) {
                this.role = role;
                return this;
            }

            /**
             * Sets {@code security_config} (default None).
             *
             * @param securityConfig volume KMS key, traffic encryption and VPC; sent, not enforced locally
             * @return this builder
             */
            public Builder securityConfig(software.amazon.awssdk.services.sagemaker.model.AutoMLSecurityConfig securityConfig) {
                this.securityConfig = securityConfig;
                return this;
            }

            /**
             * Sets {@code tags} (default None).
             *
             * @param tags the job's tags, the service's Key/Value list
             * @return this builder
             */
            public Builder tags(List<software.amazon.awssdk.services.sagemaker.model.Tag> tags) {
                this.tags = tags == null ? List.of() : dev.sagemaker4j.utils.ServiceArguments.tags("tags", tags);
                return this;
            }

            /**
             * Sets {@code tags} given as a dict (default None): sent as a Key/Value list in the map's order.
             *
             * @param tags keys and values
             * @return this builder
             */
            public Builder tags(java.util.Map<String, String> tags) {
                this.tags = dev.sagemaker4j.utils.ServiceArguments.tags("tags", tags);
                return this;
            }

            /**
             * Builds the options.
             *
             * @return the options
             */
            public CreateAutoMlV2Options build() {
                return new CreateAutoMlV2Options(this);
            }
        }
    }

    /**
     * The keywords of Python's {@code Session.create_inference_recommendations_job} after {@code role} and
     * {@code sample_payload_url}. Immutable.
     */
    public static final class CreateInferenceRecommendationsJobOptions {
        private final List<String> supportedContentTypes;
        private final String jobName;
        private final String jobType;
        private final String modelName;
        private final String modelPackageVersionArn;
        private final Integer jobDurationInSeconds;
        private final String nearestModelName;
        private final List<String> supportedInstanceTypes;
        private final String framework;
        private final String frameworkVersion;
        private final List<software.amazon.awssdk.services.sagemaker.model.EndpointInputConfiguration> endpointConfigurations;
        private final software.amazon.awssdk.services.sagemaker.model.TrafficPattern trafficPattern;
        private final software.amazon.awssdk.services.sagemaker.model.RecommendationJobStoppingConditions stoppingConditions;
        private final software.amazon.awssdk.services.sagemaker.model.RecommendationJobResourceLimit resourceLimit;

        private CreateInferenceRecommendationsJobOptions(Builder b) {
            this.supportedContentTypes = b.supportedContentTypes;
            this.jobName = b.jobName;
            this.jobType = b.jobType;
            this.modelName = b.modelName;
            this.modelPackageVersionArn = b.modelPackageVersionArn;
            this.jobDurationInSeconds = b.jobDurationInSeconds;
            this.nearestModelName = b.nearestModelName;
            this.supportedInstanceTypes = b.supportedInstanceTypes;
            this.framework = b.framework;
            this.frameworkVersion = b.frameworkVersion;
            this.endpointConfigurations = b.endpointConfigurations;
            this.trafficPattern = b.trafficPattern;
            this.stoppingConditions = b.stoppingConditions;
            this.resourceLimit = b.resourceLimit;
        }

        /**
         * A builder with Python's defaults.
         *
         * @return the builder
         */
        public static Builder builder() {
            return new Builder();
        }

        /**
         * A builder holding these options.
         *
         * @return the builder
         */
        public Builder toBuilder() {
            Builder b = new Builder();
            b.supportedContentTypes = supportedContentTypes;
            b.jobName = jobName;
            b.jobType = jobType;
            b.modelName = modelName;
            b.modelPackageVersionArn = modelPackageVersionArn;
            b.jobDurationInSeconds = jobDurationInSeconds;
            b.nearestModelName = nearestModelName;
            b.supportedInstanceTypes = supportedInstanceTypes;
            b.framework = framework;
            b.frameworkVersion = frameworkVersion;
            b.endpointConfigurations = endpointConfigurations;
            b.trafficPattern = trafficPattern;
            b.stoppingConditions = stoppingConditions;
            b.resourceLimit = resourceLimit;
            return b;
        }

        /**
         * {@code supported_content_types}.
         *
         * @return the MIME types of the sample payload, or {@code null}
         */
        public List<String> supportedContentTypes() {
            return supportedContentTypes;
        }

        /**
         * {@code job_name}.
         *
         * @return the job's name, or {@code null}
         */
        public String jobName() {
            return jobName;
        }

        /**
         * {@code job_type}.
         *
         * @return {@code Default} or {@code Advanced}
         */
        public String jobType() {
            return jobType;
        }

        /**
         * {@code model_name}.
         *
         * @return the SageMaker model (or give modelPackageVersionArn), or {@code null}
         */
        public String modelName() {
            return modelName;
        }

        /**
         * {@code model_package_version_arn}.
         *
         * @return the versioned model package's ARN (or give modelName), or {@code null}
         */
        public String modelPackageVersionArn() {
            return modelPackageVersionArn;
        }

        /**
         * {@code job_duration_in_seconds}.
         *
         * @return the longest run of the job, or {@code null}
         */
        public Integer jobDurationInSeconds() {
            return jobDurationInSeconds;
        }

        /**
         * {@code nearest_model_name}.
         *
         * @return a benchmarked model like this one, or {@code null}
         */
        public String nearestModelName() {
            return nearestModelName;
        }

        /**
         * {@code supported_instance_types}.
         *
         * @return the instance types to consider, or {@code null}
         */
        public List<String> supportedInstanceTypes() {
            return supportedInstanceTypes;
        }

        /**
         * {@code framework}.
         *
         * @return the model's framework, e.g. {@code XGBOOST}, or {@code null}
         */
        public String framework() {
            return framework;
        }

        /**
         * {@code framework_version}.
         *
         * @return the framework's version, or {@code null}
         */
        public String frameworkVersion() {
            return frameworkVersion;
        }

        /**
         * {@code endpoint_configurations}.
         *
         * @return the endpoint configurations to try ({@code Advanced} jobs), or {@code null}
         */
        public List<software.amazon.awssdk.services.sagemaker.model.EndpointInputConfiguration> endpointConfigurations() {
            return endpointConfigurations;
        }

        /**
         * {@code traffic_pattern}.
         *
         * @return the load pattern ({@code Advanced} jobs)
         */
        public software.amazon.awssdk.services.sagemaker.model.TrafficPattern trafficPattern() {
            return trafficPattern;
        }

        /**
         * {@code stopping_conditions}.
         *
         * @return when the job stops ({@code Advanced} jobs)
         */
        public software.amazon.awssdk.services.sagemaker.model.RecommendationJobStoppingConditions stoppingConditions() {
            return stoppingConditions;
        }

        /**
         * {@code resource_limit}.
         *
         * @return the resource limit ({@code Advanced} jobs)
         */
        public software.amazon.awssdk.services.sagemaker.model.RecommendationJobResourceLimit resourceLimit() {
            return resourceLimit;
        }

        private List<Object> fields() {
            return java.util.Arrays.asList(supportedContentTypes, jobName, jobType, modelName, modelPackageVersionArn, jobDurationInSeconds, nearestModelName, supportedInstanceTypes, framework, frameworkVersion, endpointConfigurations, trafficPattern, stoppingConditions, resourceLimit);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof CreateInferenceRecommendationsJobOptions && fields().equals(((CreateInferenceRecommendationsJobOptions) o).fields());
        }

        @Override
        public int hashCode() {
            return fields().hashCode();
        }

        @Override
        public String toString() {
            return "CreateInferenceRecommendationsJobOptions[" + "supportedContentTypes=" + supportedContentTypes + ", " + "jobName=" + jobName + ", " + "jobType=" + jobType + ", " + "modelName=" + modelName + ", " + "modelPackageVersionArn=" + modelPackageVersionArn + ", " + "jobDurationInSeconds=" + jobDurationInSeconds + ", " + "nearestModelName=" + nearestModelName + ", " + "supportedInstanceTypes=" + supportedInstanceTypes + ", " + "framework=" + framework + ", " + "frameworkVersion=" + frameworkVersion + ", " + "endpointConfigurations=" + endpointConfigurations + ", " + "trafficPattern=" + trafficPattern + ", " + "stoppingConditions=" + stoppingConditions + ", " + "resourceLimit=" + resourceLimit + "]";
        }

        /** Builds {@link CreateInferenceRecommendationsJobOptions}; each method is a keyword of Python's {@code create_inference_recommendations_job}. */
        public static final class Builder {
            private List<String> supportedContentTypes;
            private String jobName;
            private String jobType = "Default";
            private String modelName;
            private String modelPackageVersionArn;
            private Integer jobDurationInSeconds;
            private String nearestModelName;
            private List<String> supportedInstanceTypes;
            private String framework;
            private String frameworkVersion;
            private List<software.amazon.awssdk.services.sagemaker.model.EndpointInputConfiguration> endpointConfigurations;
            private software.amazon.awssdk.services.sagemaker.model.TrafficPattern trafficPattern;
            private software.amazon.awssdk.services.sagemaker.model.RecommendationJobStoppingConditions stoppingConditions;
            private software.amazon.awssdk.services.sagemaker.model.RecommendationJobResourceLimit resourceLimit;

            private Builder() {
            }

            /**
             * Sets {@code supported_content_types} (default required).
             *
             * @param supportedContentTypes the MIME types of the sample payload
             * @return this builder
             */
            public Builder supportedContentTypes(List<String> supportedContentTypes) {
                this.supportedContentTypes = supportedContentTypes == null ? null : List.copyOf(supportedContentTypes);
                return this;
            }

            /**
             * Sets {@code job_name} (default None: {@code SMPYTHONSDK-<uuid>}).
             *
             * @param jobName the job's name
             * @return this builder
             */
            public Builder jobName(String jobName) {
                this.jobName = jobName;
                return this;
            }

            /**
             * Sets {@code job_type} (default "Default").
             *
             * @param jobType {@code Default} or {@code Advanced}
             * @return this builder
             */
            public Builder jobType(String jobType) {
                this.jobType = oneOf("jobType", jobType, Set.of("Default", "Advanced"));
                return this;
            }

            /**
             * Sets {@code model_name} (default None).
             *
             * @param modelName the SageMaker model (or give modelPackageVersionArn)
             * @return this builder
             */
            public Builder modelName(String modelName) {
                this.modelName = modelName;
                return this;
            }

            /**
             * Sets {@code model_package_version_arn} (default None).
             *
             * @param modelPackageVersionArn the versioned model package's ARN (or give modelName)
             * @return this builder
             */
            public Builder modelPackageVersionArn(String modelPackageVersionArn) {
                this.modelPackageVersionArn = modelPackageVersionArn;
                return this;
            }

            /**
             * Sets {@code job_duration_in_seconds} (default None).
             *
             * @param jobDurationInSeconds the longest run of the job
             * @return this builder
             */
            public Builder jobDurationInSeconds(Integer jobDurationInSeconds) {
                this.jobDurationInSeconds = jobDurationInSeconds;
                return this;
            }

            /**
             * Sets {@code nearest_model_name} (default None).
             *
             * @param nearestModelName a benchmarked model like this one
             * @return this builder
             */
            public Builder nearestModelName(String nearestModelName) {
                this.nearestModelName = nearestModelName;
                return this;
            }

            /**
             * Sets {@code supported_instance_types} (default None).
             *
             * @param supportedInstanceTypes the instance types to consider
             * @return this builder
             */
            public Builder supportedInstanceTypes(List<String> supportedInstanceTypes) {
                this.supportedInstanceTypes = supportedInstanceTypes == null ? null : List.copyOf(supportedInstanceTypes);
                return this;
            }

            /**
             * Sets {@code framework} (default None).
             *
             * @param framework the model's framework, e.g. {@code XGBOOST}
             * @return this builder
             */
            public Builder framework(String framework) {
                this.framework = framework;
                return this;
            }

            /**
             * Sets {@code framework_version} (default None).
             *
             * @param frameworkVersion the framework's version
             * @return this builder
             */
            public Builder frameworkVersion(String frameworkVersion) {
                this.frameworkVersion = frameworkVersion;
                return this;
            }

            /**
             * Sets {@code endpoint_configurations} (default None).
             *
             * @param endpointConfigurations the endpoint configurations to try ({@code Advanced} jobs)
             * @return this builder
             */
            public Builder endpointConfigurations(List<software.amazon.awssdk.services.sagemaker.model.EndpointInputConfiguration> endpointConfigurations) {
                this.endpointConfigurations = endpointConfigurations == null ? null : List.copyOf(endpointConfigurations);
                return this;
            }

            /**
             * Sets {@code traffic_pattern} (default None).
             *
             * @param trafficPattern the load pattern ({@code Advanced} jobs)
             * @return this builder
             */
            public Builder trafficPattern(software.amazon.awssdk.services.sagemaker.model.TrafficPattern trafficPattern) {
                this.trafficPattern = trafficPattern;
                return this;
            }

            /**
             * Sets {@code stopping_conditions} (default None).
             *
             * @param stoppingConditions when the job stops ({@code Advanced} jobs)
             * @return this builder
             */
            public Builder stoppingConditions(software.amazon.awssdk.services.sagemaker.model.RecommendationJobStoppingConditions stoppingConditions) {
                this.stoppingConditions = stoppingConditions;
                return this;
            }

            /**
             * Sets {@code resource_limit} (default None).
             *
             * @param resourceLimit the resource limit ({@code Advanced} jobs)
             * @return this builder
             */
            public Builder resourceLimit(software.amazon.awssdk.services.sagemaker.model.RecommendationJobResourceLimit resourceLimit) {
                this.resourceLimit = resourceLimit;
                return this;
            }

            /**
             * Builds the options.
             *
             * @return the options
             */
            public CreateInferenceRecommendationsJobOptions build() {
                return new CreateInferenceRecommendationsJobOptions(this);
            }
        }
    }

    /**
     * The keywords of Python's {@code Session.wait_for_inference_recommendations_job(job_name, poll=120,
     * log_level="Verbose")}, plus where the log lines go; the longest wait is the methods' {@code timeout}. Immutable.
     */
    public static final class WaitForInferenceRecommendationsJobOptions {
        private final Duration poll;
        private final String logLevel;
        private final Consumer<String> sink;

        private WaitForInferenceRecommendationsJobOptions(Builder b) {
            this.poll = b.poll;
            this.logLevel = b.logLevel;
            this.sink = b.sink;
        }

        /**
         * A builder with Python's defaults.
         *
         * @return the builder
         */
        public static Builder builder() {
            return new Builder();
        }

        /**
         * A builder holding these options.
         *
         * @return the builder
         */
        public Builder toBuilder() {
            Builder b = new Builder();
            b.poll = poll;
            b.logLevel = logLevel;
            b.sink = sink;
            return b;
        }

        /**
         * {@code poll}.
         *
         * @return the pause between polls, positive, or {@code null}
         */
        public Duration poll() {
            return poll;
        }

        /**
         * {@code log_level}.
         *
         * @return {@code Verbose} (the job's log lines go to the sink) or {@code Quiet}
         */
        public String logLevel() {
            return logLevel;
        }

        /**
         * The Java-only {@code sink}.
         *
         * @return where the log lines go (Java only), or {@code null}
         */
        public Consumer<String> sink() {
            return sink;
        }

        private List<Object> fields() {
            return java.util.Arrays.asList(poll, logLevel, sink);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof WaitForInferenceRecommendationsJobOptions && fields().equals(((WaitForInferenceRecommendationsJobOptions) o).fields());
        }

        @Override
        public int hashCode() {
            return fields().hashCode();
        }

        @Override
        public String toString() {
            return "WaitForInferenceRecommendationsJobOptions[" + "poll=" + poll + ", " + "logLevel=" + logLevel + ", " + "sink=" + sink + "]";
        }

        /** Builds {@link WaitForInferenceRecommendationsJobOptions}; each method is a keyword of Python's {@code wait_for_inference_recommendations_job}. */
        public static final class Builder {
            private Duration poll;
            private String logLevel = "Verbose";
            private Consumer<String> sink;

            private Builder() {
            }

            /**
             * Sets {@code poll} (default 120 seconds; here {@code null}: the backend's poll interval, which the local backend keeps short).
             *
             * @param poll the pause between polls, positive
             * @return this builder
             */
            public Builder poll(Duration poll) {
                this.poll = positive("poll", poll);
                return this;
            }

            /**
             * Sets {@code log_level} (default "Verbose").
             *
             * @param logLevel {@code Verbose} (the job's log lines go to the sink) or {@code Quiet}
             * @return this builder
             */
            public Builder logLevel(String logLevel) {
                this.logLevel = oneOf("logLevel", logLevel, Set.of("Verbose", "Quiet"));
                return this;
            }

            /**
             * Sets The Java-only {@code sink} (default SLF4J logger {@code dev.sagemaker4j.jobs.<job name>}, level info).
             *
             * @param sink where the log lines go (Java only)
             * @return this builder
             */
            public Builder sink(Consumer<String> sink) {
                this.sink = sink;
                return this;
            }

            /**
             * Builds the options.
             *
             * @return the options
             */
            public WaitForInferenceRecommendationsJobOptions build() {
                return new WaitForInferenceRecommendationsJobOptions(this);
            }
        }
    }

    /**
     * The keywords of Python's {@code Session.wait_for_job(job, poll=5)}, shared by
     * {@code wait_for_processing_job}, {@code wait_for_transform_job} and {@code wait_for_tuning_job}
     * (the same keyword, the same default); the longest wait is the methods' {@code timeout}. Immutable.
     */
    public static final class WaitForJobOptions {
        private final Duration poll;

        private WaitForJobOptions(Builder b) {
            this.poll = b.poll;
        }

        static WaitForJobOptions of(Consumer<Builder> options) {
            Builder b = builder();
            options.accept(b);
            return b.build();
        }

        /**
         * A builder with Python's defaults.
         *
         * @return the builder
         */
        public static Builder builder() {
            return new Builder();
        }

        /**
         * A builder holding these options.
         *
         * @return the builder
         */
        public Builder toBuilder() {
            return new Builder().poll(poll);
        }

        /**
         * {@code poll}.
         *
         * @return the pause between polls, or {@code null} for the backend's poll interval
         */
        public Duration poll() {
            return poll;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof WaitForJobOptions && Objects.equals(poll, ((WaitForJobOptions) o).poll);
        }

        @Override
        public int hashCode() {
            return Objects.hashCode(poll);
        }

        @Override
        public String toString() {
            return "WaitForJobOptions[poll=" + poll + "]";
        }

        /** Builds {@link WaitForJobOptions}; each method is a keyword of Python's {@code wait_for_job}. */
        public static final class Builder {
            private Duration poll;

            private Builder() {
            }

            /**
             * Sets {@code poll} (Python's default 5 seconds; here default {@code null}: the backend's poll
             * interval, which the local backend keeps short).
             *
             * @param poll the pause between polls, positive
             * @return this builder
             */
            public Builder poll(Duration poll) {
                this.poll = positive("poll", poll);
                return this;
            }

            /**
             * Builds the options.
             *
             * @return the options
             */
            public WaitForJobOptions build() {
                return new WaitForJobOptions(this);
            }
        }
    }

    /**
     * The keywords of Python's {@code Session.wait_for_endpoint(endpoint, poll=DEFAULT_EP_POLL,
     * live_logging=False)}, plus where live log lines go. Immutable.
     */
    public static final class WaitForEndpointOptions {
        private final Duration poll;
        private final boolean liveLogging;
        private final Consumer<String> sink;

        private WaitForEndpointOptions(Builder b) {
            this.poll = b.poll;
            this.liveLogging = b.liveLogging;
            this.sink = b.sink;
        }

        /**
         * A builder with Python's defaults.
         *
         * @return the builder
         */
        public static Builder builder() {
            return new Builder();
        }

        /**
         * A builder holding these options.
         *
         * @return the builder
         */
        public Builder toBuilder() {
            return new Builder().poll(poll).liveLogging(liveLogging).sink(sink);
        }

        /**
         * {@code poll}.
         *
         * @return the pause between polls, or {@code null} for the backend's poll interval
         */
        public Duration poll() {
            return poll;
        }

        /**
         * {@code live_logging}.
         *
         * @return whether the endpoint's log lines are shown while waiting
         */
        public boolean liveLogging() {
            return liveLogging;
        }

        /**
         * Where live log lines go (Java only: Python prints them).
         *
         * @return the sink, or {@code null} for SLF4J
         */
        public Consumer<String> sink() {
            return sink;
        }

        @Override
        public boolean equals(Object o) {
            if (!(o instanceof WaitForEndpointOptions)) {
                return false;
            }
            WaitForEndpointOptions w = (WaitForEndpointOptions) o;
            return liveLogging == w.liveLogging && Objects.equals(poll, w.poll) && Objects.equals(sink, w.sink);
        }

        @Override
        public int hashCode() {
            return Objects.hash(poll, liveLogging, sink);
        }

        @Override
        public String toString() {
            return "WaitForEndpointOptions[poll=" + poll + ", liveLogging=" + liveLogging + "]";
        }

        /** Builds {@link WaitForEndpointOptions}; each method is a keyword of Python's {@code wait_for_endpoint}. */
        public static final class Builder {
            private Duration poll;
            private boolean liveLogging;
            private Consumer<String> sink;

            private Builder() {
            }

            /**
             * Sets {@code poll} (Python's default {@code DEFAULT_EP_POLL}, 30 seconds; here default {@code null}:
             * the backend's poll interval).
             *
             * @param poll the pause between polls, positive
             * @return this builder
             */
            public Builder poll(Duration poll) {
                this.poll = positive("poll", poll);
                return this;
            }

            /**
             * Sets {@code live_logging} (default {@code False}).
             *
             * @param liveLogging whether to show the endpoint's log lines while waiting
             * @return this builder
             */
            public Builder liveLogging(boolean liveLogging) {
                this.liveLogging = liveLogging;
                return this;
            }

            /**
             * Sets where live log lines go (default: SLF4J logger {@code dev.sagemaker4j.endpoints.<name>}, info).
             *
             * @param sink receives each line
             * @return this builder
             */
            public Builder sink(Consumer<String> sink) {
                this.sink = sink;
                return this;
            }

            /**
             * Builds the options.
             *
             * @return the options
             */
            public WaitForEndpointOptions build() {
                return new WaitForEndpointOptions(this);
            }
        }
    }

    /**
     * The optional keywords of Python's {@code Session.update_feature_metadata(feature_group_name,
     * feature_name, description=None, parameter_additions=None, parameter_removals=None)}. Immutable.
     */
    public static final class UpdateFeatureMetadataOptions {
        private final String description;
        private final java.util.Map<String, String> parameterAdditions;
        private final List<String> parameterRemovals;

        private UpdateFeatureMetadataOptions(Builder b) {
            this.description = b.description;
            this.parameterAdditions = b.parameterAdditions == null ? null
                    : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(b.parameterAdditions));
            this.parameterRemovals = b.parameterRemovals == null ? null : List.copyOf(b.parameterRemovals);
        }

        /**
         * A builder with Python's defaults.
         *
         * @return the builder
         */
        public static Builder builder() {
            return new Builder();
        }

        /**
         * A builder holding these options.
         *
         * @return the builder
         */
        public Builder toBuilder() {
            return new Builder().description(description).parameterAdditions(parameterAdditions)
                    .parameterRemovals(parameterRemovals);
        }

        /**
         * {@code description}.
         *
         * @return the new description, or {@code null} to keep it
         */
        public String description() {
            return description;
        }

        /**
         * {@code parameter_additions}.
         *
         * @return the parameters to add (key to value, in order), or {@code null}
         */
        public java.util.Map<String, String> parameterAdditions() {
            return parameterAdditions;
        }

        /**
         * {@code parameter_removals}.
         *
         * @return the parameter keys to remove, or {@code null}
         */
        public List<String> parameterRemovals() {
            return parameterRemovals;
        }

        @Override
        public boolean equals(Object o) {
            if (!(o instanceof UpdateFeatureMetadataOptions)) {
                return false;
            }
            UpdateFeatureMetadataOptions u = (UpdateFeatureMetadataOptions) o;
            return Objects.equals(description, u.description)
                    && Objects.equals(parameterAdditions, u.parameterAdditions)
                    && Objects.equals(parameterRemovals, u.parameterRemovals);
        }

        @Override
        public int hashCode() {
            return Objects.hash(description, parameterAdditions, parameterRemovals);
        }

        @Override
        public String toString() {
            return "UpdateFeatureMetadataOptions[description=" + description + ", parameterAdditions="
                    + parameterAdditions + ", parameterRemovals=" + parameterRemovals + "]";
        }

        /** Builds {@link UpdateFeatureMetadataOptions}; each method is a keyword of Python's method. */
        public static final class Builder {
            private String description;
            private java.util.Map<String, String> parameterAdditions;
            private List<String> parameterRemovals;

            private Builder() {
            }

            /**
             * Sets {@code description} (default {@code None}: unchanged).
             *
             * @param description the feature's description
             * @return this builder
             */
            public Builder description(String description) {
                this.description = description;
                return this;
            }

            /**
             * Sets {@code parameter_additions} (default {@code None}), Python's list of
             * {@code {"Key": .., "Value": ..}} as a map in order.
             *
             * @param parameterAdditions the parameters to add
             * @return this builder
             */
            public Builder parameterAdditions(java.util.Map<String, String> parameterAdditions) {
                this.parameterAdditions = parameterAdditions;
                return this;
            }

            /**
             * Sets {@code parameter_removals} (default {@code None}).
             *
             * @param parameterRemovals the parameter keys to remove
             * @return this builder
             */
            public Builder parameterRemovals(List<String> parameterRemovals) {
                this.parameterRemovals = parameterRemovals;
                return this;
            }

            /**
             * Builds the options.
             *
             * @return the options
             */
            public UpdateFeatureMetadataOptions build() {
                return new UpdateFeatureMetadataOptions(this);
            }
        }
    }

    /**
     * The keywords of Python's {@code Session.endpoint_from_model_data(model_s3_location, image_uri, initial_instance_count, instance_type, name=None, role=None, wait=True, model_environment_vars=None, model_vpc_config=None, accelerator_type=None, data_capture_config=None, tags=None)}; {@code initial_instance_count} and {@code instance_type} are required here too}. Immutable.
     */
    public static final class EndpointFromModelDataOptions {
        private final Integer initialInstanceCount;
        private final String instanceType;
        private final String name;
        private final String role;
        private final boolean waitFor;
        private final java.util.Map<String, String> modelEnvironmentVars;
        private final software.amazon.awssdk.services.sagemaker.model.VpcConfig modelVpcConfig;
        private final String acceleratorType;
        private final software.amazon.awssdk.services.sagemaker.model.DataCaptureConfig dataCaptureConfig;
        private final java.util.Map<String, String> tags;

        private EndpointFromModelDataOptions(Builder b) {
            this.initialInstanceCount = b.initialInstanceCount;
            this.instanceType = b.instanceType;
            this.name = b.name;
            this.role = b.role;
            this.waitFor = b.waitFor;
            this.modelEnvironmentVars = b.modelEnvironmentVars;
            this.modelVpcConfig = b.modelVpcConfig;
            this.acceleratorType = b.acceleratorType;
            this.dataCaptureConfig = b.dataCaptureConfig;
            this.tags = b.tags;
        }

        /**
         * A builder with Python's defaults.
         *
         * @return the builder
         */
        public static Builder builder() {
            return new Builder();
        }

        /**
         * A builder holding these options.
         *
         * @return the builder
         */
        public Builder toBuilder() {
            Builder b = new Builder();
            b.initialInstanceCount = initialInstanceCount;
            b.instanceType = instanceType;
            b.name = name;
            b.role = role;
            b.waitFor = waitFor;
            b.modelEnvironmentVars = modelEnvironmentVars;
            b.modelVpcConfig = modelVpcConfig;
            b.acceleratorType = acceleratorType;
            b.dataCaptureConfig = dataCaptureConfig;
            b.tags = tags;
            return b;
        }

        /**
         * {@code initial_instance_count}.
         *
         * @return the number of instances, at least 1
         */
        public Integer initialInstanceCount() {
            return initialInstanceCount;
        }

        /**
         * {@code instance_type}.
         *
         * @return the instance type, e.g. {@code ml.m5.large}
         */
        public String instanceType() {
            return instanceType;
        }

        /**
         * {@code name}.
         *
         * @return the model, configuration and endpoint name
         */
        public String name() {
            return name;
        }

        /**
         * {@code role}.
         *
         * @return an IAM role name or ARN
         */
        public String role() {
            return role;
        }

        /**
         * {@code wait}.
         *
         * @return whether to wait until the endpoint is InService
         */
        public boolean waitFor() {
            return waitFor;
        }

        /**
         * {@code model_environment_vars}.
         *
         * @return the model container's environment
         */
        public java.util.Map<String, String> modelEnvironmentVars() {
            return modelEnvironmentVars;
        }

        /**
         * {@code model_vpc_config}.
         *
         * @return the model's VPC configuration (recorded locally, not enforced)
         */
        public software.amazon.awssdk.services.sagemaker.model.VpcConfig modelVpcConfig() {
            return modelVpcConfig;
        }

        /**
         * {@code accelerator_type}.
         *
         * @return an Elastic Inference accelerator type
         */
        public String acceleratorType() {
            return acceleratorType;
        }

        /**
         * {@code data_capture_config}.
         *
         * @return the endpoint's data capture configuration
         */
        public software.amazon.awssdk.services.sagemaker.model.DataCaptureConfig dataCaptureConfig() {
            return dataCaptureConfig;
        }

        /**
         * {@code tags}.
         *
         * @return the tags of the endpoint configuration and endpoint
         */
        public java.util.Map<String, String> tags() {
            return tags;
        }

        @Override
        public boolean equals(Object o) {
            if (!(o instanceof EndpointFromModelDataOptions)) {
                return false;
            }
            EndpointFromModelDataOptions x = (EndpointFromModelDataOptions) o;
            return Objects.equals(initialInstanceCount, x.initialInstanceCount)
                    && Objects.equals(instanceType, x.instanceType)
                    && Objects.equals(name, x.name)
                    && Objects.equals(role, x.role)
                    && Objects.equals(waitFor, x.waitFor)
                    && Objects.equals(modelEnvironmentVars, x.modelEnvironmentVars)
                    && Objects.equals(modelVpcConfig, x.modelVpcConfig)
                    && Objects.equals(acceleratorType, x.acceleratorType)
                    && Objects.equals(dataCaptureConfig, x.dataCaptureConfig)
                    && Objects.equals(tags, x.tags);
        }

        @Override
        public int hashCode() {
            return Objects.hash(initialInstanceCount, instanceType, name, role, waitFor, modelEnvironmentVars, modelVpcConfig, acceleratorType, dataCaptureConfig, tags);
        }

        @Override
        public String toString() {
            return "EndpointFromModelDataOptions[" + "initialInstanceCount=" + initialInstanceCount + ", " + "instanceType=" + instanceType + ", " + "name=" + name + ", " + "role=" + role + ", " + "waitFor=" + waitFor + ", " + "modelEnvironmentVars=" + modelEnvironmentVars + ", " + "modelVpcConfig=" + modelVpcConfig + ", " + "acceleratorType=" + acceleratorType + ", " + "dataCaptureConfig=" + dataCaptureConfig + ", " + "tags=" + tags + "]";
        }

        /** Builds {@link EndpointFromModelDataOptions}; each method is a keyword of Python's {@code endpoint_from_model_data}. */
        public static final class Builder {
            private Integer initialInstanceCount;
            private String instanceType;
            private String name;
            private String role;
            private boolean waitFor = true;
            private java.util.Map<String, String> modelEnvironmentVars;
            private software.amazon.awssdk.services.sagemaker.model.VpcConfig modelVpcConfig;
            private String acceleratorType;
            private software.amazon.awssdk.services.sagemaker.model.DataCaptureConfig dataCaptureConfig;
            private java.util.Map<String, String> tags;

            private Builder() {
            }

            /**
             * Sets {@code initial_instance_count} (default required).
             *
             * @param initialInstanceCount the number of instances, at least 1
             * @return this builder
             */
            public Builder initialInstanceCount(Integer initialInstanceCount) {
                if (initialInstanceCount != null && initialInstanceCount < 1) {
                    throw new ValidationException("initialInstanceCount", initialInstanceCount, "must be at least 1",
                            "pass 1 or more");
                }
                this.initialInstanceCount = initialInstanceCount;
                return this;
            }

            /**
             * Sets {@code instance_type} (default required).
             *
             * @param instanceType the instance type, e.g. {@code ml.m5.large}
             * @return this builder
             */
            public Builder instanceType(String instanceType) {
                this.instanceType = instanceType;
                return this;
            }

            /**
             * Sets {@code name} (default {@code None}: a name from the image, {@code Names.nameFromBase}).
             *
             * @param name the model, configuration and endpoint name
             * @return this builder
             */
            public Builder name(String name) {
                this.name = name;
                return this;
            }

            /**
             * Sets {@code role} (default {@code None}: none).
             *
             * @param role an IAM role name or ARN
             * @return this builder
             */
            public Builder role(String role) {
                this.role = role;
                return this;
            }

            /**
             * Sets {@code wait} (default {@code True}).
             *
             * @param wait whether to wait until the endpoint is InService
             * @return this builder
             */
            public Builder wait(boolean wait) {
                this.waitFor = wait;
                return this;
            }

            /**
             * Sets {@code model_environment_vars} (default {@code None}).
             *
             * @param modelEnvironmentVars the model container's environment
             * @return this builder
             */
            public Builder modelEnvironmentVars(java.util.Map<String, String> modelEnvironmentVars) {
                this.modelEnvironmentVars = modelEnvironmentVars;
                return this;
            }

            /**
             * Sets {@code model_vpc_config} (default {@code None}).
             *
             * @param modelVpcConfig the model's VPC configuration (recorded locally, not enforced)
             * @return this builder
             */
            public Builder modelVpcConfig(software.amazon.awssdk.services.sagemaker.model.VpcConfig modelVpcConfig) {
                this.modelVpcConfig = modelVpcConfig;
                return this;
            }

            /**
             * Sets {@code accelerator_type} (default {@code None}).
             *
             * @param acceleratorType an Elastic Inference accelerator type
             * @return this builder
             */
            public Builder acceleratorType(String acceleratorType) {
                this.acceleratorType = acceleratorType;
                return this;
            }

            /**
             * Sets {@code data_capture_config} (default {@code None}).
             *
             * @param dataCaptureConfig the endpoint's data capture configuration
             * @return this builder
             */
            public Builder dataCaptureConfig(software.amazon.awssdk.services.sagemaker.model.DataCaptureConfig dataCaptureConfig) {
                this.dataCaptureConfig = dataCaptureConfig;
                return this;
            }

            /**
             * Sets {@code tags} (default {@code None}).
             *
             * @param tags the tags of the endpoint configuration and endpoint
             * @return this builder
             */
            public Builder tags(java.util.Map<String, String> tags) {
                this.tags = tags;
                return this;
            }

            /**
             * Builds the options.
             *
             * @return the options
             */
            public EndpointFromModelDataOptions build() {
                return new EndpointFromModelDataOptions(this);
            }
        }
    }

    /**
     * The keywords of Python's {@code Session.endpoint_from_job(job_name, initial_instance_count, instance_type, image_uri=None, name=None, role=None, wait=True, model_environment_vars=None, vpc_config_override=VPC_CONFIG_DEFAULT, accelerator_type=None, data_capture_config=None)}; {@code initial_instance_count} and {@code instance_type} are required here too}. Immutable.
     */
    public static final class EndpointFromJobOptions {
        private final Integer initialInstanceCount;
        private final String instanceType;
        private final String imageUri;
        private final String name;
        private final String role;
        private final boolean waitFor;
        private final java.util.Map<String, String> modelEnvironmentVars;
        private final software.amazon.awssdk.services.sagemaker.model.VpcConfig vpcConfigOverride;
        private final boolean vpcConfigOverridden;
        private final String acceleratorType;
        private final software.amazon.awssdk.services.sagemaker.model.DataCaptureConfig dataCaptureConfig;

        private EndpointFromJobOptions(Builder b) {
            this.initialInstanceCount = b.initialInstanceCount;
            this.instanceType = b.instanceType;
            this.imageUri = b.imageUri;
            this.name = b.name;
            this.role = b.role;
            this.waitFor = b.waitFor;
            this.modelEnvironmentVars = b.modelEnvironmentVars;
            this.vpcConfigOverride = b.vpcConfigOverride;
            this.vpcConfigOverridden = b.vpcConfigOverridden;
            this.acceleratorType = b.acceleratorType;
            this.dataCaptureConfig = b.dataCaptureConfig;
        }

        /**
         * A builder with Python's defaults.
         *
         * @return the builder
         */
        public static Builder builder() {
            return new Builder();
        }

        /**
         * A builder holding these options.
         *
         * @return the builder
         */
        public Builder toBuilder() {
            Builder b = new Builder();
            b.initialInstanceCount = initialInstanceCount;
            b.instanceType = instanceType;
            b.imageUri = imageUri;
            b.name = name;
            b.role = role;
            b.waitFor = waitFor;
            b.modelEnvironmentVars = modelEnvironmentVars;
            b.vpcConfigOverride = vpcConfigOverride;
            b.vpcConfigOverridden = vpcConfigOverridden;
            b.acceleratorType = acceleratorType;
            b.dataCaptureConfig = dataCaptureConfig;
            return b;
        }

        /**
         * {@code initial_instance_count}.
         *
         * @return the number of instances, at least 1
         */
        public Integer initialInstanceCount() {
            return initialInstanceCount;
        }

        /**
         * {@code instance_type}.
         *
         * @return the instance type, e.g. {@code ml.m5.large}
         */
        public String instanceType() {
            return instanceType;
        }

        /**
         * {@code image_uri}.
         *
         * @return the inference image
         */
        public String imageUri() {
            return imageUri;
        }

        /**
         * {@code name}.
         *
         * @return the model, configuration and endpoint name
         */
        public String name() {
            return name;
        }

        /**
         * {@code role}.
         *
         * @return an IAM role name or ARN
         */
        public String role() {
            return role;
        }

        /**
         * {@code wait}.
         *
         * @return whether to wait until the endpoint is InService
         */
        public boolean waitFor() {
            return waitFor;
        }

        /**
         * {@code model_environment_vars}.
         *
         * @return the model container's environment
         */
        public java.util.Map<String, String> modelEnvironmentVars() {
            return modelEnvironmentVars;
        }

        /**
         * {@code vpc_config_override}.
         *
         * @return the model's VPC configuration
         */
        public software.amazon.awssdk.services.sagemaker.model.VpcConfig vpcConfigOverride() {
            return vpcConfigOverride;
        }

        /**
         * Whether {@code vpc_config_override} was given (else the training job's VPC configuration is used).
         *
         * @return whether it was set
         */
        public boolean vpcConfigOverridden() {
            return vpcConfigOverridden;
        }

        /**
         * {@code accelerator_type}.
         *
         * @return an Elastic Inference accelerator type
         */
        public String acceleratorType() {
            return acceleratorType;
        }

        /**
         * {@code data_capture_config}.
         *
         * @return the endpoint's data capture configuration
         */
        public software.amazon.awssdk.services.sagemaker.model.DataCaptureConfig dataCaptureConfig() {
            return dataCaptureConfig;
        }

        @Override
        public boolean equals(Object o) {
            if (!(o instanceof EndpointFromJobOptions)) {
                return false;
            }
            EndpointFromJobOptions x = (EndpointFromJobOptions) o;
            return Objects.equals(initialInstanceCount, x.initialInstanceCount)
                    && Objects.equals(instanceType, x.instanceType)
                    && Objects.equals(imageUri, x.imageUri)
                    && Objects.equals(name, x.name)
                    && Objects.equals(role, x.role)
                    && Objects.equals(waitFor, x.waitFor)
                    && Objects.equals(modelEnvironmentVars, x.modelEnvironmentVars)
                    && Objects.equals(vpcConfigOverride, x.vpcConfigOverride)
                    && vpcConfigOverridden == x.vpcConfigOverridden
                    && Objects.equals(acceleratorType, x.acceleratorType)
                    && Objects.equals(dataCaptureConfig, x.dataCaptureConfig);
        }

        @Override
        public int hashCode() {
            return Objects.hash(initialInstanceCount, instanceType, imageUri, name, role, waitFor, modelEnvironmentVars, vpcConfigOverride, acceleratorType, dataCaptureConfig);
        }

        @Override
        public String toString() {
            return "EndpointFromJobOptions[" + "initialInstanceCount=" + initialInstanceCount + ", " + "instanceType=" + instanceType + ", " + "imageUri=" + imageUri + ", " + "name=" + name + ", " + "role=" + role + ", " + "waitFor=" + waitFor + ", " + "modelEnvironmentVars=" + modelEnvironmentVars + ", " + "vpcConfigOverride=" + vpcConfigOverride + ", " + "acceleratorType=" + acceleratorType + ", " + "dataCaptureConfig=" + dataCaptureConfig + "]";
        }

        /** Builds {@link EndpointFromJobOptions}; each method is a keyword of Python's {@code endpoint_from_job}. */
        public static final class Builder {
            private Integer initialInstanceCount;
            private String instanceType;
            private String imageUri;
            private String name;
            private String role;
            private boolean waitFor = true;
            private java.util.Map<String, String> modelEnvironmentVars;
            private software.amazon.awssdk.services.sagemaker.model.VpcConfig vpcConfigOverride;
            private boolean vpcConfigOverridden;
            private String acceleratorType;
            private software.amazon.awssdk.services.sagemaker.model.DataCaptureConfig dataCaptureConfig;

            private Builder() {
            }

            /**
             * Sets {@code initial_instance_count} (default required).
             *
             * @param initialInstanceCount the number of instances, at least 1
             * @return this builder
             */
            public Builder initialInstanceCount(Integer initialInstanceCount) {
                if (initialInstanceCount != null && initialInstanceCount < 1) {
                    throw new ValidationException("initialInstanceCount", initialInstanceCount, "must be at least 1",
                            "pass 1 or more");
                }
                this.initialInstanceCount = initialInstanceCount;
                return this;
            }

            /**
             * Sets {@code instance_type} (default required).
             *
             * @param instanceType the instance type, e.g. {@code ml.m5.large}
             * @return this builder
             */
            public Builder instanceType(String instanceType) {
                this.instanceType = instanceType;
                return this;
            }

            /**
             * Sets {@code image_uri} (default {@code None}: the training job's image).
             *
             * @param imageUri the inference image
             * @return this builder
             */
            public Builder imageUri(String imageUri) {
                this.imageUri = imageUri;
                return this;
            }

            /**
             * Sets {@code name} (default {@code None}: the training job's name).
             *
             * @param name the model, configuration and endpoint name
             * @return this builder
             */
            public Builder name(String name) {
                this.name = name;
                return this;
            }

            /**
             * Sets {@code role} (default {@code None}: the training job's role).
             *
             * @param role an IAM role name or ARN
             * @return this builder
             */
            public Builder role(String role) {
                this.role = role;
                return this;
            }

            /**
             * Sets {@code wait} (default {@code True}).
             *
             * @param wait whether to wait until the endpoint is InService
             * @return this builder
             */
            public Builder wait(boolean wait) {
                this.waitFor = wait;
                return this;
            }

            /**
             * Sets {@code model_environment_vars} (default {@code None}).
             *
             * @param modelEnvironmentVars the model container's environment
             * @return this builder
             */
            public Builder modelEnvironmentVars(java.util.Map<String, String> modelEnvironmentVars) {
                this.modelEnvironmentVars = modelEnvironmentVars;
                return this;
            }

            /**
             * Sets {@code vpc_config_override} (default {@code VPC_CONFIG_DEFAULT}: the training job's VPC configuration; {@code null} for none).
             *
             * @param vpcConfigOverride the model's VPC configuration
             * @return this builder
             */
            public Builder vpcConfigOverride(software.amazon.awssdk.services.sagemaker.model.VpcConfig vpcConfigOverride) {
                this.vpcConfigOverridden = true;
                this.vpcConfigOverride = vpcConfigOverride;
                return this;
            }

            /**
             * Sets {@code accelerator_type} (default {@code None}).
             *
             * @param acceleratorType an Elastic Inference accelerator type
             * @return this builder
             */
            public Builder acceleratorType(String acceleratorType) {
                this.acceleratorType = acceleratorType;
                return this;
            }

            /**
             * Sets {@code data_capture_config} (default {@code None}).
             *
             * @param dataCaptureConfig the endpoint's data capture configuration
             * @return this builder
             */
            public Builder dataCaptureConfig(software.amazon.awssdk.services.sagemaker.model.DataCaptureConfig dataCaptureConfig) {
                this.dataCaptureConfig = dataCaptureConfig;
                return this;
            }

            /**
             * Builds the options.
             *
             * @return the options
             */
            public EndpointFromJobOptions build() {
                return new EndpointFromJobOptions(this);
            }
        }
    }

    /**
     * The keywords of Python's {@code Session.create_endpoint_config_from_existing(existing_config_name, new_config_name, new_tags=None, new_kms_key=None, new_data_capture_config_dict=None, new_production_variants=None, new_explainer_config_dict=None)}; each unset keyword keeps the existing configuration's value}. Immutable.
     */
    public static final class CreateEndpointConfigFromExistingOptions {
        private final java.util.Map<String, String> newTags;
        private final String newKmsKey;
        private final software.amazon.awssdk.services.sagemaker.model.DataCaptureConfig newDataCaptureConfigDict;
        private final List<software.amazon.awssdk.services.sagemaker.model.ProductionVariant> newProductionVariants;
        private final software.amazon.awssdk.services.sagemaker.model.ExplainerConfig newExplainerConfigDict;
        private final dev.sagemaker4j.enums.EndpointType endpointType;

        private CreateEndpointConfigFromExistingOptions(Builder b) {
            this.newTags = b.newTags;
            this.newKmsKey = b.newKmsKey;
            this.newDataCaptureConfigDict = b.newDataCaptureConfigDict;
            this.newProductionVariants = b.newProductionVariants;
            this.newExplainerConfigDict = b.newExplainerConfigDict;
            this.endpointType = b.endpointType;
        }

        /**
         * A builder with Python's defaults.
         *
         * @return the builder
         */
        public static Builder builder() {
            return new Builder();
        }

        /**
         * A builder holding these options.
         *
         * @return the builder
         */
        public Builder toBuilder() {
            Builder b = new Builder();
            b.newTags = newTags;
            b.newKmsKey = newKmsKey;
            b.newDataCaptureConfigDict = newDataCaptureConfigDict;
            b.newProductionVariants = newProductionVariants;
            b.newExplainerConfigDict = newExplainerConfigDict;
            b.endpointType = endpointType;
            return b;
        }

        /**
         * {@code new_tags}.
         *
         * @return the tags
         */
        public java.util.Map<String, String> newTags() {
            return newTags;
        }

        /**
         * {@code new_kms_key}.
         *
         * @return the KMS key
         */
        public String newKmsKey() {
            return newKmsKey;
        }

        /**
         * {@code new_data_capture_config_dict}.
         *
         * @return the data capture configuration
         */
        public software.amazon.awssdk.services.sagemaker.model.DataCaptureConfig newDataCaptureConfigDict() {
            return newDataCaptureConfigDict;
        }

        /**
         * {@code new_production_variants}.
         *
         * @return the production variants
         */
        public List<software.amazon.awssdk.services.sagemaker.model.ProductionVariant> newProductionVariants() {
            return newProductionVariants;
        }

        /**
         * {@code new_explainer_config_dict}.
         *
         * @return the explainer configuration
         */
        public software.amazon.awssdk.services.sagemaker.model.ExplainerConfig newExplainerConfigDict() {
            return newExplainerConfigDict;
        }

        /**
         * {@code endpoint_type}.
         *
         * @return the endpoint type the new configuration is for
         */
        public dev.sagemaker4j.enums.EndpointType endpointType() {
            return endpointType;
        }

        @Override
        public boolean equals(Object o) {
            if (!(o instanceof CreateEndpointConfigFromExistingOptions)) {
                return false;
            }
            CreateEndpointConfigFromExistingOptions x = (CreateEndpointConfigFromExistingOptions) o;
            return Objects.equals(newTags, x.newTags)
                    && Objects.equals(newKmsKey, x.newKmsKey)
                    && Objects.equals(newDataCaptureConfigDict, x.newDataCaptureConfigDict)
                    && Objects.equals(newProductionVariants, x.newProductionVariants)
                    && Objects.equals(newExplainerConfigDict, x.newExplainerConfigDict)
                    && endpointType == x.endpointType;
        }

        @Override
        public int hashCode() {
            return Objects.hash(newTags, newKmsKey, newDataCaptureConfigDict, newProductionVariants, newExplainerConfigDict,
                    endpointType);
        }

        @Override
        public String toString() {
            return "CreateEndpointConfigFromExistingOptions[" + "newTags=" + newTags + ", " + "newKmsKey=" + newKmsKey + ", " + "newDataCaptureConfigDict=" + newDataCaptureConfigDict + ", " + "newProductionVariants=" + newProductionVariants + ", " + "newExplainerConfigDict=" + newExplainerConfigDict
                    + ", endpointType=" + endpointType + "]";
        }

        /** Builds {@link CreateEndpointConfigFromExistingOptions}; each method is a keyword of Python's {@code create_endpoint_config_from_existing}. */
        public static final class Builder {
            private java.util.Map<String, String> newTags;
            private String newKmsKey;
            private software.amazon.awssdk.services.sagemaker.model.DataCaptureConfig newDataCaptureConfigDict;
            private List<software.amazon.awssdk.services.sagemaker.model.ProductionVariant> newProductionVariants;
            private software.amazon.awssdk.services.sagemaker.model.ExplainerConfig newExplainerConfigDict;
            private dev.sagemaker4j.enums.EndpointType endpointType = dev.sagemaker4j.enums.EndpointType.MODEL_BASED;

            private Builder() {
            }

            /**
             * Sets {@code endpoint_type} (default {@code EndpointType.MODEL_BASED}); for
             * {@code INFERENCE_COMPONENT_BASED} the variants are copied without their {@code InitialVariantWeight}.
             *
             * @param endpointType the endpoint type
             * @return this builder
             */
            public Builder endpointType(dev.sagemaker4j.enums.EndpointType endpointType) {
                this.endpointType = Objects.requireNonNull(endpointType, "endpointType");
                return this;
            }

            /**
             * Sets {@code new_tags} (default {@code None}: the existing configuration's tags).
             *
             * @param newTags the tags
             * @return this builder
             */
            public Builder newTags(java.util.Map<String, String> newTags) {
                this.newTags = newTags;
                return this;
            }

            /**
             * Sets {@code new_kms_key} (default {@code None}: the existing configuration's key).
             *
             * @param newKmsKey the KMS key
             * @return this builder
             */
            public Builder newKmsKey(String newKmsKey) {
                this.newKmsKey = newKmsKey;
                return this;
            }

            /**
             * Sets {@code new_data_capture_config_dict} (default {@code None}: the existing configuration's).
             *
             * @param newDataCaptureConfigDict the data capture configuration
             * @return this builder
             */
            public Builder newDataCaptureConfigDict(software.amazon.awssdk.services.sagemaker.model.DataCaptureConfig newDataCaptureConfigDict) {
                this.newDataCaptureConfigDict = newDataCaptureConfigDict;
                return this;
            }

            /**
             * Sets {@code new_production_variants} (default {@code None}: the existing configuration's).
             *
             * @param newProductionVariants the production variants
             * @return this builder
             */
            public Builder newProductionVariants(List<software.amazon.awssdk.services.sagemaker.model.ProductionVariant> newProductionVariants) {
                this.newProductionVariants = newProductionVariants;
                return this;
            }

            /**
             * Sets {@code new_explainer_config_dict} (default {@code None}: the existing configuration's).
             *
             * @param newExplainerConfigDict the explainer configuration
             * @return this builder
             */
            public Builder newExplainerConfigDict(software.amazon.awssdk.services.sagemaker.model.ExplainerConfig newExplainerConfigDict) {
                this.newExplainerConfigDict = newExplainerConfigDict;
                return this;
            }

            /**
             * Builds the options.
             *
             * @return the options
             */
            public CreateEndpointConfigFromExistingOptions build() {
                return new CreateEndpointConfigFromExistingOptions(this);
            }
        }
    }

    private static Duration positive(String field, Duration value) {
        if (value != null && (value.isNegative() || value.isZero())) {
            throw new ValidationException(field, value, "must be positive", "pass a positive duration");
        }
        return value;
    }

    /**
     * Closes the backend: running local jobs are stopped, connections released. Calls already under
     * way finish or fail with {@link dev.sagemaker4j.exceptions.SessionClosedException} before
     * native stores are freed; every later call fails with it, except {@link #backendName()},
     * {@link #region()} and {@link #accountId()}, which are fixed values. Closing twice does nothing.
     */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            backend.close();
        }
    }

    @Override
    public String toString() {
        return "Session[backend=" + backend.name() + ", region=" + backend.region() + "]";
    }

    private void pauseQuietly(long millis) {
        try {
            open().pauseBetweenPolls(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServiceException("Interrupted while waiting", false, e);
        }
    }

    private static String trimSlashes(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && s.charAt(start) == '/') {
            start++;
        }
        while (end > start && s.charAt(end - 1) == '/') {
            end--;
        }
        return s.substring(start, end);
    }

    /**
     * Builds a {@link Session}. Everything is optional except the backend, which must be chosen
     * here or by the {@code sagemaker4j.backend} system property / {@code SAGEMAKER4J_BACKEND}
     * environment variable.
     */
    public static final class Builder {
        private String backend;
        private Path root;
        private String region;
        private String defaultBucket;
        private String defaultBucketPrefix;
        private ClassLoader classLoader;
        private final BackendConfig.Builder config = BackendConfig.builder();
        private Settings settings = Settings.fromSystem();
        private SageMakerConfig sagemakerConfig;
        private SessionSettings sessionSettings = SessionSettings.defaults();

        private Builder() {
        }

        /**
         * Chooses the backend by name ({@code local}, {@code sagemaker}, or a third party's).
         *
         * @param name the backend name
         * @return this builder
         */
        public Builder backend(String name) {
            this.backend = name;
            return this;
        }

        /**
         * Sets the session root folder (local state).
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
         * Sets the credentials provider (remote backends).
         *
         * @param provider the provider
         * @return this builder
         */
        public Builder credentialsProvider(AwsCredentialsProvider provider) {
            config.credentialsProvider(provider);
            return this;
        }

        /**
         * Overrides one service's endpoint, e.g. {@code endpointOverride("s3", URI.create("http://127.0.0.1:9000"))}.
         *
         * @param service  one of {@code sagemaker}, {@code sagemaker-runtime},
         *                 {@code sagemaker-featurestore-runtime}, {@code s3}, {@code sts}, {@code logs},
         *                 {@code athena}, {@code sagemaker-metrics}, {@code scheduler}
         * @param endpoint the endpoint
         * @return this builder
         */
        public Builder endpointOverride(String service, URI endpoint) {
            Set<String> known = Set.of(BackendConfig.SAGEMAKER, BackendConfig.RUNTIME,
                    BackendConfig.FEATURESTORE_RUNTIME, BackendConfig.S3, BackendConfig.STS, BackendConfig.LOGS,
                    BackendConfig.ATHENA, BackendConfig.SAGEMAKER_METRICS, BackendConfig.SCHEDULER);
            if (!known.contains(service)) {
                throw new ValidationException("service", service, "is not a service sagemaker4j talks to",
                        "use one of " + known);
            }
            config.endpointOverride(service, endpoint);
            return this;
        }

        /**
         * Uses path-style S3 addressing (S3-compatible servers).
         *
         * @param pathStyle {@code true} for path-style
         * @return this builder
         */
        public Builder s3PathStyle(boolean pathStyle) {
            config.s3PathStyle(pathStyle);
            return this;
        }

        /**
         * Uses a ready SageMaker client.
         *
         * @param client the client (still owned by the caller)
         * @return this builder
         */
        public Builder sageMakerClient(SageMakerClient client) {
            config.sageMakerClient(client);
            return this;
        }

        /**
         * Uses a ready runtime client.
         *
         * @param client the client (still owned by the caller)
         * @return this builder
         */
        public Builder runtimeClient(SageMakerRuntimeClient client) {
            config.runtimeClient(client);
            return this;
        }

        /**
         * Uses a ready feature store runtime client.
         *
         * @param client the client (still owned by the caller)
         * @return this builder
         */
        public Builder featureStoreRuntimeClient(SageMakerFeatureStoreRuntimeClient client) {
            config.featureStoreRuntimeClient(client);
            return this;
        }

        /**
         * Uses a ready S3 client.
         *
         * @param client the client (still owned by the caller)
         * @return this builder
         */
        public Builder s3Client(S3Client client) {
            config.s3Client(client);
            return this;
        }

        /**
         * Sets the default bucket instead of {@code sagemaker-<region>-<account>}.
         *
         * @param bucket the bucket name
         * @return this builder
         */
        public Builder defaultBucket(String bucket) {
            S3Uri.validateBucket(bucket);
            this.defaultBucket = bucket;
            return this;
        }

        /**
         * Sets a key prefix used under the default bucket.
         *
         * @param prefix the prefix
         * @return this builder
         */
        public Builder defaultBucketPrefix(String prefix) {
            this.defaultBucketPrefix = prefix;
            return this;
        }

        /**
         * Sets the most jobs the local backend runs at once.
         *
         * @param max at least 1
         * @return this builder
         */
        public Builder maxConcurrentJobs(int max) {
            config.maxConcurrentJobs(max);
            return this;
        }

        /**
         * Sets a free-form backend property.
         *
         * @param key   the key
         * @param value the value
         * @return this builder
         */
        public Builder property(String key, String value) {
            config.property(key, value);
            return this;
        }

        /**
         * Sets where progress of long work (training rounds, transform records) goes; by default
         * ({@code ProgressListener.auto()}) bars are drawn on an interactive terminal and in JShell,
         * and a line is logged through SLF4J every few seconds elsewhere.
         *
         * @param listener the listener; {@code ProgressListener.none()} turns progress off
         * @return this builder
         */
        public Builder progressListener(dev.sagemaker4j.progress.ProgressListener listener) {
            config.progressListener(listener);
            return this;
        }

        /**
         * Wraps the backend's object store, for tests and tooling: the backend applies the
         * decorator once and every part of it, and {@link Session#objectStore()}, then uses the
         * store it returns. {@code dev.sagemaker4j.testing.FaultyObjectStore::wrap} injects disk-full
         * and I/O errors this way.
         *
         * @param decorator takes the backend's store and returns one that delegates to it
         * @return this builder
         */
        public Builder objectStoreDecorator(java.util.function.UnaryOperator<ObjectStore> decorator) {
            config.objectStoreDecorator(decorator);
            return this;
        }

        /**
         * Sets the class loader that backends are looked up in.
         *
         * @param loader the class loader
         * @return this builder
         */
        public Builder classLoader(ClassLoader loader) {
            this.classLoader = loader;
            return this;
        }

        Builder settings(Settings settings) {
            this.settings = settings;
            return this;
        }

        /**
         * {@code sagemaker_config} (default: the files Python's {@code load_sagemaker_config()} reads, see
         * {@link SageMakerConfig#load()}): the configuration file's defaults for this session's requests and its
         * {@code DefaultS3Bucket} / {@code DefaultS3ObjectKeyPrefix}. {@link SageMakerConfig#empty()} turns the
         * files off.
         *
         * @param sagemakerConfig the configuration
         * @return this builder
         */
        public Builder sagemakerConfig(SageMakerConfig sagemakerConfig) {
            this.sagemakerConfig = Objects.requireNonNull(sagemakerConfig, "sagemakerConfig");
            return this;
        }

        /**
         * {@code sagemaker_config} from a file, or a folder holding a {@code config.yaml}, instead of the default
         * files; validated now.
         *
         * @param path the file or folder
         * @return this builder
         * @throws ValidationException when the file is missing, not YAML, or breaks the schema
         */
        public Builder sagemakerConfig(Path path) {
            return sagemakerConfig(SageMakerConfig.fromPath(path));
        }

        /**
         * {@code settings} (default {@code SessionSettings()}): Python's {@code SessionSettings}.
         *
         * @param settings the settings
         * @return this builder
         */
        public Builder settings(SessionSettings settings) {
            this.sessionSettings = Objects.requireNonNull(settings, "settings");
            return this;
        }

        /**
         * Creates the session and its open().
         *
         * @return the session
         * @throws dev.sagemaker4j.exceptions.BackendSelectionException when no backend, or several,
         *                                                               answer to the chosen name
         */
        public Session build() {
            String name = backend != null ? backend : settings.backend().orElse(null);
            ClassLoader loader = classLoader != null ? classLoader : Session.class.getClassLoader();
            BackendProvider provider = Backends.select(name, Backends.all(loader));
            Path home = root != null ? root : settings.home();
            config.root(home.toAbsolutePath().normalize());
            String r = region != null ? region : settings.region().orElse(null);
            if (r != null) {
                config.region(r);
            }
            SageMakerConfig defaults = sagemakerConfig != null ? sagemakerConfig
                    : SageMakerConfig.load(settings.configEnvironment());
            String bucket = defaultBucket;
            if (bucket == null) {
                bucket = defaults.getString(SESSION_CONFIG + "DefaultS3Bucket").orElse(null);
                if (bucket != null) {
                    S3Uri.validateBucket(bucket);
                }
            }
            String prefix = defaultBucketPrefix != null ? defaultBucketPrefix
                    : defaults.getString(SESSION_CONFIG + "DefaultS3ObjectKeyPrefix").orElse(null);
            java.util.Map<String, Object> localMode = "local".equals(provider.name())
                    ? SageMakerConfig.loadLocalModeConfig(settings.localModeConfigPath()) : java.util.Map.of();
            Backend created = provider.create(config.build());
            return new Session(created, bucket, prefix, defaults, sessionSettings, localMode);
        }
    }
}
