/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.testsupport;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

/**
 * An in-memory stream that remembers whether it was closed: a caller's stream that a serializer must
 * leave open, a response body that a deserializer must close, content an object store must not close.
 */
public final class TrackingInputStream extends ByteArrayInputStream {
    private volatile boolean closed;

    /**
     * A stream of bytes.
     *
     * @param bytes the content
     */
    public TrackingInputStream(byte[] bytes) {
        super(bytes);
    }

    /**
     * A stream of a text's UTF-8 bytes.
     *
     * @param text the content
     */
    public TrackingInputStream(String text) {
        this(text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Whether {@link #close()} was called.
     *
     * @return {@code true} once closed
     */
    public boolean isClosed() {
        return closed;
    }

    @Override
    public void close() {
        closed = true;
    }
}
