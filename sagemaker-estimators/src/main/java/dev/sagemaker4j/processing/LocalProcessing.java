/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.processing;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sagemaker4j.exceptions.ClientException;
import dev.sagemaker4j.exceptions.ValidationException;
import dev.sagemaker4j.local.JobKind;
import dev.sagemaker4j.local.JobLifecycle;
import dev.sagemaker4j.local.JobLog;
import dev.sagemaker4j.local.JobRunner;
import dev.sagemaker4j.local.Listing;
import dev.sagemaker4j.local.LocalContext;
import dev.sagemaker4j.local.LocalPart;
import dev.sagemaker4j.local.SdkJson;
import dev.sagemaker4j.s3.S3Uri;
import dev.sagemaker4j.spi.Capabilities;
import dev.sagemaker4j.spi.ObjectSummary;
import dev.sagemaker4j.spi.ProcessingJobsApi;
import dev.sagemaker4j.utils.Names;
import dev.sagemaker4j.utils.RunContext;
import dev.sagemaker4j.utils.Uris;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
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
import software.amazon.awssdk.services.sagemaker.model.AppSpecification;
import software.amazon.awssdk.services.sagemaker.model.CreateProcessingJobRequest;
import software.amazon.awssdk.services.sagemaker.model.CreateProcessingJobResponse;
import software.amazon.awssdk.services.sagemaker.model.DescribeProcessingJobRequest;
import software.amazon.awssdk.services.sagemaker.model.DescribeProcessingJobResponse;
import software.amazon.awssdk.services.sagemaker.model.ListProcessingJobsRequest;
import software.amazon.awssdk.services.sagemaker.model.ListProcessingJobsResponse;
import software.amazon.awssdk.services.sagemaker.model.ProcessingClusterConfig;
import software.amazon.awssdk.services.sagemaker.model.ProcessingInput;
import software.amazon.awssdk.services.sagemaker.model.ProcessingJobSummary;
import software.amazon.awssdk.services.sagemaker.model.ProcessingOutput;
import software.amazon.awssdk.services.sagemaker.model.ProcessingS3Input;
import software.amazon.awssdk.services.sagemaker.model.ProcessingS3Output;
import software.amazon.awssdk.services.sagemaker.model.StopProcessingJobRequest;
import software.amazon.awssdk.services.sagemaker.model.StopProcessingJobResponse;

/**
 * The local backend's processing jobs: serves CreateProcessingJob, DescribeProcessingJob, StopProcessingJob and
 * ListProcessingJobs. A job runs in-process, once per instance, against the processing container contract:
 * each instance {@code algo-<n>} gets a folder under {@code <root>/jobs/processing-jobs/<job>/} that stands for
 * the container's root, with its inputs copied to their {@code LocalPath} ({@code ShardedByS3Key}: each instance
 * its share of the objects), an empty folder per output, and {@code /opt/ml/config/processingjobconfig.json} and
 * {@code resourceconfig.json} as the container sees them. The outputs are uploaded to their {@code S3Uri} only
 * when every instance succeeded (a failed or stopped job publishes nothing; several instances' files with the same
 * name: the later instance's wins), then the instance folders are removed.
 *
 * <p>Programs: a {@code ContainerEntrypoint} of {@code java dev.sagemaker4j.processing.JavaProcessor <class>}
 * runs that {@link ProcessingScript}; {@code java dev.sagemaker4j.processing.SqlProcessor} runs the SQL of the
 * container arguments with DuckDB; a job with no entrypoint whose image is a built-in one (a
 * {@link LocalContainerProgram} found by ServiceLoader for the image's repository, e.g. Model Monitor's analyzer)
 * runs that program. Other entrypoints name container images the local backend cannot run and are refused at
 * Create.
 */
final class LocalProcessing implements LocalPart, ProcessingJobsApi {
    private static final Logger LOG = LoggerFactory.getLogger(LocalProcessing.class);
    private static final String BASE = "/opt/ml/processing/";
    private static final Pattern IO_NAME = Pattern.compile("[\\w\\-]{1,256}");
    private static final int MAX_IO = 10;

    private final LocalContext context;
    private final JobLifecycle<DescribeProcessingJobResponse> lifecycle;
    private final ScheduledExecutorService timers;

