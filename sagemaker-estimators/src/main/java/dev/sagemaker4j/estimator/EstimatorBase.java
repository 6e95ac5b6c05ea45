/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.estimator;

import dev.sagemaker4j.Session;
import dev.sagemaker4j.analytics.TrainingJobAnalytics;
import dev.sagemaker4j.exceptions.ValidationException;
import dev.sagemaker4j.inputs.TrainingInput;
import dev.sagemaker4j.spi.TrainingJobsApi;
import dev.sagemaker4j.utils.Names;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import software.amazon.awssdk.services.sagemaker.model.AlgorithmSpecification;
import software.amazon.awssdk.services.sagemaker.model.Channel;
import software.amazon.awssdk.services.sagemaker.model.CreateTrainingJobRequest;
import software.amazon.awssdk.services.sagemaker.model.DescribeTrainingJobResponse;
import software.amazon.awssdk.services.sagemaker.model.MetricDefinition;
import software.amazon.awssdk.services.sagemaker.model.Tag;

/**
 * What every estimator shares, as {@code sagemaker.estimator.EstimatorBase}: the training job's
 * resources, output, limits, checkpoints and the session, and {@link #fit(Object)}, which builds a
 * {@link CreateTrainingJobRequest} and hands it to the session's backend.
 *
 * <p>The configuration is fixed once built; {@link #latestTrainingJob()} changes with each fit.
 * Needs no closing (the session is closed by its owner).
 */
public abstract class EstimatorBase {
    /** The channel name a single input goes to, as in the Python SDK. */
    public static final String DEFAULT_CHANNEL = "training";

    private final Session session;
    private final String role;
    private final int instanceCount;
    private final String instanceType;
    private final int volumeSize;
    private final int maxRun;
    private final String outputPath;
    private final String baseJobName;
    private final Map<String, String> environment;
    private final List<MetricDefinition> metricDefinitions;
    private final String checkpointS3Uri;
    private final String checkpointLocalPath;
    private final boolean useSpotInstances;
    private final Integer maxWait;
    private final Map<String, String> tags;
    private final String inputMode;
    private final boolean enableNetworkIsolation;
    private final Integer maxRetryAttempts;
    private volatile TrainingJob latest;

    /**
     * Creates the estimator from a builder.
     *
     * @param b the builder
     */
    protected EstimatorBase(Builder<?, ?> b) {
        if (b.instanceType == null || b.instanceType.isBlank()) {
            throw new ValidationException("instanceType", b.instanceType, "is missing",
                    "pass \"local\", \"local_gpu\" or an ml.* instance type");
        }
        if (!b.instanceType.equals("local") && !b.instanceType.equals("local_gpu")
                && !b.instanceType.startsWith("ml.")) {
            throw new ValidationException("instanceType", b.instanceType, "is not an instance type",
                    "pass \"local\", \"local_gpu\" or an ml.* instance type such as ml.m5.xlarge");
        }
        if (b.instanceCount < 1) {
            throw new ValidationException("instanceCount", b.instanceCount, "must be at least 1",
                    "ask for one or more instances");
        }
        if (b.useSpotInstances && b.maxWait == null) {
            throw new ValidationException("maxWait", null, "is required with useSpotInstances",
                    "set maxWait (seconds) to at least maxRun");
        }
        if (b.maxWait != null && b.maxWait < b.maxRun) {
            throw new ValidationException("maxWait", b.maxWait, "must be at least maxRun (" + b.maxRun + ")",
                    "raise maxWait or lower maxRun");
        }
        if (b.session == null) {
            if (b.instanceType.startsWith("local")) {
                b.session = Session.local();
            } else {
                throw new ValidationException("session", null, "is missing for instance type " + b.instanceType,
                        "pass .session(Session.sagemaker(region)) or .session(Session.local())");
            }
        }
        this.session = b.session;
        this.role = b.role;
        this.instanceCount = b.instanceCount;
        this.instanceType = b.instanceType;
        this.volumeSize = b.volumeSize;
        this.maxRun = b.maxRun;
        this.outputPath = b.outputPath;
        this.baseJobName = b.baseJobName;
        this.environment = Collections.unmodifiableMap(new LinkedHashMap<>(b.environment));
        this.metricDefinitions = List.copyOf(b.metricDefinitions);
        this.checkpointS3Uri = b.checkpointS3Uri;
        this.checkpointLocalPath = b.checkpointLocalPath;
        this.useSpotInstances = b.useSpotInstances;
        this.maxWait = b.maxWait;
        this.tags = Collections.unmodifiableMap(new LinkedHashMap<>(b.tags));
        this.inputMode = b.inputMode;
        this.enableNetworkIsolation = b.enableNetworkIsolation;
        this.maxRetryAttempts = b.maxRetryAttempts;
    }

