/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.internal.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sagemaker4j.exceptions.StorageException;
import dev.sagemaker4j.exceptions.ValidationException;
import dev.sagemaker4j.local.JobKind;
import dev.sagemaker4j.local.JobLog;
import dev.sagemaker4j.local.JobRunner;
import dev.sagemaker4j.local.LocalContext;
import dev.sagemaker4j.local.MetricCollector;
import dev.sagemaker4j.local.SdkJson;
import dev.sagemaker4j.local.TrainingEnvironment;
import dev.sagemaker4j.s3.S3Uri;
import dev.sagemaker4j.spi.ObjectStore;
import dev.sagemaker4j.spi.ObjectSummary;
import dev.sagemaker4j.utils.Uris;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.sagemaker.model.Channel;
import software.amazon.awssdk.services.sagemaker.model.CreateTrainingJobRequest;
import software.amazon.awssdk.services.sagemaker.model.ResourceConfig;
import software.amazon.awssdk.services.sagemaker.model.S3DataSource;

/**
 * SageMaker's training container layout of one job, on disk under {@code <root>/jobs/training-jobs/<name>/}:
 * per host {@code algo-N/input/config/*.json}, {@code algo-N/input/data/<channel>/} and
 * {@code algo-N/checkpoints/}; shared by the hosts {@code model/} and {@code output/} (the algorithms of
 * one process write one model). It downloads the channels, writes the config files and the
 * {@code SM_*} environment a container would see, and removes the input data when the job ends.
 */
final class TrainingLayout {
    private static final Logger LOG = LoggerFactory.getLogger(TrainingLayout.class);
    private static final Set<String> GPU_FAMILIES = Set.of("p2", "p3", "p3dn", "p4d", "p4de", "p5", "p5e", "p5en",
            "g4dn", "g5", "g6", "g6e", "gr6", "g4ad");
    /** The container's checkpoint folder; it does not exist on this machine, so it maps to the host folder. */
    private static final String CONTAINER_CHECKPOINTS = "/opt/ml/checkpoints";
    /** One instance group of identical hosts: the local backend has no heterogeneous clusters. */
    private static final String GROUP = "homogeneousCluster";
    /** Threads copying a channel's files: the copies of small files wait on the file system more than the CPU. */
    static final int COPY_THREADS = 4;
    /** A channel of fewer files than this is copied by the job's own thread. */
    private static final int FILES_PER_THREAD = 16;

    private final LocalContext context;
    private final String name;
    private final CreateTrainingJobRequest request;
    private final ResourceConfig resources;
    private final List<String> hosts = new ArrayList<>();
    private final Path jobDir;
    private final Path modelDir;
    private final Path outputDir;

    TrainingLayout(LocalContext context, String name, CreateTrainingJobRequest request, ResourceConfig resources) {
        this.context = context;
        this.name = name;
        this.request = request;
        this.resources = resources;
        for (int i = 1; i <= resources.instanceCount(); i++) {
            hosts.add("algo-" + i);
        }
        this.jobDir = context.jobs().folder(JobKind.TRAINING, name);
        this.modelDir = jobDir.resolve("model");
        this.outputDir = jobDir.resolve("output");
    }

    List<String> hosts() {
        return hosts;
    }

    ResourceConfig resources() {
        return resources;
    }

    Path jobDir() {
        return jobDir;
    }

    Path modelDir() {
        return modelDir;
    }

    Path outputDir() {
        return outputDir;
    }

    /**
     * Lays out every host in host order and downloads its channels: the Downloading phase.
     *
     * @return one environment per host, in host order
     */
    List<HostEnvironment> prepareHosts(JobLog log, MetricCollector metrics, JobRunner.StopSignal signal)
            throws IOException {
        Files.createDirectories(modelDir);
        Files.createDirectories(outputDir.resolve("data"));
        List<HostEnvironment> environments = new ArrayList<>();
        for (String host : hosts) {
            environments.add(prepareHost(host, log, metrics, signal));
        }
        return environments;
    }

