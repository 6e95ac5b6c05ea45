/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.internal.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sagemaker4j.exceptions.ClientException;
import dev.sagemaker4j.exceptions.ResourceNotFoundException;
import dev.sagemaker4j.exceptions.ValidationException;
import dev.sagemaker4j.local.JobKind;
import dev.sagemaker4j.local.JobLifecycle;
import dev.sagemaker4j.local.JobLog;
import dev.sagemaker4j.local.JobRunner;
import dev.sagemaker4j.local.JobStore;
import dev.sagemaker4j.local.Listing;
import dev.sagemaker4j.local.LocalAlgorithm;
import dev.sagemaker4j.local.LocalContext;
import dev.sagemaker4j.local.LocalPart;
import dev.sagemaker4j.local.MetricCollector;
import dev.sagemaker4j.local.SdkJson;
import dev.sagemaker4j.local.Tarballs;
import dev.sagemaker4j.local.TrainingEnvironment;
import dev.sagemaker4j.s3.S3Uri;
import dev.sagemaker4j.spi.Capabilities;
import dev.sagemaker4j.spi.ObjectStore;
import dev.sagemaker4j.spi.ObjectSummary;
import dev.sagemaker4j.spi.TrainingJobsApi;
import dev.sagemaker4j.utils.Names;
import dev.sagemaker4j.utils.Uris;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.sagemaker.model.AlgorithmSpecification;
import software.amazon.awssdk.services.sagemaker.model.Channel;
import software.amazon.awssdk.services.sagemaker.model.CreateTrainingJobRequest;
import software.amazon.awssdk.services.sagemaker.model.CreateTrainingJobResponse;
import software.amazon.awssdk.services.sagemaker.model.DescribeTrainingJobRequest;
import software.amazon.awssdk.services.sagemaker.model.DescribeTrainingJobResponse;
import software.amazon.awssdk.services.sagemaker.model.ListTrainingJobsRequest;
import software.amazon.awssdk.services.sagemaker.model.ListTrainingJobsResponse;
import software.amazon.awssdk.services.sagemaker.model.MetricData;
import software.amazon.awssdk.services.sagemaker.model.MetricDefinition;
import software.amazon.awssdk.services.sagemaker.model.ModelArtifacts;
import software.amazon.awssdk.services.sagemaker.model.ResourceConfig;
import software.amazon.awssdk.services.sagemaker.model.S3DataSource;
import software.amazon.awssdk.services.sagemaker.model.SecondaryStatusTransition;
import software.amazon.awssdk.services.sagemaker.model.StopTrainingJobRequest;
import software.amazon.awssdk.services.sagemaker.model.StopTrainingJobResponse;
import software.amazon.awssdk.services.sagemaker.model.TrainingJobSummary;

/**
 * Training jobs, in-process. Each job materialises SageMaker's training container layout under
 * {@code <root>/jobs/training-jobs/<name>/} ({@code algo-N/input/config/*.json},
 * {@code algo-N/input/data/<channel>/}, {@code model/}, {@code output/data/}, {@code output/failure},
 * {@code algo-N/checkpoints/}), runs the algorithm of the training image once per host, and
 * publishes {@code model.tar.gz} and {@code output.tar.gz} to {@code <S3OutputPath>/<job>/output/}.
 * Status and secondary status follow the service: Starting → Downloading → Training → Uploading →
 * Completed (or Failed / Stopped).
 */
public final class LocalTraining implements LocalPart, TrainingJobsApi {
    private static final Logger LOG = LoggerFactory.getLogger(LocalTraining.class);
    private static final Pattern CHANNEL_NAME = Pattern.compile("[A-Za-z0-9.\\-_]{1,64}");
    private static final Set<String> GPU_FAMILIES = Set.of("p2", "p3", "p3dn", "p4d", "p4de", "p5", "p5e", "p5en",
            "g4dn", "g5", "g6", "g6e", "gr6", "g4ad");

    private final LocalContext context;
    private final JobLifecycle<DescribeTrainingJobResponse> lifecycle;
    private final AlgorithmRegistry algorithms;
    private final ScheduledExecutorService timers;
    private final long checkpointSyncMillis;

