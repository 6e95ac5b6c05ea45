/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.workflow.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sagemaker4j.exceptions.ClientException;
import dev.sagemaker4j.exceptions.ThrottlingException;
import dev.sagemaker4j.local.JobLifecycle;
import dev.sagemaker4j.local.LocalContext;
import dev.sagemaker4j.local.SdkJson;
import dev.sagemaker4j.spi.HostingApi;
import dev.sagemaker4j.spi.ModelPackagesApi;
import dev.sagemaker4j.spi.ProcessingJobsApi;
import dev.sagemaker4j.spi.TrainingJobsApi;
import dev.sagemaker4j.spi.TransformJobsApi;
import dev.sagemaker4j.spi.TuningJobsApi;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.services.sagemaker.model.*;

/**
 * One running pipeline execution: a coordinator that starts each step as soon as the steps it depends on have
 * succeeded (up to the parallelism limit), runs it on the pool (job steps as ordinary local jobs through the
 * session's capabilities), and records every change in the execution's files.
 */
final class Execution implements Runnable {
    private static final Logger LOG = LoggerFactory.getLogger(Execution.class);
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** Scales retry intervals (tests and benchmarks make them short); 1 unless the system property says. */
    static final String RETRY_SCALE_PROPERTY = "sagemaker4j.pipelines.retryIntervalScale";

    /** One started step. */
    final class StepRun {
        final PipelineDefinition.Step step;
        volatile String status = "Starting";
        volatile Instant start;
        volatile Instant end;
        volatile String failureReason;
        volatile ObjectNode metadata = NODES.objectNode();
        volatile JsonNode properties = NODES.objectNode();
        volatile int attempts;
        volatile String cacheSource;
        /** The reference execution whose results a step that was not selected keeps. */
        volatile String selectiveSource;
        volatile Runnable stopJob;
        /** The steps started with this one, whose record one of them writes. */
        volatile Batch batch = Batch.RECORDED;
        /** The nanoTime at which the step's work began and ended: the engine's overhead in between steps. */
        volatile long startNanos;
        volatile long endNanos;

        StepRun(PipelineDefinition.Step step) {
            this.step = step;
        }

        boolean done() {
            return Set.of("Succeeded", "Failed", "Stopped").contains(status);
        }
    }

    /**
     * Steps the coordinator started together: the steps' record is written once for all of them (by the coordinator,
     * or by the one step's thread), and none begins its work before that write.
     */
    static final class Batch {
        /** A batch whose record is written (a step started outside the coordinator's loop). */
        static final Batch RECORDED = new Batch();

        static {
            RECORDED.claimed.set(true);
            RECORDED.written.countDown();
        }

        private final java.util.concurrent.atomic.AtomicBoolean claimed =
                new java.util.concurrent.atomic.AtomicBoolean();
        private final CountDownLatch written = new CountDownLatch(1);

