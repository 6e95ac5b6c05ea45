/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.serializers;

/**
 * Sends a {@link String} as UTF-8 text ({@code text/plain}), as
 * {@code sagemaker.serializers.StringSerializer}. Anything else is rejected with a
 * {@link dev.sagemaker4j.exceptions.ValidationException} naming its type.
 *
 * <pre>{@code
 * new StringSerializer().serialize("Hello, endpoint");
 * }</pre>
 */
public final class StringSerializer extends SimpleBaseSerializer {
    /** The default content type. */
    public static final String CONTENT_TYPE = "text/plain";

    /** Creates a string serializer with content type {@code text/plain}. */
    public StringSerializer() {
        this(CONTENT_TYPE);
    }

    /**
     * Creates a string serializer that labels its bodies with another content type.
     *
     * @param contentType the MIME type to send
     */
    public StringSerializer(String contentType) {
        super(contentType);
    }

    @Override
    public byte[] serialize(Object data) {
        if (data instanceof String) {
            return Payloads.utf8((String) data);
        }
        throw Payloads.unsupported(data, "StringSerializer", "a String (it is not a valid string)");
    }
}
