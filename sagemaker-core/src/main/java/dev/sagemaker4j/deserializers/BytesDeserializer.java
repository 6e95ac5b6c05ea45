/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.deserializers;

import java.io.InputStream;
import java.util.List;

/**
 * Returns the response body as bytes, as {@code sagemaker.deserializers.BytesDeserializer}, the
 * default deserializer of {@code Predictor}. Accepts {@code *}{@code /*} unless told otherwise.
 *
 * <pre>{@code
 * byte[] image = new BytesDeserializer("image/png").deserialize(body, "image/png");
 * }</pre>
 */
public final class BytesDeserializer extends SimpleBaseDeserializer<byte[]> {
    /** The default accept value. */
    public static final String ACCEPT = "*/*";

    /** Creates a bytes deserializer that accepts any content type. */
    public BytesDeserializer() {
        this(ACCEPT);
    }

    /**
     * Creates a bytes deserializer that asks for one content type.
     *
     * @param accept the MIME type to send as {@code Accept}
     */
    public BytesDeserializer(String accept) {
        super(List.of(accept == null ? "" : accept));
    }

    @Override
    public byte[] deserialize(InputStream stream, String contentType) {
        return Bodies.readAllAndClose(stream, contentType);
    }
}