        /** Writes the record (the first caller) or waits until it is written (the others). */
        void recorded(Execution execution) {
            if (claimed.compareAndSet(false, true)) {
                try {
                    execution.writeSteps();
                } finally {
                    written.countDown();
                }
                return;
            }
            try {
                written.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * A selective execution: the selected steps run; each other step that succeeded in the reference execution keeps
     * its results from there (listed with {@code SelectiveExecutionResult}), and the rest do not run.
     */
    static final class Selective {
        final Set<String> selected;
        final String sourceArn;
        final Path sourceDir;
        final Map<String, JsonNode> sourceSteps;

        Selective(Set<String> selected, String sourceArn, Path sourceDir, Map<String, JsonNode> sourceSteps) {
            this.selected = Set.copyOf(selected);
            this.sourceArn = sourceArn;
            this.sourceDir = sourceDir;
            this.sourceSteps = Map.copyOf(sourceSteps);
        }
    }

    /** A step's failure, with what the retry policies match. */
    static final class StepFailed extends Exception {
        private static final long serialVersionUID = 1L;
        final String exceptionType;
        final String failureReasonType;
        final boolean stopped;

        StepFailed(String reason, String exceptionType, String failureReasonType, boolean stopped) {
            super(reason);
            this.exceptionType = exceptionType;
            this.failureReasonType = failureReasonType;
            this.stopped = stopped;
        }
    }

    private final LocalPipelines part;
    private final LocalContext context;
    final PipelineDefinition definition;
    final String pipelineName;
    final String pipelineArn;
    final String arn;
    final String id;
    final Map<String, JsonNode> parameters;
    final Instant startTime;
    private final int maxParallel;
    private final Path dir;
    private final ObjectNode record;
    private final Selective selective;
    final Map<String, StepRun> runs = new ConcurrentHashMap<>();
    private final Set<String> skipped = new HashSet<>();
    private final BlockingQueue<StepRun> finished = new LinkedBlockingQueue<>();
    private final ExecutorService pool;
    private volatile boolean stopRequested;
    private int running;
    private StepRun failed;

    Execution(LocalPipelines part, LocalContext context, ExecutorService pool, PipelineDefinition definition,
            String pipelineName, String pipelineArn, String id, Map<String, JsonNode> parameters, int maxParallel,
            Path dir, ObjectNode record, Selective selective) {
        this.part = part;
        this.context = context;
        this.pool = pool;
        this.definition = definition;
        this.pipelineName = pipelineName;
        this.pipelineArn = pipelineArn;
        this.id = id;
        this.arn = record.path("PipelineExecutionArn").asText();
        this.parameters = parameters;
        this.startTime = Instant.now();
        this.maxParallel = maxParallel;
        this.dir = dir;
        this.record = record;
        this.selective = selective;
    }

    void requestStop() {
        stopRequested = true;
        finished.offer(new StepRun(null));
    }

    @Override
    public void run() {
        String status;
        String reason = null;
        try {
            boolean stopping = false;
            boolean ended = false;
            while (true) {
                if (stopRequested && !stopping) {
                    stopping = true;
                    writeRecord("Stopping", null);
                    for (StepRun r : runs.values()) {
                        Runnable stop = r.stopJob;
                        if (!r.done() && stop != null) {
                            try {
                                stop.run();
                            } catch (RuntimeException e) {
                                LOG.debug("stopping step {}: {}", r.step.name, e.toString());
                            }
                        }
                    }
                }
                List<StepRun> launched = launchReady();
                if (!launched.isEmpty()) {
                    // one write of the steps' record for every step that ended and every step just started; each
                    // started step waits for it before its work begins, so a step is on record as Executing before it
                    // does anything (as when each step wrote the record itself, 48 times over for a fan-out of 48).
                    // One step (a chain) writes it on its own thread; for several, the coordinator writes it while
                    // their threads wake up (measured faster for fan-outs: PipelineEngineBenchmark run5/run6)
                    Batch batch = new Batch();
                    boolean coordinatorWrites = launched.size() > 1;
                    if (coordinatorWrites) {
                        batch.claimed.set(true);
                    }
                    for (StepRun r : launched) {
                        r.batch = batch;
                        pool.execute(() -> runStep(r));
                    }
                    if (coordinatorWrites) {
                        try {
                            writeSteps();
                        } finally {
                            batch.written.countDown();
                        }
                    }
                } else if (ended) {
                    writeSteps();
                }
                ended = false;
                if (running == 0) {
                    break;
                }
                StepRun first = finished.poll(1, TimeUnit.SECONDS);
                if (first == null) {
                    continue;
                }
                List<StepRun> batch = new ArrayList<>();
                batch.add(first);
                finished.drainTo(batch);
                for (StepRun r : batch) {
                    if (r.step == null) {
                        continue;
                    }
                    running--;
                    ended = true;
                    if (!r.status.equals("Succeeded") && failed == null && !r.status.equals("Stopped")) {
                        failed = r;
                    }
                }
            }
            if (stopRequested) {
                status = "Stopped";
            } else if (failed != null) {
                status = "Failed";
                reason = failed.failureReason;
            } else {
                status = "Succeeded";
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            status = "Stopped";
        } catch (RuntimeException | Error e) {
            LOG.error("pipeline execution {} failed", arn, e);
            status = "Failed";
            reason = "InternalServerError: " + e;
        }
        writeSteps();
        writeRecord(status, reason);
        part.ended(this);
    }

    /**
     * Marks every step whose dependencies are done as started (or skipped) and returns the started ones, for the
     * coordinator to record them all in one write and then hand them to the pool.
     */
    private List<StepRun> launchReady() {
        List<StepRun> launched = new ArrayList<>();
        boolean changed = true;
        while (changed) {
            changed = false;
            for (PipelineDefinition.Step s : definition.steps.values()) {
                if (runs.containsKey(s.name) || skipped.contains(s.name)) {
                    continue;
                }
                if (selective != null && !selective.selected.contains(s.name)) {
                    StepRun kept = keptFromSource(s);
                    if (kept == null) {
                        skipped.add(s.name);
                    } else {
                        runs.put(s.name, kept);
                    }
                    changed = true;
                    continue;
                }
                boolean ready = true;
                boolean skip = false;
                for (String d : s.dependsOn) {
                    if (skipped.contains(d)) {
                        skip = true;
                        break;
                    }
                    StepRun dr = runs.get(d);
                    if (dr == null || !dr.done()) {
                        ready = false;
                        continue;
                    }
                    if (!dr.status.equals("Succeeded")) {
                        skip = true;
                        break;
                    }
                    if (d.equals(s.condition) && dr.properties.path("Outcome").asBoolean() != s.ifBranch) {
                        skip = true;
                        break;
                    }
                }
                if (skip) {
                    skipped.add(s.name);
                    changed = true;
                } else if (ready && failed == null && !stopRequested && running < maxParallel) {
                    StepRun r = new StepRun(s);
                    r.start = Instant.now();
                    r.status = "Executing";
                    runs.put(s.name, r);
                    running++;
                    launched.add(r);
                }
            }
        }
        return launched;
    }

    /**
     * A step that was not selected, with the results it had in the reference execution; null when it did not succeed
     * there (it does not run, and the start checked that no selected step depends on it).
     */
    private StepRun keptFromSource(PipelineDefinition.Step s) {
        JsonNode source = selective.sourceSteps.get(s.name);
        if (source == null || !"Succeeded".equals(source.path("StepStatus").asText())) {
            return null;
        }
        StepRun r = new StepRun(s);
        r.start = Instant.now();
        r.end = r.start;
        r.status = "Succeeded";
        r.attempts = 0;
        r.selectiveSource = selective.sourceArn;
        if (source.path("Metadata") instanceof ObjectNode m) {
            r.metadata = m.deepCopy();
        }
        ObjectNode properties = PipelineStore.read(selective.sourceDir.resolve("properties").resolve(s.name
                + ".json"));
        if (properties != null) {
            r.properties = properties;
        }
        writeProperties(r);
        return r;
    }

    // ------------------------------------------------------------------ one step

    private void runStep(StepRun r) {
        // the start time is when the step's thread begins (the gap after the dependencies counts the engine's whole
        // hand-off); the work waits until the coordinator's write has put the step on record as Executing
        r.startNanos = System.nanoTime();
        r.start = Instant.now();
        int retries = 0;
        Map<Integer, Integer> perPolicy = new TreeMap<>();
        try {
            r.batch.recorded(this);
            while (true) {
                r.attempts++;
                try {
                    execute(r);
                    r.status = "Succeeded";
                    break;
                } catch (StepFailed f) {
                    if (f.stopped) {
                        r.status = "Stopped";
                        r.failureReason = f.getMessage();
                        break;
                    }
                    long waitMillis = retryWait(r, f, perPolicy);
                    if (waitMillis < 0 || stopRequested) {
                        r.status = "Failed";
                        r.failureReason = JobLifecycle.cut(f.getMessage());
                        break;
                    }
                    retries++;
                    LOG.info("pipeline {} step {} failed ({}); retry {} in {} ms", pipelineName, r.step.name,
                            f.getMessage(), retries, waitMillis);
                    sleep(waitMillis);
                }
            }
        } catch (RuntimeException | Error e) {
            LOG.error("pipeline {} step {} failed", pipelineName, r.step.name, e);
            r.status = "Failed";
            r.failureReason = JobLifecycle.cut("InternalServerError: " + e);
        }
        r.end = Instant.now();
        r.endNanos = System.nanoTime();
        // the dependents may start now (they read the properties in memory); the coordinator records this step's
        // end in its next write of the steps (one write for all the steps that ended and started meanwhile), and
        // the properties file follows here, outside any lock (each step has its own file)
        finished.offer(r);
        if (r.status.equals("Succeeded")) {
            writeProperties(r);
        }
    }

    private void sleep(long millis) {
        long until = System.nanoTime() + millis * 1_000_000L;
        try {
            while (!stopRequested) {
                long left = (until - System.nanoTime()) / 1_000_000L;
                if (left <= 0) {
                    return;
                }
                Thread.sleep(Math.min(left, 100));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The wait before the next attempt, or -1 when no retry policy lets the step try again. */
    private long retryWait(StepRun r, StepFailed f, Map<Integer, Integer> perPolicy) {
        int i = 0;
        for (JsonNode p : r.step.node.path("RetryPolicies")) {
            int index = i++;
            boolean matches = false;
            for (JsonNode t : p.path("ExceptionType")) {
                matches |= t.asText().equals(f.exceptionType);
            }
            for (JsonNode t : p.path("FailureReasonType")) {
                matches |= t.asText().equals(f.failureReasonType);
            }
            if (!matches) {
                continue;
            }
            int done = perPolicy.getOrDefault(index, 0);
            int max = p.path("MaxAttempts").asInt(5);
            if (p.has("ExpireAfterMin") && Duration.between(r.start, Instant.now()).toMinutes()
                    >= p.get("ExpireAfterMin").asLong()) {
                return -1;
            }
            if (done >= max) {
                return -1;
            }
            perPolicy.put(index, done + 1);
            double interval = p.path("IntervalSeconds").asDouble(1) * Math.pow(p.path("BackoffRate").asDouble(2.0),
                    done);
            double scale = Double.parseDouble(System.getProperty(RETRY_SCALE_PROPERTY, "1"));
            return (long) (interval * 1000 * scale);
        }
        return -1;
    }

    private void execute(StepRun r) throws StepFailed {
        PipelineDefinition.Step s = r.step;
        Resolver resolver = new Resolver(this, context);
        JsonNode args;
        try {
            args = resolver.resolve(PipelineDefinition.ownArguments(s));
        } catch (Resolver.Unresolved e) {
            throw new StepFailed("ClientError: " + e.getMessage(), null, null, false);
        }
        boolean cached = s.node.path("CacheConfig").path("Enabled").asBoolean(false);
        String key = null;
        if (cached) {
            key = cacheKey(s, args);
            if (reuse(r, key)) {
                return;
            }
        }
        switch (s.type) {
            case "Condition":
                boolean outcome = true;
                for (JsonNode c : args.path("Conditions")) {
                    outcome &= resolver.condition(c);
                }
                ((ObjectNode) r.properties).put("Outcome", outcome);
                r.metadata.putObject("Condition").put("Outcome", outcome ? "True" : "False");
                break;
            case "Fail":
                String message = args.path("ErrorMessage").isMissingNode() ? "" : Resolver.text(args.get(
                        "ErrorMessage"));
                r.metadata.putObject("Fail").put("ErrorMessage", message);
                throw new StepFailed(message, null, null, false);
            case "Lambda":
                runFunction(r, args);
                break;
            case "Model":
                runModel(r, args);
                break;
            case "RegisterModel":
                runRegister(r, args);
                break;
            case "QualityCheck":
            case "ClarifyCheck":
                CheckSteps.run(this, r, args, context);
                break;
            default:
                runJob(r, args);
                break;
        }
        if (cached) {
            ObjectNode entry = NODES.objectNode();
            entry.put("Time", Instant.now().toEpochMilli());
            entry.put("ExecutionArn", arn);
            entry.set("Properties", r.properties);
            entry.set("Metadata", r.metadata);
            PipelineStore.write(part.store().cacheFile(pipelineName, key), entry);
        }
    }

    private static String cacheKey(PipelineDefinition.Step s, JsonNode args) {
        ObjectNode k = NODES.objectNode();
        k.put("Type", s.type);
        k.set("Arguments", args);
        k.set("PropertyFiles", s.node.path("PropertyFiles"));
        k.set("FunctionArn", s.node.path("FunctionArn"));
        k.set("OutputParameters", s.node.path("OutputParameters"));
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(canonical(k).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String canonical(JsonNode n) {
        if (n.isObject()) {
            StringBuilder sb = new StringBuilder("{");
            List<String> keys = new ArrayList<>();
            n.fieldNames().forEachRemaining(keys::add);
            keys.sort(Comparator.naturalOrder());
            for (String key : keys) {
                sb.append(NODES.textNode(key)).append(':').append(canonical(n.get(key))).append(',');
            }
            return sb.append('}').toString();
        }
        if (n.isArray()) {
            StringBuilder sb = new StringBuilder("[");
            for (JsonNode item : n) {
                sb.append(canonical(item)).append(',');
            }
            return sb.append(']').toString();
        }
        return n.toString();
    }

    private boolean reuse(StepRun r, String key) {
        ObjectNode entry = PipelineStore.read(part.store().cacheFile(pipelineName, key));
        if (entry == null) {
            return false;
        }
        String expire = r.step.node.path("CacheConfig").path("ExpireAfter").asText(null);
        if (expire != null && Instant.ofEpochMilli(entry.path("Time").asLong()).plus(duration(expire))
                .isBefore(Instant.now())) {
            return false;
        }
        r.properties = entry.path("Properties");
        r.metadata = (ObjectNode) entry.path("Metadata");
        r.cacheSource = entry.path("ExecutionArn").asText();
        return true;
    }

    /** An ISO-8601 duration or period ({@code PT1H}, {@code P30d}, {@code P1M}). */
    static Duration duration(String iso) {
        try {
            return Duration.parse(iso);
        } catch (java.time.format.DateTimeParseException e) {
            Period p = Period.parse(iso);
            return Duration.ofDays(p.toTotalMonths() * 30 + p.getDays());
        }
    }

    String generatedName(String stepName) {
        String clean = stepName.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (clean.length() > 30) {
            clean = clean.substring(0, 30).replaceAll("-+$", "");
        }
        String random = UUID.randomUUID().toString().substring(0, 5);
        return ("pipelines-" + id + "-" + clean + "-" + random).toLowerCase(Locale.ROOT);
    }

    /** A job's name from a custom prefix: {@code <prefix>-<12 random characters>}, at most 63 characters. */
    static String prefixedName(String prefix) {
        String random = UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        String base = prefix.length() > 50 ? prefix.substring(0, 50).replaceAll("-+$", "") : prefix;
        return base + "-" + random;
    }

    /** One kind of job step: how to create, describe and stop its job. */
    private static final class JobOps {
        String nameField;
        String metadataKey;
        Function<ObjectNode, String> create;
        Function<String, SdkPojo> describe;
        Function<SdkPojo, String> status;
        Function<SdkPojo, String> reason;
        java.util.function.Consumer<String> stop;
    }

    private JobOps ops(String type) {
        JobOps o = new JobOps();
        switch (type) {
            case "Processing": {
                ProcessingJobsApi api = context.api(ProcessingJobsApi.CAPABILITY);
                o.nameField = "ProcessingJobName";
                o.metadataKey = "ProcessingJob";
                o.create = a -> api.createProcessingJob(SdkJson.fromJson(a, CreateProcessingJobRequest::builder))
                        .processingJobArn();
                o.describe = n -> api.describeProcessingJob(b(DescribeProcessingJobRequest.builder()
                        .processingJobName(n)));
                o.status = d -> ((DescribeProcessingJobResponse) d).processingJobStatusAsString();
                o.reason = d -> ((DescribeProcessingJobResponse) d).failureReason();
                o.stop = n -> api.stopProcessingJob(StopProcessingJobRequest.builder().processingJobName(n).build());
                return o;
            }
            case "Training": {
                TrainingJobsApi api = context.api(TrainingJobsApi.CAPABILITY);
                o.nameField = "TrainingJobName";
                o.metadataKey = "TrainingJob";
                o.create = a -> api.createTrainingJob(SdkJson.fromJson(a, CreateTrainingJobRequest::builder))
                        .trainingJobArn();
                o.describe = n -> api.describeTrainingJob(b(DescribeTrainingJobRequest.builder()
                        .trainingJobName(n)));
                o.status = d -> ((DescribeTrainingJobResponse) d).trainingJobStatusAsString();
                o.reason = d -> ((DescribeTrainingJobResponse) d).failureReason();
                o.stop = n -> api.stopTrainingJob(StopTrainingJobRequest.builder().trainingJobName(n).build());
                return o;
            }
            case "Transform": {
                TransformJobsApi api = context.api(TransformJobsApi.CAPABILITY);
                o.nameField = "TransformJobName";
                o.metadataKey = "TransformJob";
                o.create = a -> api.createTransformJob(SdkJson.fromJson(a, CreateTransformJobRequest::builder))
                        .transformJobArn();
                o.describe = n -> api.describeTransformJob(b(DescribeTransformJobRequest.builder()
                        .transformJobName(n)));
                o.status = d -> ((DescribeTransformJobResponse) d).transformJobStatusAsString();
                o.reason = d -> ((DescribeTransformJobResponse) d).failureReason();
                o.stop = n -> api.stopTransformJob(StopTransformJobRequest.builder().transformJobName(n).build());
                return o;
            }
            case "Tuning": {
                TuningJobsApi api = context.api(TuningJobsApi.CAPABILITY);
                o.nameField = "HyperParameterTuningJobName";
                o.metadataKey = "TuningJob";
                o.create = a -> api.createHyperParameterTuningJob(SdkJson.fromJson(a,
                        CreateHyperParameterTuningJobRequest::builder)).hyperParameterTuningJobArn();
                o.describe = n -> api.describeHyperParameterTuningJob(b(DescribeHyperParameterTuningJobRequest
                        .builder().hyperParameterTuningJobName(n)));
                o.status = d -> ((DescribeHyperParameterTuningJobResponse) d).hyperParameterTuningJobStatusAsString();
                o.reason = d -> ((DescribeHyperParameterTuningJobResponse) d).failureReason();
                o.stop = n -> api.stopHyperParameterTuningJob(StopHyperParameterTuningJobRequest.builder()
                        .hyperParameterTuningJobName(n).build());
                return o;
            }
            default:
                throw new IllegalStateException(type);
        }
    }

    private static <T> T b(software.amazon.awssdk.utils.builder.SdkBuilder<?, T> builder) {
        return builder.build();
    }

    private void runJob(StepRun r, JsonNode args) throws StepFailed {
        JobOps o = ops(r.step.type);
        // with PipelineDefinitionConfig(useCustomJobPrefix) the definition keeps the request's name as the prefix
        String prefix = args.path(o.nameField).isTextual() ? args.get(o.nameField).asText() : null;
        String name = prefix == null || prefix.isEmpty() ? generatedName(r.step.name) : prefixedName(prefix);
        ObjectNode request = args.deepCopy();
        request.put(o.nameField, name);
        String jobArn;
        try {
            jobArn = o.create.apply(request);
        } catch (RuntimeException e) {
            throw invocationFailure(e);
        }
        r.metadata = NODES.objectNode();
        r.metadata.putObject(o.metadataKey).put("Arn", jobArn);
        r.stopJob = () -> o.stop.accept(name);
        writeSteps();
        if (stopRequested) {
            r.stopJob.run();
        }
        SdkPojo d = o.describe.apply(name);
        try {
            while (!Set.of("Completed", "Failed", "Stopped").contains(o.status.apply(d))) {
                context.jobs().awaitChange(250);
                d = o.describe.apply(name);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StepFailed("Stopped: the engine was interrupted", null, null, true);
        }
        r.stopJob = null;
        ObjectNode props = SdkJson.toJson(d);
        if (r.step.type.equals("Tuning")) {
            props.set("TrainingJobSummaries", topTrainingJobs(name, (DescribeHyperParameterTuningJobResponse) d));
        }
        r.properties = props;
        String status = o.status.apply(d);
        if (status.equals("Stopped")) {
            throw new StepFailed("Stopped: the job " + name + " was stopped", null, null, true);
        }
        if (status.equals("Failed")) {
            String reason = o.reason.apply(d);
            throw new StepFailed(reason == null ? "the job " + name + " failed" : reason, null,
                    failureReasonType(reason), false);
        }
    }

    /**
     * A tuning step's {@code TrainingJobSummaries}: its training jobs best first (ascending objective values for
     * {@code Minimize}, descending for {@code Maximize}), jobs without a value last, at most 50 (Python's
     * {@code TuningStep.get_top_model_s3_uri} reads index 0 as the best).
     */
    private ArrayNode topTrainingJobs(String name, DescribeHyperParameterTuningJobResponse tuning) {
        TuningJobsApi api = context.api(TuningJobsApi.CAPABILITY);
        List<HyperParameterTrainingJobSummary> all = new ArrayList<>();
        String token = null;
        do {
            ListTrainingJobsForHyperParameterTuningJobResponse page = api.listTrainingJobsForHyperParameterTuningJob(
                    ListTrainingJobsForHyperParameterTuningJobRequest.builder().hyperParameterTuningJobName(name)
                            .maxResults(100).nextToken(token).build());
            all.addAll(page.trainingJobSummaries());
            token = page.nextToken();
        } while (token != null);
        HyperParameterTuningJobConfig config = tuning.hyperParameterTuningJobConfig();
        boolean maximize = config != null && config.hyperParameterTuningJobObjective() != null
                && "Maximize".equals(config.hyperParameterTuningJobObjective().typeAsString());
        Comparator<Float> byValue = maximize ? Comparator.<Float>reverseOrder() : Comparator.<Float>naturalOrder();
        all.sort(Comparator.comparing((HyperParameterTrainingJobSummary s) ->
                s.finalHyperParameterTuningJobObjectiveMetric() == null ? null
                        : s.finalHyperParameterTuningJobObjectiveMetric().value(), Comparator.nullsLast(byValue)));
        ArrayNode summaries = NODES.arrayNode();
        for (HyperParameterTrainingJobSummary s : all.subList(0, Math.min(50, all.size()))) {
            summaries.add(SdkJson.toJson(s));
        }
        return summaries;
    }

    /** SageMakerJobStepRetryPolicy's failure types, from a job's FailureReason. */
    static String failureReasonType(String reason) {
        if (reason == null) {
            return null;
        }
        if (reason.startsWith("InternalServerError")) {
            return "SageMaker.JOB_INTERNAL_ERROR";
        }
        if (reason.startsWith("CapacityError")) {
            return "SageMaker.CAPACITY_ERROR";
        }
        if (reason.startsWith("ResourceLimitExceeded")) {
            return "SageMaker.RESOURCE_LIMIT";
        }
        return null;
    }

    /** StepRetryPolicy's exception types, from what a call to the service (or a function) threw. */
    static StepFailed invocationFailure(Throwable e) {
        String type = e instanceof ThrottlingException ? "Step.THROTTLING"
                : e instanceof ClientException ? null : "Step.SERVICE_FAULT";
        String message = e instanceof ClientException ? "ClientError: " + e.getMessage()
                : (e instanceof ThrottlingException ? "ThrottlingException: " : "ServiceFault: ") + e.getMessage();
        return new StepFailed(message, type, null, false);
    }

    private void runModel(StepRun r, JsonNode args) throws StepFailed {
        HostingApi api = context.api(HostingApi.CAPABILITY);
        ObjectNode request = args.deepCopy();
        // a ModelName in the definition (PipelineDefinitionConfig(useCustomJobPrefix)) is the model name's prefix
        String prefix = request.path("ModelName").asText(null);
        String name = prefix == null || prefix.isEmpty() ? generatedName(r.step.name) : prefixedName(prefix);
        request.put("ModelName", name);
        try {
            String modelArn = api.createModel(SdkJson.fromJson(request, CreateModelRequest::builder)).modelArn();
            r.metadata.putObject("Model").put("Arn", modelArn);
            r.properties = SdkJson.toJson(api.describeModel(DescribeModelRequest.builder().modelName(name).build()));
        } catch (RuntimeException e) {
            throw invocationFailure(e);
        }
    }

    private void runRegister(StepRun r, JsonNode args) throws StepFailed {
        ModelPackagesApi api = context.api(ModelPackagesApi.CAPABILITY);
        ObjectNode request = args.deepCopy();
        if (!request.has("ModelPackageGroupName") && !request.has("ModelPackageName")) {
            request.put("ModelPackageName", generatedName(r.step.name));
        }
        try {
            String packageArn = api.createModelPackage(SdkJson.fromJson(request, CreateModelPackageRequest::builder))
                    .modelPackageArn();
            r.metadata.putObject("RegisterModel").put("Arn", packageArn);
            r.properties = SdkJson.toJson(api.describeModelPackage(DescribeModelPackageRequest.builder()
                    .modelPackageName(packageArn).build()));
        } catch (RuntimeException e) {
            throw invocationFailure(e);
        }
    }

    @SuppressWarnings("unchecked")
    private void runFunction(StepRun r, JsonNode args) throws StepFailed {
        String functionArn = r.step.node.path("FunctionArn").asText();
        ObjectNode lambda = r.metadata.putObject("Lambda");
        lambda.put("Arn", functionArn);
        Function<Map<String, Object>, Map<String, Object>> function;
        try {
            function = part.function(functionArn);
        } catch (RuntimeException e) {
            throw new StepFailed("ClientError: " + e.getMessage(), null, null, false);
        }
        Map<String, Object> out;
        try {
            Map<String, Object> in = args.isObject() ? SdkJson.MAPPER.convertValue(args, Map.class) : Map.of();
            out = function.apply(in);
        } catch (RuntimeException e) {
            StepFailed f = invocationFailure(e);
            String message = e.getMessage() == null ? e.toString() : e.getMessage();
            throw new StepFailed(message, f.exceptionType, null, false);
        }
        ObjectNode outputs = NODES.objectNode();
        ArrayNode listed = lambda.putArray("OutputParameters");
        for (JsonNode declared : r.step.node.path("OutputParameters")) {
            String name = declared.path("OutputName").asText();
            Object value = out == null ? null : out.get(name);
            if (value == null) {
                throw new StepFailed("ClientError: the function " + functionArn + " returned no output " + name,
                        null, null, false);
            }
            JsonNode v = typedOutput(SdkJson.MAPPER.valueToTree(value), declared.path("OutputType").asText("String"));
            if (v == null) {
                throw new StepFailed("ClientError: the function " + functionArn + " returned " + value + " for output "
                        + name + ", which is not a " + declared.path("OutputType").asText(), null, null, false);
            }
            outputs.set(name, v);
            listed.addObject().put("Name", name).put("Value", v.isTextual() ? v.asText() : v.toString());
        }
        ObjectNode props = NODES.objectNode();
        props.set("OutputParameters", outputs);
        r.properties = props;
    }

    /** An output parameter's value converted to its OutputType, or null when it cannot be. */
    static JsonNode typedOutput(JsonNode v, String type) {
        try {
            switch (type) {
                case "Integer":
                    return NODES.numberNode(v.isNumber() ? v.longValue() : Long.parseLong(v.asText().trim()));
                case "Float":
                    return NODES.numberNode(v.isNumber() ? v.doubleValue() : Double.parseDouble(v.asText().trim()));
                case "Boolean":
                    if (v.isBoolean()) {
                        return v;
                    }
                    String t = v.asText();
                    return t.equalsIgnoreCase("true") || t.equalsIgnoreCase("false")
                            ? NODES.booleanNode(Boolean.parseBoolean(t)) : null;
                default:
                    return NODES.textNode(v.isValueNode() ? v.asText() : v.toString());
            }
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The value of a step property file read from the step's processing output. */
    JsonNode propertyFile(String stepName, String fileName) throws Resolver.Unresolved {
        StepRun source = runs.get(stepName);
        PipelineDefinition.Step step = definition.steps.get(stepName);
        if (source == null || !"Succeeded".equals(source.status)) {
            throw new Resolver.Unresolved("step " + stepName + " has not succeeded, so its property file "
                    + fileName + " cannot be read");
        }
        ObjectNode pf = step.propertyFiles.get(fileName);
        String output = pf.path("OutputName").asText();
        JsonNode uri = PropertyPaths.read(source.properties, "ProcessingOutputConfig.Outputs['" + output
                + "'].S3Output.S3Uri");
        if (!uri.isTextual()) {
            throw new Resolver.Unresolved("step " + stepName + " has no output " + output + " for property file "
                    + fileName);
        }
        String base = uri.asText();
        String file = (base.endsWith("/") ? base : base + "/") + pf.path("FilePath").asText();
        return readJson(file, "property file " + fileName + " of step " + stepName);
    }

    JsonNode readJson(String uri, String what) throws Resolver.Unresolved {
        try {
            return SdkJson.MAPPER.readTree(context.objectStore().getString(uri));
        } catch (RuntimeException | java.io.IOException e) {
            throw new Resolver.Unresolved("the " + what + " (" + uri + ") cannot be read: " + e.getMessage());
        }
    }

    StepRun run(String step) {
        return runs.get(step);
    }

    // ------------------------------------------------------------------ records

    private void writeProperties(StepRun r) {
        PipelineStore.write(dir.resolve("properties").resolve(r.step.name + ".json"), r.properties);
    }

    synchronized void writeSteps() {
        // a snapshot of each start: a step's thread stamps its start again when its work begins, and a sort must
        // not see a key change under it
        List<Map.Entry<StepRun, Instant>> list = new ArrayList<>();
        for (StepRun r : runs.values()) {
            Instant start = r.start;
            if (start != null) {
                list.add(Map.entry(r, start));
            }
        }
        list.sort(Map.Entry.<StepRun, Instant>comparingByValue().reversed());
        ArrayNode steps = NODES.arrayNode();
        for (Map.Entry<StepRun, Instant> e : list) {
            StepRun r = e.getKey();
            ObjectNode s = steps.addObject();
            s.put("StepName", r.step.name);
            if (r.step.node.hasNonNull("DisplayName")) {
                s.put("StepDisplayName", r.step.node.get("DisplayName").asText());
            }
            if (r.step.node.hasNonNull("Description")) {
                s.put("StepDescription", r.step.node.get("Description").asText());
            }
            s.put("StartTime", PipelineStore.seconds(e.getValue()));
            if (r.end != null) {
                s.put("EndTime", PipelineStore.seconds(r.end));
            }
            s.put("StepStatus", r.status);
            if (r.failureReason != null) {
                s.put("FailureReason", r.failureReason);
            }
            s.set("Metadata", r.metadata);
            s.put("AttemptCount", r.attempts);
            if (r.cacheSource != null) {
                s.putObject("CacheHitResult").put("SourcePipelineExecutionArn", r.cacheSource);
            }
            if (r.selectiveSource != null) {
                s.putObject("SelectiveExecutionResult").put("SourcePipelineExecutionArn", r.selectiveSource);
            }
        }
        ObjectNode file = NODES.objectNode();
        file.set("PipelineExecutionSteps", steps);
        PipelineStore.write(dir.resolve("steps.json"), file);
        synchronized (record) {
            record.put("LastModifiedTime", PipelineStore.seconds(Instant.now()));
        }
    }

    private void writeRecord(String status, String reason) {
        synchronized (record) {
            record.put("PipelineExecutionStatus", status);
            if (reason != null) {
                record.put("FailureReason", JobLifecycle.cut(reason));
            }
            record.put("LastModifiedTime", PipelineStore.seconds(Instant.now()));
            PipelineStore.write(dir.resolve("execution.json"), record);
        }
    }

    ObjectNode record() {
        synchronized (record) {
            return record.deepCopy();
        }
    }

    /** The step names whose runs this execution holds (for the benchmark and tests). */
    Map<String, long[]> timings() {
        Map<String, long[]> out = new TreeMap<>();
        for (StepRun r : runs.values()) {
            out.put(r.step.name, new long[] {r.startNanos, r.endNanos});
        }
        return out;
    }

}
