/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.internal.local;

import dev.sagemaker4j.exceptions.ClientException;
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
import dev.sagemaker4j.s3.S3Uri;
import dev.sagemaker4j.spi.Capabilities;
import dev.sagemaker4j.spi.TrainingJobsApi;
import dev.sagemaker4j.utils.Names;
import dev.sagemaker4j.utils.Uris;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
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
import software.amazon.awssdk.services.sagemaker.model.MetricDefinition;
import software.amazon.awssdk.services.sagemaker.model.ResourceConfig;
import software.amazon.awssdk.services.sagemaker.model.S3DataSource;
import software.amazon.awssdk.services.sagemaker.model.StopTrainingJobRequest;
import software.amazon.awssdk.services.sagemaker.model.StopTrainingJobResponse;
import software.amazon.awssdk.services.sagemaker.model.TrainingJobSummary;
import software.amazon.awssdk.services.sagemaker.model.UpdateTrainingJobRequest;
import software.amazon.awssdk.services.sagemaker.model.UpdateTrainingJobResponse;

/**
 * Training jobs, in-process. Each job materialises SageMaker's training container layout under
 * {@code <root>/jobs/training-jobs/<name>/} ({@code algo-N/input/config/*.json},
 * {@code algo-N/input/data/<channel>/}, {@code model/}, {@code output/data/}, {@code output/failure},
 * {@code algo-N/checkpoints/}), runs the algorithm of the training image once per host, and
 * publishes {@code model.tar.gz} and {@code output.tar.gz} to {@code <S3OutputPath>/<job>/output/}.
 * Status and secondary status follow the service: Starting → Downloading → Training → Uploading →
 * Completed (or Failed / Stopped).
 *
 * <p>This class is the TrainingJobsApi and the job body's sequence of steps; the container layout and
 * the downloads are {@link TrainingLayout}'s, the published outputs {@link TrainingOutputs}'s and the
 * record's shape {@link TrainingRecords}'s.
 */