    private HostEnvironment prepareHost(String host, JobLog log, MetricCollector metrics, JobRunner.StopSignal signal)
            throws IOException {
        Path hostDir = jobDir.resolve(host);
        Path configDir = hostDir.resolve("input").resolve("config");
        Path dataDir = hostDir.resolve("input").resolve("data");
        Files.createDirectories(configDir);
        Files.createDirectories(dataDir);
        Path checkpointDir = checkpointDir(hostDir);
        Files.createDirectories(checkpointDir);

        ObjectNode hp = SdkJson.MAPPER.createObjectNode();
        request.hyperParameters().forEach(hp::put);
        writeJson(configDir.resolve("hyperparameters.json"), hp);
        ObjectNode resourceConfig = resourceConfig(host);
        writeJson(configDir.resolve("resourceconfig.json"), resourceConfig);

        ObjectNode inputConfig = SdkJson.MAPPER.createObjectNode();
        Map<String, Path> channels = new LinkedHashMap<>();
        Map<String, String> contentTypes = new LinkedHashMap<>();
        for (Channel channel : request.inputDataConfig()) {
            channels.put(channel.channelName(),
                    downloadChannel(channel, host, dataDir, inputConfig, contentTypes, log, signal));
        }
        // written once every channel is in place: a host folder with this file has its whole input
        writeJson(configDir.resolve("inputdataconfig.json"), inputConfig);
        if (request.checkpointConfig() != null && request.checkpointConfig().s3Uri() != null) {
            ObjectNode checkpointConfig = SdkJson.MAPPER.createObjectNode();
            checkpointConfig.put("LocalPath", checkpointDir.toString());
            checkpointConfig.put("S3Uri", request.checkpointConfig().s3Uri());
            writeJson(configDir.resolve("checkpointconfig.json"), checkpointConfig);
        }

        // GPUs of an instance type run locally: local_gpu and the ml.p/g types get the GPUs this machine has
        dev.sagemaker4j.local.Gpus visible = wantsGpu(resources.instanceTypeAsString())
                ? dev.sagemaker4j.local.Gpus.detect() : null;
        int gpus = visible == null ? 0 : visible.visible();
        if (visible != null && gpus == 0) {
            log.line(resources.instanceTypeAsString() + " on " + host + ": " + visible.unavailableReason()
                    + "; SM_NUM_GPUS is 0 and the job trains on the CPU");
        }
        Map<String, String> env = containerEnvironment(host, hostDir, configDir, hp, resourceConfig, inputConfig,
                channels, gpus);
        String jobArn = JobKind.TRAINING.arn(context.region(), context.accountId(), name);
        return new HostEnvironment(name, jobArn, request.hyperParameters(), channels, contentTypes, hostDir, modelDir,
                outputDir, checkpointDir, hosts, host, resources.instanceTypeAsString(), gpus, env, log, metrics,
                // a stop may come from this process (the signal) or from another one sharing the root
                () -> signal.stopped() || context.jobs().stopRequested(JobKind.TRAINING, name),
                context.config().progressListener());
    }

    private Path checkpointDir(Path hostDir) {
        String checkpointLocal = request.checkpointConfig() == null ? null : request.checkpointConfig().localPath();
        return checkpointLocal == null || checkpointLocal.equals(CONTAINER_CHECKPOINTS)
                ? hostDir.resolve("checkpoints") : Path.of(checkpointLocal);
    }

    /** {@code resourceconfig.json}: the host's name, its peers and its one instance group. */
    private ObjectNode resourceConfig(String host) {
        ObjectNode resourceConfig = SdkJson.MAPPER.createObjectNode();
        resourceConfig.put("current_host", host);
        resourceConfig.put("current_instance_type", resources.instanceTypeAsString());
        resourceConfig.put("current_group_name", GROUP);
        ArrayNode hostArray = resourceConfig.putArray("hosts");
        hosts.forEach(hostArray::add);
        ArrayNode groups = resourceConfig.putArray("instance_groups");
        ObjectNode group = groups.addObject();
        group.put("instance_group_name", GROUP);
        group.put("instance_type", resources.instanceTypeAsString());
        ArrayNode groupHosts = group.putArray("hosts");
        hosts.forEach(groupHosts::add);
        resourceConfig.put("network_interface_name", "eth0");
        return resourceConfig;
    }

    /**
     * Adds a channel's entry to {@code inputdataconfig.json} and downloads its share of the objects.
     *
     * @return the channel's folder
     */
    private Path downloadChannel(Channel channel, String host, Path dataDir, ObjectNode inputConfig,
                                 Map<String, String> contentTypes, JobLog log, JobRunner.StopSignal signal)
            throws IOException {
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
        Optional<Path> folder = folderInPlace(source, distribution);
        if (folder.isPresent()) {
            // Python's local mode mounts a file:// folder into the container rather than copying it
            Files.createSymbolicLink(channelDir, folder.get());
            log.line(host + ": channel " + channel.channelName() + " is the folder " + folder.get()
                    + " itself (a file:// prefix is used in place, as local mode mounts it)");
            return folder.get();
        }
        Files.createDirectories(channelDir);
        int count = download(channel, channelDir, "ShardedByS3Key".equals(distribution), hosts.indexOf(host),
                signal);
        log.line(host + ": channel " + channel.channelName() + " has " + count + " file(s) from "
                + source.s3Uri());
        return channelDir;
    }

