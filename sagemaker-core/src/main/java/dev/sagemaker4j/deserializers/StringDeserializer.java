/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.deserializers;

import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/**
 * Returns the response body as text, as {@code sagemaker.deserializers.StringDeserializer}
 * (default encoding UTF-8, default accept {@code application/json}). Bytes that are not valid in
 * the encoding are an error naming their byte offset, as Python's {@code bytes.decode} fails.
 *
 * <pre>{@code
 * String text = new StringDeserializer(StandardCharsets.UTF_8, "text/plain").deserialize(body, "text/plain");
 * }</pre>
 */
public final class StringDeserializer extends SimpleBaseDeserializer<String> {
    /** The default accept value. */
    public static final String ACCEPT = "application/json";

    private final Charset encoding;

    /** Creates a UTF-8 string deserializer accepting {@code application/json}. */
    public StringDeserializer() {
        this(StandardCharsets.UTF_8, ACCEPT);
    }

    /**
     * Creates a string deserializer for an encoding, accepting {@code application/json}.
     *
     * @param encoding the body's character encoding
     */
    public StringDeserializer(Charset encoding) {
        this(encoding, ACCEPT);
    }

    /**
     * Creates a string deserializer for an encoding and accept type.
     *
     * @param encoding the body's character encoding
     * @param accept   the MIME type to send as {@code Accept}
     */
    public StringDeserializer(Charset encoding, String accept) {
        super(List.of(accept == null ? "" : accept));
        this.encoding = Objects.requireNonNull(encoding, "encoding");
    }

    /**
     * The character encoding bodies are decoded with.
     *
     * @return the encoding
     */
    public Charset encoding() {
        return encoding;
    }

    @Override
    public String deserialize(InputStream stream, String contentType) {
        return Bodies.decode(Bodies.readAllAndClose(stream, contentType), encoding, contentType);
    }
}
