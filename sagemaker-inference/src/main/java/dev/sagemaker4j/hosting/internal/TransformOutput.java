/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.hosting.internal;

import dev.sagemaker4j.hosting.internal.TransformRun.TransformFailure;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/**
 * The output of one input object, written to its temporary file in the order of its requests, whatever
 * the order the model answers them in: the answers wait in a queue of futures, oldest first. Used by the
 * object's own thread only.
 */
final class TransformOutput implements AutoCloseable {
    private final Deque<Future<byte[]>> pending = new ArrayDeque<>();
    private final OutputStream out;

    TransformOutput(Path temp) throws IOException {
        this.out = new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16);
    }

    /** Queues the answer of the request sent last. */
    void add(Future<byte[]> answer) {
        pending.add(answer);
    }

    /** Writes the oldest answers that are complete, stopping at the first that is not (the order is kept). */
    void writeDone() throws IOException {
        while (!pending.isEmpty() && pending.peek().isDone()) {
            write(pending.poll());
        }
    }

    /** Waits for the oldest answer and writes it; false when none is pending. */
    boolean writeOldest() throws IOException {
        if (pending.isEmpty()) {
            return false;
        }
        write(pending.poll());
        return true;
    }

    /** Waits for every pending answer and writes them in order. */
    void writeAll() throws IOException {
        while (!pending.isEmpty()) {
            write(pending.poll());
        }
    }

    private void write(Future<byte[]> future) throws IOException {
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

    /** Flushes and closes the file; answers still pending (after a failure) are left unwritten. */
    @Override
    public void close() throws IOException {
        out.close();
    }
}