    /**
     * The training image this estimator runs.
     *
     * @return the image URI
     */
    public abstract String trainingImageUri();

    /**
     * The hyperparameters as sent to the service: every value a string.
     *
     * @return an unmodifiable map
     */
    public abstract Map<String, String> hyperparameters();

    /**
     * The base of generated job names when none is set: the image's repository name.
     *
     * @return the base name
     */
    protected String defaultBaseJobName() {
        String image = trainingImageUri();
        String repository = image.substring(image.lastIndexOf('/') + 1);
        int colon = repository.indexOf(':');
        return colon >= 0 ? repository.substring(0, colon) : repository;
    }

    // ---- fit ----

    /**
     * Trains on one input (a URI or a {@link TrainingInput}, channel {@code training}) or on a map of
     * channel names to inputs, waiting for the job to end and following its log.
     *
     * @param inputs a URI string, a {@link TrainingInput}, or a {@code Map<String, ?>} of channels
     * @return the training job
     * @throws dev.sagemaker4j.exceptions.UnexpectedStatusException when the job fails
     */
    public TrainingJob fit(Object inputs) {
        return fit(inputs, true, true, null);
    }

    /**
     * Trains, as {@code fit(inputs, wait, logs, job_name)} in Python.
     *
     * @param inputs  a URI string, a {@link TrainingInput}, a {@code Map<String, ?>} of channels, or
     *                {@code null} for none
     * @param wait    whether to wait for the job to end
     * @param logs    whether to follow the job's log (through SLF4J, logger
     *                {@code dev.sagemaker4j.jobs.<job name>}) while waiting
     * @param jobName the job name, or {@code null} for base name plus timestamp
     * @return the training job
     */
    public TrainingJob fit(Object inputs, boolean wait, boolean logs, String jobName) {
        String name = jobName != null ? Names.validateName("jobName", jobName)
                : Names.nameFromBase(baseJobName != null ? baseJobName : defaultBaseJobName());
        CreateTrainingJobRequest request = trainingJobRequest(inputs, name);
        beforeFit(request);
        session.api(TrainingJobsApi.CAPABILITY).createTrainingJob(request);
        TrainingJob job = new TrainingJob(name, session);
        latest = job;
        if (wait) {
            job.waitForCompletion(logs);
        }
        return job;
    }

    /**
     * Called with the request before it is sent; subclasses register what the local backend
     * needs (e.g. the entry point class).
     *
     * @param request the request about to be sent
     */
    protected void beforeFit(CreateTrainingJobRequest request) {
    }