    LocalProcessing(LocalContext context) {
        this.context = context;
        this.lifecycle = new JobLifecycle<>(JobKind.PROCESSING, context, new JobLifecycle.Statuses<>() {
            @Override
            public String status(DescribeProcessingJobResponse r) {
                return r.processingJobStatusAsString();
            }

            @Override
            public DescribeProcessingJobResponse withStatus(DescribeProcessingJobResponse r, String status,
                    String reason, Instant at) {
                DescribeProcessingJobResponse.Builder b = r.toBuilder().processingJobStatus(status)
                        .lastModifiedTime(at);
                if ("Failed".equals(status)) {
                    b.failureReason(reason);
                } else if ("Stopped".equals(status) && reason != null) {
                    b.exitMessage("Stopped: " + reason);
                }
                if (JobKind.PROCESSING.isFinal(status)) {
                    b.processingEndTime(at);
                }
                return b.build();
            }
        });
        this.timers = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "sagemaker4j-processing-timers");
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public String backendName() {
        return "local";
    }

    @Override
    public void offer(Capabilities capabilities) {
        capabilities.offer(ProcessingJobsApi.CAPABILITY, this);
    }

    @Override
    public void close() {
        timers.shutdownNow();
    }

    // ---- CreateProcessingJob ----

    @Override
    public CreateProcessingJobResponse createProcessingJob(CreateProcessingJobRequest request) {
        String name = Names.validateName("ProcessingJobName", request.processingJobName());
        // everything is checked before the record exists: a bad request leaves no job behind
        Program program = validate(request);
        String arn = JobKind.PROCESSING.arn(context.region(), context.accountId(), name);
        Instant now = Instant.now();
        DescribeProcessingJobResponse record = DescribeProcessingJobResponse.builder()
                .processingJobName(name).processingJobArn(arn)
                .processingInputs(request.hasProcessingInputs() ? request.processingInputs() : null)
                .processingOutputConfig(request.processingOutputConfig())
                .processingResources(request.processingResources())
                .stoppingCondition(request.stoppingCondition())
                .appSpecification(request.appSpecification())
                .environment(request.hasEnvironment() ? request.environment() : null)
                .networkConfig(request.networkConfig())
                .roleArn(request.roleArn())
                .experimentConfig(request.experimentConfig())
                .processingJobStatus("InProgress")
                .creationTime(now).lastModifiedTime(now)
                .build();
        lifecycle.start(name, record, signal -> run(name, record, program, signal));
        return CreateProcessingJobResponse.builder().processingJobArn(arn).build();
    }

    /** What a job runs: a ProcessingScript class, the SQL program, or a built-in image's local program. */
    record Program(String className, LocalContainerProgram builtIn) {
        Program(String className) {
            this(className, null);
        }

        boolean sql() {
            return className == null && builtIn == null;
        }

        String describe() {
            return builtIn != null ? "built-in image " + builtIn.imageRepository()
                    : sql() ? "SQL with DuckDB" : "entry point " + className;
        }
    }

    /** The built-in images' local programs, by image repository (found once, by ServiceLoader). */
    private static final class BuiltIns {
        static final Map<String, LocalContainerProgram> BY_REPOSITORY = load();

        private static Map<String, LocalContainerProgram> load() {
            Map<String, LocalContainerProgram> found = new java.util.HashMap<>();
            for (LocalContainerProgram p : java.util.ServiceLoader.load(LocalContainerProgram.class,
                    LocalProcessing.class.getClassLoader())) {
                found.putIfAbsent(p.imageRepository(), p);
            }
            return Map.copyOf(found);
        }
    }

