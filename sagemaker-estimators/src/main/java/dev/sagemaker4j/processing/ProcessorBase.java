/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.processing;

import dev.sagemaker4j.Session;
import dev.sagemaker4j.estimator.EstimatorBase;
import dev.sagemaker4j.exceptions.ValidationException;
import dev.sagemaker4j.spi.ProcessingJobsApi;
import dev.sagemaker4j.utils.Names;
import java.net.URI;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import software.amazon.awssdk.services.sagemaker.model.AppSpecification;
import software.amazon.awssdk.services.sagemaker.model.CreateProcessingJobRequest;
import software.amazon.awssdk.services.sagemaker.model.ExperimentConfig;
import software.amazon.awssdk.services.sagemaker.model.NetworkConfig;
import software.amazon.awssdk.services.sagemaker.model.ProcessingClusterConfig;
import software.amazon.awssdk.services.sagemaker.model.ProcessingOutputConfig;
import software.amazon.awssdk.services.sagemaker.model.Tag;

/**
 * What every processor shares, the Python SDK's {@code sagemaker.processing.Processor} base class (its
 * constructor keywords, job naming, input and output normalization, the request, starting and waiting), which
 * {@link Processor}, {@link ScriptProcessor}, {@link JavaProcessor} and {@link SqlProcessor} extend; each of them
 * offers the {@code run} of its own kind. Processors run processing jobs: a container image with an
 * entrypoint, inputs copied in under {@code /opt/ml/processing/}, outputs uploaded from there at the end. The
 * job is fully described by one {@code CreateProcessingJobRequest} (each processor's {@code request} builds it
 * without starting it), so the same request runs on the {@code sagemaker} backend or locally.
 *
 * <p>The local backend runs no container images: it runs the programs of {@link JavaProcessor} (a
 * {@link ProcessingScript} class) and {@link SqlProcessor} (SQL over the inputs with DuckDB) in-process, against
 * the processing container contract; a request for another image is refused with a ValidationException.
 *
 * <pre>{@code
 * Processor processor = Processor.builder().role(role).imageUri(image).instanceCount(1)
 *         .instanceType("ml.m5.xlarge").entrypoint(List.of("python3", "/opt/ml/processing/input/code/prep.py"))
 *         .session(session).build();
 * ProcessingJob job = processor.run(r -> r.inputs(List.of(ProcessingInput.of("s3://bucket/raw", "/opt/ml/processing/input")))
 *         .outputs(List.of(ProcessingOutput.builder().source("/opt/ml/processing/output").outputName("prepared").build()))
 *         .arguments(List.of("--split", "0.2")));
 * }</pre>
 *
 * <p>A processor is immutable but for the jobs it ran ({@link #latestJob()}, {@link #jobs()}); it needs no
 * closing.
 */
public abstract class ProcessorBase {
    /** Python's {@code Processor.JOB_CLASS_NAME}: the base of job names when the image gives none. */
    public static final String JOB_CLASS_NAME = "processing-job";
    /** The container path every input and output of the service must be under. */
    public static final String CONTAINER_BASE = "/opt/ml/processing/";
    private static final Set<String> EXPERIMENT_KEYS = Set.of("ExperimentName", "TrialName",
            "TrialComponentDisplayName", "RunName");

    private final String role;
    private final String imageUri;
    private final int instanceCount;
    private final String instanceType;
    private final List<String> entrypoint;
    private final int volumeSizeInGB;
    private final String volumeKmsKey;
    private final String outputKmsKey;
    private final Integer maxRuntimeInSeconds;
    private final String baseJobName;
    private final Session session;
    private final Map<String, String> env;
    private final List<Tag> tags;
    private final NetworkConfig networkConfig;
    private final List<ProcessingJob> jobs = new CopyOnWriteArrayList<>();
    private volatile ProcessingJob latestJob;

