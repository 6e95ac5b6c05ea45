/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.hosting.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sagemaker4j.exceptions.SageMakerException;
import dev.sagemaker4j.local.JobKind;
import dev.sagemaker4j.local.JobLog;
import dev.sagemaker4j.local.JobRunner;
import dev.sagemaker4j.local.LocalContext;
import dev.sagemaker4j.local.SdkJson;
import dev.sagemaker4j.model.internal.ModelInvocationException;
import dev.sagemaker4j.model.internal.ModelRuntime;
import dev.sagemaker4j.progress.ProgressEvent;
import dev.sagemaker4j.s3.S3Uri;
import dev.sagemaker4j.spi.ObjectStore;
import dev.sagemaker4j.spi.ObjectSummary;
import dev.sagemaker4j.utils.Uris;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Queue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import software.amazon.awssdk.services.sagemaker.model.CreateTransformJobRequest;
import software.amazon.awssdk.services.sagemaker.model.DataProcessing;

/** One batch transform job: reads the objects, batches records, calls the model, writes the outputs. */
final class TransformRun {
    private static final Pattern RECORD = Pattern.compile("^Record (\\d+)(.*)$", Pattern.DOTALL);
    private static final long MB = 1024L * 1024;
    /** The largest payload limit packed in one buffer: SageMaker's own MaxPayloadInMB maximum, 100 MB. */
    private static final long PACKED_MAX_PAYLOAD = 100 * MB;
    /** The largest Java byte array. */
    private static final long MAX_ARRAY = Integer.MAX_VALUE - 8;
    /**
     * Memory a record in flight takes per byte: the reader's buffer while it grows (old and new),
     * the record's copy, the payload and the model's parsed rows, as {@link #defaultConcurrency} counts.
     */
    private static final long RECORD_MEMORY_FACTOR = 4;

