/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.workflow.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sagemaker4j.exceptions.ResourceInUseException;
import dev.sagemaker4j.exceptions.ResourceNotFoundException;
import dev.sagemaker4j.exceptions.ValidationException;
import dev.sagemaker4j.local.AtomicFiles;
import dev.sagemaker4j.local.LocalContext;
import dev.sagemaker4j.local.LocalScheduler;
import dev.sagemaker4j.local.ScheduleExpression;
import dev.sagemaker4j.local.SdkJson;
import dev.sagemaker4j.spi.SchedulerApi;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.sagemaker.model.Parameter;
import software.amazon.awssdk.services.sagemaker.model.StartPipelineExecutionRequest;
import software.amazon.awssdk.services.scheduler.model.ActionAfterCompletion;
import software.amazon.awssdk.services.scheduler.model.CreateScheduleRequest;
import software.amazon.awssdk.services.scheduler.model.CreateScheduleResponse;
import software.amazon.awssdk.services.scheduler.model.DeleteScheduleRequest;
import software.amazon.awssdk.services.scheduler.model.DeleteScheduleResponse;
import software.amazon.awssdk.services.scheduler.model.FlexibleTimeWindow;
import software.amazon.awssdk.services.scheduler.model.GetScheduleRequest;
import software.amazon.awssdk.services.scheduler.model.GetScheduleResponse;
import software.amazon.awssdk.services.scheduler.model.ListSchedulesRequest;
import software.amazon.awssdk.services.scheduler.model.ListSchedulesResponse;
import software.amazon.awssdk.services.scheduler.model.ScheduleSummary;
import software.amazon.awssdk.services.scheduler.model.Target;
import software.amazon.awssdk.services.scheduler.model.TargetSummary;
import software.amazon.awssdk.services.scheduler.model.UpdateScheduleRequest;
import software.amazon.awssdk.services.scheduler.model.UpdateScheduleResponse;

/**
 * The local backend's EventBridge Scheduler, for schedules whose target is a pipeline of the session (what
 * {@code Pipeline.putTriggers} creates): CreateSchedule, UpdateSchedule, GetSchedule, DeleteSchedule and
 * ListSchedules over records kept as GetSchedule responses under {@code <root>/pipeline-schedules/<group>/<name>.json}
 * (written with {@link AtomicFiles}), and a {@link LocalScheduler} that starts the pipeline's executions while the
 * session is open.
 *
 * <ul>
 *   <li>An execution a schedule started has the display name {@code <schedule name>-<yyyyMMdd'T'HHmmss>} (the
 *       scheduled time in UTC; characters a display name cannot hold become {@code -}) and the description
 *       {@code Started by EventBridge Scheduler schedule <group>/<name> for <scheduled time>}, so that
 *       ListPipelineExecutions tells it from a started one; its parameters are the target's
 *       {@code SageMakerPipelineParameters} over the pipeline's defaults.</li>
 *   <li>A new session on the same root resumes the enabled schedules; fire times that passed while no session was
 *       open are not caught up. Only one session per root fires (the one holding
 *       {@code <root>/pipeline-schedules/.lock}); the others serve the records. Records written by another process
 *       are picked up within a minute.</li>
 *   <li>Only the {@code default} group exists; {@code FlexibleTimeWindow} {@code FLEXIBLE} is accepted and fires at
 *       the scheduled time; {@code ActionAfterCompletion} {@code DELETE} deletes an {@code at} schedule after it
 *       fired. Targets other than a SageMaker pipeline are refused, since the local backend cannot call them.</li>
 * </ul>
 */
final class LocalPipelineSchedules implements SchedulerApi {
    private static final Logger LOG = LoggerFactory.getLogger(LocalPipelineSchedules.class);
    private static final Pattern NAME = Pattern.compile("[0-9a-zA-Z\\-_.]{1,64}");
    private static final Pattern NOT_IN_DISPLAY_NAME = Pattern.compile("[^a-zA-Z0-9]+");
    private static final String DEFAULT_GROUP = "default";
    private static final String RESCAN = " rescan";
    private static final DateTimeFormatter FIRE_TIME = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss")
            .withZone(ZoneOffset.UTC);