    private static Program validate(CreateProcessingJobRequest r) {
        if (r.roleArn() == null || r.roleArn().isBlank()) {
            throw new ValidationException("RoleArn", r.roleArn(), "is missing", "give the job an IAM role ARN");
        }
        ProcessingClusterConfig cluster = r.processingResources() == null ? null
                : r.processingResources().clusterConfig();
        if (cluster == null) {
            throw new ValidationException("ProcessingResources.ClusterConfig", null, "is missing",
                    "give the instance count, type and volume size");
        }
        if (cluster.instanceCount() == null || cluster.instanceCount() < 1 || cluster.instanceCount() > 100) {
            throw new ValidationException("ProcessingResources.ClusterConfig.InstanceCount", cluster.instanceCount(),
                    "must be 1 to 100", "ask for 1 to 100 instances");
        }
        if (cluster.instanceTypeAsString() == null) {
            throw new ValidationException("ProcessingResources.ClusterConfig.InstanceType", null, "is missing",
                    "give an instance type, e.g. ml.m5.xlarge or local");
        }
        if (cluster.volumeSizeInGB() == null || cluster.volumeSizeInGB() < 1 || cluster.volumeSizeInGB() > 16384) {
            throw new ValidationException("ProcessingResources.ClusterConfig.VolumeSizeInGB", cluster.volumeSizeInGB(),
                    "must be 1 to 16384", "give the volume size in GB");
        }
        Integer max = r.stoppingCondition() == null ? null : r.stoppingCondition().maxRuntimeInSeconds();
        if (r.stoppingCondition() != null && (max == null || max < 1 || max > 777600)) {
            throw new ValidationException("StoppingCondition.MaxRuntimeInSeconds", max, "must be 1 to 777600",
                    "give the longest run in seconds");
        }
        if (r.hasEnvironment() && r.environment().size() > 100) {
            throw new ValidationException("Environment", r.environment().size() + " variables", "has more than 100",
                    "pass at most 100 variables");
        }
        validateInputs(r);
        validateOutputs(r);
        return program(r.appSpecification());
    }

    private static void validateInputs(CreateProcessingJobRequest r) {
        List<ProcessingInput> inputs = r.processingInputs();
        if (inputs.size() > MAX_IO) {
            throw new ValidationException("ProcessingInputs", inputs.size() + " inputs", "has more than " + MAX_IO,
                    "combine inputs under one prefix");
        }
        Set<String> names = new HashSet<>();
        for (int i = 0; i < inputs.size(); i++) {
            ProcessingInput in = inputs.get(i);
            String field = "ProcessingInputs[" + i + "]";
            if (in.inputName() == null || !IO_NAME.matcher(in.inputName()).matches()) {
                throw new ValidationException(field + ".InputName", in.inputName(), "is not a valid input name",
                        "use 1 to 256 letters, digits, '_' and '-'");
            }
            if (!names.add(in.inputName())) {
                throw new ValidationException(field + ".InputName", in.inputName(), "is the name of two inputs",
                        "give each input a different InputName");
            }
            if (in.datasetDefinition() != null) {
                throw new ValidationException(field + ".DatasetDefinition", in.inputName(),
                        "is not supported by the local backend (it runs no Athena or Redshift query)",
                        "run the query first and pass its result as an S3 input, or use the sagemaker backend");
            }
            ProcessingS3Input s3 = in.s3Input();
            if (s3 == null) {
                throw new ValidationException(field + ".S3Input", null, "is missing", "give the input an S3Input");
            }
            underBase(field + ".S3Input.LocalPath", s3.localPath());
            String uri = s3.s3Uri();
            if (uri == null || !(S3Uri.isS3(uri) || Uris.isFile(uri))) {
                throw new ValidationException(field + ".S3Input.S3Uri", uri, "is not an s3:// URI",
                        "write s3://bucket/prefix");
            }
            if (S3Uri.isS3(uri)) {
                S3Uri.parse(uri);
            } else {
                Uris.fileKey(uri);
            }
            oneOf(field + ".S3Input.S3DataType", s3.s3DataTypeAsString(), List.of("S3Prefix", "ManifestFile"));
            if ("ManifestFile".equals(s3.s3DataTypeAsString())) {
                throw new ValidationException(field + ".S3Input.S3DataType", "ManifestFile",
                        "is not supported by the local backend", "list the objects under one prefix and use S3Prefix");
            }
            oneOf(field + ".S3Input.S3InputMode", s3.s3InputModeAsString(), List.of("File", "Pipe", "FastFile"));
            if ("Pipe".equals(s3.s3InputModeAsString())) {
                throw new ValidationException(field + ".S3Input.S3InputMode", "Pipe",
                        "is not supported by the local backend", "use File (or FastFile) input mode");
            }
            if (s3.s3DataDistributionType() != null || s3.s3DataDistributionTypeAsString() != null) {
                oneOf(field + ".S3Input.S3DataDistributionType", s3.s3DataDistributionTypeAsString(),
                        List.of("FullyReplicated", "ShardedByS3Key"));
            }
            if (s3.s3CompressionTypeAsString() != null) {
                oneOf(field + ".S3Input.S3CompressionType", s3.s3CompressionTypeAsString(), List.of("None", "Gzip"));
                if ("Gzip".equals(s3.s3CompressionTypeAsString())) {
                    throw new ValidationException(field + ".S3Input.S3CompressionType", "Gzip",
                            "is only allowed with Pipe input mode", "use None");
                }
            }
        }
    }

