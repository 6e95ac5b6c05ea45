/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.hosting.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Queue;

/**
 * Cuts a stream into MultiRecord payloads without an array per record: lines are read into a
 * buffer of at most MaxPayloadInMB + 1 bytes and packed in place, each followed by {@code '\n'},
 * so a batch holds exactly the lines whose join by {@code '\n'} fits the payload limit: the same
 * batches, records and record numbers as {@code TransformReaders.LineReader} plus the record-by-record packing (a
 * {@code '\r'} before the line end is dropped, empty lines are skipped). Clean input (no empty
 * lines, no {@code '\r'}) is never moved; the partial line at the end of a full buffer starts the
 * next one. The buffer starts at the object's size when it is smaller than the limit and grows
 * up to the limit as needed.
 */
final class LinePacker {
    private final InputStream in;
    private final TransformItem item;
    private final TransformSettings settings;
    /** The run's answered payload buffers, shared by every packer of the run (see TransformRun). */
    private final Queue<byte[]> spareBuffers;
    private final int capacity;
    private int size;
    private byte[] carry = new byte[0];
    private int carryLength;
    private boolean eof;
    private long index;

    LinePacker(InputStream in, TransformItem item, TransformSettings settings, Queue<byte[]> spareBuffers) {
        this.in = in;
        this.item = item;
        this.settings = settings;
        this.spareBuffers = spareBuffers;
        // MaxPayloadInMB plus the '\n' after the last packed line; at most 100 MB + 1 (TransformSettings.packed())
        this.capacity = (int) (settings.maxPayload + 1);
        // a gzip object's size says nothing about its lines: start at 1 MiB and grow
        long hint = settings.gzip ? 1 << 20 : item.size + 1;
        this.size = (int) Math.max(Math.min(capacity, 1 << 16), Math.min(capacity, hint));
    }

    /** The next payload, or null at the end of the object. */
    TransformBatch next() throws IOException {
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
                    throw settings.tooLarge(item, index + 1);
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
                    throw settings.tooLarge(item, index + 1);
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
        return new TransformBatch(first, buf, packed - 1, count);
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