    /**
     * Creates the training part of the local backend.
     *
     * @param context    what the parts share
     * @param algorithms the in-process algorithms
     */
    public LocalTraining(LocalContext context, AlgorithmRegistry algorithms) {
        this.context = context;
        this.lifecycle = new JobLifecycle<>(JobKind.TRAINING, context, new TrainingStatuses());
        this.algorithms = algorithms;
        this.timers = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "sagemaker4j-training-timers");
            t.setDaemon(true);
            return t;
        });
        this.checkpointSyncMillis = Long.parseLong(context.config().properties()
                .getOrDefault("local.checkpointSyncMillis", "1000"));
    }

    @Override
    public String backendName() {
        return "local";
    }

    @Override
    public void offer(Capabilities capabilities) {
        capabilities.offer(TrainingJobsApi.CAPABILITY, this);
    }

    @Override
    public void close() {
        timers.shutdownNow();
    }

    // ---- CreateTrainingJob ----

    @Override
    public CreateTrainingJobResponse createTrainingJob(CreateTrainingJobRequest request) {
        String name = Names.validateName("TrainingJobName", request.trainingJobName());
        AlgorithmSpecification spec = request.algorithmSpecification();
        if (spec == null) {
            throw new ValidationException("AlgorithmSpecification", null, "is missing",
                    "give the training image (Estimator.builder().imageUri(...))");
        }
        LocalAlgorithm algorithm = algorithms.forImage("AlgorithmSpecification.TrainingImage", spec.trainingImage());
        if (spec.trainingInputMode() != null && !"File".equals(spec.trainingInputModeAsString())) {
            throw new ValidationException("AlgorithmSpecification.TrainingInputMode", spec.trainingInputModeAsString(),
                    "is not supported by the local backend", "use File input mode");
        }
        if (request.outputDataConfig() == null || request.outputDataConfig().s3OutputPath() == null) {
            throw new ValidationException("OutputDataConfig.S3OutputPath", null, "is missing",
                    "give an output path, e.g. s3://" + "<bucket>/<prefix>");
        }
        validateOutputPath(request.outputDataConfig().s3OutputPath());
        Set<String> channelNames = new HashSet<>();
        for (Channel channel : request.inputDataConfig()) {
            validateChannel(channel);
            if (!channelNames.add(channel.channelName())) {
                throw new ValidationException("InputDataConfig.ChannelName", channel.channelName(),
                        "is given twice", "give each channel a different name");
            }
        }
        ResourceConfig resources = resources(request);
        if (resources.instanceCount() < 1) {
            throw new ValidationException("ResourceConfig.InstanceCount", resources.instanceCount(),
                    "must be at least 1", "ask for one or more instances");
        }
        for (MetricDefinition d : metricDefinitions(request, algorithm)) {
            MetricCollector.compile(d);
        }
        algorithm.validate(request.hyperParameters());
        if (request.checkpointConfig() != null && request.checkpointConfig().s3Uri() != null) {
            validateOutputPath(request.checkpointConfig().s3Uri());
        }

        Instant now = Instant.now();
        String arn = JobKind.TRAINING.arn(context.region(), context.accountId(), name);
        DescribeTrainingJobResponse record = DescribeTrainingJobResponse.builder()
                .trainingJobName(name)
                .trainingJobArn(arn)
                .trainingJobStatus("InProgress")
                .secondaryStatus("Starting")
                .hyperParameters(request.hyperParameters())
                .algorithmSpecification(spec)
                .roleArn(request.roleArn())
                .inputDataConfig(request.inputDataConfig())
                .outputDataConfig(request.outputDataConfig())
                .resourceConfig(resources)
                .stoppingCondition(request.stoppingCondition())
                .checkpointConfig(request.checkpointConfig())
                .environment(request.environment())
                .enableNetworkIsolation(request.enableNetworkIsolation())
                .enableManagedSpotTraining(request.enableManagedSpotTraining())
                .vpcConfig(request.vpcConfig())
                .debugHookConfig(request.debugHookConfig())
                .experimentConfig(request.experimentConfig())
                .retryStrategy(request.retryStrategy())
                .creationTime(now)
                .lastModifiedTime(now)
                .secondaryStatusTransitions(SecondaryStatusTransition.builder().status("Starting").startTime(now)
                        .statusMessage("Preparing the instances for training").build())
                .build();
        context.jobs().create(JobKind.TRAINING, name, record);
        writeJson(context.jobs().folder(JobKind.TRAINING, name).resolve("request.json"), SdkJson.toJson(request));
        context.runner().submit(lifecycle.key(name), signal -> lifecycle.run(name, signal,
                s -> run(name, request, algorithm, s)));
        return CreateTrainingJobResponse.builder().trainingJobArn(arn).build();
    }

    private static ResourceConfig resources(CreateTrainingJobRequest request) {
        ResourceConfig given = request.resourceConfig();
        if (given == null) {
            return ResourceConfig.builder().instanceType("local").instanceCount(1).volumeSizeInGB(30).build();
        }
        ResourceConfig.Builder b = given.toBuilder();
        if (given.instanceCount() == null) {
            b.instanceCount(1);
        }
        if (given.instanceTypeAsString() == null) {
            b.instanceType("local");
        }
        return b.build();
    }

    private static List<MetricDefinition> metricDefinitions(CreateTrainingJobRequest request, LocalAlgorithm algorithm) {
        Map<String, MetricDefinition> all = new LinkedHashMap<>();
        for (MetricDefinition d : algorithm.metricDefinitions()) {
            all.put(d.name(), d);
        }
        if (request.algorithmSpecification().hasMetricDefinitions()) {
            for (MetricDefinition d : request.algorithmSpecification().metricDefinitions()) {
                all.put(d.name(), d);
            }
        }
        return new ArrayList<>(all.values());
    }

    private static void validateOutputPath(String uri) {
        if (S3Uri.isS3(uri)) {
            S3Uri.parse(uri);
        } else if (Uris.isFile(uri)) {
            Uris.fileKey(uri);
        } else {
            throw new ValidationException("OutputDataConfig.S3OutputPath", uri, "is neither an s3:// nor a file:// URI",
                    "write s3://bucket/prefix or file:///absolute/folder");
        }
    }

    private static void validateChannel(Channel channel) {
        if (channel.channelName() == null || !CHANNEL_NAME.matcher(channel.channelName()).matches()) {
            throw new ValidationException("InputDataConfig.ChannelName", channel.channelName(),
                    "is not a valid channel name", "use 1 to 64 letters, digits, '.', '-' and '_'");
        }
        if (channel.dataSource() == null || channel.dataSource().s3DataSource() == null) {
            throw new ValidationException("InputDataConfig[" + channel.channelName() + "].DataSource", null,
                    "has no S3DataSource", "the local backend reads channels from s3:// or file:// URIs");
        }
        S3DataSource source = channel.dataSource().s3DataSource();
        String uri = source.s3Uri();
        if (S3Uri.isS3(uri)) {
            S3Uri.parse(uri);
        } else if (Uris.isFile(uri)) {
            Uris.fileKey(uri);
        } else {
            throw new ValidationException("InputDataConfig[" + channel.channelName() + "].S3Uri", uri,
                    "is neither an s3:// nor a file:// URI", "write s3://bucket/prefix or file:///absolute/path");
        }
        String type = source.s3DataTypeAsString();
        if (type != null && !type.equals("S3Prefix") && !type.equals("ManifestFile")) {
            throw new ValidationException("InputDataConfig[" + channel.channelName() + "].S3DataType", type,
                    "is not supported by the local backend", "use S3Prefix or ManifestFile");
        }
        String mode = channel.inputModeAsString();
        if (mode != null && !"File".equals(mode)) {
            throw new ValidationException("InputDataConfig[" + channel.channelName() + "].InputMode", mode,
                    "is not supported by the local backend", "use File input mode");
        }
    }

    // ---- the job ----

    /**
     * The job body: Downloading, Training, Uploading. It returns how the job ended; the lifecycle writes
     * the terminal status after it returned, so a waiter that sees it finds the log complete and the
     * instances' input data gone.
     */
    private JobLifecycle.Ending<DescribeTrainingJobResponse> run(String name, CreateTrainingJobRequest request,
                                                                 LocalAlgorithm algorithm,
                                                                 JobRunner.StopSignal signal) {
        JobStore jobs = context.jobs();
        Path jobDir = jobs.folder(JobKind.TRAINING, name);
        Path modelDir = jobDir.resolve("model");
        Path outputDir = jobDir.resolve("output");
        ResourceConfig resources = resources(request);
        int hostCount = resources.instanceCount();
        List<String> hosts = new ArrayList<>();
        for (int i = 1; i <= hostCount; i++) {
            hosts.add("algo-" + i);
        }
        ScheduledFuture<?> maxRuntime = null;
        ScheduledFuture<?> checkpointTimer = null;
        Instant trainingStart = null;
        String stoppedBy = null;
        try (JobLog log = new JobLog(jobs.logFile(JobKind.TRAINING, name), name);
             MetricCollector metrics = new MetricCollector(metricDefinitions(request, algorithm),
                     jobDir.resolve("metrics.jsonl"))) {
            log.addListener(metrics::scrape);
            if (signal.stopped()) {
                return stopped(null, metrics, signal.reason());
            }
            Integer maxSeconds = request.stoppingCondition() == null ? null
                    : request.stoppingCondition().maxRuntimeInSeconds();
            if (maxSeconds != null) {
                maxRuntime = timers.schedule(() -> signal.stop("MaxRuntimeExceeded"), maxSeconds, TimeUnit.SECONDS);
            }
            Instant start = Instant.now();
            jobs.<DescribeTrainingJobResponse>update(JobKind.TRAINING, name, r -> r.toBuilder().trainingStartTime(start)
                    .lastModifiedTime(start).build());
            log.line(name + " started on " + String.join(", ", hosts) + " (" + resources.instanceTypeAsString()
                    + ", algorithm " + algorithm.name() + ")");

            // Downloading
            secondary(name, "Downloading", "Downloading input data");
            Files.createDirectories(modelDir);
            Files.createDirectories(outputDir.resolve("data"));
            Map<String, HostEnvironment> environments = new LinkedHashMap<>();
            for (String host : hosts) {
                environments.put(host, prepareHost(name, request, resources, hosts, host, jobDir, modelDir, outputDir,
                        log, metrics, signal));
            }
            String checkpointUri = request.checkpointConfig() == null ? null : request.checkpointConfig().s3Uri();
            List<CheckpointSync> syncs = new ArrayList<>();
            if (checkpointUri != null) {
                for (HostEnvironment env : environments.values()) {
                    CheckpointSync sync = new CheckpointSync(context.objectStore(), checkpointUri, env.checkpointDir());
                    int restored = sync.restore();
                    if (restored > 0) {
                        log.line("Restored " + restored + " checkpoint file(s) from " + checkpointUri + " to "
                                + env.currentHost());
                    }
                    syncs.add(sync);
                }
                checkpointTimer = timers.scheduleWithFixedDelay(() -> syncs.forEach(CheckpointSync::syncQuietly),
                        checkpointSyncMillis, checkpointSyncMillis, TimeUnit.MILLISECONDS);
            }
            if (signal.stopped()) {
                return stopped(null, metrics, signal.reason());
            }

            // Training
            secondary(name, "Training", "Training image download completed. Training in progress.");
            trainingStart = Instant.now();
            Throwable failure;
            signal.interruptible(true);
            try {
                failure = train(algorithm, new ArrayList<>(environments.values()));
            } finally {
                signal.interruptible(false);
            }
            if (checkpointTimer != null) {
                checkpointTimer.cancel(false);
            }
            for (CheckpointSync sync : syncs) {
                sync.sync();
            }
            if (lifecycle.stopRequested(name, signal)) {
                stoppedBy = signal.stopped() ? signal.reason() : "StopTrainingJob";
            }
            if (failure != null && stoppedBy == null) {
                String reason = failureReason(outputDir.resolve("failure"), failure);
                log.line("Training failed: " + reason);
                return failed(reason, trainingStart, metrics);
            }

            // Uploading
            secondary(name, "Uploading", "Uploading generated training model");
            String modelUri;
            try {
                modelUri = upload(name, request, modelDir, outputDir, jobDir, stoppedBy != null);
                writeProvenance(name, request, algorithm, jobDir, modelUri);
            } catch (IOException | RuntimeException e) {
                // a job that fails here has no artifact: none of its outputs may stay visible as if it had
                removeOutputs(name, request, e);
                throw e;
            }
            if (stoppedBy != null) {
                log.line("Training stopped: " + stoppedBy);
                return stopped(modelUri, metrics, stoppedBy);
            }
            log.line("Training job completed; model artifact " + modelUri);
            Instant from = trainingStart;
            List<MetricData> finalMetrics = metrics.finalMetrics();
            return JobLifecycle.Ending.completed(r -> r.toBuilder()
                    .modelArtifacts(modelUri == null ? null : ModelArtifacts.builder().s3ModelArtifacts(modelUri).build())
                    .finalMetricDataList(finalMetrics).applyMutation(b -> billed(b, from, r.trainingEndTime())).build());
        } catch (ClientException e) {
            return failedQuietly(name, "ClientError: " + e.getMessage(), trainingStart);
        } catch (IOException | RuntimeException e) {
            LOG.debug("Training job {} failed", name, e);
            return failedQuietly(name, "InternalServerError: " + e, trainingStart);
        } finally {
            if (maxRuntime != null) {
                maxRuntime.cancel(false);
            }
            if (checkpointTimer != null) {
                checkpointTimer.cancel(false);
            }
            cleanInputData(jobDir, hosts);
        }
    }

    private HostEnvironment prepareHost(String name, CreateTrainingJobRequest request, ResourceConfig resources,
                                        List<String> hosts, String host, Path jobDir, Path modelDir, Path outputDir,
                                        JobLog log, MetricCollector metrics, JobRunner.StopSignal signal)
            throws IOException {
        Path hostDir = jobDir.resolve(host);
        Path configDir = hostDir.resolve("input").resolve("config");
        Path dataDir = hostDir.resolve("input").resolve("data");
        Files.createDirectories(configDir);
        Files.createDirectories(dataDir);
        String checkpointLocal = request.checkpointConfig() == null ? null : request.checkpointConfig().localPath();
        Path checkpointDir = checkpointLocal == null || checkpointLocal.equals("/opt/ml/checkpoints")
                ? hostDir.resolve("checkpoints") : Path.of(checkpointLocal);
        Files.createDirectories(checkpointDir);

        Map<String, String> hyperparameters = request.hyperParameters();
        ObjectNode hp = SdkJson.MAPPER.createObjectNode();
        hyperparameters.forEach(hp::put);
        writeJson(configDir.resolve("hyperparameters.json"), hp);

        ObjectNode resourceConfig = SdkJson.MAPPER.createObjectNode();
        resourceConfig.put("current_host", host);
        resourceConfig.put("current_instance_type", resources.instanceTypeAsString());
        resourceConfig.put("current_group_name", "homogeneousCluster");
        ArrayNode hostArray = resourceConfig.putArray("hosts");
        hosts.forEach(hostArray::add);
        ArrayNode groups = resourceConfig.putArray("instance_groups");
        ObjectNode group = groups.addObject();
        group.put("instance_group_name", "homogeneousCluster");
        group.put("instance_type", resources.instanceTypeAsString());
        ArrayNode groupHosts = group.putArray("hosts");
        hosts.forEach(groupHosts::add);
        resourceConfig.put("network_interface_name", "eth0");
        writeJson(configDir.resolve("resourceconfig.json"), resourceConfig);

        ObjectNode inputConfig = SdkJson.MAPPER.createObjectNode();
        Map<String, Path> channels = new LinkedHashMap<>();
        Map<String, String> contentTypes = new LinkedHashMap<>();
        int hostIndex = hosts.indexOf(host);
        for (Channel channel : request.inputDataConfig()) {
            ObjectNode c = inputConfig.putObject(channel.channelName());
            if (channel.contentType() != null) {
                c.put("ContentType", channel.contentType());
                contentTypes.put(channel.channelName(), channel.contentType());
            }
            c.put("TrainingInputMode", "File");
            S3DataSource source = channel.dataSource().s3DataSource();
            String distribution = source.s3DataDistributionTypeAsString() == null ? "FullyReplicated"
                    : source.s3DataDistributionTypeAsString();
            c.put("S3DistributionType", distribution);
            c.put("RecordWrapperType", channel.recordWrapperTypeAsString() == null ? "None"
                    : channel.recordWrapperTypeAsString());
            Path channelDir = dataDir.resolve(channel.channelName());
            Files.createDirectories(channelDir);
            int count = download(channel, channelDir, "ShardedByS3Key".equals(distribution), hostIndex,
                    hosts.size(), signal);
            log.line(host + ": channel " + channel.channelName() + " has " + count + " file(s) from "
                    + source.s3Uri());
            channels.put(channel.channelName(), channelDir);
        }
        writeJson(configDir.resolve("inputdataconfig.json"), inputConfig);
        if (request.checkpointConfig() != null && request.checkpointConfig().s3Uri() != null) {
            ObjectNode checkpointConfig = SdkJson.MAPPER.createObjectNode();
            checkpointConfig.put("LocalPath", checkpointDir.toString());
            checkpointConfig.put("S3Uri", request.checkpointConfig().s3Uri());
            writeJson(configDir.resolve("checkpointconfig.json"), checkpointConfig);
        }

        int gpus = gpusOf(resources.instanceTypeAsString());
        Map<String, String> env = new LinkedHashMap<>();
        env.putAll(request.environment());
        env.put("TRAINING_JOB_NAME", name);
        env.put("TRAINING_JOB_ARN", JobKind.TRAINING.arn(context.region(), context.accountId(), name));
        // a container knows its own image; an in-process algorithm learns it here (TrainingEnvironment.trainingImage)
        env.put(TrainingEnvironment.TRAINING_IMAGE_VARIABLE, request.algorithmSpecification().trainingImage());
        env.put("AWS_REGION", context.region());
        env.put("SM_MODEL_DIR", modelDir.toString());
        env.put("SM_INPUT_DIR", hostDir.resolve("input").toString());
        env.put("SM_INPUT_CONFIG_DIR", configDir.toString());
        env.put("SM_OUTPUT_DIR", outputDir.toString());
        env.put("SM_OUTPUT_DATA_DIR", outputDir.resolve("data").toString());
        env.put("SM_OUTPUT_INTERMEDIATE_DIR", outputDir.resolve("intermediate").toString());
        env.put("SM_CHANNELS", SdkJson.MAPPER.valueToTree(new ArrayList<>(channels.keySet())).toString());
        channels.forEach((c, p) -> env.put("SM_CHANNEL_" + c.toUpperCase(Locale.ROOT), p.toString()));
        env.put("SM_HPS", hp.toString());
        hyperparameters.forEach((k, v) -> env.put("SM_HP_" + k.toUpperCase(Locale.ROOT), v));
        env.put("SM_CURRENT_HOST", host);
        env.put("SM_HOSTS", hostArray.toString());
        env.put("SM_CURRENT_INSTANCE_TYPE", resources.instanceTypeAsString());
        env.put("SM_CURRENT_INSTANCE_GROUP", "homogeneousCluster");
        env.put("SM_CURRENT_INSTANCE_GROUP_HOSTS", hostArray.toString());
        env.put("SM_INSTANCE_GROUPS", "[\"homogeneousCluster\"]");
        env.put("SM_IS_HETERO", "false");
        env.put("SM_NUM_GPUS", Integer.toString(gpus));
        env.put("SM_NUM_CPUS", Integer.toString(Runtime.getRuntime().availableProcessors()));
        env.put("SM_NUM_NEURONS", "0");
        env.put("SM_LOG_LEVEL", "20");
        env.put("SM_NETWORK_INTERFACE_NAME", "eth0");
        env.put("SM_RESOURCE_CONFIG", resourceConfig.toString());
        env.put("SM_INPUT_DATA_CONFIG", inputConfig.toString());
        env.put("SM_USER_ARGS", "[]");
        ObjectNode trainingEnv = SdkJson.MAPPER.createObjectNode();
        env.forEach((k, v) -> {
            if (k.startsWith("SM_")) {
                trainingEnv.put(k.substring(3).toLowerCase(Locale.ROOT), v);
            }
        });
        env.put("SM_TRAINING_ENV", trainingEnv.toString());
        String jobArn = JobKind.TRAINING.arn(context.region(), context.accountId(), name);
        return new HostEnvironment(name, jobArn, hyperparameters, channels, contentTypes, hostDir, modelDir, outputDir,
                checkpointDir, hosts, host, resources.instanceTypeAsString(), gpus, env, log, metrics,
                () -> signal.stopped() || context.jobs().stopRequested(JobKind.TRAINING, name),
                context.config().progressListener());
    }

    /** GPUs of an instance type: {@code local_gpu} has the machine's (counted as one here), ml.p/g types have some. */
    static int gpusOf(String instanceType) {
        if (instanceType == null) {
            return 0;
        }
        if (instanceType.equals("local_gpu")) {
            return 1;
        }
        String[] parts = instanceType.split("\\.");
        if (parts.length == 3 && parts[0].equals("ml") && GPU_FAMILIES.contains(parts[1])) {
            return 1;
        }
        return 0;
    }

    private int download(Channel channel, Path channelDir, boolean sharded, int hostIndex, int hostCount,
                         JobRunner.StopSignal signal) throws IOException {
        S3DataSource source = channel.dataSource().s3DataSource();
        ObjectStore store = context.objectStore();
        List<String[]> objects = new ArrayList<>(); // {uri, relative path}
        if ("ManifestFile".equals(source.s3DataTypeAsString())) {
            JsonNode manifest;
            try (InputStream in = store.get(source.s3Uri())) {
                manifest = SdkJson.MAPPER.readTree(in);
            } catch (IOException e) {
                throw new ValidationException("InputDataConfig[" + channel.channelName() + "].S3Uri", source.s3Uri(),
                        "is not a valid manifest file: " + e.getMessage(),
                        "write [{\"prefix\": \"s3://bucket/prefix/\"}, \"relative/key1\", ...]", e);
            }
            if (!manifest.isArray() || manifest.size() == 0 || !manifest.get(0).has("prefix")) {
                throw new ValidationException("InputDataConfig[" + channel.channelName() + "].S3Uri", source.s3Uri(),
                        "is not a manifest file", "write [{\"prefix\": \"s3://bucket/prefix/\"}, \"relative/key1\", ...]");
            }
            String prefix = manifest.get(0).get("prefix").asText();
            for (int i = 1; i < manifest.size(); i++) {
                String relative = manifest.get(i).asText();
                String uri = prefix.endsWith("/") ? prefix + relative : prefix + "/" + relative;
                objects.add(new String[] {uri, relative});
            }
        } else {
            String prefixUri = source.s3Uri();
            String prefixKey = S3Uri.isS3(prefixUri) ? S3Uri.parse(prefixUri).key() : Uris.fileKey(prefixUri);
            try (Stream<ObjectSummary> all = store.listAll(prefixUri)) {
                all.forEach(o -> objects.add(new String[] {o.uri(), S3Uri.relativeKey(o.key(), prefixKey)}));
            }
        }
        objects.sort(Comparator.comparing(o -> o[0]));
        if (objects.isEmpty()) {
            throw new ValidationException("InputDataConfig[" + channel.channelName() + "].S3Uri", source.s3Uri(),
                    "has no objects under it (No S3 objects found under S3 URL)",
                    "check the URI and that the data was uploaded");
        }
        int count = 0;
        for (int i = 0; i < objects.size(); i++) {
            if (sharded && i % hostCount != hostIndex) {
                continue;
            }
            if (signal.stopped()) {
                break;
            }
            Path target = channelDir.resolve(objects.get(i)[1]).normalize();
            if (!target.startsWith(channelDir)) {
                throw new ValidationException("InputDataConfig[" + channel.channelName() + "]", objects.get(i)[0],
                        "would be written outside the channel folder", "use keys without '..' segments");
            }
            store.get(objects.get(i)[0], target);
            count++;
        }
        return count;
    }

    private Throwable train(LocalAlgorithm algorithm, List<HostEnvironment> environments) {
        try {
            return trainHosts(algorithm, environments);
        } finally {
            environments.forEach(HostEnvironment::endProgress);
        }
    }

    private Throwable trainHosts(LocalAlgorithm algorithm, List<HostEnvironment> environments) {
        if (environments.size() == 1) {
            try {
                algorithm.train(environments.get(0));
                return null;
            } catch (Exception | LinkageError e) {
                return e;
            }
        }
        ExecutorService hostsPool = Executors.newFixedThreadPool(environments.size(), r -> {
            Thread t = new Thread(r, "sagemaker4j-training-host");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (HostEnvironment env : environments) {
                futures.add(hostsPool.submit(() -> {
                    algorithm.train(env);
                    return null;
                }));
            }
            Throwable first = null;
            for (Future<?> f : futures) {
                try {
                    f.get();
                } catch (ExecutionException e) {
                    if (first == null) {
                        first = e.getCause();
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    if (first == null) {
                        first = e;
                    }
                }
            }
            return first;
        } finally {
            hostsPool.shutdownNow();
        }
    }

    private static String failureReason(Path failureFile, Throwable failure) {
        String reason = null;
        try {
            if (Files.isRegularFile(failureFile)) {
                reason = Files.readString(failureFile, StandardCharsets.UTF_8).trim();
            }
        } catch (IOException ignored) {
            // fall back to the exception
        }
        if (reason == null || reason.isEmpty()) {
            String message = failure.getMessage() == null ? failure.toString() : failure.getMessage();
            reason = (failure instanceof ClientException ? "ClientError: " : "AlgorithmError: ") + message;
        }
        return JobLifecycle.cut(reason);
    }

    private String upload(String name, CreateTrainingJobRequest request, Path modelDir, Path outputDir, Path jobDir,
                          boolean stopped) throws IOException {
        String base = trimEnd(request.outputDataConfig().s3OutputPath()) + "/" + name + "/output/";
        String modelUri = null;
        boolean hasModel = hasFiles(modelDir);
        if (hasModel || !stopped) {
            Path tarball = jobDir.resolve("model.tar.gz");
            try {
                Tarballs.pack(modelDir, tarball);
                modelUri = base + "model.tar.gz";
                putOutput(modelUri, tarball);
            } finally {
                Files.deleteIfExists(tarball);
            }
        }
        if (hasFiles(outputDir.resolve("data"))) {
            Path tarball = jobDir.resolve("output.tar.gz");
            try {
                Tarballs.pack(outputDir.resolve("data"), tarball);
                putOutput(base + "output.tar.gz", tarball);
            } finally {
                Files.deleteIfExists(tarball);
            }
        }
        return modelUri;
    }

    /** Deletes what {@link #upload} and {@link #writeProvenance} may have published, keeping the cause. */
    private void removeOutputs(String name, CreateTrainingJobRequest request, Exception failure) {
        String base = trimEnd(request.outputDataConfig().s3OutputPath()) + "/" + name + "/output/";
        for (String object : List.of("model.tar.gz", "output.tar.gz", "provenance.json")) {
            try {
                context.objectStore().delete(base + object);
            } catch (RuntimeException e) {
                failure.addSuppressed(e);
            }
        }
    }

    private void putOutput(String uri, Path file) {
        try {
            context.objectStore().put(uri, file);
        } catch (ClientException e) {
            throw new ValidationException("OutputDataConfig.S3OutputPath", uri, "cannot be written: " + e.getMessage(),
                    "give an output path the session can write", e);
        } catch (RuntimeException e) {
            throw new ValidationException("OutputDataConfig.S3OutputPath", uri, "cannot be written: " + e.getMessage(),
                    "give an output path the session can write", e);
        }
    }

    private void writeProvenance(String name, CreateTrainingJobRequest request, LocalAlgorithm algorithm, Path jobDir,
                                 String modelUri) throws IOException {
        ObjectNode p = SdkJson.MAPPER.createObjectNode();
        p.put("trainingJobName", name);
        p.put("algorithm", algorithm.name());
        p.put("algorithmClass", algorithm.getClass().getName());
        p.put("trainingImage", request.algorithmSpecification().trainingImage());
        p.put("modelArtifact", modelUri);
        p.set("hyperParameters", SdkJson.MAPPER.valueToTree(request.hyperParameters()));
        ArrayNode inputs = p.putArray("inputs");
        for (Channel c : request.inputDataConfig()) {
            ObjectNode i = inputs.addObject();
            i.put("channel", c.channelName());
            i.put("uri", c.dataSource().s3DataSource().s3Uri());
        }
        Package pkg = LocalTraining.class.getPackage();
        p.put("sagemaker4jVersion", pkg == null || pkg.getImplementationVersion() == null ? "dev"
                : pkg.getImplementationVersion());
        p.put("java", System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")");
        p.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
        p.put("arch", System.getProperty("os.arch"));
        p.put("finishedAt", Instant.now().toString());
        Path file = jobDir.resolve("provenance.json");
        writeJson(file, p);
        if (modelUri != null) {
            context.objectStore().put(modelUri.substring(0, modelUri.lastIndexOf('/') + 1) + "provenance.json", file);
        }
    }

    private static boolean hasFiles(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.anyMatch(Files::isRegularFile);
        }
    }

    private static void cleanInputData(Path jobDir, List<String> hosts) {
        for (String host : hosts) {
            Path data = jobDir.resolve(host).resolve("input").resolve("data");
            if (!Files.exists(data)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(data)) {
                List<Path> paths = walk.sorted(Comparator.reverseOrder()).collect(Collectors.toList());
                for (Path p : paths) {
                    Files.deleteIfExists(p);
                }
            } catch (IOException e) {
                LOG.debug("Could not remove the input data of {}", jobDir, e);
            }
        }
    }

    private void secondary(String name, String status, String message) {
        Instant now = Instant.now();
        context.jobs().<DescribeTrainingJobResponse>update(JobKind.TRAINING, name,
                r -> transition(r.toBuilder(), r, status, message, now).lastModifiedTime(now).build());
    }

    private static DescribeTrainingJobResponse.Builder transition(DescribeTrainingJobResponse.Builder b,
                                                                  DescribeTrainingJobResponse current, String status,
                                                                  String message, Instant now) {
        List<SecondaryStatusTransition> transitions = new ArrayList<>();
        for (SecondaryStatusTransition t : current.secondaryStatusTransitions()) {
            transitions.add(t.endTime() == null ? t.toBuilder().endTime(now).build() : t);
        }
        SecondaryStatusTransition.Builder next = SecondaryStatusTransition.builder().status(status).startTime(now)
                .statusMessage(message);
        if (Set.of("Completed", "Failed", "Stopped", "MaxRuntimeExceeded").contains(status)) {
            next.endTime(now);
        }
        transitions.add(next.build());
        return b.secondaryStatus(status).secondaryStatusTransitions(transitions);
    }

    /** Training and billable seconds from the start of the Training phase to the end, at least 1. */
    private static void billed(DescribeTrainingJobResponse.Builder b, Instant from, Instant end) {
        if (from != null && end != null) {
            int seconds = (int) Math.max(1, Duration.between(from, end).toSeconds());
            b.trainingTimeInSeconds(seconds).billableTimeInSeconds(seconds);
        }
    }

    private static JobLifecycle.Ending<DescribeTrainingJobResponse> failed(String reason, Instant trainingStart,
                                                                           MetricCollector metrics) {
        List<MetricData> finalMetrics = metrics == null ? null : metrics.finalMetrics();
        return JobLifecycle.Ending.failed(reason, r -> r.toBuilder().applyMutation(b -> {
            if (finalMetrics != null) {
                b.finalMetricDataList(finalMetrics);
            }
            billed(b, trainingStart, r.trainingEndTime());
        }).build());
    }

    /** A failure the job body did not see coming: the log says why too, if it can still be written. */
    private JobLifecycle.Ending<DescribeTrainingJobResponse> failedQuietly(String name, String reason,
                                                                           Instant trainingStart) {
        String cut = JobLifecycle.cut(reason);
        try (JobLog log = new JobLog(context.jobs().logFile(JobKind.TRAINING, name), name)) {
            log.line("Training failed: " + cut);
        } catch (IOException ignored) {
            // the record still says why
        }
        return failed(cut, trainingStart, null);
    }

    private static JobLifecycle.Ending<DescribeTrainingJobResponse> stopped(String modelUri, MetricCollector metrics,
                                                                            String why) {
        List<MetricData> finalMetrics = metrics.finalMetrics();
        return JobLifecycle.Ending.stopped(why, r -> r.toBuilder().finalMetricDataList(finalMetrics)
                .applyMutation(b -> {
                    if (modelUri != null) {
                        b.modelArtifacts(ModelArtifacts.builder().s3ModelArtifacts(modelUri).build());
                    }
                    billed(b, r.trainingStartTime(), r.trainingEndTime());
                }).build());
    }

    /**
     * How a training job's record spells its status: the status, its secondary status transition (with
     * the service's messages), the end and last-modified times, and the failure reason.
     */
    private static final class TrainingStatuses implements JobLifecycle.Statuses<DescribeTrainingJobResponse> {
        @Override
        public String status(DescribeTrainingJobResponse record) {
            return record.trainingJobStatusAsString();
        }

        @Override
        public DescribeTrainingJobResponse withStatus(DescribeTrainingJobResponse r, String status, String reason,
                                                      Instant at) {
            switch (status) {
                case "Stopping":
                    return transition(r.toBuilder(), r, "Stopping", "Stopping the training job", at)
                            .trainingJobStatus("Stopping").lastModifiedTime(at).build();
                case "Completed":
                    return transition(r.toBuilder(), r, "Completed", "Training job completed", at)
                            .trainingJobStatus("Completed").trainingEndTime(at).lastModifiedTime(at).build();
                case "Failed":
                    return transition(r.toBuilder(), r, "Failed", reason, at).trainingJobStatus("Failed")
                            .failureReason(reason).trainingEndTime(at).lastModifiedTime(at).build();
                default:
                    boolean maxRuntime = "MaxRuntimeExceeded".equals(reason);
                    return transition(r.toBuilder(), r, maxRuntime ? "MaxRuntimeExceeded" : "Stopped",
                            maxRuntime ? "Training job stopped: it ran longer than MaxRuntimeInSeconds"
                                    : "Training job stopped (" + reason + ")", at)
                            .trainingJobStatus("Stopped").trainingEndTime(at).lastModifiedTime(at).build();
            }
        }
    }

    private static void writeJson(Path file, JsonNode node) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, SdkJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(node),
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new dev.sagemaker4j.exceptions.StorageException(file.toUri().toString(), "could not be written: "
                    + e, false, e);
        }
    }

    private static String trimEnd(String uri) {
        String s = uri;
        while (s.endsWith("/")) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }

    // ---- Describe / Stop / List ----

    @Override
    public DescribeTrainingJobResponse describeTrainingJob(DescribeTrainingJobRequest request) {
        String name = Names.validateName("TrainingJobName", request.trainingJobName());
        return context.jobs().get(JobKind.TRAINING, name);
    }

    @Override
    public StopTrainingJobResponse stopTrainingJob(StopTrainingJobRequest request) {
        lifecycle.stop("TrainingJobName", Names.validateName("TrainingJobName", request.trainingJobName()));
        return StopTrainingJobResponse.builder().build();
    }

    @Override
    public ListTrainingJobsResponse listTrainingJobs(ListTrainingJobsRequest request) {
        Listing.Page<DescribeTrainingJobResponse> page = Listing.<DescribeTrainingJobResponse>of(
                context.jobs().all(JobKind.TRAINING))
                .nameContains(request.nameContains(), DescribeTrainingJobResponse::trainingJobName)
                .equalTo(request.statusEqualsAsString(), DescribeTrainingJobResponse::trainingJobStatusAsString)
                .after(request.creationTimeAfter(), DescribeTrainingJobResponse::creationTime)
                .before(request.creationTimeBefore(), DescribeTrainingJobResponse::creationTime)
                .after(request.lastModifiedTimeAfter(), DescribeTrainingJobResponse::lastModifiedTime)
                .before(request.lastModifiedTimeBefore(), DescribeTrainingJobResponse::lastModifiedTime)
                .page(request.sortByAsString(), request.sortOrderAsString(), Map.of(
                        "Name", Comparator.comparing(DescribeTrainingJobResponse::trainingJobName),
                        "CreationTime", Comparator.comparing(DescribeTrainingJobResponse::creationTime),
                        "Status", Comparator.comparing(DescribeTrainingJobResponse::trainingJobStatusAsString)),
                        request.maxResults(), request.nextToken());
        return ListTrainingJobsResponse.builder().trainingJobSummaries(page.map(j -> TrainingJobSummary.builder()
                .trainingJobName(j.trainingJobName()).trainingJobArn(j.trainingJobArn())
                .creationTime(j.creationTime()).trainingEndTime(j.trainingEndTime())
                .lastModifiedTime(j.lastModifiedTime()).trainingJobStatus(j.trainingJobStatusAsString())
                .secondaryStatus(j.secondaryStatusAsString()).build())).nextToken(page.nextToken()).build();
    }
}