public final class LocalTraining implements LocalPart, TrainingJobsApi {
    private static final Logger LOG = LoggerFactory.getLogger(LocalTraining.class);
    private static final Pattern CHANNEL_NAME = Pattern.compile("[A-Za-z0-9.\\-_]{1,64}");

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
        this.lifecycle = new JobLifecycle<>(JobKind.TRAINING, context, new TrainingRecords.TrainingStatuses());
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
        // everything is validated before the record exists: a bad request leaves no job behind
        LocalAlgorithm algorithm = validate(request);
        Instant now = Instant.now();
        String arn = JobKind.TRAINING.arn(context.region(), context.accountId(), name);
        context.jobs().create(JobKind.TRAINING, name, TrainingRecords.created(name, arn, request,
                request.algorithmSpecification(), resources(request), now));
        // request.json before the body is queued, so it is there whenever the job's folder is looked at
        TrainingLayout.writeJson(context.jobs().folder(JobKind.TRAINING, name).resolve("request.json"),
                SdkJson.toJson(request));
        context.runner().submit(lifecycle.key(name), signal -> lifecycle.run(name, signal,
                s -> run(name, request, algorithm, s)));
        return CreateTrainingJobResponse.builder().trainingJobArn(arn).build();
    }

    /** Checks the request as the service would, and finds the algorithm of its training image. */
    private LocalAlgorithm validate(CreateTrainingJobRequest request) {
        AlgorithmSpecification spec = request.algorithmSpecification();
        if (spec == null) {
            throw new ValidationException("AlgorithmSpecification", null, "is missing",
                    "give the training image (Estimator.builder().imageUri(...))");
        }
        LocalAlgorithm algorithm = algorithms.forImage("AlgorithmSpecification.TrainingImage", spec.trainingImage());
        String program = request.hasHyperParameters() ? request.hyperParameters().get("sagemaker_program") : null;
        if (program != null && !algorithm.runsEntryPoint()) {
            // script mode: the framework container would run the script; in-process there is only the built-in
            throw new ValidationException("HyperParameters.sagemaker_program", program,
                    "names a script for the framework container of " + spec.trainingImage() + ", which the local"
                            + " backend cannot run: it knows that image only as the built-in algorithm "
                            + algorithm.name() + " and will not train that in the script's place",
                    "train Java code in-process with JavaEstimator (entryPoint = a TrainingScript class), drop"
                            + " entryPoint to train the built-in algorithm, or run the script on the sagemaker"
                            + " backend");
        }
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
            // channels become folders and SM_CHANNEL_<NAME> variables: a second one would overwrite the first
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
        // a metric regex that does not compile fails the request now, not the job later
        for (MetricDefinition d : metricDefinitions(request, algorithm)) {
            MetricCollector.compile(d);
        }
        algorithm.validate(request.hyperParameters());
        if (request.checkpointConfig() != null && request.checkpointConfig().s3Uri() != null) {
            validateOutputPath(request.checkpointConfig().s3Uri());
        }
        return algorithm;
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
        TrainingLayout layout = new TrainingLayout(context, name, request, resources(request));
        ScheduledFuture<?> maxRuntime = null;
        Checkpoints checkpoints = Checkpoints.NONE;
        Instant trainingStart = null;
        try (JobLog log = new JobLog(jobs.logFile(JobKind.TRAINING, name), name);
             MetricCollector metrics = new MetricCollector(metricDefinitions(request, algorithm),
                     layout.jobDir().resolve("metrics.jsonl"))) {
            log.addListener(metrics::scrape);
            // a job stopped while it waited in the queue never starts
            if (signal.stopped()) {
                return TrainingRecords.stopped(null, metrics, signal.reason());
            }
            // armed before Downloading: a slow download counts against MaxRuntimeInSeconds too
            maxRuntime = scheduleMaxRuntime(request, signal);
            start(name, layout, algorithm, log);

            TrainingRecords.secondary(jobs, name, "Downloading", "Downloading input data");
            List<HostEnvironment> environments = layout.prepareHosts(log, metrics, signal);
            checkpoints = restoreCheckpoints(request, environments, log);
            if (signal.stopped()) {
                return TrainingRecords.stopped(null, metrics, signal.reason());
            }

            TrainingRecords.secondary(jobs, name, "Training",
                    "Training image download completed. Training in progress.");
            trainingStart = Instant.now();
            Throwable failure = train(algorithm, environments, signal);
            checkpoints.finish();
            // a stop interrupts the algorithm: whatever it then throws is the stop's doing, and the job ends Stopped
            String stoppedBy = lifecycle.stopRequested(name, signal)
                    ? (signal.stopped() ? signal.reason() : "StopTrainingJob") : null;
            if (failure != null && stoppedBy == null) {
                String reason = failureReason(layout.outputDir().resolve("failure"), failure);
                log.line("Training failed: " + reason);
                return TrainingRecords.failed(reason, trainingStart, metrics);
            }

            TrainingRecords.secondary(jobs, name, "Uploading", "Uploading generated training model");
            String modelUri = new TrainingOutputs(context.objectStore(), name, request)
                    .publish(layout, algorithm, stoppedBy != null);
            if (stoppedBy != null) {
                log.line("Training stopped: " + stoppedBy);
                return TrainingRecords.stopped(modelUri, metrics, stoppedBy);
            }
            log.line("Training job completed; model artifact " + modelUri);
            return TrainingRecords.completed(modelUri, metrics, trainingStart);
        } catch (ClientException e) {
            return failedQuietly(name, "ClientError: " + e.getMessage(), trainingStart);
        } catch (IOException | RuntimeException e) {
            LOG.debug("Training job {} failed", name, e);
            return failedQuietly(name, "InternalServerError: " + e, trainingStart);
        } finally {
            if (maxRuntime != null) {
                maxRuntime.cancel(false);
            }
            checkpoints.cancel();
            layout.cleanInputData();
        }
    }

    private ScheduledFuture<?> scheduleMaxRuntime(CreateTrainingJobRequest request, JobRunner.StopSignal signal) {
        Integer maxSeconds = request.stoppingCondition() == null ? null
                : request.stoppingCondition().maxRuntimeInSeconds();
        return maxSeconds == null ? null
                : timers.schedule(() -> signal.stop("MaxRuntimeExceeded"), maxSeconds, TimeUnit.SECONDS);
    }

    /** The instances are up: the record's TrainingStartTime, and the log's first line. */
    private void start(String name, TrainingLayout layout, LocalAlgorithm algorithm, JobLog log) {
        TrainingRecords.started(context.jobs(), name, Instant.now());
        log.line(name + " started on " + String.join(", ", layout.hosts()) + " ("
                + layout.resources().instanceTypeAsString() + ", algorithm " + algorithm.name() + ")");
    }

    /**
     * Copies the checkpoints of an earlier run from the CheckpointConfig's S3Uri to every host before
     * Training starts (the service's spot-restart contract), then syncs them back periodically.
     */
    private Checkpoints restoreCheckpoints(CreateTrainingJobRequest request, List<HostEnvironment> environments,
                                          JobLog log) {
        String checkpointUri = request.checkpointConfig() == null ? null : request.checkpointConfig().s3Uri();
        if (checkpointUri == null) {
            return Checkpoints.NONE;
        }
        List<CheckpointSync> syncs = new ArrayList<>();
        for (HostEnvironment env : environments) {
            CheckpointSync sync = new CheckpointSync(context.objectStore(), checkpointUri, env.checkpointDir());
            int restored = sync.restore();
            if (restored > 0) {
                log.line("Restored " + restored + " checkpoint file(s) from " + checkpointUri + " to "
                        + env.currentHost());
            }
            syncs.add(sync);
        }
        ScheduledFuture<?> timer = timers.scheduleWithFixedDelay(() -> syncs.forEach(CheckpointSync::syncQuietly),
                checkpointSyncMillis, checkpointSyncMillis, TimeUnit.MILLISECONDS);
        return new Checkpoints(syncs, timer);
    }

    /** The hosts' checkpoint syncs and the timer that runs them while the algorithm trains. */
    private static final class Checkpoints {
        static final Checkpoints NONE = new Checkpoints(List.of(), null);

        private final List<CheckpointSync> syncs;
        private final ScheduledFuture<?> timer;

        Checkpoints(List<CheckpointSync> syncs, ScheduledFuture<?> timer) {
            this.syncs = syncs;
            this.timer = timer;
        }

        /**
         * Ends the periodic syncs and uploads the final checkpoints, on the job's thread, before the
         * job moves on: a restarted job must find what the algorithm saved last.
         */
        void finish() {
            cancel();
            for (CheckpointSync sync : syncs) {
                sync.sync();
            }
        }

        void cancel() {
            if (timer != null) {
                timer.cancel(false);
            }
        }
    }

    /**
     * Runs the algorithm on every host. Only this phase is interruptible: a stop interrupts the
     * algorithm, while the downloads check the signal between files and the upload always finishes.
     *
     * @return the first failure in time (naming its host when the job has several), or null
     */
    private Throwable train(LocalAlgorithm algorithm, List<HostEnvironment> environments,
                            JobRunner.StopSignal signal) {
        signal.interruptible(true);
        try {
            try {
                return trainHosts(algorithm, environments);
            } finally {
                // the algorithm's last report may not have closed its progress (early stopping, a stop, a failure)
                environments.forEach(HostEnvironment::endProgress);
            }
        } finally {
            signal.interruptible(false);
        }
    }

    /** Runs one host's training with the job bound to the thread, so that the code's Run.load() finds it. */
    private static void trainOne(LocalAlgorithm algorithm, HostEnvironment env) throws Exception {
        dev.sagemaker4j.utils.RunContext.Scope job = dev.sagemaker4j.utils.RunContext.bindJob(
                new dev.sagemaker4j.utils.RunContext.Job("SageMakerTrainingJob", env.jobArn(), env.jobName()));
        try {
            algorithm.train(env);
        } finally {
            job.close();
        }
    }

    private Throwable trainHosts(LocalAlgorithm algorithm, List<HostEnvironment> environments) {
        // one host, the common case: no pool, the algorithm runs on the job's own thread, which a stop interrupts
        if (environments.size() == 1) {
            try {
                trainOne(algorithm, environments.get(0));
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
            ExecutorCompletionService<Void> done = new ExecutorCompletionService<>(hostsPool);
            Map<java.util.concurrent.Future<Void>, String> hostOf = new java.util.HashMap<>();
            for (HostEnvironment env : environments) {
                hostOf.put(done.submit(() -> {
                    trainOne(algorithm, env);
                    return null;
                }), env.currentHost());
            }
            // the first host to fail ends the job, as on the service: the others are interrupted (a distributed
            // job cannot go on without a host, and one waiting for it would wait forever), and the first failure in
            // time is the job's reason, since the others fail because of it. Then wait for all of them: none may
            // still write into model/ when it is packed.
            Throwable first = null;
            for (int left = environments.size(); left > 0; left--) {
                java.util.concurrent.Future<Void> ended = null;
                try {
                    ended = done.take();
                    ended.get();
                } catch (ExecutionException e) {
                    if (first == null) {
                        first = new HostFailure(hostOf.get(ended), e.getCause());
                        // every host started at once (a thread each): none is left unstarted, whose end never comes
                        left -= hostsPool.shutdownNow().size();
                    }
                } catch (InterruptedException e) {
                    // a stop: interrupt the hosts and wait for them, the job's thread stays interrupted
                    hostsPool.shutdownNow();
                    awaitHosts(hostsPool);
                    Thread.currentThread().interrupt();
                    return first == null ? e : first;
                }
            }
            return first;
        } finally {
            hostsPool.shutdownNow();
        }
    }

    /** The failure of one host of a multi-host job: the job's reason names the host. */
    private static final class HostFailure extends Exception {
        private static final long serialVersionUID = 1L;

        HostFailure(String host, Throwable cause) {
            super("host " + host + " failed: " + (cause.getMessage() == null ? cause.toString() : cause.getMessage()),
                    cause);
        }
    }

    /** Waits for interrupted hosts to end, however long their algorithm takes to notice. */
    private static void awaitHosts(ExecutorService hostsPool) {
        boolean interrupted = false;
        while (true) {
            try {
                if (hostsPool.awaitTermination(1, TimeUnit.SECONDS)) {
                    break;
                }
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * The FailureReason: what the algorithm wrote to {@code output/failure} (the container contract), else
     * the exception, a ClientError when the caller's input was at fault.
     */
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
            // a host's failure is classified by its cause: the caller's input, or the algorithm
            Throwable cause = failure instanceof HostFailure ? failure.getCause() : failure;
            reason = (cause instanceof ClientException ? "ClientError: " : "AlgorithmError: ") + message;
        }
        return JobLifecycle.cut(reason);
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
        return TrainingRecords.failed(cut, trainingStart, null);
    }

    // ---- Describe / Stop / List ----

    @Override
    public DescribeTrainingJobResponse describeTrainingJob(DescribeTrainingJobRequest request) {
        String name = Names.validateName("TrainingJobName", request.trainingJobName());
        // Stopping at once when another process asked this one's job to stop, as the service shows it
        return lifecycle.view(name, context.jobs().get(JobKind.TRAINING, name));
    }

    @Override
    public StopTrainingJobResponse stopTrainingJob(StopTrainingJobRequest request) {
        lifecycle.stop("TrainingJobName", Names.validateName("TrainingJobName", request.trainingJobName()));
        return StopTrainingJobResponse.builder().build();
    }

    /**
     * UpdateTrainingJob, with the service's rules: the profiler configuration, the profiler rules and the
     * remote-debug setting change only while the job is InProgress (recorded in its Describe, not acted on:
     * nothing profiles or debugs a local job); the keep-alive period only while its warm pool is Available,
     * which a local job never has.
     */
    @Override
    public UpdateTrainingJobResponse updateTrainingJob(UpdateTrainingJobRequest request) {
        String name = Names.validateName("TrainingJobName", request.trainingJobName());
        if (request.profilerConfig() == null && !request.hasProfilerRuleConfigurations()
                && request.resourceConfig() == null && request.remoteDebugConfig() == null) {
            throw new ValidationException("UpdateTrainingJobRequest", name, "changes nothing",
                    "give profilerConfig, profilerRuleConfigurations, resourceConfig or remoteDebugConfig");
        }
        DescribeTrainingJobResponse current = describeTrainingJob(
                DescribeTrainingJobRequest.builder().trainingJobName(name).build());
        String status = current.trainingJobStatusAsString();
        if (request.resourceConfig() != null) {
            String pool = current.warmPoolStatus() == null ? null : current.warmPoolStatus().statusAsString();
            if (!"Available".equals(pool)) {
                throw new ValidationException("ResourceConfig.KeepAlivePeriodInSeconds",
                        request.resourceConfig().keepAlivePeriodInSeconds(),
                        "can be updated only while the job's warm pool is Available (the local backend keeps no"
                                + " warm pool; job " + name + " is " + status + ")",
                        "update the keep-alive period of a job on the sagemaker backend");
            }
        }
        if ((request.profilerConfig() != null || request.hasProfilerRuleConfigurations()
                || request.remoteDebugConfig() != null) && !"InProgress".equals(status)) {
            throw new ValidationException("TrainingJobName", name, "is " + status
                    + "; its profiler and remote-debug settings can be updated only while it is InProgress",
                    "update a job that is still running");
        }
        if (!context.jobs().ownedHere(JobKind.TRAINING, name)) {
            throw new ValidationException("TrainingJobName", name, "is run by another process",
                    "update the job from the process that runs it");
        }
        DescribeTrainingJobResponse updated = context.jobs().<DescribeTrainingJobResponse>update(JobKind.TRAINING,
                name, r -> TrainingRecords.updated(r, request, Instant.now()));
        return UpdateTrainingJobResponse.builder().trainingJobArn(updated.trainingJobArn()).build();
    }

    @Override
    public ListTrainingJobsResponse listTrainingJobs(ListTrainingJobsRequest request) {
        Listing.Page<DescribeTrainingJobResponse> page = Listing.<DescribeTrainingJobResponse>of(
                context.jobs().<DescribeTrainingJobResponse>all(JobKind.TRAINING).stream()
                        .map(j -> lifecycle.view(j.trainingJobName(), j))
                        .collect(java.util.stream.Collectors.toList()))
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