    /**
     * Creates a processor from a builder's values (subclasses pass their builder).
     *
     * @param b the builder
     */
    protected ProcessorBase(AbstractBuilder<?, ?> b) {
        if (b.imageUri == null || b.imageUri.isBlank()) {
            throw new ValidationException("imageUri", b.imageUri, "is missing", "pass the URI of the container image");
        }
        if (b.instanceType == null || b.instanceType.isBlank()) {
            throw new ValidationException("instanceType", b.instanceType, "is missing",
                    "pass an instance type, e.g. \"ml.m5.xlarge\", or \"local\"");
        }
        if (b.instanceCount < 1 || b.instanceCount > 100) {
            throw new ValidationException("instanceCount", b.instanceCount, "must be 1 to 100",
                    "ask for 1 to 100 instances");
        }
        if (b.volumeSizeInGB < 1 || b.volumeSizeInGB > 16384) {
            throw new ValidationException("volumeSizeInGB", b.volumeSizeInGB, "must be 1 to 16384",
                    "give the volume size in GB");
        }
        if (b.maxRuntimeInSeconds != null && (b.maxRuntimeInSeconds < 1 || b.maxRuntimeInSeconds > 777600)) {
            throw new ValidationException("maxRuntimeInSeconds", b.maxRuntimeInSeconds, "must be 1 to 777600",
                    "give the longest run in seconds, at most 9 days");
        }
        if (b.baseJobName != null) {
            Names.validateName("baseJobName", b.baseJobName);
        }
        if (b.session == null) {
            if (!b.instanceType.startsWith("local")) {
                throw new ValidationException("session", null, "is missing for instance type " + b.instanceType,
                        "pass .session(Session.sagemaker(region)) or .session(Session.local())");
            }
            b.session = Session.local();
        }
        if (b.role == null || b.role.isBlank()) {
            // Python's resolve_value_from_config(role, PROCESSING_JOB_ROLE_ARN_PATH)
            b.role = b.session.sagemakerConfig().getString("SageMaker.ProcessingJob.RoleArn").orElse(null);
        }
        if (b.role == null || b.role.isBlank()) {
            throw new ValidationException("role", b.role, "is missing (An AWS IAM role is required to create a"
                    + " Processing job.)", "pass .role(\"arn:aws:iam::<account>:role/<name>\") or a role name, or set"
                    + " SageMaker.ProcessingJob.RoleArn in the configuration file");
        }
        this.role = b.role;
        this.imageUri = b.imageUri;
        this.instanceCount = b.instanceCount;
        this.instanceType = b.instanceType;
        this.entrypoint = b.entrypoint == null ? null : List.copyOf(b.entrypoint);
        this.volumeSizeInGB = b.volumeSizeInGB;
        this.volumeKmsKey = b.volumeKmsKey;
        this.outputKmsKey = b.outputKmsKey;
        this.maxRuntimeInSeconds = b.maxRuntimeInSeconds;
        this.baseJobName = b.baseJobName;
        this.session = b.session;
        this.env = b.env == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(b.env));
        this.tags = b.tags == null ? null : List.copyOf(b.tags);
        this.networkConfig = b.networkConfig;
    }

    // ---- run ----

    /**
     * Checks options before anything is uploaded: Python's {@code logs} without {@code wait}.
     *
     * @param options the options
     */
    protected static void checkRunOptions(RunOptions options) {
        Objects.requireNonNull(options, "options");
        if (options.logs() && !options.waitForJob()) {
            throw new ValidationException("logs", true, "can only be shown if wait is set to True",
                    "set wait(true), or logs(false) too");
        }
    }

    /**
     * The job name: the given one, else Python's {@code name_from_base(base_job_name or
     * base_name_from_image(image_uri))}.
     *
     * @param options the options
     * @return the name
     */
    protected String jobName(RunOptions options) {
        if (options.jobName() != null) {
            return options.jobName();
        }
        String base = baseJobName != null ? baseJobName : defaultBaseJobName();
        return Names.nameFromBase(base);
    }

    /**
     * The base of generated job names when no {@code baseJobName} is set: Python's {@code base_name_from_image}.
     *
     * @return the base name
     */
    protected String defaultBaseJobName() {
        String base = EstimatorBase.baseNameFromImage(imageUri);
        return base == null || base.isEmpty() ? JOB_CLASS_NAME : base;
    }

    /**
     * Builds the request as Python's {@code ProcessingJob._get_process_args} and {@code Session.process} do.
     *
     * @param jobName    the job name
     * @param options    the run's options
     * @param codeInputs inputs the processor adds after the user's (a script's code)
     * @param entry      the container entrypoint, or {@code null}
     * @param arguments  the container arguments, or {@code null}
     * @return the request
     */
    protected final CreateProcessingJobRequest buildRequest(String jobName, RunOptions options,
            List<ProcessingInput> codeInputs, List<String> entry, List<String> arguments) {
        Names.validateName("jobName", jobName);
        List<ProcessingInput> inputs = new ArrayList<>(options.inputs() == null ? List.of() : options.inputs());
        inputs.addAll(codeInputs);
        List<ProcessingInput> normalizedInputs = normalizeInputs(jobName, inputs, options.kmsKey());
        List<ProcessingOutput> normalizedOutputs = normalizeOutputs(jobName, options.outputs());

        CreateProcessingJobRequest.Builder b = CreateProcessingJobRequest.builder()
                .processingJobName(jobName)
                .processingResources(r -> r.clusterConfig(clusterConfig()))
                .appSpecification(appSpecification(entry, arguments))
                .roleArn(session.expandRole(role));
        if (!normalizedInputs.isEmpty()) {
            b.processingInputs(normalizedInputs.stream().map(ProcessingInput::toRequest).toArray(
                    software.amazon.awssdk.services.sagemaker.model.ProcessingInput[]::new));
        }
        if (!normalizedOutputs.isEmpty()) {
            ProcessingOutputConfig.Builder out = ProcessingOutputConfig.builder().outputs(normalizedOutputs.stream()
                    .map(ProcessingOutput::toRequest).toArray(
                            software.amazon.awssdk.services.sagemaker.model.ProcessingOutput[]::new));
            if (outputKmsKey != null) {
                out.kmsKeyId(outputKmsKey);
            }
            b.processingOutputConfig(out.build());
        }
        if (env != null) {
            b.environment(env);
        }
        if (networkConfig != null) {
            b.networkConfig(networkConfig);
        }
        if (maxRuntimeInSeconds != null) {
            b.stoppingCondition(s -> s.maxRuntimeInSeconds(maxRuntimeInSeconds));
        }
        if (tags != null) {
            b.tags(tags);
        }
        // as Python's check_and_get_run_experiment_config: the given config, else the open run's
        ExperimentConfig experimentConfig = dev.sagemaker4j.utils.RunContext.experimentConfig(
                options.experimentConfig());
        if (experimentConfig != null) {
            b.experimentConfig(experimentConfig);
        }
        return b.build();
    }

    private ProcessingClusterConfig clusterConfig() {
        ProcessingClusterConfig.Builder c = ProcessingClusterConfig.builder().instanceType(instanceType)
                .instanceCount(instanceCount).volumeSizeInGB(volumeSizeInGB);
        if (volumeKmsKey != null) {
            c.volumeKmsKeyId(volumeKmsKey);
        }
        return c.build();
    }

    private AppSpecification appSpecification(List<String> entry, List<String> arguments) {
        AppSpecification.Builder a = AppSpecification.builder().imageUri(imageUri);
        if (arguments != null) {
            a.containerArguments(arguments);
        }
        if (entry != null) {
            a.containerEntrypoint(entry);
        }
        return a.build();
    }

    /** Python's {@code _normalize_inputs}: names by position, local sources uploaded to the default bucket. */
    private List<ProcessingInput> normalizeInputs(String jobName, List<ProcessingInput> inputs, String kmsKey) {
        List<ProcessingInput> named = new ArrayList<>();
        Set<String> names = new HashSet<>();
        int count = 0;
        for (ProcessingInput input : inputs) {
            count++;
            ProcessingInput in = Objects.requireNonNull(input, "inputs[" + (count - 1) + "]");
            if (in.inputName() == null) {
                in = in.toBuilder().inputName("input-" + count).build();
            }
            if (!names.add(in.inputName())) {
                throw new ValidationException("inputs", in.inputName(), "is the name of two inputs (the service"
                        + " copies each input to its own folder by name)", "give each input a different inputName");
            }
            named.add(in);
        }
        List<ProcessingInput> normalized = new ArrayList<>();
        for (ProcessingInput in : named) {
            if (in.datasetDefinition() == null && in.source() != null && !in.source().startsWith("s3://")
                    && !in.source().startsWith("{{pipeline-variable:")) {
                String uri = upload(in.source(), jobName, "input", in.inputName(), kmsKey);
                in = in.toBuilder().source(uri).build();
            }
            normalized.add(in);
        }
        return normalized;
    }

    /** Python's {@code _normalize_outputs}: names by position, destinations generated under the default bucket. */
    private List<ProcessingOutput> normalizeOutputs(String jobName, List<ProcessingOutput> outputs) {
        List<ProcessingOutput> normalized = new ArrayList<>();
        if (outputs == null) {
            return normalized;
        }
        Set<String> names = new HashSet<>();
        int count = 0;
        for (ProcessingOutput output : outputs) {
            count++;
            ProcessingOutput out = Objects.requireNonNull(output, "outputs[" + (count - 1) + "]");
            if (out.outputName() == null) {
                out = out.toBuilder().outputName("output-" + count).build();
            }
            if (!names.add(out.outputName())) {
                throw new ValidationException("outputs", out.outputName(), "is the name of two outputs",
                        "give each output a different outputName");
            }
            if (out.destination() == null || !out.destination().startsWith("s3://")) {
                out = out.toBuilder().destination("s3://" + String.join("/", parts(session.defaultBucket(),
                        session.defaultBucketPrefix(), jobName, "output", out.outputName()))).build();
            }
            normalized.add(out);
        }
        return normalized;
    }

    /**
     * Uploads a local file or folder to {@code s3://<default bucket>/[<prefix>/]<jobName>/<kind>/<name>}, as
     * Python's {@code S3Uploader.upload}.
     *
     * @param source  a local path or {@code file://} URI
     * @param jobName the job name
     * @param kind    {@code input}
     * @param name    the input's name
     * @param kmsKey  the KMS key of the upload, or {@code null}
     * @return the URI of the uploaded file, or of the folder's prefix
     */
    protected final String upload(String source, String jobName, String kind, String name, String kmsKey) {
        Path path = source.startsWith("file:") ? Paths.get(URI.create(source)) : Paths.get(source);
        String prefix = String.join("/", parts(session.defaultBucketPrefix(), jobName, kind, name));
        String bucket = session.defaultBucket();
        Map<String, String> extra = kmsKey == null ? Map.of()
                : Map.of("SSEKMSKeyId", kmsKey, "ServerSideEncryption", "aws:kms");
        return session.uploadData(path, u -> u.bucket(bucket).keyPrefix(prefix).extraArgs(extra));
    }

    private static List<String> parts(String... values) {
        List<String> parts = new ArrayList<>();
        for (String v : values) {
            if (v != null && !v.isEmpty()) {
                String trimmed = v.replaceAll("^/+|/+$", "");
                if (!trimmed.isEmpty()) {
                    parts.add(trimmed);
                }
            }
        }
        return parts;
    }

    /**
     * Sends the request and, with {@code wait}, waits for the job (following its log with {@code logs}).
     *
     * @param request the request
     * @param options the options
     * @return the job
     */
    protected final ProcessingJob start(CreateProcessingJobRequest request, RunOptions options) {
        beforeStart(request);
        dev.sagemaker4j.utils.RunContext.jobStarted("SageMakerProcessingJob", request.processingJobName(), session);
        session.api(ProcessingJobsApi.CAPABILITY).createProcessingJob(request);
        ProcessingJob job = new ProcessingJob(request.processingJobName(), session,
                request.processingInputs().stream().map(ProcessingInput::fromRequest).toList(),
                request.processingOutputConfig() == null ? List.of()
                        : request.processingOutputConfig().outputs().stream().map(ProcessingOutput::fromRequest)
                        .toList(), outputKmsKey);
        latestJob = job;
        jobs.add(job);
        if (options.waitForJob()) {
            job.waitForCompletion(options.logs());
        }
        return job;
    }

    /**
     * Called before the request is sent (a Java processor makes its class findable in this JVM).
     *
     * @param request the request
     */
    protected void beforeStart(CreateProcessingJobRequest request) {
    }

    // ---- accessors ----

    /**
     * The IAM role (name or ARN) as given.
     *
     * @return the role
     */
    public String role() {
        return role;
    }

    /**
     * The container image.
     *
     * @return the image URI
     */
    public String imageUri() {
        return imageUri;
    }

    /**
     * The number of instances.
     *
     * @return the count
     */
    public int instanceCount() {
        return instanceCount;
    }

    /**
     * The instance type.
     *
     * @return e.g. {@code ml.m5.xlarge} or {@code local}
     */
    public String instanceType() {
        return instanceType;
    }

    /**
     * The container entrypoint.
     *
     * @return the command, or {@code null} for the image's own
     */
    public List<String> entrypoint() {
        return entrypoint;
    }

    /**
     * The volume size.
     *
     * @return GB
     */
    public int volumeSizeInGB() {
        return volumeSizeInGB;
    }

    /**
     * The KMS key of the volume.
     *
     * @return the key, or {@code null}
     */
    public String volumeKmsKey() {
        return volumeKmsKey;
    }

    /**
     * The KMS key of the outputs.
     *
     * @return the key, or {@code null}
     */
    public String outputKmsKey() {
        return outputKmsKey;
    }

    /**
     * The longest run.
     *
     * @return seconds, or {@code null} for the service's default (24 hours)
     */
    public Integer maxRuntimeInSeconds() {
        return maxRuntimeInSeconds;
    }

    /**
     * The base of generated job names.
     *
     * @return the base, or {@code null} for one from the image
     */
    public String baseJobName() {
        return baseJobName;
    }

    /**
     * The session jobs run in.
     *
     * @return the session
     */
    public Session session() {
        return session;
    }

    /**
     * The environment of the container.
     *
     * @return the variables, or {@code null}
     */
    public Map<String, String> env() {
        return env;
    }

    /**
     * The tags of each job.
     *
     * @return the tags, or {@code null}
     */
    public List<Tag> tags() {
        return tags;
    }

    /**
     * The network configuration.
     *
     * @return the configuration, or {@code null}
     */
    public NetworkConfig networkConfig() {
        return networkConfig;
    }

    /**
     * The job the latest {@code run} started, as Python's {@code latest_job}.
     *
     * @return the job, or {@code null} before the first run
     */
    public ProcessingJob latestJob() {
        return latestJob;
    }

    /**
     * Every job this processor started, oldest first, as Python's {@code jobs}.
     *
     * @return an unmodifiable copy
     */
    public List<ProcessingJob> jobs() {
        return List.copyOf(jobs);
    }

    // ---- builders ----

    /**
     * What every processor's builder sets: the keywords of Python's {@code Processor.__init__}.
     *
     * @param <B> the builder
     * @param <P> the processor it builds
     */
    public abstract static class AbstractBuilder<B extends AbstractBuilder<B, P>, P extends ProcessorBase> {
        private String role;
        private String imageUri;
        private int instanceCount = 1;
        private String instanceType;
        private List<String> entrypoint;
        private int volumeSizeInGB = 30;
        private String volumeKmsKey;
        private String outputKmsKey;
        private Integer maxRuntimeInSeconds;
        private String baseJobName;
        private Session session;
        private Map<String, String> env;
        private List<Tag> tags;
        private NetworkConfig networkConfig;

        /** Creates the builder. */
        protected AbstractBuilder() {
        }

        /**
         * This builder, typed.
         *
         * @return this
         */
        @SuppressWarnings("unchecked")
        protected final B self() {
            return (B) this;
        }

        /**
         * Sets {@code role} (required, unless the configuration file sets {@code SageMaker.ProcessingJob.RoleArn}):
         * an IAM role name or ARN; a name is expanded to its ARN.
         *
         * @param role the role
         * @return this builder
         */
        public B role(String role) {
            this.role = role;
            return self();
        }

        /**
         * Sets {@code image_uri} (required for {@link Processor} and {@link ScriptProcessor}).
         *
         * @param imageUri the container image
         * @return this builder
         */
        public B imageUri(String imageUri) {
            this.imageUri = imageUri;
            return self();
        }

        /**
         * Sets {@code instance_count} (Python: required; here default 1).
         *
         * @param instanceCount 1 to 100
         * @return this builder
         */
        public B instanceCount(int instanceCount) {
            this.instanceCount = instanceCount;
            return self();
        }

        /**
         * Sets {@code instance_type} (required), e.g. {@code ml.m5.xlarge}, or {@code local}.
         *
         * @param instanceType the type
         * @return this builder
         */
        public B instanceType(String instanceType) {
            this.instanceType = instanceType;
            return self();
        }

        /**
         * The entrypoint for subclasses that compute it.
         *
         * @param entrypoint the command
         * @return this builder
         */
        protected B containerEntrypoint(List<String> entrypoint) {
            this.entrypoint = entrypoint;
            return self();
        }

        /**
         * Sets {@code volume_size_in_gb} (default 30).
         *
         * @param volumeSizeInGB GB
         * @return this builder
         */
        public B volumeSizeInGB(int volumeSizeInGB) {
            this.volumeSizeInGB = volumeSizeInGB;
            return self();
        }

        /**
         * Sets {@code volume_kms_key} (default {@code None}); not enforced locally.
         *
         * @param volumeKmsKey the key
         * @return this builder
         */
        public B volumeKmsKey(String volumeKmsKey) {
            this.volumeKmsKey = volumeKmsKey;
            return self();
        }

        /**
         * Sets {@code output_kms_key} (default {@code None}); not enforced locally.
         *
         * @param outputKmsKey the key
         * @return this builder
         */
        public B outputKmsKey(String outputKmsKey) {
            this.outputKmsKey = outputKmsKey;
            return self();
        }

        /**
         * Sets {@code max_runtime_in_seconds} (default {@code None}: the service's 24 hours); the local backend
         * stops the job when it runs longer.
         *
         * @param maxRuntimeInSeconds 1 to 777600
         * @return this builder
         */
        public B maxRuntimeInSeconds(Integer maxRuntimeInSeconds) {
            this.maxRuntimeInSeconds = maxRuntimeInSeconds;
            return self();
        }

        /**
         * Sets {@code base_job_name} (default {@code None}: from the image).
         *
         * @param baseJobName the base of generated job names
         * @return this builder
         */
        public B baseJobName(String baseJobName) {
            this.baseJobName = baseJobName;
            return self();
        }

        /**
         * Sets {@code sagemaker_session} (default: {@code Session.local()} for a {@code local} instance type,
         * else required).
         *
         * @param session the session
         * @return this builder
         */
        public B session(Session session) {
            this.session = session;
            return self();
        }

        /**
         * Sets {@code env} (default {@code None}): the container's environment.
         *
         * @param env the variables
         * @return this builder
         */
        public B env(Map<String, String> env) {
            this.env = env;
            return self();
        }

        /**
         * Sets {@code tags} (default {@code None}).
         *
         * @param tags the tags
         * @return this builder
         */
        public B tags(List<Tag> tags) {
            this.tags = tags;
            return self();
        }

        /**
         * Sets {@code tags} from Python's dict form.
         *
         * @param tags keys and values
         * @return this builder
         */
        public B tags(Map<String, String> tags) {
            this.tags = tags == null ? null : tags.entrySet().stream()
                    .map(e -> Tag.builder().key(e.getKey()).value(e.getValue()).build()).toList();
            return self();
        }

        /**
         * Sets {@code network_config} (default {@code None}), Python's {@code NetworkConfig} in the service's shape;
         * not enforced locally.
         *
         * @param networkConfig the configuration
         * @return this builder
         */
        public B networkConfig(NetworkConfig networkConfig) {
            this.networkConfig = networkConfig;
            return self();
        }

        /**
         * Builds the processor.
         *
         * @return the processor
         * @throws ValidationException naming the first bad keyword
         */
        public abstract P build();
    }

    /**
     * The keywords of Python's {@code Processor.run(inputs=None, outputs=None, arguments=None, wait=True,
     * logs=True, job_name=None, experiment_config=None, kms_key=None)}. Immutable.
     */
    public static final class RunOptions {
        private final List<ProcessingInput> inputs;
        private final List<ProcessingOutput> outputs;
        private final List<String> arguments;
        private final boolean waitForJob;
        private final boolean logs;
        private final String jobName;
        private final ExperimentConfig experimentConfig;
        private final String kmsKey;

        private RunOptions(Builder b) {
            this.inputs = b.inputs == null ? null : List.copyOf(b.inputs);
            this.outputs = b.outputs == null ? null : List.copyOf(b.outputs);
            this.arguments = b.arguments == null ? null : List.copyOf(b.arguments);
            this.waitForJob = b.waitForJob;
            this.logs = b.logs;
            this.jobName = b.jobName;
            this.experimentConfig = b.experimentConfig;
            this.kmsKey = b.kmsKey;
        }

        /**
         * A new builder with Python's defaults.
         *
         * @return the builder
         */
        public static Builder builder() {
            return new Builder();
        }

        static RunOptions of(Consumer<Builder> options) {
            Builder b = builder();
            options.accept(b);
            return b.build();
        }

        /**
         * A builder holding these options.
         *
         * @return the builder
         */
        public Builder toBuilder() {
            Builder b = new Builder();
            b.inputs = inputs;
            b.outputs = outputs;
            b.arguments = arguments;
            b.waitForJob = waitForJob;
            b.logs = logs;
            b.jobName = jobName;
            b.experimentConfig = experimentConfig;
            b.kmsKey = kmsKey;
            return b;
        }

        /**
         * The inputs.
         *
         * @return the inputs, or {@code null}
         */
        public List<ProcessingInput> inputs() {
            return inputs;
        }

        /**
         * The outputs.
         *
         * @return the outputs, or {@code null}
         */
        public List<ProcessingOutput> outputs() {
            return outputs;
        }

        /**
         * The container arguments.
         *
         * @return the arguments, or {@code null}
         */
        public List<String> arguments() {
            return arguments;
        }

        /**
         * Whether {@code run} waits for the job.
         *
         * @return Python's {@code wait}
         */
        public boolean waitForJob() {
            return waitForJob;
        }

        /**
         * Whether the job's log is shown while waiting.
         *
         * @return Python's {@code logs}
         */
        public boolean logs() {
            return logs;
        }

        /**
         * The job name.
         *
         * @return the name, or {@code null} for a generated one
         */
        public String jobName() {
            return jobName;
        }

        /**
         * The experiment.
         *
         * @return the configuration, or {@code null}
         */
        public ExperimentConfig experimentConfig() {
            return experimentConfig;
        }

        /**
         * The KMS key of uploaded local inputs and code.
         *
         * @return the key, or {@code null}
         */
        public String kmsKey() {
            return kmsKey;
        }

        @Override
        public boolean equals(Object o) {
            if (!(o instanceof RunOptions)) {
                return false;
            }
            RunOptions r = (RunOptions) o;
            return Objects.equals(inputs, r.inputs) && Objects.equals(outputs, r.outputs)
                    && Objects.equals(arguments, r.arguments) && waitForJob == r.waitForJob && logs == r.logs
                    && Objects.equals(jobName, r.jobName) && Objects.equals(experimentConfig, r.experimentConfig)
                    && Objects.equals(kmsKey, r.kmsKey);
        }

        @Override
        public int hashCode() {
            return Objects.hash(inputs, outputs, arguments, waitForJob, logs, jobName, experimentConfig, kmsKey);
        }

        @Override
        public String toString() {
            return "RunOptions[inputs=" + inputs + ", outputs=" + outputs + ", arguments=" + arguments + ", wait="
                    + waitForJob + ", logs=" + logs + ", jobName=" + jobName + ", experimentConfig="
                    + experimentConfig + ", kmsKey=" + kmsKey + "]";
        }

        /** Builds {@link RunOptions}; each method is a keyword of Python's {@code run}. */
        public static final class Builder {
            private List<ProcessingInput> inputs;
            private List<ProcessingOutput> outputs;
            private List<String> arguments;
            private boolean waitForJob = true;
            private boolean logs = true;
            private String jobName;
            private ExperimentConfig experimentConfig;
            private String kmsKey;

            private Builder() {
            }

            /**
             * Sets {@code inputs} (default {@code None}).
             *
             * @param inputs the inputs, in order
             * @return this builder
             */
            public Builder inputs(List<ProcessingInput> inputs) {
                this.inputs = inputs;
                return this;
            }

            /**
             * Sets {@code outputs} (default {@code None}).
             *
             * @param outputs the outputs, in order
             * @return this builder
             */
            public Builder outputs(List<ProcessingOutput> outputs) {
                this.outputs = outputs;
                return this;
            }

            /**
             * Sets {@code arguments} (default {@code None}): the container's arguments.
             *
             * @param arguments the arguments
             * @return this builder
             */
            public Builder arguments(List<String> arguments) {
                this.arguments = arguments;
                return this;
            }

            /**
             * Sets {@code wait} (default {@code True}).
             *
             * @param wait whether {@code run} waits for the job
             * @return this builder
             */
            public Builder wait(boolean wait) {
                this.waitForJob = wait;
                return this;
            }

            /**
             * Sets {@code logs} (default {@code True}): follow the job's log while waiting (SLF4J logger
             * {@code dev.sagemaker4j.jobs.<job name>}); {@code true} without {@code wait} is an error, as in Python.
             *
             * @param logs whether to show the log
             * @return this builder
             */
            public Builder logs(boolean logs) {
                this.logs = logs;
                return this;
            }

            /**
             * Sets {@code job_name} (default {@code None}: generated from the base job name).
             *
             * @param jobName the name
             * @return this builder
             */
            public Builder jobName(String jobName) {
                this.jobName = jobName == null ? null : Names.validateName("jobName", jobName);
                return this;
            }

            /**
             * Sets {@code experiment_config} (default {@code None}) from Python's dict: keys
             * {@code ExperimentName}, {@code TrialName}, {@code TrialComponentDisplayName}, {@code RunName}.
             *
             * @param experimentConfig the keys and values
             * @return this builder
             */
            public Builder experimentConfig(Map<String, String> experimentConfig) {
                if (experimentConfig == null || experimentConfig.isEmpty()) {
                    this.experimentConfig = null;
                    return this;
                }
                for (String key : experimentConfig.keySet()) {
                    if (!EXPERIMENT_KEYS.contains(key)) {
                        throw new ValidationException("experimentConfig", key, "is not a key of ExperimentConfig",
                                "use " + new java.util.TreeSet<>(EXPERIMENT_KEYS));
                    }
                }
                this.experimentConfig = ExperimentConfig.builder()
                        .experimentName(experimentConfig.get("ExperimentName"))
                        .trialName(experimentConfig.get("TrialName"))
                        .trialComponentDisplayName(experimentConfig.get("TrialComponentDisplayName"))
                        .runName(experimentConfig.get("RunName")).build();
                return this;
            }

            /**
             * Sets {@code experiment_config} in the service's shape.
             *
             * @param experimentConfig the configuration
             * @return this builder
             */
            public Builder experimentConfig(ExperimentConfig experimentConfig) {
                this.experimentConfig = experimentConfig;
                return this;
            }

            /**
             * Sets {@code kms_key} (default {@code None}): the KMS key of uploaded local inputs and code.
             *
             * @param kmsKey the key
             * @return this builder
             */
            public Builder kmsKey(String kmsKey) {
                this.kmsKey = kmsKey;
                return this;
            }

            /**
             * Builds the options.
             *
             * @return the options
             */
            public RunOptions build() {
                return new RunOptions(this);
            }
        }
    }
}
