/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.local;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sagemaker4j.exceptions.ResourceInUseException;
import dev.sagemaker4j.exceptions.ResourceNotFoundException;
import dev.sagemaker4j.exceptions.SessionClosedException;
import dev.sagemaker4j.exceptions.StorageException;
import dev.sagemaker4j.local.SdkJson;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.utils.builder.SdkBuilder;

/**
 * The local job engine's records: one folder per job or endpoint under
 * {@code <root>/jobs/<kind>/<name>/}, holding {@code record.json} (the Describe response itself,
 * in the service's JSON form, plus the id of the process that runs it) and the job's log. Records
 * are written atomically on every change, so a new JVM can describe and attach to an old job.
 *
 * <p>A record whose job was running in a process that has ended is marked {@code Failed} when it is
 * next read, as SageMaker marks jobs whose instances were lost.
 */
public final class JobStore {
    private volatile boolean closed;
    private static final long PID = ProcessHandle.current().pid();
    private static final Instant STARTED = ProcessHandle.current().info().startInstant().orElse(Instant.EPOCH);
    /** The marker of temporary files (as the object stores and AtomicFiles use it): a crash can leave them behind. */
    private static final String TEMP_MARKER = AtomicFiles.TEMP_MARKER;

    private final Path jobsRoot;
    private final Map<String, Object> cache = new ConcurrentHashMap<>();
    private final Map<String, Object> locks = new ConcurrentHashMap<>();

    /** Notified whenever this process writes a record; {@link #changeCount} counts the writes. */
    private final Object changes = new Object();
    private long changeCount;

    /**
     * Creates the store.
     *
     * @param root the session root; records go under {@code root/jobs}
     */
    public JobStore(Path root) {
        this.jobsRoot = root.resolve("jobs");
    }

    /**
     * The folder of one record.
     *
     * @param kind the kind
     * @param name the name
     * @return the folder
     */
    public Path folder(JobKind kind, String name) {
        return jobsRoot.resolve(kind.folder()).resolve(name);
    }

    /**
     * The log file of one record.
     *
     * @param kind the kind
     * @param name the name
     * @return the file (may not exist yet)
     */
    public Path logFile(JobKind kind, String name) {
        return folder(kind, name).resolve("log.txt");
    }

    private static String cacheKey(JobKind kind, String name) {
        return kind.name() + "/" + name;
    }

    private Object lock(JobKind kind, String name) {
        return locks.computeIfAbsent(cacheKey(kind, name), k -> new Object());
    }

    /**
     * Creates a record; its name is taken for good, as on the service.
     *
     * @param kind   the kind
     * @param name   the name
     * @param record the first version of the record
     * @param <R>    the record type
     * @throws ResourceInUseException when the name is taken
     */
    public <R extends SdkPojo> void create(JobKind kind, String name, R record) {
        ensureOpen();
        Path folder = folder(kind, name);
        try {
            Files.createDirectories(folder.getParent());
            Files.createDirectory(folder);
        } catch (FileAlreadyExistsException e) {
            throw new ResourceInUseException(kind.displayName(), name, capitalize(kind.displayName()) + " names must"
                    + " be unique within an AWS account and region, and a " + kind.displayName() + " with the name '"
                    + name + "' already exists. Choose another name (e.g. with Names.nameFromBase)");
        } catch (IOException e) {
            throw new StorageException(folder.toUri().toString(), "the job folder could not be created: " + e,
                    false, e);
        }
        synchronized (lock(kind, name)) {
            write(kind, name, record);
        }
    }

    /**
     * Reads a record.
     *
     * @param kind the kind
     * @param name the name
     * @param <R>  the record type
     * @return the record
     * @throws ResourceNotFoundException when there is none
     */
    public <R> R get(JobKind kind, String name) {
        ensureOpen();
        return this.<R>find(kind, name).orElseThrow(() -> new ResourceNotFoundException(kind.displayName(),
                name, "check the name; list them with List" + listOperation(kind)));
    }

