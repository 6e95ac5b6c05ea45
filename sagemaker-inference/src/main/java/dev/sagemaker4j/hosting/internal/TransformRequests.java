/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.hosting.internal;

import dev.sagemaker4j.hosting.internal.TransformRun.TransformFailure;
import dev.sagemaker4j.model.runtime.ModelInvocationException;
import dev.sagemaker4j.model.runtime.ModelRuntime;
import java.io.IOException;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The requests of one transform job to its model: MaxConcurrentTransforms workers shared by all objects,
 * each request joined into one payload, sent, and its answer assembled on the worker.
 */
final class TransformRequests {
    /** A model's error that names the record of the payload it failed on, counted from 1. */
    private static final Pattern RECORD = Pattern.compile("^Record (\\d+)(.*)$", Pattern.DOTALL);

    private final ModelRuntime runtime;
    private final TransformSettings settings;
    private final TransformAssembler assembler;
    private final TransformProgress progress;
    /** Requests in flight across all objects: at most {@code concurrency}, so memory is payload x concurrency. */
    private final Semaphore inFlight;
    private final ExecutorService workers;
    /**
     * Payload buffers of packed requests that were answered, for {@link LinePacker} to fill again
     * ({@link ModelRuntime#invoke(byte[], int, String, String)} keeps none): no multi-megabyte array
     * allocated and zeroed per request. At most one a request in flight and one a packing thread exist.
     */
    private final Queue<byte[]> spareBuffers = new ConcurrentLinkedQueue<>();

    TransformRequests(String name, int concurrency, ModelRuntime runtime, TransformSettings settings,
                      TransformAssembler assembler, TransformProgress progress) {
        this.runtime = runtime;
        this.settings = settings;
        this.assembler = assembler;
        this.progress = progress;
        this.inFlight = new Semaphore(concurrency);
        this.workers = Executors.newFixedThreadPool(concurrency, r -> {
            Thread t = new Thread(r, "sagemaker4j-transform-" + name);
            t.setDaemon(true);
            return t;
        });
    }

    /** The answered payload buffers, for the run's {@link LinePacker}s. */
    Queue<byte[]> spareBuffers() {
        return spareBuffers;
    }

    /**
     * Sends a batch to a worker once fewer than {@code concurrency} requests are in flight, writing the
     * object's answers in order meanwhile; its answer goes to {@code output} after the ones sent before.
     */
    void submit(TransformBatch batch, TransformItem item, TransformOutput output) throws IOException {
        // write the answers that are complete, in order: when the model outpaces the reader, permits are always
        // free and nothing else would drain them, so they would pile up for the whole object
        output.writeDone();
        // keep at most `concurrency` requests in flight across all objects: memory stays payload x concurrency
        while (!inFlight.tryAcquire()) {
            if (!output.writeOldest()) {
                try {
                    inFlight.acquire();
                    break;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new TransformFailure("InternalServerError: interrupted", e);
                }
            }
        }
        output.add(workers.submit(() -> {
            try {
                return invoke(batch, item);
            } finally {
                // the payload is answered and the runtime kept no reference: the buffer can be packed again
                if (batch.packed != null) {
                    spareBuffers.offer(batch.packed);
                }
                inFlight.release();
            }
        }));
    }

    /** Stops the workers: requests not yet answered are abandoned (the job has ended or failed). */
    void shutdown() {
        workers.shutdownNow();
    }

    /** Joins the batch's records into one payload (a packed batch is one), sends it, assembles the answer. */
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
        progress.answered(count);
        return assembler.assemble(batch, response, item);
    }
}