    /** The newest open instance per session root, for tests that drive the schedules with their own clock. */
    private static final java.util.Map<Path, LocalPipelineSchedules> LATEST =
            new java.util.concurrent.ConcurrentHashMap<>();

    private final LocalPipelines pipelines;
    private final LocalContext context;
    private final Path dir;
    private final Object lock = new Object();
    private Clock clock;
    private LocalScheduler scheduler;
    private FileChannel lockChannel;
    private FileLock ownerLock;
    private boolean closed;

    LocalPipelineSchedules(LocalPipelines pipelines, LocalContext context) {
        this.pipelines = pipelines;
        this.context = context;
        this.dir = context.root().resolve("pipeline-schedules").resolve(DEFAULT_GROUP);
        this.clock = Clock.systemUTC();
        LATEST.put(key(context.root()), this);
        try {
            if (!records().isEmpty()) {
                synchronized (lock) {
                    startScheduler();
                }
            }
        } catch (RuntimeException e) {
            // a session must open even when its schedules cannot be read; their operations report the error
            LOG.warn("The pipeline schedules under {} could not be resumed: {}", dir, e.toString());
        }
    }

    @Override
    public String backendName() {
        return "local";
    }

    // ---------------------------------------------------------------- operations

    @Override
    public CreateScheduleResponse createSchedule(CreateScheduleRequest request) {
        String name = name(request.name(), request.groupName());
        ObjectNode record = record(name, request.scheduleExpression(), request.scheduleExpressionTimezone(),
                request.startDate(), request.endDate(), request.stateAsString(), request.flexibleTimeWindow(),
                request.target(), request.description(), request.actionAfterCompletionAsString());
        synchronized (lock) {
            Path file = file(name);
            if (Files.exists(file)) {
                throw new ResourceInUseException("schedule", name, "ConflictException: Schedule " + name
                        + " already exists. Update it with UpdateSchedule or delete it first");
            }
            Instant now = clock.instant();
            record.put("CreationDate", PipelineStore.seconds(now));
            record.put("LastModificationDate", PipelineStore.seconds(now));
            AtomicFiles.writeJson(file, record);
            sync(name, record);
        }
        return CreateScheduleResponse.builder().scheduleArn(record.path("Arn").asText()).build();
    }

    @Override
    public UpdateScheduleResponse updateSchedule(UpdateScheduleRequest request) {
        String name = name(request.name(), request.groupName());
        ObjectNode record = record(name, request.scheduleExpression(), request.scheduleExpressionTimezone(),
                request.startDate(), request.endDate(), request.stateAsString(), request.flexibleTimeWindow(),
                request.target(), request.description(), request.actionAfterCompletionAsString());
        synchronized (lock) {
            ObjectNode old = read(name);
            record.set("CreationDate", old.get("CreationDate"));
            record.put("LastModificationDate", PipelineStore.seconds(clock.instant()));
            AtomicFiles.writeJson(file(name), record);
            sync(name, record);
        }
        return UpdateScheduleResponse.builder().scheduleArn(record.path("Arn").asText()).build();
    }

    @Override
    public GetScheduleResponse getSchedule(GetScheduleRequest request) {
        String name = name(request.name(), request.groupName());
        return SdkJson.fromJson(read(name), GetScheduleResponse::builder);
    }

    @Override
    public DeleteScheduleResponse deleteSchedule(DeleteScheduleRequest request) {
        String name = name(request.name(), request.groupName());
        synchronized (lock) {
            read(name);
            delete(name);
        }
        return DeleteScheduleResponse.builder().build();
    }