    /**
     * The CreateTrainingJob request {@link #fit(Object)} sends for these inputs.
     *
     * @param inputs  the inputs, as for {@link #fit(Object)}
     * @param jobName the job name
     * @return the request
     */
    public CreateTrainingJobRequest trainingJobRequest(Object inputs, String jobName) {
        Names.validateName("TrainingJobName", jobName);
        AlgorithmSpecification.Builder algorithm = AlgorithmSpecification.builder()
                .trainingImage(trainingImageUri()).trainingInputMode(inputMode);
        if (!metricDefinitions.isEmpty()) {
            algorithm.metricDefinitions(metricDefinitions);
        }
        CreateTrainingJobRequest.Builder b = CreateTrainingJobRequest.builder()
                .trainingJobName(jobName)
                .algorithmSpecification(algorithm.build())
                .roleArn(role)
                .inputDataConfig(channels(inputs))
                .outputDataConfig(o -> o.s3OutputPath(outputPath()))
                .resourceConfig(r -> r.instanceType(instanceType).instanceCount(instanceCount)
                        .volumeSizeInGB(volumeSize))
                .hyperParameters(hyperparameters())
                .enableNetworkIsolation(enableNetworkIsolation ? Boolean.TRUE : null);
        if (useSpotInstances) {
            b.enableManagedSpotTraining(true);
            b.stoppingCondition(s -> s.maxRuntimeInSeconds(maxRun).maxWaitTimeInSeconds(maxWait));
        } else {
            b.stoppingCondition(s -> s.maxRuntimeInSeconds(maxRun));
        }
        if (!environment.isEmpty()) {
            b.environment(environment);
        }
        if (checkpointS3Uri != null) {
            b.checkpointConfig(c -> c.s3Uri(checkpointS3Uri).localPath(checkpointLocalPath));
        }
        if (!tags.isEmpty()) {
            List<Tag> list = new ArrayList<>();
            tags.forEach((k, v) -> list.add(Tag.builder().key(k).value(v).build()));
            b.tags(list);
        }
        if (maxRetryAttempts != null) {
            b.retryStrategy(r -> r.maximumRetryAttempts(maxRetryAttempts));
        }
        return b.build();
    }

    private static List<Channel> channels(Object inputs) {
        List<Channel> channels = new ArrayList<>();
        if (inputs == null) {
            return channels;
        }
        if (inputs instanceof Map) {
            for (Map.Entry<?, ?> e : ((Map<?, ?>) inputs).entrySet()) {
                if (!(e.getKey() instanceof String)) {
                    throw new ValidationException("inputs", e.getKey(), "has a channel name that is not a string",
                            "use Map<String, ?> of channel name to URI or TrainingInput");
                }
                channels.add(channel((String) e.getKey(), e.getValue()));
            }
            channels.sort((a, c) -> a.channelName().compareTo(c.channelName()));
            return channels;
        }
        channels.add(channel(DEFAULT_CHANNEL, inputs));
        return channels;
    }

    private static Channel channel(String name, Object input) {
        if (input instanceof TrainingInput) {
            return ((TrainingInput) input).toChannel(name);
        }
        if (input instanceof String) {
            return TrainingInput.of((String) input).toChannel(name);
        }
        throw new ValidationException("inputs[" + name + "]", input == null ? null : input.getClass().getName(),
                "is not an input", "pass a URI string (s3:// or file://) or a TrainingInput");
    }

    /**
     * The output path: as configured, else {@code s3://<default bucket>/} (with the session's
     * default bucket prefix).
     *
     * @return the output path
     */
    public String outputPath() {
        if (outputPath != null) {
            return outputPath;
        }
        String prefix = session.defaultBucketPrefix();
        return "s3://" + session.defaultBucket() + "/" + (prefix == null ? "" : prefix + "/");
    }

    // ---- after fit ----

    /**
     * The job of the last {@link #fit(Object)} (or of {@link Estimator#attach}).
     *
     * @return the job, or {@code null} before the first fit
     */
    public TrainingJob latestTrainingJob() {
        return latest;
    }

    /**
     * Sets the latest job (used by attach).
     *
     * @param job the job
     */
    protected void latestTrainingJob(TrainingJob job) {
        this.latest = job;
    }

    /**
     * The model artifact of the latest job, {@code <outputPath>/<job>/output/model.tar.gz}.
     *
     * @return the S3 URI of model.tar.gz
     * @throws ValidationException before the first fit, or when the job has no artifact yet
     */
    public String modelData() {
        TrainingJob job = requireJob("modelData");
        DescribeTrainingJobResponse d = job.describe();
        if (d.modelArtifacts() == null || d.modelArtifacts().s3ModelArtifacts() == null) {
            throw new ValidationException("modelData", job.name(), "has no model artifact (status "
                    + d.trainingJobStatusAsString() + ")",
                            "wait for the job to complete: latestTrainingJob().waitForCompletion()");
        }
        return d.modelArtifacts().s3ModelArtifacts();
    }

    /**
     * A deployable model of the latest job's artifact, served by the training image (as SageMaker's
     * built-in algorithms are), as {@code create_model()} in Python.
     *
     * @return the model (not yet created on the backend)
     */
    public dev.sagemaker4j.model.Model createModel() {
        return dev.sagemaker4j.model.Model.builder().imageUri(trainingImageUri()).modelData(modelData()).role(role)
                .session(session).build();
    }

