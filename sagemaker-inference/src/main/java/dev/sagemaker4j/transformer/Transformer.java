/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.transformer;

import dev.sagemaker4j.Session;
import dev.sagemaker4j.exceptions.ClientException;
import dev.sagemaker4j.exceptions.ValidationException;
import dev.sagemaker4j.spi.HostingApi;
import dev.sagemaker4j.spi.LogsApi;
import dev.sagemaker4j.spi.TransformJobsApi;
import dev.sagemaker4j.utils.Names;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.sagemaker.model.BatchDataCaptureConfig;
import software.amazon.awssdk.services.sagemaker.model.CreateTransformJobRequest;
import software.amazon.awssdk.services.sagemaker.model.DataProcessing;
import software.amazon.awssdk.services.sagemaker.model.DeleteModelRequest;
import software.amazon.awssdk.services.sagemaker.model.DescribeModelRequest;
import software.amazon.awssdk.services.sagemaker.model.DescribeModelResponse;
import software.amazon.awssdk.services.sagemaker.model.DescribeTransformJobRequest;
import software.amazon.awssdk.services.sagemaker.model.DescribeTransformJobResponse;
import software.amazon.awssdk.services.sagemaker.model.ExperimentConfig;
import software.amazon.awssdk.services.sagemaker.model.ModelClientConfig;
import software.amazon.awssdk.services.sagemaker.model.StopTransformJobRequest;
import software.amazon.awssdk.services.sagemaker.model.Tag;
import software.amazon.awssdk.services.sagemaker.model.TransformOutput;
import software.amazon.awssdk.services.sagemaker.model.TransformResources;

/**
 * Offline scoring of whole data sets, as {@code sagemaker.transformer.Transformer} (Python SDK v2.257.6):
 * each input object gives {@code <outputPath>/<relative key>.out}, with SageMaker's split, batch
 * strategy, payload limit, input and output filters and join. Sends CreateTransformJob to the session's
 * backend, shaped as the Python SDK shapes it.
 *
 * <pre>{@code
 * Transformer t = Transformer.builder().modelName(model.create()).instanceType("local")
 *         .strategy("MultiRecord").assembleWith("Line").outputPath("s3://bucket/scores")
 *         .session(session).build();
 * // Python: t.transform(data, content_type="text/csv", split_type="Line",
 * //                     input_filter="$[1:]", join_source="Input", output_filter="$[0,-1]")
 * t.transform("s3://bucket/batch/", o -> o.contentType("text/csv").splitType("Line")
 *         .inputFilter("$[1:]").joinSource("Input").outputFilter("$[0,-1]"));
 * }</pre>
 *
 * <p>Python's methods here: {@code transform} → {@link #transform(String, Consumer)} (or {@link #transform(TransformInput)}), {@code wait} →
 * {@link #waitForCompletion(boolean)} ({@code wait()} is final on {@link Object}), {@code stop_transform_job}
 * → {@link #stopTransformJob(boolean)}, {@code attach} → {@link #attach(String, Session)},
 * {@code latest_transform_job} → {@link #latestTransformJob()} (the job's name), {@code delete_model} →
 * {@link #deleteModel()}. {@code transform_with_monitoring} is not offered: it builds and runs a SageMaker
 * Pipeline with a model-monitor check step, and sagemaker4j mirrors neither {@code workflow} pipelines nor
 * {@code model_monitor} quality checks yet.
 *
 * <p>Not enforced by the local backend, but sent to the service unchanged and recorded in the local
 * DescribeTransformJob response: {@code outputKmsKey}, {@code volumeKmsKey}, {@code modelClientConfig},
 * {@code batchDataCaptureConfig} and {@code experimentConfig}. {@code tags} are sent; the local backend
 * keeps no tags.
 *
 * <p>The configuration is fixed once built; {@link #latestTransformJob()} changes with each transform.
 * Needs no closing.
 */
public final class Transformer {
    /** Python's {@code Transformer.JOB_CLASS_NAME}: the base of job names when nothing better is known. */
    public static final String JOB_CLASS_NAME = "transform-job";

    private static final Logger LOG = LoggerFactory.getLogger(Transformer.class);
    private static final Set<String> STRATEGIES = Set.of("SingleRecord", "MultiRecord");
    private static final Set<String> ASSEMBLE = Set.of("None", "Line");
    private static final Set<String> DATA_TYPES = Set.of("S3Prefix", "ManifestFile", "AugmentedManifestFile");
    private static final Set<String> COMPRESSION = Set.of("None", "Gzip");
    private static final Set<String> SPLIT = Set.of("None", "Line", "RecordIO", "TFRecord");
    private static final Set<String> JOIN = Set.of("Input", "None");
    /** The service's KmsKeyId shape: a key id, key ARN, alias name or alias ARN. */
    private static final Pattern KMS_KEY = Pattern.compile("^[a-zA-Z0-9:/_-]{1,2048}$");
    private static final Pattern TAG_TEXT = Pattern.compile("^([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)$");
    private static final Pattern ENV_KEY = Pattern.compile("^[a-zA-Z_][a-zA-Z0-9_]{0,1023}$");
    private static final Pattern EXPERIMENT_NAME = Pattern.compile("^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,119}$");
    private static final Pattern S3_URI = Pattern.compile("^(https|s3)://([^/]+)/?(.*)$");
    /** Python's {@code base_name_from_image}: the repository's last path part, without the tag. */
    private static final Pattern IMAGE = Pattern.compile("^(.+/)?([^:/]+)(:[^:]+)?$");

    private final Session session;
    private final String modelName;
    private final int instanceCount;
    private final String instanceType;
    private final String strategy;
    private final String assembleWith;
    private final String outputPath;
    private final String outputKmsKey;
    private final String accept;
    private final Integer maxConcurrentTransforms;
    private final Integer maxPayload;
    private final List<Tag> tags;
    private final Map<String, String> env;
    private final String baseTransformJobName;
    private final String volumeKmsKey;
    private volatile String latestTransformJob;