    @Override
    public ListSchedulesResponse listSchedules(ListSchedulesRequest request) {
        if (request.groupName() != null && !request.groupName().equals(DEFAULT_GROUP)) {
            return ListSchedulesResponse.builder().schedules(List.of()).build();
        }
        List<ScheduleSummary> all = new ArrayList<>();
        for (ObjectNode r : records()) {
            String name = r.path("Name").asText();
            if (request.namePrefix() != null && !name.startsWith(request.namePrefix())) {
                continue;
            }
            if (request.stateAsString() != null && !request.stateAsString().equals(r.path("State").asText())) {
                continue;
            }
            GetScheduleResponse s = SdkJson.fromJson(r, GetScheduleResponse::builder);
            all.add(ScheduleSummary.builder().arn(s.arn()).name(s.name()).groupName(s.groupName())
                    .state(s.state()).creationDate(s.creationDate()).lastModificationDate(s.lastModificationDate())
                    .target(TargetSummary.builder().arn(s.target().arn()).build()).build());
        }
        all.sort(Comparator.comparing(ScheduleSummary::name));
        int max = request.maxResults() == null ? 100 : request.maxResults();
        int start;
        try {
            start = request.nextToken() == null ? 0 : Integer.parseInt(request.nextToken());
        } catch (NumberFormatException e) {
            throw new ValidationException("NextToken", request.nextToken(), "is not a token ListSchedules returned",
                    "pass the NextToken of the previous page", e);
        }
        int end = Math.min(all.size(), start + max);
        return ListSchedulesResponse.builder().schedules(start >= all.size() ? List.of() : all.subList(start, end))
                .nextToken(end < all.size() ? Integer.toString(end) : null).build();
    }

    // ---------------------------------------------------------------- records

    private static String name(String name, String group) {
        if (name == null || !NAME.matcher(name).matches() || name.equals(".") || name.equals("..")) {
            throw new ValidationException("Name", name, "is not a schedule name",
                    "use 1 to 64 letters, digits, '-', '_' or '.'");
        }
        if (group != null && !group.equals(DEFAULT_GROUP)) {
            throw new ResourceNotFoundException("schedule group", group,
                    "the local backend has only the default group; leave GroupName out");
        }
        return name;
    }

    private ObjectNode record(String name, String expression, String timezone, Instant startDate, Instant endDate,
            String state, FlexibleTimeWindow window, Target target, String description, String afterCompletion) {
        ScheduleExpression.parse(expression);
        if (timezone != null) {
            try {
                ZoneId.of(timezone);
            } catch (DateTimeException e) {
                throw new ValidationException("ScheduleExpressionTimezone", timezone, "is not a time zone",
                        "give an IANA time zone such as UTC or Europe/Berlin", e);
            }
        }
        if (window == null || window.mode() == null) {
            throw new ValidationException("FlexibleTimeWindow", window, "is required",
                    "give FlexibleTimeWindow={Mode=OFF}");
        }
        if (state != null && !state.equals("ENABLED") && !state.equals("DISABLED")) {
            throw new ValidationException("State", state, "is not a schedule state", "give ENABLED or DISABLED");
        }
        if (startDate != null && endDate != null && endDate.isBefore(startDate)) {
            throw new ValidationException("EndDate", endDate, "is before the StartDate " + startDate,
                    "give an EndDate after the StartDate");
        }
        if (target == null || target.arn() == null || target.roleArn() == null) {
            throw new ValidationException("Target", target, "needs Arn and RoleArn",
                    "give Target={Arn=<pipeline ARN>, RoleArn=<role ARN>, SageMakerPipelineParameters={}}");
        }
        if (!target.arn().startsWith("arn:") || !target.arn().contains(":pipeline/")) {
            throw new ValidationException("Target.Arn", target.arn(), "is not a SageMaker pipeline; the local "
                    + "backend can start only its own pipelines", "give the ARN of a pipeline of this session");
        }
        GetScheduleResponse response = GetScheduleResponse.builder()
                .arn("arn:aws:scheduler:" + context.region() + ":" + context.accountId() + ":schedule/"
                        + DEFAULT_GROUP + "/" + name)
                .name(name).groupName(DEFAULT_GROUP).scheduleExpression(expression)
                .scheduleExpressionTimezone(timezone).startDate(startDate).endDate(endDate)
                .state(state == null ? "ENABLED" : state).flexibleTimeWindow(window).target(target)
                .description(description).actionAfterCompletion(afterCompletion).build();
        return SdkJson.toJson(response);
    }

    private Path file(String name) {
        return dir.resolve(name + ".json");
    }

