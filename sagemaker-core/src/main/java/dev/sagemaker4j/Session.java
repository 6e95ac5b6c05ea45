/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j;

import dev.sagemaker4j.exceptions.ResourceNotFoundException;
import dev.sagemaker4j.exceptions.ServiceException;
import dev.sagemaker4j.exceptions.StorageException;
import dev.sagemaker4j.exceptions.UnexpectedStatusException;
import dev.sagemaker4j.exceptions.ValidationException;
import dev.sagemaker4j.exceptions.WaiterTimeoutException;
import dev.sagemaker4j.internal.Backends;
import dev.sagemaker4j.internal.settings.Settings;
import dev.sagemaker4j.s3.S3Uri;
import dev.sagemaker4j.spi.Backend;
import dev.sagemaker4j.spi.BackendConfig;
import dev.sagemaker4j.spi.BackendProvider;
import dev.sagemaker4j.spi.Capability;
import dev.sagemaker4j.spi.FeatureGroupsApi;
import dev.sagemaker4j.spi.FeatureStoreRuntimeApi;
import dev.sagemaker4j.spi.HostingApi;
import dev.sagemaker4j.spi.LogsApi;
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
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sagemaker.SageMakerClient;
import software.amazon.awssdk.services.sagemaker.model.DescribeEndpointRequest;
import software.amazon.awssdk.services.sagemaker.model.DescribeEndpointResponse;
import software.amazon.awssdk.services.sagemaker.model.DescribeHyperParameterTuningJobRequest;
import software.amazon.awssdk.services.sagemaker.model.DescribeHyperParameterTuningJobResponse;
import software.amazon.awssdk.services.sagemaker.model.DescribeProcessingJobRequest;
import software.amazon.awssdk.services.sagemaker.model.DescribeProcessingJobResponse;
import software.amazon.awssdk.services.sagemaker.model.DescribeTrainingJobRequest;
import software.amazon.awssdk.services.sagemaker.model.DescribeTrainingJobResponse;
import software.amazon.awssdk.services.sagemaker.model.DescribeTransformJobRequest;
import software.amazon.awssdk.services.sagemaker.model.DescribeTransformJobResponse;
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
    private static final Set<String> JOB_DONE = Set.of("Completed", "Failed", "Stopped");
    private static final Set<String> ENDPOINT_BUSY = Set.of("Creating", "Updating", "SystemUpdating",
            "RollingBack", "Deleting");

    private final Backend backend;
    private final String defaultBucketName;
    private final String defaultBucketPrefix;
    private volatile boolean defaultBucketReady;
    private final java.util.concurrent.atomic.AtomicBoolean closed = new java.util.concurrent.atomic.AtomicBoolean();

    private Session(Backend backend, String defaultBucket, String defaultBucketPrefix) {
        this.backend = backend;
        this.defaultBucketName = defaultBucket;
        this.defaultBucketPrefix = defaultBucketPrefix;
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
     * {@link dev.sagemaker4j.exceptions.OperationNotSupportedException}.
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
        return open().api(capability);
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
        Objects.requireNonNull(path, "path");
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
                    store.put(uri, file);
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
        store.put(uri, path);
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
        Objects.requireNonNull(path, "path");
        S3Uri.validateBucket(bucket);
        String prefix = keyPrefix == null ? "" : keyPrefix;
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
            open().objectStore().get(o.uri(), target);
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
        Names.validateName("TrainingJobName", jobName);
        return waitFor("Training job", jobName, timeout,
                () -> api(TrainingJobsApi.CAPABILITY).describeTrainingJob(DescribeTrainingJobRequest.builder()
                        .trainingJobName(jobName).build()),
                DescribeTrainingJobResponse::trainingJobStatusAsString,
                DescribeTrainingJobResponse::failureReason, JOB_DONE);
    }

    /**
     * Waits for a processing job to end.
     *
     * @param jobName the processing job name
     * @param timeout the longest wait, or {@code null} for none
     * @return the final description
     */
    public DescribeProcessingJobResponse waitForProcessingJob(String jobName, Duration timeout) {
        Names.validateName("ProcessingJobName", jobName);
        return waitFor("Processing job", jobName, timeout,
                () -> api(ProcessingJobsApi.CAPABILITY).describeProcessingJob(DescribeProcessingJobRequest.builder()
                        .processingJobName(jobName).build()),
                DescribeProcessingJobResponse::processingJobStatusAsString,
                DescribeProcessingJobResponse::failureReason, JOB_DONE);
    }

    /**
     * Waits for a batch transform job to end.
     *
     * @param jobName the transform job name
     * @param timeout the longest wait, or {@code null} for none
     * @return the final description
     */
    public DescribeTransformJobResponse waitForTransformJob(String jobName, Duration timeout) {
        Names.validateName("TransformJobName", jobName);
        return waitFor("Transform job", jobName, timeout,
                () -> api(TransformJobsApi.CAPABILITY).describeTransformJob(DescribeTransformJobRequest.builder()
                        .transformJobName(jobName).build()),
                DescribeTransformJobResponse::transformJobStatusAsString,
                DescribeTransformJobResponse::failureReason, JOB_DONE);
    }

    /**
     * Waits for a hyperparameter tuning job to end.
     *
     * @param jobName the tuning job name
     * @param timeout the longest wait, or {@code null} for none
     * @return the final description
     */
    public DescribeHyperParameterTuningJobResponse waitForTuningJob(String jobName, Duration timeout) {
        Names.validateName("HyperParameterTuningJobName", jobName);
        return waitFor("Tuning job", jobName, timeout,
                () -> api(TuningJobsApi.CAPABILITY).describeHyperParameterTuningJob(DescribeHyperParameterTuningJobRequest
                        .builder().hyperParameterTuningJobName(jobName).build()),
                DescribeHyperParameterTuningJobResponse::hyperParameterTuningJobStatusAsString,
                DescribeHyperParameterTuningJobResponse::failureReason, JOB_DONE);
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
        Names.validateName("EndpointName", endpointName);
        DescribeEndpointResponse done = waitFor("Endpoint", endpointName, timeout,
                () -> api(HostingApi.CAPABILITY).describeEndpoint(DescribeEndpointRequest.builder()
                        .endpointName(endpointName).build()),
                DescribeEndpointResponse::endpointStatusAsString, DescribeEndpointResponse::failureReason,
                null);
        if (!"InService".equals(done.endpointStatusAsString())) {
            throw new UnexpectedStatusException("Endpoint", endpointName, "InService",
                    done.endpointStatusAsString(), done.failureReason());
        }
        return done;
    }

    private <R> R waitFor(String type, String name, Duration timeout, Supplier<R> describe,
                          Function<R, String> status, Function<R, String> reason, Set<String> done) {
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
            long sleep = Math.min(pauseMillis, Math.max(1, (deadline - now) / 1_000_000));
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
            waitForEndpoint(name, null);
        }
        return name;
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
         *                 {@code athena}
         * @param endpoint the endpoint
         * @return this builder
         */
        public Builder endpointOverride(String service, URI endpoint) {
            Set<String> known = Set.of(BackendConfig.SAGEMAKER, BackendConfig.RUNTIME,
                    BackendConfig.FEATURESTORE_RUNTIME, BackendConfig.S3, BackendConfig.STS, BackendConfig.LOGS,
                    BackendConfig.ATHENA);
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
            Backend created = provider.create(config.build());
            return new Session(created, defaultBucket, defaultBucketPrefix);
        }
    }
}
