/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.hosting.internal;

import dev.sagemaker4j.exceptions.SageMakerException;
import dev.sagemaker4j.local.JobKind;
import dev.sagemaker4j.local.JobLog;
import dev.sagemaker4j.local.JobRunner;
import dev.sagemaker4j.local.LocalContext;
import dev.sagemaker4j.model.internal.ModelInvocationException;
import dev.sagemaker4j.model.internal.ModelRuntime;
import dev.sagemaker4j.progress.ProgressEvent;
import dev.sagemaker4j.spi.ObjectStore;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import software.amazon.awssdk.services.sagemaker.model.CreateTransformJobRequest;

/**
 * One batch transform job: lists the input objects ({@link TransformInputs}), transforms each on an object
 * thread (read and split by {@link TransformReaders} or packed by {@link LinePacker}, sent to the model by
 * {@code concurrency} workers, answers assembled by {@link TransformAssembler}) and publishes each object's
 * output when it is complete. The request's settings are in {@link TransformSettings}.
 */
final class TransformRun {
    private static final Pattern RECORD = Pattern.compile("^Record (\\d+)(.*)$", Pattern.DOTALL);
    private static final long MB = TransformSettings.MB;

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
    private final TransformSettings settings;
    private final TransformReaders readers;
    private final TransformAssembler assembler;
    private final int concurrency;
    /** Requests in flight across all objects: at most {@code concurrency}, so memory is payload x concurrency. */
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
        this.settings = new TransformSettings(request);
        this.readers = new TransformReaders(settings, context, name, bytesRead);
        this.assembler = new TransformAssembler(settings);
        int instances = request.transformResources() == null || request.transformResources().instanceCount() == null
                ? 1 : request.transformResources().instanceCount();
        int perInstance = request.maxConcurrentTransforms() == null || request.maxConcurrentTransforms() == 0
                ? defaultConcurrency(settings.maxPayload) : request.maxConcurrentTransforms();
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

    void execute() throws IOException {
        List<TransformItem> items = TransformInputs.list(store, settings.inputUri, settings.dataType);
        objects = items.size();
        totalBytes = items.stream().mapToLong(i -> i.size).sum();
        log.line("Transforming " + items.size() + " object(s), " + totalBytes + " bytes, " + concurrency
                + " concurrent request(s), " + (settings.multiRecord ? "MultiRecord" : "SingleRecord") + ", max payload "
                + (settings.maxPayload == Long.MAX_VALUE ? "unlimited" : (settings.maxPayload / MB) + " MB"));
        int drivers = Math.max(1, Math.min(items.size(), concurrency));
        ExecutorService objectPool = Executors.newFixedThreadPool(drivers, r -> {
            Thread t = new Thread(r, "sagemaker4j-transform-objects-" + name);
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (TransformItem item : items) {
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

    private void transform(TransformItem item) {
        Path temp = null;
        try {
            temp = Files.createTempFile(context.jobs().folder(JobKind.TRANSFORM, name), ".out-", ".sm4j-tmp-part");
            Deque<Future<byte[]>> pending = new ArrayDeque<>();
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16)) {
                if (settings.packed()) {
                    transformPacked(item, pending, out);
                } else {
                    transformRecords(item, pending, out);
                }
            }
            if (failure.get() != null || stopped()) {
                return;
            }
            // published only when complete: a failed or stopped object leaves no output
            store.put(settings.outputPath + "/" + item.relative + ".out", temp);
            log.line("Wrote " + settings.outputPath + "/" + item.relative + ".out");
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

    /** Lines packed in place by {@link LinePacker}: no array per record, no second copy of the payload. */
    private void transformPacked(TransformItem item, Deque<Future<byte[]>> pending, OutputStream out) throws IOException {
        try (InputStream in = readers.open(item)) {
            LinePacker packer = new LinePacker(in, item, settings, spareBuffers);
            TransformBatch batch;
            while (failure.get() == null && !stopped() && (batch = packer.next()) != null) {
                submit(batch, item, pending, out);
            }
            while (!pending.isEmpty()) {
                write(pending.poll(), out);
            }
        }
    }

    /** Records one by one: filtered, joined or Parquet input, or one record a request. */
    private void transformRecords(TransformItem item, Deque<Future<byte[]>> pending, OutputStream out)
            throws IOException, SQLException {
        TransformReaders.RecordReader reader = readers.reader(item);
        long maxPayload = settings.maxPayload;
        boolean multiRecord = settings.multiRecord;
        try {
            TransformBatch batch = null;
            long index = 0;
            byte[] record;
            while ((record = reader.next()) != null) {
                // the stop request is a file: look for it once per 1024 records, not per record
                if (failure.get() != null || signal.stopped() || ((index & 1023) == 0 && stopped())) {
                    break;
                }
                index++;
                byte[] sent = assembler.filterInput(record, item, index);
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
                    batch = new TransformBatch(index);
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

    private void submit(TransformBatch batch, TransformItem item, Deque<Future<byte[]>> pending, OutputStream out) throws IOException {
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

    private byte[] invoke(TransformBatch batch, TransformItem item) {
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
            response = runtime.invoke(payload, (int) batch.bytes, settings.contentType, settings.accept).body();
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
        return assembler.assemble(batch, response, item);
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
}
