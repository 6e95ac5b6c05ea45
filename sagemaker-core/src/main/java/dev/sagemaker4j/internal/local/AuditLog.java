/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.internal.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sagemaker4j.exceptions.StorageException;
import dev.sagemaker4j.exceptions.ValidationException;
import dev.sagemaker4j.local.SdkJson;
import dev.sagemaker4j.spi.AuditApi;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.regex.Pattern;
import software.amazon.awssdk.core.SdkPojo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The local audit trail: an append-only log of JSON lines under {@code audit/trail.jsonl} in the session root,
 * one entry per state-changing call, each carrying the SHA-256 of the entry before it ({@code prev}) and its
 * own ({@code hash}, over the line without that field).
 *
 * <p>One writer per file and JVM (sessions on one root share it): callers hand an {@link Entry} to a queue and
 * one thread writes them in batches under a file lock (so other processes on the root never interleave
 * either), then forces them to disk; a control-plane call waits for its entry to be on disk, a data-plane call
 * (PutRecord) does not. A line torn by a crash stays where it is; the next write starts a new line and links
 * to the last whole entry.
 */
final class AuditLog implements AuditApi {
    private static final Logger LOG = LoggerFactory.getLogger(AuditLog.class);
    private static final Map<Path, AuditLog> OPEN = new HashMap<>();
    private static final String GENESIS = "0".repeat(64);
    /** {@code ,"hash":"} + 64 hex digits + {@code "}}. */
    private static final int HASH_SUFFIX = 75;
    private static final Pattern SUFFIX = Pattern.compile(".*,\"hash\":\"[0-9a-f]{64}\"}$");
    private static final int TAIL_WINDOW = 1 << 20;
    private static final Entry STOP = Entry.marker();

    private final Path file;
    private final BlockingQueue<Entry> queue = new LinkedBlockingQueue<>(100_000);
    /** Readers see whole batches: the writer holds the write lock while it appends. */
    private final ReentrantReadWriteLock rw = new ReentrantReadWriteLock();
    private int users;
    private Thread writer;
    private FileChannel channel;
    private long expectedSize = -1;
    private long lastSeq;
    private String lastHash = GENESIS;

    private AuditLog(Path file) {
        this.file = file;
    }

    /**
     * The log of a session root, shared by the sessions of this JVM on that root.
     *
     * @param root the session root
     * @return the log; {@link #release()} it when the session closes
     */
    static AuditLog open(Path root) {
        Path file = root.resolve("audit").resolve("trail.jsonl").toAbsolutePath().normalize();
        synchronized (OPEN) {
            AuditLog log = OPEN.computeIfAbsent(file, AuditLog::new);
            log.users++;
            return log;
        }
    }

    /** Ends one session's use; the last one stops the writer after it wrote what is queued. */
    void release() {
        synchronized (OPEN) {
            if (--users > 0) {
                return;
            }
            OPEN.remove(file);
        }
        Thread t;
        synchronized (this) {
            t = writer;
            writer = null;
        }
        if (t != null) {
            queue.add(STOP);
            try {
                t.join(TimeUnit.SECONDS.toMillis(30));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        closeChannel();
    }

    private synchronized void closeChannel() {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                LOG.warn("Closing the audit log {} failed", file, e);
            }
            channel = null;
        }
    }

    @Override
    public String backendName() {
        return "local";
    }