    private Transformer(Builder b) {
        if (b.session == null) {
            throw new ValidationException("session", null, "is missing", "pass .session(Session.local())");
        }
        this.session = b.session;
        // a pipeline variable (a model step's ModelName property, as Python's TransformStep examples pass) is
        // resolved when the pipeline runs
        this.modelName = b.modelName != null && b.modelName.startsWith("{{pipeline-variable:") ? b.modelName
                : Names.validateName("modelName", b.modelName);
        if (b.instanceCount < 1) {
            throw new ValidationException("instanceCount", b.instanceCount, "must be at least 1",
                    "use one or more instances");
        }
        if (b.instanceType == null || !(b.instanceType.startsWith("local") || b.instanceType.startsWith("ml."))) {
            throw new ValidationException("instanceType", b.instanceType, "is not an instance type",
                    "pass \"local\" or an ml.* instance type");
        }
        if (b.strategy != null && !STRATEGIES.contains(b.strategy)) {
            throw new ValidationException("strategy", b.strategy, "is not a batch strategy",
                    "use SingleRecord or MultiRecord");
        }
        if (b.assembleWith != null && !ASSEMBLE.contains(b.assembleWith)) {
            throw new ValidationException("assembleWith", b.assembleWith, "is not an assembly",
                    "use None or Line");
        }
        if (b.maxPayload != null && (b.maxPayload < 0 || b.maxPayload > 100)) {
            throw new ValidationException("maxPayload", b.maxPayload, "must be between 0 and 100 (MB)",
                    "give the request size limit in MB");
        }
        if (b.maxConcurrentTransforms != null && b.maxConcurrentTransforms < 0) {
            throw new ValidationException("maxConcurrentTransforms", b.maxConcurrentTransforms,
                    "must not be negative", "give the parallel requests per instance");
        }
        if (b.outputPath != null && !b.outputPath.startsWith("s3://") && !b.outputPath.startsWith("file:")) {
            throw new ValidationException("outputPath", b.outputPath, "is neither an s3:// nor a file:// URI",
                    "write s3://bucket/prefix");
        }
        checkMaxLength("accept", b.accept, 256);
        checkKmsKey("outputKmsKey", b.outputKmsKey);
        checkKmsKey("volumeKmsKey", b.volumeKmsKey);
        checkTags(b.tags);
        checkEnv(b.env);
        if (b.baseTransformJobName != null && b.baseTransformJobName.isEmpty()) {
            throw new ValidationException("baseTransformJobName", "", "is empty",
                    "leave it unset for a name from the model's image, or give a base name");
        }
        this.instanceCount = b.instanceCount;
        this.instanceType = b.instanceType;
        this.strategy = b.strategy;
        this.assembleWith = b.assembleWith;
        this.outputPath = b.outputPath;
        this.outputKmsKey = b.outputKmsKey;
        this.accept = b.accept;
        this.maxConcurrentTransforms = b.maxConcurrentTransforms;
        this.maxPayload = b.maxPayload;
        this.tags = b.tags == null ? null : List.copyOf(b.tags);
        this.env = b.env == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(b.env));
        this.baseTransformJobName = b.baseTransformJobName;
        this.volumeKmsKey = b.volumeKmsKey;
    }

    /**
     * A new builder; its methods are Python's constructor keywords.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding this transformer's configuration.
     *
     * @return the builder
     */
    public Builder toBuilder() {
        Builder b = new Builder().session(session).modelName(modelName).instanceCount(instanceCount)
                .instanceType(instanceType).strategy(strategy).assembleWith(assembleWith).outputPath(outputPath)
                .outputKmsKey(outputKmsKey).accept(accept).maxConcurrentTransforms(maxConcurrentTransforms)
                .maxPayload(maxPayload).baseTransformJobName(baseTransformJobName).volumeKmsKey(volumeKmsKey);
        b.tags = tags;
        b.env = env;
        return b;
    }

    /**
     * Rebuilds a transformer from an existing job, as {@code Transformer.attach} in Python: the model,
     * resources (with {@code VolumeKmsKeyId}), strategy and output (with {@code KmsKeyId}) come from
     * DescribeTransformJob, and the job's name becomes the base of later job names.
     *
     * @param transformJobName the transform job
     * @param session          the session it ran in
     * @return a transformer whose latest job is that job
     */
    public static Transformer attach(String transformJobName, Session session) {
        DescribeTransformJobResponse d = session.api(TransformJobsApi.CAPABILITY).describeTransformJob(
                DescribeTransformJobRequest.builder()
                        .transformJobName(Names.validateName("transformJobName", transformJobName)).build());
        TransformResources resources = d.transformResources();
        TransformOutput output = d.transformOutput();
        Builder b = builder().session(session).modelName(d.modelName())
                .instanceCount(resources == null || resources.instanceCount() == null ? 1 : resources.instanceCount())
                .instanceType(resources == null ? "local" : resources.instanceTypeAsString())
                .volumeKmsKey(resources == null ? null : resources.volumeKmsKeyId())
                .strategy(d.batchStrategyAsString()).maxConcurrentTransforms(d.maxConcurrentTransforms())
                .maxPayload(d.maxPayloadInMB()).baseTransformJobName(d.transformJobName());
        if (output != null) {
            b.outputPath(output.s3OutputPath()).outputKmsKey(output.kmsKeyId()).accept(output.accept())
                    .assembleWith(output.assembleWithAsString());
        }
        if (d.hasEnvironment() && !d.environment().isEmpty()) {
            b.env(d.environment());
        }
        Transformer t = b.build();
        t.latestTransformJob = transformJobName;
        return t;
    }

    /**
     * Transforms everything under a URI with Python's defaults: {@code S3Prefix}, no content type, no
     * split, no filters, waiting for the job and logging it.
     *
     * @param data the input prefix or object ({@code s3://} or {@code file:})
     * @return the job name
     * @throws dev.sagemaker4j.exceptions.UnexpectedStatusException when the job fails
     */
    public String transform(String data) {
        return transform(data, TransformOptions.builder().build());
    }

    /**
     * Transforms everything under a URI with a content type and Python's other defaults, as
     * {@code transform(data, content_type=contentType)}.
     *
     * @param data        the input prefix or object ({@code s3://} or {@code file:})
     * @param contentType the records' MIME type, e.g. {@code text/csv}
     * @return the job name
     * @throws dev.sagemaker4j.exceptions.UnexpectedStatusException when the job fails
     */
    public String transform(String data, String contentType) {
        return transform(data, TransformOptions.builder().contentType(contentType).build());
    }

    /**
     * Transforms a {@link TransformInput} (Python's {@code sagemaker.inputs.TransformInput}, as pipelines'
     * {@code TransformStep} takes it) with Python's defaults for the rest: a generated job name, waiting
     * for the job and logging it. For the call's own keywords use
     * {@code transform(input.data(), input.toTransformOptions().jobName(...).build())}.
     *
     * @param input the data and how it is read, split, filtered and joined
     * @return the job name
     * @throws dev.sagemaker4j.exceptions.UnexpectedStatusException when the job fails
     */
    public String transform(TransformInput input) {
        Objects.requireNonNull(input, "input");
        return transform(input.data(), input.toTransformOptions().build());
    }

    /**
     * Transforms with Python's keyword arguments, each named, as {@code Transformer.transform(data, **kwargs)}.
     *
     * <pre>{@code
     * t.transform(data, o -> o.contentType("text/csv").splitType("Line").jobName("scores-1"));
     * }</pre>
     *
     * @param data    the input prefix, object or manifest ({@code s3://} or {@code file:})
     * @param options the keyword arguments
     * @return the job name
     * @throws ValidationException before any request when an argument is not what the service accepts
     * @throws dev.sagemaker4j.exceptions.UnexpectedStatusException when waiting and the job fails
     */
    public String transform(String data, Consumer<TransformOptions.Builder> options) {
        Objects.requireNonNull(options, "options");
        TransformOptions.Builder b = TransformOptions.builder();
        options.accept(b);
        return transform(data, b.build());
    }

    /**
     * Transforms with kept keyword arguments; see {@link #transform(String, Consumer)}.
     *
     * @param data    the input prefix, object or manifest ({@code s3://} or {@code file:})
     * @param options the keyword arguments
     * @return the job name
     * @throws ValidationException before any request when an argument is not what the service accepts
     * @throws dev.sagemaker4j.exceptions.UnexpectedStatusException when waiting and the job fails
     */
    public String transform(String data, TransformOptions options) {
        Objects.requireNonNull(options, "options");
        CreateTransformJobRequest request = transformJobRequest(data, options);
        dev.sagemaker4j.utils.RunContext.jobStarted("SageMakerTransformJob", request.transformJobName(), session);
        session.api(TransformJobsApi.CAPABILITY).createTransformJob(request);
        latestTransformJob = request.transformJobName();
        if (options.waits()) {
            waitForCompletion(options.logs());
        }
        return request.transformJobName();
    }

    /**
     * The CreateTransformJob request {@link #transform(String, TransformOptions)} sends, built as Python's
     * {@code _TransformJob._get_transform_args} and {@code Session._get_transform_request} build it.
     * Generating the job name may call DescribeModel (Python's {@code _retrieve_base_name}); nothing else
     * is sent.
     *
     * @param data    the input prefix, object or manifest
     * @param options the keyword arguments
     * @return the request
     * @throws ValidationException when an argument is not what the service accepts
     */
    public CreateTransformJobRequest transformJobRequest(String data, TransformOptions options) {
        checkData(data);
        String name = options.jobName() != null ? options.jobName()
                : Names.nameFromBase(baseTransformJobName != null ? baseTransformJobName : retrieveBaseName());
        String output = outputPath != null ? outputPath
                : s3PathJoin(session.defaultBucket(), session.defaultBucketPrefix(), name);
        software.amazon.awssdk.services.sagemaker.model.TransformInput.Builder input =
                software.amazon.awssdk.services.sagemaker.model.TransformInput.builder().dataSource(d -> d.s3DataSource(s -> s
                .s3DataType(options.dataType()).s3Uri(data)));
        if (options.contentType() != null) {
            input.contentType(options.contentType());
        }
        if (options.compressionType() != null) {
            input.compressionType(options.compressionType());
        }
        if (options.splitType() != null) {
            input.splitType(options.splitType());
        }
        TransformOutput.Builder out = TransformOutput.builder().s3OutputPath(output);
        if (outputKmsKey != null) {
            out.kmsKeyId(outputKmsKey);
        }
        if (assembleWith != null) {
            out.assembleWith(assembleWith);
        }
        if (accept != null) {
            out.accept(accept);
        }
        TransformResources.Builder resources = TransformResources.builder().instanceCount(instanceCount)
                .instanceType(instanceType);
        if (volumeKmsKey != null) {
            resources.volumeKmsKeyId(volumeKmsKey);
        }
        CreateTransformJobRequest.Builder request = CreateTransformJobRequest.builder().transformJobName(name)
                .modelName(modelName).transformInput(input.build()).transformOutput(out.build())
                .transformResources(resources.build()).batchStrategy(strategy)
                .maxConcurrentTransforms(maxConcurrentTransforms).maxPayloadInMB(maxPayload);
        if (env != null) {
            request.environment(env);
        }
        if (tags != null) {
            request.tags(tags);
        }
        if (options.inputFilter() != null || options.outputFilter() != null || options.joinSource() != null) {
            request.dataProcessing(DataProcessing.builder().inputFilter(options.inputFilter())
                    .outputFilter(options.outputFilter()).joinSource(options.joinSource()).build());
        }
        // as Python's check_and_get_run_experiment_config: the given config, else the open run's
        ExperimentConfig experiment = dev.sagemaker4j.utils.RunContext.experimentConfig(options.experimentConfig());
        if (experiment != null && !experiment.equals(ExperimentConfig.builder().build())) {
            request.experimentConfig(experiment);
        }
        ModelClientConfig client = options.modelClientConfig();
        if (client != null && !client.equals(ModelClientConfig.builder().build())) {
            request.modelClientConfig(client);
        }
        if (options.batchDataCaptureConfig() != null) {
            request.dataCaptureConfig(options.batchDataCaptureConfig());
        }
        return request.build();
    }

    /** Python's {@code _retrieve_base_name}: the model's image name, else the model name. */
    private String retrieveBaseName() {
        if (modelName.startsWith("{{pipeline-variable:")) {
            return "transform-job"; // the model exists only when the pipeline runs: Python's JOB_CLASS_NAME
        }
        DescribeModelResponse model;
        try {
            model = session.api(HostingApi.CAPABILITY).describeModel(DescribeModelRequest.builder()
                    .modelName(modelName).build());
        } catch (ClientException e) {
            throw new ValidationException("ModelName", modelName, "could not be described (Failed to fetch model"
                    + " information)", "create the model first (model.create() or estimator.transformer(...));"
                    + " local instance types need locally created models", e);
        }
        String image = null;
        if (model.primaryContainer() != null) {
            image = model.primaryContainer().image();
        } else if (model.hasContainers() && !model.containers().isEmpty()) {
            image = model.containers().get(0).image();
        }
        return image != null && !image.isEmpty() ? baseNameFromImage(image) : modelName;
    }

    /**
     * Python's {@code utils.base_name_from_image}: the image's repository name, without registry, path
     * and tag ({@code 683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-xgboost:1.7-1} gives
     * {@code sagemaker-xgboost}).
     *
     * @param image the image URI
     * @return the base name
     */
    static String baseNameFromImage(String image) {
        Matcher m = IMAGE.matcher(image);
        return m.matches() ? m.group(2) : image;
    }

    /** Python's {@code s3.s3_path_join("s3://", bucket, prefix, name)}: empty parts and extra slashes dropped. */
    private static String s3PathJoin(String bucket, String prefix, String name) {
        StringBuilder path = new StringBuilder("s3:/");
        for (String part : new String[] {bucket, prefix, name}) {
            String trimmed = part == null ? "" : part.replaceAll("^/+|/+$", "");
            if (!trimmed.isEmpty()) {
                path.append('/').append(trimmed);
            }
        }
        return path.toString();
    }

    /** The service's and the local backend's input URIs: {@code s3://} or {@code file:}. */
    static void checkData(String data) {
        if (data == null || !(data.startsWith("s3://") || data.startsWith("file:"))) {
            throw new ValidationException("data", data, "is not an s3:// or file:// URI",
                    "upload the data with session.uploadData(...) and pass the URI");
        }
    }

    /**
     * Waits for the latest job to end and logs it, as {@code wait()} in Python.
     *
     * @return the final description
     * @throws dev.sagemaker4j.exceptions.UnexpectedStatusException when it failed or was stopped
     */
    public DescribeTransformJobResponse waitForCompletion() {
        return waitForCompletion(true);
    }

    /**
     * Waits for the latest job to end, as {@code wait(logs)} in Python.
     *
     * @param logs whether to write the job's log through SLF4J (logger {@code dev.sagemaker4j.jobs.<job>})
     * @return the final description
     * @throws dev.sagemaker4j.exceptions.UnexpectedStatusException when it failed or was stopped
     */
    public DescribeTransformJobResponse waitForCompletion(boolean logs) {
        String job = requireJob();
        DescribeTransformJobResponse done = session.waitForTransformJob(job, null);
        if (logs) {
            Logger log = LoggerFactory.getLogger("dev.sagemaker4j.jobs." + job);
            List<String> lines = session.backend().logs().readLog(LogsApi.TRANSFORM_JOBS, job, 0);
            lines.forEach(log::info);
        }
        return done;
    }

    /**
     * Waits for the latest job to end, at most for a time.
     *
     * @param timeout the longest wait
     * @return the final description
     */
    public DescribeTransformJobResponse waitForCompletion(Duration timeout) {
        return session.waitForTransformJob(requireJob(), timeout);
    }

    /**
     * Stops the latest job (StopTransformJob) and waits until it has ended, as
     * {@code stop_transform_job()} in Python; outputs not yet complete are not published.
     */
    public void stopTransformJob() {
        stopTransformJob(true);
    }

    /**
     * Stops the latest job (StopTransformJob), as {@code stop_transform_job(wait)} in Python.
     *
     * @param wait whether to wait until the job has ended ({@code Stopped}, or {@code Completed} when it
     *             finished first)
     */
    public void stopTransformJob(boolean wait) {
        String job = requireJob();
        session.api(TransformJobsApi.CAPABILITY).stopTransformJob(StopTransformJobRequest.builder()
                .transformJobName(job).build());
        LOG.debug("Asked transform job {} to stop", job);
        if (wait) {
            session.waitForTransformJob(job, null);
        }
    }

    /**
     * Deletes the model this transformer uses (DeleteModel), as {@code delete_model()} in Python.
     */
    public void deleteModel() {
        session.api(HostingApi.CAPABILITY).deleteModel(DeleteModelRequest.builder().modelName(modelName).build());
    }

    /**
     * The latest job's description.
     *
     * @return DescribeTransformJob's response
     */
    public DescribeTransformJobResponse describe() {
        return session.api(TransformJobsApi.CAPABILITY).describeTransformJob(DescribeTransformJobRequest.builder()
                .transformJobName(requireJob()).build());
    }

    private String requireJob() {
        String job = latestTransformJob;
        if (job == null) {
            throw new ValidationException("latestTransformJob", null, "is not set (No transform job available)",
                    "call transform(...) first");
        }
        return job;
    }

    /**
     * The latest job's name, as {@code latest_transform_job.name} in Python.
     *
     * @return the name, or {@code null} before the first transform
     */
    public String latestTransformJob() {
        return latestTransformJob;
    }

    /**
     * The model transformed with.
     *
     * @return the model name
     */
    public String modelName() {
        return modelName;
    }

    /**
     * The instances per job.
     *
     * @return the instance count
     */
    public int instanceCount() {
        return instanceCount;
    }

    /**
     * The instance type.
     *
     * @return {@code local} or {@code ml.*}
     */
    public String instanceType() {
        return instanceType;
    }

    /**
     * The batch strategy.
     *
     * @return {@code SingleRecord}, {@code MultiRecord} or {@code null} (the service's default)
     */
    public String strategy() {
        return strategy;
    }

    /**
     * How outputs are assembled.
     *
     * @return {@code None}, {@code Line} or {@code null}
     */
    public String assembleWith() {
        return assembleWith;
    }

    /**
     * Where outputs go, or {@code null} for {@code s3://<default bucket>/<default bucket prefix>/<job name>},
     * chosen anew for each job as in Python.
     *
     * @return the output path
     */
    public String outputPath() {
        return outputPath;
    }

    /**
     * The KMS key that encrypts the output.
     *
     * @return the key, or {@code null}
     */
    public String outputKmsKey() {
        return outputKmsKey;
    }

    /**
     * The response type asked of the model.
     *
     * @return the MIME type, or {@code null}
     */
    public String accept() {
        return accept;
    }

    /**
     * The parallel requests per instance.
     *
     * @return the count, or {@code null}
     */
    public Integer maxConcurrentTransforms() {
        return maxConcurrentTransforms;
    }

    /**
     * The request size limit in MB.
     *
     * @return the limit, or {@code null}
     */
    public Integer maxPayload() {
        return maxPayload;
    }

    /**
     * The job tags, as the service's Key/Value list.
     *
     * @return an unmodifiable list, or {@code null}
     */
    public List<Tag> tags() {
        return tags;
    }

    /**
     * The job environment.
     *
     * @return an unmodifiable map, or {@code null}
     */
    public Map<String, String> env() {
        return env;
    }

    /**
     * The base of generated job names.
     *
     * @return the base, or {@code null} for the model's image name
     */
    public String baseTransformJobName() {
        return baseTransformJobName;
    }

    /**
     * The KMS key that encrypts the instances' volumes.
     *
     * @return the key, or {@code null}
     */
    public String volumeKmsKey() {
        return volumeKmsKey;
    }

    /**
     * The session.
     *
     * @return the session
     */
    public Session session() {
        return session;
    }

    static void checkMaxLength(String field, String value, int max) {
        if (value != null && value.length() > max) {
            throw new ValidationException(field, value, "is " + value.length() + " characters long, more than "
                    + max, "shorten it to at most " + max + " characters");
        }
    }

    static void checkKmsKey(String field, String key) {
        if (key != null && !KMS_KEY.matcher(key).matches()) {
            throw new ValidationException(field, key, "is not a KMS key id, key ARN, alias or alias ARN"
                    + " (1 to 2048 of [a-zA-Z0-9:/_-])", "pass e.g. arn:aws:kms:us-east-1:111122223333:key/<id>"
                    + " or alias/my-key");
        }
    }

    private static void checkTags(List<Tag> tags) {
        if (tags == null) {
            return;
        }
        if (tags.size() > 50) {
            throw new ValidationException("tags", tags.size(), "has more than 50 tags", "keep at most 50 tags");
        }
        for (Tag tag : tags) {
            String key = tag.key();
            if (key == null || key.isEmpty() || key.length() > 128 || !TAG_TEXT.matcher(key).matches()) {
                throw new ValidationException("tags", key, "is not a tag key (1 to 128 letters, digits, spaces"
                        + " and _.:/=+-@)", "use a key such as project or cost-center");
            }
            if (key.startsWith("aws:")) {
                throw new ValidationException("tags", key, "starts with aws:, which AWS reserves",
                        "choose a key without the aws: prefix");
            }
            String value = tag.value();
            if (value == null || value.length() > 256 || !TAG_TEXT.matcher(value).matches()) {
                throw new ValidationException("tags", value, "is not a tag value of key " + key
                        + " (0 to 256 letters, digits, spaces and _.:/=+-@)", "give a shorter or plainer value");
            }
        }
    }

    private static void checkEnv(Map<String, String> env) {
        if (env == null) {
            return;
        }
        if (env.size() > 16) {
            throw new ValidationException("env", env.size(), "has more than 16 variables",
                    "the service accepts at most 16 transform job environment variables");
        }
        env.forEach((k, v) -> {
            if (k == null || !ENV_KEY.matcher(k).matches()) {
                throw new ValidationException("env", k, "is not an environment variable name",
                        "use [a-zA-Z_][a-zA-Z0-9_]*");
            }
            if (v == null || v.length() > 10240) {
                throw new ValidationException("env", k, "has no value or one longer than 10240 characters",
                        "give a value of at most 10240 characters");
            }
        });
    }

    /**
     * Builds a {@link Transformer}; its methods are Python's constructor keywords ({@code model_name},
     * {@code instance_count}, {@code instance_type}, {@code strategy}, {@code assemble_with},
     * {@code output_path}, {@code output_kms_key}, {@code accept}, {@code max_concurrent_transforms},
     * {@code max_payload}, {@code tags}, {@code env}, {@code base_transform_job_name},
     * {@code sagemaker_session} as {@link #session(Session)}, {@code volume_kms_key}).
     */
    public static final class Builder {
        private Session session;
        private String modelName;
        private int instanceCount = 1;
        private String instanceType;
        private String strategy;
        private String assembleWith;
        private String outputPath;
        private String outputKmsKey;
        private String accept;
        private Integer maxConcurrentTransforms;
        private Integer maxPayload;
        private List<Tag> tags;
        private Map<String, String> env;
        private String baseTransformJobName;
        private String volumeKmsKey;

        private Builder() {
        }

        /**
         * Sets the session ({@code sagemaker_session}); required.
         *
         * @param session the session
         * @return this builder
         */
        public Builder session(Session session) {
            this.session = session;
            return this;
        }

        /**
         * Sets the model ({@code model_name}); required.
         *
         * @param modelName a created model
         * @return this builder
         */
        public Builder modelName(String modelName) {
            this.modelName = modelName;
            return this;
        }

        /**
         * Sets the instances ({@code instance_count}; required in Python, 1 here when unset).
         *
         * @param count at least 1
         * @return this builder
         */
        public Builder instanceCount(int count) {
            this.instanceCount = count;
            return this;
        }

        /**
         * Sets the instance type ({@code instance_type}); required.
         *
         * @param type {@code local} or {@code ml.*}
         * @return this builder
         */
        public Builder instanceType(String type) {
            this.instanceType = type;
            return this;
        }

        /**
         * Sets the batch strategy ({@code strategy}, default {@code None}: the service's default).
         *
         * @param strategy {@code SingleRecord} or {@code MultiRecord}
         * @return this builder
         */
        public Builder strategy(String strategy) {
            this.strategy = strategy;
            return this;
        }

        /**
         * Sets how outputs are assembled ({@code assemble_with}, default {@code None}).
         *
         * @param assembleWith {@code None} or {@code Line}
         * @return this builder
         */
        public Builder assembleWith(String assembleWith) {
            this.assembleWith = assembleWith;
            return this;
        }

        /**
         * Sets where the .out files go ({@code output_path}, default
         * {@code s3://<default bucket>/<default bucket prefix>/<job name>}).
         *
         * @param path an s3:// or file:// prefix
         * @return this builder
         */
        public Builder outputPath(String path) {
            this.outputPath = path;
            return this;
        }

        /**
         * Sets the KMS key that encrypts the output ({@code output_kms_key}, default {@code None}); sent as
         * {@code TransformOutput.KmsKeyId}, recorded but not enforced by the local backend.
         *
         * @param key a KMS key id, key ARN, alias or alias ARN
         * @return this builder
         */
        public Builder outputKmsKey(String key) {
            this.outputKmsKey = key;
            return this;
        }

        /**
         * Sets the response type asked of the model ({@code accept}, default {@code None}).
         *
         * @param accept a MIME type
         * @return this builder
         */
        public Builder accept(String accept) {
            this.accept = accept;
            return this;
        }

        /**
         * Sets the parallel requests per instance ({@code max_concurrent_transforms}, default {@code None}).
         *
         * @param max the count (0 or unset: locally the number of CPUs, at most as many requests as
         *            the heap holds at four times the payload limit each), or {@code null}
         * @return this builder
         */
        public Builder maxConcurrentTransforms(Integer max) {
            this.maxConcurrentTransforms = max;
            return this;
        }

        /**
         * Sets the request size limit ({@code max_payload}, default {@code None}: the service's 6 MB).
         *
         * @param megabytes 0 to 100, or {@code null}
         * @return this builder
         */
        public Builder maxPayload(Integer megabytes) {
            this.maxPayload = megabytes;
            return this;
        }

        /**
         * Sets the job tags ({@code tags}, default {@code None}) as the service's Key/Value list.
         *
         * @param tags the tags, or {@code null}
         * @return this builder
         */
        public Builder tags(List<Tag> tags) {
            this.tags = tags == null ? null : new ArrayList<>(tags);
            return this;
        }

        /**
         * Sets the job tags from a map, as Python's {@code format_tags(dict)}: one Key/Value pair per entry,
         * in the map's order.
         *
         * @param tags the tags, or {@code null}
         * @return this builder
         */
        public Builder tags(Map<String, String> tags) {
            this.tags = toTags(tags);
            return this;
        }

        /**
         * Sets the container environment of the job ({@code env}, default {@code None}).
         *
         * @param env variables, or {@code null}
         * @return this builder
         */
        public Builder env(Map<String, String> env) {
            this.env = env == null ? null : new LinkedHashMap<>(env);
            return this;
        }

        /**
         * Sets the base of generated job names ({@code base_transform_job_name}, default {@code None}: the
         * model's image name as {@code base_name_from_image} gives it, else the model name).
         *
         * @param name the base name
         * @return this builder
         */
        public Builder baseTransformJobName(String name) {
            this.baseTransformJobName = name;
            return this;
        }

        /**
         * Sets the KMS key that encrypts the instances' volumes ({@code volume_kms_key}, default {@code None});
         * sent as {@code TransformResources.VolumeKmsKeyId}, recorded but not enforced by the local backend.
         *
         * @param key a KMS key id, key ARN, alias or alias ARN
         * @return this builder
         */
        public Builder volumeKmsKey(String key) {
            this.volumeKmsKey = key;
            return this;
        }

        /**
         * Builds the transformer.
         *
         * @return the transformer
         * @throws ValidationException when a value is not what the service accepts
         */
        public Transformer build() {
            return new Transformer(this);
        }
    }

    /**
     * Python's {@code format_tags} of a dict: one Key/Value pair per entry, in the map's order.
     *
     * @param tags the tags, or {@code null}
     * @return the list, or {@code null}
     */
    static List<Tag> toTags(Map<String, String> tags) {
        if (tags == null) {
            return null;
        }
        List<Tag> list = new ArrayList<>();
        tags.forEach((k, v) -> list.add(Tag.builder().key(k).value(v).build()));
        return list;
    }

    /**
     * Runs a transform job with a monitoring job, as Python's {@code transform_with_monitoring}, with Python's
     * defaults; see {@link #transformWithMonitoring(MonitoringConfig, MonitoringResourceConfig, String,
     * TransformWithMonitoringOptions)}.
     *
     * @param monitoringConfig         a {@code DataQualityCheckConfig} or {@code ModelQualityCheckConfig}
     *                                 (sagemaker-workflow)
     * @param monitoringResourceConfig the check job's {@code CheckJobConfig} (sagemaker-workflow)
     * @param data                     the transform's input prefix or object
     * @return the pipeline execution, ended
     */
    public MonitoringExecution transformWithMonitoring(MonitoringConfig monitoringConfig,
            MonitoringResourceConfig monitoringResourceConfig, String data) {
        return transformWithMonitoring(monitoringConfig, monitoringResourceConfig, data,
                TransformWithMonitoringOptions.builder().build());
    }

    /**
     * Runs a transform job with a monitoring job, every keyword by name.
     *
     * <pre>{@code
     * // Python: transformer.transform_with_monitoring(monitoring_config=config,
     * //     monitoring_resource_config=check_job, data=data, content_type="text/csv",
     * //     monitor_before_transform=True, supplied_baseline_constraints=constraints_uri)
     * transformer.transformWithMonitoring(config, checkJob, data, t -> t.contentType("text/csv")
     *         .monitorBeforeTransform(true).suppliedBaselineConstraints(constraintsUri));
     * }</pre>
     *
     * @param monitoringConfig         the monitoring configuration
     * @param monitoringResourceConfig the check job configuration
     * @param data                     the transform's input
     * @param options                  the keywords
     * @return the pipeline execution
     */
    public MonitoringExecution transformWithMonitoring(MonitoringConfig monitoringConfig,
            MonitoringResourceConfig monitoringResourceConfig, String data,
            Consumer<TransformWithMonitoringOptions.Builder> options) {
        Objects.requireNonNull(options, "options");
        TransformWithMonitoringOptions.Builder b = TransformWithMonitoringOptions.builder();
        options.accept(b);
        return transformWithMonitoring(monitoringConfig, monitoringResourceConfig, data, b.build());
    }

    /**
     * Runs a transform job with a monitoring job, as Python's {@code transform_with_monitoring}: it does not start
     * a transform job itself but builds a pipeline of Python's {@code MonitorBatchTransformStep} (the transform
     * step {@code MonitorBatchTransformStep-transform} and the check step {@code MonitorBatchTransformStep-monitoring}
     * with {@code skip_check=False}, the check before the transform with {@code monitorBeforeTransform}), upserts it
     * as {@code pipelineName} (default {@code TransformWithMonitoring<epoch seconds>}) and starts it, waiting with
     * {@code wait}. The pipeline comes from sagemaker-workflow (found through {@link TransformWithMonitoringProvider}).
     * The role is {@code role}, else the check job's (Python: the notebook's execution role).
     *
     * @param monitoringConfig         the monitoring configuration
     * @param monitoringResourceConfig the check job configuration
     * @param data                     the transform's input
     * @param options                  the keywords
     * @return the pipeline execution
     * @throws ValidationException when sagemaker-workflow is not on the class path, and as {@code transform}
     *                             validates
     * @throws dev.sagemaker4j.exceptions.UnexpectedStatusException when waiting and the pipeline fails (a
     *                             violation with {@code failOnViolation})
     */
    public MonitoringExecution transformWithMonitoring(MonitoringConfig monitoringConfig,
            MonitoringResourceConfig monitoringResourceConfig, String data, TransformWithMonitoringOptions options) {
        Objects.requireNonNull(options, "options");
        if (monitoringConfig == null) {
            throw new ValidationException("monitoringConfig", null, "is missing",
                    "pass a DataQualityCheckConfig or ModelQualityCheckConfig (sagemaker-workflow)");
        }
        if (monitoringResourceConfig == null) {
            throw new ValidationException("monitoringResourceConfig", null, "is missing",
                    "pass a CheckJobConfig (sagemaker-workflow)");
        }
        TransformWithMonitoringProvider provider = null;
        for (TransformWithMonitoringProvider p : java.util.ServiceLoader.load(TransformWithMonitoringProvider.class,
                Transformer.class.getClassLoader())) {
            provider = p;
            break;
        }
        if (provider == null) {
            throw new ValidationException("monitoringConfig", monitoringConfig.getClass().getName(),
                    "needs the pipelines of sagemaker-workflow, which are not on the class path",
                    "add the dependency dev.sagemaker4j:sagemaker-workflow");
        }
        CreateTransformJobRequest request = transformJobRequest(data, options.transform());
        return provider.run(this, request, monitoringConfig, monitoringResourceConfig, options);
    }

    /**
     * The keyword arguments of Python's {@code Transformer.transform_with_monitoring(monitoring_config,
     * monitoring_resource_config, data, data_type="S3Prefix", content_type=None, compression_type=None,
     * split_type=None, input_filter=None, output_filter=None, join_source=None, model_client_config=None,
     * batch_data_capture_config=None, monitor_before_transform=False, supplied_baseline_statistics=None,
     * supplied_baseline_constraints=None, wait=True, pipeline_name=None, role=None, fail_on_violation=True)}
     * after the first three, each named. Immutable.
     */
    public static final class TransformWithMonitoringOptions {
        private final TransformOptions transform;
        private final boolean monitorBeforeTransform;
        private final String suppliedBaselineStatistics;
        private final String suppliedBaselineConstraints;
        private final boolean waits;
        private final String pipelineName;
        private final String role;
        private final boolean failOnViolation;

        private TransformWithMonitoringOptions(Builder b) {
            this.transform = b.transform.wait(false).logs(false).build();
            this.monitorBeforeTransform = b.monitorBeforeTransform;
            this.suppliedBaselineStatistics = b.suppliedBaselineStatistics;
            this.suppliedBaselineConstraints = b.suppliedBaselineConstraints;
            this.waits = b.waits;
            this.pipelineName = b.pipelineName;
            this.role = b.role;
            this.failOnViolation = b.failOnViolation;
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
         * The transform keywords ({@code data_type} ... {@code batch_data_capture_config}).
         *
         * @return the transform options
         */
        public TransformOptions transform() {
            return transform;
        }

        /**
         * Python's {@code monitor_before_transform}.
         *
         * @return whether the check runs before the transform
         */
        public boolean monitorBeforeTransform() {
            return monitorBeforeTransform;
        }

        /**
         * Python's {@code supplied_baseline_statistics}.
         *
         * @return the URI, or null
         */
        public String suppliedBaselineStatistics() {
            return suppliedBaselineStatistics;
        }

        /**
         * Python's {@code supplied_baseline_constraints}.
         *
         * @return the URI, or null
         */
        public String suppliedBaselineConstraints() {
            return suppliedBaselineConstraints;
        }

        /**
         * Python's {@code wait}.
         *
         * @return whether to wait for the execution
         */
        public boolean waits() {
            return waits;
        }

        /**
         * Python's {@code pipeline_name}.
         *
         * @return the name, or null
         */
        public String pipelineName() {
            return pipelineName;
        }

        /**
         * Python's {@code role}.
         *
         * @return the role, or null
         */
        public String role() {
            return role;
        }

        /**
         * Python's {@code fail_on_violation}.
         *
         * @return whether a violation fails the check step
         */
        public boolean failOnViolation() {
            return failOnViolation;
        }

        /** Builds {@link TransformWithMonitoringOptions}; each method is a Python keyword. */
        public static final class Builder {
            private final TransformOptions.Builder transform = TransformOptions.builder();
            private boolean monitorBeforeTransform;
            private String suppliedBaselineStatistics;
            private String suppliedBaselineConstraints;
            private boolean waits = true;
            private String pipelineName;
            private String role;
            private boolean failOnViolation = true;

            private Builder() {
            }

            /**
             * Sets {@code data_type} (default {@code S3Prefix}).
             *
             * @param dataType {@code S3Prefix} or {@code ManifestFile}
             * @return this builder
             */
            public Builder dataType(String dataType) {
                transform.dataType(dataType);
                return this;
            }

            /**
             * Sets {@code content_type} (default {@code None}).
             *
             * @param contentType the input's MIME type
             * @return this builder
             */
            public Builder contentType(String contentType) {
                transform.contentType(contentType);
                return this;
            }

            /**
             * Sets {@code compression_type} (default {@code None}).
             *
             * @param compressionType {@code Gzip} or {@code None}
             * @return this builder
             */
            public Builder compressionType(String compressionType) {
                transform.compressionType(compressionType);
                return this;
            }

            /**
             * Sets {@code split_type} (default {@code None}).
             *
             * @param splitType {@code None}, {@code Line}, {@code RecordIO} or {@code TFRecord}
             * @return this builder
             */
            public Builder splitType(String splitType) {
                transform.splitType(splitType);
                return this;
            }

            /**
             * Sets {@code input_filter} (default {@code None}).
             *
             * @param inputFilter a JSONPath
             * @return this builder
             */
            public Builder inputFilter(String inputFilter) {
                transform.inputFilter(inputFilter);
                return this;
            }

            /**
             * Sets {@code output_filter} (default {@code None}).
             *
             * @param outputFilter a JSONPath
             * @return this builder
             */
            public Builder outputFilter(String outputFilter) {
                transform.outputFilter(outputFilter);
                return this;
            }

            /**
             * Sets {@code join_source} (default {@code None}).
             *
             * @param joinSource {@code Input} or {@code None}
             * @return this builder
             */
            public Builder joinSource(String joinSource) {
                transform.joinSource(joinSource);
                return this;
            }

            /**
             * Sets {@code model_client_config} (default {@code None}).
             *
             * @param modelClientConfig the invocation timeout and retries
             * @return this builder
             */
            public Builder modelClientConfig(ModelClientConfig modelClientConfig) {
                transform.modelClientConfig(modelClientConfig);
                return this;
            }

            /**
             * Sets {@code batch_data_capture_config} (default {@code None}).
             *
             * @param batchDataCaptureConfig the capture configuration
             * @return this builder
             */
            public Builder batchDataCaptureConfig(BatchDataCaptureConfig batchDataCaptureConfig) {
                transform.batchDataCaptureConfig(batchDataCaptureConfig);
                return this;
            }

            /**
             * Sets {@code monitor_before_transform} (default {@code False}; only for a data quality check).
             *
             * @param monitorBeforeTransform whether the check runs before the transform
             * @return this builder
             */
            public Builder monitorBeforeTransform(boolean monitorBeforeTransform) {
                this.monitorBeforeTransform = monitorBeforeTransform;
                return this;
            }

            /**
             * Sets {@code supplied_baseline_statistics} (default {@code None}).
             *
             * @param suppliedBaselineStatistics the S3 URI of a statistics.json
             * @return this builder
             */
            public Builder suppliedBaselineStatistics(String suppliedBaselineStatistics) {
                this.suppliedBaselineStatistics = suppliedBaselineStatistics;
                return this;
            }

            /**
             * Sets {@code supplied_baseline_constraints} (default {@code None}).
             *
             * @param suppliedBaselineConstraints the S3 URI of a constraints.json
             * @return this builder
             */
            public Builder suppliedBaselineConstraints(String suppliedBaselineConstraints) {
                this.suppliedBaselineConstraints = suppliedBaselineConstraints;
                return this;
            }

            /**
             * Sets {@code wait} (default {@code True}).
             *
             * @param wait whether to wait for the pipeline execution
             * @return this builder
             */
            public Builder wait(boolean wait) {
                this.waits = wait;
                return this;
            }

            /**
             * Sets {@code pipeline_name} (default {@code None}: {@code TransformWithMonitoring<epoch seconds>}).
             *
             * @param pipelineName the pipeline's name (an existing one is updated)
             * @return this builder
             */
            public Builder pipelineName(String pipelineName) {
                this.pipelineName = pipelineName;
                return this;
            }

            /**
             * Sets {@code role} (default {@code None}: the check job's role).
             *
             * @param role the pipeline's role
             * @return this builder
             */
            public Builder role(String role) {
                this.role = role;
                return this;
            }

            /**
             * Sets {@code fail_on_violation} (default {@code True}).
             *
             * @param failOnViolation whether a violation fails the check step
             * @return this builder
             */
            public Builder failOnViolation(boolean failOnViolation) {
                this.failOnViolation = failOnViolation;
                return this;
            }

            /**
             * Builds the options.
             *
             * @return the options
             * @throws ValidationException as {@code TransformOptions} validates
             */
            public TransformWithMonitoringOptions build() {
                return new TransformWithMonitoringOptions(this);
            }
        }
    }

    /**
     * The keyword arguments of Python's {@code Transformer.transform(data, data_type="S3Prefix",
     * content_type=None, compression_type=None, split_type=None, job_name=None, input_filter=None,
     * output_filter=None, join_source=None, experiment_config=None, model_client_config=None,
     * batch_data_capture_config=None, wait=True, logs=True)}, each named. Immutable; validated as the
     * service validates them when built.
     *
     * <pre>{@code
     * TransformOptions o = TransformOptions.builder().contentType("text/csv").splitType("Line")
     *         .inputFilter("$[1:]").joinSource("Input").outputFilter("$[0,-1]").build();
     * }</pre>
     */
    public static final class TransformOptions {
        private final String dataType;
        private final String contentType;
        private final String compressionType;
        private final String splitType;
        private final String jobName;
        private final String inputFilter;
        private final String outputFilter;
        private final String joinSource;
        private final ExperimentConfig experimentConfig;
        private final ModelClientConfig modelClientConfig;
        private final BatchDataCaptureConfig batchDataCaptureConfig;
        private final boolean waits;
        private final boolean logs;

        private TransformOptions(Builder b) {
            check("dataType", b.dataType, DATA_TYPES);
            if (b.dataType == null) {
                throw new ValidationException("dataType", null, "is missing",
                        "use S3Prefix (the default), ManifestFile or AugmentedManifestFile");
            }
            checkMaxLength("contentType", b.contentType, 256);
            if (b.contentType != null && DATA_TYPES.contains(b.contentType)) {
                throw new ValidationException("contentType", b.contentType, "is an S3 data type, not a MIME type",
                        "set it with dataType(\"" + b.contentType + "\") and pass the MIME type as contentType");
            }
            check("compressionType", b.compressionType, COMPRESSION);
            check("splitType", b.splitType, SPLIT);
            check("joinSource", b.joinSource, JOIN);
            if (b.jobName != null) {
                Names.validateName("jobName", b.jobName);
            }
            checkFilter("inputFilter", b.inputFilter);
            checkFilter("outputFilter", b.outputFilter);
            checkExperiment(b.experimentConfig);
            checkClient(b.modelClientConfig);
            checkCapture(b.batchDataCaptureConfig);
            this.dataType = b.dataType;
            this.contentType = b.contentType;
            this.compressionType = b.compressionType;
            this.splitType = b.splitType;
            this.jobName = b.jobName;
            this.inputFilter = b.inputFilter;
            this.outputFilter = b.outputFilter;
            this.joinSource = b.joinSource;
            this.experimentConfig = b.experimentConfig;
            this.modelClientConfig = b.modelClientConfig;
            this.batchDataCaptureConfig = b.batchDataCaptureConfig;
            this.waits = b.waits;
            this.logs = b.logs;
        }

        private static void check(String field, String value, Set<String> allowed) {
            if (value != null && !allowed.contains(value)) {
                throw new ValidationException(field, value, "is not one of " + new java.util.TreeSet<>(allowed),
                        "use one of " + String.join(", ", new java.util.TreeSet<>(allowed)));
            }
        }

        private static void checkFilter(String field, String path) {
            // the service's JsonPath shape: at most 63 characters; the local backend parses it further
            checkMaxLength(field, path, 63);
        }

        private static void checkExperiment(ExperimentConfig c) {
            if (c == null) {
                return;
            }
            checkExperimentName("experimentConfig.ExperimentName", c.experimentName());
            checkExperimentName("experimentConfig.TrialName", c.trialName());
            checkExperimentName("experimentConfig.RunName", c.runName());
            checkMaxLength("experimentConfig.TrialComponentDisplayName", c.trialComponentDisplayName(), 120);
        }

        private static void checkExperimentName(String field, String name) {
            if (name != null && !EXPERIMENT_NAME.matcher(name).matches()) {
                throw new ValidationException(field, name, "is not a name of 1 to 120 letters, digits and"
                        + " hyphens", "start and end with a letter or digit");
            }
        }

        private static void checkClient(ModelClientConfig c) {
            if (c == null) {
                return;
            }
            Integer timeout = c.invocationsTimeoutInSeconds();
            if (timeout != null && (timeout < 1 || timeout > 3600)) {
                throw new ValidationException("modelClientConfig.InvocationsTimeoutInSeconds", timeout,
                        "must be between 1 and 3600", "give the per-request timeout in seconds");
            }
            Integer retries = c.invocationsMaxRetries();
            if (retries != null && (retries < 0 || retries > 3)) {
                throw new ValidationException("modelClientConfig.InvocationsMaxRetries", retries,
                        "must be between 0 and 3", "give at most 3 retries");
            }
        }

        private static void checkCapture(BatchDataCaptureConfig c) {
            if (c == null) {
                return;
            }
            String uri = c.destinationS3Uri();
            if (uri == null || uri.length() > 512 || !S3_URI.matcher(uri).matches()) {
                throw new ValidationException("batchDataCaptureConfig.DestinationS3Uri", uri,
                        "is not an s3:// URI of at most 512 characters", "pass s3://bucket/capture");
            }
            checkKmsKey("batchDataCaptureConfig.KmsKeyId", c.kmsKeyId());
        }

        /**
         * A new builder with Python's defaults.
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
            return new Builder().dataType(dataType).contentType(contentType).compressionType(compressionType)
                    .splitType(splitType).jobName(jobName).inputFilter(inputFilter).outputFilter(outputFilter)
                    .joinSource(joinSource).experimentConfig(experimentConfig).modelClientConfig(modelClientConfig)
                    .batchDataCaptureConfig(batchDataCaptureConfig).wait(waits).logs(logs);
        }

        /**
         * What the input URI names ({@code data_type}).
         *
         * @return {@code S3Prefix}, {@code ManifestFile} or {@code AugmentedManifestFile}
         */
        public String dataType() {
            return dataType;
        }

        /**
         * The records' MIME type ({@code content_type}).
         *
         * @return the type, or {@code null}
         */
        public String contentType() {
            return contentType;
        }

        /**
         * The input's compression ({@code compression_type}).
         *
         * @return {@code None}, {@code Gzip} or {@code null}
         */
        public String compressionType() {
            return compressionType;
        }

        /**
         * The record delimiter ({@code split_type}).
         *
         * @return {@code None}, {@code Line}, {@code RecordIO}, {@code TFRecord} or {@code null}
         */
        public String splitType() {
            return splitType;
        }

        /**
         * The job name ({@code job_name}).
         *
         * @return the name, or {@code null} for a generated one
         */
        public String jobName() {
            return jobName;
        }

        /**
         * The JSONPath selecting what of each record goes to the model ({@code input_filter}).
         *
         * @return the path, or {@code null}
         */
        public String inputFilter() {
            return inputFilter;
        }

        /**
         * The JSONPath selecting what of each (joined) output is written ({@code output_filter}).
         *
         * @return the path, or {@code null}
         */
        public String outputFilter() {
            return outputFilter;
        }

        /**
         * What is joined to each output ({@code join_source}).
         *
         * @return {@code Input}, {@code None} or {@code null}
         */
        public String joinSource() {
            return joinSource;
        }

        /**
         * The experiment the job is recorded in ({@code experiment_config}).
         *
         * @return the configuration, or {@code null}
         */
        public ExperimentConfig experimentConfig() {
            return experimentConfig;
        }

        /**
         * The per-request timeout and retries ({@code model_client_config}).
         *
         * @return the configuration, or {@code null}
         */
        public ModelClientConfig modelClientConfig() {
            return modelClientConfig;
        }

        /**
         * Where the job's inputs and outputs are captured ({@code batch_data_capture_config}).
         *
         * @return the configuration, or {@code null}
         */
        public BatchDataCaptureConfig batchDataCaptureConfig() {
            return batchDataCaptureConfig;
        }

        /**
         * Whether the call waits for the job to end ({@code wait}).
         *
         * @return {@code true} by default
         */
        public boolean waits() {
            return waits;
        }

        /**
         * Whether the job's log is written through SLF4J while waiting ({@code logs}).
         *
         * @return {@code true} by default
         */
        public boolean logs() {
            return logs;
        }

        @Override
        public boolean equals(Object o) {
            if (this == o) {
                return true;
            }
            if (!(o instanceof TransformOptions)) {
                return false;
            }
            TransformOptions t = (TransformOptions) o;
            return waits == t.waits && logs == t.logs && dataType.equals(t.dataType)
                    && Objects.equals(contentType, t.contentType) && Objects.equals(compressionType, t.compressionType)
                    && Objects.equals(splitType, t.splitType) && Objects.equals(jobName, t.jobName)
                    && Objects.equals(inputFilter, t.inputFilter) && Objects.equals(outputFilter, t.outputFilter)
                    && Objects.equals(joinSource, t.joinSource) && Objects.equals(experimentConfig, t.experimentConfig)
                    && Objects.equals(modelClientConfig, t.modelClientConfig)
                    && Objects.equals(batchDataCaptureConfig, t.batchDataCaptureConfig);
        }

        @Override
        public int hashCode() {
            return Objects.hash(dataType, contentType, compressionType, splitType, jobName, inputFilter, outputFilter,
                    joinSource, experimentConfig, modelClientConfig, batchDataCaptureConfig, waits, logs);
        }

        @Override
        public String toString() {
            return "TransformOptions[dataType=" + dataType + ", contentType=" + contentType + ", compressionType="
                    + compressionType + ", splitType=" + splitType + ", jobName=" + jobName + ", inputFilter="
                    + inputFilter + ", outputFilter=" + outputFilter + ", joinSource=" + joinSource
                    + ", experimentConfig=" + experimentConfig + ", modelClientConfig=" + modelClientConfig
                    + ", batchDataCaptureConfig=" + batchDataCaptureConfig + ", wait=" + waits + ", logs=" + logs
                    + "]";
        }

        /** Builds {@link TransformOptions}; each method is a keyword of Python's {@code transform}. */
        public static final class Builder {
            private String dataType = "S3Prefix";
            private String contentType;
            private String compressionType;
            private String splitType;
            private String jobName;
            private String inputFilter;
            private String outputFilter;
            private String joinSource;
            private ExperimentConfig experimentConfig;
            private ModelClientConfig modelClientConfig;
            private BatchDataCaptureConfig batchDataCaptureConfig;
            private boolean waits = true;
            private boolean logs = true;

            private Builder() {
            }

            /**
             * Sets what the input URI names ({@code data_type}, default {@code "S3Prefix"}).
             *
             * @param dataType {@code S3Prefix} (every object under the prefix), {@code ManifestFile} (a
             *                 manifest listing the objects) or {@code AugmentedManifestFile}
             * @return this builder
             */
            public Builder dataType(String dataType) {
                this.dataType = dataType;
                return this;
            }

            /**
             * Sets the records' MIME type ({@code content_type}, default {@code None}), sent to the model;
             * {@code application/x-parquet} is read row by row by the local backend and sent as CSV.
             *
             * @param contentType e.g. {@code text/csv}
             * @return this builder
             */
            public Builder contentType(String contentType) {
                this.contentType = contentType;
                return this;
            }

            /**
             * Sets the input's compression ({@code compression_type}, default {@code None}).
             *
             * @param compressionType {@code None} or {@code Gzip}
             * @return this builder
             */
            public Builder compressionType(String compressionType) {
                this.compressionType = compressionType;
                return this;
            }

            /**
             * Sets the record delimiter ({@code split_type}, default {@code None}: the service's
             * {@code None}, whole objects). The local backend runs {@code None} and {@code Line}.
             *
             * @param splitType {@code None}, {@code Line}, {@code RecordIO} or {@code TFRecord}
             * @return this builder
             */
            public Builder splitType(String splitType) {
                this.splitType = splitType;
                return this;
            }

            /**
             * Sets the job name ({@code job_name}, default {@code None}: the base transform job name, else
             * the model's image name, plus one timestamp).
             *
             * @param jobName 1 to 63 letters, digits and hyphens
             * @return this builder
             */
            public Builder jobName(String jobName) {
                this.jobName = jobName;
                return this;
            }

            /**
             * Sets the JSONPath selecting what of each record goes to the model ({@code input_filter},
             * default {@code None}: the service's {@code $}), e.g. {@code $[1:]} or {@code $.features}.
             *
             * @param inputFilter a JSONPath of at most 63 characters
             * @return this builder
             */
            public Builder inputFilter(String inputFilter) {
                this.inputFilter = inputFilter;
                return this;
            }

            /**
             * Sets the JSONPath selecting what of each (joined) output is written ({@code output_filter},
             * default {@code None}: the service's {@code $}), e.g. {@code $[0,-1]}.
             *
             * @param outputFilter a JSONPath of at most 63 characters
             * @return this builder
             */
            public Builder outputFilter(String outputFilter) {
                this.outputFilter = outputFilter;
                return this;
            }

            /**
             * Sets what is joined to each output ({@code join_source}, default {@code None}).
             *
             * @param joinSource {@code Input} (the whole input record) or {@code None}
             * @return this builder
             */
            public Builder joinSource(String joinSource) {
                this.joinSource = joinSource;
                return this;
            }

            /**
             * Sets the experiment the job is recorded in ({@code experiment_config}, default {@code None});
             * an empty configuration is not sent, as in Python.
             *
             * @param experimentConfig ExperimentName, TrialName, TrialComponentDisplayName, RunName
             * @return this builder
             */
            public Builder experimentConfig(ExperimentConfig experimentConfig) {
                this.experimentConfig = experimentConfig;
                return this;
            }

            /**
             * Sets the experiment configuration from its builder.
             *
             * @param experimentConfig sets ExperimentName, TrialName, TrialComponentDisplayName, RunName
             * @return this builder
             */
            public Builder experimentConfig(Consumer<ExperimentConfig.Builder> experimentConfig) {
                ExperimentConfig.Builder b = ExperimentConfig.builder();
                experimentConfig.accept(b);
                return experimentConfig(b.build());
            }

            /**
             * Sets the per-request timeout and retries ({@code model_client_config}, default {@code None});
             * an empty configuration is not sent, as in Python. Not enforced by the local backend.
             *
             * @param modelClientConfig InvocationsTimeoutInSeconds (1-3600), InvocationsMaxRetries (0-3)
             * @return this builder
             */
            public Builder modelClientConfig(ModelClientConfig modelClientConfig) {
                this.modelClientConfig = modelClientConfig;
                return this;
            }

            /**
             * Sets the model client configuration from its builder.
             *
             * @param modelClientConfig sets InvocationsTimeoutInSeconds and InvocationsMaxRetries
             * @return this builder
             */
            public Builder modelClientConfig(Consumer<ModelClientConfig.Builder> modelClientConfig) {
                ModelClientConfig.Builder b = ModelClientConfig.builder();
                modelClientConfig.accept(b);
                return modelClientConfig(b.build());
            }

            /**
             * Sets where the job's inputs and outputs are captured ({@code batch_data_capture_config},
             * default {@code None}), sent as {@code DataCaptureConfig}. Not enforced by the local backend.
             *
             * @param config DestinationS3Uri, KmsKeyId, GenerateInferenceId
             * @return this builder
             */
            public Builder batchDataCaptureConfig(BatchDataCaptureConfig config) {
                this.batchDataCaptureConfig = config;
                return this;
            }

            /**
             * Sets the batch data capture configuration from its builder.
             *
             * @param config sets DestinationS3Uri, KmsKeyId and GenerateInferenceId
             * @return this builder
             */
            public Builder batchDataCaptureConfig(Consumer<BatchDataCaptureConfig.Builder> config) {
                BatchDataCaptureConfig.Builder b = BatchDataCaptureConfig.builder();
                config.accept(b);
                return batchDataCaptureConfig(b.build());
            }

            /**
             * Sets whether the call waits for the job to end ({@code wait}, default {@code True}).
             *
             * @param wait {@code false} to return as soon as the job is created
             * @return this builder
             */
            public Builder wait(boolean wait) {
                this.waits = wait;
                return this;
            }

            /**
             * Sets whether the job's log is written through SLF4J while waiting ({@code logs}, default
             * {@code True}); only meaningful when waiting.
             *
             * @param logs {@code false} for no log
             * @return this builder
             */
            public Builder logs(boolean logs) {
                this.logs = logs;
                return this;
            }

            /**
             * Builds the options.
             *
             * @return the options
             * @throws ValidationException when a value is not what the service accepts
             */
            public TransformOptions build() {
                return new TransformOptions(this);
            }
        }
    }
}
