/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.monitor.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sagemaker4j.exceptions.ResourceInUseException;
import dev.sagemaker4j.exceptions.ResourceNotFoundException;
import dev.sagemaker4j.exceptions.StorageException;
import dev.sagemaker4j.exceptions.ValidationException;
import dev.sagemaker4j.local.AtomicFiles;
import dev.sagemaker4j.local.Listing;
import dev.sagemaker4j.local.LocalContext;
import dev.sagemaker4j.local.LocalPart;
import dev.sagemaker4j.local.LocalScheduler;
import dev.sagemaker4j.local.ScheduleExpression;
import dev.sagemaker4j.local.SdkJson;
import dev.sagemaker4j.spi.Capabilities;
import dev.sagemaker4j.spi.HostingApi;
import dev.sagemaker4j.spi.MonitoringApi;
import dev.sagemaker4j.spi.ProcessingJobsApi;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.services.sagemaker.model.*;

/**
 * The local backend's model monitoring (a {@link MonitoringApi} part): job definitions of the four monitoring types
 * and monitoring schedules, persisted under {@code <root>/monitoring/} (every record written with
 * {@link AtomicFiles}, so a new JVM on the same root lists them), and their executions.
 *
 * <p>An execution ({@link #runMonitoringSchedule(String, Instant)}, called by the local scheduler at each firing and by
 * {@code ModelMonitor.runMonitoringSchedule()} on demand) is what the service runs: it lists the endpoint's capture files in
 * the window (the hour before the scheduled time unless the schedule or the input sets offsets), copies their
 * complete records in the window into one staging file ({@code dataset_format} {@code sagemakerCaptureJson}), and
 * runs a processing job of the definition's image and environment over it, with the baseline, writing to
 * {@code <output>/<endpoint>/<schedule>/yyyy/mm/dd/hh}. ListMonitoringExecutions lists it as {@code Completed},
 * {@code CompletedWithViolations} (constraint_violations.json lists a violation) or {@code Failed} with its
 * FailureReason; an empty window is a Failed execution ("Job inputs had no data"), never an empty report.
 *
 * <p>The monitoring type decides how a definition becomes a processing job ({@link #planFor}); the local backend
 * runs {@code DataQuality} (and the types whose analyzers are registered); the others are stored, described and
 * listed, and their executions fail with a reason naming the type.
 */
public final class LocalMonitoring implements LocalPart, MonitoringApi {
    private static final Logger LOG = LoggerFactory.getLogger(LocalMonitoring.class);
    /** The service's schedule when a schedule names none: daily at midnight UTC. */
    private static final String DEFAULT_EXPRESSION = "cron(0 0 ? * * *)";
    static final String NO_DATA = "Job inputs had no data";
    private static final Pattern NAME = Pattern.compile("^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}$");
    private static final DateTimeFormatter HOUR_PATH = DateTimeFormatter.ofPattern("yyyy/MM/dd/HH")
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter JOB_TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmm")
            .withZone(ZoneOffset.UTC);
    private static final Set<String> TERMINAL = Set.of("Completed", "Failed", "Stopped");

    /** The monitoring types, with their request field prefix and ARN type. */
    public enum Type {
        /** Data quality (DefaultModelMonitor). */
        DATA_QUALITY("DataQuality", "data-quality-job-definition"),
        /** Model quality (ModelQualityMonitor). */
        MODEL_QUALITY("ModelQuality", "model-quality-job-definition"),
        /** Model bias (ModelBiasMonitor). */
        MODEL_BIAS("ModelBias", "model-bias-job-definition"),
        /** Model explainability (ModelExplainabilityMonitor). */
        MODEL_EXPLAINABILITY("ModelExplainability", "model-explainability-job-definition");

        private final String wire;
        private final String arnType;

        Type(String wire, String arnType) {
            this.wire = wire;
            this.arnType = arnType;
        }

        /**
         * The service's name of the type ({@code MonitoringType}, the request fields' prefix).
         *
         * @return e.g. {@code DataQuality}
         */
        public String wire() {
            return wire;
        }

        static Type of(String wire) {
            for (Type t : values()) {
                if (t.wire.equals(wire)) {
                    return t;
                }
            }
            throw new ValidationException("MonitoringType", wire, "is not a monitoring type",
                    "use DataQuality, ModelQuality, ModelBias or ModelExplainability");
        }
    }

    private final LocalContext context;
    private final Path root;
    private final Map<String, Object> locks = new ConcurrentHashMap<>();
    private volatile LocalScheduler scheduler;
    private final ExecutorService runs;
    /** The newest open instance per session root, for tests that fire the schedules on their own clock. */
    private static final Map<Path, LocalMonitoring> OPEN = new ConcurrentHashMap<>();