    private static void validateOutputs(CreateProcessingJobRequest r) {
        if (r.processingOutputConfig() == null) {
            return;
        }
        List<ProcessingOutput> outputs = r.processingOutputConfig().outputs();
        if (outputs.size() > MAX_IO) {
            throw new ValidationException("ProcessingOutputConfig.Outputs", outputs.size() + " outputs",
                    "has more than " + MAX_IO, "write fewer outputs");
        }
        Set<String> names = new HashSet<>();
        for (int i = 0; i < outputs.size(); i++) {
            ProcessingOutput out = outputs.get(i);
            String field = "ProcessingOutputConfig.Outputs[" + i + "]";
            if (out.outputName() == null || !IO_NAME.matcher(out.outputName()).matches()) {
                throw new ValidationException(field + ".OutputName", out.outputName(), "is not a valid output name",
                        "use 1 to 256 letters, digits, '_' and '-'");
            }
            if (!names.add(out.outputName())) {
                throw new ValidationException(field + ".OutputName", out.outputName(), "is the name of two outputs",
                        "give each output a different OutputName");
            }
            if (out.featureStoreOutput() != null) {
                throw new ValidationException(field + ".FeatureStoreOutput", out.featureStoreOutput().featureGroupName(),
                        "is not supported by the local backend",
                        "write the output to S3 and ingest it with FeatureGroup.ingest");
            }
            ProcessingS3Output s3 = out.s3Output();
            if (s3 == null) {
                throw new ValidationException(field + ".S3Output", null, "is missing", "give the output an S3Output");
            }
            underBase(field + ".S3Output.LocalPath", s3.localPath());
            if (s3.s3Uri() == null || !(S3Uri.isS3(s3.s3Uri()) || Uris.isFile(s3.s3Uri()))) {
                throw new ValidationException(field + ".S3Output.S3Uri", s3.s3Uri(), "is not an s3:// URI",
                        "write s3://bucket/prefix");
            }
            if (S3Uri.isS3(s3.s3Uri())) {
                S3Uri.parse(s3.s3Uri());
            } else {
                Uris.fileKey(s3.s3Uri());
            }
            oneOf(field + ".S3Output.S3UploadMode", s3.s3UploadModeAsString(), List.of("EndOfJob", "Continuous"));
        }
    }

    private static void underBase(String field, String localPath) {
        if (localPath == null || !localPath.startsWith(BASE) || localPath.length() == BASE.length()
                || localPath.contains("/../") || localPath.endsWith("/..")) {
            throw new ValidationException(field, localPath, "must be a folder under " + BASE
                    + " (the service copies inputs and collects outputs only there)",
                    "use a path such as " + BASE + "input/data or " + BASE + "output/train");
        }
    }

    private static void oneOf(String field, String value, List<String> allowed) {
        if (value == null || !allowed.contains(value)) {
            throw new ValidationException(field, value, "is not one of " + allowed, "use one of " + allowed);
        }
    }

