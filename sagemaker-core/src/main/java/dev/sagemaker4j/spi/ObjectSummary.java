/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.spi;

import java.time.Instant;
import java.util.Objects;

/**
 * One object found by a listing: its URI, key, size and last-modified time. Needs no closing.
 */
public final class ObjectSummary {
    private final String uri;
    private final String key;
    private final long size;
    private final Instant lastModified;

    /**
     * Creates a summary.
     *
     * @param uri          the full URI ({@code s3://bucket/key} or {@code file:///path})
     * @param key          the key within its bucket (for {@code file:} the absolute path)
     * @param size         the size in bytes
     * @param lastModified when it was last written
     */
    public ObjectSummary(String uri, String key, long size, Instant lastModified) {
        this.uri = Objects.requireNonNull(uri, "uri");
        this.key = Objects.requireNonNull(key, "key");
        this.size = size;
        this.lastModified = lastModified;
    }

    /**
     * The full URI of the object.
     *
     * @return e.g. {@code s3://bucket/data/train.csv}
     */
    public String uri() {
        return uri;
    }

    /**
     * The key of the object within its bucket.
     *
     * @return e.g. {@code data/train.csv}
     */
    public String key() {
        return key;
    }

    /**
     * The size in bytes.
     *
     * @return the size
     */
    public long size() {
        return size;
    }

    /**
     * When the object was last written.
     *
     * @return the time
     */
    public Instant lastModified() {
        return lastModified;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ObjectSummary && ((ObjectSummary) o).uri.equals(uri)
                && ((ObjectSummary) o).size == size;
    }

    @Override
    public int hashCode() {
        return Objects.hash(uri, size);
    }

    @Override
    public String toString() {
        return uri + " (" + size + " bytes)";
    }
}