    /**
     * Creates the part and registers the stored schedules that are {@code Scheduled} with the kit's
     * {@link LocalScheduler}: each fires {@link #runMonitoringSchedule(String, Instant)} with its scheduled time at
     * the top of the hours of its cron (missed firings are not caught up).
     *
     * @param context the local backend's shared context
     */
    public LocalMonitoring(LocalContext context) {
        this.context = context;
        this.root = context.root().resolve("monitoring");
        this.scheduler = new LocalScheduler("monitoring");
        this.runs = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "sagemaker4j-monitoring-executions");
            t.setDaemon(true);
            return t;
        });
        for (ObjectNode s : schedules()) {
            if ("Scheduled".equals(s.path("MonitoringScheduleStatus").asText())) {
                register(s);
            }
        }
        OPEN.put(context.root().toAbsolutePath().normalize(), this);
    }

    @Override
    public void close() {
        OPEN.remove(context.root().toAbsolutePath().normalize(), this);
        scheduler.close();
        runs.shutdownNow();
    }

    /**
     * The open monitoring part of a local session, for tests of this module that drive its scheduler
     * ({@link #useClock}).
     *
     * @param sessionRoot the session's root folder
     * @return the part, or {@code null} when no session on that root is open
     */
    public static LocalMonitoring open(Path sessionRoot) {
        return OPEN.get(sessionRoot.toAbsolutePath().normalize());
    }

    /**
     * Replaces the scheduler's thread by a manual scheduler on a test's clock and registers the stored
     * {@code Scheduled} schedules again: a test moves its clock past the top of an hour and calls {@link #runDue()}
     * instead of waiting an hour. For tests of this module; user code has no reason to call it.
     *
     * @param testClock the clock the firings follow
     */
    public synchronized void useClock(java.time.Clock testClock) {
        LocalScheduler old = scheduler;
        scheduler = LocalScheduler.manual(testClock);
        old.close();
        for (ObjectNode s : schedules()) {
            if ("Scheduled".equals(s.path("MonitoringScheduleStatus").asText())) {
                register(s);
            }
        }
    }

    /**
     * Fires the schedules due on the clock of {@link #useClock}; each firing's execution runs on the executions'
     * thread, as the scheduler's would.
     *
     * @return how many firings were due
     */
    public int runDue() {
        return scheduler.runDue();
    }

    /** Registers (or replaces) a schedule's firings; a NOW schedule runs once, at once, and is not registered. */
    private void register(ObjectNode s) {
        String name = s.path("MonitoringScheduleName").asText();
        String expression = s.path("MonitoringScheduleConfig").path("ScheduleConfig").path("ScheduleExpression")
                .asText(DEFAULT_EXPRESSION);
        if (MonitoringCron.NOW.equals(expression.trim())) {
            scheduler.unregister(name);
            return;
        }
        scheduler.register(LocalScheduler.Registration.builder().id(name)
                .expression(ScheduleExpression.parse("ScheduleExpression", expression))
                .job(scheduledTime -> runs.submit(() -> fire(name, scheduledTime))).build());
    }

    private void fire(String name, Instant scheduledTime) {
        try {
            if (Files.exists(scheduleDir(name).resolve("schedule.json"))
                    && "Scheduled".equals(schedule(name).path("MonitoringScheduleStatus").asText())) {
                runMonitoringSchedule(name, scheduledTime);
            }
        } catch (RuntimeException e) {
            LOG.warn("Monitoring schedule {}: the execution scheduled at {} could not run", name, scheduledTime, e);
        }
    }

    @Override
    public String backendName() {
        return "local";
    }

    @Override
    public void offer(Capabilities capabilities) {
        capabilities.offer(MonitoringApi.CAPABILITY, this);
    }

    // ---------------------------------------------------------------- files

    private Path definitionFile(Type type, String name) {
        return root.resolve("job-definitions").resolve(type.wire).resolve(name.toLowerCase(Locale.ROOT) + ".json");
    }

    private Path scheduleDir(String name) {
        return root.resolve("schedules").resolve(name.toLowerCase(Locale.ROOT));
    }

    private static ObjectNode read(Path file) {
        try {
            return (ObjectNode) SdkJson.MAPPER.readTree(Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException | ClassCastException e) {
            throw new StorageException(file.toUri().toString(), "could not be read: " + e, false, e);
        }
    }

    private static List<Path> children(Path dir, boolean directories) {
        List<Path> out = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return out;
        }
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
            for (Path p : ds) {
                if (AtomicFiles.isTemporary(p) || Files.isDirectory(p) != directories) {
                    continue;
                }
                if (directories || p.getFileName().toString().endsWith(".json")) {
                    out.add(p);
                }
            }
        } catch (IOException e) {
            throw new StorageException(dir.toUri().toString(), "could not be listed: " + e, true, e);
        }
        out.sort(Comparator.naturalOrder());
        return out;
    }

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new StorageException(dir.toUri().toString(), "could not be deleted: " + e, true, e);
        }
    }

    private Object lock(String name) {
        return locks.computeIfAbsent(name.toLowerCase(Locale.ROOT), k -> new Object());
    }

    private String arn(String type, String name) {
        return "arn:aws:sagemaker:" + context.region() + ":" + context.accountId() + ":" + type + "/"
                + name.toLowerCase(Locale.ROOT);
    }

    private static void requireName(String field, String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new ValidationException(field, name, "must match ^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}$",
                    "use letters, digits and hyphens, 1 to 63 characters");
        }
    }

    // ---------------------------------------------------------------- job definitions

    private ObjectNode createDefinition(Type type, SdkPojo request, String name) {
        requireName("JobDefinitionName", name);
        ObjectNode json = SdkJson.toJson(request);
        for (String part : List.of("AppSpecification", "JobInput", "JobOutputConfig")) {
            if (!json.has(type.wire + part)) {
                throw new ValidationException(type.wire + part, null, "is missing",
                        "give the job definition's " + type.wire + part);
            }
        }
        if (!json.path("JobResources").has("ClusterConfig")) {
            throw new ValidationException("JobResources", null, "is missing", "give JobResources.ClusterConfig");
        }
        if (!json.hasNonNull("RoleArn")) {
            throw new ValidationException("RoleArn", null, "is missing", "give an IAM role ARN");
        }
        json.remove("Tags");
        json.put("JobDefinitionArn", arn(type.arnType, name));
        json.put("CreationTime", seconds(Instant.now()));
        synchronized (lock("definition/" + type.wire + "/" + name)) {
            Path file = definitionFile(type, name);
            if (Files.exists(file)) {
                throw new ResourceInUseException("job definition", name, "Job definition " + name
                        + " already exists (" + type.wire + ")");
            }
            AtomicFiles.writeJson(file, json);
        }
        return json;
    }

    private ObjectNode definition(Type type, String name) {
        ObjectNode d = name == null ? null : read(definitionFile(type, name));
        if (d == null) {
            throw new ResourceNotFoundException(type.wire + " job definition", name,
                    "create it with Create" + type.wire + "JobDefinition, or list them with List" + type.wire
                            + "JobDefinitions");
        }
        return d;
    }

    private void deleteDefinition(Type type, String name) {
        definition(type, name);
        for (ObjectNode s : schedules()) {
            JsonNode c = s.path("MonitoringScheduleConfig");
            if (name.equalsIgnoreCase(c.path("MonitoringJobDefinitionName").asText(""))
                    && type.wire.equals(c.path("MonitoringType").asText(""))) {
                throw new ResourceInUseException("job definition", name, "Job definition " + name
                        + " is used by monitoring schedule " + s.path("MonitoringScheduleName").asText()
                        + "; delete the schedule first");
            }
        }
        try {
            Files.deleteIfExists(definitionFile(type, name));
        } catch (IOException e) {
            throw new StorageException(definitionFile(type, name).toUri().toString(), "could not be deleted", true, e);
        }
    }

    private static String definitionEndpoint(Type type, JsonNode d) {
        return d.path(type.wire + "JobInput").path("EndpointInput").path("EndpointName").asText(null);
    }

    private List<MonitoringJobDefinitionSummary> listDefinitions(Type type, String nameContains, String endpoint,
            Instant after, Instant before, String sortBy, String sortOrder, Integer max, String token,
            Supplier<ListOut> out) {
        List<ObjectNode> all = new ArrayList<>();
        for (Path f : children(root.resolve("job-definitions").resolve(type.wire), false)) {
            ObjectNode d = read(f);
            if (d != null) {
                all.add(d);
            }
        }
        Listing.Page<ObjectNode> page = Listing.of(all)
                .nameContains(nameContains, d -> d.path("JobDefinitionName").asText())
                .equalTo(endpoint, d -> definitionEndpoint(type, d))
                .after(after, LocalMonitoring::created).before(before, LocalMonitoring::created)
                .page(sortBy, sortOrder, Map.of("CreationTime", Comparator.comparing(LocalMonitoring::created),
                        "Name", Comparator.comparing(d -> d.path("JobDefinitionName").asText())), max, token);
        out.get().nextToken = page.nextToken();
        return page.map(d -> MonitoringJobDefinitionSummary.builder()
                .monitoringJobDefinitionName(d.path("JobDefinitionName").asText())
                .monitoringJobDefinitionArn(d.path("JobDefinitionArn").asText())
                .creationTime(created(d)).endpointName(definitionEndpoint(type, d)).build());
    }

    /** The next token of a listing, handed out of the lambda. */
    private static final class ListOut {
        String nextToken;
    }

    private static Instant created(JsonNode d) {
        return instant(d.path("CreationTime"));
    }

    private static Instant instant(JsonNode seconds) {
        if (seconds.isMissingNode() || seconds.isNull()) {
            return Instant.EPOCH;
        }
        java.math.BigDecimal s = seconds.decimalValue();
        return Instant.ofEpochSecond(s.longValue(), s.remainder(java.math.BigDecimal.ONE).movePointRight(9).longValue());
    }

    private static java.math.BigDecimal seconds(Instant t) {
        return java.math.BigDecimal.valueOf(t.getEpochSecond()).add(java.math.BigDecimal.valueOf(t.getNano() / 1000, 6));
    }

    @Override
    public CreateDataQualityJobDefinitionResponse createDataQualityJobDefinition(
            CreateDataQualityJobDefinitionRequest request) {
        ObjectNode d = createDefinition(Type.DATA_QUALITY, request, request.jobDefinitionName());
        return CreateDataQualityJobDefinitionResponse.builder().jobDefinitionArn(d.path("JobDefinitionArn").asText())
                .build();
    }

    @Override
    public DescribeDataQualityJobDefinitionResponse describeDataQualityJobDefinition(
            DescribeDataQualityJobDefinitionRequest request) {
        return SdkJson.fromJson(definition(Type.DATA_QUALITY, request.jobDefinitionName()),
                DescribeDataQualityJobDefinitionResponse::builder);
    }

    @Override
    public ListDataQualityJobDefinitionsResponse listDataQualityJobDefinitions(
            ListDataQualityJobDefinitionsRequest r) {
        ListOut out = new ListOut();
        List<MonitoringJobDefinitionSummary> items = listDefinitions(Type.DATA_QUALITY, r.nameContains(),
                r.endpointName(), r.creationTimeAfter(), r.creationTimeBefore(), r.sortByAsString(),
                r.sortOrderAsString(), r.maxResults(), r.nextToken(), () -> out);
        return ListDataQualityJobDefinitionsResponse.builder().jobDefinitionSummaries(items).nextToken(out.nextToken)
                .build();
    }

    @Override
    public DeleteDataQualityJobDefinitionResponse deleteDataQualityJobDefinition(
            DeleteDataQualityJobDefinitionRequest request) {
        deleteDefinition(Type.DATA_QUALITY, request.jobDefinitionName());
        return DeleteDataQualityJobDefinitionResponse.builder().build();
    }

    @Override
    public CreateModelQualityJobDefinitionResponse createModelQualityJobDefinition(
            CreateModelQualityJobDefinitionRequest request) {
        ObjectNode d = createDefinition(Type.MODEL_QUALITY, request, request.jobDefinitionName());
        return CreateModelQualityJobDefinitionResponse.builder().jobDefinitionArn(d.path("JobDefinitionArn").asText())
                .build();
    }

    @Override
    public DescribeModelQualityJobDefinitionResponse describeModelQualityJobDefinition(
            DescribeModelQualityJobDefinitionRequest request) {
        return SdkJson.fromJson(definition(Type.MODEL_QUALITY, request.jobDefinitionName()),
                DescribeModelQualityJobDefinitionResponse::builder);
    }

    @Override
    public ListModelQualityJobDefinitionsResponse listModelQualityJobDefinitions(
            ListModelQualityJobDefinitionsRequest r) {
        ListOut out = new ListOut();
        List<MonitoringJobDefinitionSummary> items = listDefinitions(Type.MODEL_QUALITY, r.nameContains(),
                r.endpointName(), r.creationTimeAfter(), r.creationTimeBefore(), r.sortByAsString(),
                r.sortOrderAsString(), r.maxResults(), r.nextToken(), () -> out);
        return ListModelQualityJobDefinitionsResponse.builder().jobDefinitionSummaries(items)
                .nextToken(out.nextToken).build();
    }

    @Override
    public DeleteModelQualityJobDefinitionResponse deleteModelQualityJobDefinition(
            DeleteModelQualityJobDefinitionRequest request) {
        deleteDefinition(Type.MODEL_QUALITY, request.jobDefinitionName());
        return DeleteModelQualityJobDefinitionResponse.builder().build();
    }

    @Override
    public CreateModelBiasJobDefinitionResponse createModelBiasJobDefinition(
            CreateModelBiasJobDefinitionRequest request) {
        ObjectNode d = createDefinition(Type.MODEL_BIAS, request, request.jobDefinitionName());
        return CreateModelBiasJobDefinitionResponse.builder().jobDefinitionArn(d.path("JobDefinitionArn").asText())
                .build();
    }

    @Override
    public DescribeModelBiasJobDefinitionResponse describeModelBiasJobDefinition(
            DescribeModelBiasJobDefinitionRequest request) {
        return SdkJson.fromJson(definition(Type.MODEL_BIAS, request.jobDefinitionName()),
                DescribeModelBiasJobDefinitionResponse::builder);
    }

    @Override
    public ListModelBiasJobDefinitionsResponse listModelBiasJobDefinitions(ListModelBiasJobDefinitionsRequest r) {
        ListOut out = new ListOut();
        List<MonitoringJobDefinitionSummary> items = listDefinitions(Type.MODEL_BIAS, r.nameContains(),
                r.endpointName(), r.creationTimeAfter(), r.creationTimeBefore(), r.sortByAsString(),
                r.sortOrderAsString(), r.maxResults(), r.nextToken(), () -> out);
        return ListModelBiasJobDefinitionsResponse.builder().jobDefinitionSummaries(items).nextToken(out.nextToken)
                .build();
    }

    @Override
    public DeleteModelBiasJobDefinitionResponse deleteModelBiasJobDefinition(
            DeleteModelBiasJobDefinitionRequest request) {
        deleteDefinition(Type.MODEL_BIAS, request.jobDefinitionName());
        return DeleteModelBiasJobDefinitionResponse.builder().build();
    }

    @Override
    public CreateModelExplainabilityJobDefinitionResponse createModelExplainabilityJobDefinition(
            CreateModelExplainabilityJobDefinitionRequest request) {
        ObjectNode d = createDefinition(Type.MODEL_EXPLAINABILITY, request, request.jobDefinitionName());
        return CreateModelExplainabilityJobDefinitionResponse.builder()
                .jobDefinitionArn(d.path("JobDefinitionArn").asText()).build();
    }

    @Override
    public DescribeModelExplainabilityJobDefinitionResponse describeModelExplainabilityJobDefinition(
            DescribeModelExplainabilityJobDefinitionRequest request) {
        return SdkJson.fromJson(definition(Type.MODEL_EXPLAINABILITY, request.jobDefinitionName()),
                DescribeModelExplainabilityJobDefinitionResponse::builder);
    }

    @Override
    public ListModelExplainabilityJobDefinitionsResponse listModelExplainabilityJobDefinitions(
            ListModelExplainabilityJobDefinitionsRequest r) {
        ListOut out = new ListOut();
        List<MonitoringJobDefinitionSummary> items = listDefinitions(Type.MODEL_EXPLAINABILITY, r.nameContains(),
                r.endpointName(), r.creationTimeAfter(), r.creationTimeBefore(), r.sortByAsString(),
                r.sortOrderAsString(), r.maxResults(), r.nextToken(), () -> out);
        return ListModelExplainabilityJobDefinitionsResponse.builder().jobDefinitionSummaries(items)
                .nextToken(out.nextToken).build();
    }

    @Override
    public DeleteModelExplainabilityJobDefinitionResponse deleteModelExplainabilityJobDefinition(
            DeleteModelExplainabilityJobDefinitionRequest request) {
        deleteDefinition(Type.MODEL_EXPLAINABILITY, request.jobDefinitionName());
        return DeleteModelExplainabilityJobDefinitionResponse.builder().build();
    }

    // ---------------------------------------------------------------- schedules

    private List<ObjectNode> schedules() {
        List<ObjectNode> out = new ArrayList<>();
        for (Path dir : children(root.resolve("schedules"), true)) {
            ObjectNode s = read(dir.resolve("schedule.json"));
            if (s != null) {
                out.add(s);
            }
        }
        return out;
    }

    private ObjectNode schedule(String name) {
        ObjectNode s = name == null ? null : read(scheduleDir(name).resolve("schedule.json"));
        if (s == null) {
            throw new ResourceNotFoundException("monitoring schedule", name,
                    "create it with CreateMonitoringSchedule, or list them with ListMonitoringSchedules");
        }
        return s;
    }

    private void writeSchedule(ObjectNode s) {
        AtomicFiles.writeJson(scheduleDir(s.path("MonitoringScheduleName").asText()).resolve("schedule.json"), s);
    }

    /** Validates a schedule config and returns its monitoring type and endpoint. */
    private String[] checkConfig(MonitoringScheduleConfig config) {
        if (config == null) {
            throw new ValidationException("MonitoringScheduleConfig", null, "is missing",
                    "give a MonitoringJobDefinitionName and MonitoringType, or a MonitoringJobDefinition");
        }
        ScheduleConfig sc = config.scheduleConfig();
        if (sc != null) {
            MonitoringCron cron = MonitoringCron.parse(sc.scheduleExpression());
            if (cron == null && (sc.dataAnalysisStartTime() == null || sc.dataAnalysisEndTime() == null)) {
                throw new ValidationException("ScheduleExpression", sc.scheduleExpression(),
                        "is a one-time schedule without DataAnalysisStartTime and DataAnalysisEndTime",
                        "give both, e.g. -PT1H and -PT0H");
            }
            if (sc.dataAnalysisStartTime() != null) {
                MonitoringCron.offset("DataAnalysisStartTime", sc.dataAnalysisStartTime());
            }
            if (sc.dataAnalysisEndTime() != null) {
                MonitoringCron.offset("DataAnalysisEndTime", sc.dataAnalysisEndTime());
            }
        }
        if (config.monitoringJobDefinitionName() != null) {
            Type type = Type.of(config.monitoringTypeAsString() == null ? "DataQuality"
                    : config.monitoringTypeAsString());
            ObjectNode d = definition(type, config.monitoringJobDefinitionName());
            return new String[]{type.wire, definitionEndpoint(type, d)};
        }
        MonitoringJobDefinition inline = config.monitoringJobDefinition();
        if (inline == null) {
            throw new ValidationException("MonitoringScheduleConfig", null,
                    "names no MonitoringJobDefinitionName and holds no MonitoringJobDefinition", "give one");
        }
        String endpoint = inline.monitoringInputs().isEmpty() || inline.monitoringInputs().get(0).endpointInput() == null
                ? null : inline.monitoringInputs().get(0).endpointInput().endpointName();
        return new String[]{config.monitoringTypeAsString() == null ? "DataQuality" : config.monitoringTypeAsString(),
                endpoint};
    }

    @Override
    public CreateMonitoringScheduleResponse createMonitoringSchedule(CreateMonitoringScheduleRequest request) {
        String name = request.monitoringScheduleName();
        requireName("MonitoringScheduleName", name);
        String[] typeAndEndpoint = checkConfig(request.monitoringScheduleConfig());
        synchronized (lock(name)) {
            if (Files.exists(scheduleDir(name).resolve("schedule.json"))) {
                throw new ResourceInUseException("monitoring schedule", name, "Monitoring schedule " + name
                        + " already exists");
            }
            Instant now = Instant.now();
            ObjectNode s = SdkJson.MAPPER.createObjectNode();
            s.put("MonitoringScheduleArn", arn("monitoring-schedule", name));
            s.put("MonitoringScheduleName", name);
            s.put("MonitoringScheduleStatus", "Scheduled");
            s.put("MonitoringType", typeAndEndpoint[0]);
            s.put("CreationTime", seconds(now));
            s.put("LastModifiedTime", seconds(now));
            s.set("MonitoringScheduleConfig", SdkJson.toJson(request.monitoringScheduleConfig()));
            if (typeAndEndpoint[1] != null) {
                s.put("EndpointName", typeAndEndpoint[1]);
            }
            writeSchedule(s);
            register(s);
            if (MonitoringCron.NOW.equals(s.path("MonitoringScheduleConfig").path("ScheduleConfig")
                    .path("ScheduleExpression").asText(""))) {
                Instant at = Instant.now();
                runs.submit(() -> fire(name, at));
            }
            return CreateMonitoringScheduleResponse.builder().monitoringScheduleArn(s.path("MonitoringScheduleArn")
                    .asText()).build();
        }
    }

    @Override
    public UpdateMonitoringScheduleResponse updateMonitoringSchedule(UpdateMonitoringScheduleRequest request) {
        String name = request.monitoringScheduleName();
        String[] typeAndEndpoint = checkConfig(request.monitoringScheduleConfig());
        synchronized (lock(name)) {
            ObjectNode s = schedule(name);
            s.set("MonitoringScheduleConfig", SdkJson.toJson(request.monitoringScheduleConfig()));
            s.put("MonitoringType", typeAndEndpoint[0]);
            if (typeAndEndpoint[1] != null) {
                s.put("EndpointName", typeAndEndpoint[1]);
            } else {
                s.remove("EndpointName");
            }
            s.put("LastModifiedTime", seconds(Instant.now()));
            writeSchedule(s);
            if ("Scheduled".equals(s.path("MonitoringScheduleStatus").asText())) {
                register(s);
            }
            return UpdateMonitoringScheduleResponse.builder().monitoringScheduleArn(s.path("MonitoringScheduleArn")
                    .asText()).build();
        }
    }

    @Override
    public DescribeMonitoringScheduleResponse describeMonitoringSchedule(DescribeMonitoringScheduleRequest request) {
        ObjectNode s = schedule(request.monitoringScheduleName());
        List<ObjectNode> runs = executions(s.path("MonitoringScheduleName").asText());
        if (!runs.isEmpty()) {
            s.set("LastMonitoringExecutionSummary", runs.get(runs.size() - 1));
        }
        return SdkJson.fromJson(s, DescribeMonitoringScheduleResponse::builder);
    }

    @Override
    public StartMonitoringScheduleResponse startMonitoringSchedule(StartMonitoringScheduleRequest request) {
        status(request.monitoringScheduleName(), "Scheduled");
        return StartMonitoringScheduleResponse.builder().build();
    }

    @Override
    public StopMonitoringScheduleResponse stopMonitoringSchedule(StopMonitoringScheduleRequest request) {
        status(request.monitoringScheduleName(), "Stopped");
        return StopMonitoringScheduleResponse.builder().build();
    }

    private void status(String name, String status) {
        synchronized (lock(name)) {
            ObjectNode s = schedule(name);
            s.put("MonitoringScheduleStatus", status);
            s.put("LastModifiedTime", seconds(Instant.now()));
            writeSchedule(s);
            if ("Scheduled".equals(status)) {
                register(s);
            } else {
                scheduler.unregister(s.path("MonitoringScheduleName").asText());
            }
        }
    }

    @Override
    public DeleteMonitoringScheduleResponse deleteMonitoringSchedule(DeleteMonitoringScheduleRequest request) {
        String name = request.monitoringScheduleName();
        synchronized (lock(name)) {
            String stored = schedule(name).path("MonitoringScheduleName").asText();
            scheduler.unregister(stored);
            deleteTree(scheduleDir(name));
        }
        return DeleteMonitoringScheduleResponse.builder().build();
    }

    @Override
    public ListMonitoringSchedulesResponse listMonitoringSchedules(ListMonitoringSchedulesRequest r) {
        Listing.Page<ObjectNode> page = Listing.of(schedules())
                .nameContains(r.nameContains(), s -> s.path("MonitoringScheduleName").asText())
                .equalTo(r.endpointName(), s -> s.path("EndpointName").asText(null))
                .equalTo(r.statusEqualsAsString(), s -> s.path("MonitoringScheduleStatus").asText())
                .equalTo(r.monitoringJobDefinitionName(), s -> s.path("MonitoringScheduleConfig")
                        .path("MonitoringJobDefinitionName").asText(null))
                .equalTo(r.monitoringTypeEqualsAsString(), s -> s.path("MonitoringType").asText())
                .after(r.creationTimeAfter(), LocalMonitoring::created)
                .before(r.creationTimeBefore(), LocalMonitoring::created)
                .after(r.lastModifiedTimeAfter(), s -> instant(s.path("LastModifiedTime")))
                .before(r.lastModifiedTimeBefore(), s -> instant(s.path("LastModifiedTime")))
                .page(r.sortByAsString(), r.sortOrderAsString(), Map.of(
                        "CreationTime", Comparator.comparing(LocalMonitoring::created),
                        "Name", Comparator.comparing(s -> s.path("MonitoringScheduleName").asText()),
                        "Status", Comparator.comparing(s -> s.path("MonitoringScheduleStatus").asText())),
                        r.maxResults(), r.nextToken());
        return ListMonitoringSchedulesResponse.builder().nextToken(page.nextToken())
                .monitoringScheduleSummaries(page.map(s -> MonitoringScheduleSummary.builder()
                        .monitoringScheduleName(s.path("MonitoringScheduleName").asText())
                        .monitoringScheduleArn(s.path("MonitoringScheduleArn").asText())
                        .creationTime(created(s)).lastModifiedTime(instant(s.path("LastModifiedTime")))
                        .monitoringScheduleStatus(s.path("MonitoringScheduleStatus").asText())
                        .endpointName(s.path("EndpointName").asText(null))
                        .monitoringJobDefinitionName(s.path("MonitoringScheduleConfig")
                                .path("MonitoringJobDefinitionName").asText(null))
                        .monitoringType(s.path("MonitoringType").asText()).build())).build();
    }

    // ---------------------------------------------------------------- executions

    private List<ObjectNode> executions(String schedule) {
        List<ObjectNode> out = new ArrayList<>();
        for (Path f : children(scheduleDir(schedule).resolve("executions"), false)) {
            ObjectNode e = read(f);
            if (e != null) {
                out.add(reconcile(f, e));
            }
        }
        out.sort(Comparator.comparing((ObjectNode e) -> instant(e.path("ScheduledTime")))
                .thenComparing(e -> instant(e.path("CreationTime"))));
        return out;
    }

    /** An execution left InProgress whose processing job has ended (e.g. the JVM that ran it stopped). */
    private ObjectNode reconcile(Path file, ObjectNode e) {
        if (!"InProgress".equals(e.path("MonitoringExecutionStatus").asText()) || !e.hasNonNull("ProcessingJobArn")) {
            return e;
        }
        String arn = e.path("ProcessingJobArn").asText();
        String job = arn.substring(arn.lastIndexOf('/') + 1);
        DescribeProcessingJobResponse d;
        try {
            d = context.api(ProcessingJobsApi.CAPABILITY).describeProcessingJob(DescribeProcessingJobRequest.builder()
                    .processingJobName(job).build());
        } catch (ResourceNotFoundException gone) {
            return e;
        }
        if (!TERMINAL.contains(d.processingJobStatusAsString())) {
            return e;
        }
        finish(e, d, e.path("sagemaker4j:Output").asText(null));
        AtomicFiles.writeJson(file, e);
        return e;
    }

    @Override
    public ListMonitoringExecutionsResponse listMonitoringExecutions(ListMonitoringExecutionsRequest r) {
        List<ObjectNode> all = new ArrayList<>();
        if (r.monitoringScheduleName() != null) {
            all.addAll(executions(schedule(r.monitoringScheduleName()).path("MonitoringScheduleName").asText()));
        } else {
            for (ObjectNode s : schedules()) {
                all.addAll(executions(s.path("MonitoringScheduleName").asText()));
            }
        }
        Listing.Page<ObjectNode> page = Listing.of(all)
                .equalTo(r.endpointName(), e -> e.path("EndpointName").asText(null))
                .equalTo(r.statusEqualsAsString(), e -> e.path("MonitoringExecutionStatus").asText())
                .equalTo(r.monitoringJobDefinitionName(), e -> e.path("MonitoringJobDefinitionName").asText(null))
                .equalTo(r.monitoringTypeEqualsAsString(), e -> e.path("MonitoringType").asText(null))
                .after(r.scheduledTimeAfter(), e -> instant(e.path("ScheduledTime")))
                .before(r.scheduledTimeBefore(), e -> instant(e.path("ScheduledTime")))
                .after(r.creationTimeAfter(), LocalMonitoring::created)
                .before(r.creationTimeBefore(), LocalMonitoring::created)
                .after(r.lastModifiedTimeAfter(), e -> instant(e.path("LastModifiedTime")))
                .before(r.lastModifiedTimeBefore(), e -> instant(e.path("LastModifiedTime")))
                .page(r.sortByAsString() == null ? "ScheduledTime" : r.sortByAsString(), r.sortOrderAsString(),
                        Map.of("CreationTime", Comparator.comparing(LocalMonitoring::created),
                                "ScheduledTime", Comparator.comparing(e -> instant(e.path("ScheduledTime"))),
                                "Status", Comparator.comparing(e -> e.path("MonitoringExecutionStatus").asText())),
                        r.maxResults(), r.nextToken());
        return ListMonitoringExecutionsResponse.builder().nextToken(page.nextToken())
                .monitoringExecutionSummaries(page.map(e -> SdkJson.fromJson(e, MonitoringExecutionSummary::builder)))
                .build();
    }

    /**
     * The names of the schedules, for the local scheduler.
     *
     * @return every schedule with its status and expression, by name
     */
    public Map<String, String[]> scheduleExpressions() {
        Map<String, String[]> out = new LinkedHashMap<>();
        for (ObjectNode s : schedules()) {
            out.put(s.path("MonitoringScheduleName").asText(), new String[]{
                s.path("MonitoringScheduleStatus").asText(),
                s.path("MonitoringScheduleConfig").path("ScheduleConfig").path("ScheduleExpression").asText(null)});
        }
        return out;
    }

    /**
     * Runs one execution of a schedule now, as if it had been scheduled at {@code scheduledTime}: what the local
     * scheduler calls at each firing (with the top of the hour) and what an on-demand run calls (with now). The
     * window is {@code [scheduledTime + start offset, scheduledTime + end offset)}, by default the hour before.
     * Blocks until the execution has ended.
     *
     * @param scheduleName  the schedule
     * @param scheduledTime the time it stands for
     * @return the execution's summary, as ListMonitoringExecutions lists it
     * @throws ResourceNotFoundException when there is no such schedule
     */
    @Override
    public MonitoringExecutionSummary runMonitoringSchedule(String scheduleName, Instant scheduledTime) {
        ObjectNode s = schedule(scheduleName);
        String name = s.path("MonitoringScheduleName").asText();
        Instant now = Instant.now();
        ObjectNode e = SdkJson.MAPPER.createObjectNode();
        e.put("MonitoringScheduleName", name);
        e.put("ScheduledTime", seconds(scheduledTime));
        e.put("CreationTime", seconds(now));
        e.put("LastModifiedTime", seconds(now));
        e.put("MonitoringExecutionStatus", "Pending");
        e.put("MonitoringType", s.path("MonitoringType").asText());
        JsonNode config = s.path("MonitoringScheduleConfig");
        if (config.hasNonNull("MonitoringJobDefinitionName")) {
            e.put("MonitoringJobDefinitionName", config.path("MonitoringJobDefinitionName").asText());
        }
        if (s.hasNonNull("EndpointName")) {
            e.put("EndpointName", s.path("EndpointName").asText());
        }
        Path file = scheduleDir(name).resolve("executions").resolve(scheduledTime.toEpochMilli() + "-"
                + UUID.randomUUID().toString().substring(0, 8) + ".json");
        AtomicFiles.writeJson(file, e);
        String staging = null;
        try {
            Plan plan = planFor(s);
            Instant start = scheduledTime.plus(plan.startOffset);
            Instant end = scheduledTime.plus(plan.endOffset);
            if (!start.isBefore(end)) {
                throw new Failure("the analysis window [" + start + ", " + end + ") is empty");
            }
            List<String> files = plan.endpoint != null
                    ? CaptureRecords.files(context.objectStore(), plan.captureDestination, plan.endpoint, null, start,
                            end)
                    : batchFiles(plan.captureDestination, start, end);
            StringBuilder staged = new StringBuilder();
            int records = 0;
            for (String uri : files) {
                for (CaptureRecords.CaptureRecord rec : CaptureRecords.read(context.objectStore(), uri)) {
                    Instant t = rec.inferenceTime();
                    if (t != null && (t.isBefore(start) || !t.isBefore(end))) {
                        continue;
                    }
                    staged.append(json(rec)).append('\n');
                    records++;
                }
            }
            if (records == 0) {
                throw new Failure(NO_DATA + ": no captured records of " + (plan.endpoint != null
                        ? "endpoint " + plan.endpoint : plan.captureDestination) + " between " + start + " and "
                        + end + " (" + files.size() + " capture file(s) in the window)");
            }
            String jobName = "model-monitoring-" + JOB_TIME.format(scheduledTime) + "-"
                    + UUID.randomUUID().toString().replace("-", "").substring(0, 24);
            String output = strip(plan.outputS3Uri) + "/" + (plan.endpoint != null ? plan.endpoint : "batch-transform")
                    + "/" + name + "/" + HOUR_PATH.format(scheduledTime);
            staging = bucketOf(plan.outputS3Uri) + "/sagemaker4j-monitoring-staging/" + name.toLowerCase(Locale.ROOT)
                    + "/" + jobName + "/";
            context.objectStore().put(staging + "capture/capture.jsonl",
                    new ByteArrayInputStream(staged.toString().getBytes(StandardCharsets.UTF_8)));
            if (plan.modelQuality != null) {
                plan.modelQuality.stage(context.objectStore(), plan.captureDestination, plan.endpoint, staging, start,
                        end, scheduledTime);
            }
            CreateProcessingJobRequest job = plan.job(jobName, staging, output, start, end, name);
            CreateProcessingJobResponse created = context.api(ProcessingJobsApi.CAPABILITY).createProcessingJob(job);
            e.put("ProcessingJobArn", created.processingJobArn());
            e.put("MonitoringExecutionStatus", "InProgress");
            e.put("sagemaker4j:Output", output);
            e.put("LastModifiedTime", seconds(Instant.now()));
            AtomicFiles.writeJson(file, e);
            DescribeProcessingJobResponse d = await(jobName);
            finish(e, d, output);
        } catch (Failure failure) {
            e.put("MonitoringExecutionStatus", "Failed");
            e.put("FailureReason", failure.getMessage());
        } catch (ValidationException | ResourceNotFoundException invalid) {
            e.put("MonitoringExecutionStatus", "Failed");
            e.put("FailureReason", invalid.getMessage());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            e.put("MonitoringExecutionStatus", "Stopped");
        } finally {
            if (staging != null) {
                String prefix = staging;
                context.objectStore().listAll(prefix).forEach(o -> context.objectStore().delete(o.uri()));
            }
        }
        e.put("LastModifiedTime", seconds(Instant.now()));
        AtomicFiles.writeJson(file, e);
        return SdkJson.fromJson(e, MonitoringExecutionSummary::builder);
    }

    private DescribeProcessingJobResponse await(String jobName) throws InterruptedException {
        ProcessingJobsApi jobs = context.api(ProcessingJobsApi.CAPABILITY);
        while (true) {
            long seen = context.jobs().changeCount();
            DescribeProcessingJobResponse d = jobs.describeProcessingJob(DescribeProcessingJobRequest.builder()
                    .processingJobName(jobName).build());
            if (TERMINAL.contains(d.processingJobStatusAsString())) {
                return d;
            }
            context.jobs().awaitChange(seen, 500);
        }
    }

    private void finish(ObjectNode e, DescribeProcessingJobResponse d, String output) {
        String status = d.processingJobStatusAsString();
        if ("Completed".equals(status)) {
            String violations = output + "/constraint_violations.json";
            boolean any = false;
            if (context.objectStore().exists(violations)) {
                try {
                    any = SdkJson.MAPPER.readTree(context.objectStore().getString(violations)).path("violations")
                            .size() > 0;
                } catch (IOException ex) {
                    any = false;
                }
            }
            e.put("MonitoringExecutionStatus", any ? "CompletedWithViolations" : "Completed");
        } else {
            e.put("MonitoringExecutionStatus", status);
            if (d.failureReason() != null) {
                e.put("FailureReason", d.failureReason());
            }
        }
    }

    private List<String> batchFiles(String prefix, Instant start, Instant end) {
        Instant first = start.truncatedTo(ChronoUnit.HOURS);
        return context.objectStore().listAll(strip(prefix) + "/").filter(o -> {
            Instant hour = CaptureRecords.hourOf(o.key());
            return hour != null && !hour.isBefore(first) && hour.isBefore(end);
        }).map(o -> o.uri()).collect(Collectors.toList());
    }

    private static String json(CaptureRecords.CaptureRecord r) {
        ObjectNode root = SdkJson.MAPPER.createObjectNode();
        ObjectNode data = root.putObject("captureData");
        payload(data, "endpointInput", r.input());
        payload(data, "endpointOutput", r.output());
        ObjectNode meta = root.putObject("eventMetadata");
        if (r.eventId() != null) {
            meta.put("eventId", r.eventId());
        }
        if (r.inferenceId() != null) {
            meta.put("inferenceId", r.inferenceId());
        }
        if (r.inferenceTime() != null) {
            meta.put("inferenceTime", r.inferenceTime().toString());
        }
        if (r.eventVersion() != null) {
            root.put("eventVersion", r.eventVersion());
        }
        return root.toString();
    }

    private static void payload(ObjectNode data, String field, CaptureRecords.Payload p) {
        if (p == null) {
            return;
        }
        ObjectNode n = data.putObject(field);
        n.put("observedContentType", p.observedContentType());
        n.put("mode", p.mode());
        n.put("data", p.data());
        n.put("encoding", p.encoding());
    }

    private static String strip(String uri) {
        return uri.replaceAll("/+$", "");
    }

    private static String bucketOf(String s3Uri) {
        int slash = s3Uri.indexOf('/', "s3://".length());
        return slash < 0 ? s3Uri : s3Uri.substring(0, slash);
    }

    /** An execution that fails before (or instead of) its processing job, with the reason. */
    private static final class Failure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Failure(String message) {
            super(message);
        }
    }

    /** What one execution of a schedule runs, from its job definition. */
    private static final class Plan {
        String endpoint;
        String captureDestination;
        Duration startOffset = Duration.ofHours(-1);
        Duration endOffset = Duration.ZERO;
        String image;
        Map<String, String> environment = new LinkedHashMap<>();
        List<String> entrypoint = List.of();
        List<String> arguments = List.of();
        String recordPreprocessor;
        String postAnalytics;
        String statisticsUri;
        String constraintsUri;
        String groundTruthUri;
        String outputS3Uri;
        String outputLocalPath = "/opt/ml/processing/output";
        String inputLocalPath = "/opt/ml/processing/input/endpoint";
        JsonNode datasetFormat;
        ProcessingClusterConfig cluster;
        String role;
        Integer maxRuntime;
        ModelQualityPlan modelQuality;

        CreateProcessingJobRequest job(String jobName, String staging, String output, Instant start, Instant end,
                                       String schedule) {
            Map<String, String> env = new LinkedHashMap<>(environment);
            env.putIfAbsent("publish_cloudwatch_metrics", "Disabled");
            env.put("dataset_format", datasetFormat != null ? datasetFormat.toString()
                    : "{\"sagemakerCaptureJson\":{\"captureIndexNames\":[\"endpointInput\",\"endpointOutput\"]}}");
            env.put("dataset_source", inputLocalPath);
            env.put("output_path", outputLocalPath);
            if (endpoint != null) {
                env.put("sagemaker_endpoint_name", endpoint);
            }
            env.put("sagemaker_monitoring_schedule_name", schedule);
            env.put("start_time", start.toString());
            env.put("end_time", end.toString());
            env.put("metric_time", end.toString());
            if (recordPreprocessor != null) {
                env.put("record_preprocessor_script", recordPreprocessor);
            }
            if (postAnalytics != null) {
                env.put("post_analytics_processor_script", postAnalytics);
            }
            List<ProcessingInput> inputs = new ArrayList<>();
            inputs.add(input("endpoint_input", staging + "capture/", inputLocalPath));
            if (constraintsUri != null) {
                inputs.add(input("constraints", constraintsUri, "/opt/ml/processing/baseline/constraints"));
                env.put("baseline_constraints", "/opt/ml/processing/baseline/constraints/" + file(constraintsUri));
            }
            if (groundTruthUri != null) {
                inputs.add(input("ground_truth_input", groundTruthUri, "/opt/ml/processing/groundtruth"));
                env.put("ground_truth_path", "/opt/ml/processing/groundtruth");
            }
            if (statisticsUri != null) {
                inputs.add(input("baseline", statisticsUri, "/opt/ml/processing/baseline/stats"));
                env.put("baseline_statistics", "/opt/ml/processing/baseline/stats/" + file(statisticsUri));
            }
            if (modelQuality != null) {
                modelQuality.apply(env, inputs, staging);
            }
            AppSpecification.Builder app = AppSpecification.builder().imageUri(image);
            if (!entrypoint.isEmpty()) {
                app.containerEntrypoint(entrypoint);
            }
            if (!arguments.isEmpty()) {
                app.containerArguments(arguments);
            }
            CreateProcessingJobRequest.Builder b = CreateProcessingJobRequest.builder().processingJobName(jobName)
                    .appSpecification(app.build()).environment(env).processingInputs(inputs)
                    .processingOutputConfig(ProcessingOutputConfig.builder().outputs(ProcessingOutput.builder()
                            .outputName("monitoring_output").s3Output(ProcessingS3Output.builder().s3Uri(output)
                                    .localPath(outputLocalPath).s3UploadMode("EndOfJob").build()).build()).build())
                    .processingResources(ProcessingResources.builder().clusterConfig(cluster).build())
                    .roleArn(role);
            if (maxRuntime != null) {
                b.stoppingCondition(ProcessingStoppingCondition.builder().maxRuntimeInSeconds(maxRuntime).build());
            }
            return b.build();
        }

        private static ProcessingInput input(String name, String uri, String localPath) {
            return ProcessingInput.builder().inputName(name).s3Input(ProcessingS3Input.builder().s3Uri(uri)
                    .localPath(localPath).s3DataType("S3Prefix").s3InputMode("File")
                    .s3DataDistributionType("FullyReplicated").build()).build();
        }

        private static String file(String uri) {
            return uri.substring(uri.lastIndexOf('/') + 1);
        }
    }

    /**
     * The plan of a schedule's executions: from its job definition (by type) or its inline MonitoringJobDefinition.
     * A monitoring type whose analyzer the local backend lacks is a Failed execution naming the type.
     */
    private Plan planFor(ObjectNode s) {
        JsonNode config = s.path("MonitoringScheduleConfig");
        Plan p = new Plan();
        JsonNode sc = config.path("ScheduleConfig");
        JsonNode input;
        if (config.hasNonNull("MonitoringJobDefinitionName")) {
            Type type = Type.of(config.path("MonitoringType").asText("DataQuality"));
            if (type != Type.DATA_QUALITY && type != Type.MODEL_QUALITY && !ClarifyMonitoringPlan.runs(type.wire)) {
                throw new Failure("the local backend runs DataQuality, ModelQuality, ModelBias and ModelExplainability"
                        + " monitoring executions; " + type.wire + " executions run on the sagemaker backend");
            }
            JsonNode d = definition(type, config.path("MonitoringJobDefinitionName").asText());
            if (type == Type.MODEL_QUALITY) {
                p.modelQuality = ModelQualityPlan.of(d);
            }
            JsonNode app = d.path(type.wire + "AppSpecification");
            p.image = app.path("ImageUri").asText();
            app.path("Environment").properties().forEach(f -> p.environment.put(f.getKey(), f.getValue().asText()));
            p.entrypoint = strings(app.path("ContainerEntrypoint"));
            p.arguments = strings(app.path("ContainerArguments"));
            p.recordPreprocessor = app.path("RecordPreprocessorSourceUri").asText(null);
            p.postAnalytics = app.path("PostAnalyticsProcessorSourceUri").asText(null);
            JsonNode baseline = d.path(type.wire + "BaselineConfig");
            baseline(p, baseline.path("StatisticsResource").path("S3Uri").asText(null),
                    baseline.path("ConstraintsResource").path("S3Uri").asText(null),
                    baseline.path("BaseliningJobName").asText(null));
            input = d.path(type.wire + "JobInput");
            output(p, d.path(type.wire + "JobOutputConfig"));
            resources(p, d.path("JobResources").path("ClusterConfig"), d.path("RoleArn").asText(),
                    d.path("StoppingCondition"));
            if (ClarifyMonitoringPlan.runs(type.wire)) {
                ClarifyMonitoringPlan clarify = ClarifyMonitoringPlan.of(type.wire, d,
                        context.api(ProcessingJobsApi.CAPABILITY));
                p.environment.putAll(clarify.environment());
                p.constraintsUri = clarify.constraintsUri();
                p.statisticsUri = null;
                p.groundTruthUri = clarify.groundTruthUri();
            }
        } else {
            JsonNode d = config.path("MonitoringJobDefinition");
            JsonNode app = d.path("MonitoringAppSpecification");
            p.image = app.path("ImageUri").asText();
            d.path("Environment").properties().forEach(f -> p.environment.put(f.getKey(), f.getValue().asText()));
            p.entrypoint = strings(app.path("ContainerEntrypoint"));
            p.arguments = strings(app.path("ContainerArguments"));
            p.recordPreprocessor = app.path("RecordPreprocessorSourceUri").asText(null);
            p.postAnalytics = app.path("PostAnalyticsProcessorSourceUri").asText(null);
            JsonNode baseline = d.path("BaselineConfig");
            baseline(p, baseline.path("StatisticsResource").path("S3Uri").asText(null),
                    baseline.path("ConstraintsResource").path("S3Uri").asText(null),
                    baseline.path("BaseliningJobName").asText(null));
            input = d.path("MonitoringInputs").path(0);
            output(p, d.path("MonitoringOutputConfig"));
            resources(p, d.path("MonitoringResources").path("ClusterConfig"), d.path("RoleArn").asText(),
                    d.path("StoppingCondition"));
        }
        JsonNode endpointInput = input.path("EndpointInput");
        JsonNode batchInput = input.path("BatchTransformInput");
        JsonNode chosen;
        if (!endpointInput.isMissingNode()) {
            chosen = endpointInput;
            p.endpoint = endpointInput.path("EndpointName").asText();
            DescribeEndpointResponse ep = context.api(HostingApi.CAPABILITY).describeEndpoint(
                    DescribeEndpointRequest.builder().endpointName(p.endpoint).build());
            DescribeEndpointConfigResponse epc = context.api(HostingApi.CAPABILITY).describeEndpointConfig(
                    DescribeEndpointConfigRequest.builder().endpointConfigName(ep.endpointConfigName()).build());
            if (epc.dataCaptureConfig() == null || Boolean.FALSE.equals(epc.dataCaptureConfig().enableCapture())
                    || epc.dataCaptureConfig().destinationS3Uri() == null) {
                throw new Failure("endpoint " + p.endpoint + " captures no data: deploy it with a DataCaptureConfig"
                        + " (enableCapture true)");
            }
            p.captureDestination = epc.dataCaptureConfig().destinationS3Uri();
        } else if (!batchInput.isMissingNode()) {
            chosen = batchInput;
            p.captureDestination = batchInput.path("DataCapturedDestinationS3Uri").asText();
            if (batchInput.has("DatasetFormat")) {
                JsonNode f = batchInput.path("DatasetFormat");
                p.datasetFormat = f.has("Csv") || f.has("Json") || f.has("Parquet") ? null : f;
            }
        } else {
            throw new Failure("the job definition has no EndpointInput or BatchTransformInput");
        }
        if (chosen.hasNonNull("LocalPath")) {
            p.inputLocalPath = chosen.path("LocalPath").asText();
        }
        if (chosen.hasNonNull("StartTimeOffset")) {
            p.startOffset = MonitoringCron.offset("StartTimeOffset", chosen.path("StartTimeOffset").asText());
        }
        if (chosen.hasNonNull("EndTimeOffset")) {
            p.endOffset = MonitoringCron.offset("EndTimeOffset", chosen.path("EndTimeOffset").asText());
        }
        if (sc.hasNonNull("DataAnalysisStartTime")) {
            p.startOffset = MonitoringCron.offset("DataAnalysisStartTime", sc.path("DataAnalysisStartTime").asText());
        }
        if (sc.hasNonNull("DataAnalysisEndTime")) {
            p.endOffset = MonitoringCron.offset("DataAnalysisEndTime", sc.path("DataAnalysisEndTime").asText());
        }
        return p;
    }

    private void baseline(Plan p, String statistics, String constraints, String baseliningJob) {
        p.statisticsUri = statistics;
        p.constraintsUri = constraints;
        if ((statistics == null || constraints == null) && baseliningJob != null) {
            DescribeProcessingJobResponse d = context.api(ProcessingJobsApi.CAPABILITY).describeProcessingJob(
                    DescribeProcessingJobRequest.builder().processingJobName(baseliningJob).build());
            if (d.processingOutputConfig() != null && !d.processingOutputConfig().outputs().isEmpty()) {
                String out = strip(d.processingOutputConfig().outputs().get(0).s3Output().s3Uri());
                p.statisticsUri = statistics != null ? statistics : out + "/statistics.json";
                p.constraintsUri = constraints != null ? constraints : out + "/constraints.json";
            }
        }
    }

    private static void output(Plan p, JsonNode config) {
        JsonNode s3 = config.path("MonitoringOutputs").path(0).path("S3Output");
        if (!s3.hasNonNull("S3Uri")) {
            throw new Failure("the job definition has no MonitoringOutputs[0].S3Output.S3Uri");
        }
        p.outputS3Uri = s3.path("S3Uri").asText();
        if (s3.hasNonNull("LocalPath")) {
            p.outputLocalPath = s3.path("LocalPath").asText();
        }
    }

    private static void resources(Plan p, JsonNode cluster, String role, JsonNode stopping) {
        p.cluster = ProcessingClusterConfig.builder().instanceCount(cluster.path("InstanceCount").asInt(1))
                .instanceType(cluster.path("InstanceType").asText("ml.m5.xlarge"))
                .volumeSizeInGB(cluster.path("VolumeSizeInGB").asInt(30))
                .volumeKmsKeyId(cluster.path("VolumeKmsKeyId").asText(null)).build();
        p.role = role;
        p.maxRuntime = stopping.hasNonNull("MaxRuntimeInSeconds") ? stopping.path("MaxRuntimeInSeconds").asInt()
                : null;
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