    /**
     * Reads a record if it exists.
     *
     * @param kind the kind
     * @param name the name
     * @param <R>  the record type
     * @return the record, or empty
     */
    @SuppressWarnings("unchecked")
    public <R> Optional<R> find(JobKind kind, String name) {
        ensureOpen();
        Object cached = cache.get(cacheKey(kind, name));
        if (cached != null) {
            return Optional.of((R) cached);
        }
        synchronized (lock(kind, name)) {
            cached = cache.get(cacheKey(kind, name));
            if (cached != null) {
                return Optional.of((R) cached);
            }
            Path file = folder(kind, name).resolve("record.json");
            if (!Files.isRegularFile(file)) {
                return Optional.empty();
            }
            // records of other processes are read afresh each time: their owner keeps changing them
            return Optional.of((R) read(kind, name, file));
        }
    }

    /**
     * Changes a record, checking SageMaker's status machine, and persists it before returning.
     *
     * @param kind   the kind
     * @param name   the name
     * @param change the change
     * @param <R>    the record type
     * @return the new record
     * @throws IllegalStateException when the change breaks the status machine
     */
    public <R extends SdkPojo> R update(JobKind kind, String name, UnaryOperator<R> change) {
        ensureOpen();
        synchronized (lock(kind, name)) {
            R current = get(kind, name);
            if (!cache.containsKey(cacheKey(kind, name))) {
                throw new IllegalStateException(kind.displayName() + " " + name + " is run by another process;"
                        + " only that process changes its record");
            }
            R next = change.apply(current);
            if (next == current) {
                return current;
            }
            String from = kind.status(current);
            String to = kind.status(next);
            if (!kind.allows(from, to)) {
                throw new IllegalStateException(kind.displayName() + " " + name + " cannot go from " + from
                        + " to " + to);
            }
            write(kind, name, next);
            return next;
        }
    }

    /**
     * Removes a record whose resource was deleted (endpoints, models). Jobs are never removed.
     *
     * @param kind the kind
     * @param name the name
     */
    public void remove(JobKind kind, String name) {
        ensureOpen();
        synchronized (lock(kind, name)) {
            cache.remove(cacheKey(kind, name));
            Path folder = folder(kind, name);
            try {
                if (Files.exists(folder)) {
                    try (var walk = Files.walk(folder)) {
                        List<Path> paths = new ArrayList<>();
                        walk.forEach(paths::add);
                        Collections.reverse(paths);
                        for (Path p : paths) {
                            Files.deleteIfExists(p);
                        }
                    }
                }
            } catch (IOException e) {
                throw new StorageException(folder.toUri().toString(), "could not be removed: " + e, true, e);
            }
        }
    }

    /**
     * Every record of a kind (one removed while listing is left out).
     *
     * @param kind the kind
     * @param <R>  the record type
     * @return the records
     */
    public <R> List<R> all(JobKind kind) {
        ensureOpen();
        List<R> all = new ArrayList<>();
        for (String name : names(kind)) {
            this.<R>find(kind, name).ifPresent(all::add);
        }
        return all;
    }