    private ObjectNode read(String name) {
        ObjectNode record = PipelineStore.read(file(name));
        if (record == null) {
            throw new ResourceNotFoundException("schedule", name,
                    "ResourceNotFoundException: Schedule " + name + " does not exist; list them with ListSchedules");
        }
        return record;
    }

    private void delete(String name) {
        try {
            Files.deleteIfExists(file(name));
        } catch (IOException e) {
            throw new dev.sagemaker4j.exceptions.StorageException(file(name).toUri().toString(),
                    "could not be deleted: " + e, true, e);
        }
        if (scheduler != null) {
            scheduler.unregister(name);
        }
    }

    private List<ObjectNode> records() {
        List<ObjectNode> out = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return out;
        }
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, "*.json")) {
            for (Path p : ds) {
                if (AtomicFiles.isTemporary(p)) {
                    continue;
                }
                ObjectNode r = PipelineStore.read(p);
                if (r != null) {
                    out.add(r);
                }
            }
        } catch (IOException e) {
            throw new dev.sagemaker4j.exceptions.StorageException(dir.toUri().toString(),
                    "could not be listed: " + e, true, e);
        }
        return out;
    }

    // ---------------------------------------------------------------- firing

    /** Registers (or unregisters) one schedule with the scheduler, starting the scheduler when needed. */
    private void sync(String name, ObjectNode record) {
        if (closed) {
            return;
        }
        if (!record.path("State").asText().equals("ENABLED")) {
            if (scheduler != null) {
                scheduler.unregister(name);
            }
            return;
        }
        startScheduler();
        GetScheduleResponse s = SdkJson.fromJson(record, GetScheduleResponse::builder);
        scheduler.register(LocalScheduler.Registration.builder().id(name)
                .expression(ScheduleExpression.parse(s.scheduleExpression()))
                .zone(s.scheduleExpressionTimezone() == null ? ZoneOffset.UTC : ZoneId.of(s.scheduleExpressionTimezone()))
                .startDate(s.startDate()).endDate(s.endDate())
                .job((Consumer<Instant>) time -> fire(name, time)).build());
    }

    /** Called with {@link #lock} held. */
    private void startScheduler() {
        if (scheduler != null || closed) {
            return;
        }
        scheduler = new LocalScheduler("pipeline-schedules", clock);
        scheduler.register(LocalScheduler.Registration.builder().id(RESCAN)
                .expression(ScheduleExpression.parse("rate(1 minute)")).job(this::rescan).build());
        registerAll();
    }

    private void registerAll() {
        for (ObjectNode r : records()) {
            try {
                sync(r.path("Name").asText(), r);
            } catch (RuntimeException e) {
                LOG.warn("Pipeline schedule {} could not be resumed: {}", r.path("Name").asText(), e.toString());
            }
        }
    }

    /** Picks up records another process wrote or deleted. */
    private void rescan() {
        synchronized (lock) {
            if (scheduler == null) {
                return;
            }
            Set<String> onDisk = new HashSet<>();
            for (ObjectNode r : records()) {
                String name = r.path("Name").asText();
                onDisk.add(name);
                if (!scheduler.ids().contains(name) && r.path("State").asText().equals("ENABLED")) {
                    sync(name, r);
                }
            }
            for (String id : scheduler.ids()) {
                if (!id.equals(RESCAN) && !onDisk.contains(id)) {
                    scheduler.unregister(id);
                }
            }
        }
    }

    private void fire(String name, Instant scheduledTime) {
        ObjectNode record;
        synchronized (lock) {
            if (!owner()) {
                LOG.debug("Pipeline schedule {} due at {} is fired by another session on this root", name,
                        scheduledTime);
                return;
            }
            record = PipelineStore.read(file(name));
        }
        if (record == null || !record.path("State").asText().equals("ENABLED")) {
            return;
        }
        GetScheduleResponse s = SdkJson.fromJson(record, GetScheduleResponse::builder);
        List<Parameter> parameters = new ArrayList<>();
        if (s.target().sageMakerPipelineParameters() != null) {
            s.target().sageMakerPipelineParameters().pipelineParameterList().forEach(p ->
                    parameters.add(Parameter.builder().name(p.name()).value(p.value()).build()));
        }
        String displayName = NOT_IN_DISPLAY_NAME.matcher(name).replaceAll("-").replaceAll("^-+|-+$", "");
        displayName = (displayName.isEmpty() ? "schedule" : displayName) + "-" + FIRE_TIME.format(scheduledTime);
        try {
            String arn = pipelines.startPipelineExecution(StartPipelineExecutionRequest.builder()
                    .pipelineName(s.target().arn()).pipelineExecutionDisplayName(displayName)
                    .pipelineExecutionDescription("Started by EventBridge Scheduler schedule " + DEFAULT_GROUP + "/"
                            + name + " for " + scheduledTime)
                    .pipelineParameters(parameters).build()).pipelineExecutionArn();
            LOG.info("Pipeline schedule {} started {} (due {})", name, arn, scheduledTime);
        } catch (RuntimeException e) {
            LOG.warn("Pipeline schedule {} could not start {} (due {}): {}", name, s.target().arn(), scheduledTime,
                    e.toString());
        }
        if (s.actionAfterCompletion() == ActionAfterCompletion.DELETE
                && ScheduleExpression.parse(s.scheduleExpression()).kind() == ScheduleExpression.Kind.AT) {
            synchronized (lock) {
                delete(name);
            }
        }
    }

    /** Whether this session fires the root's schedules: it holds the root's schedule lock (taken on first need). */
    private boolean owner() {
        if (ownerLock != null && ownerLock.isValid()) {
            return true;
        }
        try {
            Files.createDirectories(dir.getParent());
            if (lockChannel == null) {
                lockChannel = FileChannel.open(dir.getParent().resolve(".lock"), StandardOpenOption.CREATE,
                        StandardOpenOption.WRITE);
            }
            ownerLock = lockChannel.tryLock();
        } catch (OverlappingFileLockException e) {
            ownerLock = null;
        } catch (IOException e) {
            LOG.warn("The pipeline schedules' lock {} could not be taken: {}", dir.getParent().resolve(".lock"),
                    e.toString());
            ownerLock = null;
        }
        return ownerLock != null;
    }

    // ---------------------------------------------------------------- test hooks and close

    /**
     * Replaces the scheduler's thread by a manual scheduler on {@code testClock} (tests move the clock and call
     * {@link #runDue()}, which then counts only the schedules' fires: records written by another session are not
     * rescanned); the schedules on disk are registered again.
     */
    void useClock(Clock testClock) {
        LocalScheduler old;
        synchronized (lock) {
            old = scheduler;
            scheduler = null;
        }
        if (old != null) {
            old.close();
        }
        synchronized (lock) {
            clock = testClock;
            scheduler = LocalScheduler.manual(testClock);
            registerAll();
        }
    }

    /** Fires what is due now (tests, with {@link #useClock}). */
    int runDue() {
        LocalScheduler s;
        synchronized (lock) {
            s = scheduler;
        }
        return s == null ? 0 : s.runDue();
    }

    /** The next fire time of a schedule, or null. */
    Instant nextFireTime(String name) {
        synchronized (lock) {
            return scheduler == null ? null : scheduler.nextFireTime(name).orElse(null);
        }
    }

    private static Path key(Path root) {
        return root.toAbsolutePath().normalize();
    }

    /** The newest open instance on a session root (tests; the session API is wrapped and cannot be cast). */
    static LocalPipelineSchedules latest(Path root) {
        LocalPipelineSchedules s = LATEST.get(key(root));
        if (s == null) {
            throw new IllegalStateException("no open local session on " + root);
        }
        return s;
    }

    void close() {
        LATEST.remove(key(context.root()), this);
        LocalScheduler s;
        synchronized (lock) {
            closed = true;
            s = scheduler;
            scheduler = null;
        }
        if (s != null) {
            s.close();
        }
        synchronized (lock) {
            try {
                if (ownerLock != null) {
                    ownerLock.release();
                }
                if (lockChannel != null) {
                    lockChannel.close();
                }
            } catch (IOException e) {
                LOG.debug("Releasing the pipeline schedules' lock failed: {}", e.toString());
            }
        }
    }
}
