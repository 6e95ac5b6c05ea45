/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.serializers;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

/** An in-memory stream that remembers whether it was closed. */
final class TrackingInputStream extends ByteArrayInputStream {
    boolean closed;

    TrackingInputStream(String text) {
        super(text.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void close() {
        closed = true;
    }
}