    /**
     * Deploys the latest job's model with the image's default serializer and deserializer.
     *
     * @param initialInstanceCount the instances (replicas)
     * @param instanceType         {@code local}, {@code local_gpu} or {@code ml.*}
     * @return the predictor
     */
    public dev.sagemaker4j.predictor.Predictor<?> deploy(int initialInstanceCount, String instanceType) {
        return createModel().deploy(initialInstanceCount, instanceType);
    }

    /**
     * Deploys the latest job's model: CreateModel, CreateEndpointConfig, CreateEndpoint.
     *
     * @param initialInstanceCount the instances (replicas)
     * @param instanceType         {@code local}, {@code local_gpu} or {@code ml.*}
     * @param serializer           encodes request data
     * @param deserializer         decodes responses
     * @param <T>                  what the deserializer returns
     * @return the predictor
     */
    public <T> dev.sagemaker4j.predictor.Predictor<T> deploy(int initialInstanceCount, String instanceType,
            dev.sagemaker4j.serializers.Serializer serializer,
                    dev.sagemaker4j.deserializers.Deserializer<T> deserializer) {
        return createModel().deploy(d -> d.initialInstanceCount(initialInstanceCount).instanceType(instanceType)
                .serializer(serializer).deserializer(deserializer));
    }

    /**
     * Deploys the latest job's model, as {@code Estimator.deploy(...)} in Python.
     *
     * @param initialInstanceCount the instances (replicas)
     * @param instanceType         {@code local}, {@code local_gpu} or {@code ml.*}
     * @param serializer           encodes request data, or {@code null} for the image's default
     * @param deserializer         decodes responses, or {@code null} for the image's default
     * @param endpointName         the endpoint name, or {@code null} for a generated one
     * @param dataCaptureConfig    data capture, or {@code null}
     * @param wait                 whether to wait until InService
     * @param <T>                  what the deserializer returns
     * @return the predictor
     */
    public <T> dev.sagemaker4j.predictor.Predictor<T> deploy(int initialInstanceCount, String instanceType,
            dev.sagemaker4j.serializers.Serializer serializer,
                    dev.sagemaker4j.deserializers.Deserializer<T> deserializer,
            String endpointName, dev.sagemaker4j.modelmonitor.DataCaptureConfig dataCaptureConfig, boolean wait) {
        return createModel().deploy(d -> d.initialInstanceCount(initialInstanceCount).instanceType(instanceType)
                .serializer(serializer).deserializer(deserializer).endpointName(endpointName)
                .dataCaptureConfig(dataCaptureConfig).wait(wait));
    }

    /**
     * A transformer for batch transform with the latest job's model, as {@code Estimator.transformer(...)}
     * in Python.
     *
     * @param instanceCount the instances
     * @param instanceType  {@code local} or {@code ml.*}
     * @param strategy      {@code SingleRecord} or {@code MultiRecord}, or {@code null}
     * @param assembleWith  {@code None} or {@code Line}, or {@code null}
     * @param outputPath    where the .out files go, or {@code null} for the default
     * @param accept        the response type asked of the model, or {@code null}
     * @return the transformer
     */
    public dev.sagemaker4j.transformer.Transformer transformer(int instanceCount, String instanceType,
            String strategy, String assembleWith, String outputPath, String accept) {
        return createModel().transformer(instanceCount, instanceType, strategy, assembleWith, outputPath, accept);
    }

    /**
     * The metrics of the latest job as a table, as {@code training_job_analytics} in Python.
     *
     * @return the analytics
     */
    public TrainingJobAnalytics trainingJobAnalytics() {
        return new TrainingJobAnalytics(requireJob("trainingJobAnalytics").name(), session);
    }

    /**
     * The log lines of the latest job so far.
     *
     * @return the lines
     */
    public List<String> logs() {
        return session.logsForJob(requireJob("logs").name());
    }

    private TrainingJob requireJob(String what) {
        TrainingJob job = latest;
        if (job == null) {
            throw new ValidationException(what, null, "needs a training job", "call fit(...) or attach(...) first");
        }
        return job;
    }