    /** A failure that fails the job; its message is the FailureReason. */
    static final class TransformFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TransformFailure(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private final String name;
    private final ModelRuntime runtime;
    private final LocalContext context;
    private final JobLog log;
    private final JobRunner.StopSignal signal;
    private final ObjectStore store;
    private final String inputUri;
    private final String dataType;
    private final String contentType;
    private final boolean gzip;
    private final boolean splitLines;
    private final boolean multiRecord;
    private final long maxPayload;
    private final boolean assembleLines;
    private final String outputPath;
    private final String accept;
    private final JsonPathFilter inputFilter;
    private final JsonPathFilter outputFilter;
    private final boolean join;
    private final boolean json;
    private final boolean parquet;
    private final int concurrency;
    private final Semaphore inFlight;
    private final ExecutorService workers;
    /**
     * Payload buffers of packed requests that were answered, for {@link LinePacker} to fill again
     * ({@link ModelRuntime#invoke(byte[], int, String, String)} keeps none): no multi-megabyte array
     * allocated and zeroed per request. At most one a request in flight and one a packing thread exist.
     */
    private final Queue<byte[]> spareBuffers = new ConcurrentLinkedQueue<>();
    private final AtomicReference<TransformFailure> failure = new AtomicReference<>();
    private final AtomicLong records = new AtomicLong();
    private final AtomicLong bytesRead = new AtomicLong();
    private long totalBytes;
    private int objects;
    private final long started = System.nanoTime();
    private volatile long lastProgress;

    TransformRun(String name, CreateTransformJobRequest request, ModelRuntime runtime, LocalContext context,
                 JobLog log, JobRunner.StopSignal signal) {
        this.name = name;
        this.runtime = runtime;
        this.context = context;
        this.log = log;
        this.signal = signal;
        this.store = context.objectStore();
        var input = request.transformInput();
        this.inputUri = input.dataSource().s3DataSource().s3Uri();
        this.dataType = input.dataSource().s3DataSource().s3DataTypeAsString() == null ? "S3Prefix"
                : input.dataSource().s3DataSource().s3DataTypeAsString();
        String type = input.contentType() == null ? "" : input.contentType();
        this.parquet = type.toLowerCase(java.util.Locale.ROOT).startsWith("application/x-parquet");
        this.contentType = parquet ? "text/csv" : type;
        this.gzip = "Gzip".equals(input.compressionTypeAsString());
        this.splitLines = "Line".equals(input.splitTypeAsString()) || parquet;
        this.multiRecord = !"SingleRecord".equals(request.batchStrategyAsString());
        int payloadMb = request.maxPayloadInMB() == null ? 6 : request.maxPayloadInMB();
        this.maxPayload = payloadMb == 0 ? Long.MAX_VALUE : payloadMb * MB;
        this.assembleLines = "Line".equals(request.transformOutput().assembleWithAsString());
        String out = request.transformOutput().s3OutputPath();
        this.outputPath = out.endsWith("/") ? out.substring(0, out.length() - 1) : out;
        this.accept = request.transformOutput().accept();
        DataProcessing processing = request.dataProcessing();
        this.inputFilter = JsonPathFilter.parse("DataProcessing.InputFilter",
                processing == null ? null : processing.inputFilter());
        this.outputFilter = JsonPathFilter.parse("DataProcessing.OutputFilter",
                processing == null ? null : processing.outputFilter());
        this.join = processing != null && "Input".equals(processing.joinSourceAsString());
        String base = contentType.toLowerCase(java.util.Locale.ROOT);
        this.json = base.startsWith("application/json") || base.startsWith("application/jsonlines");
        int instances = request.transformResources() == null || request.transformResources().instanceCount() == null
                ? 1 : request.transformResources().instanceCount();
        int perInstance = request.maxConcurrentTransforms() == null || request.maxConcurrentTransforms() == 0
                ? defaultConcurrency(maxPayload) : request.maxConcurrentTransforms();
        this.concurrency = Math.max(1, instances * perInstance);
        this.inFlight = new Semaphore(concurrency);
        this.workers = Executors.newFixedThreadPool(concurrency, r -> {
            Thread t = new Thread(r, "sagemaker4j-transform-" + name);
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * MaxConcurrentTransforms when the request leaves it out: one request a CPU, but no more than the
     * heap holds, at about four times the payload a request in flight (the packed payload, the parsed
     * rows, the answer and its slack), so that a small heap on a many-CPU machine does not run out.
     */
    static int defaultConcurrency(long maxPayload) {
        int cpus = Runtime.getRuntime().availableProcessors();
        long perRequest = maxPayload >= Long.MAX_VALUE / 4 ? Long.MAX_VALUE : 4 * maxPayload;
        long fits = Runtime.getRuntime().maxMemory() / Math.max(1, perRequest);
        return (int) Math.max(1, Math.min(cpus, fits));
    }

    long records() {
        return records.get();
    }

    int objects() {
        return objects;
    }

    /** One input object: where it is and where its output goes. */
    private static final class Item {
        final String uri;
        final String relative;
        final long size;

        Item(String uri, String relative, long size) {
            this.uri = uri;
            this.relative = relative;
            this.size = size;
        }
    }

    void execute() throws IOException {
        List<Item> items = list();
        objects = items.size();
        totalBytes = items.stream().mapToLong(i -> i.size).sum();
        log.line("Transforming " + items.size() + " object(s), " + totalBytes + " bytes, " + concurrency
                + " concurrent request(s), " + (multiRecord ? "MultiRecord" : "SingleRecord") + ", max payload "
                + (maxPayload == Long.MAX_VALUE ? "unlimited" : (maxPayload / MB) + " MB"));
        int drivers = Math.max(1, Math.min(items.size(), concurrency));
        ExecutorService objectPool = Executors.newFixedThreadPool(drivers, r -> {
            Thread t = new Thread(r, "sagemaker4j-transform-objects-" + name);
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (Item item : items) {
                futures.add(objectPool.submit(() -> {
                    if (failure.get() == null && !stopped()) {
                        transform(item);
                    }
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                try {
                    f.get();
                } catch (ExecutionException e) {
                    fail(e.getCause() instanceof TransformFailure ? (TransformFailure) e.getCause()
                            : new TransformFailure("InternalServerError: " + e.getCause(), e.getCause()));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new TransformFailure("InternalServerError: interrupted", e);
                }
            }
        } finally {
            objectPool.shutdownNow();
            workers.shutdownNow();
        }
        if (failure.get() != null) {
            progress(true, false);
            throw failure.get();
        }
        progress(true);
    }

    private boolean stopped() {
        return signal.stopped() || context.jobs().stopRequested(JobKind.TRANSFORM, name);
    }

    private void fail(TransformFailure f) {
        failure.compareAndSet(null, f);
    }

    private List<Item> list() throws IOException {
        List<Item> items = new ArrayList<>();
        if ("ManifestFile".equals(dataType)) {
            JsonNode manifest;
            try (InputStream in = store.get(inputUri)) {
                manifest = SdkJson.MAPPER.readTree(in);
            }
            if (!manifest.isArray() || manifest.size() == 0 || !manifest.get(0).has("prefix")) {
                throw new TransformFailure("ClientError: " + inputUri + " is not a manifest file: write"
                        + " [{\"prefix\": \"s3://bucket/prefix/\"}, \"relative/key\", ...]", null);
            }
            String prefix = manifest.get(0).get("prefix").asText();
            for (int i = 1; i < manifest.size(); i++) {
                String relative = manifest.get(i).asText();
                String uri = prefix.endsWith("/") ? prefix + relative : prefix + "/" + relative;
                long size = store.head(uri).map(ObjectSummary::size).orElseThrow(() -> new TransformFailure(
                        "ClientError: the manifest " + inputUri + " lists " + uri + ", which does not exist", null));
                items.add(new Item(uri, relative, size));
            }
        } else {
            String prefixKey = S3Uri.isS3(inputUri) ? S3Uri.parse(inputUri).key() : Uris.fileKey(inputUri);
            try (Stream<ObjectSummary> all = store.listAll(inputUri)) {
                all.forEach(o -> items.add(new Item(o.uri(), S3Uri.relativeKey(o.key(), prefixKey), o.size())));
            }
        }
        if (items.isEmpty()) {
            throw new TransformFailure("ClientError: no objects found under " + inputUri
                    + "; check the S3Uri and that the data was uploaded", null);
        }
        return items;
    }

    /**
     * One request and where its records start: either its records one by one (raw and as sent), or,
     * packed, the payload itself already joined in a buffer.
     */
    private static final class Batch {
        final long firstRecord;
        final List<byte[]> raw = new ArrayList<>();
        final List<byte[]> sent = new ArrayList<>();
        long bytes;
        /** The packed payload: its first {@link #bytes} bytes; null for a batch of records. */
        byte[] packed;
        int packedRecords;

        Batch(long firstRecord) {
            this.firstRecord = firstRecord;
        }

        Batch(long firstRecord, byte[] packed, int length, int records) {
            this.firstRecord = firstRecord;
            this.packed = packed;
            this.bytes = length;
            this.packedRecords = records;
        }

        int records() {
            return packed != null ? packedRecords : raw.size();
        }
    }

    private void transform(Item item) {
        Path temp = null;
        try {
            temp = Files.createTempFile(context.jobs().folder(JobKind.TRANSFORM, name), ".out-", ".sm4j-tmp-part");
            Deque<Future<byte[]>> pending = new ArrayDeque<>();
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16)) {
                if (packed()) {
                    transformPacked(item, pending, out);
                } else {
                    transformRecords(item, pending, out);
                }
            }
            if (failure.get() != null || stopped()) {
                return;
            }
            // published only when complete: a failed or stopped object leaves no output
            store.put(outputPath + "/" + item.relative + ".out", temp);
            log.line("Wrote " + outputPath + "/" + item.relative + ".out");
        } catch (TransformFailure e) {
            fail(e);
        } catch (SageMakerException e) {
            fail(new TransformFailure("ClientError: object " + item.uri + ": " + e.getMessage(), e));
        } catch (IOException | SQLException e) {
            fail(new TransformFailure("ClientError: object " + item.uri + " could not be read: " + e.getMessage(), e));
        } catch (OutOfMemoryError e) {
            // a last resort behind reserve(): what this object held is unreachable now, so the JVM goes on
            fail(new TransformFailure("ClientError: object " + item.uri + " needed more memory than the JVM has ("
                    + Runtime.getRuntime().maxMemory() + " bytes, -Xmx); set MaxPayloadInMB, split large records or"
                    + " give the JVM more memory", null));
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // a leftover temporary file in the job folder is harmless
                }
            }
        }
    }

    /**
     * Whether lines can go to the model as they lie in the input: split by line, packed many to a
     * request, nothing filtered or joined per record, and a payload limit a buffer can hold.
     */
    private boolean packed() {
        return splitLines && multiRecord && !parquet && inputFilter.isAll() && outputFilter.isAll() && !join
                && maxPayload <= PACKED_MAX_PAYLOAD;
    }

    /** Lines packed in place by {@link LinePacker}: no array per record, no second copy of the payload. */
    private void transformPacked(Item item, Deque<Future<byte[]>> pending, OutputStream out) throws IOException {
        try (InputStream in = open(item)) {
            LinePacker packer = new LinePacker(in, item);
            Batch batch;
            while (failure.get() == null && !stopped() && (batch = packer.next()) != null) {
                submit(batch, item, pending, out);
            }
            while (!pending.isEmpty()) {
                write(pending.poll(), out);
            }
        }
    }

    /** Records one by one: filtered, joined or Parquet input, or one record a request. */
    private void transformRecords(Item item, Deque<Future<byte[]>> pending, OutputStream out)
            throws IOException, SQLException {
        RecordReader reader = reader(item);
        try {
            Batch batch = null;
            long index = 0;
            byte[] record;
            while ((record = reader.next()) != null) {
                // the stop request is a file: look for it once per 1024 records, not per record
                if (failure.get() != null || signal.stopped() || ((index & 1023) == 0 && stopped())) {
                    break;
                }
                index++;
                byte[] sent = filterInput(record, item, index);
                if (sent.length > maxPayload) {
                    throw new TransformFailure("ClientError: object " + item.uri + ", record " + index
                            + " is " + sent.length + " bytes, larger than MaxPayloadInMB ("
                            + (maxPayload / MB) + " MB); raise MaxPayloadInMB or split the record", null);
                }
                if (batch != null && (!multiRecord || batch.bytes + sent.length + 1 > maxPayload)) {
                    submit(batch, item, pending, out);
                    batch = null;
                }
                if (batch == null) {
                    batch = new Batch(index);
                }
                batch.raw.add(record);
                batch.sent.add(sent);
                batch.bytes += sent.length + (batch.sent.size() > 1 ? 1 : 0);
            }
            if (batch != null && failure.get() == null && !stopped()) {
                submit(batch, item, pending, out);
            }
            while (!pending.isEmpty()) {
                write(pending.poll(), out);
            }
        } finally {
            reader.close();
        }
    }

    private void submit(Batch batch, Item item, Deque<Future<byte[]>> pending, OutputStream out) throws IOException {
        // write the answers that are complete, in order: when the model outpaces the reader, permits are always
        // free and nothing else would drain them, so they would pile up for the whole object
        while (!pending.isEmpty() && pending.peek().isDone()) {
            write(pending.poll(), out);
        }
        // keep at most `concurrency` requests in flight across all objects: memory stays payload x concurrency
        while (!inFlight.tryAcquire()) {
            if (!pending.isEmpty()) {
                write(pending.poll(), out);
            } else {
                try {
                    inFlight.acquire();
                    break;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new TransformFailure("InternalServerError: interrupted", e);
                }
            }
        }
        pending.add(workers.submit(() -> {
            try {
                return invoke(batch, item);
            } finally {
                if (batch.packed != null) {
                    spareBuffers.offer(batch.packed);
                }
                inFlight.release();
            }
        }));
    }

    private void write(Future<byte[]> future, OutputStream out) throws IOException {
        try {
            out.write(future.get());
        } catch (ExecutionException e) {
            if (e.getCause() instanceof TransformFailure) {
                throw (TransformFailure) e.getCause();
            }
            throw new TransformFailure("InternalServerError: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TransformFailure("InternalServerError: interrupted", e);
        }
    }

    private byte[] invoke(Batch batch, Item item) {
        byte[] payload = batch.packed;
        if (payload == null) {
            // batch.bytes is the exact payload length: one copy, no ByteArrayOutputStream growth and toByteArray
            payload = new byte[(int) batch.bytes];
            int position = 0;
            for (int i = 0; i < batch.sent.size(); i++) {
                if (i > 0) {
                    payload[position++] = '\n';
                }
                byte[] record = batch.sent.get(i);
                System.arraycopy(record, 0, payload, position, record.length);
                position += record.length;
            }
        }
        int count = batch.records();
        byte[] response;
        try {
            response = runtime.invoke(payload, (int) batch.bytes, contentType, accept).body();
        } catch (ModelInvocationException e) {
            String message = e.getMessage() == null ? "" : e.getMessage();
            Matcher m = RECORD.matcher(message);
            String where = m.matches() ? "record " + (batch.firstRecord + Long.parseLong(m.group(1)) - 1)
                    + m.group(2) : (count == 1 ? "record " + batch.firstRecord : "records "
                    + batch.firstRecord + "-" + (batch.firstRecord + count - 1)) + ": " + message;
            throw new TransformFailure("ClientError: object " + item.uri + ", " + where + " (the model answered "
                    + e.statusCode() + ")", e);
        }
        records.addAndGet(count);
        progress(false);
        return assemble(batch, response, item);
    }

    private byte[] assemble(Batch batch, byte[] response, Item item) {
        boolean perRecord = join || !outputFilter.isAll();
        if (!perRecord) {
            if (assembleLines && (response.length == 0 || response[response.length - 1] != '\n')) {
                byte[] line = Arrays.copyOf(response, response.length + 1);
                line[response.length] = '\n';
                return line;
            }
            return response;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(response.length + 64);
        List<String> outputs = splitOutputs(response, batch.raw.size());
        if (outputs.size() != batch.raw.size()) {
            throw new TransformFailure("ClientError: object " + item.uri + ", records " + batch.firstRecord + "-"
                    + (batch.firstRecord + batch.raw.size() - 1) + ": the model answered " + outputs.size()
                    + " output record(s) for " + batch.raw.size() + " input record(s), so they cannot be joined"
                    + " or filtered per record; use BatchStrategy SingleRecord or a line-per-record Accept type",
                    null);
        }
        for (int i = 0; i < outputs.size(); i++) {
            String record;
            try {
                record = json ? jsonRecord(batch.raw.get(i), outputs.get(i)) : csvRecord(batch.raw.get(i),
                        outputs.get(i));
            } catch (IllegalArgumentException e) {
                throw new TransformFailure("ClientError: object " + item.uri + ", record " + (batch.firstRecord + i)
                        + ": " + e.getMessage(), e);
            }
            out.writeBytes(record.getBytes(StandardCharsets.UTF_8));
            if (assembleLines) {
                out.write('\n');
            }
        }
        return out.toByteArray();
    }

    private static List<String> splitOutputs(byte[] response, int expected) {
        String text = new String(response, StandardCharsets.UTF_8);
        if (expected == 1) {
            return List.of(stripNewline(text));
        }
        List<String> lines = new ArrayList<>();
        for (String line : stripNewline(text).split("\n", -1)) {
            lines.add(line.endsWith("\r") ? line.substring(0, line.length() - 1) : line);
        }
        return lines;
    }

    private static String stripNewline(String s) {
        String t = s;
        while (t.endsWith("\n") || t.endsWith("\r")) {
            t = t.substring(0, t.length() - 1);
        }
        return t;
    }

    private String csvRecord(byte[] raw, String output) {
        String joined = join ? new String(raw, StandardCharsets.UTF_8) + "," + output : output;
        if (outputFilter.isAll()) {
            return joined;
        }
        return outputFilter.applyCsv(Arrays.asList(joined.split(",", -1)));
    }

    private String jsonRecord(byte[] raw, String output) {
        try {
            JsonNode out;
            try {
                out = SdkJson.MAPPER.readTree(output);
            } catch (IOException e) {
                out = SdkJson.MAPPER.getNodeFactory().textNode(output);
            }
            JsonNode record = out;
            if (join) {
                JsonNode in = SdkJson.MAPPER.readTree(raw);
                ObjectNode joined;
                if (in.isObject()) {
                    joined = ((ObjectNode) in).deepCopy();
                } else {
                    joined = SdkJson.MAPPER.createObjectNode();
                    joined.set("SageMakerInput", in);
                }
                joined.set("SageMakerOutput", out);
                record = joined;
            }
            return outputFilter.applyJson(record).toString();
        } catch (IOException e) {
            throw new IllegalArgumentException("the input record is not JSON: " + e.getMessage(), e);
        }
    }

    private byte[] filterInput(byte[] record, Item item, long index) {
        if (inputFilter.isAll()) {
            return record;
        }
        try {
            if (json) {
                return inputFilter.applyJson(SdkJson.MAPPER.readTree(record)).toString()
                        .getBytes(StandardCharsets.UTF_8);
            }
            return inputFilter.applyCsv(Arrays.asList(new String(record, StandardCharsets.UTF_8).split(",", -1)))
                    .getBytes(StandardCharsets.UTF_8);
        } catch (IOException | IllegalArgumentException e) {
            throw new TransformFailure("ClientError: object " + item.uri + ", record " + index + ": the InputFilter "
                    + inputFilter + " cannot be applied: " + e.getMessage(), e);
        }
    }

    private void progress(boolean last) {
        progress(last, true);
    }

    /** Reports progress at most once a second, and the last time; a failed run ends without a total. */
    private void progress(boolean last, boolean complete) {
        long now = System.nanoTime();
        if (!last && now - lastProgress < 1_000_000_000L) {
            return;
        }
        lastProgress = now;
        double seconds = Math.max(1e-9, (now - started) / 1e9);
        Map<String, Double> metrics = new LinkedHashMap<>();
        metrics.put("records_per_second", records.get() / seconds);
        double fraction = totalBytes == 0 ? 1 : Math.min(1, (double) bytesRead.get() / totalBytes);
        metrics.put("eta_seconds", fraction <= 0 ? Double.NaN : seconds * (1 - fraction) / fraction);
        try {
            context.config().progressListener().onProgress(new ProgressEvent("Transform", name, records.get(),
                    last && complete ? records.get() : -1, "record", metrics, Duration.ofNanos(now - started), last));
        } catch (RuntimeException ignored) {
            // a broken listener must not fail the job
        }
    }

    // ---- reading records ----

    /** Records of one object. */
    private interface RecordReader extends AutoCloseable {
        byte[] next() throws IOException, SQLException;

        @Override
        void close() throws IOException, SQLException;
    }

    /** The object's bytes, uncompressed, counted for the progress estimate. */
    private InputStream open(Item item) throws IOException {
        InputStream raw = new CountingStream(store.get(item.uri));
        if (!gzip) {
            return raw;
        }
        try {
            return new GZIPInputStream(raw, 1 << 16);
        } catch (IOException e) {
            raw.close();
            throw e;
        }
    }

    private RecordReader reader(Item item) throws IOException, SQLException {
        if (parquet) {
            return parquetReader(item);
        }
        InputStream in = open(item);
        if (!splitLines) {
            return new RecordReader() {
                private boolean done;

                @Override
                public byte[] next() throws IOException {
                    if (done) {
                        return null;
                    }
                    done = true;
                    return readWhole(in, item);
                }

                @Override
                public void close() throws IOException {
                    in.close();
                }
            };
        }
        return new LineReader(in, item);
    }

    /**
     * The whole object as one record (SplitType None), in a buffer grown as it fills, each step
     * checked against the payload limit and the memory left, so that no size fails with an
     * OutOfMemoryError.
     */
    private byte[] readWhole(InputStream in, Item item) throws IOException {
        long cap = Math.min(MAX_ARRAY, maxPayload == Long.MAX_VALUE ? MAX_ARRAY : maxPayload + 1);
        long first = Math.min(cap, Math.max(1 << 16, gzip ? 1 << 20 : item.size + 1));
        reserve(item, 1, first);
        byte[] buf = new byte[(int) first];
        int n = 0;
        while (true) {
            if (n == buf.length) {
                if (n >= cap) {
                    break;
                }
                long next = Math.min(cap, 2L * buf.length);
                reserve(item, 1, next);
                buf = Arrays.copyOf(buf, (int) next);
            }
            int got = in.read(buf, n, buf.length - n);
            if (got < 0) {
                return n == buf.length ? buf : Arrays.copyOf(buf, n);
            }
            n += got;
        }
        if (maxPayload != Long.MAX_VALUE && n > maxPayload) {
            throw new TransformFailure("ClientError: object " + item.uri + " is larger than"
                    + " MaxPayloadInMB (" + (maxPayload / MB) + " MB) and SplitType is None; set"
                    + " SplitType Line to send it record by record", null);
        }
        throw new TransformFailure("ClientError: object " + item.uri + " is larger than one request can hold ("
                + MAX_ARRAY + " bytes) and SplitType is None; set SplitType Line to send it record by record",
                null);
    }

    /**
     * Checks that a record of {@code bytes} can be held before a buffer grows to it: past the memory
     * left, the job fails naming the object, the record and the bytes needed, instead of the JVM
     * throwing OutOfMemoryError (with MaxPayloadInMB 0 nothing else bounds a record).
     */
    private void reserve(Item item, long record, long bytes) {
        if (bytes > MAX_ARRAY) {
            throw new TransformFailure("ClientError: object " + item.uri + ", record " + record + " is larger than"
                    + " one request can hold (" + MAX_ARRAY + " bytes); split the record", null);
        }
        long needed = RECORD_MEMORY_FACTOR * bytes;
        if (needed <= headroom()) {
            return;
        }
        // garbage counts as used until it is collected: measure once more after a collection before failing
        System.gc();
        long free = headroom();
        if (needed > free) {
            throw new TransformFailure("ClientError: object " + item.uri + ", record " + record + " is at least "
                    + bytes + " bytes; transforming it needs about " + needed + " bytes of memory, but the JVM has "
                    + free + " bytes free (of " + Runtime.getRuntime().maxMemory() + ", -Xmx). Set MaxPayloadInMB"
                    + " (at most 100) so that large records fail fast, split the record, or give the JVM more"
                    + " memory", null);
        }
    }

    private static long headroom() {
        Runtime r = Runtime.getRuntime();
        return r.maxMemory() - (r.totalMemory() - r.freeMemory());
    }

    /** Lines of a stream, read in 64 KiB chunks; a line longer than the payload limit fails the job. */
    private final class LineReader implements RecordReader {
        private final InputStream in;
        private final Item item;
        private final byte[] chunk = new byte[1 << 16];
        private int position;
        private int limit;
        private boolean eof;
        private byte[] line = new byte[256];
        private long returned;

        LineReader(InputStream in, Item item) {
            this.in = in;
            this.item = item;
        }

        @Override
        public byte[] next() throws IOException {
            while (true) {
                int length = 0;
                boolean any = false;
                boolean ended = false;
                while (!ended) {
                    if (position == limit) {
                        if (eof) {
                            break;
                        }
                        limit = in.read(chunk, 0, chunk.length);
                        position = 0;
                        if (limit <= 0) {
                            limit = 0;
                            eof = true;
                            break;
                        }
                    }
                    any = true;
                    int start = position;
                    while (position < limit && chunk[position] != '\n') {
                        position++;
                    }
                    int n = position - start;
                    if (length + n > line.length) {
                        if (length + n > maxPayload) {
                            throw tooLarge(item, returned + 1);
                        }
                        long grown = Math.max(Math.min(2L * line.length, MAX_ARRAY), (long) length + n);
                        reserve(item, returned + 1, grown);
                        line = Arrays.copyOf(line, (int) grown);
                    }
                    System.arraycopy(chunk, start, line, length, n);
                    length += n;
                    if (position < limit) {
                        position++;
                        ended = true;
                    }
                }
                if (!any) {
                    return null;
                }
                if (length > 0 && line[length - 1] == '\r') {
                    length--;
                }
                if (length > 0) {
                    returned++;
                    return Arrays.copyOf(line, length);
                }
                if (eof && position == limit) {
                    return null;
                }
            }
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }

    /**
     * Cuts a stream into MultiRecord payloads without an array per record: lines are read into a
     * buffer of at most MaxPayloadInMB + 1 bytes and packed in place, each followed by {@code '\n'},
     * so a batch holds exactly the lines whose join by {@code '\n'} fits the payload limit: the same
     * batches, records and record numbers as {@link LineReader} plus the record-by-record packing (a
     * {@code '\r'} before the line end is dropped, empty lines are skipped). Clean input (no empty
     * lines, no {@code '\r'}) is never moved; the partial line at the end of a full buffer starts the
     * next one. The buffer starts at the object's size when it is smaller than the limit and grows
     * up to the limit as needed.
     */
    private final class LinePacker {
        private final InputStream in;
        private final Item item;
        private final int capacity;
        private int size;
        private byte[] carry = new byte[0];
        private int carryLength;
        private boolean eof;
        private long index;

        LinePacker(InputStream in, Item item) {
            this.in = in;
            this.item = item;
            this.capacity = (int) (maxPayload + 1);
            long hint = gzip ? 1 << 20 : item.size + 1;
            this.size = (int) Math.max(Math.min(capacity, 1 << 16), Math.min(capacity, hint));
        }

        /** The next payload, or null at the end of the object. */
        Batch next() throws IOException {
            if (eof && carryLength == 0) {
                return null;
            }
            byte[] buf = buffer(Math.max(size, carryLength));
            System.arraycopy(carry, 0, buf, 0, carryLength);
            int limit = carryLength;
            carryLength = 0;
            int packed = 0; // the packed lines, each with its '\n', end here
            int read = 0; // the first byte not yet looked at
            int count = 0;
            long first = index + 1;
            while (true) {
                int nl = lineEnd(buf, read, limit);
                if (nl == limit && !eof) {
                    // no line end in the buffer: move the partial line down, then read more
                    if (read > packed) {
                        System.arraycopy(buf, read, buf, packed, limit - read);
                        limit -= read - packed;
                        read = packed;
                    }
                    if (limit == buf.length && buf.length < capacity) {
                        buf = Arrays.copyOf(buf, (int) Math.min(capacity, 2L * buf.length));
                        size = buf.length;
                    }
                    if (limit < buf.length) {
                        int got = in.read(buf, limit, buf.length - limit);
                        if (got < 0) {
                            eof = true;
                        } else {
                            limit += got;
                        }
                        continue;
                    }
                    if (packed == 0) {
                        throw tooLarge(item, index + 1);
                    }
                    keep(buf, read, limit);
                    break;
                }
                if (nl == limit && read == limit) {
                    break; // end of the object
                }
                int end = nl > read && buf[nl - 1] == '\r' ? nl - 1 : nl;
                int length = end - read;
                if (length == 0) {
                    read = Math.min(limit, nl + 1); // an empty line is no record
                    continue;
                }
                if (packed + length + 1 > capacity) {
                    // only the last line of the object, which has no '\n' in the buffer, can get here
                    if (packed == 0) {
                        throw tooLarge(item, index + 1);
                    }
                    keep(buf, read, limit);
                    break;
                }
                if (read != packed) {
                    System.arraycopy(buf, read, buf, packed, length);
                }
                packed += length;
                if (packed == buf.length) {
                    buf = Arrays.copyOf(buf, packed + 1);
                }
                buf[packed++] = '\n';
                read = Math.min(limit, nl + 1);
                count++;
                index++;
            }
            if (count == 0) {
                return null;
            }
            return new Batch(first, buf, packed - 1, count);
        }

        /**
         * A buffer of at least {@code length} bytes (at most {@link #capacity}: every buffer of this run is), a
         * spare one when there is one. Its old bytes need no clearing: only what is read into it is looked at.
         */
        private byte[] buffer(int length) {
            byte[] spare;
            while ((spare = spareBuffers.poll()) != null) {
                if (spare.length >= length) {
                    return spare;
                }
                // smaller than needed (a small object's): left to the collector
            }
            return new byte[length];
        }

        /** The first {@code '\n'} in {@code [from, to)}, or {@code to}: a small loop the JIT compiles on its own. */
        private static int lineEnd(byte[] buf, int from, int to) {
            int i = from;
            while (i < to && buf[i] != '\n') {
                i++;
            }
            return i;
        }

        /** Keeps the bytes from {@code from} for the next payload. */
        private void keep(byte[] buf, int from, int to) {
            carry = Arrays.copyOfRange(buf, from, to);
            carryLength = carry.length;
        }

    }

    private TransformFailure tooLarge(Item item, long record) {
        return new TransformFailure("ClientError: object " + item.uri + ", record " + record + " is larger than"
                + " MaxPayloadInMB (" + (maxPayload / MB) + " MB); raise MaxPayloadInMB or split the record", null);
    }

    /** Parquet rows as CSV records, streamed by DuckDB from a local copy of the object. */
    private RecordReader parquetReader(Item item) throws IOException, SQLException {
        Path local = Files.createTempFile(context.jobs().folder(JobKind.TRANSFORM, name), ".parquet-",
                ".sm4j-tmp-in");
        store.get(item.uri, local);
        bytesRead.addAndGet(item.size);
        try {
            Class.forName("org.duckdb.DuckDBDriver");
        } catch (ClassNotFoundException e) {
            throw new TransformFailure("ClientError: Parquet input needs DuckDB (org.duckdb:duckdb_jdbc) on the class"
                    + " path", e);
        }
        Properties properties = new Properties();
        properties.setProperty("jdbc_stream_results", "true");
        Connection connection = DriverManager.getConnection("jdbc:duckdb:", properties);
        Statement statement = connection.createStatement();
        statement.execute("SET autoinstall_known_extensions=false");
        ResultSet rows = statement.executeQuery("SELECT * FROM read_parquet('" + local.toString().replace("'", "''")
                + "')");
        int columns = rows.getMetaData().getColumnCount();
        return new RecordReader() {
            @Override
            public byte[] next() throws SQLException {
                if (!rows.next()) {
                    return null;
                }
                StringBuilder sb = new StringBuilder();
                for (int c = 1; c <= columns; c++) {
                    if (c > 1) {
                        sb.append(',');
                    }
                    Object v = rows.getObject(c);
                    if (v != null) {
                        sb.append(v);
                    }
                }
                return sb.toString().getBytes(StandardCharsets.UTF_8);
            }

            @Override
            public void close() throws IOException, SQLException {
                try {
                    rows.close();
                    statement.close();
                    connection.close();
                } finally {
                    Files.deleteIfExists(local);
                }
            }
        };
    }

    /** Counts the bytes read from storage, for the progress estimate. */
    private final class CountingStream extends java.io.FilterInputStream {
        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                bytesRead.incrementAndGet();
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                bytesRead.addAndGet(n);
            }
            return n;
        }
    }
}