    /**
     * The folder of a channel that reads a {@code file://} folder whole (an S3Prefix, FullyReplicated or on one host),
     * used in place, as Python's local mode mounts such a folder into the container instead of copying it: no copy
     * of thousands of small files. The job sees the folder itself (its channel path is the real folder, and
     * {@code /opt/ml/input/data/<channel>} links to it), so what it writes there reaches the folder, as through
     * local mode's mount; S3 objects are always copied.
     *
     * @return the folder, or empty where the channel is copied
     */
    private Optional<Path> folderInPlace(S3DataSource source, String distribution) {
        if (!Uris.isFile(source.s3Uri()) || "ManifestFile".equals(source.s3DataTypeAsString())
                || "AugmentedManifestFile".equals(source.s3DataTypeAsString())
                || ("ShardedByS3Key".equals(distribution) && hosts.size() > 1)) {
            return Optional.empty();
        }
        Path folder = Path.of("/" + Uris.fileKey(source.s3Uri()));
        if (!Files.isDirectory(folder)) {
            return Optional.empty();
        }
        try {
            return Optional.of(folder.toRealPath());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * The {@code SM_*} variables of the SageMaker training toolkit, plus the request's environment. The
     * {@code SM_TRAINING_ENV} summary is built last because it repeats every other {@code SM_} variable.
     */
    private Map<String, String> containerEnvironment(String host, Path hostDir, Path configDir, ObjectNode hp,
                                                     ObjectNode resourceConfig, ObjectNode inputConfig,
                                                     Map<String, Path> channels, int gpus) {
        String hostArray = resourceConfig.get("hosts").toString();
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
        request.hyperParameters().forEach((k, v) -> env.put("SM_HP_" + k.toUpperCase(Locale.ROOT), v));
        env.put("SM_CURRENT_HOST", host);
        env.put("SM_HOSTS", hostArray);
        env.put("SM_CURRENT_INSTANCE_TYPE", resources.instanceTypeAsString());
        env.put("SM_CURRENT_INSTANCE_GROUP", GROUP);
        env.put("SM_CURRENT_INSTANCE_GROUP_HOSTS", hostArray);
        env.put("SM_INSTANCE_GROUPS", "[\"" + GROUP + "\"]");
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
        return env;
    }

    /** Whether an instance type is one with GPUs: {@code local_gpu} or an ml.p/g family. */
    static boolean wantsGpu(String instanceType) {
        if (instanceType == null) {
            return false;
        }
        if (instanceType.equals("local_gpu")) {
            return true;
        }
        String[] parts = instanceType.split("\\.");
        return parts.length == 3 && parts[0].equals("ml") && GPU_FAMILIES.contains(parts[1]);
    }

    /**
     * Copies a channel's objects, or this host's share of them, into its folder. The copies are files of their
     * own (never links to the object store's files: a job may write into its input folder, and that must not
     * change the objects), made with {@link ObjectStore#getNewFile}, which skips the temporary file and rename a
     * shared target needs, by {@link #COPY_THREADS} threads: an image-folder channel is thousands of small files,
     * each copy mostly waiting on the file system.
     *
     * @return how many files were copied
     */
    private int download(Channel channel, Path channelDir, boolean sharded, int hostIndex,
                         JobRunner.StopSignal signal) throws IOException {
        List<String[]> objects = channelObjects(channel);
        // target file -> object; two keys that name the same file (a/./b, a/b) leave the later one, as copying them
        // one after the other into the same file did
        Map<Path, String> copies = new LinkedHashMap<>();
        Set<Path> folders = new java.util.LinkedHashSet<>();
        for (int i = 0; i < objects.size(); i++) {
            // ShardedByS3Key: round-robin over the sorted keys, so the hosts' shares are disjoint and cover all
            if (sharded && i % hosts.size() != hostIndex) {
                continue;
            }
            Path target = channelDir.resolve(objects.get(i)[1]).normalize();
            // a key with ".." segments (or a hostile manifest) must not write outside the channel: checked for
            // every key before the first copy
            if (!target.startsWith(channelDir)) {
                throw new ValidationException("InputDataConfig[" + channel.channelName() + "]", objects.get(i)[0],
                        "would be written outside the channel folder", "use keys without '..' segments");
            }
            copies.put(target, objects.get(i)[0]);
            folders.add(target.getParent());
        }
        for (Path folder : folders) {
            Files.createDirectories(folder);
        }
        return copy(new ArrayList<>(copies.values()), new ArrayList<>(copies.keySet()), signal);
    }

    /**
     * Copies each object into its file, {@link #COPY_THREADS} at a time (this thread one of them). The stop signal
     * is checked between files, so a stop never leaves a file half written; the first failure ends the copying and
     * is thrown once every copy under way has ended.
     *
     * @return how many files were copied
     */
    private int copy(List<String> uris, List<Path> targets, JobRunner.StopSignal signal) {
        ObjectStore store = context.objectStore();
        java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicInteger copied = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicReference<Throwable> failure =
                new java.util.concurrent.atomic.AtomicReference<>();
        Runnable worker = () -> {
            int i;
            while (failure.get() == null && !signal.stopped() && (i = next.getAndIncrement()) < targets.size()) {
                try {
                    store.getNewFile(uris.get(i), targets.get(i));
                    copied.incrementAndGet();
                } catch (RuntimeException | Error e) {
                    failure.compareAndSet(null, e);
                }
            }
        };
        List<Thread> helpers = new ArrayList<>();
        int threads = Math.min(COPY_THREADS, targets.size() / FILES_PER_THREAD + 1);
        for (int t = 1; t < threads; t++) {
            Thread helper = new Thread(worker, name + "-download-" + t);
            helper.setDaemon(true);
            helper.start();
            helpers.add(helper);
        }
        worker.run();
        boolean interrupted = false;
        for (Thread helper : helpers) {
            // each helper ends after its current file, as this thread did
            while (helper.isAlive()) {
                try {
                    helper.join();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        Throwable e = failure.get();
        if (e instanceof RuntimeException) {
            throw (RuntimeException) e;
        } else if (e != null) {
            throw (Error) e;
        }
        return copied.get();
    }

    /** A channel's objects as {uri, path relative to the channel}, sorted by URI; never empty. */
    private List<String[]> channelObjects(Channel channel) throws IOException {
        S3DataSource source = channel.dataSource().s3DataSource();
        List<String[]> objects = "ManifestFile".equals(source.s3DataTypeAsString())
                ? manifestObjects(channel, source) : prefixObjects(source);
        // sorted so that every host (and every rerun) sees the same order, which sharding relies on
        objects.sort(Comparator.comparing(o -> o[0]));
        if (objects.isEmpty()) {
            throw new ValidationException("InputDataConfig[" + channel.channelName() + "].S3Uri", source.s3Uri(),
                    "has no objects under it (No S3 objects found under S3 URL)",
                    "check the URI and that the data was uploaded");
        }
        return objects;
    }

    /** A manifest file: {@code [{"prefix": "s3://bucket/prefix/"}, "relative/key1", ...]}. */
    private List<String[]> manifestObjects(Channel channel, S3DataSource source) {
        JsonNode manifest;
        try (InputStream in = context.objectStore().get(source.s3Uri())) {
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
        List<String[]> objects = new ArrayList<>();
        for (int i = 1; i < manifest.size(); i++) {
            String relative = manifest.get(i).asText();
            String uri = prefix.endsWith("/") ? prefix + relative : prefix + "/" + relative;
            objects.add(new String[] {uri, relative});
        }
        return objects;
    }

    /** Every object under an S3Prefix (or a file:// folder), keyed relative to the prefix. */
    private List<String[]> prefixObjects(S3DataSource source) {
        ObjectStore store = context.objectStore();
        String prefixUri = source.s3Uri();
        String prefixKey = S3Uri.isS3(prefixUri) ? S3Uri.parse(prefixUri).key() : Uris.fileKey(prefixUri);
        List<String[]> objects = new ArrayList<>();
        try (Stream<ObjectSummary> all = store.listAll(prefixUri)) {
            all.forEach(o -> objects.add(new String[] {o.uri(), S3Uri.relativeKey(o.key(), prefixKey)}));
        }
        return objects;
    }

    /**
     * Removes every host's input data, as the service does when its instances go away. Best effort: the
     * job has ended either way, and a file left behind costs only disk.
     */
    void cleanInputData() {
        for (String host : hosts) {
            Path data = jobDir.resolve(host).resolve("input").resolve("data");
            if (!Files.exists(data)) {
                continue;
            }
            // children before their parents, so that every folder is empty when it is deleted
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

    /** Writes a pretty-printed JSON file, creating its folder. */
    static void writeJson(Path file, JsonNode node) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, SdkJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(node),
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new StorageException(file.toUri().toString(), "could not be written: " + e, false, e);
        }
    }
}