    // ---- accessors ----

    /**
     * The session.
     *
     * @return the session
     */
    public Session session() {
        return session;
    }

    /**
     * The IAM role ARN, or {@code null}.
     *
     * @return the role
     */
    public String role() {
        return role;
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
     * @return e.g. {@code local} or {@code ml.m5.xlarge}
     */
    public String instanceType() {
        return instanceType;
    }

    /**
     * The volume size in GB.
     *
     * @return the size
     */
    public int volumeSize() {
        return volumeSize;
    }

    /**
     * The most seconds a job may run.
     *
     * @return MaxRuntimeInSeconds
     */
    public int maxRun() {
        return maxRun;
    }

    /**
     * The base job name, or {@code null} for the image's.
     *
     * @return the base job name
     */
    public String baseJobName() {
        return baseJobName;
    }

    /**
     * The environment of the training container.
     *
     * @return an unmodifiable map
     */
    public Map<String, String> environment() {
        return environment;
    }

    /**
     * The metric definitions.
     *
     * @return an unmodifiable list
     */
    public List<MetricDefinition> metricDefinitions() {
        return metricDefinitions;
    }

    /**
     * The checkpoint URI, or {@code null}.
     *
     * @return the URI
     */
    public String checkpointS3Uri() {
        return checkpointS3Uri;
    }

    /**
     * The checkpoint folder in the container, or {@code null} for {@code /opt/ml/checkpoints}.
     *
     * @return the path
     */
    public String checkpointLocalPath() {
        return checkpointLocalPath;
    }

    /**
     * Whether managed spot training is asked for.
     *
     * @return {@code true} for spot
     */
    public boolean useSpotInstances() {
        return useSpotInstances;
    }

    /**
     * The most seconds to wait for spot capacity plus training, or {@code null}.
     *
     * @return MaxWaitTimeInSeconds
     */
    public Integer maxWait() {
        return maxWait;
    }

    /**
     * The tags.
     *
     * @return an unmodifiable map
     */
    public Map<String, String> tags() {
        return tags;
    }

    /**
     * Builds estimators; the Python SDK's constructor parameters, with its defaults.
     *
     * @param <B> the builder type
     * @param <E> the estimator type
     */
    public abstract static class Builder<B extends Builder<B, E>, E extends EstimatorBase> {
        private Session session;
        private String role;
        private int instanceCount = 1;
        private String instanceType;
        private int volumeSize = 30;
        private int maxRun = 24 * 60 * 60;
        private String outputPath;
        private String baseJobName;
        private final Map<String, String> environment = new LinkedHashMap<>();
        private final List<MetricDefinition> metricDefinitions = new ArrayList<>();
        private String checkpointS3Uri;
        private String checkpointLocalPath;
        private boolean useSpotInstances;
        private Integer maxWait;
        private final Map<String, String> tags = new LinkedHashMap<>();
        private String inputMode = "File";
        private boolean enableNetworkIsolation;
        private Integer maxRetryAttempts;

        /**
         * Creates the builder.
         */
        protected Builder() {
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
         * Sets the session (default: {@code Session.local()} for local instance types).
         *
         * @param session the session
         * @return this builder
         */
        public B session(Session session) {
            this.session = Objects.requireNonNull(session, "session");
            return self();
        }

        /**
         * Sets the IAM role ARN (required by the service, optional locally).
         *
         * @param role the role ARN
         * @return this builder
         */
        public B role(String role) {
            this.role = role;
            return self();
        }

        /**
         * Sets the number of instances (default 1).
         *
         * @param count at least 1
         * @return this builder
         */
        public B instanceCount(int count) {
            this.instanceCount = count;
            return self();
        }

        /**
         * Sets the instance type: {@code local}, {@code local_gpu} or {@code ml.*}.
         *
         * @param type the instance type
         * @return this builder
         */
        public B instanceType(String type) {
            this.instanceType = type;
            return self();
        }

        /**
         * Sets the volume size in GB (default 30).
         *
         * @param gb the size
         * @return this builder
         */
        public B volumeSize(int gb) {
            if (gb < 1) {
                throw new ValidationException("volumeSize", gb, "must be at least 1 GB", "pass a positive size");
            }
            this.volumeSize = gb;
            return self();
        }

        /**
         * Sets the most seconds a job may run (default 86400).
         *
         * @param seconds MaxRuntimeInSeconds
         * @return this builder
         */
        public B maxRun(int seconds) {
            if (seconds < 1) {
                throw new ValidationException("maxRun", seconds, "must be at least 1 second", "pass a positive limit");
            }
            this.maxRun = seconds;
            return self();
        }

        /**
         * Sets where artifacts go (default {@code s3://<default bucket>/}).
         *
         * @param path an {@code s3://} or {@code file://} URI
         * @return this builder
         */
        public B outputPath(String path) {
            if (path != null && !path.startsWith("s3://") && !path.startsWith("file:")) {
                throw new ValidationException("outputPath", path, "is neither an s3:// nor a file:// URI",
                        "write s3://bucket/prefix or file:///absolute/folder");
            }
            this.outputPath = path;
            return self();
        }

        /**
         * Sets the base of generated job names.
         *
         * @param name the base name
         * @return this builder
         */
        public B baseJobName(String name) {
            this.baseJobName = name;
            return self();
        }

        /**
         * Sets the container environment.
         *
         * @param environment variables
         * @return this builder
         */
        public B environment(Map<String, String> environment) {
            this.environment.clear();
            this.environment.putAll(environment);
            return self();
        }

        /**
         * Sets the metric definitions (name and regex; the first capture group is the value).
         *
         * @param definitions the definitions
         * @return this builder
         */
        public B metricDefinitions(List<MetricDefinition> definitions) {
            this.metricDefinitions.clear();
            this.metricDefinitions.addAll(definitions);
            return self();
        }

        /**
         * Adds one metric definition.
         *
         * @param name  the metric name
         * @param regex the regex; its first capture group is the value
         * @return this builder
         */
        public B metricDefinition(String name, String regex) {
            this.metricDefinitions.add(MetricDefinition.builder().name(name).regex(regex).build());
            return self();
        }

        /**
         * Sets where checkpoints are synced to.
         *
         * @param uri an {@code s3://} or {@code file://} URI
         * @return this builder
         */
        public B checkpointS3Uri(String uri) {
            this.checkpointS3Uri = uri;
            return self();
        }

        /**
         * Sets the checkpoint folder in the container (default {@code /opt/ml/checkpoints}).
         *
         * @param path the folder
         * @return this builder
         */
        public B checkpointLocalPath(String path) {
            this.checkpointLocalPath = path;
            return self();
        }

        /**
         * Asks for managed spot training (passed to SageMaker; ignored locally).
         *
         * @param spot {@code true} for spot
         * @return this builder
         */
        public B useSpotInstances(boolean spot) {
            this.useSpotInstances = spot;
            return self();
        }

        /**
         * Sets the most seconds to wait for spot capacity plus training.
         *
         * @param seconds MaxWaitTimeInSeconds
         * @return this builder
         */
        public B maxWait(int seconds) {
            this.maxWait = seconds;
            return self();
        }

        /**
         * Sets the tags of the training job.
         *
         * @param tags key to value
         * @return this builder
         */
        public B tags(Map<String, String> tags) {
            this.tags.clear();
            this.tags.putAll(tags);
            return self();
        }

        /**
         * Sets the input mode (default {@code File}).
         *
         * @param mode {@code File}, {@code Pipe} or {@code FastFile}
         * @return this builder
         */
        public B inputMode(String mode) {
            this.inputMode = mode;
            return self();
        }

        /**
         * Isolates the container from the network.
         *
         * @param isolate {@code true} to isolate
         * @return this builder
         */
        public B enableNetworkIsolation(boolean isolate) {
            this.enableNetworkIsolation = isolate;
            return self();
        }

        /**
         * Sets how often the service retries a job that failed on an internal error.
         *
         * @param attempts 1 to 30
         * @return this builder
         */
        public B maxRetryAttempts(int attempts) {
            this.maxRetryAttempts = attempts;
            return self();
        }

        /**
         * Builds the estimator.
         *
         * @return the estimator
         */
        public abstract E build();
    }
}
