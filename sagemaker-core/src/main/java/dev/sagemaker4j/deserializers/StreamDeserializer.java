/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.deserializers;

import dev.sagemaker4j.exceptions.StorageException;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * Returns the response body unread, with its content type, as
 * {@code sagemaker.deserializers.StreamDeserializer}. The caller reads and closes it:
 *
 * <pre>{@code
 * try (StreamDeserializer.Result r = new StreamDeserializer().deserialize(body, "application/json")) {
 *     r.stream().transferTo(out);
 * }
 * }</pre>
 */
public final class StreamDeserializer extends SimpleBaseDeserializer<StreamDeserializer.Result> {
    /** The default accept value. */
    public static final String ACCEPT = "*/*";

    /**
     * An unread response body and its content type; close it when done (it holds the connection).
     *
     * @param stream      the body, not yet read
     * @param contentType the response's content type, or {@code null}
     */
    public record Result(InputStream stream, String contentType) implements AutoCloseable {
        /**
         * Closes the body stream.
         *
         * @throws StorageException if closing fails
         */
        @Override
        public void close() {
            try {
                stream.close();
            } catch (IOException e) {
                throw new StorageException("stream", "closing the response body failed: " + e.getMessage(), false, e);
            }
        }
    }

    /** Creates a stream deserializer that accepts any content type. */
    public StreamDeserializer() {
        this(ACCEPT);
    }

    /**
     * Creates a stream deserializer that asks for one content type.
     *
     * @param accept the MIME type to send as {@code Accept}
     */
    public StreamDeserializer(String accept) {
        super(List.of(accept == null ? "" : accept));
    }

    @Override
    public Result deserialize(InputStream stream, String contentType) {
        return new Result(Bodies.require(stream), contentType);
    }
}
