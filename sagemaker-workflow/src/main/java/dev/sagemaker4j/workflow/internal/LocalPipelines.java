/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.workflow.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sagemaker4j.exceptions.ResourceInUseException;
import dev.sagemaker4j.exceptions.ResourceNotFoundException;
import dev.sagemaker4j.exceptions.ValidationException;
import dev.sagemaker4j.local.Listing;
import dev.sagemaker4j.local.LocalContext;
import dev.sagemaker4j.local.LocalPart;
import dev.sagemaker4j.local.SdkJson;
import dev.sagemaker4j.spi.Capabilities;
import dev.sagemaker4j.spi.PipelinesApi;
import dev.sagemaker4j.spi.SchedulerApi;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.regex.Pattern;
import software.amazon.awssdk.services.sagemaker.model.*;

/**
 * The local backend's pipelines: serves every operation of {@link PipelinesApi} and runs executions in-process
 * (see {@link Execution}). Pipelines and executions are kept as files under {@code <root>/pipelines} (see
 * {@link PipelineStore}), so a new session on the same root describes them; an execution that was running in a
 * process that has ended reads as {@code Failed}.
 *
 * <p>A {@code Lambda} step runs a Java function locally: its {@code FunctionArn} is {@code java:<class name>}, a
 * class with a public no-argument constructor implementing {@code java.util.function.Function<Map<String, Object>,
 * Map<String, Object>>}; it gets the step's resolved {@code Arguments} and returns its {@code OutputParameters} by
 * name.
 *
 * <p>It also serves {@link SchedulerApi} for schedules whose target is one of its pipelines (see
 * {@code LocalPipelineSchedules}), which is what {@code Pipeline.putTriggers} calls.
 */
public final class LocalPipelines implements LocalPart, PipelinesApi {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Pattern NAME = Pattern.compile("[a-zA-Z0-9](-*[a-zA-Z0-9]){0,255}");
    private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final LocalContext context;
    private final PipelineStore store;
    private final Object lock = new Object();
    private final Map<String, Execution> active = new ConcurrentHashMap<>();
    private final Map<String, Function<Map<String, Object>, Map<String, Object>>> functions =
            new ConcurrentHashMap<>();
    private final ExecutorService pool;
    private final LocalPipelineSchedules schedules;

    /**
     * Opens the pipelines of a session's root.
     *
     * @param context what the parts share
     */
    public LocalPipelines(LocalContext context) {
        this.context = context;
        this.store = new PipelineStore(context.root());
        AtomicInteger n = new AtomicInteger();
        this.pool = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "sm4j-pipeline-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        this.schedules = new LocalPipelineSchedules(this, context);
    }

    @Override
    public String backendName() {
        return "local";
    }

    @Override
    public void offer(Capabilities capabilities) {
        capabilities.offer(PipelinesApi.CAPABILITY, this);
        capabilities.offer(SchedulerApi.CAPABILITY, schedules);
    }