    /**
     * Appends an entry (written by the writer thread).
     *
     * @param entry   the entry
     * @param durable whether to wait until it is on disk
     */
    void append(Entry entry, boolean durable) {
        startWriter();
        try {
            queue.put(entry);
            if (durable) {
                entry.done().get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException e) {
            // the call itself happened: the failure to record it is logged, not thrown at the caller
            LOG.error("The audit log {} could not record {}", file, entry.operation(), e.getCause());
        }
    }

    /** Waits until every entry queued so far is on disk. */
    void flush() {
        synchronized (this) {
            if (writer == null) {
                return;
            }
        }
        Entry marker = Entry.marker();
        append(marker, true);
    }

    private synchronized void startWriter() {
        if (writer == null) {
            writer = new Thread(this::writeLoop, "sagemaker4j-audit");
            writer.setDaemon(true);
            writer.start();
        }
    }

    private void writeLoop() {
        List<Entry> batch = new ArrayList<>();
        while (true) {
            try {
                batch.add(queue.take());
            } catch (InterruptedException e) {
                return;
            }
            queue.drainTo(batch, 4095);
            boolean stop = batch.remove(STOP);
            try {
                write(batch);
                batch.forEach(e -> e.done().complete(null));
            } catch (IOException | RuntimeException e) {
                LOG.error("Writing {} entries to the audit log {} failed", batch.size(), file, e);
                batch.forEach(x -> x.done().completeExceptionally(e));
            }
            batch.clear();
            if (stop) {
                return;
            }
        }
    }

    private void write(List<Entry> batch) throws IOException {
        StringBuilder lines = new StringBuilder();
        rw.writeLock().lock();
        try {
            FileChannel ch = channel();
            FileLock lock = ch.lock();
            try {
                long size = ch.size();
                if (size != expectedSize) {
                    // first write, or another process appended: find the last whole entry (and a torn tail)
                    if (recover(ch, size)) {
                        lines.append('\n');
                    }
                }
                for (Entry e : batch) {
                    if (e.operation() != null) {
                        lines.append(line(e)).append('\n');
                    }
                }
                if (lines.length() == 0) {
                    expectedSize = size;
                    return;
                }
                ByteBuffer bytes = ByteBuffer.wrap(lines.toString().getBytes(StandardCharsets.UTF_8));
                long at = size;
                while (bytes.hasRemaining()) {
                    at += ch.write(bytes, at);
                }
                ch.force(false);
                expectedSize = at;
            } catch (IOException | RuntimeException e) {
                // the next batch reads the file again for its last whole entry
                expectedSize = -1;
                throw e;
            } finally {
                lock.release();
            }
        } finally {
            rw.writeLock().unlock();
        }
    }

    private synchronized FileChannel channel() throws IOException {
        if (channel == null) {
            Files.createDirectories(file.getParent());
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
        }
        return channel;
    }

    /** Reads the last whole entry; answers whether the file ends in a torn line (no newline). */
    private boolean recover(FileChannel ch, long size) throws IOException {
        lastSeq = 0;
        lastHash = GENESIS;
        if (size == 0) {
            return false;
        }
        long from = Math.max(0, size - TAIL_WINDOW);
        ByteBuffer buf = ByteBuffer.allocate((int) (size - from));
        long at = from;
        while (buf.hasRemaining()) {
            int n = ch.read(buf, at);
            if (n < 0) {
                break;
            }
            at += n;
        }
        String tail = new String(buf.array(), 0, buf.position(), StandardCharsets.UTF_8);
        boolean torn = !tail.endsWith("\n");
        String[] lines = tail.split("\n");
        for (int i = lines.length - 1; i >= (from == 0 ? 0 : 1); i--) {
            JsonNode entry = parse(lines[i]);
            if (entry != null) {
                lastSeq = entry.path("eventId").asLong();
                lastHash = lines[i].substring(lines[i].length() - HASH_SUFFIX + 9, lines[i].length() - 2);
                return torn;
            }
        }
        if (from > 0) {
            // a torn run longer than the window: read it all (rare, and only once per writer)
            try (BufferedReader r = reader()) {
                for (String l = r.readLine(); l != null; l = r.readLine()) {
                    JsonNode entry = parse(l);
                    if (entry != null) {
                        lastSeq = entry.path("eventId").asLong();
                        lastHash = l.substring(l.length() - HASH_SUFFIX + 9, l.length() - 2);
                    }
                }
            }
        }
        return torn;
    }

    /** An entry line: its JSON with {@code prev}, then its own hash. */
    private String line(Entry e) {
        Resources.Resource resource = Resources.of(e.request(), e.response(), e.operation());
        ObjectNode n = SdkJson.MAPPER.createObjectNode();
        n.put("eventVersion", "1.0");
        n.put("eventId", lastSeq + 1);
        n.put("eventTime", e.time().toString());
        n.put("eventSource", "sagemaker4j.local");
        n.put("eventName", e.operation());
        ObjectNode identity = n.putObject("userIdentity");
        identity.put("type", e.accessKeyId() == null ? "LocalUser" : "AccessKey");
        identity.put("userName", e.accessKeyId() == null ? e.user() : e.accessKeyId());
        if (e.accessKeyId() != null) {
            identity.put("accessKeyId", e.accessKeyId());
        }
        putIfSet(n, "resourceType", resource.type());
        putIfSet(n, "resourceName", resource.name());
        putIfSet(n, "resourceArn", resource.arn());
        n.set("requestParameters", Resources.parameters(e.request(), e.operation()));
        putIfSet(n, "errorCode", e.errorCode());
        n.put("prev", lastHash);
        String body;
        try {
            body = SdkJson.MAPPER.writeValueAsString(n);
        } catch (com.fasterxml.jackson.core.JsonProcessingException ex) {
            throw new UncheckedIOException(ex);
        }
        String hash = sha256(body);
        lastSeq++;
        lastHash = hash;
        return body.substring(0, body.length() - 1) + ",\"hash\":\"" + hash + "\"}";
    }

    private static void putIfSet(ObjectNode n, String key, String value) {
        if (value != null) {
            n.put(key, value);
        }
    }

    /** The entry of a whole line whose hash holds, or {@code null}. */
    private static JsonNode parse(String line) {
        if (line.length() <= HASH_SUFFIX || !SUFFIX.matcher(line).matches()) {
            return null;
        }
        String body = body(line);
        if (!sha256(body).equals(line.substring(line.length() - HASH_SUFFIX + 9, line.length() - 2))) {
            return null;
        }
        try {
            return SdkJson.MAPPER.readTree(body);
        } catch (IOException e) {
            return null;
        }
    }

    private static String body(String line) {
        return line.substring(0, line.length() - HASH_SUFFIX) + "}";
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private BufferedReader reader() throws IOException {
        // malformed bytes of a torn line read as U+FFFD instead of failing the whole read
        return new BufferedReader(new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8));
    }

    private boolean endsWithNewline() throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = ch.size();
            if (size == 0) {
                return true;
            }
            ByteBuffer one = ByteBuffer.allocate(1);
            ch.read(one, size - 1);
            return one.get(0) == '\n';
        }
    }

    @Override
    public Verification verify() {
        flush();
        rw.readLock().lock();
        try {
            if (!Files.exists(file)) {
                return new Verification(true, 0, 0, null, List.of(), false, GENESIS);
            }
            boolean tornTail = !endsWithNewline();
            List<Long> torn = new ArrayList<>();
            long entries = 0;
            long seq = 0;
            String prev = GENESIS;
            long lineNo = 0;
            try (BufferedReader r = reader()) {
                for (String l = r.readLine(); l != null; l = r.readLine()) {
                    lineNo++;
                    if (!SUFFIX.matcher(l).matches()) {
                        torn.add(lineNo);
                        continue;
                    }
                    String body = body(l);
                    String hash = l.substring(l.length() - HASH_SUFFIX + 9, l.length() - 2);
                    if (!sha256(body).equals(hash)) {
                        return bad(entries, lineNo, "entry " + (seq + 1) + " on line " + lineNo
                                + " was changed: its hash does not match its content", torn, tornTail, prev);
                    }
                    JsonNode n = SdkJson.MAPPER.readTree(body);
                    long id = n.path("eventId").asLong();
                    if (!prev.equals(n.path("prev").asText()) || id != seq + 1) {
                        return bad(entries, lineNo, "entry " + id + " on line " + lineNo + " does not follow entry "
                                + seq + " (its link to the entry before it is broken: an entry before it was"
                                + " removed, reordered or changed)", torn, tornTail, prev);
                    }
                    entries++;
                    seq = id;
                    prev = hash;
                }
            }
            if (tornTail && !torn.isEmpty() && torn.get(torn.size() - 1) == lineNo) {
                torn.remove(torn.size() - 1);
            }
            return new Verification(true, entries, 0, null, torn, tornTail, prev);
        } catch (IOException e) {
            throw new StorageException(file.toUri().toString(), "the audit log cannot be read: " + e, true, e);
        } finally {
            rw.readLock().unlock();
        }
    }

    private static Verification bad(long entries, long line, String problem, List<Long> torn, boolean tornTail,
            String prev) {
        return new Verification(false, entries, line, problem, torn, tornTail, prev);
    }

    @Override
    public LookupEventsResult lookupEvents(LookupEventsOptions options) {
        long before = Long.MAX_VALUE;
        if (options.nextToken().isPresent()) {
            try {
                before = Long.parseLong(options.nextToken().get());
            } catch (NumberFormatException e) {
                throw new ValidationException("nextToken", options.nextToken().get(), "is not a token of this trail",
                        "pass the nextToken of the previous LookupEvents result unchanged");
            }
        }
        flush();
        List<Event> matches = new ArrayList<>();
        rw.readLock().lock();
        try (BufferedReader r = Files.exists(file) ? reader() : null) {
            if (r == null) {
                return new LookupEventsResult(List.of(), null);
            }
            for (String l = r.readLine(); l != null; l = r.readLine()) {
                JsonNode n = parse(l);
                if (n == null || n.path("eventId").asLong() > before) {
                    continue;
                }
                Event e = event(n);
                if (matches(e, options)) {
                    matches.add(e);
                }
            }
        } catch (IOException e) {
            throw new StorageException(file.toUri().toString(), "the audit log cannot be read: " + e, true, e);
        } finally {
            rw.readLock().unlock();
        }
        java.util.Collections.reverse(matches);
        int max = options.maxResults();
        String next = matches.size() > max ? Long.toString(matches.get(max).eventId()) : null;
        return new LookupEventsResult(matches.subList(0, Math.min(max, matches.size())), next);
    }

    private static Event event(JsonNode n) {
        JsonNode id = n.path("userIdentity");
        return new Event(n.path("eventId").asLong(), Instant.parse(n.path("eventTime").asText()),
                n.path("eventName").asText(), id.path("type").asText(), id.path("userName").asText(),
                text(id, "accessKeyId"), text(n, "resourceType"), text(n, "resourceName"), text(n, "resourceArn"),
                n.path("requestParameters").toString(), text(n, "errorCode"));
    }

    private static String text(JsonNode n, String key) {
        JsonNode v = n.get(key);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static boolean matches(Event e, LookupEventsOptions o) {
        if (o.eventName().isPresent() && !o.eventName().get().equals(e.eventName())
                || o.username().isPresent() && !o.username().get().equals(e.username())
                || o.accessKeyId().isPresent() && !o.accessKeyId().get().equals(e.accessKeyId())
                || o.startTime().isPresent() && e.eventTime().isBefore(o.startTime().get())
                || o.endTime().isPresent() && e.eventTime().isAfter(o.endTime().get())) {
            return false;
        }
        return o.resourceName().isEmpty() || Resources.matches(o.resourceName().get(), e);
    }

    /**
     * One call to record. The request and response are immutable SDK objects: the writer thread, not the
     * caller, turns them into the line, so a call pays only for the queue.
     *
     * @param time        when the call ended
     * @param operation   the operation, or {@code null} for a flush marker
     * @param user        the local user
     * @param accessKeyId the access key id of a signed request, or {@code null}
     * @param request     the request
     * @param response    the response, or {@code null} when the call failed
     * @param errorCode   the error code of a failed call, or {@code null}
     * @param done        completed when the line is on disk
     */
    record Entry(Instant time, String operation, String user, String accessKeyId, SdkPojo request,
            SdkPojo response, String errorCode, CompletableFuture<Void> done) {
        static Entry marker() {
            return new Entry(null, null, null, null, null, null, null, new CompletableFuture<>());
        }
    }
}
