/*
 * Copyright 2026 the sagemaker4j authors. Licensed under the Apache License, Version 2.0.
 */
package dev.sagemaker4j.serializers;

import java.io.InputStream;
import java.nio.ByteBuffer;

/**
 * Sends bytes as they are, as {@code sagemaker.serializers.IdentitySerializer}, the default
 * serializer of {@code Predictor}.
 *
 * <pre>{@code
 * Serializer s = new IdentitySerializer("image/jpeg");
 * byte[] body = s.serialize(Files.readAllBytes(Path.of("cat.jpg")));
 * }</pre>
 *
 * <p>Accepts {@code byte[]} (sent unchanged, not copied), {@link ByteBuffer} (its remaining bytes;
 * the buffer is not moved), {@link InputStream} (read to its end, not closed) and {@link String}
 * (UTF-8, as boto3 encodes a Python {@code str} body).
 */
public final class IdentitySerializer extends SimpleBaseSerializer {
    /** The default content type. */
    public static final String CONTENT_TYPE = "application/octet-stream";

    private static final String ACCEPTED = "byte[], ByteBuffer, InputStream or String";

    /** Creates an identity serializer with content type {@code application/octet-stream}. */
    public IdentitySerializer() {
        this(CONTENT_TYPE);
    }

    /**
     * Creates an identity serializer that labels its bodies with a content type.
     *
     * @param contentType the MIME type to send, e.g. {@code image/jpeg}
     */
    public IdentitySerializer(String contentType) {
        super(contentType);
    }

    @Override
    public byte[] serialize(Object data) {
        if (data instanceof byte[]) {
            return (byte[]) data;
        }
        if (data instanceof ByteBuffer) {
            ByteBuffer copy = ((ByteBuffer) data).duplicate();
            byte[] out = new byte[copy.remaining()];
            copy.get(out);
            return out;
        }
        if (data instanceof InputStream) {
            return Payloads.readAll((InputStream) data);
        }
        if (data instanceof String) {
            return Payloads.utf8((String) data);
        }
        throw Payloads.unsupported(data, "IdentitySerializer", ACCEPTED);
    }
}