    private static Program program(AppSpecification app) {
        List<String> entry = app == null ? List.of() : app.containerEntrypoint();
        if (app == null || app.imageUri() == null) {
            throw new ValidationException("AppSpecification.ImageUri", null, "is missing", "give the container image");
        }
        if (entry.size() == 3 && entry.get(0).equals("java") && entry.get(1).equals(JavaProcessor.MAIN_CLASS)) {
            // loaded now, not run: a missing or wrong class fails the request, not the job
            checkClass(entry.get(2));
            return new Program(entry.get(2));
        }
        if (entry.size() == 2 && entry.get(0).equals("java") && entry.get(1).equals(SqlProcessor.MAIN_CLASS)) {
            SqlScript.Arguments.parse(app.containerArguments());
            return new Program(null);
        }
        LocalContainerProgram builtIn = BuiltIns.BY_REPOSITORY.get(LocalContainerProgram.repositoryOf(app.imageUri()));
        if (entry.isEmpty() && builtIn != null) {
            return new Program(null, builtIn);
        }
        throw new ValidationException("AppSpecification.ContainerEntrypoint", entry.isEmpty() ? app.imageUri()
                : entry, "names a program of the container image " + app.imageUri()
                + ", which the local backend cannot run: it runs no container images",
                "run Java code with JavaProcessor (a ProcessingScript class) or SQL with SqlProcessor, or run"
                        + " this processor on the sagemaker backend");
    }

    private static void checkClass(String className) {
        try {
            ProcessingScripts.create(className);
        } catch (ValidationException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new ValidationException("AppSpecification.ContainerEntrypoint", className, "cannot be loaded: " + e,
                    "check the class", e);
        }
    }

    // ---- the job ----