    @Override
    public void close() {
        schedules.close();
        for (Execution e : active.values()) {
            e.requestStop();
        }
        pool.shutdown();
        try {
            pool.awaitTermination(10, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        pool.shutdownNow();
    }

    /** The session's pipeline schedules (tests drive them with a clock of their own). */
    LocalPipelineSchedules schedules() {
        return schedules;
    }

    PipelineStore store() {
        return store;
    }

    void ended(Execution e) {
        active.remove(e.arn);
    }

    /** The execution running in this session (benchmarks read its timings), or null. */
    Execution activeExecution(String arn) {
        return active.get(arn);
    }

    Function<Map<String, Object>, Map<String, Object>> function(String functionArn) {
        return functions.computeIfAbsent(functionArn, arn -> {
            if (!arn.startsWith("java:")) {
                throw new ValidationException("FunctionArn", arn, "names a function the local engine cannot call",
                        "use java:<class name> for a class implementing Function<Map<String, Object>,"
                                + " Map<String, Object>>, or run the pipeline on SageMaker");
            }
            String className = arn.substring("java:".length());
            try {
                Class<?> c = Class.forName(className, true, Thread.currentThread().getContextClassLoader() == null
                        ? LocalPipelines.class.getClassLoader() : Thread.currentThread().getContextClassLoader());
                Object o = c.getDeclaredConstructor().newInstance();
                if (!(o instanceof Function)) {
                    throw new ValidationException("FunctionArn", arn, "names a class that is not a Function",
                            "implement Function<Map<String, Object>, Map<String, Object>>");
                }
                @SuppressWarnings("unchecked")
                Function<Map<String, Object>, Map<String, Object>> f = (Function<Map<String, Object>,
                        Map<String, Object>>) o;
                return f;
            } catch (ReflectiveOperationException | LinkageError e) {
                throw new ValidationException("FunctionArn", arn, "cannot be loaded: " + e, "check the class name"
                        + " and that it has a public no-argument constructor", e);
            }
        });
    }

    // ---------------------------------------------------------------- helpers

    private String pipelineArn(String name) {
        return "arn:aws:sagemaker:" + context.region() + ":" + context.accountId() + ":pipeline/"
                + name.toLowerCase(Locale.ROOT);
    }

    private static String nameOf(String nameOrArn) {
        if (nameOrArn != null && nameOrArn.startsWith("arn:")) {
            int i = nameOrArn.indexOf(":pipeline/");
            if (i >= 0) {
                String rest = nameOrArn.substring(i + ":pipeline/".length());
                int slash = rest.indexOf('/');
                return slash < 0 ? rest : rest.substring(0, slash);
            }
        }
        return nameOrArn;
    }

    private ObjectNode pipeline(String nameOrArn) {
        require("PipelineName", nameOrArn);
        String name = nameOf(nameOrArn);
        ObjectNode p = PipelineStore.read(store.pipelineDir(name).resolve("pipeline.json"));
        if (p == null) {
            throw new ResourceNotFoundException("pipeline", name, "check the name; list them with ListPipelines");
        }
        return p;
    }

    private static void require(String field, Object value) {
        if (value == null || (value instanceof String && ((String) value).isEmpty())) {
            throw new ValidationException(field, value, "is missing", "give the " + field);
        }
    }

    private String definitionText(String inline, PipelineDefinitionS3Location s3) {
        if (inline != null) {
            return inline;
        }
        if (s3 != null) {
            return context.objectStore().getString("s3://" + s3.bucket() + "/" + s3.objectKey());
        }
        return null;
    }

    private static String randomId() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            sb.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }

    private static ObjectNode user() {
        return NODES.objectNode();
    }

    // ---------------------------------------------------------------- pipelines

    @Override
    public CreatePipelineResponse createPipeline(CreatePipelineRequest request) {
        require("PipelineName", request.pipelineName());
        require("RoleArn", request.roleArn());
        String name = request.pipelineName();
        if (!NAME.matcher(name).matches()) {
            throw new ValidationException("PipelineName", name, "must match [a-zA-Z0-9](-*[a-zA-Z0-9]){0,255}",
                    "use letters, digits and hyphens");
        }
        String json = definitionText(request.pipelineDefinition(), request.pipelineDefinitionS3Location());
        PipelineDefinition.parse(json);
        synchronized (lock) {
            Path dir = store.pipelineDir(name);
            if (Files.exists(dir.resolve("pipeline.json"))) {
                throw new ResourceInUseException("pipeline", name, "Pipeline names must be unique within an AWS"
                        + " account and region, and a pipeline with the name '" + name + "' already exists. Update"
                        + " it with UpdatePipeline, or choose another name");
            }
            Instant now = Instant.now();
            ObjectNode p = NODES.objectNode();
            p.put("PipelineArn", pipelineArn(name));
            p.put("PipelineName", name);
            p.put("PipelineDisplayName", request.pipelineDisplayName() != null ? request.pipelineDisplayName()
                    : name);
            p.put("PipelineDefinition", json);
            if (request.pipelineDescription() != null) {
                p.put("PipelineDescription", request.pipelineDescription());
            }
            p.put("RoleArn", request.roleArn());
            p.put("PipelineStatus", "Active");
            p.put("CreationTime", PipelineStore.seconds(now));
            p.put("LastModifiedTime", PipelineStore.seconds(now));
            p.set("CreatedBy", user());
            p.set("LastModifiedBy", user());
            if (request.parallelismConfiguration() != null) {
                p.set("ParallelismConfiguration", SdkJson.toJson(request.parallelismConfiguration()));
            }
            versions(p);
            PipelineStore.write(dir.resolve("pipeline.json"), p);
            return CreatePipelineResponse.builder().pipelineArn(pipelineArn(name)).build();
        }
    }

    @Override
    public DescribePipelineResponse describePipeline(DescribePipelineRequest request) {
        ObjectNode p = pipeline(request.pipelineName());
        if (request.pipelineVersionId() != null) {
            p.put("PipelineDefinition", version(p, request.pipelineVersionId()).path("PipelineDefinition").asText());
        }
        return SdkJson.fromJson(p, DescribePipelineResponse::builder);
    }

    /**
     * The pipeline's versions, oldest first ({@code PipelineVersions} of its record; a pipeline recorded before
     * versions were kept has its definition as version 1).
     */
    private static ArrayNode versions(ObjectNode p) {
        JsonNode versions = p.get("PipelineVersions");
        if (versions instanceof ArrayNode a && !a.isEmpty()) {
            return a;
        }
        ArrayNode a = p.putArray("PipelineVersions");
        ObjectNode first = a.addObject();
        first.put("PipelineVersionId", 1L);
        first.set("CreationTime", p.path("CreationTime"));
        first.put("PipelineDefinition", p.path("PipelineDefinition").asText());
        return a;
    }

    private static ObjectNode version(ObjectNode p, Long id) {
        ArrayNode versions = versions(p);
        if (id == null) {
            return (ObjectNode) versions.get(versions.size() - 1);
        }
        for (JsonNode v : versions) {
            if (v.path("PipelineVersionId").asLong() == id) {
                return (ObjectNode) v;
            }
        }
        throw new ResourceNotFoundException("pipeline version", p.path("PipelineName").asText() + " version " + id,
                "list the versions with ListPipelineVersions");
    }

    @Override
    public ListPipelineVersionsResponse listPipelineVersions(ListPipelineVersionsRequest request) {
        ObjectNode p = pipeline(request.pipelineName());
        List<ObjectNode> all = new ArrayList<>();
        for (JsonNode v : versions(p)) {
            all.add((ObjectNode) v);
        }
        Listing.Page<ObjectNode> page = Listing.of(all).after(request.createdAfter(), LocalPipelines::created)
                .before(request.createdBefore(), LocalPipelines::created)
                .page(null, request.sortOrderAsString(), Map.of("CreationTime",
                        Comparator.comparingLong((ObjectNode v) -> v.path("PipelineVersionId").asLong())),
                        request.maxResults(), request.nextToken());
        String arn = p.path("PipelineArn").asText();
        return ListPipelineVersionsResponse.builder().pipelineVersionSummaries(page.map(v -> PipelineVersionSummary
                .builder().pipelineArn(arn).pipelineVersionId(v.path("PipelineVersionId").asLong())
                .creationTime(created(v))
                .lastExecutionPipelineExecutionArn(v.path("LastExecutionPipelineExecutionArn").asText(null))
                .build())).nextToken(page.nextToken()).build();
    }

    @Override
    public UpdatePipelineResponse updatePipeline(UpdatePipelineRequest request) {
        synchronized (lock) {
            ObjectNode p = pipeline(request.pipelineName());
            String json = definitionText(request.pipelineDefinition(), request.pipelineDefinitionS3Location());
            if (json != null) {
                PipelineDefinition.parse(json);
                p.put("PipelineDefinition", json);
                // every new definition is a new version, as on the service
                ArrayNode versions = versions(p);
                ObjectNode version = versions.addObject();
                version.put("PipelineVersionId", versions.get(versions.size() - 2).path("PipelineVersionId")
                        .asLong() + 1);
                version.put("CreationTime", PipelineStore.seconds(Instant.now()));
                version.put("PipelineDefinition", json);
            }
            if (request.pipelineDisplayName() != null) {
                p.put("PipelineDisplayName", request.pipelineDisplayName());
            }
            if (request.pipelineDescription() != null) {
                p.put("PipelineDescription", request.pipelineDescription());
            }
            if (request.roleArn() != null) {
                p.put("RoleArn", request.roleArn());
            }
            if (request.parallelismConfiguration() != null) {
                p.set("ParallelismConfiguration", SdkJson.toJson(request.parallelismConfiguration()));
            }
            p.put("LastModifiedTime", PipelineStore.seconds(Instant.now()));
            PipelineStore.write(store.pipelineDir(p.path("PipelineName").asText()).resolve("pipeline.json"), p);
            return UpdatePipelineResponse.builder().pipelineArn(p.path("PipelineArn").asText()).build();
        }
    }

    @Override
    public DeletePipelineResponse deletePipeline(DeletePipelineRequest request) {
        synchronized (lock) {
            ObjectNode p = pipeline(request.pipelineName());
            String arn = p.path("PipelineArn").asText();
            for (Execution e : active.values()) {
                if (e.pipelineArn.equals(arn)) {
                    e.requestStop();
                }
            }
            PipelineStore.deleteTree(store.pipelineDir(p.path("PipelineName").asText()));
            return DeletePipelineResponse.builder().pipelineArn(arn).build();
        }
    }

    @Override
    public ListPipelinesResponse listPipelines(ListPipelinesRequest request) {
        List<ObjectNode> all = new ArrayList<>();
        for (String dir : store.pipelineDirs()) {
            ObjectNode p = PipelineStore.read(store.pipelineDir(dir).resolve("pipeline.json"));
            if (p != null) {
                all.add(p);
            }
        }
        Listing<ObjectNode> listing = Listing.of(all);
        if (request.pipelineNamePrefix() != null) {
            String prefix = request.pipelineNamePrefix().toLowerCase(Locale.ROOT);
            listing = Listing.of(all.stream().filter(p -> p.path("PipelineName").asText().toLowerCase(Locale.ROOT)
                    .startsWith(prefix)).toList());
        }
        Listing.Page<ObjectNode> page = listing.after(request.createdAfter(), LocalPipelines::created)
                .before(request.createdBefore(), LocalPipelines::created)
                .page(request.sortByAsString(), request.sortOrderAsString(), Map.of(
                        "CreationTime", Comparator.comparing(LocalPipelines::created),
                        "Name", Comparator.comparing((ObjectNode p) -> p.path("PipelineName").asText())),
                        request.maxResults(), request.nextToken());
        return ListPipelinesResponse.builder().pipelineSummaries(page.map(p -> PipelineSummary.builder()
                .pipelineArn(p.path("PipelineArn").asText()).pipelineName(p.path("PipelineName").asText())
                .pipelineDisplayName(p.path("PipelineDisplayName").asText(null))
                .pipelineDescription(p.path("PipelineDescription").asText(null)).roleArn(p.path("RoleArn").asText())
                .creationTime(created(p)).lastModifiedTime(time(p.path("LastModifiedTime")))
                .lastExecutionTime(p.has("LastRunTime") ? time(p.get("LastRunTime")) : null).build()))
                .nextToken(page.nextToken()).build();
    }

    private static Instant created(ObjectNode p) {
        return time(p.path("CreationTime"));
    }

    private static Instant time(JsonNode seconds) {
        java.math.BigDecimal s = seconds.decimalValue();
        long whole = s.longValue();
        return Instant.ofEpochSecond(whole, s.subtract(java.math.BigDecimal.valueOf(whole)).movePointRight(9)
                .longValue());
    }

    // ---------------------------------------------------------------- executions

    @Override
    public StartPipelineExecutionResponse startPipelineExecution(StartPipelineExecutionRequest request) {
        ObjectNode p = pipeline(request.pipelineName());
        String name = p.path("PipelineName").asText();
        long versionId = version(p, request.pipelineVersionId()).path("PipelineVersionId").asLong();
        PipelineDefinition definition = PipelineDefinition.parse(version(p, versionId).path("PipelineDefinition")
                .asText());
        Execution.Selective selective = selective(p, definition, request.selectiveExecutionConfig());
        Map<String, JsonNode> values = new LinkedHashMap<>();
        Set<String> given = new HashSet<>();
        ArrayNode listed = NODES.arrayNode();
        for (software.amazon.awssdk.services.sagemaker.model.Parameter given1 : request.pipelineParameters()) {
            String field = "PipelineParameters[" + given1.name() + "]";
            PipelineDefinition.Parameter declared = definition.parameters.get(given1.name());
            if (declared == null) {
                throw new ValidationException(field + ".Name", given1.name(), "is not a parameter of pipeline "
                        + name, "use one of " + definition.parameters.keySet());
            }
            if (given1.value() == null) {
                throw new ValidationException(field + ".Value", null, "is missing", "give the value");
            }
            values.put(declared.name, PipelineDefinition.typed(declared, given1.value(), field + ".Value"));
            given.add(declared.name);
        }
        for (PipelineDefinition.Parameter declared : definition.parameters.values()) {
            if (!given.contains(declared.name)) {
                if (declared.defaultValue == null) {
                    throw new ValidationException("PipelineParameters[" + declared.name + "]", null,
                            "is missing: parameter " + declared.name + " (" + declared.type + ") has no default",
                            "give it in PipelineParameters");
                }
                values.put(declared.name, PipelineDefinition.typed(declared, declared.defaultValue.asText(),
                        "PipelineDefinition.Parameters[" + declared.name + "].DefaultValue"));
            }
            JsonNode v = values.get(declared.name);
            listed.addObject().put("Name", declared.name).put("Value", Resolver.text(v));
        }
        int maxParallel = Integer.MAX_VALUE;
        JsonNode configured = request.parallelismConfiguration() != null
                ? SdkJson.toJson(request.parallelismConfiguration()) : p.path("ParallelismConfiguration");
        if (configured.has("MaxParallelExecutionSteps")) {
            maxParallel = configured.get("MaxParallelExecutionSteps").asInt();
            if (maxParallel < 1) {
                throw new ValidationException("ParallelismConfiguration.MaxParallelExecutionSteps", maxParallel,
                        "must be at least 1", "give 1 or more");
            }
        }
        String id = randomId();
        String arn = p.path("PipelineArn").asText() + "/execution/" + id;
        Path dir = store.executionDir(name, id);
        Instant now = Instant.now();
        ObjectNode record = NODES.objectNode();
        record.put("PipelineArn", p.path("PipelineArn").asText());
        record.put("PipelineExecutionArn", arn);
        record.put("PipelineExecutionDisplayName", request.pipelineExecutionDisplayName() != null
                ? request.pipelineExecutionDisplayName() : "execution-" + now.toEpochMilli());
        record.put("PipelineExecutionStatus", "Executing");
        if (request.pipelineExecutionDescription() != null) {
            record.put("PipelineExecutionDescription", request.pipelineExecutionDescription());
        }
        record.put("CreationTime", PipelineStore.seconds(now));
        record.put("LastModifiedTime", PipelineStore.seconds(now));
        record.set("CreatedBy", user());
        record.set("LastModifiedBy", user());
        if (configured.has("MaxParallelExecutionSteps")) {
            record.set("ParallelismConfiguration", configured);
        }
        record.put("PipelineVersionId", versionId);
        if (request.selectiveExecutionConfig() != null) {
            record.set("SelectiveExecutionConfig", SdkJson.toJson(request.selectiveExecutionConfig()));
        }
        PipelineStore.writeText(dir.resolve("definition.json"), definition.json);
        ObjectNode params = NODES.objectNode();
        params.set("PipelineParameters", listed);
        PipelineStore.write(dir.resolve("parameters.json"), params);
        ObjectNode owner = NODES.objectNode();
        owner.put("Pid", ProcessHandle.current().pid());
        PipelineStore.write(dir.resolve("owner.json"), owner);
        PipelineStore.write(dir.resolve("execution.json"), record);
        synchronized (lock) {
            ObjectNode fresh = pipeline(name);
            fresh.put("LastRunTime", PipelineStore.seconds(now));
            version(fresh, versionId).put("LastExecutionPipelineExecutionArn", arn);
            PipelineStore.write(store.pipelineDir(name).resolve("pipeline.json"), fresh);
        }
        Execution e = new Execution(this, context, pool, definition, name, p.path("PipelineArn").asText(), id,
                values, maxParallel, dir, record, selective);
        e.writeSteps();
        active.put(arn, e);
        pool.execute(e);
        return StartPipelineExecutionResponse.builder().pipelineExecutionArn(arn).build();
    }

    /**
     * Checks a selective execution's configuration against the definition and its reference execution: the selected
     * steps exist, the reference is a finished execution of this pipeline, and each step a selected step depends on
     * is selected too or succeeded in the reference.
     */
    private Execution.Selective selective(ObjectNode p, PipelineDefinition definition,
            SelectiveExecutionConfig config) {
        if (config == null) {
            return null;
        }
        Set<String> selected = new LinkedHashSet<>();
        List<SelectedStep> steps = config.selectedSteps();
        if (steps.isEmpty()) {
            throw new ValidationException("SelectiveExecutionConfig.SelectedSteps", List.of(), "is empty",
                    "select at least one step");
        }
        for (int i = 0; i < steps.size(); i++) {
            String step = steps.get(i).stepName();
            if (!definition.steps.containsKey(step)) {
                throw new ValidationException("SelectiveExecutionConfig.SelectedSteps[" + i + "].StepName", step,
                        "is not a step of pipeline " + p.path("PipelineName").asText(),
                        "select one of " + definition.steps.keySet());
            }
            selected.add(step);
        }
        String source = config.sourcePipelineExecutionArn();
        Map<String, JsonNode> sourceSteps = new LinkedHashMap<>();
        Path sourceDir = null;
        if (source != null) {
            if (!source.startsWith(p.path("PipelineArn").asText() + "/execution/")) {
                throw new ValidationException("SelectiveExecutionConfig.SourcePipelineExecutionArn", source,
                        "is not an execution of pipeline " + p.path("PipelineName").asText(),
                        "give an execution of the same pipeline");
            }
            String status = executionRecord(source).path("PipelineExecutionStatus").asText();
            if (!Set.of("Succeeded", "Failed", "Stopped").contains(status)) {
                throw new ValidationException("SelectiveExecutionConfig.SourcePipelineExecutionArn", source,
                        "is " + status + ": the reference execution must be Succeeded, Failed or Stopped",
                        "wait for it to end");
            }
            sourceDir = executionDir(source);
            ObjectNode file = PipelineStore.read(sourceDir.resolve("steps.json"));
            if (file != null) {
                for (JsonNode s : file.path("PipelineExecutionSteps")) {
                    sourceSteps.put(s.path("StepName").asText(), s);
                }
            }
        }
        for (String step : selected) {
            for (String d : definition.steps.get(step).dependsOn) {
                if (!selected.contains(d) && !"Succeeded".equals(sourceSteps.getOrDefault(d,
                        NODES.objectNode()).path("StepStatus").asText())) {
                    throw new ValidationException("SelectiveExecutionConfig.SelectedSteps", step,
                            "depends on step " + d + ", which is not selected and "
                                    + (source == null ? "has no reference execution to take its results from"
                                    : "did not succeed in the reference execution " + source),
                            "select " + d + " too, or give a reference execution in which it succeeded");
                }
            }
        }
        return new Execution.Selective(selected, source, sourceDir, sourceSteps);
    }

    /** The folder of an execution, from its ARN. */
    private Path executionDir(String arn) {
        require("PipelineExecutionArn", arn);
        int i = arn.indexOf(":pipeline/");
        int j = arn.indexOf("/execution/");
        if (!arn.startsWith("arn:") || i < 0 || j < i) {
            throw new ValidationException("PipelineExecutionArn", arn, "is not a pipeline execution ARN",
                    "give the ARN StartPipelineExecution returned");
        }
        String pipeline = arn.substring(i + ":pipeline/".length(), j);
        String id = arn.substring(j + "/execution/".length());
        Path dir = store.executionDir(pipeline, id);
        if (!Files.exists(dir.resolve("execution.json"))) {
            throw new ResourceNotFoundException("pipeline execution", arn,
                    "check the ARN; list them with ListPipelineExecutions");
        }
        return dir;
    }

    private ObjectNode executionRecord(String arn) {
        Execution running = active.get(arn);
        if (running != null) {
            return running.record();
        }
        Path dir = executionDir(arn);
        ObjectNode record = PipelineStore.read(dir.resolve("execution.json"));
        String status = record.path("PipelineExecutionStatus").asText();
        if (status.equals("Executing") || status.equals("Stopping")) {
            ObjectNode owner = PipelineStore.read(dir.resolve("owner.json"));
            long pid = owner == null ? -1 : owner.path("Pid").asLong();
            boolean alive = pid == ProcessHandle.current().pid() ? false
                    : ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
            if (!alive) {
                record.put("PipelineExecutionStatus", "Failed");
                record.put("FailureReason", "InternalServerError: the process that ran this pipeline execution"
                        + " (pid " + pid + ") ended before it finished");
                record.put("LastModifiedTime", PipelineStore.seconds(Instant.now()));
                PipelineStore.write(dir.resolve("execution.json"), record);
            }
        }
        return record;
    }

    @Override
    public DescribePipelineExecutionResponse describePipelineExecution(DescribePipelineExecutionRequest request) {
        return SdkJson.fromJson(executionRecord(request.pipelineExecutionArn()),
                DescribePipelineExecutionResponse::builder);
    }

    @Override
    public StopPipelineExecutionResponse stopPipelineExecution(StopPipelineExecutionRequest request) {
        String arn = request.pipelineExecutionArn();
        ObjectNode record = executionRecord(arn);
        Execution e = active.get(arn);
        if (e == null) {
            throw new ResourceInUseException("pipeline execution", arn, "the pipeline execution is "
                    + record.path("PipelineExecutionStatus").asText() + " and cannot be stopped");
        }
        e.requestStop();
        return StopPipelineExecutionResponse.builder().pipelineExecutionArn(arn).build();
    }

    @Override
    public ListPipelineExecutionsResponse listPipelineExecutions(ListPipelineExecutionsRequest request) {
        ObjectNode p = pipeline(request.pipelineName());
        String name = p.path("PipelineName").asText();
        List<ObjectNode> all = new ArrayList<>();
        for (String id : store.executionIds(name)) {
            String arn = p.path("PipelineArn").asText() + "/execution/" + id;
            // an execution a scheduler is starting right now has its directory before its record: not listed yet
            if (active.containsKey(arn) || Files.exists(store.executionDir(name, id).resolve("execution.json"))) {
                all.add(executionRecord(arn));
            }
        }
        Listing.Page<ObjectNode> page = Listing.of(all).after(request.createdAfter(), LocalPipelines::created)
                .before(request.createdBefore(), LocalPipelines::created)
                .page(request.sortByAsString(), request.sortOrderAsString(), Map.of(
                        "CreationTime", Comparator.comparing(LocalPipelines::created),
                        "PipelineExecutionArn", Comparator.comparing((ObjectNode e) -> e.path("PipelineExecutionArn")
                                .asText())), request.maxResults(), request.nextToken());
        return ListPipelineExecutionsResponse.builder().pipelineExecutionSummaries(page.map(e ->
                PipelineExecutionSummary.builder().pipelineExecutionArn(e.path("PipelineExecutionArn").asText())
                        .startTime(created(e)).pipelineExecutionStatus(e.path("PipelineExecutionStatus").asText())
                        .pipelineExecutionDescription(e.path("PipelineExecutionDescription").asText(null))
                        .pipelineExecutionDisplayName(e.path("PipelineExecutionDisplayName").asText(null))
                        .pipelineExecutionFailureReason(e.path("FailureReason").asText(null)).build()))
                .nextToken(page.nextToken()).build();
    }

    @Override
    public ListPipelineExecutionStepsResponse listPipelineExecutionSteps(ListPipelineExecutionStepsRequest request) {
        Path dir = executionDir(request.pipelineExecutionArn());
        ObjectNode file = PipelineStore.read(dir.resolve("steps.json"));
        List<PipelineExecutionStep> steps = file == null ? List.of() : SdkJson.fromJson(file,
                ListPipelineExecutionStepsResponse::builder).pipelineExecutionSteps();
        Listing.Page<PipelineExecutionStep> page = Listing.of(steps).page(null, request.sortOrderAsString(),
                Map.of("CreationTime", Comparator.comparing(PipelineExecutionStep::startTime)), request.maxResults()
                        == null ? 100 : request.maxResults(), request.nextToken());
        return ListPipelineExecutionStepsResponse.builder().pipelineExecutionSteps(page.items())
                .nextToken(page.nextToken()).build();
    }

    @Override
    public DescribePipelineDefinitionForExecutionResponse describePipelineDefinitionForExecution(
            DescribePipelineDefinitionForExecutionRequest request) {
        Path dir = executionDir(request.pipelineExecutionArn());
        ObjectNode record = PipelineStore.read(dir.resolve("execution.json"));
        return DescribePipelineDefinitionForExecutionResponse.builder()
                .pipelineDefinition(PipelineStore.readText(dir.resolve("definition.json")))
                .creationTime(created(record)).build();
    }

    @Override
    public ListPipelineParametersForExecutionResponse listPipelineParametersForExecution(
            ListPipelineParametersForExecutionRequest request) {
        Path dir = executionDir(request.pipelineExecutionArn());
        List<software.amazon.awssdk.services.sagemaker.model.Parameter> all = SdkJson.fromJson(
                PipelineStore.read(dir.resolve("parameters.json")),
                ListPipelineParametersForExecutionResponse::builder).pipelineParameters();
        int max = request.maxResults() == null ? 50 : request.maxResults();
        int start = request.nextToken() == null ? 0 : Integer.parseInt(request.nextToken());
        int end = Math.min(all.size(), start + max);
        return ListPipelineParametersForExecutionResponse.builder()
                .pipelineParameters(start >= all.size() ? List.of() : all.subList(start, end))
                .nextToken(end < all.size() ? Integer.toString(end) : null).build();
    }
}