    /**
     * The names of every record of a kind, in name order.
     *
     * @param kind the kind
     * @return the names
     */
    public List<String> names(JobKind kind) {
        ensureOpen();
        Path folder = jobsRoot.resolve(kind.folder());
        List<String> names = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return names;
        }
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder)) {
            for (Path p : stream) {
                if (Files.isRegularFile(p.resolve("record.json"))) {
                    names.add(p.getFileName().toString());
                }
            }
        } catch (IOException e) {
            throw new StorageException(folder.toUri().toString(), "could not be listed: " + e, true, e);
        }
        Collections.sort(names);
        return names;
    }

    /**
     * Whether this process owns the record (created it, or took it over after its owner ended).
     *
     * @param kind the kind
     * @param name the name
     * @return {@code true} when this JVM owns it
     */
    public boolean ownedHere(JobKind kind, String name) {
        find(kind, name);
        return cache.containsKey(cacheKey(kind, name));
    }

    /**
     * Leaves a request to stop for the process that runs a job (used when another process owns it).
     *
     * @param kind the kind
     * @param name the name
     */
    public void requestStop(JobKind kind, String name) {
        ensureOpen();
        try {
            Files.writeString(folder(kind, name).resolve("stop-requested"), Instant.now().toString());
        } catch (IOException e) {
            throw new StorageException(folder(kind, name).toUri().toString(), "the stop request could not be"
                    + " written: " + e, true, e);
        }
    }

    /**
     * Whether another process asked this job to stop.
     *
     * @param kind the kind
     * @param name the name
     * @return {@code true} when a stop request file is there
     */
    public boolean stopRequested(JobKind kind, String name) {
        return Files.exists(folder(kind, name).resolve("stop-requested"));
    }

    private void write(JobKind kind, String name, SdkPojo record) {
        ObjectNode node = SdkJson.MAPPER.createObjectNode();
        ObjectNode owner = node.putObject("owner");
        owner.put("pid", PID);
        owner.put("started", STARTED.toString());
        node.set("record", SdkJson.toJson(record));
        AtomicFiles.writeString(folder(kind, name).resolve("record.json"), node.toString());
        cache.put(cacheKey(kind, name), record);
        synchronized (changes) {
            changeCount++;
            changes.notifyAll();
        }
    }

    /**
     * Waits until this process writes a record (a job or endpoint changes status, say) or
     * {@code millis} pass, whichever comes first: a waiter's pause between two describes that ends
     * as soon as there may be news. Records written by other processes are not seen; the pause
     * still ends by its time.
     *
     * @param millis the longest wait
     * @throws InterruptedException when the thread is interrupted
     */
    public void awaitChange(long millis) throws InterruptedException {
        awaitChange(changeCount(), millis);
    }

    /**
     * How many records this process has written so far: read it before looking at the jobs, then
     * {@link #awaitChange(long, long)} with it, so that a record written between the look and the wait
     * ends the wait at once instead of being slept through.
     *
     * @return the count of record writes
     */
    public long changeCount() {
        synchronized (changes) {
            return changeCount;
        }
    }

    /**
     * Waits until this process has written a record since {@link #changeCount()} answered {@code seen},
     * or {@code millis} pass: returns at once when one was written in between.
     *
     * @param seen   a count {@link #changeCount()} answered
     * @param millis the longest wait
     * @throws InterruptedException when the thread is interrupted
     */
    public void awaitChange(long seen, long millis) throws InterruptedException {
        long deadline = System.nanoTime() + millis * 1_000_000L;
        synchronized (changes) {
            while (changeCount == seen) {
                long left = (deadline - System.nanoTime()) / 1_000_000L;
                if (left <= 0) {
                    return;
                }
                changes.wait(left);
            }
        }
    }

    private Object read(JobKind kind, String name, Path file) {
        JsonNode node;
        try {
            // decimals as written, not as doubles: a time keeps its nanoseconds, so another process describes a job
            // with the very instants the writing process holds
            node = SdkJson.MAPPER.reader().with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                    .readTree(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new StorageException(file.toUri().toString(), "the record could not be read: " + e, true, e);
        }
        @SuppressWarnings("unchecked")
        Object record = SdkJson.fromJson(node.path("record"), () -> (SdkBuilder<?, Object>) kind.newBuilder());
        String status = kind.status(record);
        if (kind.isActive(status) && !ownerAlive(node.path("owner"))) {
            // this process takes the record over: remove what the ended owner left, as the sweep would have
            try {
                leftovers(kind, folder(kind, name)).forEach(JobStore::deleteTree);
            } catch (IOException e) {
                org.slf4j.LoggerFactory.getLogger(JobStore.class).debug("Could not sweep {}", name, e);
            }
            record = Orphans.markLost(kind, record, node.path("owner").path("pid").asLong());
            write(kind, name, (SdkPojo) record);
        }
        return record;
    }

    /**
     * Ends this store's use: every later read or write of a record fails with
     * {@link SessionClosedException}, so that a caller holding a part of a closed session learns it
     * instead of reading records no job updates any more. The backend closes it last, after the job
     * runner (whose jobs write their final status) and the parts.
     */
    public void close() {
        closed = true;
    }

    private void ensureOpen() {
        if (closed) {
            throw new SessionClosedException("The local job records of this session");
        }
    }

    /**
     * Removes what jobs of ended processes left behind: temporary files ({@code *.sm4j-tmp-*}, such
     * as a transform's partial output), an unwritten {@code record.json.tmp}, a training job's
     * copied input data and its tarballs not yet uploaded. A job's owner is the process recorded in
     * its {@code record.json} (pid and start time); a folder whose owner is alive (this JVM or
     * another) or unknown (no record yet) is never touched. Records themselves are kept: they are
     * marked {@code Failed} when next read.
     *
     * @return the number of files and folders removed
     */
    public int removeLeftoversOfEndedProcesses() {
        int removed = 0;
        for (JobKind kind : JobKind.values()) {
            Path kindFolder = jobsRoot.resolve(kind.folder());
            if (!Files.isDirectory(kindFolder)) {
                continue;
            }
            try (DirectoryStream<Path> jobs = Files.newDirectoryStream(kindFolder)) {
                for (Path folder : jobs) {
                    List<Path> leftovers = leftovers(kind, folder);
                    if (leftovers.isEmpty() || !ownerEnded(folder.resolve("record.json"))) {
                        continue;
                    }
                    for (Path p : leftovers) {
                        removed += deleteTree(p);
                    }
                }
            } catch (IOException e) {
                // a sweep that cannot list a folder leaves it for the next session; it must not stop this one
                org.slf4j.LoggerFactory.getLogger(JobStore.class).debug("Could not sweep {}", kindFolder, e);
            }
        }
        return removed;
    }

    /** Candidates found with shallow listings: opening a session must stay cheap on a root of many jobs. */
    private static List<Path> leftovers(JobKind kind, Path folder) throws IOException {
        List<Path> found = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return found;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
            for (Path p : files) {
                String name = p.getFileName().toString();
                if (name.contains(TEMP_MARKER) || name.equals("record.json.tmp")
                        || (kind == JobKind.TRAINING && (name.equals("model.tar.gz")
                        || name.equals("output.tar.gz")))) {
                    found.add(p);
                } else if (kind == JobKind.TRAINING && name.startsWith("algo-") && Files.isDirectory(p)) {
                    Path data = p.resolve("input").resolve("data");
                    if (Files.isDirectory(data)) {
                        found.add(data);
                    }
                    Path checkpoints = p.resolve("checkpoints");
                    if (Files.isDirectory(checkpoints)) {
                        try (DirectoryStream<Path> c = Files.newDirectoryStream(checkpoints, "*" + TEMP_MARKER + "*")) {
                            c.forEach(found::add);
                        }
                    }
                }
            }
        }
        return found;
    }

    /** Whether the process that owns a record has ended; {@code false} when that cannot be told. */
    private static boolean ownerEnded(Path record) {
        if (!Files.isRegularFile(record)) {
            return false;
        }
        try {
            JsonNode owner = SdkJson.MAPPER.readTree(record.toFile()).path("owner");
            return owner.has("pid") && !ownerAlive(owner);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static int deleteTree(Path root) {
        int count = 0;
        try (var walk = Files.walk(root)) {
            List<Path> paths = new ArrayList<>();
            walk.forEach(paths::add);
            Collections.reverse(paths);
            for (Path p : paths) {
                if (Files.deleteIfExists(p)) {
                    count++;
                }
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            org.slf4j.LoggerFactory.getLogger(JobStore.class).debug("Could not remove {}", root, e);
        }
        return count;
    }

    private static boolean ownerAlive(JsonNode owner) {
        long pid = owner.path("pid").asLong(-1);
        if (pid == PID) {
            return owner.path("started").asText().equals(STARTED.toString());
        }
        Optional<ProcessHandle> process = ProcessHandle.of(pid);
        if (process.isEmpty() || !process.get().isAlive()) {
            return false;
        }
        Optional<Instant> started = process.get().info().startInstant();
        return started.isEmpty() || started.get().toString().equals(owner.path("started").asText());
    }

    private static String listOperation(JobKind kind) {
        switch (kind) {
            case TRAINING:
                return "TrainingJobs";
            case PROCESSING:
                return "ProcessingJobs";
            case TRANSFORM:
                return "TransformJobs";
            case TUNING:
                return "HyperParameterTuningJobs";
            case MODEL:
                return "Models";
            case ENDPOINT_CONFIG:
                return "EndpointConfigs";
            default:
                return "Endpoints";
        }
    }

    private static String capitalize(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