    private JobLifecycle.Ending<DescribeProcessingJobResponse> run(String name, DescribeProcessingJobResponse job,
            Program program, JobRunner.StopSignal signal) throws IOException {
        Path jobDir = context.jobs().folder(JobKind.PROCESSING, name);
        int count = job.processingResources().clusterConfig().instanceCount();
        List<String> hosts = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            hosts.add("algo-" + i);
        }
        ScheduledFuture<?> maxRuntime = null;
        try (JobLog log = new JobLog(context.jobs().logFile(JobKind.PROCESSING, name), name)) {
            if (signal.stopped()) {
                return JobLifecycle.Ending.stopped(signal.reason(), null);
            }
            Integer max = job.stoppingCondition() == null ? null : job.stoppingCondition().maxRuntimeInSeconds();
            if (max != null) {
                maxRuntime = timers.schedule(() -> signal.stop("MaxRuntimeExceeded"), max, TimeUnit.SECONDS);
            }
            Instant start = Instant.now();
            context.jobs().<DescribeProcessingJobResponse>update(JobKind.PROCESSING, name,
                    r -> r.toBuilder().processingStartTime(start).lastModifiedTime(start).build());
            log.line(name + " started on " + String.join(", ", hosts) + " ("
                    + job.processingResources().clusterConfig().instanceTypeAsString() + ", "
                    + program.describe() + ")");
            List<HostEnvironment> envs = new ArrayList<>();
            for (String host : hosts) {
                envs.add(prepareHost(jobDir, job, host, hosts, log, name, signal, program));
            }
            if (lifecycle.stopRequested(name, signal)) {
                return stopped(log, signal);
            }
            Throwable failure = runHosts(program, envs, signal);
            if (lifecycle.stopRequested(name, signal)) {
                return stopped(log, signal);
            }
            if (failure != null) {
                String reason = failureReason(envs, failure);
                log.line("Processing failed: " + reason);
                return JobLifecycle.Ending.failed(reason, null);
            }
            int published = publish(job, envs, log);
            log.line("Processing job completed; " + published + " output file(s) uploaded");
            return JobLifecycle.Ending.completed(null);
        } finally {
            if (maxRuntime != null) {
                maxRuntime.cancel(false);
            }
            for (String host : hosts) {
                deleteTree(jobDir.resolve(host));
            }
        }
    }

    private static JobLifecycle.Ending<DescribeProcessingJobResponse> stopped(JobLog log, JobRunner.StopSignal signal) {
        String why = signal.stopped() ? signal.reason() : "StopProcessingJob";
        log.line("Processing stopped: " + why + "; no output was uploaded");
        return JobLifecycle.Ending.stopped(why, null);
    }

    /** One instance's container: config files, its inputs copied in, empty output folders. */
    private HostEnvironment prepareHost(Path jobDir, DescribeProcessingJobResponse job, String host, List<String> hosts,
            JobLog log, String name, JobRunner.StopSignal signal, Program program) throws IOException {
        Path root = jobDir.resolve(host);
        deleteTree(root);
        Files.createDirectories(root);
        DescribeProcessingJobResponse config = DescribeProcessingJobResponse.builder()
                .processingJobArn(job.processingJobArn()).processingJobName(job.processingJobName())
                .appSpecification(job.appSpecification()).processingInputs(job.processingInputs())
                .processingOutputConfig(job.processingOutputConfig()).processingResources(job.processingResources())
                .roleArn(job.roleArn()).stoppingCondition(job.stoppingCondition())
                .environment(job.hasEnvironment() ? job.environment() : null).networkConfig(job.networkConfig())
                .build();
        java.util.function.Consumer<String> prefix = hosts.size() > 1 ? line -> log.line("[" + host + "] " + line)
                : log::line;
        HostEnvironment env = new HostEnvironment(root, job, job.appSpecification().containerArguments(), host,
                hosts, prefix, () -> lifecycle.stopRequested(name, signal));
        env.context = context;
        HostEnvironment.write(env.path(HostEnvironment.JOB_CONFIG), SdkJson.toJson(config).toPrettyString());
        ObjectNode resources = SdkJson.MAPPER.createObjectNode();
        resources.put("current_host", host);
        resources.put("current_instance_type", job.processingResources().clusterConfig().instanceTypeAsString());
        resources.put("current_group_name", "homogeneousCluster");
        resources.putArray("hosts").addAll(hosts.stream().map(SdkJson.MAPPER.getNodeFactory()::textNode)
                .collect(Collectors.toList()));
        HostEnvironment.write(env.path(HostEnvironment.RESOURCE_CONFIG), resources.toPrettyString());
        for (ProcessingInput in : job.processingInputs()) {
            ProcessingS3Input s3 = in.s3Input();
            Path dir = env.path(s3.localPath());
            Files.createDirectories(dir);
            boolean sharded = "ShardedByS3Key".equals(s3.s3DataDistributionTypeAsString());
            boolean inPlace = program.builtIn() != null && program.builtIn().readsInputsInPlace();
            int copied = download(in, dir, sharded, hosts.indexOf(host), hosts.size(), signal, inPlace);
            log.line((hosts.size() > 1 ? "[" + host + "] " : "") + "Input " + in.inputName() + ": " + copied
                    + " file(s) from " + s3.s3Uri() + " to " + s3.localPath() + (sharded ? " (ShardedByS3Key)" : ""));
        }
        if (job.processingOutputConfig() != null) {
            for (ProcessingOutput out : job.processingOutputConfig().outputs()) {
                Files.createDirectories(env.path(out.s3Output().localPath()));
            }
        }
        return env;
    }

    /**
     * Copies an input's objects, or this instance's share of them, into its folder; links the store's own files
     * instead where the program reads its inputs in place and the store has them on the same file system.
     */
    private int download(ProcessingInput in, Path dir, boolean sharded, int hostIndex, int hostCount,
                         JobRunner.StopSignal signal, boolean inPlace) {
        String uri = in.s3Input().s3Uri();
        String prefixKey = S3Uri.isS3(uri) ? S3Uri.parse(uri).key() : Uris.fileKey(uri);
        List<ObjectSummary> objects;
        try (Stream<ObjectSummary> all = context.objectStore().listAll(uri)) {
            // sorted so that every instance sees the same order, which sharding relies on
            objects = all.sorted(Comparator.comparing(ObjectSummary::uri)).collect(Collectors.toList());
        }
        if (objects.isEmpty()) {
            throw new ClientException("the input " + in.inputName() + " has no objects under " + uri
                    + "; check the URI and that the data was uploaded");
        }
        int copied = 0;
        for (int i = 0; i < objects.size(); i++) {
            // ShardedByS3Key: round-robin over the sorted keys, so the shares are disjoint and cover all
            if (sharded && i % hostCount != hostIndex) {
                continue;
            }
            if (signal.stopped()) {
                break;
            }
            ObjectSummary o = objects.get(i);
            Path target = dir.resolve(S3Uri.relativeKey(o.key(), prefixKey)).normalize();
            if (!target.startsWith(dir)) {
                throw new ClientException("the object " + o.uri() + " of input " + in.inputName()
                        + " would be written outside " + in.s3Input().localPath());
            }
            if (!(inPlace && linked(o.uri(), target))) {
                context.objectStore().get(o.uri(), target);
            }
            copied++;
        }
        return copied;
    }

    /** Links an object's file as the target, when the store has one on the target's file system. */
    private boolean linked(String uri, Path target) {
        java.util.Optional<Path> file = context.objectStore().localFile(uri);
        if (file.isEmpty()) {
            return false;
        }
        try {
            Files.createDirectories(target.getParent());
            Files.createLink(target, file.get());
            return true;
        } catch (IOException | UnsupportedOperationException e) {
            // another file system, or no hard links there: the copy below
            return false;
        }
    }

    /** Runs the program on every instance; only this phase is interrupted by a stop. */
    private static Throwable runHosts(Program program, List<HostEnvironment> envs, JobRunner.StopSignal signal) {
        signal.interruptible(true);
        try {
            if (envs.size() == 1) {
                try {
                    runOne(program, envs.get(0));
                    return null;
                } catch (Exception | LinkageError e) {
                    return e;
                }
            }
            ExecutorService pool = Executors.newFixedThreadPool(envs.size(), r -> {
                Thread t = new Thread(r, "sagemaker4j-processing-host");
                t.setDaemon(true);
                return t;
            });
            try {
                List<Future<?>> futures = new ArrayList<>();
                for (HostEnvironment env : envs) {
                    futures.add(pool.submit(() -> {
                        runOne(program, env);
                        return null;
                    }));
                }
                Throwable first = null;
                for (Future<?> f : futures) {
                    try {
                        f.get();
                    } catch (ExecutionException e) {
                        first = first == null ? e.getCause() : first;
                    } catch (InterruptedException e) {
                        // a stop: the instances are interrupted below
                        Thread.currentThread().interrupt();
                        first = first == null ? e : first;
                        break;
                    }
                }
                return first;
            } finally {
                pool.shutdownNow();
            }
        } finally {
            signal.interruptible(false);
        }
    }

    private static void runOne(Program program, HostEnvironment env) throws Exception {
        // the job bound to the thread, so that the script's Run.load() finds the run of its job
        RunContext.Scope job = env.jobArn() == null ? () -> { } : RunContext.bindJob(
                new RunContext.Job("SageMakerProcessingJob", env.jobArn(), env.jobName()));
        try {
            if (program.builtIn() != null) {
                program.builtIn().newScript().process(env);
            } else if (program.sql()) {
                SqlScript.run(env);
            } else {
                ProcessingScripts.create(program.className()).process(env);
            }
        } finally {
            job.close();
        }
    }

    /**
     * The FailureReason: what the code wrote to {@code /opt/ml/output/message} (the container contract), else the
     * exception's message, as {@code AlgorithmError: ...} (a {@code ClientError} when the input was at fault).
     */
    private static String failureReason(List<HostEnvironment> envs, Throwable failure) {
        for (HostEnvironment env : envs) {
            Path message = env.path("/opt/ml/output/message");
            try {
                if (Files.isRegularFile(message)) {
                    String text = Files.readString(message, StandardCharsets.UTF_8).trim();
                    if (!text.isEmpty()) {
                        return JobLifecycle.cut("AlgorithmError: " + text);
                    }
                }
            } catch (IOException ignored) {
                // the exception below says why
            }
        }
        String text = failure.getMessage() == null ? failure.toString() : failure.getMessage();
        if (failure instanceof ClientException && text.startsWith("ClientError: ")) {
            return JobLifecycle.cut(text);
        }
        return JobLifecycle.cut("AlgorithmError: " + (failure instanceof ClientException ? text
                : failure.getClass().getSimpleName() + ": " + text));
    }

    /** Uploads every output of every instance; on a failure, removes what it uploaded, so nothing half stays. */
    private int publish(DescribeProcessingJobResponse job, List<HostEnvironment> envs, JobLog log) throws IOException {
        if (job.processingOutputConfig() == null) {
            return 0;
        }
        List<String> written = new ArrayList<>();
        try {
            for (ProcessingOutput out : job.processingOutputConfig().outputs()) {
                String base = out.s3Output().s3Uri().replaceAll("/+$", "");
                Map<String, Path> files = new LinkedHashMap<>();
                for (HostEnvironment env : envs) {
                    Path dir = env.path(out.s3Output().localPath());
                    if (!Files.isDirectory(dir)) {
                        continue;
                    }
                    try (Stream<Path> walk = Files.walk(dir)) {
                        for (Path f : walk.filter(Files::isRegularFile).sorted().collect(Collectors.toList())) {
                            files.put(dir.relativize(f).toString().replace('\\', '/'), f);
                        }
                    }
                }
                for (Map.Entry<String, Path> e : files.entrySet()) {
                    String uri = base + "/" + e.getKey();
                    context.objectStore().put(uri, e.getValue());
                    written.add(uri);
                }
                log.line("Output " + out.outputName() + ": " + files.size() + " file(s) to " + base);
            }
        } catch (RuntimeException | IOException e) {
            for (String uri : written) {
                try {
                    context.objectStore().delete(uri);
                } catch (RuntimeException d) {
                    e.addSuppressed(d);
                }
            }
            throw e;
        }
        return written.size();
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            List<Path> paths = walk.collect(Collectors.toList());
            Collections.reverse(paths);
            for (Path p : paths) {
                Files.deleteIfExists(p);
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            LOG.debug("Could not remove {}", root, e);
        }
    }

    // ---- Describe / Stop / List ----

    @Override
    public DescribeProcessingJobResponse describeProcessingJob(DescribeProcessingJobRequest request) {
        String name = Names.validateName("ProcessingJobName", request.processingJobName());
        return lifecycle.view(name, context.jobs().get(JobKind.PROCESSING, name));
    }

    @Override
    public StopProcessingJobResponse stopProcessingJob(StopProcessingJobRequest request) {
        lifecycle.stop("ProcessingJobName", Names.validateName("ProcessingJobName", request.processingJobName()));
        return StopProcessingJobResponse.builder().build();
    }

    @Override
    public ListProcessingJobsResponse listProcessingJobs(ListProcessingJobsRequest r) {
        List<DescribeProcessingJobResponse> all = new ArrayList<>();
        for (String name : context.jobs().names(JobKind.PROCESSING)) {
            context.jobs().<DescribeProcessingJobResponse>find(JobKind.PROCESSING, name)
                    .ifPresent(d -> all.add(lifecycle.view(name, d)));
        }
        Map<String, Comparator<DescribeProcessingJobResponse>> orders = new LinkedHashMap<>();
        orders.put("Name", Comparator.comparing(DescribeProcessingJobResponse::processingJobName));
        orders.put("CreationTime", Comparator.comparing(DescribeProcessingJobResponse::creationTime)
                .thenComparing(DescribeProcessingJobResponse::processingJobName));
        orders.put("Status", Comparator.comparing(DescribeProcessingJobResponse::processingJobStatusAsString)
                .thenComparing(DescribeProcessingJobResponse::processingJobName));
        Listing.Page<DescribeProcessingJobResponse> page = Listing.of(all)
                .nameContains(r.nameContains(), DescribeProcessingJobResponse::processingJobName)
                .after(r.creationTimeAfter(), DescribeProcessingJobResponse::creationTime)
                .before(r.creationTimeBefore(), DescribeProcessingJobResponse::creationTime)
                .after(r.lastModifiedTimeAfter(), DescribeProcessingJobResponse::lastModifiedTime)
                .before(r.lastModifiedTimeBefore(), DescribeProcessingJobResponse::lastModifiedTime)
                .equalTo(r.statusEqualsAsString(), DescribeProcessingJobResponse::processingJobStatusAsString)
                .page(r.sortByAsString(), r.sortOrderAsString(), orders, r.maxResults(), r.nextToken());
        return ListProcessingJobsResponse.builder().processingJobSummaries(page.map(d -> ProcessingJobSummary.builder()
                .processingJobName(d.processingJobName()).processingJobArn(d.processingJobArn())
                .creationTime(d.creationTime()).processingEndTime(d.processingEndTime())
                .lastModifiedTime(d.lastModifiedTime()).processingJobStatus(d.processingJobStatusAsString())
                .failureReason(d.failureReason()).exitMessage(d.exitMessage()).build()))
                .nextToken(page.nextToken()).build();
    }
}
