/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.hosting.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * One request and where its records start: either its records one by one (raw and as sent), or,
 * packed, the payload itself already joined in a buffer.
 */
final class TransformBatch {
    final long firstRecord;
    final List<byte[]> raw = new ArrayList<>();
    final List<byte[]> sent = new ArrayList<>();
    long bytes;
    /** The packed payload: its first {@link #bytes} bytes; null for a batch of records. */
    byte[] packed;
    int packedRecords;

    TransformBatch(long firstRecord) {
        this.firstRecord = firstRecord;
    }

    TransformBatch(long firstRecord, byte[] packed, int length, int records) {
        this.firstRecord = firstRecord;
        this.packed = packed;
        this.bytes = length;
        this.packedRecords = records;
    }

    int records() {
        return packed != null ? packedRecords : raw.size();
    }
}
