/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.hosting.internal;

import dev.sagemaker4j.exceptions.SageMakerException;
import dev.sagemaker4j.local.JobKind;
import dev.sagemaker4j.local.JobLog;
import dev.sagemaker4j.local.JobRunner;
import dev.sagemaker4j.local.LocalContext;
import dev.sagemaker4j.model.runtime.ModelRuntime;
import dev.sagemaker4j.spi.ObjectStore;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import software.amazon.awssdk.services.sagemaker.model.CreateTransformJobRequest;

/**
 * One batch transform job, in steps: list the input objects ({@link TransformInputs}); transform each on an
 * object thread: read and split it ({@link TransformReaders}, or {@link LinePacker} for packed lines), send
 * its batches to the model ({@link TransformRequests}, whose workers assemble each answer with
 * {@link TransformAssembler}), write the answers in order ({@link TransformOutput}); publish the object's
 * output once it is complete. The request's settings are read once into {@link TransformSettings}.
 */
final class TransformRun {
    private static final long MB = TransformSettings.MB;
    /** How often a record loop looks for another process's stop request. */
    private static final long STOP_CHECK_NANOS = 100_000_000L;

    /** A failure that fails the job; its message is the FailureReason. */
    static final class TransformFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TransformFailure(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private final String name;
    private final LocalContext context;
    private final JobLog log;
    private final JobRunner.StopSignal signal;
    private final ObjectStore store;
    private final TransformSettings settings;
    private final TransformProgress progress;
    private final TransformReaders readers;
    private final TransformAssembler assembler;
    private final int concurrency;
    private final TransformRequests requests;
    /** The first failure; once set, no object starts and every object thread stops at its next batch. */
    private final AtomicReference<TransformFailure> failure = new AtomicReference<>();
    private int objects;

    TransformRun(String name, CreateTransformJobRequest request, ModelRuntime runtime, LocalContext context,
                 JobLog log, JobRunner.StopSignal signal) {
        this.name = name;
        this.context = context;
        this.log = log;
        this.signal = signal;
        this.store = context.objectStore();
        this.settings = new TransformSettings(request);
        this.progress = new TransformProgress(context, name);
        this.readers = new TransformReaders(settings, context, name, progress.bytesRead());
        this.assembler = new TransformAssembler(settings);
        int instances = request.transformResources() == null || request.transformResources().instanceCount() == null
                ? 1 : request.transformResources().instanceCount();
        int perInstance = request.maxConcurrentTransforms() == null || request.maxConcurrentTransforms() == 0
                ? defaultConcurrency(settings.maxPayload) : request.maxConcurrentTransforms();
        this.concurrency = Math.max(1, instances * perInstance);
        this.requests = new TransformRequests(name, concurrency, runtime, settings, assembler, progress);
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
        return progress.records();
    }

    int objects() {
        return objects;
    }

    void execute() throws IOException {
        List<TransformItem> items = TransformInputs.list(store, settings.inputUri, settings.dataType);
        objects = items.size();
        long totalBytes = items.stream().mapToLong(i -> i.size).sum();
        progress.totalBytes(totalBytes);
        log.line("Transforming " + items.size() + " object(s), " + totalBytes + " bytes, " + concurrency
                + " concurrent request(s), " + (settings.multiRecord ? "MultiRecord" : "SingleRecord")
                + ", max payload " + (settings.maxPayload == Long.MAX_VALUE ? "unlimited"
                : (settings.maxPayload / MB) + " MB"));
        transformAll(items);
        if (failure.get() != null) {
            progress.report(true, false);
            throw failure.get();
        }
        progress.report(true);
    }

    /**
     * Transforms the objects on up to {@code concurrency} object threads (more could not keep a request
     * each in flight) and waits for all of them; the model workers are shared, so small objects overlap.
     */
    private void transformAll(List<TransformItem> items) {
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
            requests.shutdown();
        }
    }

    private boolean stopped() {
        return signal.stopped() || context.jobs().stopRequested(JobKind.TRANSFORM, name);
    }

    private void fail(TransformFailure f) {
        failure.compareAndSet(null, f);
    }

    /** One object: its output written to a temporary file in the job folder, then published; failures recorded. */
    private void transform(TransformItem item) {
        Path temp = null;
        try {
            temp = Files.createTempFile(context.jobs().folder(JobKind.TRANSFORM, name), ".out-", ".sm4j-tmp-part");
            try (TransformOutput output = new TransformOutput(temp)) {
                if (settings.packed()) {
                    transformPacked(item, output);
                } else {
                    transformRecords(item, output);
                }
            }
            if (failure.get() != null || stopped()) {
                return;
            }
            publish(item, temp);
        } catch (TransformFailure e) {
            fail(e);
        } catch (SageMakerException e) {
            fail(new TransformFailure("ClientError: object " + item.uri + ": " + e.getMessage(), e));
        } catch (IOException | SQLException e) {
            fail(new TransformFailure("ClientError: object " + item.uri + " could not be read: " + e.getMessage(), e));
        } catch (OutOfMemoryError e) {
            // a last resort behind TransformReaders.reserve(): what this object held is unreachable now, so the
            // JVM goes on
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
     * Puts the object's complete output at {@code <S3OutputPath>/<relative key>.out}. Called only after the
     * output file is closed and every answer written: a failed or stopped object leaves no output.
     */
    private void publish(TransformItem item, Path output) {
        store.put(settings.outputPath + "/" + item.relative + ".out", output);
        log.line("Wrote " + settings.outputPath + "/" + item.relative + ".out");
    }

    /** Lines packed in place by {@link LinePacker}: no array per record, no second copy of the payload. */
    private void transformPacked(TransformItem item, TransformOutput output) throws IOException {
        try (InputStream in = readers.open(item)) {
            LinePacker packer = new LinePacker(in, item, settings, requests.spareBuffers());
            TransformBatch batch;
            while (failure.get() == null && !stopped() && (batch = packer.next()) != null) {
                requests.submit(batch, item, output);
            }
            output.writeAll();
        }
    }

    /** Records one by one: filtered, joined or Parquet input, or one record a request. */
    private void transformRecords(TransformItem item, TransformOutput output) throws IOException, SQLException {
        TransformReaders.RecordReader reader = readers.reader(item);
        long maxPayload = settings.maxPayload;
        boolean multiRecord = settings.multiRecord;
        try {
            TransformBatch batch = null;
            long index = 0;
            long nextStopCheck = System.nanoTime();
            byte[] record;
            while ((record = reader.next()) != null) {
                if (failure.get() != null || signal.stopped()) {
                    break;
                }
                // another process's stop request is a file: look for it every STOP_CHECK_NANOS, not per record
                // (nor per 1024 records, which a slow model takes minutes to answer)
                long now = System.nanoTime();
                if (now - nextStopCheck >= 0) {
                    if (stopped()) {
                        break;
                    }
                    nextStopCheck = now + STOP_CHECK_NANOS;
                }
                index++;
                byte[] sent = assembler.filterInput(record, item, index);
                if (sent.length > maxPayload) {
                    throw new TransformFailure("ClientError: object " + item.uri + ", record " + index
                            + " is " + sent.length + " bytes, larger than MaxPayloadInMB ("
                            + (maxPayload / MB) + " MB); raise MaxPayloadInMB or split the record", null);
                }
                // a batch is sent when the next record would take it past the limit (records joined by '\n')
                if (batch != null && (!multiRecord || batch.bytes + sent.length + 1 > maxPayload)) {
                    requests.submit(batch, item, output);
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
                requests.submit(batch, item, output);
            }
            output.writeAll();
        } finally {
            reader.close();
        }
    }
}
