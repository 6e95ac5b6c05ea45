/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j;

import dev.sagemaker4j.exceptions.ResourceInUseException;
import dev.sagemaker4j.exceptions.ResourceNotFoundException;
import dev.sagemaker4j.exceptions.SageMakerException;
import dev.sagemaker4j.exceptions.ServiceException;
import dev.sagemaker4j.exceptions.StorageException;
import dev.sagemaker4j.exceptions.UnexpectedStatusException;
import dev.sagemaker4j.exceptions.ValidationException;
import dev.sagemaker4j.exceptions.WaiterTimeoutException;
import dev.sagemaker4j.internal.Backends;
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
     * Writes a string as the object {@code s3://bucket/key}, as {@code Session.upload_string_as_file_body(body,
     * bucket, key, kms_key=None)}. ({@code kms_key} is not offered yet: the object store takes no
     * server-side encryption arguments.)
     *
     * @param body   the text (UTF-8)
     * @param bucket the bucket, or {@code null} for the default bucket
     * @param key    the object's key
     * @return the S3 URI written, {@code s3://bucket/key}
     */
    public String uploadStringAsFileBody(String body, String bucket, String key) {
        Objects.requireNonNull(body, "body");
        String b = bucket == null ? defaultBucket() : bucket;
        if (key == null || key.isEmpty()) {
            throw new ValidationException("key", key, "is empty", "pass the object's key");
        }
        String uri = S3Uri.of(b, key).toString();
        open().objectStore().putString(uri, body);
        return uri;
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

        private CreateEndpointConfigFromExistingOptions(Builder b) {
            this.newTags = b.newTags;
            this.newKmsKey = b.newKmsKey;
            this.newDataCaptureConfigDict = b.newDataCaptureConfigDict;
            this.newProductionVariants = b.newProductionVariants;
            this.newExplainerConfigDict = b.newExplainerConfigDict;
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
                    && Objects.equals(newExplainerConfigDict, x.newExplainerConfigDict);
        }

        @Override
        public int hashCode() {
            return Objects.hash(newTags, newKmsKey, newDataCaptureConfigDict, newProductionVariants, newExplainerConfigDict);
        }

        @Override
        public String toString() {
            return "CreateEndpointConfigFromExistingOptions[" + "newTags=" + newTags + ", " + "newKmsKey=" + newKmsKey + ", " + "newDataCaptureConfigDict=" + newDataCaptureConfigDict + ", " + "newProductionVariants=" + newProductionVariants + ", " + "newExplainerConfigDict=" + newExplainerConfigDict + "]";
        }

        /** Builds {@link CreateEndpointConfigFromExistingOptions}; each method is a keyword of Python's {@code create_endpoint_config_from_existing}. */
        public static final class Builder {
            private java.util.Map<String, String> newTags;
            private String newKmsKey;
            private software.amazon.awssdk.services.sagemaker.model.DataCaptureConfig newDataCaptureConfigDict;
            private List<software.amazon.awssdk.services.sagemaker.model.ProductionVariant> newProductionVariants;
            private software.amazon.awssdk.services.sagemaker.model.ExplainerConfig newExplainerConfigDict;

            private Builder() {
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
